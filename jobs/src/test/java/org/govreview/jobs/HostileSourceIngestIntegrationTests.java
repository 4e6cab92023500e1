package org.govreview.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * One nightly over the samples and a tree of files no reader should be stopped by: a document whose reading
 * overflows the stack, one whose reading never ends (both through the read-fault hook), NUL bytes early and late,
 * an Office document, a workbook that is not a rating sheet, a zip bomb, a symbolic link loop, a CP932 file name,
 * the same bytes under two names, a document PostgreSQL refuses to store, and (as a normal user) an unreadable
 * folder. The job completes, each hostile file
 * is quarantined with its reason or read, and the samples are read as always.
 */
@SpringBootTest(classes = GovreviewApplication.class, properties = {
		"govreview.fault.read=overflow:deep-recursion,hang:never-ends", "govreview.ingest.time-budget=20s" })
class HostileSourceIngestIntegrationTests extends GovreviewInProcess {

	@Test
	void aNightlyOverHostileFilesCompletesWithEachQuarantinedForWhatItIs() throws Exception {
		Path source = SourceFixtures.copySamples(work.resolve("in"));
		Path hostile = Files.createDirectories(source.resolve("hostile"));
		Files.writeString(hostile.resolve("deep-recursion.txt"), "市長公約の取組状況\n");
		Files.writeString(hostile.resolve("never-ends.txt"), "市長公約の取組状況\n");
		byte[] early = Files.readAllBytes(SourceFixtures.SAMPLE_REPORT);
		early[100] = 0;
		Files.write(hostile.resolve("early-nul.txt"), early);
		Path lateNul = lateNulReport(hostile.resolve("late-nul-FY2025.txt"));
		Files.copy(SourceFixtures.SAMPLE_REPORT, hostile.resolve("copy-of-the-report.txt"));
		wordDocument(hostile.resolve("report.docx"));
		otherWorkbook(hostile.resolve("budget.xlsx"));
		zipBomb(hostile.resolve("bomb.xlsx"));
		Files.createSymbolicLink(hostile.resolve("loop"), hostile);
		Path cp932 = cp932Name(hostile, "令和6年度 メモ.txt");
		Path locked = Files.createDirectories(hostile.resolve("locked"));
		Files.writeString(locked.resolve("report.txt"), "市長公約の取組状況\n");
		Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
		Path refused = hostile.resolve("refused-by-postgres-FY2026.txt");
		Files.writeString(refused, Files.readString(SourceFixtures.SAMPLE_REPORT).replace("令和6年度", "令和8年度"));
		refuseOnInsert("refused-by-postgres");
		boolean root = ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;

		int status;
		try {
			status = govreview("run", "nightly", "--source", source.toString(), "--out", work.resolve("out").toString());
		}
		finally {
			Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
			jdbc().sql("DROP TRIGGER refuse_document ON source_document").update();
		}

		assertThat(status).as("exit status of the nightly").isZero();
		Map<String, String> reasons = new HashMap<>();
		jdbc().sql("SELECT path, reason FROM quarantine WHERE path LIKE ?").param(hostile + "/%")
			.query(rs -> {
				reasons.put(rs.getString(1).substring(hostile.toString().length() + 1), rs.getString(2));
			});
		assertThat(reasons.get("deep-recursion.txt")).startsWith(hostile.resolve("deep-recursion.txt") + ": could not be read: ")
			.contains("java.lang.StackOverflowError");
		assertThat(reasons.get("never-ends.txt")).startsWith(hostile.resolve("never-ends.txt") + ": ").contains("time budget");
		assertThat(reasons.get("early-nul.txt")).startsWith(hostile.resolve("early-nul.txt") + ", byte 100: binary content");
		assertThat(reasons.get("report.docx").toLowerCase()).contains("word document");
		assertThat(reasons.get("budget.xlsx")).contains("not a rating sheet (sheets: 予算, 人員)");
		assertThat(reasons.get("bomb.xlsx")).startsWith(hostile.resolve("bomb.xlsx") + ", entry xl/worksheets/sheet1.xml: zip bomb");
		assertThat(reasons.get("loop")).startsWith(hostile.resolve("loop") + ": ").contains("loop");
		assertThat(reasons.get("令和6年度 メモ.txt")).startsWith(hostile + "/令和6年度 メモ.txt: not a recognised governance document");
		assertThat(reasons.get("refused-by-postgres-FY2026.txt")).startsWith(refused + ": could not be stored: ")
			.contains("this warehouse refuses the document");
		assertThat(jdbc().sql("SELECT count(*) FROM source_document WHERE path = ?").param(refused.toString())
			.query(Integer.class).single()).as("what the refused document wrote is rolled back").isZero();
		if (root) {
			System.out.println("running as root: the locked folder can be read, 'permission denied' is not covered here");
			assertThat(reasons).doesNotContainKey("locked");
		}
		else {
			assertThat(reasons.get("locked")).startsWith(locked + ": permission denied");
		}
		assertThat(reasons).hasSize(root ? 10 : 11);

		assertThat(jdbc().sql("""
				SELECT f.message FROM document_finding f JOIN source_document d ON d.id = f.document_id WHERE d.path = ?""")
			.param(lateNul.toString()).query(String.class).list()).contains("3 NUL characters removed from the text");
		assertThat(jdbc().sql("""
				SELECT kind || ' ' || fiscal_year FROM source_document
				WHERE municipality_code = '999997' AND superseded_at IS NULL ORDER BY kind, fiscal_year""")
			.query(String.class).list())
			.containsExactly("pledge_report 2024", "pledge_report 2025", "rating_sheet 2024", "rating_sheet 2024", "rating_sheet 2024");

		String documents = capture(() -> govreview("export", "documents", "--format", "csv"));
		assertThat(documents).contains(hostile.resolve("copy-of-the-report.txt").toString())
			.contains(source.resolve("sakuragaoka/pledge-report-FY2024.txt").toString())
			.contains("duplicate of " + hostile.resolve("copy-of-the-report.txt"));
		assertThat(cp932.getFileName().toString()).as("the JVM's own view of the CP932 name").doesNotContain("メモ");
	}

	/** Makes PostgreSQL refuse to store any document whose path contains {@code pathPart}, as it refuses a bad value. */
	private void refuseOnInsert(String pathPart) {
		jdbc().sql("""
				CREATE OR REPLACE FUNCTION refuse_document() RETURNS trigger AS $$
				BEGIN RAISE EXCEPTION 'this warehouse refuses the document %', NEW.path; END $$ LANGUAGE plpgsql""").update();
		jdbc().sql("CREATE TRIGGER refuse_document BEFORE INSERT ON source_document FOR EACH ROW WHEN (NEW.path LIKE '%"
				+ pathPart + "%') EXECUTE FUNCTION refuse_document()").update();
	}

	/** The sample report of the year after, padded past 8 KiB with notes, with NUL bytes in its last line. */
	private static Path lateNulReport(Path file) throws IOException {
		SourceFixtures.nextYearReport(file);
		String text = Files.readString(file) + "\n" + "（本報告書は市のホームページにも掲載しています。）\n".repeat(120)
				+ "以\u0000上\u0000\u0000\n";
		Files.writeString(file, text);
		assertThat(text.substring(0, text.indexOf('\u0000')).getBytes(StandardCharsets.UTF_8).length).isGreaterThan(8192);
		return file;
	}

	private static void wordDocument(Path file) throws IOException {
		try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
			document.createParagraph().createRun().setText("市長公約の取組状況");
			document.write(out);
		}
	}

	private static void otherWorkbook(Path file) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			workbook.createSheet("予算").createRow(0).createCell(0).setCellValue("令和6年度 予算");
			workbook.createSheet("人員");
			workbook.write(out);
		}
	}

	private static void zipBomb(Path file) throws IOException {
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
			zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			zip.write(new byte[20 << 20]);
			zip.closeEntry();
		}
	}

	/** A file whose name is the CP932 bytes of {@code name}, as a Windows share leaves it. */
	private static Path cp932Name(Path directory, String name) throws Exception {
		StringBuilder octal = new StringBuilder();
		for (byte b : name.getBytes(Charset.forName("windows-31j"))) {
			octal.append(String.format("\\%03o", b & 0xff));
		}
		Process touch = new ProcessBuilder("sh", "-c", "printf 'メモ' > \"$(printf '" + octal + "')\"")
			.directory(directory.toFile()).inheritIO().start();
		assertThat(touch.waitFor()).isZero();
		try (var files = Files.list(directory)) {
			return files.filter(p -> p.getFileName().toString().contains("\uFFFD") || p.getFileName().toString().contains("?"))
				.findFirst().orElseThrow();
		}
	}
}
