package org.govreview.readers.ratingsheet;

import static org.govreview.domain.rating.RatingSheetLayout.DATA_START_ROW;
import static org.govreview.domain.rating.RatingSheetLayout.DEPARTMENT_ROW;
import static org.govreview.domain.rating.RatingSheetLayout.FISCAL_YEAR_ROW;
import static org.govreview.domain.rating.RatingSheetLayout.HEADER_VALUE_COLUMN;
import static org.govreview.domain.rating.RatingSheetLayout.INDICATOR_DATA_START_ROW;
import static org.govreview.domain.rating.RatingSheetLayout.INDICATOR_SHEET_NAME;
import static org.govreview.domain.rating.RatingSheetLayout.MARKER_COLUMN;
import static org.govreview.domain.rating.RatingSheetLayout.MARKER_ROW;
import static org.govreview.domain.rating.RatingSheetLayout.MUNICIPALITY_CODE_ROW;
import static org.govreview.domain.rating.RatingSheetLayout.MUNICIPALITY_NAME_ROW;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Test fixtures: rating sheets filled in the way a department would, starting from the committed template that
 * {@code RatingSheetWorkbookWriter} generated (the readers module cannot depend on the writers module). Header
 * values and rows are written with POI; the data rows of both sheets (評価シート and 指標実績) are streamed, so
 * large sheets are cheap to make.
 */
final class FilledRatingSheets {

	/** The committed template, relative to the readers module directory. */
	static final Path TEMPLATE = Path.of("..", "templates", "rating-sheet.xlsx");

	private Object municipalityCode = "999997";

	private Object municipalityName = "桜ヶ丘市";

	private Object fiscalYear = "2024";

	private Object department = "デジタル推進課";

	private String marker;

	private final List<Object[]> rows = new ArrayList<>();

	private final List<Object[]> actuals = new ArrayList<>();

	private final List<Consumer<XSSFWorkbook>> edits = new ArrayList<>();

	private FilledRatingSheets() {
	}

	/** A sheet of 桜ヶ丘市 (999997), FY2024, デジタル推進課, with no rows yet. */
	static FilledRatingSheets sakuragaoka() {
		return new FilledRatingSheets();
	}

	/** Header values: a String is written as text, a Number as a number, null leaves the cell blank. */
	FilledRatingSheets header(Object code, Object name, Object year, Object department) {
		this.municipalityCode = code;
		this.municipalityName = name;
		this.fiscalYear = year;
		this.department = department;
		return this;
	}

	FilledRatingSheets marker(String marker) {
		this.marker = marker;
		return this;
	}

	/**
	 * A data row in layout order: 政策コード, 施策, 取組事業, 担当部署, 評価, コメント. The rating may be a String
	 * (text cell), a Number (numeric cell) or null (blank).
	 */
	FilledRatingSheets row(String code, String activity, Object rating, String comment) {
		return row(code, null, activity, null, rating, comment);
	}

	FilledRatingSheets row(String code, String measure, String activity, String department, Object rating,
			String comment) {
		this.rows.add(new Object[] { code, measure, activity, department, rating, comment });
		return this;
	}

	/**
	 * A row of the indicator sheet in layout order: 取組コード, 取組, 指標, 担当部署, 実績年度, 実績値, コメント. The
	 * year and value may be a String (text cell), a Number (numeric cell) or null (blank).
	 */
	FilledRatingSheets actual(String initiativeCode, String initiative, String indicator, String department,
			Object year, Object value, String comment) {
		this.actuals.add(new Object[] { initiativeCode, initiative, indicator, department, year, value, comment });
		return this;
	}

	/** An indicator-sheet row of code, indicator, year and value only. */
	FilledRatingSheets actual(String initiativeCode, String indicator, Object year, Object value) {
		return actual(initiativeCode, null, indicator, null, year, value, null);
	}

	/** The workbook as the template was before it had the indicator sheet. */
	FilledRatingSheets withoutIndicatorSheet() {
		return edit((workbook) -> workbook.removeSheetAt(workbook.getSheetIndex(INDICATOR_SHEET_NAME)));
	}

	/** A row whose cells exist but are empty or white space, as left behind by deleting the contents. */
	FilledRatingSheets blankRow() {
		this.rows.add(new Object[] { "", " ", null, "\u3000", "", null });
		return this;
	}

	/** Any other change to the workbook before the rows are written. */
	FilledRatingSheets edit(Consumer<XSSFWorkbook> edit) {
		this.edits.add(edit);
		return this;
	}

	/** Writes the sheet as {@code fileName} into {@code directory}. */
	Path writeTo(Path directory, String fileName) {
		Path target = directory.resolve(fileName);
		try (InputStream in = Files.newInputStream(TEMPLATE); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			if (this.marker != null) {
				set(sheet.getRow(MARKER_ROW), MARKER_COLUMN, this.marker);
			}
			set(sheet.getRow(MUNICIPALITY_CODE_ROW), HEADER_VALUE_COLUMN, this.municipalityCode);
			set(sheet.getRow(MUNICIPALITY_NAME_ROW), HEADER_VALUE_COLUMN, this.municipalityName);
			set(sheet.getRow(FISCAL_YEAR_ROW), HEADER_VALUE_COLUMN, this.fiscalYear);
			set(sheet.getRow(DEPARTMENT_ROW), HEADER_VALUE_COLUMN, this.department);
			this.edits.forEach((edit) -> edit.accept(workbook));
			try (SXSSFWorkbook streaming = new SXSSFWorkbook(workbook, 100, true, true);
					OutputStream out = Files.newOutputStream(target)) {
				writeRows(streaming.getSheetAt(0), DATA_START_ROW, this.rows);
				if (!this.actuals.isEmpty()) {
					writeRows(streaming.getSheet(INDICATOR_SHEET_NAME), INDICATOR_DATA_START_ROW, this.actuals);
				}
				streaming.write(out);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return target;
	}

	private static void writeRows(Sheet sheet, int firstRow, List<Object[]> rows) {
		for (int i = 0; i < rows.size(); i++) {
			Row row = sheet.createRow(firstRow + i);
			Object[] values = rows.get(i);
			for (int column = 0; column < values.length; column++) {
				set(row, column, values[column]);
			}
		}
	}

	/** The excel row number of the n-th row added (0-based). */
	static int rowNumberOf(int n) {
		return DATA_START_ROW + n + 1;
	}

	/** The excel row number of the n-th indicator row added (0-based). */
	static int actualRowNumberOf(int n) {
		return INDICATOR_DATA_START_ROW + n + 1;
	}

	private static void set(Row row, int column, Object value) {
		if (value == null) {
			return;
		}
		Cell cell = row.getCell(column);
		if (cell == null) {
			// as Excel does, a new cell takes the style of its column
			cell = row.createCell(column);
			CellStyle columnStyle = row.getSheet().getColumnStyle(column);
			if (columnStyle != null) {
				cell.setCellStyle(columnStyle);
			}
		}
		if (value instanceof Number number) {
			cell.setCellValue(number.doubleValue());
		}
		else {
			cell.setCellValue(value.toString());
		}
	}
}
