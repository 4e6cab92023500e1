package org.govreview.writers.warehouse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.govreview.domain.rating.IndicatorSheetRow;
import org.govreview.domain.rating.RatingSheetRow;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rows to pre-fill each department's rating sheet with: every activity of every measure the department is
 * named for in the current report (a measure without activities gets one row with an empty activity). Read-only;
 * thread-safe.
 */
public final class RatingSheetRowsQuery {

	private final JdbcClient jdbc;

	public RatingSheetRowsQuery(DataSource dataSource) {
		this.jdbc = JdbcClient.create(dataSource);
	}

	/** Department name → its rows, departments in name order. */
	public Map<String, List<RatingSheetRow>> byDepartment(String municipalityCode, int fiscalYear) {
		Map<String, List<RatingSheetRow>> rows = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT dp.name, me.code, me.title, coalesce(a.text, '') FROM measure me
				JOIN source_document d ON d.id = me.document_id
				JOIN pledge p ON p.id = me.pledge_id JOIN basic_policy b ON b.id = p.basic_policy_id
				JOIN measure_department md ON md.measure_id = me.id JOIN department dp ON dp.id = md.department_id
				LEFT JOIN activity a ON a.measure_id = me.id
				WHERE d.municipality_code = ? AND d.fiscal_year = ? AND d.superseded_at IS NULL
				ORDER BY dp.name, b.position, p.position, me.position, a.position""")
			.params(municipalityCode, fiscalYear)
			.query(rs -> {
				rows.computeIfAbsent(rs.getString(1), k -> new java.util.ArrayList<>())
					.add(new RatingSheetRow(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(1)));
			});
		return rows;
	}

	/** Department name → the indicators of the initiatives it is responsible for in the current action plan. */
	public Map<String, List<IndicatorSheetRow>> indicatorsByDepartment(String municipalityCode, int fiscalYear) {
		Map<String, List<IndicatorSheetRow>> rows = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT dept, i.code, i.title, ind.name FROM initiative i
				JOIN source_document d ON d.id = i.document_id
				JOIN policy_direction p ON p.id = i.policy_direction_id
				JOIN indicator ind ON ind.initiative_id = i.id
				CROSS JOIN LATERAL unnest(i.departments) AS dept
				WHERE d.municipality_code = ? AND d.fiscal_year = ? AND d.superseded_at IS NULL
				ORDER BY dept, p.position, i.position, ind.position""")
			.params(municipalityCode, fiscalYear)
			.query(rs -> {
				rows.computeIfAbsent(rs.getString(1), k -> new java.util.ArrayList<>())
					.add(new IndicatorSheetRow(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(1)));
			});
		return rows;
	}
}
