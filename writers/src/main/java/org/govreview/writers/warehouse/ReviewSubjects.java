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

	public List<ReviewSubject> all() {
		return jdbc.sql("""
				SELECT d.municipality_code, m.name, d.fiscal_year FROM source_document d
				JOIN municipality m ON m.code = d.municipality_code
				WHERE d.kind = 'pledge_report' AND d.superseded_at IS NULL
				ORDER BY d.municipality_code, d.fiscal_year""")
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
}
