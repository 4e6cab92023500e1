package org.govreview.writers.warehouse;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Records a document that could not be ingested, with its path, checksum and the reason (which names the place
 * and the value). The same file quarantined again changes no row. NUL characters, which PostgreSQL refuses in
 * text, are written as {@code \\0}. Thread-safe.
 */
public final class QuarantineWriter {

	private final JdbcClient jdbc;

	public QuarantineWriter(DataSource dataSource) {
		this.jdbc = JdbcClient.create(dataSource);
	}

	/** @return true when this is the first time this path and content were quarantined */
	public boolean quarantine(String path, String sha256, String reason, Long jobExecutionId) {
		return jdbc.sql("""
				INSERT INTO quarantine (path, sha256, reason, job_execution_id) VALUES (?, ?, ?, ?)
				ON CONFLICT (path, sha256) DO NOTHING""")
			.params(withoutNul(path), sha256, withoutNul(reason), jobExecutionId).update() > 0;
	}

	private static String withoutNul(String text) {
		return text == null ? null : text.replace("\u0000", "\\0");
	}
}
