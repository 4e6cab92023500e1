package org.govreview.writers.pack;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The few cell styles a review-pack workbook uses, created once per workbook. */
final class ExcelStyles {

	final CellStyle title;

	final CellStyle label;

	final CellStyle header;

	final CellStyle text;

	final CellStyle wrappedText;

	final CellStyle integer;

	final CellStyle oneDecimal;

	final CellStyle twoDecimals;

	/** A figure as stated, in Excel's General format: 9.6, 220000000. */
	final CellStyle general;

	/** A count such as a population: 172,000. */
	final CellStyle count;

	final CellStyle date;

	ExcelStyles(Workbook workbook) {
		Font bold = workbook.createFont();
		bold.setBold(true);
		Font large = workbook.createFont();
		large.setBold(true);
		large.setFontHeightInPoints((short) 14);

		this.title = workbook.createCellStyle();
		this.title.setFont(large);
		this.label = workbook.createCellStyle();
		this.label.setFont(bold);
		this.header = workbook.createCellStyle();
		this.header.setFont(bold);
		this.header.setWrapText(true);
		this.header.setVerticalAlignment(VerticalAlignment.CENTER);
		this.header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		this.header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		this.header.setBorderBottom(BorderStyle.THIN);
		this.text = dataStyle(workbook, false);
		this.wrappedText = dataStyle(workbook, true);
		this.integer = numberStyle(workbook, "0");
		this.oneDecimal = numberStyle(workbook, "0.0");
		this.twoDecimals = numberStyle(workbook, "0.00");
		this.general = numberStyle(workbook, "General");
		this.count = numberStyle(workbook, "#,##0");
		this.date = numberStyle(workbook, "yyyy-mm-dd");
	}

	private static CellStyle dataStyle(Workbook workbook, boolean wrap) {
		CellStyle style = workbook.createCellStyle();
		style.setVerticalAlignment(VerticalAlignment.TOP);
		style.setWrapText(wrap);
		return style;
	}

	private static CellStyle numberStyle(Workbook workbook, String format) {
		CellStyle style = dataStyle(workbook, false);
		style.setDataFormat(workbook.createDataFormat().getFormat(format));
		return style;
	}
}
