package org.govreview.writers.ratingsheet;

import static org.govreview.domain.rating.RatingSheetLayout.COLUMN_COMMENT;
import static org.govreview.domain.rating.RatingSheetLayout.COLUMN_LABELS;
import static org.govreview.domain.rating.RatingSheetLayout.COLUMN_RATING;
import static org.govreview.domain.rating.RatingSheetLayout.DATA_START_ROW;
import static org.govreview.domain.rating.RatingSheetLayout.HEADER_LABELS;
import static org.govreview.domain.rating.RatingSheetLayout.HEADER_LABEL_COLUMN;
import static org.govreview.domain.rating.RatingSheetLayout.MARKER;
import static org.govreview.domain.rating.RatingSheetLayout.MARKER_COLUMN;
import static org.govreview.domain.rating.RatingSheetLayout.MARKER_ROW;
import static org.govreview.domain.rating.RatingSheetLayout.MAX_RATING;
import static org.govreview.domain.rating.RatingSheetLayout.MIN_RATING;
import static org.govreview.domain.rating.RatingSheetLayout.MUNICIPALITY_CODE_ROW;
import static org.govreview.domain.rating.RatingSheetLayout.SHEET_NAME;
import static org.govreview.domain.rating.RatingSheetLayout.TABLE_HEADER_ROW;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The parts every rating sheet shares on its first sheet, 評価シート: marker, header labels, table header, column
 * formats, validation.
 */
final class RatingSheetSkeleton {

	/** Column widths in characters, by column. */
	private static final int[] WIDTHS = { 12, 30, 50, 16, 8, 40 };

	private RatingSheetSkeleton() {
	}

	/** Creates the first sheet; the header rows exist, their values are for the caller to write. */
	static XSSFSheet create(XSSFWorkbook workbook, RatingSheetStyles styles, int validatedRows) {
		XSSFSheet sheet = workbook.createSheet(SHEET_NAME);
		RatingSheetWorkbookWriter.text(sheet.createRow(MARKER_ROW), MARKER_COLUMN, MARKER, styles.title());
		for (int i = 0; i < HEADER_LABELS.size(); i++) {
			Row row = sheet.createRow(MUNICIPALITY_CODE_ROW + i);
			RatingSheetWorkbookWriter.text(row, HEADER_LABEL_COLUMN, HEADER_LABELS.get(i), styles.headerLabel());
		}
		Row header = sheet.createRow(TABLE_HEADER_ROW);
		for (int column = 0; column < COLUMN_LABELS.size(); column++) {
			RatingSheetWorkbookWriter.text(header, column, COLUMN_LABELS.get(column), styles.tableHeader());
			sheet.setColumnWidth(column, WIDTHS[column] * 256);
			sheet.setDefaultColumnStyle(column, column == COLUMN_RATING ? styles.rating() : styles.input());
		}
		sheet.createFreezePane(0, DATA_START_ROW);
		sheet.getPrintSetup().setLandscape(true);
		sheet.getPrintSetup().setFitWidth((short) 1);
		sheet.getPrintSetup().setFitHeight((short) 0);
		sheet.setFitToPage(true);
		sheet.setRepeatingRows(new CellRangeAddress(TABLE_HEADER_ROW, TABLE_HEADER_ROW, 0,
				COLUMN_COMMENT));
		addRatingValidation(sheet, validatedRows);
		return sheet;
	}

	private static void addRatingValidation(XSSFSheet sheet, int rows) {
		addWholeNumberValidation(sheet, DATA_START_ROW, rows, COLUMN_RATING, MIN_RATING, MAX_RATING, "評価",
				MIN_RATING + "〜" + MAX_RATING + "の整数を入力してください。",
				MIN_RATING + "〜" + MAX_RATING + "の整数（10が最も進んでいる）。未評価なら空欄。");
	}

	/** A whole-number validation from {@code min} to {@code max} on {@code rows} cells of a column; blank allowed. */
	static void addWholeNumberValidation(XSSFSheet sheet, int firstRow, int rows, int column, int min, int max,
			String title, String error, String prompt) {
		DataValidationHelper helper = sheet.getDataValidationHelper();
		DataValidationConstraint constraint = helper.createIntegerConstraint(OperatorType.BETWEEN,
				String.valueOf(min), String.valueOf(max));
		CellRangeAddressList cells = new CellRangeAddressList(firstRow, firstRow + rows - 1, column, column);
		DataValidation validation = helper.createValidation(constraint, cells);
		validation.setEmptyCellAllowed(true);
		validation.setShowErrorBox(true);
		validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
		validation.createErrorBox(title, error);
		validation.setShowPromptBox(true);
		validation.createPromptBox(title, prompt);
		sheet.addValidationData(validation);
	}
}
