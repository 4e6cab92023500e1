package org.govreview.readers.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.pdfbox.text.TextPosition;

/**
 * Text set side by side on a page in blocks of its own (a slide's text boxes, a web page's columns, a two-column
 * section of a report), found so that each block is read whole, not a line of one then a line of the other. A gutter
 * is an x that no glyph of a run of lines crosses, with text on both sides over two lines' height, where each side was
 * drawn whole before the other: a table draws its cells row by row, so the two sides of a gutter between its columns
 * interleave in the drawing and stay the rows they are. The run's first line may be a heading over both sides, held
 * to no order; lines with text on one side only may stand above or below the run, but a line with text on both sides
 * left out of it (but for the last, a footer drawn after the page) makes it a table's first rows. The page is cut at the
 * gutter that parts the most text, and each part again. Stateless.
 */
final class TextColumns {

	/** In font sizes: the narrowest gap between two blocks that is taken for a gutter. */
	private static final float GUTTER = 1.2f;

	/** In font sizes: how tall each side's text is, at the least, and how far the two sides stand side by side. */
	private static final float MIN_HEIGHT = 2.5f;

	private static final float MIN_BESIDE = 1.5f;

	private static final int MIN_LINES = 3;

	private static final int MIN_SIDE_LINES = 2;

	private static final int MAX_DEPTH = 8;

	private TextColumns() {
	}

	/**
	 * A glyph's place in the page's drawing and its extent: a table's placeholder stands for the table's frame, a bullet
	 * drawn as a shape for the glyph it marks.
	 */
	record Placed(int rank, float left, float right, float top, float bottom) {
	}

	/**
	 * The page's glyphs in reading order of its blocks: one list when no gutter parts them, else the text above the
	 * widest-reaching gutter, its left side, its right side and the text below, each parted again in turn.
	 */
	static List<Block> blocks(List<TextPosition> glyphs, Map<TextPosition, Placed> placed, float pageRight) {
		return blocks(glyphs, placed, pageRight, List.of());
	}

	/**
	 * The blocks, no gutter cutting the bands of the page given as top and bottom ({@code tables}: a typesetter's
	 * tables ruled across, whose \multirow cells are drawn out of their rows' order).
	 */
	static List<Block> blocks(List<TextPosition> glyphs, Map<TextPosition, Placed> placed, float pageRight, List<float[]> tables) {
		List<Block> blocks = new ArrayList<>();
		cut(glyphs, placed, blocks, 0, false, Float.NaN, pageRight, tables);
		return blocks;
	}

	/**
	 * A block's glyphs, whether it is one side of a gutter (its lines start at its own left edge), and for such a side
	 * the x its text may reach (the gutter on its right, or the right edge of the text the gutter parted): NaN otherwise.
	 */
	record Block(List<TextPosition> glyphs, boolean beside, float limit) {
	}

	private static void cut(List<TextPosition> glyphs, Map<TextPosition, Placed> placed, List<Block> blocks, int depth, boolean beside,
			float limit, float pageRight, List<float[]> tables) {
		List<List<TextPosition>> lines = CellGapStripper.lines(glyphs);
		Split best = depth < MAX_DEPTH && lines.size() >= MIN_LINES ? best(lines, placed, tables) : null;
		if (best == null) {
			if (!glyphs.isEmpty()) {
				blocks.add(new Block(new ArrayList<>(glyphs), beside, limit));
			}
			return;
		}
		List<TextPosition> above = new ArrayList<>();
		List<TextPosition> left = new ArrayList<>();
		List<TextPosition> right = new ArrayList<>();
		List<TextPosition> below = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			for (TextPosition glyph : lines.get(i)) {
				if (i < best.from()) {
					above.add(glyph);
				}
				else if (i >= best.to()) {
					below.add(glyph);
				}
				else if (centre(placed.get(glyph)) < best.x()) {
					left.add(glyph);
				}
				else {
					right.add(glyph);
				}
			}
		}
		// the right side reaches the right edge of the text round it, as far from the page's edge as its left margin is
		float reach = Float.isNaN(limit) ? pageRight : limit;
		cut(above, placed, blocks, depth + 1, beside, limit, pageRight, tables);
		cut(left, placed, blocks, depth + 1, true, best.x(), pageRight, tables);
		cut(right, placed, blocks, depth + 1, true, reach, pageRight, tables);
		cut(below, placed, blocks, depth + 1, beside, limit, pageRight, tables);
	}

	/** Whether the lines the split parts stand within one of the tables' bands. */
	private static boolean inTable(List<List<TextPosition>> lines, Split split, List<float[]> tables) {
		float top = lines.get(split.from()).get(0).getYDirAdj();
		float bottom = lines.get(split.to() - 1).get(0).getYDirAdj();
		return tables.stream().anyMatch(table -> top < table[1] && bottom > table[0]);
	}

	/** A gutter at x parting lines from (inclusive) to (exclusive), and how many glyphs it parts. */
	private record Split(float x, int from, int to, int glyphs) {
	}

	private static Split best(List<List<TextPosition>> lines, Map<TextPosition, Placed> placed, List<float[]> tables) {
		float size = medianSize(lines);
		if (size <= 0) {
			return null;
		}
		Split best = null;
		for (float x : gutters(lines, placed, size)) {
			Side[] sides = new Side[lines.size()];
			for (int i = 0; i < lines.size(); i++) {
				sides[i] = Side.of(lines.get(i), placed, x);
			}
			int from = 0;
			while (from < lines.size()) {
				if (sides[from] == null) {
					from++;
					continue;
				}
				int to = from;
				while (to < lines.size() && sides[to] != null) {
					to++;
				}
				Split split = parted(sides, x, from, to, size);
				if (split != null && inTable(lines, split, tables)) {
					split = null;
				}
				if (split != null && (best == null || split.glyphs() > best.glyphs())) {
					best = split;
				}
				from = to;
			}
		}
		return best;
	}

	/** A line's text on either side of a gutter: its extent down the page and its place in the drawing, per side. */
	private record Side(float[] leftSpan, float[] rightSpan, int[] leftRanks, int[] rightRanks, int glyphs) {

		/** The line's sides, or null when a glyph crosses x. */
		static Side of(List<TextPosition> line, Map<TextPosition, Placed> placed, float x) {
			Side side = new Side(span(), span(), ranks(), ranks(), line.size());
			for (TextPosition glyph : line) {
				Placed at = placed.get(glyph);
				if (glyph.getUnicode().isBlank()) {
					continue;
				}
				if (at.left() < x && at.right() > x) {
					return null;
				}
				boolean left = centre(at) < x;
				side.add(left ? side.leftSpan() : side.rightSpan(), left ? side.leftRanks() : side.rightRanks(), at);
			}
			return side;
		}

		boolean both() {
			return leftRanks[1] >= 0 && rightRanks[1] >= 0;
		}

		private void add(float[] span, int[] ranks, Placed at) {
			span[0] = Math.min(span[0], at.top());
			span[1] = Math.max(span[1], at.bottom());
			ranks[0] = Math.min(ranks[0], at.rank());
			ranks[1] = Math.max(ranks[1], at.rank());
		}

		private static float[] span() {
			return new float[] { Float.MAX_VALUE, -Float.MAX_VALUE };
		}

		private static int[] ranks() {
			return new int[] { Integer.MAX_VALUE, Integer.MIN_VALUE };
		}
	}

	/**
	 * The widest run of the lines from to to where the gutter at x parts text beside text, each side drawn whole before
	 * the other; the run's first line, a heading over both sides (■ 主な質疑 ⇥ ■ 委員の所感), is not held to that order.
	 */
	private static Split parted(Side[] sides, float x, int from, int to, float size) {
		Split best = null;
		// text on both sides of a line before the run or after it (but for the last line, a page's footer drawn last)
		// makes the run the start of a table whose rows the drawing interleaves; text on one side only stands above or
		// below the columns
		int[] nextBoth = new int[to - from + 1];
		nextBoth[to - from] = to;
		for (int i = to - 1; i >= from; i--) {
			nextBoth[i - from] = sides[i].both() ? i : nextBoth[i - from + 1];
		}
		// the least place in the drawing of the lines from each one down: a row of cards drawn whole before the next row
		int[] drawnAfter = new int[to - from + 1];
		drawnAfter[to - from] = Integer.MAX_VALUE;
		for (int i = to - 1; i >= from; i--) {
			drawnAfter[i - from] = Math.min(drawnAfter[i - from + 1], Math.min(sides[i].leftRanks()[0], sides[i].rightRanks()[0]));
		}
		for (int a = from; a < to && (a == from || !sides[a - 1].both()); a++) {
			float[] leftSpan = Side.span();
			float[] rightSpan = Side.span();
			int[] leftRanks = Side.ranks();
			int[] rightRanks = Side.ranks();
			int glyphs = 0;
			int leftLines = 0;
			int rightLines = 0;
			int besideLines = 0;
			for (int b = a; b < to; b++) {
				Side line = sides[b];
				int[] bodyLeft = leftRanks.clone();
				int[] bodyRight = rightRanks.clone();
				if (b > a) {
					merge(bodyLeft, line.leftRanks());
					merge(bodyRight, line.rightRanks());
					if (!(bodyLeft[1] < bodyRight[0] || bodyRight[1] < bodyLeft[0])) {
						break;
					}
					leftRanks = bodyLeft;
					rightRanks = bodyRight;
					leftLines += line.leftRanks()[1] >= 0 ? 1 : 0;
					rightLines += line.rightRanks()[1] >= 0 ? 1 : 0;
					besideLines += line.both() ? 1 : 0;
				}
				mergeSpan(leftSpan, line.leftSpan());
				mergeSpan(rightSpan, line.rightSpan());
				glyphs += line.glyphs();
				float beside = Math.min(leftSpan[1], rightSpan[1]) - Math.max(leftSpan[0], rightSpan[0]);
				// two lines a side below the first, two of them side by side: one line a side drawn apart is any
				// table's row, a cell's lines beside one line of the next are one row's
				if (leftLines >= MIN_SIDE_LINES && rightLines >= MIN_SIDE_LINES && besideLines >= MIN_SIDE_LINES && leftSpan[1] - leftSpan[0] >= MIN_HEIGHT * size && rightSpan[1] - rightSpan[0] >= MIN_HEIGHT * size
						&& beside >= MIN_BESIDE * size && (nextBoth[b + 1 - from] >= to - 1 || cardsAbove(leftLines, rightLines, leftRanks,
								rightRanks, drawnAfter[b + 1 - from])) && (best == null || glyphs > best.glyphs())) {
					best = new Split(x, a, b + 1, glyphs);
				}
			}
		}
		return best;
	}

	/**
	 * A row of cards, each side three lines or more, drawn whole before anything below it (the next row of cards): the
	 * run may end above the next row, whose cards stand side by side again.
	 */
	private static boolean cardsAbove(int leftLines, int rightLines, int[] leftRanks, int[] rightRanks, int drawnAfter) {
		return leftLines >= CARD_LINES && rightLines >= CARD_LINES && Math.max(leftRanks[1], rightRanks[1]) < drawnAfter;
	}

	private static final int CARD_LINES = 3;

	private static void merge(int[] ranks, int[] more) {
		ranks[0] = Math.min(ranks[0], more[0]);
		ranks[1] = Math.max(ranks[1], more[1]);
	}

	private static void mergeSpan(float[] span, float[] more) {
		span[0] = Math.min(span[0], more[0]);
		span[1] = Math.max(span[1], more[1]);
	}

	/** The middles of the gaps of a glyph size or more between a line's glyphs, rounded to a point: where gutters may be. */
	private static TreeSet<Float> gutters(List<List<TextPosition>> lines, Map<TextPosition, Placed> placed, float size) {
		TreeSet<Float> xs = new TreeSet<>();
		for (List<TextPosition> line : lines) {
			float end = Float.NaN;
			for (TextPosition glyph : line) {
				if (glyph.getUnicode().isBlank()) {
					continue;
				}
				Placed at = placed.get(glyph);
				if (!Float.isNaN(end) && at.left() - end >= GUTTER * size) {
					xs.add((float) Math.round((end + at.left()) / 2));
				}
				end = Float.isNaN(end) ? at.right() : Math.max(end, at.right());
			}
		}
		return xs;
	}

	private static float centre(Placed at) {
		return (at.left() + at.right()) / 2;
	}

	private static float medianSize(List<List<TextPosition>> lines) {
		double[] sizes = lines.stream()
			.flatMap(List::stream)
			.filter(glyph -> !glyph.getUnicode().isBlank())
			.mapToDouble(TextPosition::getFontSizeInPt)
			.sorted()
			.toArray();
		return sizes.length == 0 ? 0 : (float) sizes[sizes.length / 2];
	}
}
