package org.govreview.writers.warehouse;

import java.util.List;
import java.util.Optional;

import org.govreview.domain.document.DocumentKind;
import org.govreview.domain.document.Finding;
import org.govreview.domain.fiscal.FiscalYear;
import org.govreview.domain.municipality.Municipality;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The source_document rows: finding the current version of a document, superseding it, recording a new one
 * with its findings. Runs in the caller's transaction.
 */
final class DocumentVersions {

	private final JdbcClient jdbc;

	DocumentVersions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean alreadyCurrent(DocumentKind kind, String sha256) {
		return jdbc.sql("SELECT count(*) FROM source_document WHERE kind = ? AND sha256 = ? AND superseded_at IS NULL")
			.params(kind.id(), sha256).query(Long.class).single() > 0;
	}

	Optional<Long> current(DocumentKind kind, String municipalityCode, int fiscalYear, String scope) {
		return jdbc.sql("""
				SELECT id FROM source_document
				WHERE kind = ? AND municipality_code = ? AND fiscal_year = ? AND scope = ? AND superseded_at IS NULL""")
			.params(kind.id(), municipalityCode, fiscalYear, scope).query(Long.class).optional();
	}

	void ensureMunicipality(Municipality municipality) {
		jdbc.sql("""
				INSERT INTO municipality (code, name) VALUES (?, ?)
				ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name WHERE municipality.name IS DISTINCT FROM EXCLUDED.name""")
			.params(municipality.code().value(), municipality.name()).update();
	}

	void ensureFiscalYear(FiscalYear fiscalYear) {
		jdbc.sql("INSERT INTO fiscal_year (year, starts_on, ends_on, label) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
			.params(fiscalYear.year(), fiscalYear.start(), fiscalYear.end(), fiscalYear.japaneseLabel()).update();
	}

	/**
	 * Records a new version. The previous one, if any, loses its facts (cascading from {@code factTables}) and is
	 * marked superseded by the new row, in the caller's transaction.
	 */
	long record(DocumentKind kind, DocumentRef ref, String municipalityCode, int fiscalYear, String scope,
			Long jobExecutionId, List<String> factTables, Optional<Long> previous) {
		previous.ifPresent(old -> {
			for (String table : factTables) {
				jdbc.sql("DELETE FROM " + table + " WHERE document_id = ?").param(old).update();
			}
			jdbc.sql("DELETE FROM document_finding WHERE document_id = ?").param(old).update();
			jdbc.sql("UPDATE source_document SET superseded_at = now() WHERE id = ?").param(old).update();
		});
		long id = jdbc.sql("""
				INSERT INTO source_document (kind, path, sha256, municipality_code, fiscal_year, scope, origin, job_execution_id)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(kind.id(), ref.path(), ref.sha256(), municipalityCode, fiscalYear, scope, ref.origin(), jobExecutionId)
			.query(Long.class).single();
		previous.ifPresent(old -> jdbc.sql("UPDATE source_document SET superseded_by = ? WHERE id = ?").params(id, old).update());
		return id;
	}

	void findings(long documentId, List<Finding> findings) {
		for (Finding finding : findings) {
			jdbc.sql("INSERT INTO document_finding (document_id, severity, location, message, value) VALUES (?, ?, ?, ?, ?)")
				.params(documentId, finding.severity().name(), finding.location(), finding.message(), finding.value())
				.update();
		}
	}
}
