package org.govreview.jobs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The warehouse's content, table by table, as sorted rows of the columns that carry meaning: generated ids,
 * timestamps and job execution ids are left out, so two warehouses built from the same sources compare equal.
 */
final class WarehouseSnapshot {

	private static final Map<String, String> QUERIES = new LinkedHashMap<>();

	static {
		QUERIES.put("source_document", """
				SELECT kind || '|' || sha256 || '|' || municipality_code || '|' || fiscal_year || '|' || scope || '|'
				       || (superseded_at IS NULL) FROM source_document""");
		QUERIES.put("document_finding", """
				SELECT d.sha256 || '|' || f.severity || '|' || f.location || '|' || f.message || '|' || coalesce(f.value, '')
				FROM document_finding f JOIN source_document d ON d.id = f.document_id""");
		QUERIES.put("basic_policy", """
				SELECT d.sha256 || '|' || b.code || '|' || b.title || '|' || b.position
				FROM basic_policy b JOIN source_document d ON d.id = b.document_id""");
		QUERIES.put("pledge", """
				SELECT d.sha256 || '|' || p.code || '|' || p.title FROM pledge p JOIN source_document d ON d.id = p.document_id""");
		QUERIES.put("measure", """
				SELECT d.sha256 || '|' || m.code || '|' || m.title || '|' || coalesce(m.star_rating::text, 'none')
				FROM measure m JOIN source_document d ON d.id = m.document_id""");
		QUERIES.put("measure_department", """
				SELECT m.code || '|' || dp.name || '|' || md.position FROM measure_department md
				JOIN measure m ON m.id = md.measure_id JOIN department dp ON dp.id = md.department_id""");
		QUERIES.put("activity", """
				SELECT d.sha256 || '|' || a.code || '|' || a.text FROM activity a JOIN source_document d ON d.id = a.document_id""");
		QUERIES.put("published_figure", """
				SELECT d.sha256 || '|' || f.level || '|' || f.code || '|' || f.value
				FROM published_figure f JOIN source_document d ON d.id = f.document_id""");
		QUERIES.put("rating", """
				SELECT d.sha256 || '|' || r.policy_code || '|' || r.activity || '|' || r.department || '|' || r.rating || '|'
				       || r.comment || '|' || r.location FROM rating r JOIN source_document d ON d.id = r.document_id""");
		QUERIES.put("rollup_result", """
				SELECT municipality_code || '|' || fiscal_year || '|' || level || '|' || code || '|' || position || '|'
				       || coalesce(computed::text, '-') || '|' || exact || '|' || coalesce(lower_bound::text, '-') || '|'
				       || coalesce(upper_bound::text, '-') || '|' || coalesce(published::text, '-') || '|'
				       || coalesce(value::text, '-') || '|' || status || '|' || coalesce(note, '') FROM rollup_result""");
		QUERIES.put("quarantine", "SELECT path || '|' || sha256 || '|' || reason FROM quarantine");
		QUERIES.put("review_pack", "SELECT municipality_code || '|' || fiscal_year || '|' || format || '|' || path FROM review_pack");
	}

	private WarehouseSnapshot() {
	}

	static Map<String, List<String>> of(DataSource dataSource) {
		JdbcClient jdbc = JdbcClient.create(dataSource);
		Map<String, List<String>> snapshot = new LinkedHashMap<>();
		QUERIES.forEach((table, sql) -> snapshot.put(table, jdbc.sql(sql).query(String.class).list().stream().sorted().toList()));
		return snapshot;
	}

	/** Physical row versions: unchanged when no row was inserted, updated or deleted. */
	static Map<String, List<String>> rowVersions(DataSource dataSource) {
		JdbcClient jdbc = JdbcClient.create(dataSource);
		Map<String, List<String>> versions = new LinkedHashMap<>();
		for (String table : List.of("municipality", "source_document", "document_finding", "basic_policy", "pledge", "measure",
				"department", "measure_department", "activity", "published_figure", "rating", "quarantine")) {
			versions.put(table, jdbc.sql("SELECT ctid::text || '/' || xmin::text FROM " + table).query(String.class).list()
				.stream().sorted().toList());
		}
		return versions;
	}
}
