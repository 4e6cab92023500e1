package org.govreview.writers.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govreview.writers.pack.ReviewPacks.aReviewPack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.govreview.domain.fiscal.FiscalYear;
import org.govreview.domain.municipality.Municipality;
import org.govreview.domain.pack.ReviewPack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfReviewPackPlanSectionsTests {

	@TempDir
	Path directory;

	private final PdfReviewPackWriter writer = new PdfReviewPackWriter(JapaneseFonts.installed());

	@Test
	void showsIndicatorsWithTheirAchievementRateIssuesStatisticsAndVisits() throws IOException {
		ReviewPack pack = aReviewPack().withIndicators().withIssuesAndStatistics().withVisits().build();

		String text = compact(extractText(writer.write(pack, directory)));

		assertThat(text).contains("指標Indicators", "課題Issues", "統計Statistics", "視察Visits")
			.contains(compact(ReviewPacks.INDICATOR))
			.contains(compact(ReviewPacks.MILESTONE_INDICATOR))
			// (19.5 − 12.5) / (30 − 12.5) = 40 %
			.contains("12.5%", "19.5%", "40.0")
			.contains("A(1)" + compact(ReviewPacks.ISSUE_TITLE))
			.contains("・" + compact(ReviewPacks.ISSUE_ACTION))
			.contains("・" + ReviewPacks.FORMULA_TEXT)
			.contains("コンビニ交付率", "220000000", "推進")
			.contains(compact(ReviewPacks.DESTINATION + " (172065)"))
			.contains("行った", "受けた", "2023-07-12", "63,000", "山田太郎、佐藤花子");
	}

	@Test
	void putsThePlanSectionsAfterTheReconciliationAndBeforeTheSources() throws IOException {
		ReviewPack pack = aReviewPack().withIndicators().withIssuesAndStatistics().withVisits().build();

		String text = compact(extractText(writer.write(pack, directory)));

		assertThat(text.indexOf("突合Reconciliation")).isPositive()
			.isLessThan(text.indexOf("指標Indicators"));
		assertThat(text.indexOf("指標Indicators")).isLessThan(text.indexOf("課題Issues"));
		assertThat(text.indexOf("課題Issues")).isLessThan(text.indexOf("統計Statistics"));
		assertThat(text.indexOf("統計Statistics")).isLessThan(text.indexOf("視察Visits"));
		assertThat(text.indexOf("視察Visits")).isLessThan(text.indexOf("出典Sources"));
	}

	@Test
	void writesAPackOfVisitsAloneSayingThereIsNoRollupWithoutEmptySections() throws IOException {
		Path file = writer.write(aReviewPack().withoutPledgeReport().withVisits().build(), directory);

		String text = compact(extractText(file));
		assertThat(text).contains(compact(PackText.NO_ROLLUP))
			.contains(compact(ReviewPacks.DESTINATION))
			.contains(compact(ReviewPacks.VISITING_COUNCIL))
			.contains("出典Sources", compact(PackText.NO_FINDINGS))
			.doesNotContain("施策詳細", "突合Reconciliation", "指標Indicators", "課題Issues", "統計Statistics", "階層");
		try (Stream<Path> files = Files.list(directory)) {
			assertThat(files.map(path -> path.getFileName().toString())).containsExactly("review-pack_012131_FY2023.pdf");
		}
	}

	@Test
	void writesAPackWithNothingButItsTitleSummaryAndFindings() throws IOException {
		ReviewPack empty = new ReviewPack(Municipality.of("012131", ReviewPacks.MUNICIPALITY), FiscalYear.of(2023), null,
				List.of(), List.of(), List.of(), List.of(), null);

		String text = compact(extractText(writer.write(empty, directory)));

		assertThat(text).contains(compact(PackText.NO_ROLLUP), compact(PackText.NO_FINDINGS))
			.doesNotContain("出典Sources", "視察Visits");
	}

	@Test
	void summaryShowsARollupWithoutAnOverallRow() throws IOException {
		String text = compact(extractText(writer.write(aReviewPack().withoutOverall().build(), directory)));

		assertThat(text).contains(compact(ReviewPacks.DISAGREEING_PLEDGE)).doesNotContain("市長公約全体");
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
