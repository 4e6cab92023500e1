package org.govreview.readers.text;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFBox's text stripper, sorted by position, that writes a tab where the glyphs of one line stand as far apart as
 * table cells do (a gap of at least {@link #CELL_GAP} character widths) and a space where words merely follow each
 * other. A table read from a PDF then has the cells a tab-separated extraction of the same table has, so that the
 * readers see one shape whatever produced the document. One instance per document: not thread-safe.
 */
final class CellGapStripper extends PDFTextStripper {

	/** In widths of the glyph before the gap: more than a space, less than any column gutter seen in reports. */
	static final float CELL_GAP = 1.8f;

	private boolean separatorPending;

	private float lastEnd = Float.NaN;

	private float lastWidth;

	CellGapStripper() {
		setSortByPosition(true);
	}

	@Override
	protected void writeWordSeparator() {
		separatorPending = true;
	}

	@Override
	protected void writeString(String text, List<TextPosition> positions) throws IOException {
		if (separatorPending) {
			separatorPending = false;
			if (!positions.isEmpty() && !Float.isNaN(lastEnd)) {
				float gap = positions.get(0).getXDirAdj() - lastEnd;
				writeString(gap >= CELL_GAP * Math.max(lastWidth, 1f) ? "\t" : getWordSeparator());
			}
			else {
				writeString(getWordSeparator());
			}
		}
		writeString(text);
		if (!positions.isEmpty()) {
			TextPosition last = positions.get(positions.size() - 1);
			lastEnd = last.getXDirAdj() + last.getWidthDirAdj();
			lastWidth = last.getWidthDirAdj();
		}
	}

	@Override
	protected void writeLineSeparator() throws IOException {
		separatorPending = false;
		lastEnd = Float.NaN;
		super.writeLineSeparator();
	}
}
