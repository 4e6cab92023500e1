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
 * line. The header's lines become rows of the same columns (a label spaced out, 公　約, is one label). Rows a page
 * printed without a blank line between them are told apart by their numbers, each row reaching as far below its
 * number as above it. The table goes on over a page where the next page's rows follow its running lines (a title
 * with its date, 3 / 7), which stay where they were printed, each page's rows read by their own columns. Only a
 * run of at least two such groups, most with their number below their first line, is read so. Stateless.
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
		RunningLines running = null;
		for (int i = 0; i < lines.size(); i++) {
			if (isHeader(lines.get(i).text())) {
				if (running == null) {
					running = RunningLines.of(lines);
				}
				i = table(lines, i, running);
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

	/** The rows of one page of the table: the page's running lines before them, kept as printed, and its groups. */
	private record Run(List<Integer> furniture, List<int[]> groups) {
	}

	/** Lines at a page's top before the table goes on (a running header): at most so many, in short blocks. */
	private static final int MAX_FURNITURE = 6;

	/** Reads the table under the header at {@code header}; the index of its last line. */
	private static int table(List<BoxRows.Printed> lines, int header, RunningLines running) {
		int page = lines.get(header).page();
		int headerEnd = header + 1;
		while (headerEnd < lines.size() && !lines.get(headerEnd).text().isBlank() && headerEnd - header < 3
				&& !KEYED.matcher(lines.get(headerEnd).text()).lookingAt()) {
			headerEnd++;
		}
		List<Run> runs = new ArrayList<>();
		Run run = new Run(List.of(), new ArrayList<>());
		int keyEnd = -1;
		List<Integer> carried = new ArrayList<>();
		int at = headerEnd;
		while (at < lines.size()) {
			if (lines.get(at).text().isBlank()) {
				at++;
				continue;
			}
			if (lines.get(at).page() != page) {
				// the table goes on over the page when the page's first numbered rows follow its running lines
				List<Integer> furniture = new ArrayList<>(carried);
				carried.clear();
				int next = at;
				while (next < lines.size() && lines.get(next).page() == lines.get(at).page() && furniture.size() < MAX_FURNITURE
						&& (lines.get(next).text().isBlank() || isRunning(lines.get(next), running))) {
					if (!lines.get(next).text().isBlank()) {
						furniture.add(next);
					}
					next++;
				}
				if (next >= lines.size() || lines.get(next).page() != lines.get(at).page() || lines.get(next).text().isBlank()
						|| keyLines(lines, next, blockEnd(lines, next)).isEmpty()) {
					break;
				}
				if (!run.groups().isEmpty()) {
					runs.add(run);
				}
				run = new Run(furniture, new ArrayList<>());
				page = lines.get(at).page();
				keyEnd = -1;
				at = next;
				continue;
			}
			int end = blockEnd(lines, at);
			int after = end;
			if (pageEnds(lines, end)) {
				// a page's foot printed on the line under the last row
				int foot = end;
				while (foot - 1 > at && isRunning(lines.get(foot - 1), running) && end - foot < 2) {
					foot--;
				}
				if (foot < end && !keyLines(lines, at, foot).isEmpty()) {
					for (int j = foot; j < end; j++) {
						carried.add(j);
					}
					end = foot;
				}
			}
			List<Integer> keys = keyLines(lines, at, end);
			if (keys.isEmpty() && pageEnds(lines, end) && carried.size() + end - at <= MAX_FURNITURE && allRunning(lines, at, end, running)) {
				// a page's foot (2 / 7) before the table goes on over the page
				for (int j = at; j < end; j++) {
					carried.add(j);
				}
				at = end;
				continue;
			}
			if (keys.isEmpty()) {
				break;
			}
			List<int[]> groups = groups(at, end, keys);
			// rows printed from their top one under another (the number on a row's first line) are no centred rows
			if (groups.stream().anyMatch(group -> group[1] - group[0] > MAX_GROUP)
					|| keys.size() > 1 && groups.stream().anyMatch(group -> group[2] == group[0])) {
				break;
			}
			int thisKeyEnd = keyEnd(lines.get(keys.get(0)).text());
			if (keyEnd >= 0 && Math.abs(thisKeyEnd - keyEnd) > SLACK) {
				break;
			}
			keyEnd = thisKeyEnd;
			run.groups().addAll(groups);
			at = after;
		}
		if (!run.groups().isEmpty()) {
			runs.add(run);
		}
		List<Segment> headerLabels = segments(lines.get(header).text());
		List<List<Integer>> startsOfRuns = new ArrayList<>();
		for (Run each : runs) {
			List<Integer> starts = columnStarts(lines, each.groups());
			// as many columns as the header has labels, or the cells do not start where columns do (centred cells, a
			// drawing's jitter): the rows are left to the ordinary reading
			if (starts.size() != headerLabels.size() && starts.size() == labels(lines.get(header).text()).size()) {
				headerLabels = labels(lines.get(header).text());
			}
			if (starts.size() < 3 || starts.size() > MAX_COLUMNS || starts.size() != headerLabels.size()) {
				break;
			}
				startsOfRuns.add(starts);
		}
		runs = runs.subList(0, startsOfRuns.size());
		// rows printed from their top, the number on their first line: the ordinary reading of a numbered table has them
		List<int[]> all = runs.stream().flatMap(each -> each.groups().stream()).toList();
		long centred = all.stream().filter(group -> group[2] > group[0]).count();
		if (all.size() < 2 || centred * 2 < all.size()) {
			return header;
		}
		List<BoxRows.Printed> rows = new ArrayList<>();
		List<Integer> firstStarts = startsOfRuns.get(0);
		for (int h = header; h < headerEnd; h++) {
			List<Segment> labels = h == header ? headerLabels : segments(lines.get(h).text());
			List<StringBuilder> cells = emptyCells(firstStarts.size());
			for (int l = 0; l < labels.size(); l++) {
				// a label for every column: each over its own, however the figures under it are aligned
				cells.get(labels.size() == firstStarts.size() ? l : columnByCentre(firstStarts, labels.get(l))).append(labels.get(l).text());
			}
			rows.add(CentredKeys.with(lines.get(h), tabbed(cells)));
		}
		for (int r = 0; r < runs.size(); r++) {
			List<Integer> starts = startsOfRuns.get(r);
			for (int furniture : runs.get(r).furniture()) {
				rows.add(lines.get(furniture));
			}
			for (int[] group : runs.get(r).groups()) {
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
		}
		// the rows one after another, as a table's: each line that held a part of a row is in it, and keeps its number
		int end = all.get(all.size() - 1)[1];
		lines.subList(header, end).clear();
		lines.addAll(header, rows);
		return header + rows.size() - 1;
	}

	private static boolean allRunning(List<BoxRows.Printed> lines, int from, int to, RunningLines running) {
		for (int j = from; j < to; j++) {
			if (!isRunning(lines.get(j), running)) {
				return false;
			}
		}
		return true;
	}

	private static boolean isRunning(BoxRows.Printed line, RunningLines running) {
		return !KEYED.matcher(line.text()).lookingAt() && running.contains(line);
	}

	/** Whether only blank lines stand between {@code from} and the next page. */
	private static boolean pageEnds(List<BoxRows.Printed> lines, int from) {
		int next = from;
		while (next < lines.size() && lines.get(next).text().isBlank() && lines.get(next).page() == lines.get(from - 1).page()) {
			next++;
		}
		return next < lines.size() && lines.get(next).page() != lines.get(from - 1).page();
	}

	/** The end of the block of lines from {@code from}: the next blank line or page. */
	private static int blockEnd(List<BoxRows.Printed> lines, int from) {
		int end = from;
		while (end < lines.size() && !lines.get(end).text().isBlank() && lines.get(end).page() == lines.get(from).page()) {
			end++;
		}
		return end;
	}

	private static int keyEnd(String text) {
		Matcher keyed = KEYED.matcher(text);
		keyed.lookingAt();
		return DisplayWidth.of(text, 0, keyed.end(2));
	}

	/**
	 * The rows of a block with one or more numbers: each row's cells are centred on its number, so a row reaches as
	 * far below its number as above it, and the lines after that are the next row's (rows a page printed without a
	 * blank line between them).
	 */
	private static List<int[]> groups(int from, int to, List<Integer> keys) {
		List<int[]> groups = new ArrayList<>();
		int start = from;
		for (int k = 0; k < keys.size(); k++) {
			int key = keys.get(k);
			int end = k + 1 == keys.size() ? to : Math.min(key + (key - start) + 1, keys.get(k + 1));
			groups.add(new int[] { start, end, key });
			start = end;
		}
		return groups;
	}

	/**
	 * The lines of the block with a row number at the left, every other line of the block to the right of the
	 * numbers; none when a line reaches into the numbers' column or holds a tab.
	 */
	private static List<Integer> keyLines(List<BoxRows.Printed> lines, int from, int to) {
		List<Integer> keys = new ArrayList<>();
		for (int j = from; j < to; j++) {
			if (lines.get(j).text().indexOf('\t') >= 0) {
				return List.of();
			}
			if (KEYED.matcher(lines.get(j).text()).lookingAt()) {
				keys.add(j);
			}
		}
		if (keys.isEmpty()) {
			return keys;
		}
		int keyEnd = keyEnd(lines.get(keys.get(0)).text());
		for (int j = from; j < to; j++) {
			if (!keys.contains(j) && DisplayWidth.indent(lines.get(j).text()) <= keyEnd) {
				// a line reaching into the numbers' column: no row of a numbered table
				return List.of();
			}
		}
		return keys;
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
	static boolean isName(CharSequence text) {
		return text.length() >= 2 && text.length() <= 12 && OFFICE.matcher(text).matches();
	}

	private static final Pattern OFFICE = Pattern.compile("^[^\\s、。（）()]+(?:課|室|係|センター|事務所|事務局)$");

	static List<StringBuilder> emptyCells(int count) {
		List<StringBuilder> cells = new ArrayList<>();
		for (int c = 0; c < count; c++) {
			cells.add(new StringBuilder());
		}
		return cells;
	}

	static String tabbed(List<StringBuilder> cells) {
		return String.join("\t", cells.stream().map(StringBuilder::toString).toList());
	}

	record Segment(int start, String text) {
	}

	/** 公　約: a header's labels, a single full-width space inside a short label being no gap. */
	private static List<Segment> labels(String text) {
		List<Segment> labels = new ArrayList<>();
		Matcher spaced = SPACED_LABEL.matcher(text);
		String closed = spaced.replaceAll(match -> match.group(1) + "\u0000" + match.group(2));
		for (Segment segment : segments(closed)) {
			labels.add(new Segment(segment.start(), segment.text().replace("\u0000", "")));
		}
		return labels;
	}

	private static final Pattern SPACED_LABEL = Pattern.compile("(?<=[ \u3000]|^)(\\S{1,2})\u3000(\\S{1,2})(?=[ \u3000]|$)");

	static List<Segment> segments(String text) {
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
