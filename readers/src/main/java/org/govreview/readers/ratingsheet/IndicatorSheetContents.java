package org.govreview.readers.ratingsheet;

import static org.govreview.domain.rating.RatingSheetLayout.INDICATOR_COLUMN_COMMENT;
import static org.govreview.domain.rating.RatingSheetLayout.INDICATOR_COLUMN_DEPARTMENT;
import static org.govreview.domain.rating.RatingSheetLayout.INDICATOR_COLUMN_INDICATOR;
import static org.govreview.domain.rating.RatingSheetLayout.INDICATOR_COLUMN_INITIATIVE;
import static org.govreview.domain.rating.RatingSheetLayout.INDICATOR_COLUMN_INITIATIVE_CODE;
import static org.govreview.domain.rating.RatingSheetLayout.INDICATOR_COLUMN_LABELS;
import static org.govreview.domain.rating.RatingSheetLayout.INDICATOR_COLUMN_VALUE;
import static org.govreview.domain.rating.RatingSheetLayout.INDICATOR_COLUMN_YEAR;
import static org.govreview.domain.rating.RatingSheetLayout.INDICATOR_SHEET_NAME;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.govreview.domain.document.Finding;
import org.govreview.domain.rating.IndicatorActual;
import org.govreview.domain.rating.RatingSheetLayout;

/**
 * Receives the rows of the indicator sheet (指標実績) as they stream by: rows above the table header (found by its
 * 取組コード label, columns mapped by their labels) are ignored, the data rows go to {@link IndicatorRows} one at a
 * time. Only the current row is held in memory. A sheet whose table header is missing or incomplete is not read
 * and gives one error finding; the rating sheet is not rejected for it.
 */
final class IndicatorSheetContents extends RowCells {

	private static final int[] REQUIRED_COLUMNS = { INDICATOR_COLUMN_INITIATIVE_CODE, INDICATOR_COLUMN_INDICATOR,
			INDICATOR_COLUMN_VALUE };

	private final String sheetLocation;

	private final IndicatorRows rows;

	private final List<Finding> problems = new ArrayList<>();

	/** Null until the table header is found. */
	private int[] columnOf;

	private boolean unreadable;

	IndicatorSheetContents(Path file) {
		this.sheetLocation = file.getFileName() + ", sheet " + INDICATOR_SHEET_NAME;
		this.rows = new IndicatorRows(this.sheetLocation);
	}

	/** Whether a sheet of the workbook is the indicator sheet, by its name. */
	static boolean isIndicatorSheet(String sheetName) {
		return INDICATOR_SHEET_NAME.equals(Text.normalize(sheetName));
	}

	@Override
	public void endRow(int rowIndex) {
		if (this.unreadable) {
			return;
		}
		if (this.columnOf == null) {
			if (isTableHeader()) {
				startTable(rowIndex);
			}
			return;
		}
		this.rows.accept(RatingSheetLayout.rowNumber(rowIndex), value(INDICATOR_COLUMN_INITIATIVE_CODE),
				value(INDICATOR_COLUMN_INITIATIVE), value(INDICATOR_COLUMN_INDICATOR),
				value(INDICATOR_COLUMN_DEPARTMENT), value(INDICATOR_COLUMN_YEAR), value(INDICATOR_COLUMN_VALUE),
				value(INDICATOR_COLUMN_COMMENT));
	}

	@Override
	public void endSheet() {
		if (this.columnOf == null && !this.unreadable) {
			this.unreadable = true;
			this.problems.add(Finding.error(this.sheetLocation, "table header (" + String.join(" | ",
					INDICATOR_COLUMN_LABELS) + ") not found; indicator actuals not read", null));
		}
	}

	/** The actuals read; complete once the stream has ended. */
	List<IndicatorActual> actuals() {
		return this.rows.actuals();
	}

	/** A problem with the sheet as a whole, or the row findings. */
	List<Finding> findings() {
		List<Finding> all = new ArrayList<>(this.problems);
		all.addAll(this.rows.findings());
		return all;
	}

	private boolean isTableHeader() {
		return hasCell(INDICATOR_COLUMN_LABELS.get(INDICATOR_COLUMN_INITIATIVE_CODE));
	}

	private void startTable(int rowIndex) {
		int[] columns = new int[INDICATOR_COLUMN_LABELS.size()];
		Arrays.fill(columns, -1);
		this.cells.forEach((column, value) -> {
			int index = INDICATOR_COLUMN_LABELS.indexOf(Text.normalize(value));
			if (index >= 0 && (columns[index] < 0 || column < columns[index])) {
				columns[index] = column;
			}
		});
		for (int required : REQUIRED_COLUMNS) {
			if (columns[required] < 0) {
				this.unreadable = true;
				this.problems.add(Finding.error(this.sheetLocation + ", row " + RatingSheetLayout.rowNumber(rowIndex),
						"table header lacks the column " + INDICATOR_COLUMN_LABELS.get(required)
								+ "; indicator actuals not read",
						null));
				return;
			}
		}
		this.columnOf = columns;
	}

	private String value(int layoutColumn) {
		int column = this.columnOf[layoutColumn];
		return column < 0 ? null : this.cells.get(column);
	}
}
