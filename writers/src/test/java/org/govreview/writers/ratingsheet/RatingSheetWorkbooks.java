package org.govreview.writers.ratingsheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Opens written rating sheets with POI's usermodel for assertions. */
final class RatingSheetWorkbooks {

	private RatingSheetWorkbooks() {
	}

	static XSSFWorkbook open(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return new XSSFWorkbook(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The displayed text of a cell, "" when it is absent. */
	static String text(Sheet sheet, int rowIndex, int column) {
		Row row = sheet.getRow(rowIndex);
		Cell cell = (row == null) ? null : row.getCell(column);
		return (cell == null) ? "" : new DataFormatter().formatCellValue(cell);
	}

	/**
	 * The text of every cell of every sheet, by sheet name in workbook order, row by row, for comparing two
	 * workbooks.
	 */
	static Map<String, List<List<String>>> contents(Path file) {
		try (XSSFWorkbook workbook = open(file)) {
			Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
			for (Sheet sheet : workbook) {
				sheets.put(sheet.getSheetName(), rows(sheet));
			}
			return sheets;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<List<String>> rows(Sheet sheet) {
		List<List<String>> rows = new ArrayList<>();
		for (int r = 0; r <= sheet.getLastRowNum(); r++) {
			List<String> cells = new ArrayList<>();
			Row row = sheet.getRow(r);
			for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
				cells.add(text(sheet, r, c));
			}
			rows.add(cells);
		}
		return rows;
	}
}
