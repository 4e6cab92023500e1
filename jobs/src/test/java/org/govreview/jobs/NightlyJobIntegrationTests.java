package org.govreview.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;

/**
 * The nightly job through the command line, against the embedded PostgreSQL: real files in, warehouse rows and
 * packs out.
 */
class NightlyJobIntegrationTests extends GovreviewInProcess {

	@Test
	void runsTheNightlyJobOnTheSamplesIntoTheWarehouseAndPacks() throws Exception {
		Path source = SourceFixtures.copySamples(work.resolve("in"));
		Path out = work.resolve("out");

		assertThat(govreview("run", "nightly", "--source", source.toString(), "--out", out.toString())).isZero();

		assertThat(jdbc().sql("""
				SELECT kind, count(*) FROM source_document
				WHERE municipality_code = '999997' AND fiscal_year = 2024 AND superseded_at IS NULL GROUP BY kind ORDER BY kind""")
			.query((rs, n) -> rs.getString(1) + "=" + rs.getInt(2)).list()).containsExactly("pledge_report=1", "rating_sheet=3");
		assertThat(jdbc().sql("""
				SELECT count(*) FROM rating r JOIN source_document d ON d.id = r.document_id
				WHERE d.municipality_code = '999997' AND d.superseded_at IS NULL""").query(Integer.class).single()).isEqualTo(5);
		assertThat(jdbc().sql("""
				SELECT f.location || ' ' || f.value FROM document_finding f JOIN source_document d ON d.id = f.document_id
				WHERE f.severity = 'ERROR' AND d.superseded_at IS NULL AND d.scope = '高齢福祉課' ORDER BY f.id""")
			.query(String.class).list())
			.containsExactly("rating-sheet_999997_FY2024_高齢福祉課.xlsx, sheet 評価シート, row 8 11",
					"rating-sheet_999997_FY2024_高齢福祉課.xlsx, sheet 評価シート, row 11 II-2-1 新聞販売店など12事業者と見守り協定を締結しました。",
					"rating-sheet_999997_FY2024_高齢福祉課.xlsx, sheet 評価シート, row 12 IX-9-9");

		Path xlsx = out.resolve("review-pack_999997_FY2024.xlsx");
		Path pdf = out.resolve("review-pack_999997_FY2024.pdf");
		assertThat(xlsx).exists();
		assertThat(pdf).exists();
		try (Stream<Path> files = Files.list(out)) {
			assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
		}
		assertThat(cellTexts(xlsx)).anyMatch(text -> text.contains("桜ヶ丘市"))
			.anyMatch(text -> text.contains("地域の見守り体制を強化します"));
		try (var document = Loader.loadPDF(pdf.toFile())) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("桜ヶ丘市").contains("地域の見守り体制を強化します");
		}
	}

	@Test
	void ingestingTheSameFilesAgainChangesNoRows() throws Exception {
		Path source = SourceFixtures.copySamples(work.resolve("in"));
		assertThat(govreview("run", "nightly", "--source", source.toString(), "--out", work.resolve("out1").toString())).isZero();
		Map<String, List<String>> contentBefore = WarehouseSnapshot.of(dataSource);
		Map<String, List<String>> versionsBefore = WarehouseSnapshot.rowVersions(dataSource);

		assertThat(govreview("run", "nightly", "--source", source.toString(), "--out", work.resolve("out2").toString())).isZero();

		assertThat(WarehouseSnapshot.rowVersions(dataSource)).isEqualTo(versionsBefore);
		Map<String, List<String>> contentAfter = WarehouseSnapshot.of(dataSource);
		contentBefore.remove("review_pack");
		contentAfter.remove("review_pack");
		assertThat(contentAfter).isEqualTo(contentBefore);
	}

	@Test
	void aNewVersionOfAReportReplacesItsFactsInOneGo() throws Exception {
		Path report = SourceFixtures.nextYearReport(work.resolve("in/report.txt"));
		assertThat(govreview("run", "nightly", "--source", report.toString(), "--out", work.resolve("out").toString())).isZero();
		assertThat(publishedPledgeFigure("II-1", 2025)).isEqualByComparingTo("70");

		Files.writeString(report, Files.readString(report).replace("切れ目なく支援します\t70", "切れ目なく支援します\t75"));
		assertThat(govreview("run", "nightly", "--source", report.toString(), "--out", work.resolve("out").toString())).isZero();

		assertThat(publishedPledgeFigure("II-1", 2025)).isEqualByComparingTo("75");
		assertThat(jdbc().sql("""
				SELECT count(*) FILTER (WHERE superseded_at IS NULL) || '/' || count(*) FROM source_document
				WHERE municipality_code = '999997' AND fiscal_year = 2025 AND kind = 'pledge_report'""").query(String.class).single())
			.isEqualTo("1/2");
		assertThat(jdbc().sql("""
				SELECT (d.superseded_at IS NULL)::text || '=' || count(*) FROM pledge p JOIN source_document d ON d.id = p.document_id
				WHERE d.municipality_code = '999997' AND d.fiscal_year = 2025 GROUP BY d.superseded_at IS NULL
				ORDER BY d.superseded_at IS NULL""").query(String.class).list())
			.as("the current version's pledges, and the earlier version's kept with it").containsExactly("false=4", "true=4");
	}

	@Test
	void quarantinesBadInputsWithTheirReasonsAndIngestsTheRest() throws Exception {
		Path source = work.resolve("in");
		SourceFixtures.badInputs(source.resolve("bad"));
		Files.copy(SourceFixtures.SAMPLE_REPORT, source.resolve("report.txt"));

		assertThat(govreview("run", "nightly", "--source", source.toString(), "--out", work.resolve("out").toString())).isZero();

		Map<String, String> reasons = new java.util.HashMap<>();
		jdbc().sql("SELECT path, reason FROM quarantine WHERE path LIKE ?").param(source + "/%")
			.query(rs -> {
				reasons.put(Path.of(rs.getString(1)).getFileName().toString(), rs.getString(2));
			});
		assertThat(reasons).containsOnlyKeys("empty.txt", "junk.bin", "truncated.pdf", "encrypted.pdf", "minutes.txt");
		assertThat(reasons.get("empty.txt")).contains("empty.txt").contains("empty file");
		assertThat(reasons.get("junk.bin")).contains("junk.bin").contains("binary");
		assertThat(reasons.get("truncated.pdf")).contains("truncated.pdf").contains("corrupt or truncated PDF");
		assertThat(reasons.get("encrypted.pdf")).contains("encrypted.pdf").contains("encrypted PDF");
		assertThat(reasons.get("minutes.txt")).contains("not a recognised governance document");
		assertThat(jdbc().sql("SELECT count(*) FROM source_document WHERE path = ?").param(source.resolve("report.txt").toString())
			.query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void reproducesThePublishedTableOfSeed004AndFlagsWhatCannotFollow() throws Exception {
		Path seed = SourceFixtures.seed("004_33cdc2aa51bc4c42.txt");
		CiPrerequisite.require(Files.exists(seed), () -> "seed 004 not found at " + seed + ": this acceptance test needs ../shared");

		assertThat(govreview("run", "nightly", "--source", seed.toString(), "--out", work.resolve("out").toString())).isZero();

		String rollup = capture(() -> govreview("rollup", "--municipality", "012131", "--fiscal-year", "2023", "--format", "csv"));
		List<String> lines = rollup.lines().toList();
		assertThat(lines.get(0)).isEqualTo("level,code,name,computed,lower_bound,upper_bound,published,status,note");
		// the document's own table: 62, 56, 60, 56, 62 and 59.2
		assertThat(lines).filteredOn(line -> line.startsWith("basic-policy,"))
			.extracting(line -> line.split(",")[1] + "=" + line.split(",")[3] + "/" + line.split(",")[6] + " " + status(line))
			.containsExactly("I=62/62 MATCH", "II=56/56 MATCH", "III=60/60 MATCH", "IV=56/56 MATCH", "V=62/62 MATCH");
		assertThat(lines.get(lines.size() - 1)).startsWith("overall,overall,").contains(",59.2,").contains("MATCH");
		assertThat(lines).filteredOn(line -> line.startsWith("pledge,") && line.contains("DISAGREES"))
			.extracting(line -> line.split(",")[1]).containsExactly("I-5", "III-5", "V-5");
		assertThat(jdbc().sql("""
				SELECT count(*) FROM published_figure f JOIN source_document d ON d.id = f.document_id
				WHERE d.municipality_code = '012131' AND d.superseded_at IS NULL GROUP BY f.level ORDER BY f.level""")
			.query(Integer.class).list()).containsExactly(5, 1, 25);
	}

	@Test
	void ingestsEverySeedKindAndWritesThePacksOfEachMunicipalityInvolved() throws Exception {
		Path seeds = SourceFixtures.seed("004_33cdc2aa51bc4c42.txt").getParent();
		CiPrerequisite.require(Files.isDirectory(seeds), () -> "seeds not found at " + seeds + ": this acceptance test needs ../shared");
		Path out = work.resolve("out");
		assertThat(govreview("run", "nightly", "--source", seeds.toString(), "--out", out.toString())).isZero();

		List<String> kinds = jdbc().sql("""
				SELECT substring(path from '[^/]*$') || ' ' || kind FROM source_document
				WHERE path LIKE ? AND superseded_at IS NULL ORDER BY path""").param(seeds + "/%").query(String.class).list();
		List<String> quarantined = jdbc().sql("SELECT substring(path from '[^/]*$') FROM quarantine WHERE path LIKE ?")
			.param(seeds + "/%").query(String.class).list();
		try (Stream<Path> files = Files.list(seeds)) {
			assertThat(files.count()).isEqualTo(kinds.size() + quarantined.size());
		}
		assertThat(kinds).contains("000_844771edabb17eb8.txt inspection_report", "001_b7d4660655539de5.txt policy_statement",
				"003_dc1a2f1d0e437507.txt action_plan", "004_33cdc2aa51bc4c42.txt pledge_report");
		try (Stream<Path> files = Files.list(out)) {
			assertThat(files.map(p -> p.getFileName().toString()).filter(name -> name.endsWith(".xlsx")).sorted())
				.contains("review-pack_012131_FY2023.xlsx", "review-pack_011002_FY2023.xlsx",
						"review-pack_401064_FY2024.xlsx", "review-pack_232025_FY2025.xlsx", "review-pack_012351_FY2025.xlsx",
						"review-pack_012131_FY2025.xlsx", "review-pack_011002_FY2025.xlsx");
		}

		List<String> indicators = capture(() -> govreview("export", "indicators", "--municipality", "011002")).lines().toList();
		assertThat(indicators.get(0)).startsWith("municipality_code,fiscal_year,initiative_code,initiative,indicator,baseline_year,"
				+ "baseline_value,baseline_unit,baseline_kind,target_year,target_value,target_unit,target_kind,department");
		List<String> visits = capture(() -> govreview("export", "visits", "--municipality", "232025", "--format", "csv"))
			.lines().toList();
		assertThat(visits.get(0)).startsWith("council_municipality_code,faction,sequence,report_number,visit_date");
		assertThat(visits).hasSize(4);
		assertThat(visits.get(1)).contains("2025-07-08").contains("012131");
		String issues = capture(() -> govreview("export", "issues", "--municipality", "401064", "--format", "json"));
		assertThat(issues).contains("\"organisation_code\" : \"401064\"").contains("\"issue_id\" : \"A(1)\"");
	}

	@Test
	void aDocumentThatStatesNoFiscalYearTakesTheOneGivenOrIsQuarantined() throws Exception {
		Path report = work.resolve("in/undated-report.txt");
		Files.createDirectories(report.getParent());
		Files.writeString(report, Files.readString(SourceFixtures.SAMPLE_REPORT).replace("令和6年度末", "今年度末")
			.replace("令和6年度", "今年度"));

		assertThat(govreview("run", "nightly", "--source", report.toString(), "--out", work.resolve("out").toString())).isZero();
		assertThat(jdbc().sql("SELECT reason FROM quarantine WHERE path = ?").param(report.toString()).query(String.class)
			.single()).contains(report.toString()).contains("no fiscal year").contains("--fiscal-year");

		assertThat(govreview("run", "nightly", "--source", report.toString(), "--out", work.resolve("out").toString(),
				"--fiscal-year", "2026")).isZero();
		assertThat(jdbc().sql("SELECT fiscal_year FROM source_document WHERE path = ? AND superseded_at IS NULL")
			.param(report.toString()).query(Integer.class).single()).isEqualTo(2026);
	}

	@Test
	void generatesOneRatingSheetPerDepartmentFromTheWarehouse() throws Exception {
		Path source = SourceFixtures.copySamples(work.resolve("in"));
		assertThat(govreview("run", "nightly", "--source", source.toString(), "--out", work.resolve("out").toString())).isZero();
		Path sheets = work.resolve("sheets");

		assertThat(govreview("sheets", "--municipality", "999997", "--fiscal-year", "2024", "--out", sheets.toString())).isZero();

		List<String> departments = jdbc().sql("""
				SELECT DISTINCT dp.name FROM measure_department md JOIN department dp ON dp.id = md.department_id
				JOIN measure m ON m.id = md.measure_id JOIN source_document d ON d.id = m.document_id
				WHERE d.municipality_code = '999997' AND d.fiscal_year = 2024 AND d.superseded_at IS NULL""")
			.query(String.class).list();
		try (Stream<Path> files = Files.list(sheets)) {
			assertThat(files.map(p -> p.getFileName().toString()).sorted())
				.hasSize(departments.size())
				.allMatch(name -> name.startsWith("rating-sheet_999997_FY2024_"))
				.anyMatch(name -> name.contains("高齢福祉課"));
		}
		Path elderly = sheets.resolve("rating-sheet_999997_FY2024_高齢福祉課.xlsx");
		assertThat(cellTexts(elderly)).contains("II-2-1", "II-2-2", "新聞販売店など12事業者と見守り協定を締結しました。");
	}

	@Test
	void refusesUnknownCommandsAndMissingOptionsWithAMessage() {
		assertThat(GovreviewApplication.run(new String[] { "rollup", "--municipality", "012131" })).isEqualTo(2);
		assertThat(GovreviewApplication.run(new String[] { "run", "weekly" })).isEqualTo(2);
		assertThat(govreview("restart", "999999")).isEqualTo(1);
	}

	private BigDecimal publishedPledgeFigure(String code, int year) {
		return jdbc().sql("""
				SELECT f.value FROM published_figure f JOIN source_document d ON d.id = f.document_id
				WHERE d.municipality_code = '999997' AND d.fiscal_year = ? AND d.superseded_at IS NULL
				AND f.level = 'pledge' AND f.code = ?""").params(year, code).query(BigDecimal.class).single();
	}

	private static String status(String csvLine) {
		for (String status : List.of("MATCH", "CONSISTENT", "DISAGREES", "COMPUTED_ONLY", "PUBLISHED_ONLY", "NO_DATA")) {
			if (csvLine.contains("," + status)) {
				return status;
			}
		}
		return "?";
	}

	static List<String> cellTexts(Path xlsx) throws IOException {
		List<String> texts = new java.util.ArrayList<>();
		try (Workbook workbook = WorkbookFactory.create(xlsx.toFile(), null, true)) {
			for (Sheet sheet : workbook) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						texts.add(cell.toString());
					}
				}
			}
		}
		return texts;
	}

	@Test
	void aReportOfASameNameMunicipalityIsQuarantinedWithItsCandidatesUntilTheOperatorChooses() throws Exception {
		Path source = Files.createDirectories(work.resolve("date"));
		Path report = Files.writeString(source.resolve("date-report.txt"),
				Files.readString(SourceFixtures.SAMPLE_REPORT).replace("桜ヶ丘市", "伊達市"));

		assertThat(govreview("run", "nightly", "--source", source.toString(), "--out", work.resolve("out1").toString()))
			.isZero();
		assertThat(jdbc().sql("SELECT reason FROM quarantine WHERE path = ? ORDER BY quarantined_at DESC LIMIT 1")
			.param(report.toString()).query(String.class).single())
			.contains("伊達市", "matches several municipalities", "012335", "072133", "--municipality");

		assertThat(govreview("run", "nightly", "--source", source.toString(), "--out", work.resolve("out2").toString(),
				"--municipality", "072133")).isZero();
		assertThat(jdbc().sql("SELECT municipality_code FROM source_document WHERE path = ? AND superseded_at IS NULL")
			.param(report.toString()).query(String.class).single()).isEqualTo("072133");
	}
}
