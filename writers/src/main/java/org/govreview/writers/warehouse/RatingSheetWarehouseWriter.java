package org.govreview.writers.warehouse;

import javax.sql.DataSource;

import org.govreview.domain.document.DocumentKind;
import org.govreview.domain.municipality.Municipality;
import org.govreview.domain.rating.ActivityRating;
import org.govreview.domain.rating.IndicatorActual;
import org.govreview.domain.rating.RatingSheet;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes a department's {@link RatingSheet} into the warehouse: its valid ratings and the findings on its rejected
 * rows. A sheet's version is per municipality, fiscal year and department: of two sheets from the same department the later
 * one (by file modification time: a workbook states no issued date) is current ({@link DocumentVersions}). Idempotent, transactional and thread-safe like {@link PledgeReportWarehouseWriter}.
 */
public final class RatingSheetWarehouseWriter {

	private final JdbcClient jdbc;

	private final DocumentVersions versions;

	public RatingSheetWarehouseWriter(DataSource dataSource) {
		this.jdbc = JdbcClient.create(dataSource);
		this.versions = new DocumentVersions(jdbc);
	}

	public IngestOutcome write(RatingSheet sheet, Municipality municipality, DocumentRef ref, Long jobExecutionId) {
		if (versions.alreadyStored(DocumentKind.RATING_SHEET, ref.sha256())) {
			return IngestOutcome.UNCHANGED;
		}
		String code = municipality.code().value();
		int fiscalYear = sheet.fiscalYear().year();
		versions.ensureFiscalYear(sheet.fiscalYear());
		versions.ensureMunicipality(municipality);
		DocumentVersions.Placed placed = versions.record(new DocumentVersions.Version(DocumentKind.RATING_SHEET, ref, null,
				code, fiscalYear, sheet.department(),
				FactCounts.of("ratings", sheet.ratings().size(), "indicator actuals", sheet.actuals().size())), jobExecutionId);
		long documentId = placed.documentId();
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
		versions.findings(documentId, sheet.findings(), jobExecutionId);
		return placed.outcome();
	}
}
