package org.govreview.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Seed 004 and a copy of it with its ★☆ stripped in one nightly run: both state 令和6年5月, so the files'
 * modification times decide which is current, not their paths (the stripped copy's sorts first). The good report
 * never vanishes: it is kept as superseded, and a stripped copy that becomes current is flagged loudly.
 */
class VersionsInOneRunIntegrationTests extends GovreviewInProcess {

	private static final Instant EARLIER = Instant.parse("2024-06-01T09:00:00Z");

	private static final Instant LATER = Instant.parse("2024-06-03T09:00:00Z");

	private Path good;

	private Path stripped;

	@BeforeEach
	void twoVersionsOfSeed004() throws IOException {
		Path seed = SourceFixtures.seed("004_33cdc2aa51bc4c42.txt");
		CiPrerequisite.require(Files.exists(seed), () -> "seed 004 not found at " + seed + ": this acceptance test needs ../shared");
		jdbc().sql("TRUNCATE source_document, rollup_result, review_pack, quarantine CASCADE").update();
		Path source = Files.createDirectories(work.resolve("in"));
		good = Files.copy(seed, source.resolve("004.txt"));
		stripped = Files.writeString(source.resolve("004-copy.txt"),
				Files.readString(seed).replace("★", "").replace("☆", ""), StandardCharsets.UTF_8);
	}

	@Test
	void aLaterCopyWithoutItsStarsIsCurrentButFlaggedLoudlyAndTheGoodReportIsKept() throws IOException {
		setModified(good, EARLIER);
		setModified(stripped, LATER);
		Path out = work.resolve("out");

		String report = captureBoth(() -> govreview("run", "nightly", "--source", work.resolve("in").toString(), "--out",
				out.toString()));

		assertThat(versions()).containsExactly("004-copy.txt current 0 ratings", "004.txt superseded 33 ratings");
		assertThat(report).contains("WARNING: " + stripped + ": current version lost most of its facts against the earlier "
				+ "version " + good + " (dated 2024-05-01 (file modified 2024-06-01T09:00:00Z)): star ratings 33 → 0")
			.contains("WARNING: " + stripped + ": reconciliation findings lost with the earlier version " + good
					+ ": DISAGREES on I-5, III-5, V-5")
			.contains(good + ": version of " + stripped + " dated 2024-05-01 (file modified 2024-06-03T09:00:00Z); "
					+ stripped + " is current (later by file modification time, the texts stating the same issued date)")
			.contains("1 new, 0 replaced, 1 superseded");
		assertThat(findings("004.txt")).containsExactly("WARNING versions");
		assertThat(findings("004-copy.txt")).contains("WARNING versions", "ERROR versions");
		try (Workbook workbook = WorkbookFactory.create(out.resolve("review-pack_012131_FY2023.xlsx").toFile(), null, true)) {
			var findings = workbook.getSheet("指摘 Findings");
			assertThat(findings.getRow(0).getCell(0).getStringCellValue()).startsWith("【注意】");
			assertThat(findings.getRow(1).getCell(0).getStringCellValue()).contains("star ratings 33 → 0");
			assertThat(findings.getRow(2).getCell(0).getStringCellValue()).contains("DISAGREES on I-5, III-5, V-5");
		}
	}

	@Test
	void aLaterGoodReportStaysCurrentOverAnEarlierCopyWithoutItsStars() {
		setModified(good, LATER);
		setModified(stripped, EARLIER);

		String report = captureBoth(() -> govreview("run", "nightly", "--source", work.resolve("in").toString(), "--out",
				work.resolve("out").toString()));

		assertThat(versions()).containsExactly("004-copy.txt superseded 0 ratings", "004.txt current 33 ratings");
		assertThat(report).doesNotContain("WARNING").contains(stripped + ": version of " + good);
		assertThat(jdbc().sql("""
				SELECT code FROM rollup_result WHERE municipality_code = '012131' AND fiscal_year = 2023 AND status = 'DISAGREES'
				ORDER BY position""").query(String.class).list()).containsExactly("I-5", "III-5", "V-5");
	}

	private List<String> versions() {
		return jdbc().sql("""
				SELECT substring(d.path from '[^/]*$') || CASE WHEN d.superseded_at IS NULL THEN ' current ' ELSE ' superseded ' END
				       || (SELECT count(star_rating) FROM measure m WHERE m.document_id = d.id) || ' ratings'
				FROM source_document d ORDER BY d.path""").query(String.class).list();
	}

	private List<String> findings(String fileName) {
		return jdbc().sql("""
				SELECT f.severity || ' ' || f.location FROM document_finding f JOIN source_document d ON d.id = f.document_id
				WHERE d.path LIKE ? AND f.location = 'versions' ORDER BY f.id""").param("%/" + fileName)
			.query(String.class).list();
	}

	private static void setModified(Path file, Instant time) {
		try {
			Files.setLastModifiedTime(file, FileTime.from(time));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}
}
