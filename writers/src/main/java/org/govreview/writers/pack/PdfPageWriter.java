package org.govreview.writers.pack;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Lays text out top to bottom on A4 landscape pages: a cursor, wrapped paragraphs and headings, and tables whose
 * rows grow with their wrapped cells. A row that does not fit goes to the next page, where the table header is
 * repeated; a row taller than a page is split across pages. {@link #finish} numbers the pages "n / N".
 * Not thread-safe: one instance per document.
 */
final class PdfPageWriter {

	static final float BODY_SIZE = 9;

	private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());

	private static final float MARGIN = 36;

	private static final float BOTTOM = 44;

	private static final float FOOTER_BASELINE = 22;

	private static final float LINE_SPACING = 1.35f;

	private static final float CELL_PADDING = 3;

	/** A table column: header text, share of the page width, whether figures are right-aligned. */
	record Column(String title, float weight, boolean right) {

		static Column text(String title, float weight) {
			return new Column(title, weight, false);
		}

		static Column figure(String title, float weight) {
			return new Column(title, weight, true);
		}
	}

	private final PDDocument document;

	private final PdfText text;

	private PDPageContentStream stream;

	private float y;

	private List<Column> columns;

	private float[] columnWidths;

	private List<List<String>> headerCells;

	PdfPageWriter(PDDocument document, PdfText text) {
		this.document = document;
		this.text = text;
	}

	/** Wrapped text across the page width, starting on a new page when needed. */
	void paragraph(String content, float size, float indent) throws IOException {
		float leading = size * LINE_SPACING;
		for (String line : text.wrap(content, contentWidth() - indent, size)) {
			ensureSpace(leading);
			show(line, MARGIN + indent, y - size, size);
			y -= leading;
		}
	}

	/** A heading kept on the same page as the first lines that follow it. */
	void heading(String content, float size) throws IOException {
		gap(size * 0.5f);
		ensureSpace(size * LINE_SPACING + 3 * BODY_SIZE * LINE_SPACING);
		paragraph(content, size, 0);
		gap(2);
	}

	void gap(float points) {
		y -= points;
	}

	void startTable(List<Column> tableColumns) throws IOException {
		float total = (float) tableColumns.stream().mapToDouble(Column::weight).sum();
		this.columnWidths = new float[tableColumns.size()];
		for (int i = 0; i < columnWidths.length; i++) {
			columnWidths[i] = contentWidth() * tableColumns.get(i).weight() / total;
		}
		this.columns = null;
		this.headerCells = new ArrayList<>();
		for (int i = 0; i < tableColumns.size(); i++) {
			headerCells.add(text.wrap(tableColumns.get(i).title(), columnWidths[i] - 2 * CELL_PADDING, BODY_SIZE));
		}
		ensureSpace(headerHeight() + rowHeight(1));
		this.columns = List.copyOf(tableColumns);
		cells(headerCells, 0, headerLines(), true);
	}

	/** One table row; each cell wraps within its column and the row is as tall as its tallest cell. */
	void row(List<String> cells) throws IOException {
		List<List<String>> wrapped = new ArrayList<>();
		int lines = 1;
		for (int i = 0; i < columnWidths.length; i++) {
			List<String> cell = text.wrap(i < cells.size() ? cells.get(i) : "", columnWidths[i] - 2 * CELL_PADDING,
					BODY_SIZE);
			wrapped.add(cell);
			lines = Math.max(lines, cell.size());
		}
		float freshPage = PAGE.getHeight() - MARGIN - BOTTOM - headerHeight();
		if (y - rowHeight(lines) < BOTTOM && rowHeight(lines) <= freshPage) {
			newPage();
		}
		int drawn = 0;
		while (drawn < lines) {
			int fit = (int) Math.floor((y - BOTTOM - 2 * CELL_PADDING) / (BODY_SIZE * LINE_SPACING));
			if (fit < 1) {
				newPage();
				continue;
			}
			int count = Math.min(fit, lines - drawn);
			cells(wrapped, drawn, count, false);
			drawn += count;
			if (drawn < lines) {
				newPage();
			}
		}
	}

	void endTable() {
		this.columns = null;
		gap(BODY_SIZE);
	}

	/** Closes the last page and writes "n / N" and the label in every page's footer. */
	void finish(String footerLabel) throws IOException {
		if (stream == null) {
			newPage();
		}
		stream.close();
		stream = null;
		int count = document.getNumberOfPages();
		for (int i = 0; i < count; i++) {
			PDPage page = document.getPage(i);
			try (PDPageContentStream footer = new PDPageContentStream(document, page, AppendMode.APPEND, true, true)) {
				stream = footer;
				String number = (i + 1) + " / " + count;
				show(number, (PAGE.getWidth() - text.width(number, 8)) / 2, FOOTER_BASELINE, 8);
				show(text.sanitize(footerLabel), MARGIN, FOOTER_BASELINE, 8);
			}
		}
		stream = null;
	}

	private int headerLines() {
		return headerCells.stream().mapToInt(List::size).max().orElse(1);
	}

	private float headerHeight() {
		return rowHeight(headerLines());
	}

	private void cells(List<List<String>> cells, int from, int count, boolean header) throws IOException {
		float height = rowHeight(count);
		float x = MARGIN;
		for (int i = 0; i < cells.size(); i++) {
			float width = columnWidths[i];
			if (header) {
				stream.setNonStrokingColor(0.88f);
				stream.addRect(x, y - height, width, height);
				stream.fill();
				stream.setNonStrokingColor(0f);
			}
			stream.setStrokingColor(0.5f);
			stream.setLineWidth(0.5f);
			stream.addRect(x, y - height, width, height);
			stream.stroke();
			List<String> lines = cells.get(i);
			boolean right = !header && columns.get(i).right();
			for (int line = from; line < Math.min(lines.size(), from + count); line++) {
				String content = lines.get(line);
				float lineX = right ? x + width - CELL_PADDING - text.width(content, BODY_SIZE) : x + CELL_PADDING;
				float baseline = y - CELL_PADDING - BODY_SIZE - (line - from) * BODY_SIZE * LINE_SPACING;
				show(content, lineX, baseline, BODY_SIZE);
			}
			x += width;
		}
		y -= height;
	}

	private static float rowHeight(int lines) {
		return lines * BODY_SIZE * LINE_SPACING + 2 * CELL_PADDING;
	}

	private void ensureSpace(float height) throws IOException {
		if (stream == null || y - height < BOTTOM) {
			newPage();
		}
	}

	private void newPage() throws IOException {
		if (stream != null) {
			stream.close();
		}
		PDPage page = new PDPage(PAGE);
		document.addPage(page);
		stream = new PDPageContentStream(document, page);
		y = PAGE.getHeight() - MARGIN;
		if (columns != null) {
			cells(headerCells, 0, headerLines(), true);
		}
	}

	/** Shows one line of sanitized text with its baseline at {@code baseline}. */
	private void show(String line, float x, float baseline, float size) throws IOException {
		if (line.isEmpty()) {
			return;
		}
		stream.beginText();
		stream.setFont(text.font(), size);
		stream.newLineAtOffset(x, baseline);
		stream.showText(line);
		stream.endText();
	}

	private static float contentWidth() {
		return PAGE.getWidth() - 2 * MARGIN;
	}
}
