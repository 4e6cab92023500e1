package org.govreview.writers.pack;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * One sheet of the workbook holding a table under an optional heading block: bold header row, panes frozen below
 * it, an auto-filter over the table, and an A4 landscape print setup that repeats the header on every page.
 * <p>
 * Every string is written with {@code setCellValue(String)}, which makes a text cell: text from a source document
 * that looks like a formula ({@code =SUM(A1:A2)}, {@code +81…}, {@code @…}) stays text.
 */
final class ExcelTableSheet {

	/** Excel's limit on the characters in one cell. */
	private static final int MAX_CELL_TEXT = 32_767;

	/** A table column: header text, width in characters (a kanji counts as two), whether long text wraps. */
	record Column(String title, int width, boolean wrap) {
	}

	private final Sheet sheet;

	private final ExcelStyles styles;

	private List<Column> columns = List.of();

	private int headerRow = -1;

	private int nextRow;

	ExcelTableSheet(Workbook workbook, String name, ExcelStyles styles) {
		this.sheet = workbook.createSheet(name);
		this.styles = styles;
	}

	void title(String text) {
		Cell cell = sheet.createRow(nextRow++).createCell(0);
		cell.setCellValue(text);
		cell.setCellStyle(styles.title);
	}

	/** A heading line: a bold label and its values, e.g. 年度 | FY2023 | 令和5年度. */
	void field(String label, String... values) {
		Row row = sheet.createRow(nextRow++);
		setText(row.createCell(0), label, styles.label);
		for (int i = 0; i < values.length; i++) {
			setText(row.createCell(i + 1), values[i], styles.text);
		}
	}

	void blankRow() {
		nextRow++;
	}

	void header(List<Column> columns) {
		this.columns = List.copyOf(columns);
		this.headerRow = nextRow++;
		Row row = sheet.createRow(headerRow);
		for (int i = 0; i < columns.size(); i++) {
			setText(row.createCell(i), columns.get(i).title(), styles.header);
			sheet.setColumnWidth(i, Math.min(255, columns.get(i).width()) * 256);
		}
	}

	/** Starts the next table row; cells are filled left to right. */
	RowCells row() {
		return new RowCells(sheet.createRow(nextRow++));
	}

	/** Freezes the panes below the header, filters the table and sets up printing (also for a sheet without one). */
	void finish() {
		if (headerRow >= 0) {
			int lastColumn = columns.size() - 1;
			sheet.createFreezePane(0, headerRow + 1);
			sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, nextRow - 1), 0, lastColumn));
			sheet.setRepeatingRows(CellRangeAddress.valueOf((headerRow + 1) + ":" + (headerRow + 1)));
		}
		PrintSetup print = sheet.getPrintSetup();
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		print.setLandscape(true);
		sheet.setFitToPage(true);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) 0);
		// Excel header/footer codes: page number / number of pages
		sheet.getFooter().setCenter("&P / &N");
	}

	private static void setText(Cell cell, String text, CellStyle style) {
		String value = PackText.orEmpty(text);
		cell.setCellValue(value.length() > MAX_CELL_TEXT ? value.substring(0, MAX_CELL_TEXT - 1) + "…" : value);
		cell.setCellStyle(style);
	}

	/** The cells of one table row. */
	final class RowCells {

		private final Row row;

		private int column;

		private RowCells(Row row) {
			this.row = row;
		}

		/** A text cell, wrapped when its column wraps. Null is written as an empty cell. */
		RowCells text(String text) {
			boolean wrap = column < columns.size() && columns.get(column).wrap();
			setText(row.createCell(column++), text, wrap ? styles.wrappedText : styles.text);
			return this;
		}

		/** A percentage or other figure: "0" when whole, else "0.0"; a missing figure leaves the cell empty. */
		RowCells number(BigDecimal value) {
			return number(value, value != null && PackText.isIntegral(value) ? styles.integer : styles.oneDecimal);
		}

		/** A mean rating with two decimals; a missing rating leaves the cell empty. */
		RowCells rating(BigDecimal value) {
			return number(value, styles.twoDecimals);
		}

		/** A rate in percent with one decimal: 50.0; a missing rate leaves the cell empty. */
		RowCells rate(BigDecimal value) {
			return number(value, styles.oneDecimal);
		}

		/** A figure as stated, every decimal kept; a missing figure leaves the cell empty. */
		RowCells figure(BigDecimal value) {
			return number(value, styles.general);
		}

		/** A year such as 2023, without a thousands separator; a missing year leaves the cell empty. */
		RowCells year(Integer value) {
			return number(value == null ? null : BigDecimal.valueOf(value), styles.integer);
		}

		/** A count such as a population, 172,000; a missing count leaves the cell empty. */
		RowCells count(Long value) {
			return number(value == null ? null : BigDecimal.valueOf(value), styles.count);
		}

		/** A date cell, yyyy-mm-dd; a missing date leaves the cell empty. */
		RowCells date(LocalDate value) {
			Cell cell = row.createCell(column++);
			cell.setCellStyle(styles.date);
			if (value != null) {
				cell.setCellValue(value);
			}
			return this;
		}

		private RowCells number(BigDecimal value, CellStyle style) {
			Cell cell = row.createCell(column++);
			cell.setCellStyle(style);
			if (value != null) {
				cell.setCellValue(value.doubleValue());
			}
			return this;
		}
	}
}
