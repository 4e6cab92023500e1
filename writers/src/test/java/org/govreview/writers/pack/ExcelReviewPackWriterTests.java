package org.govreview.writers.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govreview.writers.pack.ReviewPacks.aReviewPack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.govreview.domain.pack.ReviewPack;
import org.govreview.domain.document.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExcelReviewPackWriterTests {

	@TempDir
	Path directory;

	private final ExcelReviewPackWriter writer = new ExcelReviewPackWriter();

	@Test
	void writesOneWorkbookNamedForMunicipalityCodeAndFiscalYearAndLeavesNoTemporaryFile() throws IOException {
		Path file = writer.write(aReviewPack().build(), directory);

		assertThat(file.getFileName().toString()).isEqualTo("review-pack_012131_FY2023.xlsx");
		assertThat(filesIn(directory)).containsExactly("review-pack_012131_FY2023.xlsx");
	}

	@Test
	void replacesAnEarlierPackOfTheSameMunicipalityAndYear() throws IOException {
		writer.write(aReviewPack().build(), directory);
		Path file = writer.write(aReviewPack().withoutDisagreements().build(), directory);

		assertThat(filesIn(directory)).containsExactly("review-pack_012131_FY2023.xlsx");
		try (Workbook workbook = WorkbookFactory.create(file.toFile())) {
			assertThat(text(workbook.getSheet(ExcelReviewPackWriter.RECONCILIATION_SHEET).getRow(1), 2))
				.isEqualTo(PackText.NO_DISAGREEMENTS);
		}
	}

	@Test
	void hasSummaryDetailReconciliationSourcesAndFindingsSheets() throws IOException {
		try (Workbook workbook = open(aReviewPack().build())) {
			assertThat(workbook).extracting(Sheet::getSheetName)
				.containsExactly("概要 Summary", "施策詳細 Detail", "突合 Reconciliation", "出典 Sources", "指摘 Findings");
		}
	}

	@Test
	void summaryHeaderNamesMunicipalityFiscalYearRuleAndTime() throws IOException {
		try (Workbook workbook = open(aReviewPack().build())) {
			Sheet summary = workbook.getSheet(ExcelReviewPackWriter.SUMMARY_SHEET);
			assertThat(text(summary.getRow(1), 1)).isEqualTo("苫小牧市");
			assertThat(text(summary.getRow(1), 2)).isEqualTo("012131");
			assertThat(text(summary.getRow(2), 1)).isEqualTo("FY2023");
			assertThat(text(summary.getRow(2), 2)).isEqualTo("令和5年度");
			assertThat(text(summary.getRow(3), 1)).isEqualTo("苫小牧市 市長公約 10段階");
			assertThat(text(summary.getRow(4), 1)).isEqualTo("2024-05-10 09:30 JST");
		}
	}

	@Test
	void summaryListsBasicPoliciesAndPledgesWithNumericFiguresAndOverallLast() throws IOException {
		try (Workbook workbook = open(aReviewPack().build())) {
			Sheet summary = workbook.getSheet(ExcelReviewPackWriter.SUMMARY_SHEET);
			int header = rowIndexOf(summary, 1, "コード Code");

			assertThat(codesBelow(summary, header)).containsExactly("I", "I-1", "I-2", "全体");
			Row disagreeing = summary.getRow(rowIndexOf(summary, 1, "I-2"));
			assertThat(text(disagreeing, 0)).isEqualTo("公約");
			assertThat(text(disagreeing, 2)).isEqualTo(ReviewPacks.DISAGREEING_PLEDGE);
			assertThat(disagreeing.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(disagreeing.getCell(3).getNumericCellValue()).isEqualTo(55.0);
			assertThat(disagreeing.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0");
			assertThat(text(disagreeing, 4)).isEqualTo("50–60");
			assertThat(disagreeing.getCell(5).getNumericCellValue()).isEqualTo(66.0);
			assertThat(text(disagreeing, 6)).isEqualTo("不一致 DISAGREES");
			assertThat(text(disagreeing, 7)).isEqualTo(ReviewPacks.DISAGREEMENT_NOTE);

			Row overall = summary.getRow(summary.getLastRowNum());
			assertThat(overall.getCell(3).getNumericCellValue()).isEqualTo(59.2);
			assertThat(overall.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.0");
			assertThat(text(overall, 4)).as("an exact figure has no range").isEmpty();
		}
	}

	@Test
	void detailShowsStarsAndLeavesMissingRatingsEmptyRatherThanZero() throws IOException {
		try (Workbook workbook = open(aReviewPack().build())) {
			Sheet detail = workbook.getSheet(ExcelReviewPackWriter.DETAIL_SHEET);
			assertThat(detail.getLastRowNum()).as("two activities and a measure without any").isEqualTo(3);

			Row rated = detail.getRow(1);
			assertThat(text(rated, 0)).isEqualTo("I-1-1");
			assertThat(text(rated, 2)).isEqualTo("総合政策部 政策推進課、財政部 財政課");
			assertThat(text(rated, 3)).isEqualTo("★★★★★★★☆☆☆ (7)");
			assertThat(rated.getCell(4).getNumericCellValue()).isEqualTo(7.25);
			assertThat(rated.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0.00");
			assertThat(text(rated, 5)).isEqualTo("I-1-1-1");
			assertThat(text(rated, 7)).isEqualTo("政策推進課: 8 計画どおり\n財政課: 7");

			Row unrated = detail.getRow(3);
			assertThat(text(unrated, 0)).isEqualTo("I-2-1");
			assertThat(text(unrated, 3)).isEmpty();
			assertThat(unrated.getCell(4).getCellType()).isEqualTo(CellType.BLANK);
		}
	}

	@Test
	void keepsFormulaLookingTextFromSourceDocumentsAsText() throws IOException {
		try (Workbook workbook = open(aReviewPack().build())) {
			Cell activity = workbook.getSheet(ExcelReviewPackWriter.DETAIL_SHEET).getRow(2).getCell(6);
			assertThat(activity.getCellType()).isEqualTo(CellType.STRING);
			assertThat(activity.getStringCellValue()).isEqualTo(ReviewPacks.FORMULA_TEXT);

			List<String> texts = new ArrayList<>();
			for (Sheet sheet : workbook) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						assertThat(cell.getCellType()).as(sheet.getSheetName() + "!" + cell.getAddress())
							.isNotEqualTo(CellType.FORMULA);
						if (cell.getCellType() == CellType.STRING) {
							texts.add(cell.getStringCellValue());
						}
					}
				}
			}
			assertThat(texts).contains("@11", "-", "財政課: 6 +5% 改善");
		}
	}

	@Test
	void reconciliationListsTheDisagreementsWithTheirNote() throws IOException {
		try (Workbook workbook = open(aReviewPack().build())) {
			Sheet reconciliation = workbook.getSheet(ExcelReviewPackWriter.RECONCILIATION_SHEET);
			assertThat(reconciliation.getLastRowNum()).isEqualTo(1);
			Row row = reconciliation.getRow(1);
			assertThat(text(row, 1)).isEqualTo("I-2");
			assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(66.0);
			assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(55.0);
			assertThat(text(row, 5)).isEqualTo("50–60");
			assertThat(text(row, 6)).isEqualTo(ReviewPacks.DISAGREEMENT_NOTE);
		}
	}

	@Test
	void sourcesAndFindingsListWhatThePackCameFrom() throws IOException {
		try (Workbook workbook = open(aReviewPack().build())) {
			Sheet sources = workbook.getSheet(ExcelReviewPackWriter.SOURCES_SHEET);
			assertThat(text(sources.getRow(2), 1)).isEqualTo("sheets/財政課_2023.xlsx");
			Sheet findings = workbook.getSheet(ExcelReviewPackWriter.FINDINGS_SHEET);
			assertThat(findings.getLastRowNum()).isEqualTo(3);
			assertThat(text(findings.getRow(1), 0)).isEqualTo("INFO");
			assertThat(text(findings.getRow(1), 2)).isEqualTo("OCR: 苦小牧 read as 苫小牧");
		}
	}

	@Test
	void noticesAboveTheFindingsADocumentThatLostMostOfItsFacts() throws IOException {
		try (Workbook workbook = open(aReviewPack().withFinding(Finding.error("stripped.txt, versions",
				"current version lost most of its facts against the earlier version good.txt (dated 2024-05-01): star ratings 33 → 0",
				"star ratings 33 → 0")).build())) {
			Sheet findings = workbook.getSheet(ExcelReviewPackWriter.FINDINGS_SHEET);
			assertThat(text(findings.getRow(0), 0)).isEqualTo(PackText.LOST_FACTS_NOTICE);
			assertThat(text(findings.getRow(1), 0)).isEqualTo("stripped.txt, versions: current version lost most of its "
					+ "facts against the earlier version good.txt (dated 2024-05-01): star ratings 33 → 0");
			assertThat(text(findings.getRow(2), 0)).isEqualTo("重要度 Severity");
			assertThat(text(findings.getRow(6), 0)).isEqualTo("ERROR");
		}
	}

	@Test
	void tablesHaveBoldFrozenFilteredHeadersAndPrintOnA4Landscape() throws IOException {
		try (Workbook workbook = open(aReviewPack().build())) {
			XSSFSheet summary = (XSSFSheet) workbook.getSheet(ExcelReviewPackWriter.SUMMARY_SHEET);
			int header = rowIndexOf(summary, 1, "コード Code");
			assertThat(workbook.getFontAt(summary.getRow(header).getCell(0).getCellStyle().getFontIndex()).getBold())
				.isTrue();
			assertThat(summary.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) (header + 1));
			assertThat(summary.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A" + (header + 1) + ":H" + (header + 5));
			assertThat(summary.getRepeatingRows().formatAsString()).isEqualTo((header + 1) + ":" + (header + 1));
			assertThat(summary.getPrintSetup().getLandscape()).isTrue();
			assertThat(summary.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
			assertThat(summary.getRow(header + 1).getCell(2).getCellStyle().getWrapText()).isTrue();
		}
	}

	private Workbook open(ReviewPack pack) throws IOException {
		return WorkbookFactory.create(writer.write(pack, directory).toFile(), null, true);
	}

	private static String text(Row row, int column) {
		Cell cell = row.getCell(column);
		return cell == null ? "" : cell.getStringCellValue();
	}

	private static int rowIndexOf(Sheet sheet, int column, String value) {
		for (Row row : sheet) {
			Cell cell = row.getCell(column);
			if (cell != null && cell.getCellType() == CellType.STRING && value.equals(cell.getStringCellValue())) {
				return row.getRowNum();
			}
		}
		throw new AssertionError("no row with " + value + " in " + sheet.getSheetName());
	}

	private static List<String> codesBelow(Sheet sheet, int header) {
		List<String> codes = new ArrayList<>();
		for (int i = header + 1; i <= sheet.getLastRowNum(); i++) {
			codes.add(text(sheet.getRow(i), 1));
		}
		return codes;
	}

	private static List<String> filesIn(Path directory) throws IOException {
		try (Stream<Path> files = Files.list(directory)) {
			return files.map(file -> file.getFileName().toString()).toList();
		}
	}
}
