package org.govreview.writers.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Test fixture: one real PostgreSQL for a test class, started from Maven-provided binaries, with the warehouse
 * migrations applied. {@link #clear()} empties the documents and everything that hangs off them.
 */
final class WarehouseDatabase implements AutoCloseable {

	private final EmbeddedPostgres postgres;

	private WarehouseDatabase(EmbeddedPostgres postgres) {
		this.postgres = postgres;
	}

	static WarehouseDatabase start() {
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
			Flyway.configure().dataSource(postgres.getPostgresDatabase()).locations("classpath:db/migration").load().migrate();
			return new WarehouseDatabase(postgres);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	DataSource dataSource() {
		return postgres.getPostgresDatabase();
	}

	JdbcClient jdbc() {
		return JdbcClient.create(dataSource());
	}

	void clear() {
		jdbc().sql("TRUNCATE source_document, department, municipality, fiscal_year CASCADE").update();
	}

	@Override
	public void close() throws IOException {
		postgres.close();
	}
}
