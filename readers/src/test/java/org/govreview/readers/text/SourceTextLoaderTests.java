package org.govreview.readers.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.govreview.readers.source.RejectedDocumentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text files in the encodings Japanese offices write, PDFs, and the files that are neither. */
class SourceTextLoaderTests {

	private static final List<String> REPORT = List.of("市長公約の取組状況", "令和6年度末 (%)", "桜ヶ丘市\t★★★★★ ★★☆☆☆");

	private final SourceTextLoader loader = new SourceTextLoader();

	@TempDir
	Path directory;

	@Test
	void aTableTypedWithTabsKeepsItsCellsWhenLibreOfficePrintedItWithDefaultTabStops() throws Exception {
		// LibreOffice prints a tab as a jump to the next 1.25 cm stop: the cells of a column start at different stops
		// on different lines, some after a Latin glyph (０ ha⇥１５ ha), with gaps narrower than a space
		Path resources = Path.of(getClass().getResource("/pdf/libreoffice-tab-stops.pdf").toURI()).getParent();
		List<String> printed = Files.readAllLines(resources.resolve("libreoffice-tab-stops.txt"));

		SourceText text = this.loader.load(resources.resolve("libreoffice-tab-stops.pdf"));

		assertThat(text.lines().stream().filter(line -> line.contains("\t")).toList())
			.containsExactlyElementsOf(printed.stream().filter(line -> line.contains("\t")).toList());
	}

	@Test
	void aLineTheOfficeSuiteWrappedAtThePageEdgeIsReadAsTheLineItWasTyped() throws Exception {
		// LibreOffice wraps a line longer than the page: a paragraph, a table row in the middle of a cell; the rest starts
		// at the left margin. A line that ends short of the right edge, and a bullet, stay lines of their own.
		Path resources = Path.of(getClass().getResource("/pdf/libreoffice-wrapped-lines.pdf").toURI()).getParent();
		List<String> typed = Files.readAllLines(resources.resolve("libreoffice-wrapped-lines.txt"));

		SourceText text = this.loader.load(resources.resolve("libreoffice-wrapped-lines.pdf"));

		assertThat(text.lines()).containsExactlyElementsOf(typed);
	}

	@Test
	void aWkhtmltopdfPageWhoseGlyphsPdfboxMergedIntoOthersIsRead() throws Exception {
		// wkhtmltopdf's text layer leaves glyphs whose text PDFBox folds into the glyph before, and maps kanji to
		// radicals (⻑, ⺠): the page is read, the kanji as printed
		Path page = Path.of(getClass().getResource("/heldout/pledge-report/b69-02-tateyama-layouttable.pdf").toURI());

		SourceText text = this.loader.load(page);

		assertThat(text.lines()).anyMatch(line -> line.contains("市長公約の進捗状況"))
			.anyMatch(line -> line.contains("市民とともに歩む、開かれた市政"))
			.noneMatch(line -> line.contains("⻑") || line.contains("⺠"));
	}

	@Test
	void readsUtf8WithoutBom() throws IOException {
		Path file = Files.writeString(this.directory.resolve("utf8.txt"), String.join("\n", REPORT) + "\n");

		SourceText text = this.loader.load(file);

		assertThat(text.lines()).containsExactlyElementsOf(REPORT);
		assertThat(text.origin()).isEqualTo("UTF-8");
		assertThat(text.file()).isEqualTo(file);
	}

	@Test
	void readsAPowerPointOutlineWhoseParagraphsHoldVerticalTabsAsWholeLines() throws IOException {
		Path file = Files.writeString(this.directory.resolve("outline.txt"),
				"京丹後市長公約の進捗状況\r\n\t柱１\r\n\t\t子ども医療費助成の\u000B完全無償化（子育て支援課）　【達成】\r\n");

		SourceText text = this.loader.load(file);

		assertThat(text.lines()).containsExactly("京丹後市長公約の進捗状況", "\t柱１", "\t\t子ども医療費助成の完全無償化（子育て支援課）　【達成】");
	}

	@Test
	void readsUtf8WithBomAndDropsTheBom() throws IOException {
		Path file = Files.writeString(this.directory.resolve("utf8bom.txt"), "\uFEFF" + String.join("\r\n", REPORT));

		SourceText text = this.loader.load(file);

		assertThat(text.lines()).containsExactlyElementsOf(REPORT);
		assertThat(text.lines().get(0)).startsWith("市");
		assertThat(text.origin()).isEqualTo("UTF-8");
	}

	@Test
	void decodesShiftJisAsWindows31j() throws IOException {
		// ① and 髙 exist only in the CP932 extensions of Shift_JIS
		List<String> lines = List.of("市長公約の取組状況", "① 髙浜地区の見守り体制を強化します", "令和５年度末　７３％");
		Path file = Files.write(this.directory.resolve("cp932.txt"),
				String.join("\r\n", lines).getBytes(Charset.forName("windows-31j")));

		SourceText text = this.loader.load(file);

		assertThat(text.lines()).containsExactlyElementsOf(lines);
		assertThat(text.origin()).isEqualTo("windows-31j");
	}

	@Test
	void rejectsAnEmptyFile() throws IOException {
		Path file = Files.createFile(this.directory.resolve("empty.txt"));

		assertRejected(file, "empty.txt: empty file");
	}

	@Test
	void rejectsBinaryJunk() throws IOException {
		byte[] bytes = new byte[2048];
		new Random(4).nextBytes(bytes);
		bytes[0] = 'X';
		bytes[7] = 0;
		Path file = Files.write(this.directory.resolve("junk.bin"), bytes);

		RejectedDocumentException ex = assertRejected(file, "junk.bin, byte ", "binary content: neither text nor PDF");
		assertThat(ex.value()).startsWith("first bytes: 58");
	}

	@Test
	void rejectsATruncatedPdf() throws IOException {
		Path whole = TextPdf.of(REPORT).writeTo(this.directory.resolve("whole.pdf"));
		byte[] bytes = Files.readAllBytes(whole);
		Path truncated = Files.write(this.directory.resolve("truncated.pdf"), Arrays.copyOf(bytes, bytes.length / 2));

		assertRejected(truncated, "truncated.pdf", "corrupt or truncated PDF");
	}

	@Test
	void rejectsAPdfWithoutItsEnd() throws IOException {
		Path whole = TextPdf.of(REPORT).writeTo(this.directory.resolve("whole.pdf"));
		byte[] bytes = Files.readAllBytes(whole);
		Path truncated = Files.write(this.directory.resolve("cut.pdf"), Arrays.copyOf(bytes, bytes.length - 200));

		RejectedDocumentException ex = assertRejected(truncated, "cut.pdf", "corrupt or truncated PDF", "%%EOF");
		assertThat(ex.location()).isEqualTo("end of file (" + (bytes.length - 200) + " bytes)");
	}

	@Test
	void rejectsAPdfWhoseBodyIsGarbage() throws IOException {
		byte[] junk = new byte[4096];
		new Random(7).nextBytes(junk);
		byte[] bytes = concat("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), junk,
				"\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
		Path file = Files.write(this.directory.resolve("garbage.pdf"), bytes);

		assertRejected(file, "garbage.pdf: corrupt or truncated PDF");
	}

	@Test
	void rejectsAnEncryptedPdf() {
		Path file = TextPdf.of(REPORT).userPassword("secret").writeTo(this.directory.resolve("encrypted.pdf"));

		assertRejected(file, "encrypted.pdf: encrypted PDF");
	}

	@Test
	void rejectsAPdfWithoutText() throws IOException {
		Path file = TextPdf.of(List.of("", "")).writeTo(this.directory.resolve("blank.pdf"));

		assertRejected(file, "blank.pdf: PDF has no text layer, no extractable text");
	}

	@Test
	void rejectsAMissingFile() {
		assertRejected(this.directory.resolve("missing.txt"), "missing.txt: cannot be read");
	}

	@Test
	void readsJapaneseTextBackFromAPdf() {
		Path file = TextPdf.of(REPORT).writeTo(this.directory.resolve("report.pdf"));

		SourceText text = this.loader.load(file);

		assertThat(text.origin()).isEqualTo("PDF, 1 pages");
		assertThat(text.lines()).containsExactly("市長公約の取組状況", "令和6年度末 (%)", "桜ヶ丘市\t★★★★★ ★★☆☆☆");
	}

	@Test
	void readsEveryPageOfAPdfInOrder() {
		Path file = TextPdf.of(List.of("第1頁の本文です。", "第2頁の本文です。", "第3頁の本文です。")).linesPerPage(1)
			.writeTo(this.directory.resolve("pages.pdf"));

		SourceText text = this.loader.load(file);

		assertThat(text.origin()).isEqualTo("PDF, 3 pages");
		assertThat(text.lines()).filteredOn(line -> !line.isBlank())
			.containsExactly("第1頁の本文です。", "第2頁の本文です。", "第3頁の本文です。");
	}

	@Test
	void recognisesPdfByItsMagicNotItsName() throws IOException {
		Path file = TextPdf.of(REPORT).writeTo(this.directory.resolve("report.txt"));

		assertThat(SourceTextLoader.isPdf(Files.readAllBytes(file))).isTrue();
		assertThat(SourceTextLoader.isPdf("%PD".getBytes(StandardCharsets.US_ASCII))).isFalse();
		assertThat(this.loader.load(file).origin()).startsWith("PDF");
	}

	private static byte[] concat(byte[]... parts) {
		byte[] all = new byte[Arrays.stream(parts).mapToInt(part -> part.length).sum()];
		int offset = 0;
		for (byte[] part : parts) {
			System.arraycopy(part, 0, all, offset, part.length);
			offset += part.length;
		}
		return all;
	}

	private RejectedDocumentException assertRejected(Path file, String... wording) {
		return assertThatExceptionOfType(RejectedDocumentException.class).isThrownBy(() -> this.loader.load(file))
			.satisfies(ex -> {
				assertThat(ex.file()).isEqualTo(file);
				assertThat(ex.getMessage()).startsWith(file.toString()).contains(wording);
			})
			.actual();
	}
}
