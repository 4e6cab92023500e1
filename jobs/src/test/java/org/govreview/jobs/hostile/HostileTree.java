package org.govreview.jobs.hostile;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Builds the source tree of the hostile-input run: a copy of {@code samples/} and, beside it, every hostile input
 * the issue lists, each with the outcome the agreed quarantine reasons (or the samples' known figures) ask for.
 */
final class HostileTree {

	static final Charset CP932 = Charset.forName("windows-31j");

	/** The first line of a council's minutes: a text, but no governance document. */
	static final String MINUTES = "議事録\n令和6年度 第1回 定例会\n出席者 10名\n";

	/** The fiscal year each re-encoded or re-packaged copy of the sample report is moved to, so each stands alone. */
	static final int OWNER_PASSWORD_YEAR = 2020;

	static final int CP932_YEAR = 2021;

	static final int UTF16_YEAR = 2022;

	static final int NUL_LATE_YEAR = 2023;

	static final int SPACED_NAME_YEAR = 2025;

	/** The file name of the CP932-named file after its ASCII prefix: 報告書 in CP932 bytes. */
	static final String CP932_NAME_PREFIX = "cp932-";

	static final String CP932_NAME_TEXT = "報告書";

	static final String SAMPLE_REPORT = "samples/sakuragaoka/pledge-report-FY2024.txt";

	static final String DUPLICATE_REPORT = "hostile/copy-of-pledge-report.txt";

	static final String STRIPPED_REPORT = "zz-versions/pledge-report-FY2024-stars-stripped.txt";

	static final String NUL_LATE_REPORT = "hostile/nul-late-report.txt";

	static final String SPACED_NAME_REPORT = "hostile/桜ヶ丘市 公約 取組状況 (写し).txt";

	static final String FORMULA_SHEET = "hostile/rating-sheet_999997_FY2025_デジタル推進課.xlsx";

	static final String UNREADABLE_FILE = "hostile/unreadable.txt";

	static final String UNREADABLE_FOLDER = "hostile/unreadable-folder";

	static final long FIFTY_MEGABYTES = 50L * 1024 * 1024;

	private final Path root;

	private final List<HostileCase> cases = new ArrayList<>();

	private HostileTree(Path root) {
		this.root = root;
	}

	/**
	 * Writes the tree under {@code root}; the unreadable file and folder only when {@code withUnreadable} (their
	 * permissions are set by {@link #lockUnreadable()}, after the tree has been handed to the application's user).
	 */
	static HostileTree build(Path root, boolean withUnreadable) throws IOException {
		HostileTree tree = new HostileTree(root);
		tree.samples();
		tree.brokenFiles();
		tree.officeFiles();
		tree.textsAndEncodings();
		tree.names();
		tree.links();
		if (withUnreadable) {
			tree.unreadable();
		}
		tree.documentsThatCollide();
		return tree;
	}

	Path root() {
		return this.root;
	}

	List<HostileCase> cases() {
		return List.copyOf(this.cases);
	}

	HostileCase get(String relativePath) {
		return this.cases.stream().filter(c -> c.relativePath().equals(relativePath)).findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no hostile case " + relativePath));
	}

	/** Takes read, write and search permission from the unreadable file and folder (after they were given away). */
	void lockUnreadable() throws IOException {
		for (HostileCase c : this.cases) {
			if (c.relativePath().equals(UNREADABLE_FILE) || c.relativePath().equals(UNREADABLE_FOLDER)) {
				Files.setPosixFilePermissions(this.root.resolve(c.relativePath()), PosixFilePermissions.fromString("---------"));
			}
		}
	}

	private void samples() throws IOException {
		try (Stream<Path> files = Files.walk(SampleReport.SAMPLES)) {
			for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
				String relative = "samples/" + SampleReport.SAMPLES.relativize(file).toString().replace('\\', '/');
				Path copy = write(relative, Files.readAllBytes(file));
				Files.setLastModifiedTime(copy, Files.getLastModifiedTime(file));
				boolean sheet = relative.endsWith(".xlsx");
				this.cases.add(sheet ? HostileCase.document(relative, "sample rating sheet", "rating_sheet", 2024, true)
						: HostileCase.document(relative, "sample pledge report", "pledge_report", 2024, null));
			}
		}
	}

	private void brokenFiles() throws IOException {
		write("hostile/empty.txt", new byte[0]);
		this.cases.add(HostileCase.quarantined("hostile/empty.txt", "0-byte file", "empty"));

		byte[] random = new byte[64 * 1024];
		new Random(6).nextBytes(random);
		random[0] = (byte) 0x8f;
		random[1] = 0;
		write("hostile/random.bin", random);
		this.cases.add(HostileCase.quarantined("hostile/random.bin", "random binary", "binary content"));

		byte[] reportPdf = HostilePdfs.text(SampleReport.lines(SampleReport.text()));
		write("hostile/truncated-report.pdf", HostilePdfs.truncated(reportPdf));
		this.cases.add(HostileCase.quarantined("hostile/truncated-report.pdf", "truncated PDF (first half)", "truncated"));

		write("hostile/user-password.pdf", HostilePdfs.userPassword(SampleReport.lines(SampleReport.text())));
		this.cases.add(HostileCase.quarantined("hostile/user-password.pdf", "PDF encrypted with a user password", "encrypted"));

		write("hostile/owner-password-report.pdf",
				HostilePdfs.ownerPasswordOnly(SampleReport.lines(SampleReport.forFiscalYear(OWNER_PASSWORD_YEAR))));
		this.cases.add(HostileCase.document("hostile/owner-password-report.pdf",
				"report in a PDF with only an owner password", "pledge_report", OWNER_PASSWORD_YEAR, true));

		write("hostile/image-only.pdf", HostilePdfs.imageOnly());
		this.cases.add(HostileCase.quarantined("hostile/image-only.pdf", "image-only PDF", "no text"));
	}

	private void officeFiles() throws IOException {
		write("hostile/zip-bomb.xlsx", HostileWorkbooks.zipBomb(256L << 20));
		this.cases.add(HostileCase.quarantined("hostile/zip-bomb.xlsx", "zip bomb named .xlsx (256 MiB from 1/1000 of it)",
				"zip bomb"));

		write("hostile/budget-and-staff.xlsx", HostileWorkbooks.notARatingSheet());
		this.cases.add(HostileCase.quarantined("hostile/budget-and-staff.xlsx", "valid workbook, not a rating sheet",
				"not a rating sheet").alsoNaming(HostileWorkbooks.OTHER_WORKBOOK_SHEETS));

		write("hostile/memo.docx", HostileWorkbooks.wordDocument());
		this.cases.add(HostileCase.quarantined("hostile/memo.docx", "Word document", "word document"));

		HostileWorkbooks.formulaComments(
				SampleReport.SAMPLES.resolve("sakuragaoka/rating-sheets/rating-sheet_999997_FY2024_デジタル推進課.xlsx"),
				SPACED_NAME_YEAR, this.root.resolve(FORMULA_SHEET));
		this.cases.add(HostileCase.document(FORMULA_SHEET, "rating sheet with comments starting = + - @", "rating_sheet",
				SPACED_NAME_YEAR, true));
	}

	private void textsAndEncodings() throws IOException {
		write("hostile/report-cp932.txt", SampleReport.forFiscalYear(CP932_YEAR).getBytes(CP932));
		this.cases.add(HostileCase.document("hostile/report-cp932.txt", "report in CP932", "pledge_report", CP932_YEAR, true));

		byte[] utf16 = SampleReport.forFiscalYear(UTF16_YEAR).getBytes(StandardCharsets.UTF_16LE);
		byte[] withBom = new byte[utf16.length + 2];
		withBom[0] = (byte) 0xff;
		withBom[1] = (byte) 0xfe;
		System.arraycopy(utf16, 0, withBom, 2, utf16.length);
		write("hostile/report-utf16.txt", withBom);
		this.cases.add(HostileCase.document("hostile/report-utf16.txt", "report in UTF-16LE with BOM", "pledge_report",
				UTF16_YEAR, true));

		Path line = this.root.resolve("hostile/single-line-50mb.txt");
		Files.createDirectories(line.getParent());
		byte[] unit = "これは改行のない長い一行のテキストです。".getBytes(StandardCharsets.UTF_8);
		try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(line), 1 << 20)) {
			for (long written = 0; written < FIFTY_MEGABYTES; written += unit.length) {
				out.write(unit);
			}
		}
		this.cases.add(HostileCase.quarantined("hostile/single-line-50mb.txt", "a single 50 MB line",
				"not a recognised governance document", "time budget"));

		String report = SampleReport.text();
		int afterFirstLine = report.indexOf('\n') + 1;
		write("hostile/nul-early.txt", (report.substring(0, afterFirstLine) + "\0\0\0\0" + report.substring(afterFirstLine))
			.getBytes(StandardCharsets.UTF_8));
		this.cases.add(HostileCase.quarantined("hostile/nul-early.txt", "report with NUL bytes in its first 8 KiB",
				"binary content"));

		String padded = SampleReport.withLongIntroduction(SampleReport.forFiscalYear(NUL_LATE_YEAR), 60);
		String withNuls = padded.replace(SampleReport.CASHLESS_ACTIVITY,
				SampleReport.CASHLESS_ACTIVITY.replace("市民課窓口に", "市民課窓口に\0\0"));
		byte[] nulLate = withNuls.getBytes(StandardCharsets.UTF_8);
		int firstNul = indexOf(nulLate, (byte) 0);
		if (firstNul < 8192) {
			throw new IllegalStateException("the late NUL bytes start at byte " + firstNul + ", inside the first 8 KiB");
		}
		write(NUL_LATE_REPORT, nulLate);
		this.cases.add(HostileCase.document(NUL_LATE_REPORT, "report with NUL bytes at byte " + firstNul, "pledge_report",
				NUL_LATE_YEAR, true));

		write("hostile/news.html", """
				<!DOCTYPE html>
				<html lang="ja"><head><meta charset="utf-8"><title>桜ヶ丘市 お知らせ</title></head>
				<body><h1>図書館の開館時間の変更について</h1>
				<p>令和7年4月1日から、中央図書館の開館時間を午後8時までに延長します。</p></body></html>
				""".getBytes(StandardCharsets.UTF_8));
		this.cases.add(HostileCase.quarantined("hostile/news.html", "HTML page (library news)",
				"not a recognised governance document"));
	}

	private void names() throws IOException {
		write(SPACED_NAME_REPORT, SampleReport.forFiscalYear(SPACED_NAME_YEAR).getBytes(StandardCharsets.UTF_8));
		this.cases.add(HostileCase.document(SPACED_NAME_REPORT, "report, name with spaces and Japanese", "pledge_report",
				SPACED_NAME_YEAR, true));

		// a UTF-8 JVM cannot name a file with bytes that are not UTF-8: the shell renames it
		Path staging = write("hostile/cp932-name.staging", MINUTES.getBytes(StandardCharsets.UTF_8));
		StringBuilder octal = new StringBuilder(CP932_NAME_PREFIX);
		for (byte b : CP932_NAME_TEXT.getBytes(CP932)) {
			octal.append(String.format("\\%03o", b & 0xff));
		}
		octal.append(".txt");
		String failure = RunAs.run(List.of("/bin/sh", "-c", "cd \"$1\" && mv cp932-name.staging \"$(printf '" + octal + "')\"",
				"sh", staging.getParent().toString()));
		if (failure != null) {
			throw new IOException("cannot create the CP932-named file in " + staging.getParent() + ": " + failure);
		}
		this.cases.add(HostileCase.quarantined("hostile/" + CP932_NAME_PREFIX + "<" + CP932_NAME_TEXT + " in CP932>.txt",
				"minutes, file name in CP932 bytes", "not a recognised governance document").matchedByPrefix("hostile/" + CP932_NAME_PREFIX));
	}

	private void links() throws IOException {
		Path loop = this.root.resolve("hostile/symlink-loop.txt");
		Files.createSymbolicLink(loop, loop.getFileName());
		this.cases.add(HostileCase.quarantined("hostile/symlink-loop.txt", "symbolic link to itself", "loop"));

		Path back = this.root.resolve("hostile/loop-dir/back");
		Files.createDirectories(back.getParent());
		Files.createSymbolicLink(back, Path.of(".."));
		this.cases.add(HostileCase.quarantined("hostile/loop-dir/back", "directory link to its parent (a cycle)", "loop"));
	}

	private void unreadable() throws IOException {
		write(UNREADABLE_FILE, MINUTES.getBytes(StandardCharsets.UTF_8));
		this.cases.add(HostileCase.quarantined(UNREADABLE_FILE, "file with mode 000", "permission denied"));
		write(UNREADABLE_FOLDER + "/minutes.txt", MINUTES.getBytes(StandardCharsets.UTF_8));
		this.cases.add(HostileCase.quarantined(UNREADABLE_FOLDER, "folder with mode 000", "permission denied"));
	}

	private void documentsThatCollide() throws IOException {
		write("hostile/fictional-village-report.txt", SampleReport.issuedBy("架空村").getBytes(StandardCharsets.UTF_8));
		this.cases.add(HostileCase.quarantined("hostile/fictional-village-report.txt", "report of 架空村 (no such municipality)",
				"not in the municipality master"));

		write(DUPLICATE_REPORT, Files.readAllBytes(SampleReport.FILE));
		this.cases.add(HostileCase.document(DUPLICATE_REPORT, "the sample report's bytes under a second name", "pledge_report",
				2024, null));

		// an older version by its own issue date (令和7年4月) and its file time, whose path sorts after the sample's
		Path stripped = write(STRIPPED_REPORT,
				SampleReport.withoutStars(SampleReport.issuedOn(SampleReport.text(), "令和7年4月")).getBytes(StandardCharsets.UTF_8));
		Files.setLastModifiedTime(stripped, FileTime.from(Instant.parse("2025-04-30T00:00:00Z")));
		this.cases.add(HostileCase.document(STRIPPED_REPORT, "older copy of the report with ★☆ stripped", "pledge_report", 2024,
				false));
	}

	private Path write(String relative, byte[] bytes) throws IOException {
		Path file = this.root.resolve(relative);
		Files.createDirectories(file.getParent());
		return Files.write(file, bytes);
	}

	private static int indexOf(byte[] bytes, byte value) {
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] == value) {
				return i;
			}
		}
		return -1;
	}
}
