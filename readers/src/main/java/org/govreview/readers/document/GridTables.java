package org.govreview.readers.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.govreview.readers.text.DisplayWidth;

/**
 * Grid tables as pandoc writes a Word table in Markdown (+----+----+ rules, +====+ under the header, | cells | that
 * wrap over as many lines as the row needs): every row's lines put together cell by cell, and the table redrawn as
 * a box (├──┼──┤, │…│…│), one line a row, which the box reading then takes as any drawn box. Within a cell a blank
 * line, a line break pandoc marks with a trailing backslash, an indented line or a bullet start a new line of the
 * cell; any other line is the rest of the one above, wrapped at the column's width. A grid's line that a printer
 * wrapped at the page's edge is put back together first. Stateless.
 */
final class GridTables {

	/** +-----+:====:+: a rule, the header's = or a column's alignment colons included. */
	private static final Pattern RULE = Pattern.compile("^[\\s　]*\\+(?:[-=:]+\\+){1,40}[\\s　]*$");

	/** | … | … |: a line of a row, between the grid's outer edges. */
	private static final Pattern ROW_LINE = Pattern.compile("^[\\s　]*\\|.*\\|[\\s　]*$");

	/** **合計**: Markdown's bold, which a cell's value does not hold. */
	private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");

	/** ・…, ①, （１）, ※, 問: a line of its own inside a cell. */
	private static final Pattern OWN_LINE = Pattern.compile("^(?:[・•●○◆◇■□※【〔＜<]|[（(][0-9０-９]{1,2}[）)]|[①-⑳]|(?:問|答|Ｑ|Ａ)[\\s　:：]).*");

	private GridTables() {
	}

	/** The lines with each grid table redrawn as a box, one line a row; other lines as they are. */
	static List<BoxRows.Printed> boxed(List<BoxRows.Printed> printed) {
		if (printed.stream().noneMatch(line -> GRID_START.matcher(line.text()).lookingAt())) {
			return printed;
		}
		List<BoxRows.Printed> lines = rejoined(printed);
		List<BoxRows.Printed> out = new ArrayList<>(lines.size());
		int i = 0;
		while (i < lines.size()) {
			int end = RULE.matcher(lines.get(i).text()).matches() ? gridEnd(lines, i) : -1;
			if (end < 0) {
				out.add(lines.get(i));
				i++;
				continue;
			}
			out.addAll(redrawn(lines.subList(i, end)));
			i = end;
		}
		return out;
	}

	/** +-----+, +=====: how a grid's rule starts. */
	private static final Pattern GRID_START = Pattern.compile("^[\\s　]*\\+[-=:]{3,}");

	private static final int MAX_PIECES = 4;

	/**
	 * The lines with a grid's lines that a printer wrapped at the page's edge put back together: a rule or row that does
	 * not reach its closing + or | goes on with the lines after it until one does.
	 */
	private static List<BoxRows.Printed> rejoined(List<BoxRows.Printed> lines) {
		List<BoxRows.Printed> out = new ArrayList<>(lines.size());
		for (int i = 0; i < lines.size(); i++) {
			BoxRows.Printed line = lines.get(i);
			String text = line.text().stripTrailing();
			if (!text.strip().matches("^[+|].*") || closed(text)) {
				out.add(line);
				continue;
			}
			StringBuilder joined = new StringBuilder(text);
			int j = i + 1;
			while (j < lines.size() && j - i <= MAX_PIECES && !closed(joined.toString()) && !lines.get(j).text().isBlank()) {
				joined.append(lines.get(j).text().strip());
				j++;
			}
			if (closed(joined.toString()) && (RULE.matcher(joined).matches() || ROW_LINE.matcher(joined).matches())) {
				out.add(new BoxRows.Printed(joined.toString(), line.number(), line.page()));
				i = j - 1;
			}
			else {
				out.add(line);
			}
		}
		return out;
	}

	private static boolean closed(String text) {
		String stripped = text.strip();
		return stripped.length() > 1 && (stripped.endsWith("+") || stripped.endsWith("|"));
	}

	/** Where the grid that starts with the rule at {@code start} ends: after its last rule; -1 when no row is ruled off. */
	private static int gridEnd(List<BoxRows.Printed> lines, int start) {
		int end = -1;
		int j = start + 1;
		while (j < lines.size() && (ROW_LINE.matcher(lines.get(j).text()).matches() || RULE.matcher(lines.get(j).text()).matches())) {
			if (RULE.matcher(lines.get(j).text()).matches()) {
				end = j + 1;
			}
			j++;
		}
		return end;
	}

	private static List<BoxRows.Printed> redrawn(List<BoxRows.Printed> grid) {
		List<BoxRows.Printed> out = new ArrayList<>();
		int[] edges = edges(grid.get(0).text());
		List<List<String>> pieces = null;
		BoxRows.Printed first = null;
		for (BoxRows.Printed line : grid) {
			if (RULE.matcher(line.text()).matches()) {
				if (pieces != null) {
					out.add(new BoxRows.Printed(box(pieces), first.number(), first.page()));
				}
				out.add(new BoxRows.Printed(rule(edges.length - 1, out.isEmpty() ? "┌┬┐" : "├┼┤"), line.number(), line.page()));
				pieces = null;
				continue;
			}
			List<String> cells = cells(line.text(), edges);
			if (cells == null) {
				// a cell that spans columns: the grid is not one of equal columns, its lines stay as printed
				return grid;
			}
			if (pieces == null) {
				pieces = new ArrayList<>();
				for (int c = 0; c < cells.size(); c++) {
					pieces.add(new ArrayList<>());
				}
				first = line;
			}
			for (int c = 0; c < cells.size(); c++) {
				pieces.get(c).add(cells.get(c));
			}
		}
		return out;
	}

	/** The display columns of the rule's +: the edges of the grid's columns. */
	private static int[] edges(String rule) {
		String text = rule.stripLeading();
		int indent = DisplayWidth.of(rule.substring(0, rule.length() - text.length()));
		List<Integer> edges = new ArrayList<>();
		for (int k = 0; k < text.length(); k++) {
			if (text.charAt(k) == '+') {
				edges.add(indent + k);
			}
		}
		return edges.stream().mapToInt(Integer::intValue).toArray();
	}

	/**
	 * A row line's cells, parted at its pipes when it has one per edge, else at the edges' display columns (a cell that
	 * holds a pipe); null when neither fits.
	 */
	private static List<String> cells(String line, int[] edges) {
		String text = line.strip();
		String[] parts = text.substring(1, text.length() - 1).split("\\|", -1);
		if (parts.length == edges.length - 1) {
			return List.of(parts);
		}
		List<String> cells = new ArrayList<>();
		int column = 0;
		StringBuilder cell = null;
		int edge = 0;
		for (int k = 0; k < line.length(); k++) {
			char c = line.charAt(k);
			if (edge < edges.length && column == edges[edge]) {
				if (c != '|') {
					return null;
				}
				if (cell != null) {
					cells.add(cell.toString());
				}
				cell = new StringBuilder();
				edge++;
			}
			else if (cell != null) {
				cell.append(c);
			}
			column += DisplayWidth.of(String.valueOf(c));
		}
		return edge == edges.length ? cells : null;
	}

	private static String box(List<List<String>> pieces) {
		return boxRow(pieces.stream().map(GridTables::cell).toList());
	}

	/** A row drawn as the box reading takes it, │cell│cell│, a rule inside a cell's text kept from parting it. */
	static String boxRow(List<String> cells) {
		StringBuilder row = new StringBuilder("│");
		for (String cell : cells) {
			row.append(cell.replace('│', '|')).append('│');
		}
		return row.toString();
	}

	/** A cell's lines put together: wrapped lines joined, its own lines kept apart by line breaks. */
	static String cell(List<String> printed) {
		StringBuilder text = new StringBuilder();
		boolean newLine = true;
		for (String piece : printed) {
			String stripped = BOLD.matcher(piece.strip()).replaceAll("$1");
			if (stripped.isEmpty()) {
				newLine = true;
				continue;
			}
			boolean hardBreak = stripped.endsWith("\\");
			if (hardBreak) {
				stripped = stripped.substring(0, stripped.length() - 1).strip();
			}
			boolean indented = piece.startsWith(" \u3000") || piece.startsWith("\u3000");
			if (text.length() == 0) {
				text.append(stripped);
			}
			else if (newLine || indented || OWN_LINE.matcher(stripped).matches()) {
				text.append('\n').append(stripped);
			}
			else {
				text.replace(0, text.length(), Wraps.joinCell(text.toString(), stripped));
			}
			newLine = hardBreak;
		}
		return text.toString();
	}

	static String rule(int columns, String corners) {
		StringBuilder rule = new StringBuilder().append(corners.charAt(0));
		for (int c = 0; c < columns; c++) {
			rule.append("──").append(c + 1 < columns ? corners.charAt(1) : corners.charAt(2));
		}
		return rule.toString();
	}
}
