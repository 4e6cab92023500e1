package org.govreview.readers.document;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govreview.readers.text.DisplayWidth;

/**
 * A wide table as pdftotext -layout prints it when its cells are centred vertically: under a header whose first
 * column is the row number (番号, No.), each row is a group of lines set apart by blank lines, its number beside the
 * middle of the group and every other cell wrapped above and below it at its own column (子ども医療費助成の18歳までの /
 * 1-1 … 子育て支援課 4 5 / 拡充). The columns are where the cells of the groups start; each group becomes one row of
 * tab-separated cells, each cell its lines in order, the rows one after another with the number of the group's first
 * line. The header's lines become rows of the same columns. Only a run of at least two
 * such groups, each with exactly one number and most with it below their first line, is read so. Stateless.
 */
final class KeyedRowBlocks {

	/** {@code    1-1    子育て支援課 …}: a row number at the left of its line, then a gap. */
	private static final Pattern KEYED = Pattern.compile("^( *)(" + CentredKeys.ROW_KEY + ")(?: {2,}|　|$)");

	/** A gap between two cells: two spaces or more, or a full-width space. */
	private static final Pattern GAP = Pattern.compile(" {2,}|[ 　]*　[ 　]*");

	/** How far a cell may start to the right of its column's start and still be that column's. */
	private static final int SLACK = 2;

	private static final int MAX_GROUP = 8;

	private static final int MAX_COLUMNS = 10;

	/** The longest line a row of such a table prints. */
	private static final int MAX_LINE = 400;

	private KeyedRowBlocks() {
	}

	static List<BoxRows.Printed> joined(List<BoxRows.Printed> printed) {
		List<BoxRows.Printed> lines = new ArrayList<>(printed);
		for (int i = 0; i < lines.size(); i++) {
			if (isHeader(lines.get(i).text())) {
				i = table(lines, i);
			}
		}
		return lines;
	}

	private static boolean isHeader(String text) {
		if (text.length() > MAX_LINE || !CentredKeys.KEY_HEADER.matcher(text.stripLeading()).lookingAt()) {
			return false;
		}
		List<Segment> cells = segments(text);
		return cells.size() >= 3 && CentredKeys.KEY_HEADER.matcher(cells.get(0).text()).matches() && text.indexOf('\t') < 0;
	}

	/** Reads the table under the header at {@code header}; the index of its last line. */
	private static int table(List<BoxRows.Printed> lines, int header) {
		int page = lines.get(header).page();
		int headerEnd = header + 1;
		while (headerEnd < lines.size() && !lines.get(headerEnd).text().isBlank() && headerEnd - header < 3
				&& !KEYED.matcher(lines.get(headerEnd).text()).lookingAt()) {
			headerEnd++;
		}
		List<int[]> groups = new ArrayList<>();
		int keyEnd = -1;
		int at = headerEnd;
		while (at < lines.size() && lines.get(at).page() == page) {
			if (lines.get(at).text().isBlank()) {
				at++;
				continue;
			}
			int end = at;
			while (end < lines.size() && !lines.get(end).text().isBlank() && lines.get(end).page() == page) {
				end++;
			}
			int key = keyLine(lines, at, end);
			if (key < 0 || end - at > MAX_GROUP) {
				break;
			}
			Matcher keyed = KEYED.matcher(lines.get(key).text());
			keyed.lookingAt();
			int thisKeyEnd = DisplayWidth.of(lines.get(key).text(), 0, keyed.end(2));
			if (keyEnd >= 0 && Math.abs(thisKeyEnd - keyEnd) > SLACK) {
				break;
			}
			keyEnd = thisKeyEnd;
			groups.add(new int[] { at, end, key });
			at = end;
		}
		// rows printed from their top, the number on their first line: the ordinary reading of a numbered table has them
		long centred = groups.stream().filter(group -> group[2] > group[0]).count();
		if (groups.size() < 2 || centred * 2 < groups.size()) {
			return header;
		}
		List<Integer> starts = columnStarts(lines, groups);
		// as many columns as the header has labels, or the cells do not start where columns do (centred cells, a
		// drawing's jitter): the rows are left to the ordinary reading
		List<Segment> headerLabels = segments(lines.get(header).text());
		if (starts.size() < 3 || starts.size() > MAX_COLUMNS || starts.size() != headerLabels.size()) {
			return header;
		}
		List<BoxRows.Printed> rows = new ArrayList<>();
		for (int h = header; h < headerEnd; h++) {
			List<Segment> labels = h == header ? headerLabels : segments(lines.get(h).text());
			List<StringBuilder> cells = emptyCells(starts.size());
			for (int l = 0; l < labels.size(); l++) {
				// a label for every column: each over its own, however the figures under it are aligned
				cells.get(labels.size() == starts.size() ? l : columnByCentre(starts, labels.get(l))).append(labels.get(l).text());
			}
			rows.add(CentredKeys.with(lines.get(h), tabbed(cells)));
		}
		for (int[] group : groups) {
			List<StringBuilder> cells = emptyCells(starts.size());
			for (int j = group[0]; j < group[1]; j++) {
				for (Segment segment : segments(lines.get(j).text())) {
					StringBuilder cell = cells.get(column(starts, segment.start()));
					// 福祉総務課 over 障害福祉課: two names, a line each; any other cell's lines are one text its width wrapped
					cell.append(isName(cell) && isName(segment.text()) ? "\n" : "").append(segment.text());
				}
			}
			rows.add(CentredKeys.with(lines.get(group[0]), tabbed(cells)));
		}
		// the rows one after another, as a table's: each line that held a part of a row is in it, and keeps its number
		int end = groups.get(groups.size() - 1)[1];
		lines.subList(header, end).clear();
		lines.addAll(header, rows);
		return header + rows.size() - 1;
	}

	/** The one line of the group with a row number at the left, the others all to its right; -1 when none or several. */
	private static int keyLine(List<BoxRows.Printed> lines, int from, int to) {
		int key = -1;
		for (int j = from; j < to; j++) {
			if (lines.get(j).text().indexOf('\t') >= 0) {
				return -1;
			}
			if (KEYED.matcher(lines.get(j).text()).lookingAt()) {
				if (key >= 0) {
					return -1;
				}
				key = j;
			}
		}
		if (key < 0) {
			return -1;
		}
		Matcher keyed = KEYED.matcher(lines.get(key).text());
		keyed.lookingAt();
		int keyEnd = DisplayWidth.of(lines.get(key).text(), 0, keyed.end(2));
		for (int j = from; j < to; j++) {
			if (j != key && DisplayWidth.indent(lines.get(j).text()) <= keyEnd) {
				// a line reaching into the numbers' column: no row of a numbered table
				return -1;
			}
		}
		return key;
	}

	/** Where the cells of the groups start, starts within the slack of one another counted as one. */
	private static List<Integer> columnStarts(List<BoxRows.Printed> lines, List<int[]> groups) {
		TreeSet<Integer> seen = new TreeSet<>();
		for (int[] group : groups) {
			for (int j = group[0]; j < group[1]; j++) {
				for (Segment segment : segments(lines.get(j).text())) {
					seen.add(segment.start());
				}
			}
		}
		List<Integer> starts = new ArrayList<>();
		for (int start : seen) {
			if (starts.isEmpty() || start - starts.get(starts.size() - 1) > SLACK) {
				starts.add(start);
			}
		}
		return starts;
	}

	private static int column(List<Integer> starts, int start) {
		int column = 0;
		for (int c = 0; c < starts.size(); c++) {
			if (starts.get(c) <= start + SLACK) {
				column = c;
			}
		}
		return column;
	}

	/** A header's label, centred over its column: the column its middle stands in. */
	private static int columnByCentre(List<Integer> starts, Segment segment) {
		int middle = segment.start() + DisplayWidth.of(segment.text()) / 2;
		return column(starts, middle);
	}

	/** 福祉総務課, 学校給食センター: a short name of an office, whole. */
	private static boolean isName(CharSequence text) {
		return text.length() >= 2 && text.length() <= 12 && OFFICE.matcher(text).matches();
	}

	private static final Pattern OFFICE = Pattern.compile("^[^\\s、。（）()]+(?:課|室|係|センター|事務所)$");

	private static List<StringBuilder> emptyCells(int count) {
		List<StringBuilder> cells = new ArrayList<>();
		for (int c = 0; c < count; c++) {
			cells.add(new StringBuilder());
		}
		return cells;
	}

	private static String tabbed(List<StringBuilder> cells) {
		return String.join("\t", cells.stream().map(StringBuilder::toString).toList());
	}

	private record Segment(int start, String text) {
	}

	private static List<Segment> segments(String text) {
		List<Segment> segments = new ArrayList<>();
		if (text.length() > MAX_LINE) {
			// no row of a table: a page's worth of text on one line
			return segments;
		}
		Matcher gap = GAP.matcher(text);
		int from = 0;
		int width = 0;
		int measured = 0;
		while (from < text.length()) {
			boolean found = gap.find(from);
			int to = found ? gap.start() : text.length();
			if (to > from && !text.substring(from, to).isBlank()) {
				String cell = text.substring(from, to);
				int lead = cell.length() - cell.stripLeading().length();
				width += DisplayWidth.of(text, measured, from + lead);
				measured = from + lead;
				segments.add(new Segment(width, cell.strip()));
			}
			if (!found) {
				break;
			}
			from = gap.end();
		}
		return segments;
	}
}
