package org.govreview.writers.warehouse;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.govreview.domain.rollup.ReconciliationStatus;
import org.govreview.domain.rollup.RollupLevel;
import org.govreview.domain.rollup.RollupRow;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The computed roll-ups of a {@link ReviewSubject}. {@link #save} makes the table hold exactly the given rows:
 * unchanged rows are left alone, changed ones updated, vanished ones deleted, in the caller's transaction.
 * Thread-safe.
 */
public final class RollupResultStore {

	private final JdbcClient jdbc;

	public RollupResultStore(DataSource dataSource) {
		this.jdbc = JdbcClient.create(dataSource);
	}

	public void save(ReviewSubject subject, List<RollupRow> rows, String ruleName, Long jobExecutionId) {
		String code = subject.municipality().code().value();
		int year = subject.fiscalYear().year();
		List<String> keys = new ArrayList<>();
		int position = 0;
		for (RollupRow row : rows) {
			keys.add(row.level().id() + ":" + row.code());
			jdbc.sql("""
					INSERT INTO rollup_result (municipality_code, fiscal_year, level, code, name, position, computed, exact,
					    lower_bound, upper_bound, published, value, status, note, rule_name, job_execution_id)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
					ON CONFLICT (municipality_code, fiscal_year, level, code) DO UPDATE SET
					    name = EXCLUDED.name, position = EXCLUDED.position, computed = EXCLUDED.computed, exact = EXCLUDED.exact,
					    lower_bound = EXCLUDED.lower_bound, upper_bound = EXCLUDED.upper_bound, published = EXCLUDED.published,
					    value = EXCLUDED.value, status = EXCLUDED.status, note = EXCLUDED.note, rule_name = EXCLUDED.rule_name,
					    job_execution_id = EXCLUDED.job_execution_id, computed_at = now()
					WHERE (rollup_result.name, rollup_result.position, rollup_result.computed, rollup_result.exact,
					    rollup_result.lower_bound, rollup_result.upper_bound, rollup_result.published, rollup_result.value,
					    rollup_result.status, rollup_result.note, rollup_result.rule_name)
					  IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.position, EXCLUDED.computed, EXCLUDED.exact,
					    EXCLUDED.lower_bound, EXCLUDED.upper_bound, EXCLUDED.published, EXCLUDED.value,
					    EXCLUDED.status, EXCLUDED.note, EXCLUDED.rule_name)""")
				.params(code, year, row.level().id(), row.code(), row.name(), position++, row.computed(), row.exact(),
						row.lowerBound(), row.upperBound(), row.published(), row.value(), row.status().name(), row.note(),
						ruleName, jobExecutionId)
				.update();
		}
		jdbc.sql("""
				DELETE FROM rollup_result WHERE municipality_code = ? AND fiscal_year = ?
				AND NOT (level || ':' || code = ANY (?))""")
			.params(code, year, keys.toArray(String[]::new)).update();
	}

	public List<RollupRow> load(String municipalityCode, int fiscalYear) {
		return jdbc.sql("""
				SELECT level, code, name, computed, exact, lower_bound, upper_bound, published, value, status, note
				FROM rollup_result WHERE municipality_code = ? AND fiscal_year = ? ORDER BY position""")
			.params(municipalityCode, fiscalYear)
			.query((rs, n) -> new RollupRow(RollupLevel.fromId(rs.getString(1)), rs.getString(2), rs.getString(3),
					strip(rs.getBigDecimal(4)), rs.getBoolean(5), strip(rs.getBigDecimal(6)), strip(rs.getBigDecimal(7)),
					strip(rs.getBigDecimal(8)), strip(rs.getBigDecimal(9)), ReconciliationStatus.valueOf(rs.getString(10)),
					rs.getString(11)))
			.list();
	}

	public String ruleName(String municipalityCode, int fiscalYear) {
		return jdbc.sql("SELECT max(rule_name) FROM rollup_result WHERE municipality_code = ? AND fiscal_year = ?")
			.params(municipalityCode, fiscalYear).query(String.class).optional().orElse("");
	}

	private static java.math.BigDecimal strip(java.math.BigDecimal value) {
		if (value == null) {
			return null;
		}
		java.math.BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	/**
	 * Records, as an error finding on the current pledge report, the reconciliation findings (published figures that
	 * disagree with the roll-up) that its earlier version had and it has not: they vanished with the facts it lost.
	 * Replaces such a finding from an earlier roll-up of the same versions.
	 *
	 * @return the codes of the lost DISAGREES rows, in the earlier version's order
	 */
	public List<String> recordLostReconciliation(PolicyTreeQuery.EarlierVersion earlier, List<RollupRow> before,
			List<RollupRow> after, Long jobExecutionId) {
		java.util.Set<String> still = new java.util.HashSet<>();
		after.stream().filter(row -> row.status() == ReconciliationStatus.DISAGREES)
			.forEach(row -> still.add(row.level().id() + ":" + row.code()));
		List<String> lost = before.stream().filter(row -> row.status() == ReconciliationStatus.DISAGREES)
			.filter(row -> !still.contains(row.level().id() + ":" + row.code())).map(RollupRow::code).toList();
		String message = "reconciliation findings lost with the earlier version " + earlier.path() + ": DISAGREES on ";
		jdbc.sql("DELETE FROM document_finding WHERE document_id = ? AND location = ? AND message LIKE ?")
			.params(earlier.currentDocumentId(), DocumentVersions.LOCATION, "reconciliation findings lost %").update();
		if (!lost.isEmpty()) {
			jdbc.sql("""
					INSERT INTO document_finding (document_id, severity, location, message, value, job_execution_id)
					VALUES (?, 'ERROR', ?, ?, ?, ?)""")
				.params(earlier.currentDocumentId(), DocumentVersions.LOCATION, message + String.join(", ", lost),
						String.join(", ", lost), jobExecutionId)
				.update();
		}
		return lost;
	}
}
