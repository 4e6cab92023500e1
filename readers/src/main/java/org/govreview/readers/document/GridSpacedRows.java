package org.govreview.readers.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A table that a word processor set on its page's line grid, as pdftotext -layout prints it: a blank line after
 * every line of the table, so that a cell wrapped over three lines (地域の避難場所 / 運営体制の強化) stands as three
 * rows apart. Where such lines alternate with single blank lines, line after line, and the lines are a table's (cells
 * apart by wide gaps, or a cell's wrapped line set in from the margin), the blank lines go; a few such blank lines
 * are a sheet's rows set apart, or a header's lines centred on its cells, and stay. Stateless.
 */
final class GridSpacedRows {

	/** A gap between two cells of a row. */
	private static final Pattern CELL_GAP = Pattern.compile("[ \u3000]{2,}");

	/** How far in a cell's wrapped line starts, at the least, in characters. */
	private static final int INDENT = 8;

	/** How many blank lines in a row, each between two lines of a table, make a grid. */
	private static final int MIN_GRID = 8;

	/** How many of a grid's lines between two blank lines stand alone, at the least, in tenths. */
	private static final int ALONE = 8;

	/** How many lines may stand together in a grid (a cell of two lines beside a cell of three). */
	private static final int MAX_TOGETHER = 3;

	private GridSpacedRows() {
	}

	static List<BoxRows.Printed> closed(List<BoxRows.Printed> printed) {
		List<String> lines = printed.stream().map(BoxRows.Printed::text).toList();
		boolean[] spacing = new boolean[lines.size()];
		for (int i = 1; i + 1 < lines.size(); i++) {
			String above = lines.get(i - 1);
			String below = lines.get(i + 1);
			spacing[i] = lines.get(i).isBlank() && !above.isBlank() && !below.isBlank()
					&& printed.get(i - 1).page() == printed.get(i + 1).page() && tableLine(above) && tableLine(below);
		}
		List<BoxRows.Printed> closed = new ArrayList<>(lines.size());
		int i = 0;
		while (i < lines.size()) {
			if (!spacing[i]) {
				closed.add(printed.get(i));
				i++;
				continue;
			}
			// a stretch of spacing blank lines, each after at most a few lines of the table
			int end = i;
			int blanks = 0;
			int last = i;
			int groups = 0;
			int single = 0;
			while (end < lines.size()) {
				if (spacing[end]) {
					blanks++;
					last = end;
					end++;
					continue;
				}
				int text = end;
				while (text < lines.size() && !lines.get(text).isBlank() && text - end < MAX_TOGETHER) {
					text++;
				}
				if (text == end || text >= lines.size() || !spacing[text]) {
					break;
				}
				groups++;
				single += text - end == 1 ? 1 : 0;
				end = text;
			}
			for (int j = i; j <= last; j++) {
				// a list's items, two or three lines each, set apart by blank lines: no grid, whose lines stand alone
				if (blanks < MIN_GRID || single * 10 < groups * ALONE || !spacing[j]) {
					closed.add(printed.get(j));
				}
			}
			i = last + 1;
		}
		return closed;
	}

	private static boolean tableLine(String line) {
		return cells(line) >= 2 || line.length() - line.stripLeading().length() >= INDENT;
	}

	private static int cells(String line) {
		return CELL_GAP.split(line.strip()).length;
	}
}
