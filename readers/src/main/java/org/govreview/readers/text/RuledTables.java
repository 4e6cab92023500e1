package org.govreview.readers.text;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.TextPosition;

/**
 * The tables a PDF page draws with ruled borders, as Excel, Calc, Word and Writer print a bordered table: the page's
 * horizontal and vertical rules that meet form a grid, a cell is a box of it (merged where a rule between two boxes is
 * missing), and the glyphs a cell holds are its text. Each table is written as one line of HTML, rows and cells with
 * their rowspan and colspan, the lines of a cell's text joined where the cell's width wrapped them and kept apart
 * ({@code <br>}) where the writer broke them, so that a table read from a PDF is read as the same table saved as a web
 * page is. A grid whose merged boxes are not rectangles, and a box round one column, are no table. A table drawn
 * without borders by its cells' fills alone (a browser's zebra-striped table, a Word table shaded and unruled) has its
 * cells' sides taken as its rules, the rows a zebra leaves unshaded included where their text keeps to the columns.
 * Stateless.
 */
final class RuledTables {

	/** In points: rules this far apart are one rule, drawn twice or a hair apart. */
	static final float SAME_PLACE = 1.5f;

	/** In points: the thickest filled rectangle that is a rule rather than a shaded box. */
	private static final float THIN = 2.5f;

	/** The most rules a page of tables draws; more are a drawing's lines, and grouping them would cost the square. */
	private static final int MAX_RULES = 1500;

	/** The most lines a cell of a one-row table holds: more are a page's columns in a frame, no table's cells. */
	private static final int MAX_LINES_OF_ONE_ROW = 6;

	/** The share of a box's side a rule must cover to part it from the next box. */
	private static final float COVERED = 0.6f;

	private RuledTables() {
	}

	/** A rule on the page, in the glyphs' coordinates (from the top left): where it stands across and its extent along. */
	record Rule(boolean horizontal, float at, float from, float to) {
	}

	/** A table: its column and row edges, and its cells (boxes merged where no rule parts them), row by row. */
	record Table(float[] xs, float[] ys, List<Cell> cells) {

		float left() {
			return xs[0];
		}

		float top() {
			return ys[0];
		}

		/** Whether the other table lies within this one's frame (a table set in one of its cells). */
		boolean contains(Table other) {
			return other.xs[0] >= xs[0] - SAME_PLACE && other.xs[other.xs.length - 1] <= xs[xs.length - 1] + SAME_PLACE
					&& other.ys[0] >= ys[0] - SAME_PLACE && other.ys[other.ys.length - 1] <= ys[ys.length - 1] + SAME_PLACE;
		}

		/** Whether the point lies inside the table's outer frame. */
		boolean frames(float x, float y) {
			return x > xs[0] && x < xs[xs.length - 1] && y > ys[0] && y < ys[ys.length - 1];
		}

		boolean holds(TextPosition glyph) {
			// a glyph set sideways measures in its own turned frame, not the rules'; a table's placeholder is no text of it
			if (!CellGapStripper.upright(glyph) || CellGapStripper.isTablePlace(glyph.getUnicode())) {
				return false;
			}
			return frames(centreX(glyph), centreY(glyph));
		}
	}

	/**
	 * The page's rules, from its stroked lines and thin filled rectangles, and the sides of its cells drawn by their fills
	 * alone, told apart from text by its glyphs; the small round dots it draws (a browser's list bullets, drawn as
	 * shapes, not glyphs) are added to {@code dots} as left, top, right, bottom.
	 */
	static List<Rule> rules(PDPage page, List<TextPosition> glyphs, List<float[]> dots) throws IOException {
		RuleCollector collector = new RuleCollector(page);
		collector.processPage(page);
		dots.addAll(collector.dots);
		List<Rule> rules = new ArrayList<>(collector.rules);
		if (!collector.shaded.isEmpty()) {
			// a ruled table's own fills (a merged cell shaded cell by cell under it) part none of its cells
			List<Table> drawn = tables(collector.rules);
			List<float[]> unruled = collector.shaded.stream()
				.filter(box -> drawn.stream().noneMatch(table -> table.frames((box[0] + box[2]) / 2, (box[1] + box[3]) / 2)))
				.toList();
			rules.addAll(shadedCellEdges(unruled, merged(collector.rules), glyphs, page.getCropBox().getWidth() * page.getCropBox().getHeight()));
		}
		return rules;
	}

	/** In points: the smallest and the largest bullet drawn as a shape. */
	private static final float MIN_DOT = 1.5f;

	private static final float MAX_DOT = 8;

	/** How much of a table drawn by its cells' fills the fills cover. */
	private static final double COVERED_BY_FILLS = 0.9;

	/** In points: how far apart two shaded cells' sides may stand and still be one side they share. */
	private static final float TOUCHING = 1.0f;

	/**
	 * The sides of the shaded boxes that lie against another shaded box (a table drawn by its cells' fills alone, as a
	 * browser paints a zebra-striped table or an office suite a table without borders): each such box is a cell, its
	 * sides the table's rules. A box alone (a banner, a framed note) or covering most of the page draws no table.
	 */
	static List<Rule> shadedCellEdges(List<float[]> boxes, List<Rule> rules, List<TextPosition> glyphs, float pageArea) {
		// a fill drawn twice (a cell's shading and its paragraph's) is one cell
		List<float[]> cells = new ArrayList<>();
		for (float[] box : boxes) {
			if ((box[2] - box[0]) * (box[3] - box[1]) < pageArea / 2 && cells.stream().noneMatch(cell -> same(cell, box))) {
				cells.add(box);
				if (cells.size() > MAX_RULES / 4) {
					// a map or a chart drawn in thousands of fills, no table's cells; grouping them would cost the square
					return List.of();
				}
			}
		}
		// zebra stripes over rows left unshaded: each row between two stripes of the table's width is a row of the
		// table, its cells where the stripe above has them
		List<float[]> rows = new ArrayList<>(cells);
		List<List<float[]>> stripes = grouped(cells);
		for (List<float[]> above : stripes) {
			float[] frame = frame(above);
			// the next stripe of the same width below, and only that one
			List<float[]> below = null;
			float nearest = Float.MAX_VALUE;
			for (List<float[]> other : stripes) {
				float[] next = frame(other);
				float gap = next[1] - frame[3];
				if (gap > TOUCHING && gap < nearest && Math.abs(next[0] - frame[0]) <= SNAP && Math.abs(next[2] - frame[2]) <= SNAP) {
					below = other;
					nearest = gap;
				}
			}
			if (below == null || nearest > MAX_ROW || frame[3] <= frame[1] || !sameColumns(edge(above, 3), edge(below, 1))) {
				continue;
			}
			float bottom = frame[3] + nearest;
			if (keepsColumns(edge(above, 3), frame[3], bottom, glyphs)) {
				above.stream()
					.filter(box -> Math.abs(box[3] - frame[3]) <= TOUCHING)
					.forEach(box -> rows.add(new float[] { box[0], frame[3], box[2], bottom }));
			}
		}
		List<List<float[]>> groups = grouped(rows);
		List<Rule> edges = new ArrayList<>();
		for (List<float[]> table : groups) {
			// a stripe alone (a shaded row of a table ruled otherwise, a banner in pieces) draws no table
			float[] frame = frame(table);
			// a table drawn by its fills has every cell filled (white ones too); a shaded header or first column over
			// cells left blank is a table ruled otherwise, its rules make it
			double filled = table.stream().mapToDouble(box -> (box[2] - box[0]) * (box[3] - box[1])).sum();
			boolean partlyFilled = filled < COVERED_BY_FILLS * (frame[2] - frame[0]) * (frame[3] - frame[1]);
			// a shaded header over rows ruled across (a Word table ruled between its rows): the rules make the table
			List<Float> across = rules.stream()
				.filter(rule -> rule.horizontal() && rule.from() <= frame[0] + SNAP && rule.to() >= frame[2] - SNAP)
				.map(Rule::at)
				.toList();
			boolean ruledBelow = across.stream().anyMatch(at -> Math.abs(at - frame[3]) <= SNAP)
					&& across.stream().anyMatch(at -> at > frame[3] + SNAP && at < frame[3] + MAX_ROW);
			// a label square and a title band over a text box (a designed panel) have one row of cells: a table has more
			boolean rowsOfCells = table.stream().collect(java.util.stream.Collectors.groupingBy(box -> Math.round(box[1]),
					java.util.stream.Collectors.counting())).values().stream().filter(count -> count >= 2).count() >= 2;
			if (distinct(table, 1) < 2 || distinct(table, 0) < 2 || partlyFilled || ruledBelow || !rowsOfCells) {
				continue;
			}
			for (float[] box : table) {
				edges.add(new Rule(true, box[1], box[0], box[2]));
				edges.add(new Rule(true, box[3], box[0], box[2]));
				edges.add(new Rule(false, box[0], box[1], box[3]));
				edges.add(new Rule(false, box[2], box[1], box[3]));
			}
		}
		return edges;
	}

	/** The boxes that touch, grouped. */
	private static List<List<float[]>> grouped(List<float[]> cells) {
		int[] group = new int[cells.size()];
		for (int i = 0; i < group.length; i++) {
			group[i] = i;
		}
		for (int i = 0; i < cells.size(); i++) {
			for (int j = i + 1; j < cells.size(); j++) {
				if (touches(cells.get(i), cells.get(j))) {
					group[find(group, j)] = find(group, i);
				}
			}
		}
		java.util.Map<Integer, List<float[]>> groups = new java.util.LinkedHashMap<>();
		for (int i = 0; i < cells.size(); i++) {
			groups.computeIfAbsent(find(group, i), key -> new ArrayList<>()).add(cells.get(i));
		}
		return new ArrayList<>(groups.values());
	}

	/** The boxes' outer frame: left, top, right, bottom. */
	private static float[] frame(List<float[]> boxes) {
		return new float[] { (float) boxes.stream().mapToDouble(box -> box[0]).min().orElse(0),
				(float) boxes.stream().mapToDouble(box -> box[1]).min().orElse(0),
				(float) boxes.stream().mapToDouble(box -> box[2]).max().orElse(0),
				(float) boxes.stream().mapToDouble(box -> box[3]).max().orElse(0) };
	}

	/**
	 * Whether the text between two stripes keeps to the columns of the row above it, no glyph across a side of its
	 * cells: a row of the table left unshaded, not a paragraph between two tables.
	 */
	private static boolean keepsColumns(List<float[]> row, float top, float bottom, List<TextPosition> glyphs) {
		List<float[]> columns = row.stream().sorted(Comparator.comparingDouble(box -> box[0])).toList();
		List<Float> sides = columns.stream().map(box -> box[0]).skip(1).toList();
		float left = columns.get(0)[0];
		float right = columns.get(columns.size() - 1)[2];
		java.util.Set<Integer> filled = new java.util.HashSet<>();
		for (TextPosition glyph : glyphs) {
			float y = centreY(glyph);
			float x = centreX(glyph);
			if (y <= top || y >= bottom || x <= left || x >= right || glyph.getUnicode().isBlank()) {
				continue;
			}
			float from = glyph.getXDirAdj();
			float to = from + glyph.getWidthDirAdj();
			if (sides.stream().anyMatch(side -> from < side && to > side)) {
				return false;
			}
			for (int c = 0; c < columns.size(); c++) {
				if (x > columns.get(c)[0] && x < columns.get(c)[2]) {
					filled.add(c);
				}
			}
		}
		// a row has its cells' text in two columns at least; a heading between two tables fills one
		return filled.size() >= 2;
	}

	/** The boxes of the group's row along its top (side 1) or bottom (side 3). */
	private static List<float[]> edge(List<float[]> boxes, int side) {
		float at = frame(boxes)[side];
		return boxes.stream().filter(box -> Math.abs(box[side] - at) <= TOUCHING).toList();
	}

	/** Whether two rows of two cells or more part their cells at the same places: stripes of one table. */
	private static boolean sameColumns(List<float[]> one, List<float[]> other) {
		List<Float> lefts = one.stream().map(box -> box[0]).sorted().toList();
		List<Float> others = other.stream().map(box -> box[0]).sorted().toList();
		if (lefts.size() < 2 || lefts.size() != others.size()) {
			return false;
		}
		for (int i = 0; i < lefts.size(); i++) {
			if (Math.abs(lefts.get(i) - others.get(i)) > SNAP) {
				return false;
			}
		}
		return true;
	}

	private static boolean same(float[] a, float[] b) {
		for (int i = 0; i < 4; i++) {
			if (Math.abs(a[i] - b[i]) > TOUCHING) {
				return false;
			}
		}
		return true;
	}

	/** How many different places the boxes' sides of one kind (0: left, 1: top) stand at. */
	private static long distinct(List<float[]> boxes, int side) {
		List<Float> places = boxes.stream().map(box -> box[side]).sorted().toList();
		long count = places.isEmpty() ? 0 : 1;
		for (int i = 1; i < places.size(); i++) {
			count += places.get(i) - places.get(i - 1) > TOUCHING ? 1 : 0;
		}
		return count;
	}

	/** Whether two boxes (left, top, right, bottom) lie side by side or one on the other along a side they share. */
	private static boolean touches(float[] a, float[] b) {
		boolean across = Math.min(a[3], b[3]) - Math.max(a[1], b[1]) > TOUCHING
				&& (Math.abs(a[2] - b[0]) <= TOUCHING || Math.abs(b[2] - a[0]) <= TOUCHING);
		boolean down = Math.min(a[2], b[2]) - Math.max(a[0], b[0]) > TOUCHING
				&& (Math.abs(a[3] - b[1]) <= TOUCHING || Math.abs(b[3] - a[1]) <= TOUCHING);
		return across || down;
	}

	/** A page's ruled tables, and the top and bottom of each table a typesetter ruled only across (booktabs). */
	record Ruled(List<Table> tables, List<float[]> across) {
	}

	/**
	 * The page's tables from its rules. A table drawn with horizontal rules only (a Word table ruled between its rows,
	 * no borders down: three or more rules of one width stacked down the page, none crossed by a rule down) has its
	 * columns where the text of its rows leaves a gap, and those gaps are drawn in as rules down. A typesetter's table
	 * ({@code typeset}: booktabs rules only its head, its foot and its groups) has its rows and spanned cells where
	 * {@link TypesetRows} finds them from where its lines begin.
	 */
	static Ruled read(List<Rule> rules, List<TextPosition> glyphs, boolean typeset) {
		List<Rule> merged = merged(rules);
		if (merged.size() > MAX_RULES) {
			return new Ruled(List.of(), List.of());
		}
		List<Rule> implied = new ArrayList<>(rules);
		List<Table> typesetTables = new ArrayList<>();
		List<List<Rule>> stacks = typeset ? TypesetRows.tables(openStacks(merged), glyphs) : openStacks(merged);
		for (List<Rule> stack : stacks) {
			List<Float> gaps = stackGaps(stack, merged, glyphs, typeset);
			if (gaps.isEmpty()) {
				continue;
			}
			if (typeset && rowsBetweenRules(stack, gaps, glyphs)) {
				typesetTables.add(TypesetRows.table(stack, gaps, merged, glyphs));
			}
			else {
				impliedColumns(stack, gaps, glyphs, implied);
			}
		}
		List<Table> tables = new ArrayList<>(tables(implied));
		if (!typeset) {
			return new Ruled(tables, List.of());
		}
		tables.addAll(typesetTables);
		tables.sort(Comparator.comparingDouble(Table::top));
		return new Ruled(tables, stacks.stream().map(stack -> new float[] { stack.get(0).at(), stack.get(stack.size() - 1).at() }).toList());
	}

	/** The stack's outer sides and its gaps drawn in as rules down, broken where a row's text runs over a gap. */
	private static void impliedColumns(List<Rule> stack, List<Float> gaps, List<TextPosition> glyphs, List<Rule> implied) {
		Rule first = stack.get(0);
		float top = first.at();
		float bottom = stack.get(stack.size() - 1).at();
		implied.add(new Rule(false, first.from(), top, bottom));
		implied.add(new Rule(false, first.to(), top, bottom));
		int steps = (int) Math.ceil(first.to() - first.from()) + 1;
		for (int band = 0; band + 1 < stack.size(); band++) {
			// a row whose text runs over a gap (経営課題１　… across the table) is one cell there, as a merged cell is
			boolean[] row = occupied(first.from(), stack.get(band).at(), stack.get(band + 1).at(), glyphs, steps, false);
			for (float x : gaps) {
				int at = Math.round(x - first.from());
				if (!row[Math.max(0, at - 1)] && !row[at] && !row[Math.min(steps - 1, at + 1)]) {
					implied.add(new Rule(false, x, stack.get(band).at(), stack.get(band + 1).at()));
				}
			}
		}
	}

	/**
	 * The stack's column edges where its rows' text leaves gaps, each moved to where a shorter rule of the table ends
	 * inside the gap (a merged column's rules stop at its edge). A typeset table's head, whose headings may be wider
	 * than their columns (基準値（R2）目標値（R8） run together), hides no gap its body's lines leave.
	 */
	private static List<Float> stackGaps(List<Rule> stack, List<Rule> merged, List<TextPosition> glyphs, boolean typeset) {
		Rule first = stack.get(0);
		List<Float> places = stack.stream().map(Rule::at).toList();
		List<Float> found = new ArrayList<>(columnGaps(first.from(), first.to(), places, glyphs));
		if (typeset) {
			for (float body : columnGaps(first.from(), first.to(), TypesetRows.lineBounds(first, places.get(1), places.get(places.size() - 1), glyphs), glyphs, 0)) {
				if (found.stream().noneMatch(gap -> Math.abs(gap - body) <= SNAP)) {
					found.add(body);
				}
			}
			found.sort(null);
		}
		float top = first.at();
		float bottom = stack.get(stack.size() - 1).at();
		List<Float> ends = merged.stream()
			.filter(rule -> rule.horizontal() && rule.at() >= top - SAME_PLACE && rule.at() <= bottom + SAME_PLACE)
			.flatMap(rule -> java.util.stream.Stream.of(rule.from(), rule.to()))
			.filter(end -> end > first.from() + SAME_WIDTH && end < first.to() - SAME_WIDTH)
			.toList();
		return found.stream()
			.map(x -> ends.stream().filter(end -> Math.abs(end - x) <= SNAP).min(Comparator.comparingDouble(end -> Math.abs(end - x))).orElse(x))
			.toList();
	}

	/**
	 * The stacks of three or more rules of one width down the page that no rule down crosses: tables ruled between
	 * their rows (or, typeset, between their groups of rows), top to bottom.
	 */
	private static List<List<Rule>> openStacks(List<Rule> merged) {
		List<Rule> verticals = merged.stream().filter(rule -> !rule.horizontal()).toList();
		List<Rule> open = merged.stream()
			.filter(rule -> rule.horizontal() && verticals.stream().noneMatch(vertical -> meet(rule, vertical)))
			.sorted(Comparator.comparingDouble(Rule::at))
			.toList();
		List<List<Rule>> stacks = new ArrayList<>();
		java.util.Set<Rule> used = new java.util.HashSet<>();
		for (Rule first : open) {
			if (used.contains(first)) {
				continue;
			}
			List<Rule> stack = new ArrayList<>(List.of(first));
			for (Rule next : open) {
				Rule last = stack.get(stack.size() - 1);
				if (next.at() > last.at() && next.at() - last.at() <= MAX_ROW && !used.contains(next)
						&& Math.abs(next.from() - first.from()) <= SAME_WIDTH && Math.abs(next.to() - first.to()) <= SAME_WIDTH) {
					stack.add(next);
				}
			}
			if (stack.size() >= 3) {
				used.addAll(stack);
				stacks.add(stack);
			}
		}
		return stacks;
	}

	/**
	 * Whether a band between two of the rules holds two lines or more with figures in three columns or more: rows of
	 * their own, which a rule between groups of rows leaves unruled, never one row's wrapped lines (a value over its
	 * year, 14人 | 17人 over 平成30年度 | 令和７年度, is one row's cells).
	 */
	private static boolean rowsBetweenRules(List<Rule> stack, List<Float> gaps, List<TextPosition> glyphs) {
		for (int band = 0; band + 1 < stack.size(); band++) {
			float top = stack.get(band).at();
			float bottom = stack.get(band + 1).at();
			java.util.Map<Integer, java.util.Set<Integer>> columnsOfLine = new java.util.HashMap<>();
			for (TextPosition glyph : glyphs) {
				float y = centreY(glyph);
				if (!CellGapStripper.upright(glyph) || y <= top || y >= bottom || glyph.getUnicode().isEmpty()
						|| !Character.isDigit(glyph.getUnicode().charAt(0))) {
					continue;
				}
				float x = centreX(glyph);
				if (x < stack.get(0).from() || x > stack.get(0).to()) {
					continue;
				}
				int column = (int) gaps.stream().filter(gap -> gap < x).count();
				int line = Math.round(y / Math.max(1f, glyph.getHeightDir()));
				columnsOfLine.computeIfAbsent(line, key -> new java.util.HashSet<>()).add(column);
			}
			if (columnsOfLine.values().stream().filter(columns -> columns.size() >= FIGURE_COLUMNS_OF_A_ROW).count() >= 2) {
				return true;
			}
		}
		return false;
	}

	private static final int FIGURE_COLUMNS_OF_A_ROW = 3;

	/** In points: the tallest row a table ruled between its rows has. */
	private static final float MAX_ROW = 250;

	/** In points: how far the ends of one table's rules may differ. */
	private static final float SAME_WIDTH = 3;

	/** In points: how far from a gap's middle a shorter rule's end may stand and still be the column's edge. */
	private static final float SNAP = 6;

	/** In points: the narrowest gap between two columns' text (a cell's padding on both sides). */
	private static final float MIN_GUTTER = 4;

	/** One row in this many may cross a gap between columns that the other rows keep (a group heading across them). */
	private static final int CROSSING_SHARE = 4;

	/**
	 * The middles of the vertical gaps the rows' text leaves, inside left and right: a row is a band between two rules,
	 * and one that sets out no gaps of its own (a group's heading across the table, an empty row) counts for nothing.
	 */
	static List<Float> columnGaps(float left, float right, List<Float> rules, List<TextPosition> glyphs) {
		return columnGaps(left, right, rules, glyphs, CROSSING_SHARE);
	}

	/** As above, with one row in {@code share} allowed to cross a gap (none at 0). */
	private static List<Float> columnGaps(float left, float right, List<Float> rules, List<TextPosition> glyphs, int share) {
		int steps = (int) Math.ceil(right - left) + 1;
		int[] count = new int[steps];
		int bands = 0;
		for (int band = 0; band + 1 < rules.size(); band++) {
			boolean[] row = occupied(left, rules.get(band), rules.get(band + 1), glyphs, steps, true);
			if (gaps(row, left).isEmpty()) {
				continue;
			}
			bands++;
			for (int x = 0; x < steps; x++) {
				count[x] += row[x] ? 1 : 0;
			}
		}
		if (bands < 2) {
			return List.of();
		}
		// a long row may run one cell's words up to the next cell's (…待機児童ゼ・令和７年): one row in four may
		// cross a gap the others keep
		int crossing = share == 0 ? 0 : bands / share;
		boolean[] filled = new boolean[steps];
		for (int x = 0; x < steps; x++) {
			filled[x] = count[x] > crossing;
		}
		return gaps(filled, left);
	}

	private static boolean[] occupied(float left, float top, float bottom, List<TextPosition> glyphs, int steps,
			boolean withoutHeadings) {
		List<TextPosition> inside = new ArrayList<>();
		for (TextPosition glyph : glyphs) {
			float y = centreY(glyph);
			float x = centreX(glyph) - left;
			if (CellGapStripper.upright(glyph) && !glyph.getUnicode().isBlank() && y > top && y < bottom && x > 0 && x < steps - 1) {
				inside.add(glyph);
			}
		}
		boolean[] filled = new boolean[steps];
		for (List<TextPosition> line : CellGapStripper.lines(inside)) {
			boolean[] own = new boolean[steps];
			line.forEach(glyph -> fill(own, glyph, left));
			if (withoutHeadings && gaps(own, left).isEmpty() && filledWidth(own) > SPANNING * steps) {
				// 約束３　駅を中心に…: a group's heading written across the row's cells, no cell of a column
				continue;
			}
			for (int x = 0; x < steps; x++) {
				filled[x] |= own[x];
			}
		}
		return filled;
	}

	private static int firstFilled(boolean[] filled) {
		int first = 0;
		while (first < filled.length && !filled[first]) {
			first++;
		}
		return first;
	}

	private static int lastFilled(boolean[] filled) {
		int last = filled.length - 1;
		while (last >= 0 && !filled[last]) {
			last--;
		}
		return last;
	}

	/** From the first filled place to the last; 0 when nothing is filled. */
	private static int filledWidth(boolean[] filled) {
		return Math.max(0, lastFilled(filled) - firstFilled(filled));
	}

	/** The share of a table's width a line without gaps must run over to be a heading across its columns. */
	private static final float SPANNING = 0.4f;

	private static void fill(boolean[] filled, TextPosition glyph, float left) {
		int from = Math.max(0, (int) Math.floor(glyph.getXDirAdj() - left));
		int to = Math.min(filled.length - 1, (int) Math.ceil(glyph.getXDirAdj() + glyph.getWidthDirAdj() - left));
		for (int at = from; at <= to; at++) {
			filled[at] = true;
		}
	}

	/** The middles of the empty runs at least a gutter wide between the first and the last filled place. */
	private static List<Float> gaps(boolean[] filled, float left) {
		List<Float> gaps = new ArrayList<>();
		int first = firstFilled(filled);
		int last = lastFilled(filled);
		int start = -1;
		for (int x = first; x <= last; x++) {
			if (!filled[x] && start < 0) {
				start = x;
			}
			else if (filled[x] && start >= 0) {
				if (x - start >= MIN_GUTTER) {
					gaps.add(left + (start + x) / 2f);
				}
				start = -1;
			}
		}
		return gaps;
	}

	/** The tables the rules draw, top to bottom. */
	static List<Table> tables(List<Rule> rules) {
		List<Rule> merged = merged(rules);
		if (merged.size() > MAX_RULES) {
			// a map, a plan or a chart's hatching: no table a report prints has this many rules
			return List.of();
		}
		merged = doubleRulesJoined(merged);
		int n = merged.size();
		int[] parent = new int[n];
		for (int i = 0; i < n; i++) {
			parent[i] = i;
		}
		for (int i = 0; i < n; i++) {
			for (int j = i + 1; j < n; j++) {
				if (merged.get(i).horizontal() != merged.get(j).horizontal() && meet(merged.get(i), merged.get(j))) {
					parent[find(parent, i)] = find(parent, j);
				}
			}
		}
		java.util.Map<Integer, List<Rule>> groups = new java.util.LinkedHashMap<>();
		for (int i = 0; i < n; i++) {
			groups.computeIfAbsent(find(parent, i), root -> new ArrayList<>()).add(merged.get(i));
		}
		List<Table> tables = new ArrayList<>();
		for (List<Rule> group : groups.values()) {
			Table table = table(group);
			if (table != null) {
				tables.add(table);
			}
		}
		tables.sort(Comparator.comparingDouble(Table::top).thenComparingDouble(Table::left));
		return tables;
	}

	/** In points: the farthest apart the two lines of a double rule stand (\\hline\\hline, a double border). */
	private static final float DOUBLE_RULE = 3;

	/**
	 * The two lines of a double rule under a header (\\hline\\hline) as one rule between them, so that the rules down the
	 * header and those down the body, each stopping at its own line, meet it and the table stays one.
	 */
	private static List<Rule> doubleRulesJoined(List<Rule> rules) {
		List<Rule> joined = new ArrayList<>(rules);
		for (int i = 0; i < joined.size(); i++) {
			Rule one = joined.get(i);
			for (int j = i + 1; one.horizontal() && j < joined.size(); j++) {
				Rule other = joined.get(j);
				float apart = Math.abs(one.at() - other.at());
				float overlap = Math.min(one.to(), other.to()) - Math.max(one.from(), other.from());
				float shorter = Math.min(one.to() - one.from(), other.to() - other.from());
				if (other.horizontal() && apart > SAME_PLACE && apart <= DOUBLE_RULE && overlap >= 0.8f * shorter) {
					joined.set(i, new Rule(true, (one.at() + other.at()) / 2, Math.min(one.from(), other.from()), Math.max(one.to(), other.to())));
					joined.remove(j);
					break;
				}
			}
		}
		return joined;
	}

	private static int find(int[] parent, int i) {
		while (parent[i] != i) {
			parent[i] = parent[parent[i]];
			i = parent[i];
		}
		return i;
	}

	private static boolean meet(Rule a, Rule b) {
		return b.at() >= a.from() - SAME_PLACE && b.at() <= a.to() + SAME_PLACE && a.at() >= b.from() - SAME_PLACE
				&& a.at() <= b.to() + SAME_PLACE;
	}

	/** Rules on one line that touch or overlap, as one, however many pieces a line was drawn in. */
	private static List<Rule> merged(List<Rule> rules) {
		List<Rule> merged = mergedOnce(rules);
		for (int size = rules.size(); merged.size() < size; merged = mergedOnce(merged)) {
			size = merged.size();
		}
		return merged;
	}

	private static List<Rule> mergedOnce(List<Rule> rules) {
		List<Rule> sorted = new ArrayList<>(rules);
		sorted.sort(Comparator.comparing(Rule::horizontal).thenComparingDouble(Rule::at).thenComparingDouble(Rule::from));
		List<Rule> merged = new ArrayList<>();
		for (Rule rule : sorted) {
			boolean joined = false;
			for (int i = merged.size() - 1; i >= 0 && !joined; i--) {
				Rule other = merged.get(i);
				if (other.horizontal() != rule.horizontal() || Math.abs(other.at() - rule.at()) > SAME_PLACE) {
					break;
				}
				if (rule.from() <= other.to() + SAME_PLACE && rule.to() >= other.from() - SAME_PLACE) {
					merged.set(i, new Rule(rule.horizontal(), other.at(), Math.min(other.from(), rule.from()),
							Math.max(other.to(), rule.to())));
					joined = true;
				}
			}
			if (!joined) {
				merged.add(rule);
			}
		}
		return merged;
	}

	private static Table table(List<Rule> group) {
		float[] xs = edges(group, false);
		float[] ys = edges(group, true);
		// a frame round one column (a boxed note, a title) is no table
		if (xs.length < 3 || ys.length < 2) {
			return null;
		}
		int rows = ys.length - 1;
		int columns = xs.length - 1;
		boolean[][] partedRight = new boolean[rows][columns];
		boolean[][] partedBelow = new boolean[rows][columns];
		for (int r = 0; r < rows; r++) {
			for (int c = 0; c < columns; c++) {
				partedRight[r][c] = c == columns - 1 || covered(group, false, xs[c + 1], ys[r], ys[r + 1]);
				partedBelow[r][c] = r == rows - 1 || covered(group, true, ys[r + 1], xs[c], xs[c + 1]);
			}
		}
		List<Cell> cells = cells(partedRight, partedBelow);
		return cells == null ? null : new Table(xs, ys, cells);
	}

	private static float[] edges(List<Rule> group, boolean horizontal) {
		List<Float> places = new ArrayList<>();
		group.stream().filter(rule -> rule.horizontal() == horizontal).map(Rule::at).sorted().forEach(at -> {
			if (places.isEmpty() || at - places.get(places.size() - 1) > SAME_PLACE) {
				places.add(at);
			}
		});
		float[] edges = new float[places.size()];
		for (int i = 0; i < edges.length; i++) {
			edges[i] = places.get(i);
		}
		return edges;
	}

	private static boolean covered(List<Rule> group, boolean horizontal, float at, float from, float to) {
		float need = COVERED * (to - from);
		for (Rule rule : group) {
			if (rule.horizontal() == horizontal && Math.abs(rule.at() - at) <= SAME_PLACE
					&& Math.min(rule.to(), to) - Math.max(rule.from(), from) >= need) {
				return true;
			}
		}
		return false;
	}

	/** A merged cell: its first row and column and how many it spans. */
	record Cell(int row, int column, int rows, int columns) {
	}

	/** The boxes' cells, row by row, or null when a merged cell is no rectangle. */
	private static List<Cell> cells(boolean[][] partedRight, boolean[][] partedBelow) {
		int rows = partedRight.length;
		int columns = partedRight[0].length;
		int[][] owner = new int[rows][columns];
		for (int[] row : owner) {
			java.util.Arrays.fill(row, -1);
		}
		List<Cell> cells = new ArrayList<>();
		for (int r = 0; r < rows; r++) {
			for (int c = 0; c < columns; c++) {
				if (owner[r][c] >= 0) {
					continue;
				}
				int width = 1;
				while (c + width - 1 < columns - 1 && !partedRight[r][c + width - 1]) {
					width++;
				}
				int height = 1;
				while (r + height - 1 < rows - 1 && !partedBelow[r + height - 1][c]) {
					height++;
				}
				for (int i = r; i < r + height; i++) {
					for (int j = c; j < c + width; j++) {
						if (owner[i][j] >= 0) {
							return null;
						}
						// inside the box no rule parts it; on its edges the rules do
						boolean insideRight = j < c + width - 1;
						boolean insideBelow = i < r + height - 1;
						if (insideRight && partedRight[i][j] || insideBelow && partedBelow[i][j]
								|| !insideRight && !partedRight[i][j] || !insideBelow && !partedBelow[i][j]) {
							return null;
						}
						owner[i][j] = cells.size();
					}
				}
				cells.add(new Cell(r, c, height, width));
			}
		}
		return cells;
	}

	static float centreX(TextPosition glyph) {
		return glyph.getXDirAdj() + glyph.getWidthDirAdj() / 2;
	}

	static float centreY(TextPosition glyph) {
		return glyph.getYDirAdj() - glyph.getHeightDir() / 2;
	}

	/** The table as one line of HTML, each cell with the glyphs whose centres it holds. */
	static String html(Table table, List<TextPosition> glyphs) {
		List<Cell> cells = table.cells();
		List<List<TextPosition>> held = held(table, glyphs);
		float[] padding = padding(table, cells, held);
		StringBuilder html = new StringBuilder();
		int rows = table.ys().length - 1;
		int columns = table.xs().length - 1;
		int first = 0;
		while (first < cells.size() - 1 && cells.get(first).columns() == columns && cells.get(first).rows() == 1) {
			// １　福岡県八女市 across the top of the table: its heading, no row of it
			String heading = text(held.get(first), table.xs()[columns] - table.xs()[0]);
			if (!heading.isBlank()) {
				html.append("<p>").append(heading).append("</p>\n");
			}
			first++;
		}
		int top = cells.get(first).row();
		boolean titled = cells.get(first).column() == 0 && cells.get(first).rows() == rows - top && rows - top >= 2
				&& cells.get(first).columns() == 1 && columns > 2 && stacked(CellGapStripper.lines(held.get(first)));
		if (titled) {
			// 主要統計 stacked down a form's first column beside the whole table: the table's title, no column of it
			String title = text(held.get(first), table.xs()[1] - table.xs()[0] - 2 * padding[0]).replace("<br>", "");
			if (!title.isBlank()) {
				html.append("<p>").append(title).append("</p>\n");
			}
			first++;
		}
		html.append("<table>");
		int row = -1;
		for (int i = first; i < cells.size(); i++) {
			Cell cell = cells.get(i);
			if (cell.row() != row) {
				html.append(row < 0 ? "" : "</tr>").append("<tr>");
				row = cell.row();
			}
			html.append("<td");
			if (cell.rows() > 1) {
				html.append(" rowspan=\"").append(cell.rows()).append('"');
			}
			if (cell.columns() > 1) {
				html.append(" colspan=\"").append(cell.columns()).append('"');
			}
			float left = table.xs()[cell.column()];
			float right = table.xs()[cell.column() + cell.columns()];
			html.append('>').append(text(held.get(i), right - left - 2 * padding[cell.column()])).append("</td>");
		}
		return html.append("</tr></table>").toString();
	}

	/** Per cell, in the order of the table's cells, the glyphs whose centres it holds. */
	private static List<List<TextPosition>> held(Table table, List<TextPosition> glyphs) {
		List<Cell> cells = table.cells();
		List<List<TextPosition>> held = new ArrayList<>();
		cells.forEach(cell -> held.add(new ArrayList<>()));
		for (TextPosition glyph : glyphs) {
			int column = index(table.xs(), centreX(glyph));
			int row = index(table.ys(), centreY(glyph));
			for (int i = 0; i < cells.size(); i++) {
				Cell cell = cells.get(i);
				if (row >= cell.row() && row < cell.row() + cell.rows() && column >= cell.column()
						&& column < cell.column() + cell.columns()) {
					held.get(i).add(glyph);
					break;
				}
			}
		}
		return held;
	}

	private static int index(float[] edges, float at) {
		for (int i = 0; i < edges.length - 1; i++) {
			if (at < edges[i + 1]) {
				return i;
			}
		}
		return edges.length - 2;
	}

	/** Per column, the space its cells keep inside their rules: the least any line of its own cells leaves. */
	private static float[] padding(Table table, List<Cell> cells, List<List<TextPosition>> held) {
		float[] padding = new float[table.xs().length - 1];
		java.util.Arrays.fill(padding, Float.MAX_VALUE);
		for (int i = 0; i < cells.size(); i++) {
			Cell cell = cells.get(i);
			if (cell.columns() != 1) {
				continue;
			}
			for (List<TextPosition> line : CellGapStripper.lines(held.get(i))) {
				float start = line.get(0).getXDirAdj() - table.xs()[cell.column()];
				TextPosition last = line.get(line.size() - 1);
				float end = table.xs()[cell.column() + 1] - (last.getXDirAdj() + last.getWidthDirAdj());
				padding[cell.column()] = Math.max(0, Math.min(padding[cell.column()], Math.min(start, end)));
			}
		}
		for (int c = 0; c < padding.length; c++) {
			if (padding[c] == Float.MAX_VALUE) {
				padding[c] = 0;
			}
		}
		return padding;
	}

	/** 現/状/と/課/題: a label set in stacked vertical text, a character a line. */
	private static boolean stacked(List<List<TextPosition>> lines) {
		return lines.size() >= 2 && lines.stream().allMatch(line -> words(line).length() == 1);
	}

	/**
	 * Whether the table's glyphs make it one: text in two cells at least, and a one-row table's cells a few lines each
	 * (a framed page's two columns of prose are no row of cells).
	 */
	static boolean plausible(Table table, List<TextPosition> glyphs) {
		int filled = 0;
		for (List<TextPosition> cell : held(table, glyphs)) {
			List<TextPosition> drawn = cell.stream().filter(glyph -> !glyph.getUnicode().isBlank()).toList();
			if (drawn.isEmpty()) {
				continue;
			}
			filled++;
			if (table.ys().length == 2 && CellGapStripper.lines(drawn).size() > MAX_LINES_OF_ONE_ROW) {
				return false;
			}
		}
		return filled >= 2;
	}

	/**
	 * A cell's text: its lines top to bottom, one going on from the one before where the next line's first piece
	 * would not have fitted in the room the line left (the cell's width wrapped it), apart ({@code <br>}) where it
	 * would have (the writer broke the line); a label stacked a character a line, its characters in a row.
	 */
	static String text(List<TextPosition> glyphs, float room) {
		StringBuilder text = new StringBuilder();
		List<TextPosition> before = null;
		List<List<TextPosition>> lines = CellGapStripper.lines(glyphs);
		if (stacked(lines)) {
			lines.forEach(line -> text.append(words(line)));
			return text.toString();
		}
		for (List<TextPosition> line : lines) {
			String words = words(line);
			if (words.isBlank()) {
				continue;
			}
			if (before != null) {
				TextPosition last = before.get(before.size() - 1);
				float used = last.getXDirAdj() + last.getWidthDirAdj() - before.get(0).getXDirAdj();
				boolean wrapped = room - used < firstPiece(line) - 0.5f;
				char end = text.charAt(text.length() - 1);
				char start = words.charAt(0);
				if (!wrapped) {
					text.append("<br>");
				}
				else if (isLatin(end) && isLatin(start)) {
					text.append(' ');
				}
			}
			text.append(words);
			before = line;
		}
		return text.toString();
	}

	private static boolean isLatin(char c) {
		return c < 0x2000 && Character.isLetterOrDigit(c);
	}

	/** The width of the line's first piece no line break parts: a Latin word, or a character and the closing marks after it. */
	private static float firstPiece(List<TextPosition> line) {
		TextPosition first = line.get(0);
		float end = first.getXDirAdj() + first.getWidthDirAdj();
		boolean latin = !first.getUnicode().isEmpty() && isLatin(first.getUnicode().charAt(0));
		boolean opening = !first.getUnicode().isEmpty() && CellGapStripper.NO_LINE_END.indexOf(first.getUnicode().charAt(0)) >= 0;
		for (int i = 1; i < line.size(); i++) {
			String unicode = line.get(i).getUnicode();
			if (unicode.isEmpty()) {
				break;
			}
			char c = unicode.charAt(0);
			boolean attached = latin ? isLatin(c) || c == ',' || c == '.' || c == '%'
					: opening && i == 1 || CellGapStripper.NO_LINE_START.indexOf(c) >= 0;
			if (!attached) {
				break;
			}
			end = line.get(i).getXDirAdj() + line.get(i).getWidthDirAdj();
		}
		return end - first.getXDirAdj();
	}

	/** A line of a cell: its glyphs, a space where a word gap parts them, HTML's special characters escaped. */
	private static String words(List<TextPosition> line) {
		StringBuilder words = new StringBuilder();
		TextPosition before = null;
		for (TextPosition glyph : line) {
			float gap = before == null ? 0 : glyph.getXDirAdj() - (before.getXDirAdj() + before.getWidthDirAdj());
			float size = glyph.getFontSizeInPt();
			// 視 察 日: a cell's text spread over its width (distributed) or justified, no words apart; a drawn space is
			// the only space between Japanese words
			boolean japanese = before != null && CellGapStripper.isWide(before.getUnicode()) && CellGapStripper.isWide(glyph.getUnicode());
			if (before != null && gap > 0.3f * size && (!japanese || gap > 1.5f * size) && !glyph.getUnicode().isBlank()
					&& words.length() > 0 && !Character.isWhitespace(words.charAt(words.length() - 1))
					&& words.charAt(words.length() - 1) != '　') {
				words.append(' ');
			}
			words.append(glyph.getUnicode().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
			before = glyph;
		}
		return words.toString().strip();
	}

	/** Collects the page's rules as it draws them, in the glyphs' coordinates. */
	private static final class RuleCollector extends PDFGraphicsStreamEngine {

		private final List<Rule> rules = new ArrayList<>();

		private final List<float[]> path = new ArrayList<>();

		private final float left;

		private final float top;

		private Point2D current = new Point2D.Float();

		private Point2D start = new Point2D.Float();

		/** The page's rotation, in quarter turns clockwise. */
		private final int turns;

		private final PDRectangle crop;

		RuleCollector(PDPage page) {
			super(page);
			crop = page.getCropBox();
			left = crop.getLowerLeftX();
			top = crop.getUpperRightY();
			turns = Math.floorMod(page.getRotation(), 360) / 90;
		}

		/**
		 * A point of the page's drawing where it stands as the page is shown, turned by the page's rotation, given as a
		 * point of an unturned page (so that x − left and top − y are where the glyphs of the shown page are).
		 */
		private Point2D.Float shown(double x, double y) {
			double across;
			double down;
			switch (turns) {
				case 1 -> {
					across = y - crop.getLowerLeftY();
					down = x - crop.getLowerLeftX();
				}
				case 2 -> {
					across = crop.getUpperRightX() - x;
					down = y - crop.getLowerLeftY();
				}
				case 3 -> {
					across = crop.getUpperRightY() - y;
					down = crop.getUpperRightX() - x;
				}
				default -> {
					return new Point2D.Float((float) x, (float) y);
				}
			}
			return new Point2D.Float((float) (left + across), (float) (top - down));
		}

		/** The rectangles of the path being built, each a rule if thin when filled. */
		private final List<float[]> rectangles = new ArrayList<>();

		@Override
		public void appendRectangle(Point2D c0, Point2D c1, Point2D c2, Point2D c3) {
			Point2D p0 = shown(c0.getX(), c0.getY());
			Point2D p1 = shown(c1.getX(), c1.getY());
			Point2D p2 = shown(c2.getX(), c2.getY());
			Point2D p3 = shown(c3.getX(), c3.getY());
			path.add(new float[] { (float) p0.getX(), (float) p0.getY(), (float) p1.getX(), (float) p1.getY() });
			path.add(new float[] { (float) p1.getX(), (float) p1.getY(), (float) p2.getX(), (float) p2.getY() });
			path.add(new float[] { (float) p2.getX(), (float) p2.getY(), (float) p3.getX(), (float) p3.getY() });
			path.add(new float[] { (float) p3.getX(), (float) p3.getY(), (float) p0.getX(), (float) p0.getY() });
			rectangles.add(new float[] { (float) Math.min(p0.getX(), p2.getX()), (float) Math.min(p0.getY(), p2.getY()),
					(float) Math.max(p0.getX(), p2.getX()), (float) Math.max(p0.getY(), p2.getY()) });
		}

		private static final int NEAR_WHITE = 0xF0;

		/** A colour a printed page does not show against its paper: white, or nearly. */
		private static boolean unseen(org.apache.pdfbox.pdmodel.graphics.color.PDColor color) {
			try {
				int rgb = color.toRGB();
				return (rgb >> 16 & 0xFF) >= NEAR_WHITE && (rgb >> 8 & 0xFF) >= NEAR_WHITE && (rgb & 0xFF) >= NEAR_WHITE;
			}
			catch (IOException | RuntimeException unknown) {
				return false;
			}
		}

		@Override
		public void moveTo(float x, float y) {
			current = new Point2D.Float(x, y);
			start = current;
		}

		@Override
		public void lineTo(float x, float y) {
			Point2D.Float from = shown(current.getX(), current.getY());
			Point2D.Float to = shown(x, y);
			path.add(new float[] { from.x, from.y, to.x, to.y });
			current = new Point2D.Float(x, y);
		}

		@Override
		public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
			// the current point stays as drawn: PDFBox hands it back to this method for a curve's first control point
			Point2D.Float from = shown(current.getX(), current.getY());
			Point2D.Float one = shown(x1, y1);
			Point2D.Float two = shown(x2, y2);
			Point2D.Float end = shown(x3, y3);
			curves.add(new float[] { from.x, from.y, end.x, end.y });
			curves.add(new float[] { one.x, one.y, two.x, two.y });
			current = new Point2D.Float(x3, y3);
		}

		/** The curves of the path being built, as pairs of their points. */
		private final List<float[]> curves = new ArrayList<>();

		/** The small filled round shapes: list bullets drawn as shapes. */
		private final List<float[]> dots = new ArrayList<>();

		/** The box round pairs of points (x0, y0, x1, y1 each): min x, min y, max x, max y. */
		private static float[] bounds(List<float[]> pairs) {
			float[] box = { Float.MAX_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE };
			for (float[] pair : pairs) {
				box[0] = Math.min(box[0], Math.min(pair[0], pair[2]));
				box[1] = Math.min(box[1], Math.min(pair[1], pair[3]));
				box[2] = Math.max(box[2], Math.max(pair[0], pair[2]));
				box[3] = Math.max(box[3], Math.max(pair[1], pair[3]));
			}
			return box;
		}

		/** A filled path of curves no wider or taller than a bullet, about as wide as tall, is a bullet. */
		private void dot() {
			float[] bounds = bounds(curves);
			float minX = bounds[0];
			float minY = bounds[1];
			float maxX = bounds[2];
			float maxY = bounds[3];
			float width = maxX - minX;
			float height = maxY - minY;
			if (width >= MIN_DOT && width <= MAX_DOT && height >= MIN_DOT && height <= MAX_DOT && Math.abs(width - height) <= MIN_DOT) {
				dots.add(new float[] { minX - left, top - maxY, maxX - left, top - minY });
			}
		}

		@Override
		public Point2D getCurrentPoint() {
			return current;
		}

		@Override
		public void closePath() {
			Point2D.Float from = shown(current.getX(), current.getY());
			Point2D.Float to = shown(start.getX(), start.getY());
			path.add(new float[] { from.x, from.y, to.x, to.y });
			current = start;
		}

		@Override
		public void endPath() {
			path.clear();
			rectangles.clear();
			curves.clear();
		}

		@Override
		public void strokePath() {
			if (!unseen(getGraphicsState().getStrokingColor())) {
				for (float[] segment : path) {
					segment(segment[0], segment[1], segment[2], segment[3]);
				}
			}
			path.clear();
			rectangles.clear();
			curves.clear();
		}

		@Override
		public void fillPath(int windingRule) {
			if (!curves.isEmpty()) {
				if (!unseen(getGraphicsState().getNonStrokingColor())) {
					dot();
				}
				curves.clear();
				path.clear();
				rectangles.clear();
				return;
			}
			if (path.isEmpty()) {
				return;
			}
			if (unseen(getGraphicsState().getNonStrokingColor())) {
				// a white cell's fill draws no rule, yet is a cell of a table drawn by its fills
				if (rectangles.size() * 4 == path.size()) {
					rectangles.stream().filter(box -> box[2] - box[0] > THIN && box[3] - box[1] > THIN)
						.forEach(box -> shaded.add(new float[] { box[0] - left, top - box[3], box[2] - left, top - box[1] }));
				}
				path.clear();
				rectangles.clear();
				return;
			}
			if (rectangles.size() > 1 && rectangles.size() * 4 == path.size()) {
				// re re re … f: a table's rules filled in one go, each rectangle a rule of its own
				for (float[] box : rectangles) {
					filledBox(box[0], box[1], box[2], box[3]);
				}
				path.clear();
				rectangles.clear();
				return;
			}
			// a thin filled rectangle is a rule, a wider one a shaded box
			if (path.size() <= 5) {
				float[] bounds = bounds(path);
				filledBox(bounds[0], bounds[1], bounds[2], bounds[3]);
			}
			path.clear();
			rectangles.clear();
		}

		/** The filled boxes too wide to be rules (left, top, right, bottom, from the page's top left): shaded cells. */
		private final List<float[]> shaded = new ArrayList<>();

		private void filledBox(float minX, float minY, float maxX, float maxY) {
			if (maxX - minX > THIN && maxY - minY > THIN) {
				shaded.add(new float[] { minX - left, top - maxY, maxX - left, top - minY });
			}
			if (maxY - minY <= THIN && maxX - minX > THIN) {
				segment(minX, (minY + maxY) / 2, maxX, (minY + maxY) / 2);
			}
			else if (maxX - minX <= THIN && maxY - minY > THIN) {
				segment((minX + maxX) / 2, minY, (minX + maxX) / 2, maxY);
			}
		}

		@Override
		public void fillAndStrokePath(int windingRule) {
			strokePath();
		}

		private void segment(float x0, float y0, float x1, float y1) {
			float ax = x0 - left;
			float bx = x1 - left;
			float ay = top - y0;
			float by = top - y1;
			if (Math.abs(ay - by) <= 0.5f && Math.abs(ax - bx) > THIN) {
				rules.add(new Rule(true, (ay + by) / 2, Math.min(ax, bx), Math.max(ax, bx)));
			}
			else if (Math.abs(ax - bx) <= 0.5f && Math.abs(ay - by) > THIN) {
				rules.add(new Rule(false, (ax + bx) / 2, Math.min(ay, by), Math.max(ay, by)));
			}
		}

		@Override
		public void drawImage(PDImage image) {
		}

		@Override
		public void clip(int windingRule) {
		}

		@Override
		public void shadingFill(COSName shadingName) {
		}
	}
}
