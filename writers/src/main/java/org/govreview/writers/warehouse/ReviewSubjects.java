package org.govreview.writers.warehouse;

import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.govreview.domain.fiscal.FiscalYear;
import org.govreview.domain.municipality.Municipality;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Lists the {@link ReviewSubject}s in the warehouse, in code and year order. Thread-safe. */
public final class ReviewSubjects {

	private final JdbcClient jdbc;

	public ReviewSubjects(DataSource dataSource) {
		this.jdbc = JdbcClient.create(dataSource);
	}

	/** The subjects with a current pledge report: the ones a roll-up is computed for. */
	public List<ReviewSubject> withPledgeReport() {
		return list("""
				SELECT d.municipality_code, m.name, d.fiscal_year FROM source_document d
				JOIN municipality m ON m.code = d.municipality_code
				WHERE d.kind = 'pledge_report' AND d.superseded_at IS NULL
				ORDER BY d.municipality_code, d.fiscal_year""");
	}

	/**
	 * Every municipality and fiscal year a pack is written for: those of the current documents (rating sheets aside,
	 * they rate a report), and the destinations of inspection visits in the fiscal year of the visit.
	 */
	public List<ReviewSubject> all() {
		return list("""
				SELECT s.code, m.name, s.year FROM (
				    SELECT municipality_code AS code, fiscal_year AS year FROM source_document
				    WHERE kind <> 'rating_sheet' AND superseded_at IS NULL
				    UNION
				    SELECT v.destination_code,
				           CAST(extract(year FROM v.visit_date) AS INTEGER) - CASE WHEN extract(month FROM v.visit_date) < 4 THEN 1 ELSE 0 END
				    FROM inspection_visit v JOIN source_document d ON d.id = v.document_id
				    WHERE d.superseded_at IS NULL AND v.destination_code IS NOT NULL AND v.visit_date IS NOT NULL
				) s JOIN municipality m ON m.code = s.code
				ORDER BY s.code, s.year""");
	}

	private List<ReviewSubject> list(String sql) {
		return jdbc.sql(sql)
			.query((rs, n) -> new ReviewSubject(Municipality.of(rs.getString(1), rs.getString(2)),
					FiscalYear.of(rs.getInt(3))))
			.list();
	}

	public Optional<ReviewSubject> find(String municipalityCode, int fiscalYear) {
		return all().stream()
			.filter(s -> s.municipality().code().value().equals(municipalityCode) && s.fiscalYear().year() == fiscalYear)
			.findFirst();
	}

	/** Measure codes of the current report, the policy codes a rating sheet may use. */
	public List<String> policyCodes(String municipalityCode, int fiscalYear) {
		return jdbc.sql("""
				SELECT me.code FROM measure me JOIN source_document d ON d.id = me.document_id
				WHERE d.municipality_code = ? AND d.fiscal_year = ? AND d.superseded_at IS NULL ORDER BY me.id""")
			.params(municipalityCode, fiscalYear).query(String.class).list();
	}

	/** Initiative codes of the municipality's current action plans, the codes indicator actuals refer to. */
	public List<String> initiativeCodes(String municipalityCode) {
		return jdbc.sql("""
				SELECT i.code FROM initiative i JOIN source_document d ON d.id = i.document_id
				WHERE d.municipality_code = ? AND d.superseded_at IS NULL ORDER BY i.id""")
			.param(municipalityCode).query(String.class).list();
	}
}
