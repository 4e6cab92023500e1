package org.govreview.readers.document;

import java.util.ArrayList;
import java.util.List;

import org.govreview.readers.text.DisplayWidth;

/**
 * Pages set in two columns of text side by side, as pdftotext -layout prints an A4 landscape sheet: every line
 * carries a piece of the left column, a wide gap, and a piece of the right one. Where a run of lines is split so by
 * one gutter that no line crosses, and both sides hold prose, the run is read column by column: the left column's
 * lines, then the right column's, each line keeping its number. A table's columns are no such gutter: a column of a
 * page holds one run of text on most lines, where a table's row holds several cells. Stateless.
 */
final class TwoColumnPages {

	/** The narrowest gap that may be a gutter, in display columns. */
	private static final int GUTTER = 3;

	private static final int MIN_SPLIT_LINES = 6;

	private static final int MIN_PROSE_LINES = 3;

	/** How wide a column of a page is, at the least, on average. */
	private static final int MIN_COLUMN = 24;

	private TwoColumnPages() {
	}

	/** A line's text as runs of display columns, split at gaps of {@link #GUTTER} or more. */
	private record Run(int start, int end, int from, int to, boolean prose) {
	}

	private enum Side {
		BLANK, LEFT, RIGHT, SPLIT, CROSSING
	}

	static List<BoxRows.Printed> read(List<BoxRows.Printed> printed) {
		if (printed.stream().anyMatch(line -> line.text().indexOf('\t') >= 0)) {
			return printed;
		}
		List<List<Run>> runs = printed.stream().map(line -> runs(line.text())).toList();
		int width = runs.stream().filter(r -> !r.isEmpty()).mapToInt(r -> r.get(r.size() - 1).end()).max().orElse(0);
		int best = -1;
		int bestSplit = 0;
		for (int gutter = width * 3 / 10; gutter <= width * 3 / 4; gutter++) {
			int split = 0;
			for (int[] region : regions(runs, pages(printed), gutter)) {
				split += region[2];
			}
			if (split > bestSplit) {
				best = gutter;
				bestSplit = split;
			}
		}
		if (best < 0) {
			return printed;
		}
		List<BoxRows.Printed> read = new ArrayList<>(printed.size());
		int next = 0;
		for (int[] region : regions(runs, pages(printed), best)) {
			read.addAll(printed.subList(next, region[0]));
			read.addAll(columns(printed, runs, region[0], region[1], best));
			next = region[1];
		}
		read.addAll(printed.subList(next, printed.size()));
		return read;
	}

	/** The runs of lines (from, to, lines split) that {@code gutter} parts into two columns of prose. */
	private static List<int[]> regions(List<List<Run>> runs, int[] pages, int gutter) {
		List<int[]> regions = new ArrayList<>();
		int from = 0;
		for (int i = 0; i <= runs.size(); i++) {
			boolean crossing = i < runs.size() && side(runs.get(i), gutter) == Side.CROSSING;
			if (i == runs.size() || crossing || i > from && pages[i] != pages[i - 1]) {
				// a page's columns end with the page
				int[] region = region(runs, from, i, gutter);
				if (region != null) {
					regions.add(region);
				}
				from = crossing ? i + 1 : i;
			}
		}
		return regions;
	}

	private static int[] pages(List<BoxRows.Printed> printed) {
		return printed.stream().mapToInt(BoxRows.Printed::page).toArray();
	}

	private static int[] region(List<List<Run>> runs, int from, int to, int gutter) {
		int split = 0;
		int prose = 0;
		int single = 0;
		int rightSingle = 0;
		int leftWidth = 0;
		int rightWidth = 0;
		for (int i = from; i < to; i++) {
			List<Run> line = runs.get(i);
			if (side(line, gutter) != Side.SPLIT) {
				continue;
			}
			split++;
			List<Run> left = line.stream().filter(run -> run.end() <= gutter).toList();
			List<Run> right = line.stream().filter(run -> run.start() >= gutter).toList();
			single += left.size() == 1 ? 1 : 0;
			rightSingle += right.size() == 1 ? 1 : 0;
			leftWidth += left.get(left.size() - 1).end() - left.get(0).start();
			rightWidth += right.get(right.size() - 1).end() - right.get(0).start();
			prose += left.stream().anyMatch(Run::prose) && right.stream().anyMatch(Run::prose) ? 1 : 0;
		}
		if (split < MIN_SPLIT_LINES || single * 10 < split * 7 || rightSingle * 2 < split || leftWidth < split * MIN_COLUMN
				|| rightWidth < split * MIN_COLUMN / 2 || prose < MIN_PROSE_LINES || prose * 10 < split * 4) {
			return null;
		}
		return new int[] { from, to, split };
	}

	private static Side side(List<Run> line, int gutter) {
		if (line.isEmpty()) {
			return Side.BLANK;
		}
		boolean left = false;
		boolean right = false;
		for (Run run : line) {
			if (run.start() < gutter && run.end() > gutter) {
				return Side.CROSSING;
			}
			left |= run.end() <= gutter;
			right |= run.start() >= gutter;
		}
		return left && right ? Side.SPLIT : left ? Side.LEFT : Side.RIGHT;
	}

	/** The lines of a region, the left column's first, then the right column's; each keeps its number. */
	private static List<BoxRows.Printed> columns(List<BoxRows.Printed> printed, List<List<Run>> runs, int from, int to, int gutter) {
		int rightMargin = Integer.MAX_VALUE;
		for (int i = from; i < to; i++) {
			for (Run run : runs.get(i)) {
				if (run.start() >= gutter) {
					rightMargin = Math.min(rightMargin, run.start());
					break;
				}
			}
		}
		List<BoxRows.Printed> left = new ArrayList<>();
		List<BoxRows.Printed> right = new ArrayList<>();
		for (int i = from; i < to; i++) {
			BoxRows.Printed line = printed.get(i);
			String text = line.text();
			int cut = text.length();
			int rightStart = -1;
			for (Run run : runs.get(i)) {
				if (run.start() >= gutter) {
					cut = Math.min(cut, run.from());
					if (rightStart < 0) {
						rightStart = run.start();
					}
				}
			}
			left.add(new BoxRows.Printed(text.substring(0, cut).stripTrailing(), line.number(), line.page()));
			String rest = rightStart < 0 ? "" : " ".repeat(rightStart - rightMargin) + text.substring(cut).stripTrailing();
			right.add(new BoxRows.Printed(rest, line.number(), line.page()));
		}
		List<BoxRows.Printed> read = new ArrayList<>(left);
		read.add(new BoxRows.Printed("", printed.get(to - 1).number(), printed.get(to - 1).page()));
		read.addAll(right);
		return read;
	}

	/**
	 * The runs of text of a line, apart where whitespace at least {@link #GUTTER} columns wide stands between them; a
	 * full-width space that opens a run (the indent of a paragraph or of a wrapped item) belongs to it.
	 */
	private static List<Run> runs(String text) {
		List<Run> runs = new ArrayList<>();
		int column = 0;
		int i = 0;
		int runStart = -1;
		int runFrom = -1;
		int gapStart = -1;
		int gapFrom = -1;
		while (i < text.length()) {
			char c = text.charAt(i);
			int w = DisplayWidth.of(text, i, i + 1);
			if (c == ' ' || c == '\u3000') {
				if (gapStart < 0) {
					gapStart = column;
					gapFrom = i;
				}
			}
			else {
				if (runStart >= 0 && gapStart >= 0 && column - gapStart >= GUTTER) {
					runs.add(new Run(runStart, gapStart, runFrom, gapFrom, prose(text.substring(runFrom, gapFrom))));
					runStart = -1;
				}
				if (runStart < 0) {
					runStart = column;
					runFrom = i;
				}
				gapStart = -1;
			}
			column += w;
			i++;
		}
		if (runStart >= 0) {
			int to = gapStart >= 0 ? gapFrom : text.length();
			runs.add(new Run(runStart, gapStart >= 0 ? gapStart : column, runFrom, to, prose(text.substring(runFrom, to))));
		}
		return runs;
	}

	/** Words of a sentence: eight kana or kanji and at least one hiragana. */
	private static boolean prose(String text) {
		return text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
				|| Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
				|| Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA).count() >= 8
				&& text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA);
	}
}
