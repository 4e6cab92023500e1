package org.govreview.writers.warehouse;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.govreview.domain.indicator.IndicatorValue;
import org.govreview.domain.pack.IndicatorRow;
import org.govreview.domain.pack.VisitRow;
import org.govreview.domain.policy.PolicyIssue;
import org.govreview.domain.policy.Statistic;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The pack sections beyond the roll-up: a subject's indicators (with the latest actual its departments' sheets
 * report), its policy issues and statistics, and the inspection visits its council made and received. Read-only;
 * thread-safe.
 */
final class PlanSectionsQuery {

	private final JdbcClient jdbc;

	PlanSectionsQuery(DataSource dataSource) {
		this.jdbc = JdbcClient.create(dataSource);
	}

	List<IndicatorRow> indicators(String code, int year) {
		Map<String, Object[]> actuals = new HashMap<>();
		jdbc.sql("""
				SELECT a.initiative_code, a.indicator, a.year, a.value_kind, a.value, a.unit, a.word, a.raw
				FROM indicator_actual a JOIN source_document d ON d.id = a.document_id
				WHERE d.municipality_code = ? AND d.superseded_at IS NULL
				ORDER BY a.year NULLS FIRST, d.ingested_at, a.id""")
			.param(code)
			.query(rs -> {
				actuals.put(rs.getString(1) + "|" + PolicyTreeQuery.key(rs.getString(2)),
						new Object[] { (Integer) rs.getObject(3), value(rs, 4) });
			});
		return jdbc.sql("""
				SELECT i.code, i.title, ind.name, i.departments, ind.baseline_year, ind.baseline_kind, ind.baseline_value,
				       ind.baseline_unit, ind.baseline_word, ind.baseline_raw, ind.target_year, ind.target_kind, ind.target_value,
				       ind.target_unit, ind.target_word, ind.target_raw
				FROM indicator ind JOIN initiative i ON i.id = ind.initiative_id
				JOIN policy_direction p ON p.id = i.policy_direction_id JOIN source_document d ON d.id = ind.document_id
				WHERE d.municipality_code = ? AND d.fiscal_year = ? AND d.superseded_at IS NULL
				ORDER BY p.position, i.position, ind.position""")
			.params(code, year)
			.query((rs, n) -> {
				Object[] actual = actuals.get(rs.getString(1) + "|" + PolicyTreeQuery.key(rs.getString(3)));
				return new IndicatorRow(rs.getString(1), rs.getString(2), rs.getString(3), strings(rs.getArray(4)),
						(Integer) rs.getObject(5), value(rs, 6), (Integer) rs.getObject(11), value(rs, 12),
						actual == null ? null : (Integer) actual[0], actual == null ? null : (IndicatorValue) actual[1]);
			})
			.list();
	}

	List<PolicyIssue> issues(String code, int year) {
		return jdbc.sql("""
				SELECT i.issue_id, i.domain, i.number, i.title, i.content, i.background, i.actions
				FROM policy_issue i JOIN source_document d ON d.id = i.document_id
				WHERE d.municipality_code = ? AND d.fiscal_year = ? AND d.superseded_at IS NULL ORDER BY i.position""")
			.params(code, year)
			.query((rs, n) -> new PolicyIssue(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
					rs.getString(5), rs.getString(6), strings(rs.getArray(7))))
			.list();
	}

	List<Statistic> statistics(String code, int year) {
		return jdbc.sql("""
				SELECT s.indicator, s.period, s.fiscal_year, s.value_kind, s.value, s.unit, s.word, s.raw, s.issue_id
				FROM statistic s JOIN source_document d ON d.id = s.document_id
				WHERE d.municipality_code = ? AND d.fiscal_year = ? AND d.superseded_at IS NULL ORDER BY s.position""")
			.params(code, year)
			.query((rs, n) -> new Statistic(rs.getString(1), rs.getString(2), (Integer) rs.getObject(3), value(rs, 4),
					rs.getString(9)))
			.list();
	}

	/** Visits the council of {@code code} made in the fiscal year, then visits {@code code} received in it. */
	List<VisitRow> visits(String code, int year) {
		return jdbc.sql("""
				SELECT d.municipality_code = ? AS made, d.municipality_code, c.name, r.faction, v.visit_date,
				       v.destination_code, v.destination_name, v.topic, v.population, v.stated_as_of, v.reporters
				FROM inspection_visit v JOIN source_document d ON d.id = v.document_id
				JOIN inspection_report r ON r.document_id = d.id JOIN municipality c ON c.code = d.municipality_code
				WHERE d.superseded_at IS NULL AND (
				    (d.municipality_code = ? AND d.fiscal_year = ?)
				    OR (v.destination_code = ? AND v.visit_date BETWEEN make_date(?, 4, 1) AND make_date(? + 1, 3, 31)))
				ORDER BY made DESC, v.visit_date, v.sequence""")
			.params(code, code, year, code, year, year)
			.query((rs, n) -> new VisitRow(rs.getBoolean(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getObject(5, java.time.LocalDate.class), rs.getString(6), rs.getString(7), rs.getString(8),
					(Long) rs.getObject(9), rs.getObject(10, java.time.LocalDate.class), strings(rs.getArray(11))))
			.list();
	}

	/** An indicator value from kind, value, unit, word, raw columns starting at {@code column}. */
	static IndicatorValue value(ResultSet rs, int column) throws SQLException {
		String kind = rs.getString(column);
		if (kind == null) {
			return null;
		}
		BigDecimal number = rs.getBigDecimal(column + 1);
		return new IndicatorValue(IndicatorValue.Kind.valueOf(kind), number == null ? null : number.stripTrailingZeros(),
				rs.getString(column + 2), rs.getString(column + 3), rs.getString(column + 4));
	}

	static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}
}
