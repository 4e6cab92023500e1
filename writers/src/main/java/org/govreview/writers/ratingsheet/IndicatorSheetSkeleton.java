package org.govreview.writers.ratingsheet;

import static org.govreview.domain.rating.RatingSheetLayout.INDICATOR_COLUMN_COMMENT;
import static org.govreview.domain.rating.RatingSheetLayout.INDICATOR_COLUMN_LABELS;
import static org.govreview.domain.rating.RatingSheetLayout.INDICATOR_COLUMN_YEAR;
import static org.govreview.domain.rating.RatingSheetLayout.INDICATOR_DATA_START_ROW;
import static org.govreview.domain.rating.RatingSheetLayout.INDICATOR_SHEET_NAME;
import static org.govreview.domain.rating.RatingSheetLayout.INDICATOR_TABLE_HEADER_ROW;
import static org.govreview.domain.rating.RatingSheetLayout.INDICATOR_TITLE_ROW;
import static org.govreview.domain.rating.RatingSheetLayout.MAX_ACTUAL_YEAR;
import static org.govreview.domain.rating.RatingSheetLayout.MIN_ACTUAL_YEAR;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The second sheet, 指標実績: title, table header, column formats (text everywhere but 実績年度, so that "25.3%"
 * and "120件" stay as typed) and the 実績年度 validation.
 */
final class IndicatorSheetSkeleton {

	/** The title in A1, for people; the reader finds the table by its header. */
	static final String TITLE = "指標実績（行動計画の指標の最新の実績値）";

	/** Column widths in characters, by column. */
	private static final int[] WIDTHS = { 12, 30, 40, 16, 10, 14, 40 };

	private IndicatorSheetSkeleton() {
	}

	/** Creates the indicator sheet with an empty table. */
	static XSSFSheet create(XSSFWorkbook workbook, RatingSheetStyles styles, int validatedRows) {
		XSSFSheet sheet = workbook.createSheet(INDICATOR_SHEET_NAME);
		RatingSheetWorkbookWriter.text(sheet.createRow(INDICATOR_TITLE_ROW), 0, TITLE, styles.title());
		Row header = sheet.createRow(INDICATOR_TABLE_HEADER_ROW);
		for (int column = 0; column < INDICATOR_COLUMN_LABELS.size(); column++) {
			RatingSheetWorkbookWriter.text(header, column, INDICATOR_COLUMN_LABELS.get(column), styles.tableHeader());
			sheet.setColumnWidth(column, WIDTHS[column] * 256);
			sheet.setDefaultColumnStyle(column, column == INDICATOR_COLUMN_YEAR ? styles.year() : styles.input());
		}
		sheet.createFreezePane(0, INDICATOR_DATA_START_ROW);
		sheet.getPrintSetup().setLandscape(true);
		sheet.getPrintSetup().setFitWidth((short) 1);
		sheet.getPrintSetup().setFitHeight((short) 0);
		sheet.setFitToPage(true);
		sheet.setRepeatingRows(new CellRangeAddress(INDICATOR_TABLE_HEADER_ROW, INDICATOR_TABLE_HEADER_ROW, 0,
				INDICATOR_COLUMN_COMMENT));
		RatingSheetSkeleton.addWholeNumberValidation(sheet, INDICATOR_DATA_START_ROW, validatedRows,
				INDICATOR_COLUMN_YEAR, MIN_ACTUAL_YEAR, MAX_ACTUAL_YEAR, "実績年度",
				"実績の年度を西暦4桁（" + MIN_ACTUAL_YEAR + "〜" + MAX_ACTUAL_YEAR + "）で入力してください。",
				"実績値の年度（西暦4桁、例: 2024）。");
		return sheet;
	}
}
