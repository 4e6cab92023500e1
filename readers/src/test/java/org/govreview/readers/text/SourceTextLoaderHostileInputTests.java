package org.govreview.readers.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.govreview.domain.document.Finding;
import org.govreview.readers.source.RejectedDocumentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files a hostile or careless source tree holds, built here: Office documents, zip bombs, UTF-16, NUL bytes, files
 * that cannot be read. Each is either read correctly or rejected with a reason that says what it is.
 */
class SourceTextLoaderHostileInputTests {

	static final List<String> REPORT = List.of("市長公約の取組状況", "令和6年度末 (%)", "桜ヶ丘市\t★★★★★ ★★☆☆☆");

	private final SourceTextLoader loader = new SourceTextLoader();

	@TempDir
	Path directory;

	@Test
	void rejectsAWordDocumentAsAWordDocument() throws IOException {
		Path file = this.directory.resolve("report.docx");
		try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
			document.createParagraph().createRun().setText("市長公約の取組状況");
			document.write(out);
		}

		assertThat(rejection(file)).startsWith(file + ": ").containsIgnoringCase("a word document (.docx)");
	}

	@Test
	void rejectsAWord97DocumentAsAWordDocument() throws IOException {
		Path file = this.directory.resolve("report.doc");
		try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
			fs.createDocument(new java.io.ByteArrayInputStream(new byte[512]), "WordDocument");
			fs.writeFilesystem(out);
		}

		assertThat(rejection(file)).containsIgnoringCase("a word document (.doc");
	}

	@Test
	void refusesAZipBombUnreadNamingTheFileAndTheEntry() throws IOException {
		Path file = zipBomb(this.directory.resolve("ratings.xlsx"));

		assertThat(rejection(file)).startsWith(file + ", entry xl/worksheets/sheet1.xml: zip bomb")
			.contains("ZipSecureFile")
			.doesNotContain("\n");
	}

	@Test
	void readsUtf16WithALittleEndianBom() throws IOException {
		Path file = Files.write(this.directory.resolve("le.txt"), utf16(StandardCharsets.UTF_16LE, 0xff, 0xfe));

		SourceText text = this.loader.load(file);

		assertThat(text.lines()).containsExactlyElementsOf(REPORT);
		assertThat(text.origin()).isEqualTo("UTF-16LE");
	}

	@Test
	void readsUtf16WithABigEndianBom() throws IOException {
		Path file = Files.write(this.directory.resolve("be.txt"), utf16(StandardCharsets.UTF_16BE, 0xfe, 0xff));

		SourceText text = this.loader.load(file);

		assertThat(text.lines()).containsExactlyElementsOf(REPORT);
		assertThat(text.origin()).isEqualTo("UTF-16BE");
	}

	@Test
	void rejectsNulBytesInTheFirst8KiBAsBinary() throws IOException {
		byte[] bytes = (String.join("\n", REPORT) + "\n").getBytes(StandardCharsets.UTF_8);
		bytes[5] = 0;
		Path file = Files.write(this.directory.resolve("early-nul.txt"), bytes);

		assertThat(rejection(file)).startsWith(file + ", byte 5: binary content").contains("NUL");
	}

	@Test
	void stripsNulBytesAfterTheFirst8KiBWithAFinding() throws IOException {
		String padding = "。".repeat(3000);
		byte[] head = (String.join("\n", REPORT) + "\n" + padding + "\n").getBytes(StandardCharsets.UTF_8);
		byte[] tail = "取組\u0000事業\u0000\n".getBytes(StandardCharsets.UTF_8);
		byte[] bytes = new byte[head.length + tail.length];
		System.arraycopy(head, 0, bytes, 0, head.length);
		System.arraycopy(tail, 0, bytes, head.length, tail.length);
		assertThat(head.length).isGreaterThan(8192);
		Path file = Files.write(this.directory.resolve("late-nul.txt"), bytes);

		SourceText text = this.loader.load(file);

		assertThat(text.lines()).startsWith(REPORT.toArray(String[]::new)).contains("取組事業");
		assertThat(text.lines()).noneMatch(line -> line.indexOf('\u0000') >= 0);
		assertThat(text.findings()).singleElement().satisfies(finding -> {
			assertThat(finding.severity()).isEqualTo(Finding.Severity.WARNING);
			assertThat(finding.location()).isEqualTo("byte " + (head.length + "取組".getBytes(StandardCharsets.UTF_8).length));
			assertThat(finding.message()).isEqualTo("2 NUL characters removed from the text");
		});
	}

	@Test
	void readsCp932Text() throws IOException {
		Path file = Files.write(this.directory.resolve("cp932.txt"),
				String.join("\r\n", REPORT).getBytes(Charset.forName("windows-31j")));

		SourceText text = this.loader.load(file);

		assertThat(text.lines()).containsExactlyElementsOf(REPORT);
		assertThat(text.origin()).isEqualTo("windows-31j");
	}

	@Test
	void readsAPdfProtectedOnlyByAnOwnerPassword() {
		Path file = TextPdf.of(REPORT).userPassword("").writeTo(this.directory.resolve("owner-only.pdf"));

		SourceText text = this.loader.load(file);

		assertThat(String.join("\n", text.lines())).contains("市長公約の取組状況");
	}

	private String rejection(Path file) {
		return assertThatExceptionOfType(RejectedDocumentException.class).isThrownBy(() -> this.loader.load(file))
			.actual()
			.getMessage();
	}

	private static byte[] utf16(Charset charset, int bom0, int bom1) {
		byte[] text = String.join("\r\n", REPORT).getBytes(charset);
		byte[] bytes = new byte[text.length + 2];
		bytes[0] = (byte) bom0;
		bytes[1] = (byte) bom1;
		System.arraycopy(text, 0, bytes, 2, text.length);
		return bytes;
	}

	/** A zip named like a workbook whose sheet expands a thousandfold: 20 MB of one byte. */
	static Path zipBomb(Path file) throws IOException {
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			byte[] block = new byte[1 << 20];
			java.util.Arrays.fill(block, (byte) ' ');
			for (int i = 0; i < 20; i++) {
				zip.write(block);
			}
			zip.closeEntry();
		}
		return file;
	}
}
