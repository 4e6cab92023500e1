package org.govreview.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * One data directory, one server: a second command while a nightly runs uses the nightly's PostgreSQL or is refused
 * with one line, and never stops it; only a server provably left by a dead govreview process is stopped. Runs the
 * packaged application in its own processes.
 */
class DataDirectoryOwnershipIntegrationTests {

	@TempDir
	Path work;

	@Test
	void aSecondCommandDuringANightlyReadsThroughItsServerAndASecondNightlyIsRefused() throws Exception {
		Path data = work.resolve("data");
		Path release = work.resolve("release");
		GovreviewProcess nightly = GovreviewProcess.start(List.of("-Dgovreview.fault.wait-before=packs:" + release),
				"run", "nightly", "--source", SourceFixtures.SAMPLES.toString(), "--out", work.resolve("out").toString(),
				"--data-dir", data.toString(), "--municipality", "042072,012335", "--municipality", "072133");
		try {
			nightly.awaitStderr("waiting before step packs");
			Map<String, String> lock = lockFile(data);
			assertThat(lock).containsEntry("pid", Long.toString(nightly.pid())).containsKey("port");
			long serverPid = serverPid(data);

			try (Connection connection = DriverManager.getConnection(
					"jdbc:postgresql://localhost:" + lock.get("port") + "/postgres", "postgres", "")) {
				JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
				assertThat(jdbc.sql("SHOW fsync").query(String.class).single()).isEqualTo("on");
				assertThat(jdbc.sql("SHOW synchronous_commit").query(String.class).single()).isEqualTo("on");
				assertThat(jdbc.sql("""
						SELECT parameter_value || ' ' || parameter_type || ' ' || identifying FROM batch_job_execution_params
						WHERE parameter_name = 'municipality'""").query(String.class).list())
					.containsExactly("042072,012335,072133 java.lang.String N");
			}

			GovreviewProcess executions = GovreviewProcess.run("executions", "--data-dir", data.toString());
			assertThat(executions.exitValue()).as(executions.describe()).isZero();
			assertThat(executions.stdout()).as(executions.describe())
				.startsWith("ID ")
				.containsPattern("(?m)^1\\s+nightly\\s+STARTED\\s");
			assertThat(executions.stderr()).as(executions.describe())
				.contains("is in use by govreview process " + nightly.pid() + " (run nightly --source")
				.contains("reading through its PostgreSQL on port " + lock.get("port"));

			GovreviewProcess second = GovreviewProcess.run("run", "nightly", "--source", SourceFixtures.SAMPLES.toString(),
					"--data-dir", data.toString());
			assertThat(second.exitValue()).as(second.describe()).isEqualTo(3);
			assertThat(second.stdout()).as(second.describe()).isEmpty();
			assertThat(second.stderr().lines().toList()).as(second.describe()).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
				.matches("govreview: data directory " + java.util.regex.Pattern.quote(data.toAbsolutePath().normalize().toString())
						+ " is in use by govreview process " + nightly.pid()
						+ " \\(run nightly --source .*\\) since \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d; run this again when it has finished");

			assertThat(ProcessHandle.of(serverPid)).as("the nightly's PostgreSQL is still running").hasValueSatisfying(
					server -> assertThat(server.isAlive()).isTrue());
			Files.createFile(release);
			nightly.waitForExit();
			assertThat(nightly.exitValue()).as(nightly.describe()).isZero();
			assertThat(nightly.stdout()).contains("job execution 1 (nightly): COMPLETED");
		}
		finally {
			nightly.process().destroyForcibly();
		}
	}

	@Test
	void anOrphanedServerOfThisDirectoryIsStoppedAndTheNextRunSucceeds() throws Exception {
		Path data = work.resolve("data");
		GovreviewProcess killed = GovreviewProcess.start(
				List.of("-Dgovreview.fault.wait-before=ingest:" + work.resolve("never")), "run", "nightly", "--source",
				SourceFixtures.SAMPLES.toString(), "--out", work.resolve("out").toString(), "--data-dir", data.toString());
		killed.awaitStderr("waiting before step ingest");
		long orphan = serverPid(data);
		killed.process().destroyForcibly().waitFor(1, TimeUnit.MINUTES);
		assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).as("PostgreSQL outlives kill -9 of its JVM")
			.contains(true);

		GovreviewProcess next = GovreviewProcess.run("run", "nightly", "--source", SourceFixtures.SAMPLES.toString(),
				"--out", work.resolve("out").toString(), "--data-dir", data.toString());

		assertThat(next.exitValue()).as(next.describe()).isZero();
		assertThat(next.stdout()).contains("job execution 2 (nightly): COMPLETED");
		assertThat(next.stderr()).contains("stopping PostgreSQL (pid " + orphan + ")");
		assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).isNotEqualTo(Optional.of(true));
	}

	@Test
	void aStalePidFileNamingAnUnrelatedProcessIsNotSignalled() throws Exception {
		Path data = work.resolve("data");
		GovreviewProcess first = GovreviewProcess.run("executions", "--data-dir", data.toString());
		assertThat(first.exitValue()).as(first.describe()).isZero();
		Path pidFile = data.resolve("postgres/postmaster.pid");
		assertThat(pidFile).as("the server stopped cleanly").doesNotExist();
		Process unrelated = new ProcessBuilder("sleep", "600").start();
		try {
			Files.writeString(pidFile, unrelated.pid() + "\n" + data.resolve("postgres") + "\n1764600000\n5432\n/tmp\nlocalhost\n"
					+ "  5432001      7\nready   \n", StandardCharsets.US_ASCII);

			GovreviewProcess next = GovreviewProcess.run("executions", "--data-dir", data.toString());

			assertThat(next.exitValue()).as(next.describe()).isZero();
			assertThat(next.stderr()).contains("names pid " + unrelated.pid() + ", which is not this directory's PostgreSQL");
			assertThat(unrelated.isAlive()).as("the unrelated process named by the stale pid file").isTrue();
		}
		finally {
			unrelated.destroyForcibly();
		}
	}

	private static Map<String, String> lockFile(Path data) throws Exception {
		return Files.readAllLines(data.resolve("govreview.lock")).stream()
			.filter(line -> line.contains("="))
			.collect(Collectors.toMap(line -> line.substring(0, line.indexOf('=')), line -> line.substring(line.indexOf('=') + 1)));
	}

	private static long serverPid(Path data) throws Exception {
		return Long.parseLong(Files.readAllLines(data.resolve("postgres/postmaster.pid")).get(0).strip());
	}
}
