package org.govreview.readers.document;

import java.util.ArrayList;
import java.util.List;

import org.govreview.readers.text.DisplayWidth;

/**
 * Drawn tables whose rows run over several lines (a text browser's dump, w3m's or lynx's, of an HTML table): ┌─┬─┐
 * over │ cells │ that wrap inside their column, ├─┼─┤ between rows, └─┴─┘ under the last. A cell that spans rows
 * goes on through the rule the other columns draw (│（１）ものづくり ├──┼──┤). Each row is put together cell by
 * cell, a spanning cell given to the first row it spans, and the table redrawn one line a row for the box reading.
 * Only grids drawn one column a box character (a text browser's) are read so: a word processor's or editor's table
 * of full-width ┌─┐ sets a row a line and lists rows without rules between them (a roster), and is left to the box
 * reading as printed, as is any grid whose lines do not put their edges under the top rule's. Stateless.
 */
final class BoxGrids {

	private static final String HORIZONTAL = "─━═";

	private static final String VERTICAL = "│┃║";

	private static final String JUNCTIONS = "┌┬┐├┼┤└┴┘┏┳┓┣╋┫┗┻┛┠┨┯┷┿╂╔╦╗╠╬╣╚╩╝";

	private BoxGrids() {
	}

	static List<BoxRows.Printed> joined(List<BoxRows.Printed> printed) {
		if (printed.stream().noneMatch(line -> isTop(line.text()))) {
			return printed;
		}
		List<BoxRows.Printed> out = new ArrayList<>(printed.size());
		int i = 0;
		while (i < printed.size()) {
			int end = isTop(printed.get(i).text()) ? gridEnd(printed, i) : -1;
			List<BoxRows.Printed> redrawn = end < 0 ? null : redrawn(printed.subList(i, end));
			if (redrawn == null) {
				out.add(printed.get(i));
				i++;
				continue;
			}
			out.addAll(redrawn);
			i = end;
		}
		return out;
	}

	private static boolean isTop(String text) {
		String t = text.strip();
		return t.length() > 2 && (t.charAt(0) == '┌' || t.charAt(0) == '┏' || t.charAt(0) == '╔')
				&& (t.endsWith("┐") || t.endsWith("┓") || t.endsWith("╗"));
	}

	private static boolean isBottom(String text) {
		String t = text.strip();
		return t.length() > 2 && "└┗╚".indexOf(t.charAt(0)) >= 0;
	}

	private static boolean isRowOrRule(String text) {
		String t = text.strip();
		return t.length() > 2 && (VERTICAL.indexOf(t.charAt(0)) >= 0 || JUNCTIONS.indexOf(t.charAt(0)) >= 0);
	}

	/** After the grid's bottom rule; -1 when the grid is not closed or every row is one line (the box reading's). */
	private static int gridEnd(List<BoxRows.Printed> lines, int start) {
		boolean tall = false;
		boolean lineInBand = false;
		for (int j = start + 1; j < lines.size(); j++) {
			String text = lines.get(j).text();
			if (isBottom(text)) {
				return tall ? j + 1 : -1;
			}
			if (!isRowOrRule(text)) {
				return -1;
			}
			if (isRule(text)) {
				lineInBand = false;
			}
			else {
				tall |= lineInBand;
				lineInBand = true;
			}
		}
		return -1;
	}

	private static boolean isRule(String text) {
		return text.chars().anyMatch(c -> HORIZONTAL.indexOf(c) >= 0);
	}

	/** A text browser draws a box character one column wide; any other character is as wide as it prints. */
	private static int width(String line, int at) {
		char c = line.charAt(at);
		return HORIZONTAL.indexOf(c) >= 0 || isEdge(c) ? 1 : DisplayWidth.of(line, at, at + 1);
	}

	private static boolean isEdge(char c) {
		return VERTICAL.indexOf(c) >= 0 || JUNCTIONS.indexOf(c) >= 0;
	}

	private static List<BoxRows.Printed> redrawn(List<BoxRows.Printed> grid) {
		List<Integer> edges = new ArrayList<>();
		String top = grid.get(0).text();
		int column = 0;
		for (int k = 0; k < top.length(); k++) {
			if (JUNCTIONS.indexOf(top.charAt(k)) >= 0) {
				edges.add(column);
			}
			column += width(top, k);
		}
		if (edges.size() < 2) {
			return null;
		}
		List<List<String>> sliced = new ArrayList<>();
		for (int j = 1; j < grid.size(); j++) {
			List<String> cells = slices(grid.get(j).text(), edges);
			if (cells == null) {
				// a full-width ┌─┐ table (a word processor's), whose edges stand elsewhere: the box reading's, a row a line
				return null;
			}
			sliced.add(cells);
		}
		return rows(grid, sliced, edges.size() - 1);
	}

	/** The text between each pair of edges; null when a line has no edge character at one of them. */
	private static List<String> slices(String line, List<Integer> edges) {
		List<String> cells = new ArrayList<>();
		StringBuilder cell = null;
		int column = 0;
		int edge = 0;
		for (int k = 0; k < line.length(); k++) {
			char c = line.charAt(k);
			if (edge < edges.size() && column == edges.get(edge)) {
				if (!isEdge(c)) {
					return null;
				}
				if (cell != null) {
					cells.add(cell.toString());
				}
				cell = new StringBuilder();
				edge++;
			}
			else if (edge < edges.size() && column > edges.get(edge)) {
				return null;
			}
			else if (cell != null) {
				cell.append(c);
			}
			column += width(line, k);
		}
		return edge == edges.size() ? cells : null;
	}

	private static boolean ruled(String slice) {
		String t = slice.strip();
		return !t.isEmpty() && t.chars().allMatch(c -> HORIZONTAL.indexOf(c) >= 0);
	}

	private static List<BoxRows.Printed> rows(List<BoxRows.Printed> grid, List<List<String>> sliced, int columns) {
		List<String[]> rows = new ArrayList<>();
		List<BoxRows.Printed> firstLines = new ArrayList<>();
		List<List<String>> pieces = new ArrayList<>();
		int[] openFrom = new int[columns];
		for (int c = 0; c < columns; c++) {
			pieces.add(new ArrayList<>());
		}
		boolean bandOpen = false;
		for (int j = 0; j < sliced.size(); j++) {
			List<String> cells = sliced.get(j);
			BoxRows.Printed line = grid.get(j + 1);
			boolean rule = isRule(line.text());
			if (!rule) {
				if (!bandOpen) {
					rows.add(new String[columns]);
					firstLines.add(line);
					bandOpen = true;
				}
				for (int c = 0; c < columns; c++) {
					pieces.get(c).add(cells.get(c));
				}
				continue;
			}
			if (!bandOpen) {
				// two rules together: no row between them
				continue;
			}
			int band = rows.size() - 1;
			boolean last = j == sliced.size() - 1;
			for (int c = 0; c < columns; c++) {
				if (last || ruled(cells.get(c))) {
					rows.get(openFrom[c])[c] = GridTables.cell(pieces.get(c));
					for (int k = openFrom[c] + 1; k <= band; k++) {
						rows.get(k)[c] = "";
					}
					pieces.get(c).clear();
					openFrom[c] = band + 1;
				}
				else {
					// a cell spanning rows goes on through the other columns' rule
					pieces.get(c).add(cells.get(c));
				}
			}
			bandOpen = false;
		}
		List<BoxRows.Printed> out = new ArrayList<>();
		BoxRows.Printed top = grid.get(0);
		out.add(new BoxRows.Printed(GridTables.rule(columns, "┌┬┐"), top.number(), top.page()));
		for (int r = 0; r < rows.size(); r++) {
			List<String> cells = java.util.Arrays.stream(rows.get(r)).map(cell -> cell == null ? "" : cell).toList();
			out.add(new BoxRows.Printed(GridTables.boxRow(cells), firstLines.get(r).number(), firstLines.get(r).page()));
			out.add(new BoxRows.Printed(GridTables.rule(columns, r + 1 < rows.size() ? "├┼┤" : "└┴┘"),
					firstLines.get(r).number(), firstLines.get(r).page()));
		}
		return out;
	}
}
