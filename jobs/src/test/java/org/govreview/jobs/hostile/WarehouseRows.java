package org.govreview.jobs.hostile;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a finished run left in the warehouse beyond the exports, read once from its data directory (the server
 * started by the test on it): documents, published figures, measures, activities and findings, each row keyed by
 * its document's stored path; and the roll-up and current published figures of the samples' 999997 FY2024.
 */
record WarehouseRows(List<Map<String, Object>> documents, List<Map<String, Object>> figures,
		List<Map<String, Object>> measures, List<Map<String, Object>> activities, List<Map<String, Object>> findings,
		List<Map<String, Object>> samplesRollup, List<Map<String, Object>> samplesFigures) {

	static WarehouseRows read(Path dataDir) throws IOException {
		String municipality = SampleReport.MUNICIPALITY;
		int year = SampleReport.FISCAL_YEAR;
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(dataDir.resolve("postgres"))
			.setCleanDataDirectory(false).setPGStartupWait(Duration.ofMinutes(2)).start()) {
			JdbcClient jdbc = JdbcClient.create(postgres.getPostgresDatabase());
			return new WarehouseRows(
					jdbc.sql("""
							SELECT id, path, kind, sha256, municipality_code, fiscal_year, (superseded_at IS NULL) AS current
							FROM source_document ORDER BY id""").query().listOfRows(),
					jdbc.sql("""
							SELECT d.path, f.level, f.code, f.value FROM published_figure f
							JOIN source_document d ON d.id = f.document_id""").query().listOfRows(),
					jdbc.sql("""
							SELECT d.path, m.code, m.star_rating FROM measure m JOIN source_document d ON d.id = m.document_id""")
						.query().listOfRows(),
					jdbc.sql("""
							SELECT d.path, m.code, a.text FROM activity a JOIN measure m ON m.id = a.measure_id
							JOIN source_document d ON d.id = a.document_id""").query().listOfRows(),
					jdbc.sql("""
							SELECT d.path, f.severity, f.location, f.message, coalesce(f.value, '') AS value
							FROM document_finding f JOIN source_document d ON d.id = f.document_id""").query().listOfRows(),
					jdbc.sql("""
							SELECT level, code, name, computed, exact, lower_bound, upper_bound, published, value, status, note
							FROM rollup_result WHERE municipality_code = ? AND fiscal_year = ? ORDER BY position, level, code""")
						.params(municipality, year).query().listOfRows(),
					jdbc.sql("""
							SELECT f.level, f.code, f.value FROM published_figure f JOIN source_document d ON d.id = f.document_id
							WHERE d.municipality_code = ? AND d.fiscal_year = ? AND d.superseded_at IS NULL
							ORDER BY f.level, f.code, f.value""").params(municipality, year).query().listOfRows());
		}
	}

	static List<Map<String, Object>> ofPath(List<Map<String, Object>> rows, HostileCase input) {
		return rows.stream().filter(row -> input.matches(String.valueOf(row.get("path")))).toList();
	}
}
