package org.govreview.readers.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.pdfbox.text.TextPosition;

import org.govreview.readers.text.RuledTables.Rule;

/**
 * The rows of a typesetter's table ruled only above, below and between its groups of rows (LaTeX booktabs), read into
 * the cells a bordered table would have. Such a table sets its cells top-aligned in paragraph columns: a row begins on
 * the line where most of its cells begin (its figures), and the lines under it that fill only a few columns are its
 * wrapped cells. A cell set over several rows (\multirow) is centred down its group, so that its lines fall between
 * the rows' lines: a column the group's first row leaves empty is one cell down the whole group. The header, whose
 * cells are lines of words rather than rows, keeps only the partial rules drawn under a spanned heading (\cmidrule).
 * Stateless.
 */
final class TypesetRows {

	/** The fewest columns a row's first line fills. */
	private static final int FEWEST_CELLS = 3;

	private TypesetRows() {
	}

	/**
	 * The stack as a table: the columns its gaps part, a header row (two where a partial rule under a spanned heading
	 * parts it), then each group's rows, a cell centred down the group (a column the group's first row leaves empty,
	 * or a numbered heading whose lines fall on the rows') being one cell down it.
	 */
	static RuledTables.Table table(List<Rule> stack, List<Float> gaps, List<Rule> across, List<TextPosition> glyphs) {
		Rule first = stack.get(0);
		float[] xs = new float[gaps.size() + 2];
		xs[0] = first.from();
		for (int i = 0; i < gaps.size(); i++) {
			xs[i + 1] = gaps.get(i);
		}
		xs[xs.length - 1] = first.to();
		clearOfHead(xs, inside(glyphs, first, first.at(), stack.get(1).at()), inside(glyphs, first, stack.get(1).at(), stack.get(stack.size() - 1).at()));
		int columns = xs.length - 1;
		List<Float> ys = new ArrayList<>(List.of(first.at()));
		List<RuledTables.Cell> cells = new ArrayList<>();
		List<Float> groups = groups(stack, across);
		for (int band = 0; band + 1 < groups.size(); band++) {
			float top = groups.get(band);
			float bottom = groups.get(band + 1);
			int row = ys.size() - 1;
			List<TextPosition> inBand = inside(glyphs, first, top, bottom);
			List<List<TextPosition>> lines = CellGapStripper.lines(inBand);
			List<Set<Integer>> filled = lines.stream().map(line -> columnsOf(line, xs)).toList();
			List<Integer> starts = new ArrayList<>();
			for (int i = 0; i < lines.size(); i++) {
				if (filled.get(i).size() >= FEWEST_CELLS && 2 * filled.get(i).size() > columns) {
					starts.add(i);
				}
			}
			if (band == 0) {
				List<Rule> parting = across.stream()
					.filter(rule -> rule.horizontal() && rule.at() > top && rule.at() < bottom && rule.to() > first.from() && rule.from() < first.to())
					.toList();
				header(xs, parting, row, cells);
				if (!parting.isEmpty()) {
					ys.add(parting.get(0).at());
				}
			}
			else if (starts.size() >= 2) {
				Set<Integer> own = filled.get(starts.get(0));
				int rows = starts.size();
				for (int k = 1; k < rows; k++) {
					int start = starts.get(k);
					ys.add((bottomOf(lines.get(start - 1)) + topOf(lines.get(start))) / 2);
				}
				for (int c = 0; c < columns; c++) {
					boolean down = own.contains(c) ? numberedDown(lines, starts, c, xs) : centredDown(lines, starts, c, xs);
					for (int k = 0; k < rows; k++) {
						if (!down) {
							cells.add(new RuledTables.Cell(row + k, c, 1, 1));
						}
						else if (k == 0) {
							cells.add(new RuledTables.Cell(row, c, rows, 1));
						}
					}
				}
			}
			else {
				acrossRow(xs, inBand, row, cells);
			}
			ys.add(bottom);
		}
		cells.sort(java.util.Comparator.comparingInt(RuledTables.Cell::row).thenComparingInt(RuledTables.Cell::column));
		float[] edges = new float[ys.size()];
		for (int i = 0; i < edges.length; i++) {
			edges[i] = ys.get(i);
		}
		return new RuledTables.Table(xs, edges, cells);
	}

	/**
	 * Moves each inner column edge off a heading's glyph it would cut (the body's gap at 371 through 目 of
	 * 基準値（R2）目標値（R8）, headings set wider than their columns and run together) to the wider of the glyph's gaps to
	 * its neighbours, unless that would move it past a figure of the body.
	 */
	private static void clearOfHead(float[] xs, List<TextPosition> head, List<TextPosition> body) {
		for (List<TextPosition> line : CellGapStripper.lines(head)) {
			for (int i = 1; i + 1 < xs.length; i++) {
				for (int j = 0; j < line.size(); j++) {
					TextPosition glyph = line.get(j);
					float left = glyph.getXDirAdj();
					float right = left + glyph.getWidthDirAdj();
					if (left < xs[i] && right > xs[i]) {
						float before = j == 0 ? Float.MAX_VALUE : left - end(line.get(j - 1));
						float after = j + 1 == line.size() ? Float.MAX_VALUE : line.get(j + 1).getXDirAdj() - right;
						float moved = before >= after ? left - Math.min(before, 1f) / 2 : right + Math.min(after, 1f) / 2;
						float was = xs[i];
						boolean bodyBetween = body.stream().map(RuledTables::centreX)
							.anyMatch(x -> x > Math.min(was, moved) && x < Math.max(was, moved));
						if (moved > xs[i - 1] && moved < xs[i + 1] && !bodyBetween) {
							xs[i] = moved;
						}
						break;
					}
				}
			}
		}
	}

	private static float end(TextPosition glyph) {
		return glyph.getXDirAdj() + glyph.getWidthDirAdj();
	}

	/**
	 * The edges of the head and of the groups of rows: the stack's rules, and below the head the partial rules that
	 * part groups in all but their first columns (\cmidrule(l){2-5} under each 課題's rows), the first column's cell
	 * being centred within its group all the same.
	 */
	private static List<Float> groups(List<Rule> stack, List<Rule> across) {
		Rule first = stack.get(0);
		float width = first.to() - first.from();
		TreeSet<Float> edges = new TreeSet<>(stack.stream().map(Rule::at).toList());
		float head = stack.get(1).at();
		float foot = stack.get(stack.size() - 1).at();
		across.stream()
			.filter(rule -> rule.horizontal() && rule.at() > head + RuledTables.SAME_PLACE && rule.at() < foot - RuledTables.SAME_PLACE
					&& rule.to() - rule.from() >= width / 2 && rule.from() >= first.from() - RuledTables.SAME_PLACE
					&& rule.to() <= first.to() + RuledTables.SAME_PLACE)
			.forEach(rule -> edges.add(rule.at()));
		return new ArrayList<>(edges);
	}

	/**
	 * The header's cells: one row, or two where a partial rule parts the columns under a heading that spans them, the
	 * other columns' headings spanning both rows.
	 */
	private static void header(float[] xs, List<Rule> parting, int row, List<RuledTables.Cell> cells) {
		int columns = xs.length - 1;
		if (parting.isEmpty()) {
			for (int c = 0; c < columns; c++) {
				cells.add(new RuledTables.Cell(row, c, 1, 1));
			}
			return;
		}
		float at = parting.get(0).at();
		List<Rule> level = parting.stream().filter(rule -> Math.abs(rule.at() - at) <= RuledTables.SAME_PLACE).toList();
		for (int c = 0; c < columns; c++) {
			float middle = (xs[c] + xs[c + 1]) / 2;
			Rule under = level.stream().filter(rule -> middle > rule.from() && middle < rule.to()).findFirst().orElse(null);
			if (under == null) {
				cells.add(new RuledTables.Cell(row, c, 2, 1));
				continue;
			}
			int span = 1;
			while (c + span < columns && (xs[c + span] + xs[c + span + 1]) / 2 < under.to()) {
				span++;
			}
			cells.add(new RuledTables.Cell(row, c, 1, span));
			for (int below = c; below < c + span; below++) {
				cells.add(new RuledTables.Cell(row + 1, below, 1, 1));
			}
			c += span - 1;
		}
	}

	/**
	 * The stacks cut into tables where a band between two rules holds prose (lines across it without a gap between cells: a
	 * page's header rule and a table's top rule have the text between two tables under them) or nothing at a stack's
	 * end (the page's header rule over the table's top rule). Only pieces of three rules or more are tables.
	 */
	static List<List<Rule>> tables(List<List<Rule>> stacks, List<TextPosition> glyphs) {
		List<List<Rule>> tables = new ArrayList<>();
		for (List<Rule> stack : stacks) {
			Rule first = stack.get(0);
			List<Rule> piece = new ArrayList<>(List.of(first));
			for (int band = 0; band + 1 < stack.size(); band++) {
				Rule below = stack.get(band + 1);
				List<List<TextPosition>> lines = CellGapStripper.lines(inside(glyphs, first, stack.get(band).at(), below.at()));
				float width = first.to() - first.from();
				long wide = lines.stream().filter(line -> cellGaps(line) == 0 && extent(line) >= PROSE_WIDTH * width).count();
				boolean prose = lines.stream().noneMatch(line -> cellGaps(line) >= 2) && (wide >= 2 || wide == 1 && lines.size() >= 3);
				if (prose || lines.isEmpty() && piece.size() == 1) {
					keep(piece, tables);
					piece = new ArrayList<>();
				}
				else if (lines.isEmpty() && band + 2 == stack.size()) {
					break;
				}
				piece.add(below);
			}
			keep(piece, tables);
		}
		return tables;
	}

	private static void keep(List<Rule> piece, List<List<Rule>> tables) {
		if (piece.size() >= 3) {
			tables.add(piece);
		}
	}

	/** The share of the table's width a line of prose runs over. */
	private static final float PROSE_WIDTH = 0.6f;

	private static float extent(List<TextPosition> line) {
		return end(line.get(line.size() - 1)) - line.get(0).getXDirAdj();
	}

	/** How many gaps of a cell's width or more part the line's glyphs. */
	private static int cellGaps(List<TextPosition> line) {
		int gaps = 0;
		for (int i = 1; i < line.size(); i++) {
			TextPosition before = line.get(i - 1);
			gaps += line.get(i).getXDirAdj() - end(before) >= CELL_GAP * Math.max(1f, before.getFontSizeInPt()) ? 1 : 0;
		}
		return gaps;
	}

	/** In font sizes: the narrowest gap between two cells of a typeset row (two \tabcolsep are about 1.2). */
	private static final float CELL_GAP = 0.8f;

	/**
	 * Whether a column the group's first row leaves empty holds one cell centred down the group (\\multirow{3}{=}{財政課}):
	 * its text stands off the rows' first lines, or holds no figure. A figure on a later row's first line is that row's
	 * own (a baseline the first row lacks), never the group's.
	 */
	private static boolean centredDown(List<List<TextPosition>> lines, List<Integer> starts, int column, float[] xs) {
		boolean any = false;
		boolean figures = false;
		for (int i = starts.get(0); i < lines.size(); i++) {
			String text = textIn(lines.get(i), column, xs);
			if (text.isEmpty()) {
				continue;
			}
			if (!starts.contains(i)) {
				return true;
			}
			any = true;
			figures |= text.codePoints().anyMatch(Character::isDigit);
		}
		return any && !figures;
	}

	/** A band of one row: its cells, those a line's words run across merged (a group's heading across the table). */
	private static void acrossRow(float[] xs, List<TextPosition> band, int row, List<RuledTables.Cell> cells) {
		int columns = xs.length - 1;
		int from = 0;
		for (int c = 1; c <= columns; c++) {
			float edge = xs[Math.min(c, columns)];
			boolean crossed = c < columns && band.stream().anyMatch(glyph -> glyph.getXDirAdj() < edge && end(glyph) > edge);
			if (!crossed) {
				cells.add(new RuledTables.Cell(row, from, 1, c - from));
				from = c;
			}
		}
	}

	/**
	 * Whether the column's text from the group's first row down is one numbered heading centred down the group, its
	 * lines falling on the rows' lines ((１)自主財源の over 確保 beside two rows): numbered in the first row, unnumbered
	 * in the others, no line left empty between.
	 */
	private static boolean numberedDown(List<List<TextPosition>> lines, List<Integer> starts, int column, float[] xs) {
		if (!NUMBERED.matcher(textIn(lines.get(starts.get(0)), column, xs)).lookingAt()) {
			return false;
		}
		for (int k = 1; k < starts.size(); k++) {
			if (NUMBERED.matcher(textIn(lines.get(starts.get(k)), column, xs)).lookingAt()) {
				return false;
			}
		}
		float before = Float.NaN;
		for (List<TextPosition> line : lines.subList(starts.get(0), lines.size())) {
			if (textIn(line, column, xs).isEmpty()) {
				continue;
			}
			float y = line.get(0).getYDirAdj();
			if (!Float.isNaN(before) && y - before > LINE_SPACING * Math.max(1f, line.get(0).getFontSizeInPt())) {
				return false;
			}
			before = y;
		}
		return true;
	}

	/** A heading's number at the start of a cell: (１), 1., ①. */
	private static final java.util.regex.Pattern NUMBERED = java.util.regex.Pattern.compile("[（(][0-9０-９]{1,2}[）)]|[0-9０-９]{1,2}[.．](?![0-9０-９])|[①-⑳]");

	/** In font sizes: the farthest two lines of one cell stand apart. */
	private static final float LINE_SPACING = 2.2f;

	private static String textIn(List<TextPosition> line, int column, float[] xs) {
		StringBuilder text = new StringBuilder();
		for (TextPosition glyph : line) {
			float x = RuledTables.centreX(glyph);
			if (x > xs[column] && x < xs[column + 1]) {
				text.append(glyph.getUnicode());
			}
		}
		return text.toString().strip();
	}

	/** The places between the lines of the body, its first line's top and last line's bottom: each line a row. */
	static List<Float> lineBounds(Rule first, float top, float bottom, List<TextPosition> glyphs) {
		List<List<TextPosition>> lines = CellGapStripper.lines(inside(glyphs, first, top, bottom));
		List<Float> bounds = new ArrayList<>(List.of(top));
		for (int i = 1; i < lines.size(); i++) {
			bounds.add((bottomOf(lines.get(i - 1)) + topOf(lines.get(i))) / 2);
		}
		bounds.add(bottom);
		return bounds;
	}

	private static List<TextPosition> inside(List<TextPosition> glyphs, Rule first, float top, float bottom) {
		List<TextPosition> inside = new ArrayList<>();
		for (TextPosition glyph : glyphs) {
			float y = RuledTables.centreY(glyph);
			float x = RuledTables.centreX(glyph);
			if (CellGapStripper.upright(glyph) && !glyph.getUnicode().isBlank() && y > top && y < bottom && x > first.from() && x < first.to()) {
				inside.add(glyph);
			}
		}
		return inside;
	}

	private static Set<Integer> columnsOf(List<TextPosition> line, float[] xs) {
		Set<Integer> columns = new TreeSet<>();
		for (TextPosition glyph : line) {
			float x = RuledTables.centreX(glyph);
			for (int c = 0; c + 1 < xs.length; c++) {
				if (x > xs[c] && x < xs[c + 1]) {
					columns.add(c);
				}
			}
		}
		return columns;
	}

	private static float topOf(List<TextPosition> line) {
		return (float) line.stream().mapToDouble(glyph -> glyph.getYDirAdj() - glyph.getHeightDir()).min().orElse(0);
	}

	private static float bottomOf(List<TextPosition> line) {
		return (float) line.stream().mapToDouble(TextPosition::getYDirAdj).max().orElse(0);
	}
}
