package org.govreview.readers.ratingsheet;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;

/**
 * A sheet handler that holds the cells of the row streaming by, by 0-based column (a cell streamed without a
 * reference takes the column after the last one); subclasses read them in {@link #endRow(int)}. Only the current
 * row is held in memory. Not thread-safe; one per sheet.
 */
abstract class RowCells implements SheetContentsHandler {

	/** The cells of the current row that have a value. */
	final Map<Integer, String> cells = new HashMap<>();

	private int lastColumn = -1;

	@Override
	public final void startRow(int rowIndex) {
		this.cells.clear();
		this.lastColumn = -1;
	}

	@Override
	public final void cell(String reference, String value, XSSFComment comment) {
		this.lastColumn = (reference == null) ? this.lastColumn + 1 : new CellReference(reference).getCol();
		if (value != null) {
			this.cells.put(this.lastColumn, value);
		}
	}

	/** Whether a cell of the current row reads {@code label}, once normalized. */
	final boolean hasCell(String label) {
		return this.cells.values().stream().anyMatch((value) -> label.equals(Text.normalize(value)));
	}
}
