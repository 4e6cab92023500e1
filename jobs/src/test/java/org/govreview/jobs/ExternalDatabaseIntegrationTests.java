package org.govreview.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * With {@code --db-url} the application uses that PostgreSQL server and starts none of its own: here a server the
 * test runs stands for the installation's.
 */
class ExternalDatabaseIntegrationTests {

	@Test
	void runsTheNightlyJobOnAnExternalServerNamedByDbUrl(@TempDir Path work) throws Exception {
		try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
			String url = server.getJdbcUrl("postgres", "postgres");
			Path dataDir = work.resolve("unused-data-dir");

			int status = GovreviewApplication.run(new String[] { "run", "nightly", "--source",
					SourceFixtures.SAMPLE_REPORT.toString(), "--out", work.resolve("out").toString(), "--db-url", url,
					"--data-dir", dataDir.toString() });

			assertThat(status).isZero();
			assertThat(JdbcClient.create(server.getPostgresDatabase())
				.sql("SELECT municipality_code || ' ' || fiscal_year FROM source_document").query(String.class).list())
				.containsExactly("999997 2024");
			assertThat(dataDir.resolve("postgres")).doesNotExist();
		}
	}
}
