package org.govreview.writers.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.govreview.writers.pack.ReviewPacks.aReviewPack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.govreview.domain.document.Finding;
import org.govreview.domain.pack.ReviewPack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfReviewPackWriterTests {

	@TempDir
	Path directory;

	private final PdfReviewPackWriter writer = new PdfReviewPackWriter(JapaneseFonts.installed());

	@Test
	void writesOnePdfNamedForMunicipalityCodeAndFiscalYearAndLeavesNoTemporaryFile() throws IOException {
		Path file = writer.write(aReviewPack().build(), directory);

		assertThat(file.getFileName().toString()).isEqualTo("review-pack_012131_FY2023.pdf");
		try (Stream<Path> files = Files.list(directory)) {
			assertThat(files.map(path -> path.getFileName().toString())).containsExactly("review-pack_012131_FY2023.pdf");
		}
	}

	@Test
	void showsTitleSummaryDetailAndTheDisagreementInExtractableJapanese() throws IOException {
		String text = compact(extractText(writer.write(aReviewPack().build(), directory)));

		assertThat(text).contains(compact("行政評価レビューパック 苫小牧市 (012131) 令和5年度 FY2023"))
			.contains(compact(ReviewPacks.BASIC_POLICY))
			.contains(compact(ReviewPacks.PLEDGE))
			.contains(compact(ReviewPacks.DISAGREEMENT_NOTE))
			.contains("不一致DISAGREES")
			.contains("★★★★★★★☆☆☆(7)")
			.contains("財政課:6+5%改善")
			.contains(ReviewPacks.FORMULA_TEXT)
			.contains("OCR:苦小牧readas苫小牧");
	}

	@Test
	void noticesAboveTheFindingsADocumentThatLostMostOfItsFacts() throws IOException {
		String text = compact(extractText(writer.write(aReviewPack().withFinding(Finding.error("stripped.txt, versions",
				"current version lost most of its facts against the earlier version good.txt (dated 2024-05-01): star ratings 33 → 0",
				"star ratings 33 → 0")).build(), directory)));

		assertThat(text).contains(compact(PackText.LOST_FACTS_NOTICE) + compact("stripped.txt, versions: current version"))
			.contains("starratings33→0");
		assertThat(compact(extractText(writer.write(aReviewPack().build(), directory))))
			.doesNotContain(compact(PackText.LOST_FACTS_NOTICE));
	}

	@Test
	void embedsTheJapaneseFontAsASubset() throws IOException {
		Path file = writer.write(aReviewPack().build(), directory);

		try (PDDocument document = Loader.loadPDF(file.toFile())) {
			List<PDFont> fonts = new ArrayList<>();
			for (PDPage page : document.getPages()) {
				for (COSName name : page.getResources().getFontNames()) {
					fonts.add(page.getResources().getFont(name));
				}
			}
			assertThat(fonts).isNotEmpty().allSatisfy(font -> {
				assertThat(font.getClass().getSimpleName()).isEqualTo("PDType0Font");
				assertThat(font.isEmbedded()).isTrue();
				assertThat(font.getName()).matches("[A-Z]{6}\\+.+");
			});
		}
	}

	@Test
	void continuesOverSeveralNumberedPagesAndKeepsEveryActivity() throws IOException {
		Path file = writer.write(aReviewPack().withMeasures(60).build(), directory);

		try (PDDocument document = Loader.loadPDF(file.toFile())) {
			int pages = document.getNumberOfPages();
			assertThat(pages).isGreaterThan(3);
			String text = compact(new PDFTextStripper().getText(document));
			for (int measure = 1; measure <= 60; measure++) {
				for (int activity = 1; activity <= 2; activity++) {
					assertThat(text).contains(compact(ReviewPacks.Builder.activityText(measure, activity)));
				}
			}
			assertThat(text).contains("1/" + pages).contains(pages + "/" + pages);
		}
	}

	@Test
	void splitsATableRowTallerThanAPageAcrossPages() throws IOException {
		StringBuilder message = new StringBuilder();
		for (int sentence = 1; sentence <= 120; sentence++) {
			message.append("読み取れない行その").append(sentence).append("。\n");
		}
		ReviewPack pack = aReviewPack().withFinding(Finding.warning("page 9", message.toString(), "")).build();

		Path file = writer.write(pack, directory);

		try (PDDocument document = Loader.loadPDF(file.toFile())) {
			assertThat(document.getNumberOfPages()).isGreaterThan(2);
			String text = compact(new PDFTextStripper().getText(document));
			for (int sentence = 1; sentence <= 120; sentence++) {
				assertThat(text).contains("読み取れない行その" + sentence + "。");
			}
		}
	}

	@Test
	void printsAQuestionMarkForCharactersTheFontLacksInsteadOfFailing() throws IOException {
		ReviewPack pack = aReviewPack().withActivityText("絵文字😀と\u0007制御文字\tを含む取組").build();

		String text = compact(extractText(writer.write(pack, directory)));

		assertThat(text).contains("絵文字?と制御文字を含む取組");
	}

	@Test
	void reportsAMissingFontNamingTheSettingAndThePath() {
		Path missing = directory.resolve("fonts/missing.ttf");

		assertThatIllegalStateException().isThrownBy(() -> new PdfReviewPackWriter(missing))
			.withMessageContaining("govreview.pack.font")
			.withMessageContaining(missing.toString());
	}

	@Test
	void rejectsAnOpenTypeFontWithCffOutlines() throws IOException {
		Path otf = Files.write(directory.resolve("NotoSansCJKjp-Regular.otf"), new byte[] { 'O', 'T', 'T', 'O', 0, 0 });

		assertThatIllegalStateException().isThrownBy(() -> new PdfReviewPackWriter(otf))
			.withMessageContaining("govreview.pack.font")
			.withMessageContaining(otf.toString())
			.withMessageContaining("CFF");
	}

	@Test
	void rejectsAFileThatIsNotAFont() throws IOException {
		Path text = Files.writeString(directory.resolve("font.ttf"), "not a font");

		assertThatIllegalStateException().isThrownBy(() -> new PdfReviewPackWriter(text))
			.withMessageContaining("govreview.pack.font")
			.withMessageContaining("not a TrueType font");
	}

	@Test
	void reportsATrueTypeFileThatPdfBoxCannotLoadWhenWritingAndLeavesNoFile() throws IOException {
		Path broken = Files.write(directory.resolve("broken.ttf"), new byte[] { 0, 1, 0, 0, 0, 9, 0 });
		Path output = directory.resolve("out");

		assertThatIllegalStateException().isThrownBy(() -> new PdfReviewPackWriter(broken).write(aReviewPack().build(), output))
			.withMessageContaining("govreview.pack.font")
			.withMessageContaining(broken.toString());
		try (Stream<Path> files = Files.list(output)) {
			assertThat(files).isEmpty();
		}
	}

	private static String extractText(Path pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			return new PDFTextStripper().getText(document);
		}
	}

	/** Wrapped lines and cells come back with line breaks and spaces in other places: compare without them. */
	private static String compact(String text) {
		return text.replaceAll("\\s+", "");
	}
}
