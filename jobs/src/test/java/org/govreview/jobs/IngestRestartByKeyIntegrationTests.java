package org.govreview.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Kills the packaged application (as kill -9 would) in the middle of the ingest step, changes the source tree (a
 * file added before the position, a file not yet read removed), restarts the execution, and checks that every file
 * was ingested exactly once, the added one included, and that the removed one is reported rather than skipped
 * silently.
 */
class IngestRestartByKeyIntegrationTests {

	@TempDir
	Path work;

	@Test
	void aRestartAfterTheSourceChangedIngestsEveryFileExactlyOnce() throws Exception {
		assertThat(GovreviewProcess.JAR).as("the packaged application (mvn package runs before the integration tests)").exists();
		Path source = SourceFixtures.copySamples(work.resolve("in"));
		Files.writeString(source.resolve("a-minutes.txt"), "議事録\n令和6年度 第1回 定例会\n", StandardCharsets.UTF_8);
		SourceFixtures.nextYearReport(source.resolve("sakuragaoka/pledge-report-FY2025.txt"));
		Files.writeString(source.resolve("zz-notes.txt"), "メモ\n", StandardCharsets.UTF_8);
		Path data = work.resolve("data");

		GovreviewProcess killed = GovreviewProcess.run(List.of("-Dgovreview.fault.halt-at=ingest:3"), "run", "nightly", "--source",
				source.toString(), "--out", work.resolve("out").toString(), "--data-dir", data.toString());
		assertThat(killed.exitValue()).as(killed.describe()).isEqualTo(137);

		Path added = source.resolve("0-added/pledge-report-FY2026.txt");
		Files.createDirectories(added.getParent());
		Files.writeString(added, Files.readString(SourceFixtures.SAMPLE_REPORT).replace("令和6年度", "令和8年度")
			.replace("令和7年3月", "令和9年3月").replace("令和7年5月", "令和9年5月"));
		Files.delete(source.resolve("zz-notes.txt"));

		GovreviewProcess restart = GovreviewProcess.run("restart", "1", "--data-dir", data.toString());
		String restartOutput = restart.describe();
		assertThat(restart.exitValue()).as(restartOutput).isZero();
		assertThat(restartOutput).contains("job execution 2 (nightly): COMPLETED")
			.contains("removed since the run started, not read: " + source.resolve("zz-notes.txt"));

		List<String> files;
		try (Stream<Path> walk = Files.walk(source)) {
			files = walk.filter(Files::isRegularFile).map(Path::toString).sorted().toList();
		}
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(data.resolve("postgres"))
			.setCleanDataDirectory(false).start()) {
			JdbcClient jdbc = JdbcClient.create(postgres.getPostgresDatabase());
			List<String> ledger = jdbc.sql("""
					SELECT item_key || ' ' || outcome || ' ' || job_execution_id FROM processed_item
					WHERE step_name = 'ingest' ORDER BY item_key""").query(String.class).list();
			List<String> expected = new ArrayList<>();
			expected.add(added + " NEW 2");
			expected.add(source.resolve("a-minutes.txt") + " QUARANTINED 1");
			expected.add(source.resolve("sakuragaoka/pledge-report-FY2024.txt") + " NEW 1");
			expected.add(source.resolve("sakuragaoka/pledge-report-FY2025.txt") + " NEW 2");
			for (String file : files) {
				if (file.contains("rating-sheets")) {
					expected.add(file + " NEW 2");
				}
			}
			expected.add(source.resolve("zz-notes.txt") + " REMOVED 2");
			assertThat(ledger).containsExactlyInAnyOrderElementsOf(expected);
			assertThat(jdbc.sql("SELECT path FROM source_document ORDER BY path").query(String.class).list())
				.as("one document row per file read").doesNotHaveDuplicates().hasSize(files.size() - 1)
				.contains(added.toString());
			assertThat(jdbc.sql("SELECT path FROM quarantine").query(String.class).list())
				.containsExactly(source.resolve("a-minutes.txt").toString());
		}
	}
}
