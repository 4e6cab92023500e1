package org.govreview.readers.text;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The left and right edges a document's text is set between, per page width (a landscape page has its own): the
 * edge at which at least {@link #LINES} lines start, and the edge that at least as many reach. A page whose edges
 * mirror each other wraps its text, and a line of it with no room left before the right edge for the next line's
 * first piece was broken by the page, not by its writer. Measured once per document; not thread-safe.
 */
final class TextMargins {

	static final int LINES = 3;

	private final Map<Integer, Edges> byWidth;

	private TextMargins(Map<Integer, Edges> byWidth) {
		this.byWidth = byWidth;
	}

	static TextMargins of(PDDocument document) throws IOException {
		Probe probe = new Probe();
		probe.writeText(document, Writer.nullWriter());
		Map<Integer, Edges> edges = new HashMap<>();
		probe.lines.forEach((width, lines) -> edges.put(width, Edges.of(lines)));
		return new TextMargins(edges);
	}

	/**
	 * True when the page wraps its text: it is of a paper size and its text stands between margins that mirror each
	 * other, as a word processor or an office suite sets it. A page cut to fit its widest line, or lines drawn wherever
	 * they ended, wrap nothing.
	 */
	boolean wraps(PDPage page) {
		Edges edges = byWidth.get(width(page));
		if (edges == null || Float.isNaN(edges.right) || Float.isNaN(edges.left) || !isPaperWidth(page)) {
			return false;
		}
		float rightMargin = page.getMediaBox().getWidth() - edges.right;
		return Math.abs(rightMargin - edges.left) <= 1.5f * edges.size;
	}

	/**
	 * True when a line of the page that ends at {@code end} had no room left for a piece {@code piece} wide (the next
	 * line's first character or word) before the right edge of the text: the page broke it there.
	 */
	boolean fillsLine(PDPage page, float end, float piece, float size) {
		Edges edges = byWidth.get(width(page));
		// a Latin word is broken before at a space, which may stand undrawn at the end of the line
		float slack = piece > size ? 1.25f * size : 0.25f * size;
		if (edges == null || !wraps(page)) {
			return false;
		}
		if (piece > size && end < (edges.left + edges.right) / 2) {
			// a short line before a long word (<html xmlns:v=… / xmlns:o=…) was ended by its writer: a page that broke it
			// there would have left half its width empty
			return false;
		}
		return end + piece > edges.right - slack;
	}

	/** True when a line of the page that ends at {@code end} had no room for one more glyph {@code width} wide. */
	boolean noRoomAfter(PDPage page, float end, float width) {
		Edges edges = byWidth.get(width(page));
		return edges != null && !Float.isNaN(edges.right) && end + width > edges.right + 0.1f * width;
	}

	/**
	 * True when a line starting at {@code start}, one default tab stop in from the left edge (1.25 cm in LibreOffice,
	 * half an inch in Word), follows a line ending at {@code end} whose next default stop left no room for the line's
	 * first piece before the right edge: a tab the page could not hold went on to the next line.
	 */
	boolean tabCarried(PDPage page, float end, float start, float piece, float size) {
		Edges edges = byWidth.get(width(page));
		if (edges == null || Float.isNaN(edges.left) || Float.isNaN(edges.right) || !wraps(page)) {
			return false;
		}
		for (float stop : DEFAULT_TAB_STOPS) {
			if (Math.abs(start - (edges.left + stop)) <= 0.3f * size) {
				float next = edges.left + stop * (float) Math.floor((end - edges.left) / stop + 1);
				return next + piece > edges.right;
			}
		}
		return false;
	}

	private static final float[] DEFAULT_TAB_STOPS = { 35.43f, 36f };

	/** A4, B5, B4, A3, Letter or Legal, portrait or landscape, in points. */
	private static boolean isPaperWidth(PDPage page) {
		float width = page.getMediaBox().getWidth();
		for (float paper : PAPER_WIDTHS) {
			if (Math.abs(width - paper) <= 2) {
				return true;
			}
		}
		return false;
	}

	private static final float[] PAPER_WIDTHS = { 595.3f, 841.9f, 515.9f, 728.5f, 1031.8f, 1190.6f, 612f, 792f, 1008f };

	/** True when a line starting at {@code start} in glyphs of {@code size} starts at the left edge of the text. */
	boolean startsLeft(PDPage page, float start, float size) {
		Edges edges = byWidth.get(width(page));
		return edges != null && !Float.isNaN(edges.left) && Math.abs(start - edges.left) <= 0.3f * size;
	}

	/** True when a line starts far right of the text's left edge: set right or centred, no line of running text. */
	boolean startsFarRight(PDPage page, float start, float size) {
		Edges edges = byWidth.get(width(page));
		return edges != null && !Float.isNaN(edges.left) && start - edges.left > FAR_INDENT * size;
	}

	/** In glyph sizes: deeper than any outline indents the wrapped lines of its items. */
	private static final float FAR_INDENT = 8;

	private static int width(PDPage page) {
		return Math.round(page.getMediaBox().getWidth());
	}

	/** A line's first glyph start, last glyph end and the size of its last glyph. */
	private record Extent(float start, float end, float size) {
	}

	private record Edges(float left, float right, float size) {

		static Edges of(List<Extent> lines) {
			List<Float> sizes = lines.stream().map(Extent::size).sorted().toList();
			return new Edges(edge(lines, true), edge(lines, false), sizes.isEmpty() ? 10 : sizes.get(sizes.size() / 2));
		}

		/** The outermost edge that {@link #LINES} lines reach: a stray glyph past the margin does not move it. */
		private static float edge(List<Extent> lines, boolean left) {
			if (lines.size() < LINES) {
				return Float.NaN;
			}
			List<Extent> sorted = new ArrayList<>(lines);
			sorted.sort(Comparator.comparingDouble(left ? Extent::start : (Extent e) -> -e.end()));
			Extent edge = sorted.get(LINES - 1);
			return left ? edge.start() : edge.end();
		}
	}

	private static final class Probe extends PDFTextStripper {

		private final Map<Integer, List<Extent>> lines = new HashMap<>();

		private PDPage page;

		Probe() {
			setSortByPosition(true);
		}

		@Override
		protected void startPage(PDPage page) throws IOException {
			this.page = page;
			super.startPage(page);
		}

		@Override
		protected void writePage() {
			List<Extent> extents = lines.computeIfAbsent(width(page), key -> new ArrayList<>());
			for (List<TextPosition> line : CellGapStripper.lines(charactersByArticle.stream().flatMap(List::stream).toList())) {
				List<TextPosition> drawn = line.stream().filter(glyph -> !glyph.getUnicode().isBlank()).toList();
				if (!drawn.isEmpty()) {
					TextPosition last = drawn.get(drawn.size() - 1);
					extents.add(new Extent(drawn.get(0).getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(),
							Math.max(last.getFontSizeInPt(), last.getWidthDirAdj())));
				}
			}
		}
	}
}
