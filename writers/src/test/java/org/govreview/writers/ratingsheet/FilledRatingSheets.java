package org.govreview.writers.ratingsheet;

import static org.govreview.domain.rating.RatingSheetLayout.COLUMN_ACTIVITY;
import static org.govreview.domain.rating.RatingSheetLayout.COLUMN_COMMENT;
import static org.govreview.domain.rating.RatingSheetLayout.COLUMN_DEPARTMENT;
import static org.govreview.domain.rating.RatingSheetLayout.COLUMN_MEASURE;
import static org.govreview.domain.rating.RatingSheetLayout.COLUMN_POLICY_CODE;
import static org.govreview.domain.rating.RatingSheetLayout.COLUMN_RATING;
import static org.govreview.domain.rating.RatingSheetLayout.DATA_START_ROW;
import static org.govreview.domain.rating.RatingSheetLayout.INDICATOR_COLUMN_COMMENT;
import static org.govreview.domain.rating.RatingSheetLayout.INDICATOR_COLUMN_DEPARTMENT;
import static org.govreview.domain.rating.RatingSheetLayout.INDICATOR_COLUMN_INDICATOR;
import static org.govreview.domain.rating.RatingSheetLayout.INDICATOR_COLUMN_INITIATIVE;
import static org.govreview.domain.rating.RatingSheetLayout.INDICATOR_COLUMN_INITIATIVE_CODE;
import static org.govreview.domain.rating.RatingSheetLayout.INDICATOR_COLUMN_VALUE;
import static org.govreview.domain.rating.RatingSheetLayout.INDICATOR_COLUMN_YEAR;
import static org.govreview.domain.rating.RatingSheetLayout.INDICATOR_DATA_START_ROW;
import static org.govreview.domain.rating.RatingSheetLayout.INDICATOR_SHEET_NAME;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Fills in a generated rating sheet the way a department does, with POI: rates pre-filled rows, reports the
 * actuals of pre-filled indicators, and appends rows of its own. Used by the tests and by the generator of the
 * committed samples.
 */
final class FilledRatingSheets implements AutoCloseable {

	private final Path file;

	private final XSSFWorkbook workbook;

	private final XSSFSheet sheet;

	private final XSSFSheet indicators;

	private FilledRatingSheets(Path file) throws IOException {
		this.file = file;
		try (InputStream in = Files.newInputStream(file)) {
			this.workbook = new XSSFWorkbook(in);
		}
		this.sheet = this.workbook.getSheetAt(0);
		this.indicators = this.workbook.getSheet(INDICATOR_SHEET_NAME);
	}

	/** Opens a generated sheet for filling in; {@link #close()} saves it. */
	static FilledRatingSheets fillIn(Path file) {
		try {
			return new FilledRatingSheets(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Rates the pre-filled row whose 取組事業 is {@code activity}. A rating of type String is typed as text. */
	FilledRatingSheets rate(String activity, Object rating, String comment) {
		for (int r = DATA_START_ROW; r <= this.sheet.getLastRowNum(); r++) {
			Row row = this.sheet.getRow(r);
			if (row != null && row.getCell(COLUMN_ACTIVITY) != null
					&& activity.equals(row.getCell(COLUMN_ACTIVITY).getStringCellValue())) {
				set(row, COLUMN_RATING, rating);
				set(row, COLUMN_COMMENT, comment);
				return this;
			}
		}
		throw new IllegalArgumentException("no pre-filled row for " + activity + " in " + this.file);
	}

	/** Appends a row below the last one, as a department adds an activity or a correction. */
	FilledRatingSheets append(String code, String measure, String activity, String department, Object rating,
			String comment) {
		Row row = this.sheet.createRow(this.sheet.getLastRowNum() + 1);
		set(row, COLUMN_POLICY_CODE, code);
		set(row, COLUMN_MEASURE, measure);
		set(row, COLUMN_ACTIVITY, activity);
		set(row, COLUMN_DEPARTMENT, department);
		set(row, COLUMN_RATING, rating);
		set(row, COLUMN_COMMENT, comment);
		return this;
	}

	/**
	 * Reports the actual of the pre-filled indicator row whose 指標 is {@code indicator}. A year or value of type
	 * String is typed as text, a Number as a number; null leaves the cell blank.
	 */
	FilledRatingSheets report(String indicator, Object year, Object value, String comment) {
		for (int r = INDICATOR_DATA_START_ROW; r <= this.indicators.getLastRowNum(); r++) {
			Row row = this.indicators.getRow(r);
			if (row != null && row.getCell(INDICATOR_COLUMN_INDICATOR) != null
					&& indicator.equals(row.getCell(INDICATOR_COLUMN_INDICATOR).getStringCellValue())) {
				set(row, INDICATOR_COLUMN_YEAR, year);
				set(row, INDICATOR_COLUMN_VALUE, value);
				set(row, INDICATOR_COLUMN_COMMENT, comment);
				return this;
			}
		}
		throw new IllegalArgumentException("no pre-filled indicator row for " + indicator + " in " + this.file);
	}

	/** Appends an indicator row below the last one, as a department adds an indicator. */
	FilledRatingSheets appendActual(String code, String initiative, String indicator, String department, Object year,
			Object value, String comment) {
		Row row = this.indicators.createRow(Math.max(this.indicators.getLastRowNum() + 1, INDICATOR_DATA_START_ROW));
		set(row, INDICATOR_COLUMN_INITIATIVE_CODE, code);
		set(row, INDICATOR_COLUMN_INITIATIVE, initiative);
		set(row, INDICATOR_COLUMN_INDICATOR, indicator);
		set(row, INDICATOR_COLUMN_DEPARTMENT, department);
		set(row, INDICATOR_COLUMN_YEAR, year);
		set(row, INDICATOR_COLUMN_VALUE, value);
		set(row, INDICATOR_COLUMN_COMMENT, comment);
		return this;
	}

	@Override
	public void close() {
		try (OutputStream out = Files.newOutputStream(this.file)) {
			this.workbook.write(out);
			this.workbook.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void set(Row row, int column, Object value) {
		if (value == null) {
			return;
		}
		Cell cell = row.getCell(column);
		if (cell == null) {
			cell = row.createCell(column);
			cell.setCellStyle(row.getSheet().getColumnStyle(column));
		}
		if (value instanceof Number number) {
			cell.setCellValue(number.doubleValue());
		}
		else {
			cell.setCellValue(value.toString());
		}
	}
}
