package org.govreview.readers.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A table's grade columns ticked one per row, as a system prints a check box under each grade (進捗区分 over 完了 | 順調 |
 * 遅れ | 未着手, a row ■ | □ | □ | □): the columns become one whose cell is the word of the grade ticked, headed by
 * the cell spanning them (or 区分), so that a row reads as any other row with its grade in a cell. A run of grade
 * columns counts only where two rows or more tick exactly one box in it. The tab-separated rows of one table in, the
 * same rows out. Stateless.
 */
final class CheckedCells {

	/** 完了, 順調, やや遅れ, A: a header's short word, no figure and no mark, as a grade's column is headed. */
	private static final Pattern GRADE = Pattern.compile("[^\\s☑☐✓✔" + CheckColumns.NO_GRADE_WORD + "]{1,5}");

	/** ■, ●, ☑, ✓, ✔, レ, ○: the box ticked. */
	private static final Pattern TICKED = Pattern.compile("[■☑☒" + CheckColumns.TICKS + "]");

	/** □, ☐ or nothing: a box left empty. */
	private static final Pattern EMPTY = Pattern.compile("[□☐]?");

	private static final int MIN_GRADES = 3;

	private static final int MIN_ROWS = 2;

	/** How many of the table's first rows may be its header. */
	private static final int HEADER_ROWS = 4;

	private CheckedCells() {
	}

	static List<String> merged(List<String> lines) {
		List<List<String>> rows = new ArrayList<>();
		lines.forEach(line -> rows.add(new ArrayList<>(List.of(line.split("\t", -1)))));
		for (int h = 0; h < Math.min(HEADER_ROWS, rows.size()); h++) {
			List<String> header = rows.get(h);
			for (int start = 0; start + MIN_GRADES <= header.size(); start++) {
				int end = start;
				while (end < header.size() && GRADE.matcher(header.get(end).strip()).matches()) {
					end++;
				}
				for (int from = start; from < end; from++) {
					int to = from;
					while (to < end && boxes(rows, h, to)) {
						to++;
					}
					if (to - from >= MIN_GRADES && ticked(rows, h, from, to) >= MIN_ROWS) {
						return rewritten(rows, h, from, to);
					}
					from = Math.max(from, to);
				}
				start = Math.max(start, end);
			}
		}
		return lines;
	}

	/** Whether every row of the header's width under it holds a box in the column, ticked or empty, or nothing. */
	private static boolean boxes(List<List<String>> rows, int header, int column) {
		boolean drawn = false;
		int width = rows.get(header).size();
		for (List<String> row : rows.subList(header + 1, rows.size())) {
			if (row.size() != width) {
				continue;
			}
			String cell = row.get(column).strip();
			if (!TICKED.matcher(cell).matches() && !EMPTY.matcher(cell).matches()) {
				return false;
			}
			drawn |= !cell.isEmpty();
		}
		return drawn;
	}

	/**
	 * How many rows of the header's width under it tick exactly one box of the run and leave the others empty; none
	 * when a row ticks two (which grades it had would be lost).
	 */
	private static int ticked(List<List<String>> rows, int header, int start, int end) {
		int width = rows.get(header).size();
		int count = 0;
		for (List<String> row : rows.subList(header + 1, rows.size())) {
			if (row.size() != width) {
				continue;
			}
			if (row.subList(start, end).stream().filter(cell -> TICKED.matcher(cell.strip()).matches()).count() > 1) {
				return 0;
			}
			count += tickedAt(row, start, end) >= 0 ? 1 : 0;
		}
		return count;
	}

	/** The column of the run the row ticks, or -1 unless exactly one box is ticked and the others are empty. */
	private static int tickedAt(List<String> row, int start, int end) {
		int ticked = -1;
		for (int c = start; c < end; c++) {
			String cell = row.get(c).strip();
			if (TICKED.matcher(cell).matches()) {
				if (ticked >= 0) {
					return -1;
				}
				ticked = c;
			}
			else if (!EMPTY.matcher(cell).matches()) {
				return -1;
			}
		}
		return ticked;
	}

	private static List<String> rewritten(List<List<String>> rows, int header, int start, int end) {
		String spanning = header > 0 && rows.get(header - 1).size() > start ? rows.get(header - 1).get(start).strip() : "";
		String name = spanning.isEmpty() ? "区分" : spanning;
		List<String> grades = rows.get(header).subList(start, end).stream().map(String::strip).toList();
		List<String> lines = new ArrayList<>();
		int width = rows.get(header).size();
		for (int r = 0; r < rows.size(); r++) {
			List<String> row = rows.get(r);
			if (row.size() != width) {
				// a row of another width (another table on the same line of a page) keeps its cells
				lines.add(String.join("\t", row));
				continue;
			}
			String cell;
			if (r == header) {
				cell = name;
			}
			else if (r < header) {
				cell = String.join(" ", row.subList(start, end).stream().map(String::strip).filter(text -> !text.isEmpty()).toList());
			}
			else if (tickedAt(row, start, end) >= 0) {
				cell = grades.get(tickedAt(row, start, end) - start);
			}
			else if (row.subList(start, end).stream().allMatch(text -> EMPTY.matcher(text.strip()).matches())) {
				cell = "";
			}
			else {
				cell = String.join(" ", row.subList(start, end).stream().map(String::strip).filter(text -> !text.isEmpty()).toList());
			}
			List<String> joined = new ArrayList<>(row.subList(0, start));
			joined.add(cell);
			joined.addAll(row.subList(end, row.size()));
			lines.add(String.join("\t", joined));
		}
		return lines;
	}
}
