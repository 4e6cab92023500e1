package org.govreview.jobs.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.govreview.jobs.CiPrerequisite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile-input suite: one nightly run of the packaged application over a tree holding a copy of
 * {@code samples/} and every kind of input that has cost a city its night (broken, encrypted and image-only PDFs, a
 * zip bomb, office files that are no rating sheet, other encodings, NUL bytes, a 50 MB line, odd file names,
 * symbolic link loops, unreadable files, a municipality that does not exist, duplicates and versions, formula-like
 * comments), all built here. The job must complete; every input must be quarantined with the agreed reason or read
 * correctly, and be listed by {@code export documents} or {@code export quarantine}; the samples' figures must be
 * those of a run over the samples alone. Two more runs kill the job during ingest and add a file before the
 * restart, and start a second command while a nightly runs.
 */
class HostileInputIntegrationTests {

	private static final String MUNICIPALITY = SampleReport.MUNICIPALITY;

	/** A hang, not a slow machine, fails the run: the job must end even when a reader never would. */
	private static final Duration NIGHTLY_TIMEOUT = Duration.ofMinutes(8);

	@TempDir
	static Path work;

	static RunAs user;

	static HostileTree tree;

	static Govreview.Result hostileRun;

	static Govreview.Result referenceRun;

	static Govreview.Result documentsExport;

	static Govreview.Result quarantineExport;

	static Govreview.Result ratingsExport;

	static List<Map<String, String>> documents = List.of();

	static List<Map<String, String>> quarantine = List.of();

	static WarehouseRows warehouse;

	static WarehouseRows samplesAlone;

	static final Map<String, String> outcomes = new LinkedHashMap<>();

	@BeforeAll
	static void runTheNightOverEveryHostileInputAndTheSamples() throws Exception {
		user = RunAs.decide();
		System.err.println("hostile-input run as " + user);
		tree = HostileTree.build(work.resolve("in"), user.permissionsApply());
		Path reference = work.resolve("reference-in");
		copySamples(reference.resolve("samples"));
		Path data = work.resolve("data");
		Path referenceData = work.resolve("reference-data");
		user.own(work);
		tree.lockUnreadable();
		Govreview govreview = new Govreview(user, work.resolve("scratch"));

		// a short time budget per document (the default is a minute) keeps a reader that cannot finish from slowing the suite
		Govreview.Running hostile = govreview.withJvmOptions("-Dgovreview.ingest.time-budget=20s").start("run", "nightly",
				"--source", tree.root().toString(), "--out", work.resolve("out").toString(), "--data-dir", data.toString());
		Govreview.Running samples = govreview.start("run", "nightly", "--source", reference.toString(), "--out",
				work.resolve("reference-out").toString(), "--data-dir", referenceData.toString());
		hostileRun = hostile.awaitOrKill(NIGHTLY_TIMEOUT);
		referenceRun = samples.await(NIGHTLY_TIMEOUT);

		documentsExport = govreview.run("export", "documents", "--format", "csv", "--data-dir", data.toString());
		quarantineExport = govreview.run("export", "quarantine", "--format", "csv", "--data-dir", data.toString());
		ratingsExport = govreview.run("export", "ratings", "--format", "csv", "--data-dir", data.toString());
		documents = rowsOrNone(documentsExport, "document_id,");
		quarantine = rowsOrNone(quarantineExport, "path,");

		user.reclaim(work);
		warehouse = WarehouseRows.read(data);
		samplesAlone = WarehouseRows.read(referenceData);
	}

	@AfterAll
	static void printTheOutcomeOfEveryInput() {
		if (tree == null) {
			return;
		}
		StringBuilder table = new StringBuilder("\nhostile-input run (" + user + "): outcome per file\n");
		table.append(String.format("%-4s %-60s %-40s %s%n", "", "FILE", "EXPECTED", "OUTCOME"));
		for (HostileCase input : tree.cases()) {
			String outcome = outcomeOf(input);
			String verdict = outcomes.getOrDefault(input.relativePath(), "");
			table.append(String.format("%-4s %-60s %-40s %s%n", verdict, input.relativePath() + " (" + input.description() + ")",
					input.expectation(), outcome));
		}
		if (hostileRun != null) {
			table.append("nightly exit ").append(hostileRun.exitCode()).append("; ")
				.append(hostileRun.stdout().lines().filter(line -> line.contains("job execution")).findFirst().orElse("no job report"))
				.append('\n');
		}
		System.err.println(table);
	}

	@Test
	void theNightlyJobCompletes() {
		assertThat(hostileRun.exitCode()).as(hostileRun.describe()).isZero();
		assertThat(hostileRun.stdout() + hostileRun.stderr()).as(hostileRun.describe()).containsPattern("\\): COMPLETED");
		assertThat(referenceRun.exitCode()).as(referenceRun.describe()).isZero();
	}

	@TestFactory
	Stream<DynamicTest> everyInputIsQuarantinedWithItsReasonOrRead() {
		return tree.cases().stream().map(input -> DynamicTest.dynamicTest(input.relativePath() + ": " + input.expectation(), () -> {
			outcomes.put(input.relativePath(), "FAIL");
			List<Map<String, String>> stored = ofInput(documents, input);
			List<Map<String, String>> quarantined = ofInput(quarantine, input);
			String seen = outcomeOf(input);
			if (input.expectsQuarantine()) {
				assertThat(quarantined).as("quarantine rows of %s; seen: %s", input.relativePath(), seen).hasSize(1);
				String path = quarantined.get(0).get("path");
				String reason = quarantined.get(0).get("reason");
				assertThat(reason).as("the reason names the file").contains(path);
				assertThat(reason.toLowerCase(Locale.ROOT)).as("reason of %s", input.relativePath())
					.containsAnyOf(input.reasonKeywords().toArray(String[]::new));
				input.reasonAlsoNames().forEach(name -> assertThat(reason).as("reason of %s", input.relativePath()).contains(name));
				assertThat(stored).as("a quarantined input is no document; seen: %s", seen).isEmpty();
			}
			else {
				assertThat(quarantined).as("%s is not quarantined; seen: %s", input.relativePath(), seen).isEmpty();
				assertThat(stored).as("documents of %s; seen: %s", input.relativePath(), seen).anySatisfy(row -> {
					assertThat(row.get("kind")).isEqualTo(input.kind());
					assertThat(row.get("municipality_code")).isEqualTo(MUNICIPALITY);
					assertThat(row.get("fiscal_year")).isEqualTo(Integer.toString(input.fiscalYear()));
					if (input.current() != null) {
						assertThat(row.get("current")).isEqualTo(input.current().toString());
					}
				});
			}
			outcomes.put(input.relativePath(), "ok");
		}));
	}

	@Test
	void theSamplesFiguresAreThoseOfARunOverTheSamplesAlone() {
		assertThat(samplesAlone.samplesFigures()).as("published figures of the samples alone, 999997 FY2024")
			.extracting(row -> row.get("level") + " " + row.get("code"))
			.containsExactlyInAnyOrderElementsOf(SampleReport.PUBLISHED.keySet());
		assertThat(samplesAlone.samplesRollup()).as("roll-up of the samples alone, 999997 FY2024").isNotEmpty();
		assertThat(warehouse.samplesFigures()).as("published figures of 999997 FY2024 among the hostile inputs")
			.isEqualTo(samplesAlone.samplesFigures());
		assertThat(warehouse.samplesRollup()).as("roll-up of 999997 FY2024 among the hostile inputs")
			.isEqualTo(samplesAlone.samplesRollup());
	}

	@Test
	void everyFileAppearsInTheDocumentsOrTheQuarantineExport() throws IOException {
		List<String> listed = new ArrayList<>();
		documents.forEach(row -> listed.add(row.get("path")));
		quarantine.forEach(row -> listed.add(row.get("path")));
		List<String> missing = new ArrayList<>();
		for (HostileCase input : tree.cases()) {
			if (listed.stream().noneMatch(input::matches)) {
				missing.add(input.relativePath() + " (" + input.description() + ")");
			}
		}
		assertThat(documentsExport.exitCode()).as(documentsExport.describe()).isZero();
		assertThat(quarantineExport.exitCode()).as(quarantineExport.describe()).isZero();
		assertThat(missing).as("inputs in neither export; exported paths:\n%s", String.join("\n", listed)).isEmpty();
		try (Stream<Path> files = Files.walk(tree.root())) {
			List<String> regular = files.filter(Files::isRegularFile)
				.map(file -> tree.root().relativize(file).toString())
				.filter(name -> !name.contains("\uFFFD") && !name.startsWith(HostileTree.UNREADABLE_FOLDER + "/"))
				.toList();
			assertThat(regular).as("every readable file of the tree").allSatisfy(
					name -> assertThat(listed).as(name).anyMatch(path -> path.endsWith("/" + name)));
		}
	}

	@TestFactory
	Stream<DynamicTest> copiesOfTheReportInOtherEncodingsAndPackagingsReadAsTheReport() {
		return Stream.of(HostileTree.SPACED_NAME_REPORT, "hostile/owner-password-report.pdf", "hostile/report-cp932.txt",
				"hostile/report-utf16.txt", HostileTree.NUL_LATE_REPORT)
			.map(tree::get)
			.map(input -> DynamicTest.dynamicTest(input.relativePath() + " reads as the report (FY" + input.fiscalYear() + ")",
					() -> {
						Map<String, BigDecimal> figures = new LinkedHashMap<>();
						WarehouseRows.ofPath(warehouse.figures(), input)
							.forEach(row -> figures.put(row.get("level") + " " + row.get("code"), (BigDecimal) row.get("value")));
						assertThat(figures).as("published figures of %s", input.relativePath())
							.containsOnlyKeys(SampleReport.PUBLISHED.keySet());
						SampleReport.PUBLISHED.forEach((key, value) -> assertThat(figures.get(key)).as(key).isEqualByComparingTo(value));
						Map<String, Object> stars = new LinkedHashMap<>();
						WarehouseRows.ofPath(warehouse.measures(), input)
							.forEach(row -> stars.put(String.valueOf(row.get("code")), row.get("star_rating")));
						Map<String, Object> expected = new LinkedHashMap<>(SampleReport.STARS);
						expected.put("I-2-2", null);
						assertThat(stars).as("star ratings of the measures of %s", input.relativePath()).isEqualTo(expected);
					}));
	}

	@Test
	void nulBytesLateInAReportAreStrippedAndReported() {
		HostileCase input = tree.get(HostileTree.NUL_LATE_REPORT);
		assertThat(WarehouseRows.ofPath(warehouse.activities(), input))
			.as("activities of %s", input.relativePath())
			.filteredOn(row -> "I-1-2".equals(row.get("code")))
			.extracting(row -> String.valueOf(row.get("text")))
			.singleElement().asString()
			.doesNotContain("\0").contains(SampleReport.CASHLESS_ACTIVITY);
		assertThat(WarehouseRows.ofPath(warehouse.findings(), input))
			.as("findings of %s", input.relativePath())
			.anySatisfy(row -> assertThat(findingText(row).toLowerCase(Locale.ROOT)).containsAnyOf("nul", "0x00", "u+0000"));
	}

	@Test
	void theSameBytesUnderTwoNamesAreBothListed() throws Exception {
		String sha256 = sha256(SampleReport.FILE);
		for (String path : List.of(HostileTree.SAMPLE_REPORT, HostileTree.DUPLICATE_REPORT)) {
			assertThat(ofInput(documents, tree.get(path))).as("export documents rows of %s", path)
				.anySatisfy(row -> assertThat(row.get("sha256")).isEqualTo(sha256));
		}
	}

	@Test
	void anOlderCopyWithItsStarsStrippedDoesNotReplaceTheReportAndIsReported() throws Exception {
		String good = sha256(SampleReport.FILE);
		List<Map<String, Object>> versions = warehouse.documents().stream()
			.filter(row -> "pledge_report".equals(row.get("kind")) && MUNICIPALITY.equals(row.get("municipality_code"))
					&& Integer.valueOf(2024).equals(row.get("fiscal_year")))
			.toList();
		assertThat(versions).as("current FY2024 pledge reports").filteredOn(row -> Boolean.TRUE.equals(row.get("current")))
			.isNotEmpty()
			.allSatisfy(row -> assertThat(row.get("sha256")).as("the current report is the sample's, with its stars").isEqualTo(good));
		HostileCase stripped = tree.get(HostileTree.STRIPPED_REPORT);
		assertThat(WarehouseRows.ofPath(versions, stripped)).as("the stripped copy is stored, not current").singleElement()
			.satisfies(row -> assertThat(row.get("current")).isEqualTo(false));
		String strippedName = Path.of(HostileTree.STRIPPED_REPORT).getFileName().toString();
		List<String> goodNames = versions.stream().filter(row -> good.equals(row.get("sha256")))
			.map(row -> Path.of(String.valueOf(row.get("path"))).getFileName().toString()).distinct().toList();
		List<String> findings = new ArrayList<>();
		boolean linked = false;
		for (Map<String, Object> finding : warehouse.findings()) {
			Map<String, Object> version = versions.stream().filter(v -> v.get("path").equals(finding.get("path"))).findFirst()
				.orElse(null);
			if (version == null) {
				continue;
			}
			String text = findingText(finding);
			findings.add(version.get("path") + ": " + text);
			boolean onStripped = stripped.matches(String.valueOf(version.get("path")));
			linked |= onStripped ? goodNames.stream().anyMatch(text::contains) : text.contains(strippedName);
		}
		assertThat(linked).as("a finding on the stripped copy names the current report, or one on the report names the copy;"
				+ " findings on the FY2024 reports:\n%s", String.join("\n", findings)).isTrue();
	}

	@Test
	void aFileNameInCp932BytesIsDecodedOrEscaped() {
		HostileCase input = tree.get("hostile/" + HostileTree.CP932_NAME_PREFIX + "<" + HostileTree.CP932_NAME_TEXT
				+ " in CP932>.txt");
		List<String> paths = Stream.concat(ofInput(documents, input).stream(), ofInput(quarantine, input).stream())
			.map(row -> row.get("path")).toList();
		assertThat(paths).as("exported paths of the CP932-named file").singleElement().satisfies(path -> {
			String name = path.substring(path.lastIndexOf('/') + 1);
			assertThat(name).as("no replacement characters: decoded or escaped").doesNotContain("\uFFFD");
			String hex = name.toLowerCase(Locale.ROOT).replaceAll("[^0-9a-f]", "");
			String digits = name.replaceAll("[^0-9]", "");
			assertThat(name.contains(HostileTree.CP932_NAME_TEXT) || hex.contains("95f18d908f91")
					|| digits.contains("225361215220217221"))
				.as("%s names 報告書 decoded from CP932, or its bytes 95 f1 8d 90 8f 91 escaped", name).isTrue();
		});
	}

	@Test
	void anUnreadableFileAndFolderAreQuarantinedAndTheRestIsRead() {
		CiPrerequisite.require(user.permissionsApply(),
				() -> "unreadable inputs not tested: the application runs as " + user.whyPermissionsDoNotApply());
		for (String path : List.of(HostileTree.UNREADABLE_FILE, HostileTree.UNREADABLE_FOLDER)) {
			assertThat(ofInput(quarantine, tree.get(path))).as("quarantine rows of %s; seen: %s", path, outcomeOf(tree.get(path)))
				.singleElement()
				.satisfies(row -> assertThat(row.get("reason").toLowerCase(Locale.ROOT)).contains("permission denied"));
		}
		assertThat(ofInput(documents, tree.get(HostileTree.SAMPLE_REPORT))).as("the rest of the tree is read").isNotEmpty();
	}

	@Test
	void exportsPrintTheirCsvAloneOnStandardOutput() {
		Map<Govreview.Result, String> headers = Map.of(documentsExport, "document_id,", quarantineExport, "path,", ratingsExport,
				"municipality_code,");
		headers.forEach((export, header) -> {
			assertThat(export.exitCode()).as(export.describe()).isZero();
			assertThat(export.stdout()).as("standard output of govreview %s starts with the header", export.args())
				.startsWith(header);
			assertThat(CsvOutput.parse(export.stdout())).as("records of govreview %s", export.args()).isNotEmpty();
		});
	}

	@Test
	void formulaLikeCommentsAreNeutralisedInTheRatingsExport() {
		assertThat(ratingsExport.exitCode()).as(ratingsExport.describe()).isZero();
		List<String> comments = CsvOutput.parseFrom(ratingsExport.stdout(), "municipality_code,").stream()
			.filter(row -> MUNICIPALITY.equals(row.get("municipality_code"))
					&& Integer.toString(HostileTree.SPACED_NAME_YEAR).equals(row.get("fiscal_year")))
			.map(row -> row.get("comment")).toList();
		assertThat(comments).as("comments of the FY%d rating sheet", HostileTree.SPACED_NAME_YEAR)
			.containsExactlyInAnyOrderElementsOf(HostileWorkbooks.FORMULA_COMMENTS.stream().map(comment -> "'" + comment).toList());
		assertThat(CsvOutput.parseFrom(ratingsExport.stdout(), "municipality_code,")).extracting(row -> row.get("comment"))
			.as("a comment that is no formula is left as it is").contains("対象手続の拡大を前倒しで達成");
	}

	@Test
	void aKillDuringIngestAndAFileAddedBeforeTheRestartLeaveEveryFileIngestedOnce(@TempDir Path killed) throws Exception {
		Path source = killed.resolve("in");
		copySamples(source.resolve("samples"));
		for (int year : List.of(2021, 2022, 2023)) {
			write(source.resolve("reports/report-FY" + year + ".txt"), SampleReport.forFiscalYear(year));
		}
		write(source.resolve("reports/empty.txt"), "");
		Path data = killed.resolve("data");
		Govreview govreview = new Govreview(RunAs.self(), killed.resolve("scratch"));

		Govreview.Result halted = govreview.withJvmOptions("-Dgovreview.fault.halt-at=ingest:3").run("run", "nightly",
				"--source", source.toString(), "--out", killed.resolve("out").toString(), "--data-dir", data.toString());
		assertThat(halted.exitCode()).as(halted.describe()).isEqualTo(137);
		// sorts first: a restart that counts positions would skip it
		write(source.resolve("a-added/report-FY2020.txt"), SampleReport.forFiscalYear(2020));

		Govreview.Result restarted = govreview.run("restart", "1", "--data-dir", data.toString());
		assertThat(restarted.exitCode()).as(restarted.describe()).isZero();
		assertThat(restarted.stdout() + restarted.stderr()).as(restarted.describe()).containsPattern("\\): COMPLETED");

		List<String> listed = new ArrayList<>();
		Govreview.Result documentRows = govreview.run("export", "documents", "--format", "csv", "--data-dir", data.toString());
		exported(documentRows, "document_id,").forEach(row -> listed.add(row.get("path")));
		Govreview.Result quarantineRows = govreview.run("export", "quarantine", "--format", "csv", "--data-dir", data.toString());
		exported(quarantineRows, "path,").forEach(row -> listed.add(row.get("path")));
		try (Stream<Path> files = Files.walk(source)) {
			List<String> all = files.filter(Files::isRegularFile).map(Path::toString).sorted().toList();
			assertThat(all).hasSize(9);
			assertThat(all).as("rows per file in export documents and export quarantine: %s", listed)
				.allSatisfy(file -> assertThat(listed.stream().filter(file::equals)).as(file).hasSize(1));
		}
		assertThat(exported(documentRows, "document_id,")).as("the file added before the restart")
			.anySatisfy(row -> {
				assertThat(row.get("path")).endsWith("/a-added/report-FY2020.txt");
				assertThat(row.get("fiscal_year")).isEqualTo("2020");
			});
	}

	@Test
	void aSecondCommandDuringANightlyNeitherStopsItNorPrintsAStackTrace(@TempDir Path busy) throws Exception {
		Path source = busy.resolve("in");
		copySamples(source.resolve("samples"));
		for (int year : List.of(2021, 2022, 2023)) {
			write(source.resolve("reports/report-FY" + year + ".txt"), SampleReport.forFiscalYear(year));
		}
		Path data = busy.resolve("data");
		Govreview govreview = new Govreview(RunAs.self(), busy.resolve("scratch"));
		Govreview.Running nightly = govreview.start("run", "nightly", "--source", source.toString(), "--out",
				busy.resolve("out").toString(), "--data-dir", data.toString());
		String server = awaitStartedExecution(data.resolve("postgres"), nightly);
		// the nightly is held where it is (its server keeps running) until the second command has finished
		signal("STOP", nightly.process());
		Govreview.Result second;
		String serverAfterwards;
		try {
			second = govreview.start("executions", "--data-dir", data.toString()).await(Duration.ofMinutes(3));
			serverAfterwards = newConnection(server);
		}
		finally {
			signal("CONT", nightly.process());
		}
		Govreview.Result first = nightly.await();
		System.err.println("a second command during a nightly: govreview executions exited " + second.exitCode()
				+ "\n--- stdout:\n" + second.stdout() + "--- stderr:\n" + second.stderr());

		assertThat(first.exitCode()).as("the nightly, after a second command\n" + first.describe()).isZero();
		assertThat(first.stdout() + first.stderr()).containsPattern("\\): COMPLETED");
		assertThat(serverAfterwards).as("the nightly's server still takes new connections after the second command (not"
				+ " signalled to shut down)").isEqualTo("accepted");
		assertThat(second.stdout() + second.stderr()).as("no stack trace from the second command\n" + second.describe())
			.doesNotContainPattern("(?m)^\\s+at |Caused by:");
		if (second.exitCode() == 0) {
			assertThat(second.stdout()).as("executions lists the running nightly").containsPattern("(?m)^\\s*1\\s+nightly\\s+STARTED");
		}
		else {
			assertThat(second.stderr().lines().filter(line -> !line.isBlank()).toList())
				.as("a refusal is one line on standard error naming the other process (pid %d)\n%s", nightly.process().pid(),
						second.describe())
				.singleElement().asString().contains(Long.toString(nightly.process().pid()));
		}
	}

	/** "accepted", or why a new connection to the server at this JDBC URL failed. */
	private static String newConnection(String url) {
		try (Connection connection = DriverManager.getConnection(url, "postgres", "");
				ResultSet rs = connection.createStatement().executeQuery("SELECT 1")) {
			return rs.next() ? "accepted" : "no row";
		}
		catch (SQLException ex) {
			return ex.getMessage();
		}
	}

	/** Waits until the nightly's job execution has started; returns the JDBC URL of its server. */
	private static String awaitStartedExecution(Path postgres, Govreview.Running nightly) throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
		while (Instant.now().isBefore(deadline)) {
			if (!nightly.process().isAlive()) {
				throw new AssertionError("the nightly ended before a second command could start\n--- stdout:\n"
						+ nightly.stdoutSoFar() + "\n--- stderr:\n" + nightly.stderrSoFar());
			}
			Path pid = postgres.resolve("postmaster.pid");
			List<String> lines = Files.exists(pid) ? Files.readAllLines(pid) : List.of();
			if (lines.size() >= 8 && lines.get(7).strip().equals("ready")) {
				String url = "jdbc:postgresql://localhost:" + lines.get(3).strip() + "/postgres";
				try (Connection connection = DriverManager.getConnection(url, "postgres", "");
						ResultSet rs = connection.createStatement().executeQuery(
								"SELECT count(*) FROM batch_job_execution WHERE status = 'STARTED'")) {
					if (rs.next() && rs.getInt(1) > 0) {
						return url;
					}
				}
				catch (SQLException ex) {
					// the schema is not there yet
				}
			}
			Thread.sleep(50);
		}
		throw new AssertionError("the nightly's job execution did not start in 3 minutes");
	}

	private static void signal(String signal, Process process) {
		String failure = RunAs.run(List.of("kill", "-" + signal, Long.toString(process.pid())));
		if (failure != null) {
			throw new IllegalStateException("kill -" + signal + " " + process.pid() + ": " + failure);
		}
	}

	private static List<Map<String, String>> exported(Govreview.Result export, String headerStart) {
		assertThat(export.exitCode()).as(export.describe()).isZero();
		return CsvOutput.parseFrom(export.stdout(), headerStart);
	}

	/** The export's rows, or none when it failed or printed no header: the tests that need them say so. */
	private static List<Map<String, String>> rowsOrNone(Govreview.Result export, String headerStart) {
		try {
			return CsvOutput.parseFrom(export.stdout(), headerStart);
		}
		catch (IllegalArgumentException ex) {
			return List.of();
		}
	}

	private static List<Map<String, String>> ofInput(List<Map<String, String>> rows, HostileCase input) {
		return rows.stream().filter(row -> input.matches(row.get("path"))).toList();
	}

	private static String outcomeOf(HostileCase input) {
		List<String> seen = new ArrayList<>();
		for (Map<String, String> row : ofInput(documents, input)) {
			seen.add(row.get("kind") + " " + row.get("municipality_code") + " FY" + row.get("fiscal_year")
					+ ("true".equals(row.get("current")) ? " current" : " superseded"));
		}
		for (Map<String, String> row : ofInput(quarantine, input)) {
			String reason = Objects.requireNonNullElse(row.get("reason"), "").replace(row.get("path"), "PATH").replace('\n', ' ');
			seen.add("quarantined: " + (reason.length() > 140 ? reason.substring(0, 140) + "…" : reason));
		}
		return seen.isEmpty() ? "MISSING from both exports" : String.join("; ", seen);
	}

	private static String findingText(Map<String, Object> row) {
		return row.get("location") + " " + row.get("message") + " " + row.get("value");
	}

	private static void copySamples(Path target) throws IOException {
		try (Stream<Path> files = Files.walk(SampleReport.SAMPLES)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Path copy = target.resolve(SampleReport.SAMPLES.relativize(file).toString());
				Files.createDirectories(copy.getParent());
				Files.copy(file, copy);
			}
		}
	}

	private static void write(Path file, String text) throws IOException {
		Files.createDirectories(file.getParent());
		Files.writeString(file, text, StandardCharsets.UTF_8);
	}

	private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
	}
}
