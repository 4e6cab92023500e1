package org.govreview.writers.ratingsheet;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cell styles of one rating-sheet workbook: text ("@") for every input cell but the rating and the year of an
 * indicator actual.
 */
final class RatingSheetStyles {

	private final XSSFWorkbook workbook;

	private final short textFormat;

	private final CellStyle title;

	private final CellStyle headerLabel;

	private final CellStyle headerValue;

	private final CellStyle tableHeader;

	private final CellStyle prefilled;

	private final CellStyle input;

	private final CellStyle rating;

	private final CellStyle note;

	RatingSheetStyles(XSSFWorkbook workbook) {
		this.workbook = workbook;
		this.textFormat = workbook.createDataFormat().getFormat("@");
		XSSFFont bold = workbook.createFont();
		bold.setBold(true);
		this.title = style(bold, false, null, false);
		this.headerLabel = style(bold, true, IndexedColors.GREY_25_PERCENT, false);
		this.headerValue = style(null, true, IndexedColors.LIGHT_YELLOW, true);
		this.tableHeader = style(bold, true, IndexedColors.GREY_25_PERCENT, false);
		this.tableHeader.setAlignment(HorizontalAlignment.CENTER);
		this.prefilled = style(null, true, null, true);
		this.input = style(null, true, IndexedColors.LIGHT_YELLOW, true);
		this.rating = style(null, true, IndexedColors.LIGHT_YELLOW, false);
		this.rating.setAlignment(HorizontalAlignment.CENTER);
		this.note = style(null, false, null, true);
	}

	private CellStyle style(XSSFFont font, boolean border, IndexedColors fill, boolean text) {
		CellStyle style = this.workbook.createCellStyle();
		if (font != null) {
			style.setFont(font);
		}
		if (border) {
			style.setBorderTop(BorderStyle.THIN);
			style.setBorderBottom(BorderStyle.THIN);
			style.setBorderLeft(BorderStyle.THIN);
			style.setBorderRight(BorderStyle.THIN);
		}
		if (fill != null) {
			style.setFillForegroundColor(fill.getIndex());
			style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		}
		if (text) {
			style.setDataFormat(this.textFormat);
		}
		style.setVerticalAlignment(VerticalAlignment.TOP);
		style.setWrapText(border);
		return style;
	}

	/** A1: the marker. */
	CellStyle title() {
		return this.title;
	}

	/** Column A of the header block. */
	CellStyle headerLabel() {
		return this.headerLabel;
	}

	/** Column B of the header block: text input. */
	CellStyle headerValue() {
		return this.headerValue;
	}

	CellStyle tableHeader() {
		return this.tableHeader;
	}

	/** Pre-filled code, measure, activity and department: text, editable. */
	CellStyle prefilled() {
		return this.prefilled;
	}

	/** Text input: the comment, and the default of the text columns for rows the department adds. */
	CellStyle input() {
		return this.input;
	}

	/** The rating: General, so that 7 stays a number, with the 1–10 validation. */
	CellStyle rating() {
		return this.rating;
	}

	/** The year of an indicator actual: General like the rating, so that 2024 stays a whole number. */
	CellStyle year() {
		return this.rating;
	}

	/** Informational text outside the table. */
	CellStyle note() {
		return this.note;
	}
}
