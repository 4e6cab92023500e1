package org.govreview.writers.warehouse;

import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.govreview.domain.document.DocumentKind;
import org.govreview.domain.municipality.Municipality;
import org.govreview.domain.rating.ActivityRating;
import org.govreview.domain.rating.IndicatorActual;
import org.govreview.domain.rating.RatingSheet;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes a department's {@link RatingSheet} into the warehouse: its valid ratings and the findings on its rejected
 * rows. A sheet's version is per municipality, fiscal year and department: a new sheet from the same department
 * replaces its earlier ratings. Idempotent, transactional and thread-safe like {@link PledgeReportWarehouseWriter}.
 */
public final class RatingSheetWarehouseWriter {

	private final JdbcClient jdbc;

	private final DocumentVersions versions;

	public RatingSheetWarehouseWriter(DataSource dataSource) {
		this.jdbc = JdbcClient.create(dataSource);
		this.versions = new DocumentVersions(jdbc);
	}

	public IngestOutcome write(RatingSheet sheet, Municipality municipality, DocumentRef ref, Long jobExecutionId) {
		if (versions.alreadyCurrent(DocumentKind.RATING_SHEET, ref.sha256())) {
			return IngestOutcome.UNCHANGED;
		}
		String code = municipality.code().value();
		int fiscalYear = sheet.fiscalYear().year();
		versions.ensureFiscalYear(sheet.fiscalYear());
		versions.ensureMunicipality(municipality);
		Optional<Long> previous = versions.current(DocumentKind.RATING_SHEET, code, fiscalYear, sheet.department());
		long documentId = versions.record(DocumentKind.RATING_SHEET, ref, code, fiscalYear, sheet.department(),
				jobExecutionId, List.of("rating", "indicator_actual"), previous);
		for (ActivityRating rating : sheet.ratings()) {
			jdbc.sql("""
					INSERT INTO rating (document_id, policy_code, activity, department, rating, comment, location)
					VALUES (?, ?, ?, ?, ?, ?, ?)""")
				.params(documentId, rating.policyCode(), rating.activity(), rating.department(), rating.rating(),
						rating.comment() == null ? "" : rating.comment(), rating.location())
				.update();
		}
		for (IndicatorActual actual : sheet.actuals()) {
			Object[] value = ValueColumns.of(actual.value());
			jdbc.sql("""
					INSERT INTO indicator_actual (document_id, initiative_code, indicator, year, value_kind, value, unit, word,
					    raw, location) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(documentId, actual.initiativeCode(), actual.indicator(), actual.year(),
						value[0] == null ? "ABSENT" : value[0], value[1], value[2], value[3], value[4], actual.location())
				.update();
		}
		versions.findings(documentId, sheet.findings());
		return previous.isPresent() ? IngestOutcome.REPLACED : IngestOutcome.NEW;
	}
}
