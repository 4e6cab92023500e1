package org.govreview.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the application in the middle of each step (it halts as kill -9 would, with a chunk written but not
 * committed), restarts the execution with {@code govreview restart ID}, and compares the warehouse and the packs
 * with those of an uninterrupted run over the same sources. Runs the packaged application in its own process.
 */
class CrashRestartIntegrationTests {

	@TempDir
	static Path shared;

	static Path source;

	static Map<String, List<String>> reference;

	static List<String> referencePacks;

	@BeforeAll
	static void uninterruptedRun() throws Exception {
		assertThat(GovreviewProcess.JAR).as("the packaged application (mvn package runs before the integration tests)").exists();
		source = SourceFixtures.copySamples(shared.resolve("in"));
		SourceFixtures.nextYearReport(source.resolve("sakuragaoka/pledge-report-FY2025.txt"));
		Path data = shared.resolve("reference-data");
		GovreviewProcess run = GovreviewProcess.run("run", "nightly", "--source", source.toString(), "--out",
				shared.resolve("reference-out").toString(), "--data-dir", data.toString());
		assertThat(run.exitValue()).as(run.describe()).isZero();
		reference = snapshot(data);
		referencePacks = packTexts(shared.resolve("reference-out"));
	}

	@ParameterizedTest(name = "killed in step {0}")
	@ValueSource(strings = { "ingest:3", "rollup:2", "packs:2" })
	void aRestartAfterAKillEndsWhereAnUninterruptedRunEnds(String haltAt, @TempDir Path work) throws Exception {
		Path data = work.resolve("data");
		Path out = work.resolve("out");

		GovreviewProcess killed = GovreviewProcess.run(List.of("-Dgovreview.fault.halt-at=" + haltAt), "run", "nightly", "--source",
				source.toString(), "--out", out.toString(), "--data-dir", data.toString());
		assertThat(killed.exitValue()).as(killed.describe()).isEqualTo(137);

		GovreviewProcess executions = GovreviewProcess.run("executions", "--status", "STARTED", "--data-dir", data.toString());
		assertThat(executions.describe()).containsPattern("(?m)^1\\s+nightly\\s+STARTED");

		GovreviewProcess restart = GovreviewProcess.run("restart", "1", "--data-dir", data.toString());
		String restartOutput = restart.describe();
		assertThat(restart.exitValue()).as(restartOutput).isZero();
		assertThat(restartOutput).contains("recovering it").contains("job execution 2 (nightly): COMPLETED");

		assertThat(snapshot(data)).isEqualTo(withOutputDirectory(reference, shared.resolve("reference-out"), out));
		assertThat(packTexts(out)).isEqualTo(referencePacks);
		try (Stream<Path> files = Files.list(out)) {
			assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
		}
	}

	private static Map<String, List<String>> snapshot(Path dataDir) throws IOException {
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(dataDir.resolve("postgres"))
			.setCleanDataDirectory(false).start()) {
			return WarehouseSnapshot.of(postgres.getPostgresDatabase());
		}
	}

	private static Map<String, List<String>> withOutputDirectory(Map<String, List<String>> snapshot, Path from, Path to) {
		Map<String, List<String>> copy = new java.util.LinkedHashMap<>(snapshot);
		copy.put("review_pack", snapshot.get("review_pack").stream()
			.map(row -> row.replace(from.toAbsolutePath().toString(), to.toAbsolutePath().toString())).sorted().toList());
		return copy;
	}

	/** Every cell of every pack workbook, the generation time left out. */
	private static List<String> packTexts(Path out) throws IOException {
		List<String> texts = new ArrayList<>();
		try (Stream<Path> files = Files.list(out)) {
			for (Path file : files.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList()) {
				texts.add("== " + file.getFileName());
				NightlyJobIntegrationTests.cellTexts(file).stream()
					.filter(text -> !text.matches(".*\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}.*"))
					.forEach(texts::add);
			}
		}
		return texts;
	}
}
