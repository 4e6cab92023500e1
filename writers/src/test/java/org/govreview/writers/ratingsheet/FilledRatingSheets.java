package org.govreview.writers.ratingsheet;

import static org.govreview.domain.rating.RatingSheetLayout.COLUMN_ACTIVITY;
import static org.govreview.domain.rating.RatingSheetLayout.COLUMN_COMMENT;
import static org.govreview.domain.rating.RatingSheetLayout.COLUMN_DEPARTMENT;
import static org.govreview.domain.rating.RatingSheetLayout.COLUMN_MEASURE;
import static org.govreview.domain.rating.RatingSheetLayout.COLUMN_POLICY_CODE;
import static org.govreview.domain.rating.RatingSheetLayout.COLUMN_RATING;
import static org.govreview.domain.rating.RatingSheetLayout.DATA_START_ROW;

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
 * Fills in a generated rating sheet the way a department does, with POI: rates pre-filled rows and appends rows
 * of its own. Used by the tests and by the generator of the committed samples.
 */
final class FilledRatingSheets implements AutoCloseable {

	private final Path file;

	private final XSSFWorkbook workbook;

	private final XSSFSheet sheet;

	private FilledRatingSheets(Path file) throws IOException {
		this.file = file;
		try (InputStream in = Files.newInputStream(file)) {
			this.workbook = new XSSFWorkbook(in);
		}
		this.sheet = this.workbook.getSheetAt(0);
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
