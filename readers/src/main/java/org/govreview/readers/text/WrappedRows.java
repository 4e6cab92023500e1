package org.govreview.readers.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts back the columns of a space-aligned row that a word processor printed over two lines. A printed text file's
 * long row breaks at the page's right edge inside a run of spaces, and the spaces past the edge are not drawn: the
 * rest of the row, joined to it, would start too far left and its cells would fall under the wrong headings. The
 * rest is moved right to where its cells meet the columns that rows of the same text show unbroken: the starts of
 * left-aligned cells and the ends of right-aligned ones. Stateless; thread-safe.
 */
final class WrappedRows {

	/** Written by the PDF stripper where a row of cells goes on from the line above (a private-use character). */
	static final char ROW_WRAP = '\uE001';

	/** Written instead where the line above ended in spaces that reached the right edge: more may have gone undrawn. */
	static final char ROW_WRAP_IN_SPACES = '\uE002';

	/** More spaces than a page's right edge ever hides: further right no column is looked for. */
	private static final int MOST_HIDDEN = 60;

	/** What each hidden space costs a placement, in cells of other rows it meets. */
	private static final double NEARER = 0.1;

	/** Two spaces part cells of a space-aligned row, one parts words of a cell. */
	static final Pattern CELL = Pattern.compile("\\S+(?: \\S+)*");

	private WrappedRows() {
	}

	static List<String> realigned(List<String> lines) {
		if (lines.stream().noneMatch(line -> line.indexOf(ROW_WRAP) >= 0 || line.indexOf(ROW_WRAP_IN_SPACES) >= 0)) {
			return lines;
		}
		lines = lines.stream().map(line -> line.replace(String.valueOf(ROW_WRAP), "")).toList();
		Columns columns = new Columns(new HashMap<>(), new HashMap<>());
		for (String line : lines) {
			int wrap = line.indexOf(ROW_WRAP_IN_SPACES);
			String exact = wrap >= 0 ? line.substring(0, wrap) : line;
			if (exact.indexOf('\t') < 0) {
				for (Cell cell : cells(exact)) {
					columns.starts.merge(cell.start, 1, Integer::sum);
					columns.ends.merge(cell.end, 1, Integer::sum);
				}
			}
		}
		List<String> realigned = new ArrayList<>(lines.size());
		Set<Integer> figuresAbove = Set.of();
		for (String line : lines) {
			String placed = line.indexOf(ROW_WRAP_IN_SPACES) < 0 ? line : realigned(line, columns, figuresAbove);
			realigned.add(placed);
			figuresAbove = line.isBlank() ? figuresAbove : figureEdges(placed);
		}
		return realigned;
	}

	/** Where cells of the text's unbroken lines start and end. */
	private record Columns(Map<Integer, Integer> starts, Map<Integer, Integer> ends) {
	}

	private record Cell(int start, int end, String text) {
	}

	/** 3,842, △12, 0.5: a figure, set flush right in its column. */
	private static final Pattern FIGURE = Pattern.compile("^[△▲－-]?[0-9０-９][0-9０-９,，.．]*");

	/** (R5), （R6.4.1）: the year or date of the figure above it, set under the figure's left or right edge. */
	private static final Pattern QUALIFIER = Pattern.compile("^[（(][^（）()]{1,12}[）)]$");

	/** Where the line's figures start (as a negative column) and end. */
	private static Set<Integer> figureEdges(String line) {
		Set<Integer> edges = new HashSet<>();
		for (Cell cell : cells(line)) {
			if (FIGURE.matcher(cell.text).lookingAt()) {
				edges.add(-1 - cell.start);
				edges.add(cell.end);
			}
		}
		return edges;
	}

	/** A qualifier set under a figure of the row above: placed there whatever other columns say. */
	private static final int UNDER_FIGURE = 100;

	private static String realigned(String line, Columns columns, Set<Integer> figuresAbove) {
		String[] parts = line.split(String.valueOf(ROW_WRAP_IN_SPACES), -1);
		StringBuilder row = new StringBuilder(parts[0]);
		boolean aligned = line.indexOf('\t') < 0 && parts[0].contains("  ");
		for (int p = 1; p < parts.length; p++) {
			String rest = parts[p];
			if (aligned) {
				int base = DisplayWidth.of(row);
				List<Cell> cells = cells(rest);
				int best = 0;
				double bestScore = 0;
				for (int hidden = 0; hidden <= MOST_HIDDEN && !cells.isEmpty(); hidden++) {
					int score = 0;
					for (Cell cell : cells) {
						int start = base + hidden + cell.start;
						int end = base + hidden + cell.end;
						boolean underFigure = figuresAbove.contains(end) || figuresAbove.contains(-1 - start);
						score += QUALIFIER.matcher(cell.text).matches() && underFigure ? UNDER_FIGURE
								: columns.starts.getOrDefault(start, 0) + columns.ends.getOrDefault(end, 0);
					}
					// the nearer of two columns the cells fit about as well: most rows hide few spaces
					double weighed = score - NEARER * hidden;
					if (weighed > bestScore) {
						bestScore = weighed;
						best = hidden;
					}
				}
				row.append(" ".repeat(best));
			}
			row.append(rest);
		}
		return row.toString();
	}

	/** The cells of a line as display columns: where each starts and where it ends (exclusive). */
	private static List<Cell> cells(String line) {
		List<Cell> cells = new ArrayList<>();
		Matcher cell = CELL.matcher(line);
		while (cell.find()) {
			int start = DisplayWidth.of(line, 0, cell.start());
			cells.add(new Cell(start, start + DisplayWidth.of(line, cell.start(), cell.end()), cell.group()));
		}
		return cells;
	}
}
