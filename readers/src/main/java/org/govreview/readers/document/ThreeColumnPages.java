package org.govreview.readers.document;

import java.util.ArrayList;
import java.util.List;

/**
 * Pages set in three columns side by side, as pdftotext -layout prints an A3 summary sheet (局の使命 | 現状と課題 |
 * 重点取組): two gutters that hardly a line of the page crosses, each column holding prose on several lines, whatever
 * tables it holds. Between lines that cross a gutter (a title spanning the page), the page is read column by column:
 * the left column's lines, then the middle one's, then the right one's, each line keeping its number. Two columns
 * are left to {@link TwoColumnPages}, which may still find two in one of these. Stateless.
 */
final class ThreeColumnPages {

	/** The narrowest page, in display columns, that sets three columns of text. */
	private static final int MIN_WIDTH = 150;

	/** How many of a page's lines may cross a gutter, in %, at the most (titles, a banner across the page). */
	private static final int FEW_CROSSING = 6;

	private static final int MIN_PROSE_LINES = 3;

	/** How many lines a column holds text on, at the least, in % of the page's lines. */
	private static final int MIN_FILLED = 25;

	private static final int MIN_REGION_LINES = 6;


	private ThreeColumnPages() {
	}

	static List<BoxRows.Printed> read(List<BoxRows.Printed> printed) {
		if (printed.stream().anyMatch(line -> line.text().indexOf('\t') >= 0)) {
			return printed;
		}
		List<List<TwoColumnPages.Run>> runs = printed.stream().map(line -> TwoColumnPages.runs(line.text())).toList();
		List<BoxRows.Printed> read = new ArrayList<>(printed.size());
		int from = 0;
		while (from < printed.size()) {
			int page = printed.get(from).page();
			int to = from;
			while (to < printed.size() && printed.get(to).page() == page) {
				to++;
			}
			read.addAll(page(printed, runs, from, to));
			from = to;
		}
		return read;
	}

	private static List<BoxRows.Printed> page(List<BoxRows.Printed> printed, List<List<TwoColumnPages.Run>> runs, int from,
			int to) {
		int[] ends = runs.subList(from, to).stream().filter(r -> !r.isEmpty()).mapToInt(r -> r.get(r.size() - 1).end())
			.sorted().toArray();
		int lines = ends.length;
		int width = lines == 0 ? 0 : ends[lines * 9 / 10];
		if (width < MIN_WIDTH || lines < MIN_REGION_LINES) {
			return printed.subList(from, to);
		}
		int[] crossing = new int[width + 1];
		for (int i = from; i < to; i++) {
			for (TwoColumnPages.Run run : runs.get(i)) {
				for (int x = run.start() + 1; x < Math.min(run.end(), crossing.length); x++) {
					crossing[x]++;
				}
			}
		}
		int first = fewestCrossing(crossing, width * 22 / 100, width * 45 / 100);
		int second = fewestCrossing(crossing, width * 55 / 100, width * 80 / 100);
		if (crossing[first] * 100 > lines * FEW_CROSSING || crossing[second] * 100 > lines * FEW_CROSSING) {
			return printed.subList(from, to);
		}
		int[] gutters = { first, second };
		for (int i = from; i < to; i++) {
			if (spanningHeader(printed.get(i).text(), runs.get(i), gutters)) {
				// 視点 | 戦略目標 | 主な取組 | 成果指標: one table's header over the gaps, its columns no page's
				return printed.subList(from, to);
			}
		}
		int[] filled = new int[3];
		int[] prose = new int[3];
		int rowLines = 0;
		for (int i = from; i < to; i++) {
			if (crosses(runs.get(i), gutters)) {
				continue;
			}
			boolean[] has = new boolean[3];
			boolean[] sentence = new boolean[3];
			for (TwoColumnPages.Run run : runs.get(i)) {
				int column = column(run, gutters);
				has[column] = true;
				sentence[column] |= run.prose();
			}
			for (int c = 0; c < 3; c++) {
				filled[c] += has[c] ? 1 : 0;
				prose[c] += sentence[c] ? 1 : 0;
			}
			rowLines += has[0] && has[1] && has[2] ? 1 : 0;
		}
		for (int c = 0; c < 3; c++) {
			if (filled[c] * 100 < lines * MIN_FILLED || prose[c] < MIN_PROSE_LINES) {
				return printed.subList(from, to);
			}
		}
		if (rowLines * 2 > filled[0]) {
			// most lines of the left column go on in the other two: a table's rows of three cells of prose, no columns
			// of a page, whose lines stand at heights of their own
			return printed.subList(from, to);
		}
		// the page's head (a title, a date, a motto centred over the columns) stays as printed, above the first line
		// that all three columns share
		int top = from;
		while (top < to && held(runs.get(top), gutters) < 3) {
			top++;
		}
		top = top == to ? from : top;
		List<BoxRows.Printed> read = new ArrayList<>(printed.subList(from, top));
		int start = top;
		for (int i = top; i <= to; i++) {
			if (i == to || crosses(runs.get(i), gutters)) {
				read.addAll(i - start >= MIN_REGION_LINES ? columns(printed, runs, start, i, gutters) : printed.subList(start, i));
				if (i < to) {
					read.add(printed.get(i));
				}
				start = i + 1;
			}
		}
		return read;
	}

	/** Where between {@code from} and {@code to} the fewest runs cross, the middle of the widest such stretch. */
	private static int fewestCrossing(int[] crossing, int from, int to) {
		int best = from;
		int bestLength = 0;
		int x = from;
		int fewest = java.util.Arrays.stream(crossing, from, to + 1).min().orElse(0);
		while (x <= to) {
			if (crossing[x] != fewest) {
				x++;
				continue;
			}
			int end = x;
			while (end + 1 <= to && crossing[end + 1] == fewest) {
				end++;
			}
			if (end - x + 1 > bestLength) {
				bestLength = end - x + 1;
				best = (x + end) / 2;
			}
			x = end + 1;
		}
		return best;
	}

	/** A line of header cells, three or more and nearly all its runs, in two columns or more. */
	private static boolean spanningHeader(String text, List<TwoColumnPages.Run> line, int[] gutters) {
		List<TwoColumnPages.Run> cells = line.stream().filter(run -> Words.isHeaderCell(text.substring(run.from(), run.to()))).toList();
		return cells.size() >= 3 && cells.size() * 4 >= line.size() * 3 && held(cells, gutters) >= 2;
	}

	/** How many of the columns a line holds text in; none where it crosses a gutter. */
	private static long held(List<TwoColumnPages.Run> line, int[] gutters) {
		return crosses(line, gutters) ? 0 : line.stream().mapToInt(run -> column(run, gutters)).distinct().count();
	}

	/**
	 * Whether the blank line {@code at} of a column falls inside a paragraph: the columns' lines interleave, so a
	 * sentence that goes on (no 。 at its end) onto a line that opens with no bullet, number or bracket, indented no
	 * further, is one paragraph wrapped.
	 */
	private static boolean wrapped(List<String> texts, int at) {
		int before = at - 1;
		while (before >= 0 && texts.get(before).isBlank()) {
			before--;
		}
		int after = at + 1;
		while (after < texts.size() && texts.get(after).isBlank()) {
			after++;
		}
		if (before < 0 || after == texts.size()) {
			return false;
		}
		String above = texts.get(before);
		String below = texts.get(after);
		String opening = below.strip();
		int first = opening.codePointAt(0);
		Character.UnicodeScript script = Character.UnicodeScript.of(first);
		return TwoColumnPages.runs(above).size() == 1 && TwoColumnPages.runs(above).get(0).prose() && !above.strip().endsWith("。")
				&& indent(below) <= indent(above) && TwoColumnPages.runs(below).size() == 1
				&& (script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA
						|| script == Character.UnicodeScript.HAN);
	}

	private static int indent(String text) {
		return org.govreview.readers.text.DisplayWidth.of(text, 0, text.length() - text.stripLeading().length());
	}

	private static boolean crosses(List<TwoColumnPages.Run> line, int[] gutters) {
		return line.stream().anyMatch(run -> java.util.Arrays.stream(gutters).anyMatch(g -> run.start() < g && run.end() > g));
	}

	private static int column(TwoColumnPages.Run run, int[] gutters) {
		return run.start() < gutters[0] ? 0 : run.start() < gutters[1] ? 1 : 2;
	}

	/** The region's lines, column by column, each column's lines set from its own left margin. */
	private static List<BoxRows.Printed> columns(List<BoxRows.Printed> printed, List<List<TwoColumnPages.Run>> runs,
			int from, int to, int[] gutters) {
		int[] margins = { Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE };
		for (int i = from; i < to; i++) {
			for (TwoColumnPages.Run run : runs.get(i)) {
				int column = column(run, gutters);
				margins[column] = Math.min(margins[column], run.start());
			}
		}
		List<BoxRows.Printed> read = new ArrayList<>();
		for (int c = 0; c < 3; c++) {
			List<String> texts = new ArrayList<>();
			for (int i = from; i < to; i++) {
				List<TwoColumnPages.Run> own = new ArrayList<>();
				for (TwoColumnPages.Run run : runs.get(i)) {
					if (column(run, gutters) == c) {
						own.add(run);
					}
				}
				texts.add(own.isEmpty() ? ""
						: " ".repeat(own.get(0).start() - margins[c])
								+ printed.get(i).text().substring(own.get(0).from(), own.get(own.size() - 1).to()));
			}
			for (int i = 0; i < texts.size(); i++) {
				BoxRows.Printed line = printed.get(from + i);
				if (!texts.get(i).isBlank() || !wrapped(texts, i)) {
					read.add(new BoxRows.Printed(texts.get(i), line.number(), line.page()));
				}
			}
			read.add(new BoxRows.Printed("", printed.get(to - 1).number(), printed.get(to - 1).page()));
		}
		return read;
	}
}
