package org.govreview.writers.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govreview.writers.pack.ReviewPacks.aReviewPack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.govreview.domain.fiscal.FiscalYear;
import org.govreview.domain.municipality.Municipality;
import org.govreview.domain.pack.ReviewPack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExcelReviewPackPlanSheetsTests {

	@TempDir
	Path directory;

	private final ExcelReviewPackWriter writer = new ExcelReviewPackWriter();

	private ReviewPack fullPack() {
		return aReviewPack().withIndicators().withIssuesAndStatistics().withVisits().build();
	}

	@Test
	void addsIndicatorIssueStatisticsAndVisitSheetsBetweenReconciliationAndSources() throws IOException {
		try (Workbook workbook = open(fullPack())) {
			assertThat(workbook).extracting(Sheet::getSheetName)
				.containsExactly("概要 Summary", "施策詳細 Detail", "突合 Reconciliation", "指標 Indicators", "課題 Issues",
						"統計 Statistics", "視察 Visits", "出典 Sources", "指摘 Findings");
		}
	}

	@Test
	void indicatorsShowBaselineTargetActualAndTheAchievementRateAsANumber() throws IOException {
		try (Workbook workbook = open(fullPack())) {
			Sheet indicators = workbook.getSheet(ExcelPlanSheets.INDICATORS_SHEET);
			assertThat(indicators.getLastRowNum()).isEqualTo(2);
			Row numeric = indicators.getRow(1);
			assertThat(text(numeric, 0)).isEqualTo("1-II-2-①");
			assertThat(text(numeric, 1)).isEqualTo("窓口手続のオンライン化");
			assertThat(text(numeric, 2)).isEqualTo(ReviewPacks.INDICATOR);
			assertThat(text(numeric, 3)).isEqualTo("総務局 行政部、市民局 戸籍住民課");
			assertThat(numeric.getCell(4).getNumericCellValue()).isEqualTo(2022.0);
			assertThat(numeric.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0");
			assertThat(text(numeric, 5)).isEqualTo("12.5 %");
			assertThat(numeric.getCell(6).getNumericCellValue()).isEqualTo(2027.0);
			assertThat(text(numeric, 7)).isEqualTo("30 %");
			assertThat(numeric.getCell(8).getNumericCellValue()).isEqualTo(2024.0);
			assertThat(text(numeric, 9)).isEqualTo("19.5 %");
			// (19.5 − 12.5) / (30 − 12.5) = 7 / 17.5 = 40 %
			Cell rate = numeric.getCell(10);
			assertThat(rate.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(rate.getNumericCellValue()).isEqualTo(40.0);
			assertThat(rate.getCellStyle().getDataFormatString()).isEqualTo("0.0");
		}
	}

	@Test
	void milestoneIndicatorShowsItsWordsAndLeavesTheRateEmpty() throws IOException {
		try (Workbook workbook = open(fullPack())) {
			Row milestone = workbook.getSheet(ExcelPlanSheets.INDICATORS_SHEET).getRow(2);
			assertThat(text(milestone, 2)).isEqualTo(ReviewPacks.MILESTONE_INDICATOR);
			assertThat(text(milestone, 5)).isEqualTo("—");
			assertThat(text(milestone, 7)).isEqualTo("設置");
			assertThat(text(milestone, 9)).isEqualTo("検討");
			assertThat(milestone.getCell(10).getCellType()).isEqualTo(CellType.BLANK);
		}
	}

	@Test
	void issuesListTheirActionsOneALineAsText() throws IOException {
		try (Workbook workbook = open(fullPack())) {
			Sheet issues = workbook.getSheet(ExcelPlanSheets.ISSUES_SHEET);
			assertThat(issues.getLastRowNum()).isEqualTo(1);
			Row issue = issues.getRow(1);
			assertThat(text(issue, 0)).isEqualTo("A(1)");
			assertThat(text(issue, 1)).isEqualTo(ReviewPacks.ISSUE_TITLE);
			assertThat(text(issue, 2)).isEqualTo("来庁しなければできない手続が多く残っています。");
			assertThat(text(issue, 3)).isEqualTo("人口減少により窓口職員の確保が難しくなっています。");
			assertThat(issue.getCell(4).getCellType()).isEqualTo(CellType.STRING);
			assertThat(text(issue, 4)).isEqualTo(ReviewPacks.ISSUE_ACTION + "\n" + ReviewPacks.FORMULA_TEXT);
			assertThat(issue.getCell(4).getCellStyle().getWrapText()).isTrue();
		}
	}

	@Test
	void statisticsHaveNumericValuesWithTheirUnitAndTheWordOtherwise() throws IOException {
		try (Workbook workbook = open(fullPack())) {
			Sheet statistics = workbook.getSheet(ExcelPlanSheets.STATISTICS_SHEET);
			assertThat(statistics.getLastRowNum()).isEqualTo(3);

			Row rate = statistics.getRow(1);
			assertThat(text(rate, 0)).isEqualTo("コンビニ交付率");
			assertThat(text(rate, 1)).isEqualTo("令和3年度");
			assertThat(rate.getCell(2).getNumericCellValue()).isEqualTo(2021.0);
			assertThat(rate.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(rate.getCell(3).getNumericCellValue()).isEqualTo(9.6);
			assertThat(text(rate, 4)).isEqualTo("%");
			assertThat(text(rate, 5)).isEqualTo("A(1)");

			Row cards = statistics.getRow(2);
			assertThat(cards.getCell(2).getCellType()).as("no fiscal year stated").isEqualTo(CellType.BLANK);
			assertThat(cards.getCell(3).getNumericCellValue()).isEqualTo(220_000_000.0);
			assertThat(text(cards, 4)).isEqualTo("枚");

			Row word = statistics.getRow(3);
			assertThat(word.getCell(3).getCellType()).isEqualTo(CellType.BLANK);
			assertThat(text(word, 4)).isEqualTo("推進");
			assertThat(text(word, 5)).isEmpty();
		}
	}

	@Test
	void visitsSayWhetherTheCouncilMadeOrReceivedThemWithDatesAndPopulationAsValues() throws IOException {
		try (Workbook workbook = open(fullPack())) {
			Sheet visits = workbook.getSheet(ExcelPlanSheets.VISITS_SHEET);
			assertThat(visits.getLastRowNum()).isEqualTo(2);

			Row made = visits.getRow(1);
			assertThat(text(made, 0)).isEqualTo("行った");
			assertThat(made.getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2023, 7, 12));
			assertThat(made.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
			assertThat(text(made, 2)).isEqualTo("苫小牧市 (012131)");
			assertThat(text(made, 3)).isEqualTo("市民クラブ");
			assertThat(text(made, 4)).isEqualTo(ReviewPacks.DESTINATION + " (172065)");
			assertThat(text(made, 5)).isEqualTo("スマートシティの取組について");
			assertThat(made.getCell(6).getNumericCellValue()).isEqualTo(63_000.0);
			assertThat(made.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
			assertThat(made.getCell(7).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2023, 6, 1));
			assertThat(text(made, 8)).isEqualTo("山田太郎、佐藤花子");

			Row received = visits.getRow(2);
			assertThat(text(received, 0)).isEqualTo("受けた");
			assertThat(text(received, 2)).isEqualTo(ReviewPacks.VISITING_COUNCIL + " (012033)");
			assertThat(text(received, 4)).isEqualTo("苫小牧市 (012131)");
			assertThat(received.getCell(6).getCellType()).as("population not stated").isEqualTo(CellType.BLANK);
			assertThat(received.getCell(7).getCellType()).isEqualTo(CellType.BLANK);
		}
	}

	@Test
	void keepsEveryTextOfThePlanSheetsAsTextNeverAFormula() throws IOException {
		try (Workbook workbook = open(fullPack())) {
			List<String> texts = new ArrayList<>();
			for (String name : List.of(ExcelPlanSheets.INDICATORS_SHEET, ExcelPlanSheets.ISSUES_SHEET,
					ExcelPlanSheets.STATISTICS_SHEET, ExcelPlanSheets.VISITS_SHEET)) {
				for (Row row : workbook.getSheet(name)) {
					for (Cell cell : row) {
						assertThat(cell.getCellType()).as(name + "!" + cell.getAddress()).isNotEqualTo(CellType.FORMULA);
						if (cell.getCellType() == CellType.STRING) {
							texts.add(cell.getStringCellValue());
						}
					}
				}
			}
			assertThat(texts).contains("1-II-2-①", "12.5 %", "A(1)", "行った");
		}
	}

	@Test
	void writesAPackOfVisitsAloneWithASummarySayingThereIsNoRollupAndNoEmptySheets() throws IOException {
		Path file = writer.write(aReviewPack().withoutPledgeReport().withVisits().build(), directory);

		try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
			assertThat(workbook).extracting(Sheet::getSheetName)
				.containsExactly("概要 Summary", "視察 Visits", "出典 Sources", "指摘 Findings");
			Sheet summary = workbook.getSheet(ExcelReviewPackWriter.SUMMARY_SHEET);
			assertThat(text(summary.getRow(1), 1)).isEqualTo(ReviewPacks.MUNICIPALITY);
			assertThat(text(summary.getRow(summary.getLastRowNum()), 0)).isEqualTo(PackText.NO_ROLLUP);
			assertThat(summary.getPrintSetup().getLandscape()).isTrue();
			assertThat(text(workbook.getSheet(ExcelPlanSheets.VISITS_SHEET).getRow(1), 4))
				.isEqualTo(ReviewPacks.DESTINATION + " (172065)");
			assertThat(text(workbook.getSheet(ExcelReviewPackWriter.FINDINGS_SHEET).getRow(1), 2))
				.isEqualTo(PackText.NO_FINDINGS);
		}
		try (Stream<Path> files = Files.list(directory)) {
			assertThat(files.map(path -> path.getFileName().toString())).containsExactly("review-pack_012131_FY2023.xlsx");
		}
	}

	@Test
	void writesAPackWithNothingButItsSummaryAndFindings() throws IOException {
		ReviewPack empty = new ReviewPack(Municipality.of("012131", ReviewPacks.MUNICIPALITY), FiscalYear.of(2023), null,
				List.of(), List.of(), List.of(), List.of(), null);

		try (Workbook workbook = open(empty)) {
			assertThat(workbook).extracting(Sheet::getSheetName).containsExactly("概要 Summary", "指摘 Findings");
		}
	}

	@Test
	void summaryListsARollupWithoutAnOverallRow() throws IOException {
		try (Workbook workbook = open(aReviewPack().withoutOverall().build())) {
			Sheet summary = workbook.getSheet(ExcelReviewPackWriter.SUMMARY_SHEET);
			Row last = summary.getRow(summary.getLastRowNum());
			assertThat(text(last, 1)).isEqualTo("I-2");
			assertThat(last.getCell(5).getNumericCellValue()).isEqualTo(66.0);
		}
	}

	private Workbook open(ReviewPack pack) throws IOException {
		return WorkbookFactory.create(writer.write(pack, directory).toFile(), null, true);
	}

	private static String text(Row row, int column) {
		Cell cell = row.getCell(column);
		return cell == null ? "" : cell.getStringCellValue();
	}
}
