package org.govreview.writers.ratingsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.govreview.domain.rating.RatingSheetLayout.COLUMN_ACTIVITY;
import static org.govreview.domain.rating.RatingSheetLayout.COLUMN_COMMENT;
import static org.govreview.domain.rating.RatingSheetLayout.COLUMN_DEPARTMENT;
import static org.govreview.domain.rating.RatingSheetLayout.COLUMN_MEASURE;
import static org.govreview.domain.rating.RatingSheetLayout.COLUMN_POLICY_CODE;
import static org.govreview.domain.rating.RatingSheetLayout.COLUMN_RATING;
import static org.govreview.domain.rating.RatingSheetLayout.DATA_START_ROW;
import static org.govreview.domain.rating.RatingSheetLayout.DEPARTMENT_ROW;
import static org.govreview.domain.rating.RatingSheetLayout.FISCAL_YEAR_ROW;
import static org.govreview.domain.rating.RatingSheetLayout.HEADER_VALUE_COLUMN;
import static org.govreview.domain.rating.RatingSheetLayout.INDICATOR_COLUMN_COMMENT;
import static org.govreview.domain.rating.RatingSheetLayout.INDICATOR_COLUMN_DEPARTMENT;
import static org.govreview.domain.rating.RatingSheetLayout.INDICATOR_COLUMN_INDICATOR;
import static org.govreview.domain.rating.RatingSheetLayout.INDICATOR_COLUMN_INITIATIVE;
import static org.govreview.domain.rating.RatingSheetLayout.INDICATOR_COLUMN_INITIATIVE_CODE;
import static org.govreview.domain.rating.RatingSheetLayout.INDICATOR_COLUMN_VALUE;
import static org.govreview.domain.rating.RatingSheetLayout.INDICATOR_COLUMN_YEAR;
import static org.govreview.domain.rating.RatingSheetLayout.INDICATOR_DATA_START_ROW;
import static org.govreview.domain.rating.RatingSheetLayout.INDICATOR_SHEET_NAME;
import static org.govreview.domain.rating.RatingSheetLayout.INDICATOR_TABLE_HEADER_ROW;
import static org.govreview.domain.rating.RatingSheetLayout.MUNICIPALITY_CODE_ROW;
import static org.govreview.domain.rating.RatingSheetLayout.MUNICIPALITY_NAME_ROW;
import static org.govreview.domain.rating.RatingSheetLayout.VALIDATED_ROWS;
import static org.govreview.writers.ratingsheet.SakuragaokaRatingSheets.DIGITAL;
import static org.govreview.writers.ratingsheet.SakuragaokaRatingSheets.ELDERLY;
import static org.govreview.writers.ratingsheet.SakuragaokaRatingSheets.FY2024;
import static org.govreview.writers.ratingsheet.SakuragaokaRatingSheets.ONLINE;
import static org.govreview.writers.ratingsheet.SakuragaokaRatingSheets.ROWS;
import static org.govreview.writers.ratingsheet.SakuragaokaRatingSheets.SAKURAGAOKA;
import static org.govreview.writers.ratingsheet.SakuragaokaRatingSheets.SMARTPHONE;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.govreview.domain.municipality.Municipality;
import org.govreview.domain.rating.IndicatorSheetRow;
import org.govreview.domain.rating.RatingSheetRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RatingSheetWorkbookWriterTests {

	private final RatingSheetWorkbookWriter writer = new RatingSheetWorkbookWriter();

	@TempDir
	Path directory;

	@Test
	void namesTheFileForMunicipalityYearAndDepartment() {
		Path file = this.writer.write(SAKURAGAOKA, FY2024, DIGITAL, ROWS, this.directory);

		assertThat(file).isEqualTo(this.directory.resolve("rating-sheet_999997_FY2024_デジタル推進課.xlsx"));
		assertThat(file).isRegularFile();
	}

	@Test
	void replacesPathUnsafeCharactersInTheDepartment() {
		Path file = this.writer.write(SAKURAGAOKA, FY2024, "総務局/行政部:管理課", List.of(), this.directory);

		assertThat(file.getFileName()).hasToString("rating-sheet_999997_FY2024_総務局_行政部_管理課.xlsx");
	}

	@Test
	void rejectsABlankDepartment() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.writer.write(SAKURAGAOKA, FY2024, " ", ROWS, this.directory))
			.withMessageContaining("department");
	}

	@Test
	void writesTheHeaderAsText() throws IOException {
		Path file = this.writer.write(Municipality.of("012131", "苫小牧市"), FY2024, DIGITAL, ROWS, this.directory);

		try (XSSFWorkbook workbook = RatingSheetWorkbooks.open(file)) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			RatingSheetTemplateTests.assertHasLayout(workbook);
			assertThat(textCell(sheet, MUNICIPALITY_CODE_ROW, HEADER_VALUE_COLUMN)).isEqualTo("012131");
			assertThat(textCell(sheet, MUNICIPALITY_NAME_ROW, HEADER_VALUE_COLUMN)).isEqualTo("苫小牧市");
			assertThat(textCell(sheet, FISCAL_YEAR_ROW, HEADER_VALUE_COLUMN)).isEqualTo("2024");
			assertThat(textCell(sheet, FISCAL_YEAR_ROW, HEADER_VALUE_COLUMN + 1)).isEqualTo("令和6年度");
			assertThat(textCell(sheet, DEPARTMENT_ROW, HEADER_VALUE_COLUMN)).isEqualTo(DIGITAL);
		}
	}

	@Test
	void prefillsTheDepartmentsRowsAndLeavesRatingAndCommentBlank() throws IOException {
		Path file = this.writer.write(SAKURAGAOKA, FY2024, DIGITAL, ROWS, this.directory);

		try (XSSFWorkbook workbook = RatingSheetWorkbooks.open(file)) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo(DATA_START_ROW + 1);
			assertThat(textCell(sheet, DATA_START_ROW, COLUMN_POLICY_CODE)).isEqualTo("I-1-1");
			assertThat(textCell(sheet, DATA_START_ROW, COLUMN_MEASURE)).isEqualTo("電子申請の対象手続を拡大します");
			assertThat(textCell(sheet, DATA_START_ROW, COLUMN_ACTIVITY)).isEqualTo(ONLINE);
			assertThat(textCell(sheet, DATA_START_ROW + 1, COLUMN_ACTIVITY)).isEqualTo(SMARTPHONE);
			assertThat(textCell(sheet, DATA_START_ROW + 1, COLUMN_DEPARTMENT)).isEqualTo(DIGITAL);
			for (int row = DATA_START_ROW; row <= DATA_START_ROW + 1; row++) {
				assertThat(sheet.getRow(row).getCell(COLUMN_RATING).getCellType()).isEqualTo(CellType.BLANK);
				assertThat(sheet.getRow(row).getCell(COLUMN_COMMENT).getCellType()).isEqualTo(CellType.BLANK);
				assertThat(sheet.getRow(row).getCell(COLUMN_COMMENT).getCellStyle().getDataFormatString())
					.isEqualTo("@");
			}
		}
	}

	@Test
	void matchesTheDepartmentAfterNfkcNormalization() throws IOException {
		List<RatingSheetRow> rows = List.of(new RatingSheetRow("II-2-1", "見守り", "見守り協定", "高齢福祉課"),
				new RatingSheetRow("II-2-2", "名簿", "名簿を更新", "危機管理課"));

		Path file = this.writer.write(SAKURAGAOKA, FY2024, " 高齢福祉課 ", rows, this.directory);

		try (XSSFWorkbook workbook = RatingSheetWorkbooks.open(file)) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo(DATA_START_ROW);
			assertThat(textCell(sheet, DATA_START_ROW, COLUMN_POLICY_CODE)).isEqualTo("II-2-1");
			assertThat(textCell(sheet, DEPARTMENT_ROW, HEADER_VALUE_COLUMN)).isEqualTo(ELDERLY);
		}
	}

	@Test
	void keepsTextThatLooksLikeAFormulaAsText() throws IOException {
		List<RatingSheetRow> rows = List.of(new RatingSheetRow("I-1-1", "=1+1", "=HYPERLINK(\"http://x\")", DIGITAL));

		Path file = this.writer.write(SAKURAGAOKA, FY2024, DIGITAL, rows, this.directory);

		try (XSSFWorkbook workbook = RatingSheetWorkbooks.open(file)) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			assertThat(textCell(sheet, DATA_START_ROW, COLUMN_MEASURE)).isEqualTo("=1+1");
			assertThat(textCell(sheet, DATA_START_ROW, COLUMN_ACTIVITY)).isEqualTo("=HYPERLINK(\"http://x\")");
		}
	}

	@Test
	void validatesRatingsOfThePrefilledRowsAndOfRowsAddedBelow() throws IOException {
		Path file = this.writer.write(SAKURAGAOKA, FY2024, DIGITAL, ROWS, this.directory);

		try (XSSFWorkbook workbook = RatingSheetWorkbooks.open(file)) {
			RatingSheetTemplateTests.assertValidatesRatings(workbook.getSheetAt(0), 2 + VALIDATED_ROWS);
		}
	}

	@Test
	void prefillsTheDepartmentsIndicatorsAndLeavesYearAndValueBlank() throws IOException {
		Path file = this.writer.write(IndicatorActualSheets.MIDORINO, FY2024, IndicatorActualSheets.PLANNING,
				IndicatorActualSheets.ROWS, IndicatorActualSheets.INDICATORS, this.directory);

		try (XSSFWorkbook workbook = RatingSheetWorkbooks.open(file)) {
			RatingSheetTemplateTests.assertHasLayout(workbook);
			RatingSheetTemplateTests.assertHasIndicatorSheet(workbook);
			XSSFSheet sheet = workbook.getSheet(INDICATOR_SHEET_NAME);
			// six indicators, one of them of 施設管理課
			assertThat(sheet.getLastRowNum()).isEqualTo(INDICATOR_DATA_START_ROW + 4);
			assertThat(textCell(sheet, INDICATOR_DATA_START_ROW, INDICATOR_COLUMN_INITIATIVE_CODE)).isEqualTo("1-I-1");
			assertThat(textCell(sheet, INDICATOR_DATA_START_ROW, INDICATOR_COLUMN_INITIATIVE))
				.isEqualTo("行政手続のオンライン化");
			assertThat(textCell(sheet, INDICATOR_DATA_START_ROW, INDICATOR_COLUMN_INDICATOR))
				.isEqualTo(IndicatorActualSheets.ONLINE_RATE);
			assertThat(textCell(sheet, INDICATOR_DATA_START_ROW, INDICATOR_COLUMN_DEPARTMENT))
				.isEqualTo(IndicatorActualSheets.PLANNING);
			assertThat(textCell(sheet, INDICATOR_DATA_START_ROW + 2, INDICATOR_COLUMN_INITIATIVE_CODE)).isEqualTo("3-3-①");
			assertThat(textCell(sheet, INDICATOR_DATA_START_ROW + 4, INDICATOR_COLUMN_INDICATOR))
				.isEqualTo(IndicatorActualSheets.WAITING_TIME);
			for (int row = INDICATOR_DATA_START_ROW; row <= INDICATOR_DATA_START_ROW + 4; row++) {
				for (int column : new int[] { INDICATOR_COLUMN_YEAR, INDICATOR_COLUMN_VALUE, INDICATOR_COLUMN_COMMENT }) {
					assertThat(sheet.getRow(row).getCell(column).getCellType()).isEqualTo(CellType.BLANK);
				}
				assertThat(sheet.getRow(row).getCell(INDICATOR_COLUMN_YEAR).getCellStyle().getDataFormatString())
					.isEqualTo("General");
				assertThat(sheet.getRow(row).getCell(INDICATOR_COLUMN_VALUE).getCellStyle().getDataFormatString())
					.isEqualTo("@");
			}
		}
	}

	@Test
	void validatesActualYearsOfThePrefilledIndicatorsAndOfRowsAddedBelow() throws IOException {
		Path file = this.writer.write(IndicatorActualSheets.MIDORINO, FY2024, IndicatorActualSheets.PLANNING,
				IndicatorActualSheets.ROWS, IndicatorActualSheets.INDICATORS, this.directory);

		try (XSSFWorkbook workbook = RatingSheetWorkbooks.open(file)) {
			RatingSheetTemplateTests.assertValidatesActualYears(workbook.getSheet(INDICATOR_SHEET_NAME),
					5 + VALIDATED_ROWS);
			RatingSheetTemplateTests.assertValidatesRatings(workbook.getSheetAt(0), 1 + VALIDATED_ROWS);
		}
	}

	@Test
	void writesAnEmptyIndicatorSheetWhenGivenNoIndicators() throws IOException {
		Path file = this.writer.write(SAKURAGAOKA, FY2024, DIGITAL, ROWS, this.directory);

		try (XSSFWorkbook workbook = RatingSheetWorkbooks.open(file)) {
			RatingSheetTemplateTests.assertHasIndicatorSheet(workbook);
			XSSFSheet sheet = workbook.getSheet(INDICATOR_SHEET_NAME);
			assertThat(sheet.getLastRowNum()).isEqualTo(INDICATOR_TABLE_HEADER_ROW);
			RatingSheetTemplateTests.assertValidatesActualYears(sheet, VALIDATED_ROWS);
		}
	}

	@Test
	void keepsIndicatorTextThatLooksLikeAFormulaOrANumberAsText() throws IOException {
		List<IndicatorSheetRow> indicators = List.of(new IndicatorSheetRow("0012", "=1+1", "=SUM(A1:A3)", DIGITAL));

		Path file = this.writer.write(SAKURAGAOKA, FY2024, DIGITAL, ROWS, indicators, this.directory);

		try (XSSFWorkbook workbook = RatingSheetWorkbooks.open(file)) {
			XSSFSheet sheet = workbook.getSheet(INDICATOR_SHEET_NAME);
			assertThat(textCell(sheet, INDICATOR_DATA_START_ROW, INDICATOR_COLUMN_INITIATIVE_CODE)).isEqualTo("0012");
			assertThat(textCell(sheet, INDICATOR_DATA_START_ROW, INDICATOR_COLUMN_INITIATIVE)).isEqualTo("=1+1");
			assertThat(textCell(sheet, INDICATOR_DATA_START_ROW, INDICATOR_COLUMN_INDICATOR)).isEqualTo("=SUM(A1:A3)");
		}
	}

	@Test
	void replacesAnExistingFileAndLeavesNoTemporaryFile() throws IOException {
		Path first = this.writer.write(SAKURAGAOKA, FY2024, DIGITAL, List.of(), this.directory);
		Path second = this.writer.write(SAKURAGAOKA, FY2024, DIGITAL, ROWS, this.directory);

		assertThat(second).isEqualTo(first);
		try (Stream<Path> files = Files.list(this.directory)) {
			assertThat(files).containsExactly(second);
		}
		try (XSSFWorkbook workbook = RatingSheetWorkbooks.open(second)) {
			assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(DATA_START_ROW + 1);
		}
	}

	@Test
	void createsTheOutputDirectory() {
		Path file = this.writer.write(SAKURAGAOKA, FY2024, DIGITAL, ROWS, this.directory.resolve("a/b"));

		assertThat(file).isRegularFile();
	}

	/** The value of a cell that must be a text (string) cell. */
	private static String textCell(XSSFSheet sheet, int row, int column) {
		Cell cell = sheet.getRow(row).getCell(column);
		assertThat(cell.getCellType()).as("cell type of row %d column %d", row + 1, column + 1)
			.isEqualTo(CellType.STRING);
		return cell.getStringCellValue();
	}
}
