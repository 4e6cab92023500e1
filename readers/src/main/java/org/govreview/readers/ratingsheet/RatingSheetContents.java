package org.govreview.readers.ratingsheet;

import static org.govreview.domain.rating.RatingSheetLayout.COLUMN_ACTIVITY;
import static org.govreview.domain.rating.RatingSheetLayout.COLUMN_COMMENT;
import static org.govreview.domain.rating.RatingSheetLayout.COLUMN_DEPARTMENT;
import static org.govreview.domain.rating.RatingSheetLayout.COLUMN_LABELS;
import static org.govreview.domain.rating.RatingSheetLayout.COLUMN_MEASURE;
import static org.govreview.domain.rating.RatingSheetLayout.COLUMN_POLICY_CODE;
import static org.govreview.domain.rating.RatingSheetLayout.COLUMN_RATING;
import static org.govreview.domain.rating.RatingSheetLayout.HEADER_LABEL_COLUMN;
import static org.govreview.domain.rating.RatingSheetLayout.HEADER_VALUE_COLUMN;
import static org.govreview.domain.rating.RatingSheetLayout.MARKER;
import static org.govreview.domain.rating.RatingSheetLayout.MARKER_COLUMN;
import static org.govreview.domain.rating.RatingSheetLayout.MARKER_ROW;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import org.govreview.domain.rating.RatingSheet;
import org.govreview.domain.rating.RatingSheetLayout;
import org.govreview.readers.source.RejectedDocumentException;

/**
 * Receives the rows of a rating sheet as they stream by: the marker row, the header block up to the table header
 * (found by its 政策コード label, columns mapped by their labels), then the data rows, which go to
 * {@link RatingRows} one at a time. Only the current row is held in memory.
 */
final class RatingSheetContents extends RowCells {

	private enum Part {
		MARKER, HEADER, DATA
	}

	private final Path file;

	private final String sheetName;

	private final PolicyCatalog catalog;

	private final RatingSheetHeader.Builder headerBuilder;

	private Part part = Part.MARKER;

	private RatingSheetHeader header;

	private int[] columnOf;

	private RatingRows rows;

	RatingSheetContents(Path file, String sheetName, PolicyCatalog catalog) {
		this.file = file;
		this.sheetName = sheetName;
		this.catalog = catalog;
		this.headerBuilder = new RatingSheetHeader.Builder(file, sheetName);
	}

	/** Whether the first row of the sheet carries the marker in A1. */
	static boolean isMarkerRow(int rowIndex, Map<Integer, String> cells) {
		return rowIndex == MARKER_ROW && MARKER.equals(Text.normalize(cells.get(MARKER_COLUMN)));
	}

	@Override
	public void endRow(int rowIndex) {
		switch (this.part) {
			case MARKER -> {
				if (!isMarkerRow(rowIndex, this.cells)) {
					throw notARatingSheet(this.cells.get(MARKER_COLUMN));
				}
				this.part = Part.HEADER;
			}
			case HEADER -> {
				if (isTableHeader()) {
					startTable(rowIndex);
				}
				else {
					this.headerBuilder.row(rowIndex, this.cells.get(HEADER_LABEL_COLUMN),
							this.cells.get(HEADER_VALUE_COLUMN));
				}
			}
			case DATA -> this.rows.accept(RatingSheetLayout.rowNumber(rowIndex), value(COLUMN_POLICY_CODE),
					value(COLUMN_MEASURE), value(COLUMN_ACTIVITY), value(COLUMN_DEPARTMENT), value(COLUMN_RATING),
					value(COLUMN_COMMENT));
		}
	}

	@Override
	public void endSheet() {
		if (this.part == Part.MARKER) {
			throw notARatingSheet(null);
		}
		if (this.part == Part.HEADER) {
			this.headerBuilder.build();
			throw new RejectedDocumentException(this.file, "sheet " + this.sheetName,
					"table header (" + String.join(" | ", COLUMN_LABELS) + ") not found", null);
		}
	}

	/** The sheet read so far; complete once the stream has ended. */
	RatingSheet result() {
		if (this.header == null) {
			endSheet();
		}
		return new RatingSheet(this.header.municipalityCode(), this.header.fiscalYear(), this.header.department(),
				this.rows.ratings(), this.rows.findings());
	}

	private boolean isTableHeader() {
		return hasCell(COLUMN_LABELS.get(COLUMN_POLICY_CODE));
	}

	private void startTable(int rowIndex) {
		this.header = this.headerBuilder.build();
		this.columnOf = new int[COLUMN_LABELS.size()];
		Arrays.fill(this.columnOf, -1);
		this.cells.forEach((column, value) -> {
			int index = COLUMN_LABELS.indexOf(Text.normalize(value));
			if (index >= 0 && this.columnOf[index] < 0) {
				this.columnOf[index] = column;
			}
		});
		for (int required : new int[] { COLUMN_POLICY_CODE, COLUMN_ACTIVITY, COLUMN_RATING }) {
			if (this.columnOf[required] < 0) {
				throw new RejectedDocumentException(this.file,
						"sheet " + this.sheetName + ", row " + RatingSheetLayout.rowNumber(rowIndex),
						"table header lacks the column " + COLUMN_LABELS.get(required), null);
			}
		}
		String sheetLocation = this.file.getFileName() + ", sheet " + this.sheetName;
		this.rows = new RatingRows(sheetLocation, this.header.department(),
				this.catalog.policyCodes(this.header.municipalityCode(), this.header.fiscalYear()));
		this.part = Part.DATA;
	}

	private String value(int layoutColumn) {
		int column = this.columnOf[layoutColumn];
		return column < 0 ? null : this.cells.get(column);
	}

	private RejectedDocumentException notARatingSheet(String a1) {
		return new RejectedDocumentException(this.file,
				"sheet " + this.sheetName + ", cell " + RatingSheetLayout.cellReference(MARKER_ROW, MARKER_COLUMN),
				"not a govreview rating sheet: A1 does not carry the marker \"" + MARKER + "\"", a1);
	}
}
