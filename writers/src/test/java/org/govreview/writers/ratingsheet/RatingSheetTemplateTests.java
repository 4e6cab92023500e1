package org.govreview.writers.ratingsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govreview.domain.rating.RatingSheetLayout.COLUMN_LABELS;
import static org.govreview.domain.rating.RatingSheetLayout.COLUMN_RATING;
import static org.govreview.domain.rating.RatingSheetLayout.DATA_START_ROW;
import static org.govreview.domain.rating.RatingSheetLayout.HEADER_LABELS;
import static org.govreview.domain.rating.RatingSheetLayout.HEADER_LABEL_COLUMN;
import static org.govreview.domain.rating.RatingSheetLayout.HEADER_VALUE_COLUMN;
import static org.govreview.domain.rating.RatingSheetLayout.INDICATOR_COLUMN_LABELS;
import static org.govreview.domain.rating.RatingSheetLayout.INDICATOR_COLUMN_YEAR;
import static org.govreview.domain.rating.RatingSheetLayout.INDICATOR_DATA_START_ROW;
import static org.govreview.domain.rating.RatingSheetLayout.INDICATOR_SHEET_NAME;
import static org.govreview.domain.rating.RatingSheetLayout.INDICATOR_TABLE_HEADER_ROW;
import static org.govreview.domain.rating.RatingSheetLayout.MARKER;
import static org.govreview.domain.rating.RatingSheetLayout.MUNICIPALITY_CODE_ROW;
import static org.govreview.domain.rating.RatingSheetLayout.TABLE_HEADER_ROW;
import static org.govreview.domain.rating.RatingSheetLayout.VALIDATED_ROWS;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.govreview.domain.rating.RatingSheetLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed template, templates/rating-sheet.xlsx, has the layout the rating-sheet reader expects, with the
 * empty indicator sheet 指標実績 second: read back, it fails only because its header is empty.
 */
class RatingSheetTemplateTests {

	/** Relative to the writers module directory, where Surefire runs. */
	static final Path COMMITTED_TEMPLATE = Path.of("..", "templates", "rating-sheet.xlsx");

	@Test
	void committedTemplateCarriesMarkerHeaderLabelsAndTableHeader() throws Exception {
		try (XSSFWorkbook workbook = RatingSheetWorkbooks.open(COMMITTED_TEMPLATE)) {
			assertHasLayout(workbook);
		}
	}

	@Test
	void committedTemplateLeavesHeaderValuesAndTableEmpty() throws Exception {
		try (XSSFWorkbook workbook = RatingSheetWorkbooks.open(COMMITTED_TEMPLATE)) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			for (int i = 0; i < HEADER_LABELS.size(); i++) {
				assertThat(RatingSheetWorkbooks.text(sheet, MUNICIPALITY_CODE_ROW + i, HEADER_VALUE_COLUMN)).isEmpty();
			}
			assertThat(sheet.getLastRowNum()).isEqualTo(TABLE_HEADER_ROW);
		}
	}

	@Test
	void committedTemplateKeepsRatingValidationFrom1To10() throws Exception {
		try (XSSFWorkbook workbook = RatingSheetWorkbooks.open(COMMITTED_TEMPLATE)) {
			assertValidatesRatings(workbook.getSheetAt(0), VALIDATED_ROWS);
		}
	}

	@Test
	void committedTemplateFormatsInputCellsAsTextExceptTheRating() throws Exception {
		try (XSSFWorkbook workbook = RatingSheetWorkbooks.open(COMMITTED_TEMPLATE)) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			for (int column = 0; column < COLUMN_LABELS.size(); column++) {
				String format = sheet.getColumnStyle(column).getDataFormatString();
				assertThat(format).as(COLUMN_LABELS.get(column)).isEqualTo(column == COLUMN_RATING ? "General" : "@");
			}
			for (int i = 0; i < HEADER_LABELS.size(); i++) {
				assertThat(sheet.getRow(MUNICIPALITY_CODE_ROW + i).getCell(HEADER_VALUE_COLUMN).getCellStyle()
					.getDataFormatString()).isEqualTo("@");
			}
		}
	}

	@Test
	void committedTemplateHasTheIndicatorSheetBetweenRatingsAndInstructions() throws Exception {
		try (XSSFWorkbook workbook = RatingSheetWorkbooks.open(COMMITTED_TEMPLATE)) {
			assertThat(IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetName))
				.containsExactly(RatingSheetLayout.SHEET_NAME, INDICATOR_SHEET_NAME,
						RatingSheetLayout.INSTRUCTIONS_SHEET_NAME);
			assertHasIndicatorSheet(workbook);
			assertThat(workbook.getSheet(INDICATOR_SHEET_NAME).getLastRowNum()).isEqualTo(INDICATOR_TABLE_HEADER_ROW);
		}
	}

	@Test
	void committedTemplateValidatesTheActualYearFrom2000To2100() throws Exception {
		try (XSSFWorkbook workbook = RatingSheetWorkbooks.open(COMMITTED_TEMPLATE)) {
			assertValidatesActualYears(workbook.getSheet(INDICATOR_SHEET_NAME), VALIDATED_ROWS);
		}
	}

	@Test
	void committedTemplateFormatsIndicatorInputCellsAsTextExceptTheYear() throws Exception {
		try (XSSFWorkbook workbook = RatingSheetWorkbooks.open(COMMITTED_TEMPLATE)) {
			XSSFSheet sheet = workbook.getSheet(INDICATOR_SHEET_NAME);
			for (int column = 0; column < INDICATOR_COLUMN_LABELS.size(); column++) {
				String format = sheet.getColumnStyle(column).getDataFormatString();
				assertThat(format).as(INDICATOR_COLUMN_LABELS.get(column))
					.isEqualTo(column == INDICATOR_COLUMN_YEAR ? "General" : "@");
			}
		}
	}

	@Test
	void committedTemplateExplainsHowToFillItIn() throws Exception {
		try (XSSFWorkbook workbook = RatingSheetWorkbooks.open(COMMITTED_TEMPLATE)) {
			XSSFSheet instructions = workbook.getSheet(RatingSheetLayout.INSTRUCTIONS_SHEET_NAME);
			assertThat(workbook.getSheetIndex(instructions)).isEqualTo(2);
			assertThat(RatingSheetWorkbooks.text(instructions, 0, 0)).isEqualTo("記入方法");
			assertThat(RatingSheetWorkbooks.text(instructions, 2, 0)).contains("1〜10");
			assertThat(IntStream.rangeClosed(0, instructions.getLastRowNum())
				.mapToObj((row) -> RatingSheetWorkbooks.text(instructions, row, 0)))
				.anySatisfy((line) -> assertThat(line).contains(INDICATOR_SHEET_NAME, "実績年度", "実績値"))
				.anySatisfy((line) -> assertThat(line).contains("空欄", "未報告"));
		}
	}

	@Test
	void committedTemplateIsWhatTheWriterWritesNow(@TempDir Path directory) {
		Path written = directory.resolve("rating-sheet.xlsx");
		new RatingSheetWorkbookWriter().writeTemplate(written);
		assertThat(RatingSheetWorkbooks.contents(written)).isEqualTo(RatingSheetWorkbooks.contents(COMMITTED_TEMPLATE));
	}

	/** Marker in A1, header labels in A2:A5, table header in row 7, on the first sheet named 評価シート. */
	static void assertHasLayout(XSSFWorkbook workbook) {
		XSSFSheet sheet = workbook.getSheetAt(0);
		assertThat(sheet.getSheetName()).isEqualTo(RatingSheetLayout.SHEET_NAME);
		assertThat(sheet.getRow(0).getCell(0).getCellType()).isEqualTo(CellType.STRING);
		assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(MARKER);
		for (int i = 0; i < HEADER_LABELS.size(); i++) {
			assertThat(RatingSheetWorkbooks.text(sheet, MUNICIPALITY_CODE_ROW + i, HEADER_LABEL_COLUMN))
				.isEqualTo(HEADER_LABELS.get(i));
		}
		for (int column = 0; column < COLUMN_LABELS.size(); column++) {
			assertThat(RatingSheetWorkbooks.text(sheet, TABLE_HEADER_ROW, column)).isEqualTo(COLUMN_LABELS.get(column));
		}
		assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) DATA_START_ROW);
	}

	/** The indicator sheet 指標実績: title in A1, table header in row 3, frozen above row 4. */
	static void assertHasIndicatorSheet(XSSFWorkbook workbook) {
		XSSFSheet sheet = workbook.getSheet(INDICATOR_SHEET_NAME);
		assertThat(sheet).as(INDICATOR_SHEET_NAME).isNotNull();
		assertThat(workbook.getSheetIndex(sheet)).isEqualTo(1);
		assertThat(RatingSheetWorkbooks.text(sheet, 0, 0)).contains(INDICATOR_SHEET_NAME);
		for (int column = 0; column < INDICATOR_COLUMN_LABELS.size(); column++) {
			assertThat(RatingSheetWorkbooks.text(sheet, INDICATOR_TABLE_HEADER_ROW, column))
				.isEqualTo(INDICATOR_COLUMN_LABELS.get(column));
		}
		assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) INDICATOR_DATA_START_ROW);
	}

	/** One whole-number 2000–2100 validation on the 実績年度 column, from the first data row for {@code rows} rows. */
	static void assertValidatesActualYears(XSSFSheet sheet, int rows) {
		List<? extends DataValidation> validations = sheet.getDataValidations();
		assertThat(validations).hasSize(1);
		DataValidation validation = validations.get(0);
		assertThat(validation.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.INTEGER);
		assertThat(validation.getValidationConstraint().getOperator()).isEqualTo(OperatorType.BETWEEN);
		assertThat(validation.getValidationConstraint().getFormula1()).isEqualTo("2000");
		assertThat(validation.getValidationConstraint().getFormula2()).isEqualTo("2100");
		assertThat(validation.getShowErrorBox()).isTrue();
		assertThat(validation.getEmptyCellAllowed()).isTrue();
		assertThat(validation.getRegions().getCellRangeAddresses()).containsExactly(new CellRangeAddress(
				INDICATOR_DATA_START_ROW, INDICATOR_DATA_START_ROW + rows - 1, INDICATOR_COLUMN_YEAR,
				INDICATOR_COLUMN_YEAR));
	}

	/** One whole-number 1–10 validation on the rating column, from the first data row for {@code rows} rows. */
	static void assertValidatesRatings(XSSFSheet sheet, int rows) {
		List<? extends DataValidation> validations = sheet.getDataValidations();
		assertThat(validations).hasSize(1);
		DataValidation validation = validations.get(0);
		assertThat(validation.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.INTEGER);
		assertThat(validation.getValidationConstraint().getOperator()).isEqualTo(OperatorType.BETWEEN);
		assertThat(validation.getValidationConstraint().getFormula1()).isEqualTo("1");
		assertThat(validation.getValidationConstraint().getFormula2()).isEqualTo("10");
		assertThat(validation.getShowErrorBox()).isTrue();
		assertThat(validation.getRegions().getCellRangeAddresses()).containsExactly(
				new CellRangeAddress(DATA_START_ROW, DATA_START_ROW + rows - 1, COLUMN_RATING, COLUMN_RATING));
	}
}
