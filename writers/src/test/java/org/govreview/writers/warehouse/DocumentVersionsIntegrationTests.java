package org.govreview.writers.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.govreview.domain.fiscal.FiscalYear;
import org.govreview.domain.municipality.Municipality;
import org.govreview.domain.pledge.Activity;
import org.govreview.domain.pledge.BasicPolicy;
import org.govreview.domain.pledge.Measure;
import org.govreview.domain.pledge.Pledge;
import org.govreview.domain.pledge.PledgeReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two versions of one pledge report in one run, against a real PostgreSQL: the documents' own dates decide which is
 * current, in either arrival order; the earlier is kept, superseded; a later version that lost most of the facts is
 * flagged.
 */
class DocumentVersionsIntegrationTests {

	private static final Municipality CITY = Municipality.of("012131", "苫小牧市");

	private static final Instant MORNING = Instant.parse("2024-06-01T09:00:00Z");

	private static final Instant EVENING = Instant.parse("2024-06-01T18:00:00Z");

	private static WarehouseDatabase database;

	private PledgeReportWarehouseWriter writer;

	@BeforeAll
	static void startDatabase() {
		database = WarehouseDatabase.start();
	}

	@AfterAll
	static void stopDatabase() throws IOException {
		database.close();
	}

	@BeforeEach
	void emptyWarehouse() {
		database.clear();
		writer = new PledgeReportWarehouseWriter(database.dataSource());
	}

	@Test
	void theLaterIssuedDateIsCurrentWhenTheOlderArrivesFirst() {
		assertThat(writer.write(report(33, LocalDate.of(2024, 5, 1)), ref("b/report.txt", "a", EVENING), 1L))
			.isEqualTo(IngestOutcome.NEW);
		assertThat(writer.write(report(30, LocalDate.of(2024, 5, 31)), ref("a/report.txt", "b", MORNING), 1L))
			.isEqualTo(IngestOutcome.REPLACED);

		assertThat(currentPath()).isEqualTo("a/report.txt");
		assertThat(supersededPaths()).containsExactly("b/report.txt");
		assertThat(versionFindings("a/report.txt")).containsExactly("WARNING version of b/report.txt dated 2024-05-01 "
				+ "(file modified 2024-06-01T18:00:00Z); a/report.txt is current (later by the issued date stated in the text)");
		assertThat(versionFindings("b/report.txt")).containsExactly("WARNING version of a/report.txt dated 2024-05-31 "
				+ "(file modified 2024-06-01T09:00:00Z); a/report.txt is current (later by the issued date stated in the text)");
	}

	@Test
	void theLaterIssuedDateStaysCurrentWhenTheOlderArrivesSecond() {
		assertThat(writer.write(report(30, LocalDate.of(2024, 5, 31)), ref("a/report.txt", "b", MORNING), 1L))
			.isEqualTo(IngestOutcome.NEW);
		assertThat(writer.write(report(33, LocalDate.of(2024, 5, 1)), ref("b/report.txt", "a", EVENING), 1L))
			.isEqualTo(IngestOutcome.SUPERSEDED);

		assertThat(currentPath()).isEqualTo("a/report.txt");
		assertThat(supersededPaths()).containsExactly("b/report.txt");
		assertThat(versionFindings("b/report.txt")).singleElement().asString()
			.contains("version of a/report.txt dated 2024-05-31", "a/report.txt is current");
		assertThat(measureCount("b/report.txt")).as("the superseded version keeps its facts").isEqualTo(50);
		assertThat(ratedMeasures("a/report.txt")).isEqualTo(30);
	}

	@Test
	void theModificationTimeDecidesBetweenTextsOfTheSameIssuedDateInEitherOrder() {
		LocalDate issued = LocalDate.of(2024, 5, 1);
		writer.write(report(33, issued), ref("z/report.txt", "a", MORNING), 1L);
		assertThat(writer.write(report(32, issued), ref("a/report.txt", "b", EVENING), 1L)).isEqualTo(IngestOutcome.REPLACED);
		assertThat(currentPath()).isEqualTo("a/report.txt");
		assertThat(versionFindings("a/report.txt")).singleElement().asString()
			.endsWith("(later by file modification time, the texts stating the same issued date)");

		database.clear();
		writer.write(report(32, issued), ref("a/report.txt", "b", EVENING), 1L);
		assertThat(writer.write(report(33, issued), ref("z/report.txt", "a", MORNING), 1L))
			.isEqualTo(IngestOutcome.SUPERSEDED);
		assertThat(currentPath()).isEqualTo("a/report.txt");
	}

	@Test
	void takesTheModificationTimeFromTheFileWhenTheTextsStateNoDate(@TempDir Path dir) throws IOException {
		Path older = Files.writeString(dir.resolve("z-older.txt"), "older");
		Path newer = Files.writeString(dir.resolve("a-newer.txt"), "newer");
		Files.setLastModifiedTime(older, FileTime.from(MORNING));
		Files.setLastModifiedTime(newer, FileTime.from(EVENING));

		writer.write(report(33, null), new DocumentRef(newer.toString(), sha("n"), "UTF-8"), 1L);
		assertThat(writer.write(report(33, null), new DocumentRef(older.toString(), sha("o"), "UTF-8"), 1L))
			.isEqualTo(IngestOutcome.SUPERSEDED);

		assertThat(currentPath()).isEqualTo(newer.toString());
		assertThat(database.jdbc().sql("SELECT modified_at FROM source_document WHERE path = ?").param(older.toString())
			.query(java.sql.Timestamp.class).single().toInstant()).isEqualTo(MORNING);
	}

	@Test
	void flagsALaterVersionThatLostItsStarRatingsInEitherOrder() {
		String expected = "ERROR current version lost most of its facts against the earlier version good.txt "
				+ "(dated 2024-05-01 (file modified 2024-06-01T09:00:00Z)): star ratings 33 → 0";
		writer.write(report(33, LocalDate.of(2024, 5, 1)), ref("good.txt", "a", MORNING), 7L);
		assertThat(writer.write(report(0, LocalDate.of(2024, 5, 1)), ref("stripped.txt", "b", EVENING), 7L))
			.isEqualTo(IngestOutcome.REPLACED);
		assertThat(currentPath()).isEqualTo("stripped.txt");
		assertThat(versionFindings("stripped.txt")).contains(expected);
		assertThat(versionFindings("good.txt")).noneMatch(finding -> finding.startsWith("ERROR"));
		assertThat(database.jdbc().sql("SELECT count(*) FROM document_finding WHERE job_execution_id = 7 AND severity = 'ERROR'")
			.query(Long.class).single()).isEqualTo(1);

		database.clear();
		writer.write(report(0, LocalDate.of(2024, 5, 1)), ref("stripped.txt", "b", EVENING), 7L);
		assertThat(writer.write(report(33, LocalDate.of(2024, 5, 1)), ref("good.txt", "a", MORNING), 7L))
			.isEqualTo(IngestOutcome.SUPERSEDED);
		assertThat(currentPath()).isEqualTo("stripped.txt");
		assertThat(versionFindings("stripped.txt")).contains(expected);
	}

	@Test
	void aLaterVersionWithMostOfTheFactsIsNotFlagged() {
		writer.write(report(33, LocalDate.of(2024, 5, 1)), ref("first.txt", "a", MORNING), 1L);
		writer.write(report(17, LocalDate.of(2024, 5, 31)), ref("second.txt", "b", MORNING), 1L);
		assertThat(versionFindings("second.txt")).noneMatch(finding -> finding.startsWith("ERROR"));
	}

	@Test
	void theSameBytesAgainChangeNothingEvenWhenSuperseded() {
		writer.write(report(33, LocalDate.of(2024, 5, 31)), ref("new.txt", "a", MORNING), 1L);
		writer.write(report(33, LocalDate.of(2024, 5, 1)), ref("old.txt", "b", MORNING), 1L);
		assertThat(writer.write(report(33, LocalDate.of(2024, 5, 1)), ref("old-copy.txt", "b", EVENING), 2L))
			.isEqualTo(IngestOutcome.UNCHANGED);
		assertThat(database.jdbc().sql("SELECT count(*) FROM source_document").query(Long.class).single()).isEqualTo(2);
		assertThat(database.jdbc().sql("SELECT issued_on FROM source_document WHERE path = 'new.txt'")
			.query(LocalDate.class).single()).isEqualTo(LocalDate.of(2024, 5, 31));
	}

	/** 5 basic policies × 5 pledges × 2 measures, the first {@code rated} measures with a star rating. */
	private static PledgeReport report(int rated, LocalDate issuedOn) {
		List<BasicPolicy> policies = new ArrayList<>();
		int measureNumber = 0;
		for (String policy : List.of("I", "II", "III", "IV", "V")) {
			List<Pledge> pledges = new ArrayList<>();
			for (int p = 1; p <= 5; p++) {
				List<Measure> measures = new ArrayList<>();
				for (int m = 1; m <= 2; m++) {
					String code = policy + "-" + p + "-" + m;
					measures.add(new Measure(code, "施策 " + code, List.of("政策推進課"), measureNumber++ < rated ? 7 : null,
							List.of(new Activity(code + "-1", "取組 " + code))));
				}
				pledges.add(new Pledge(policy + "-" + p, "公約 " + policy + "-" + p, BigDecimal.valueOf(60), measures));
			}
			policies.add(new BasicPolicy(policy, "基本政策 " + policy, BigDecimal.valueOf(60), pledges));
		}
		return new PledgeReport(CITY, FiscalYear.of(2023), policies, new BigDecimal("59.2"), List.of(), issuedOn);
	}

	private static DocumentRef ref(String path, String content, Instant modifiedAt) {
		return new DocumentRef(path, sha(content), "UTF-8", modifiedAt);
	}

	private static String sha(String content) {
		return content.repeat(64).substring(0, 64);
	}

	private String currentPath() {
		return database.jdbc().sql("SELECT path FROM source_document WHERE superseded_at IS NULL").query(String.class).single();
	}

	private List<String> supersededPaths() {
		return database.jdbc().sql("SELECT path FROM source_document WHERE superseded_at IS NOT NULL ORDER BY path")
			.query(String.class).list();
	}

	private List<String> versionFindings(String path) {
		return database.jdbc().sql("""
				SELECT f.severity || ' ' || f.message FROM document_finding f JOIN source_document d ON d.id = f.document_id
				WHERE d.path = ? AND f.location = 'versions' ORDER BY f.id""").param(path).query(String.class).list();
	}

	private int measureCount(String path) {
		return database.jdbc().sql("SELECT count(*) FROM measure m JOIN source_document d ON d.id = m.document_id WHERE d.path = ?")
			.param(path).query(Integer.class).single();
	}

	private int ratedMeasures(String path) {
		return database.jdbc().sql("""
				SELECT count(m.star_rating) FROM measure m JOIN source_document d ON d.id = m.document_id WHERE d.path = ?""")
			.param(path).query(Integer.class).single();
	}
}
