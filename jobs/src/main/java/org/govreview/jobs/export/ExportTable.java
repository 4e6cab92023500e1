package org.govreview.jobs.export;

import java.util.Arrays;
import java.util.List;

/**
 * The warehouse tables {@code govreview export} writes, each a query over the current documents whose columns are
 * the export's header. {@code municipalityFilter} and {@code yearFilter} are SQL conditions with one parameter.
 */
enum ExportTable {

	DOCUMENTS("""
			SELECT * FROM (
			    SELECT d.id AS document_id, d.kind, d.path, d.sha256, d.municipality_code, d.fiscal_year, d.scope, d.origin,
			           d.ingested_at, d.job_execution_id, (d.superseded_at IS NULL) AS current
			    FROM source_document d
			    UNION ALL
			    (SELECT DISTINCT ON (p.item_key, d.id) d.id, d.kind, p.item_key, d.sha256, d.municipality_code, d.fiscal_year,
			            d.scope, 'duplicate of ' || d.path, p.recorded_at, p.job_execution_id, false
			     FROM processed_item p JOIN source_document d ON d.id = p.duplicate_of
			     WHERE p.step_name = 'ingest' AND p.outcome = 'DUPLICATE'
			     ORDER BY p.item_key, d.id, p.recorded_at)) d WHERE true""", "d.municipality_code = ?", "d.fiscal_year = ?",
			"d.document_id, d.path"),

	QUARANTINE("""
			SELECT q.path, q.sha256, q.reason, q.job_execution_id, q.quarantined_at FROM quarantine q WHERE true""", null,
			null, "q.id"),

	MEASURES("""
			SELECT d.municipality_code, d.fiscal_year, b.code AS basic_policy, p.code AS pledge, m.code AS measure, m.title,
			       m.star_rating,
			       (SELECT string_agg(dp.name, '、' ORDER BY md.position) FROM measure_department md
			        JOIN department dp ON dp.id = md.department_id WHERE md.measure_id = m.id) AS departments,
			       (SELECT count(*) FROM activity a WHERE a.measure_id = m.id) AS activities
			FROM measure m JOIN pledge p ON p.id = m.pledge_id JOIN basic_policy b ON b.id = p.basic_policy_id
			JOIN source_document d ON d.id = m.document_id WHERE d.superseded_at IS NULL""", "d.municipality_code = ?",
			"d.fiscal_year = ?", "d.municipality_code, d.fiscal_year, b.position, p.position, m.position"),

	RATINGS("""
			SELECT d.municipality_code, d.fiscal_year, r.department, r.policy_code, r.activity, r.rating, r.comment, r.location
			FROM rating r JOIN source_document d ON d.id = r.document_id WHERE d.superseded_at IS NULL""",
			"d.municipality_code = ?", "d.fiscal_year = ?", "d.municipality_code, d.fiscal_year, r.policy_code, r.id"),

	INDICATORS("""
			SELECT d.municipality_code, d.fiscal_year, i.code AS initiative_code, i.title AS initiative,
			       ind.name AS indicator, ind.baseline_year, coalesce(ind.baseline_value::text, ind.baseline_word) AS baseline_value,
			       ind.baseline_unit, ind.baseline_kind, ind.target_year,
			       coalesce(ind.target_value::text, ind.target_word) AS target_value, ind.target_unit, ind.target_kind,
			       array_to_string(i.departments, '、') AS department
			FROM indicator ind JOIN initiative i ON i.id = ind.initiative_id
			JOIN policy_direction p ON p.id = i.policy_direction_id JOIN source_document d ON d.id = ind.document_id
			WHERE d.superseded_at IS NULL""", "d.municipality_code = ?", "d.fiscal_year = ?",
			"d.municipality_code, d.fiscal_year, p.position, i.position, ind.position"),

	ISSUES("""
			SELECT d.municipality_code AS organisation_code, d.fiscal_year, i.issue_id, i.domain, i.number, i.title,
			       i.content, i.background, array_to_string(i.actions, E'\\n') AS actions
			FROM policy_issue i JOIN source_document d ON d.id = i.document_id WHERE d.superseded_at IS NULL""",
			"d.municipality_code = ?", "d.fiscal_year = ?", "d.municipality_code, d.fiscal_year, i.position"),

	STATISTICS("""
			SELECT d.municipality_code AS organisation_code, d.fiscal_year, s.issue_id, s.indicator, s.period,
			       s.fiscal_year AS period_fiscal_year, coalesce(s.value::text, s.word) AS value, s.unit, s.value_kind, s.raw
			FROM statistic s JOIN source_document d ON d.id = s.document_id WHERE d.superseded_at IS NULL""",
			"d.municipality_code = ?", "d.fiscal_year = ?", "d.municipality_code, d.fiscal_year, s.position"),

	VISITS("""
			SELECT d.municipality_code AS council_municipality_code, r.faction, v.sequence, v.report_number, v.visit_date,
			       v.start_time, v.end_time, v.destination_code, v.destination_name, v.topic, v.population, v.households,
			       v.area_km2, v.stated_as_of AS population_as_of, array_to_string(v.reporters, '、') AS reporters,
			       array_to_string(v.participants, '、') AS participants,
			       (SELECT count(*) FROM visit_question q WHERE q.visit_id = v.id) AS questions,
			       (SELECT count(*) FROM visit_opinion o WHERE o.visit_id = v.id) AS opinions
			FROM inspection_visit v JOIN source_document d ON d.id = v.document_id
			JOIN inspection_report r ON r.document_id = d.id WHERE d.superseded_at IS NULL""",
			"(d.municipality_code = ? OR v.destination_code = CAST(? AS CHAR(6)))", "d.fiscal_year = ?",
			"v.visit_date, d.id, v.sequence");

	final String select;

	final String municipalityFilter;

	final String yearFilter;

	final String orderBy;

	ExportTable(String select, String municipalityFilter, String yearFilter, String orderBy) {
		this.select = select;
		this.municipalityFilter = municipalityFilter;
		this.yearFilter = yearFilter;
		this.orderBy = orderBy;
	}

	static ExportTable named(String name) {
		try {
			return valueOf(name.toUpperCase());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("export has no table '" + name + "'; tables: " + names());
		}
	}

	static List<String> names() {
		return Arrays.stream(values()).map(table -> table.name().toLowerCase()).toList();
	}
}
