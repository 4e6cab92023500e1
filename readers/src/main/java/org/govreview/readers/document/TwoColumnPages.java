package org.govreview.readers.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.govreview.readers.text.DisplayWidth;

/**
 * Pages set in two columns of text side by side, as pdftotext -layout prints an A4 landscape sheet: every line
 * carries a piece of the left column, a wide gap, and a piece of the right one. Where a run of lines is split so by
 * one gutter that no line crosses, and both sides hold prose, the run is read column by column: the left column's
 * lines, then the right column's, each line keeping its number. A table's columns are no such gutter: a column of a
 * page holds one run of text on most lines, where a table's row holds several cells. Columns whose lines are set at
 * heights of their own come out interleaved, most lines holding a piece of one column only, turn by turn: such a run is
 * read so too when both sides hold prose, whatever tables its columns hold, and its page by a gutter of its own (the
 * document's gutter serving the other pages). Stateless.
 */
final class TwoColumnPages {

	/** The narrowest gap that may be a gutter, in display columns. */
	private static final int GUTTER = 3;

	/** How far past the gutter a line of the left column may reach, in display columns. */
	private static final int SLACK = 10;

	/** How many of the most lines any gutter parts another must part to be preferred for lying further left, in %. */
	private static final int NEARLY_ALL = 95;

	private static final int MIN_SPLIT_LINES = 6;

	private static final int MIN_PROSE_LINES = 3;

	/** How many times, at the least, interleaved columns pass from a line of one to a line of the other. */
	private static final int MIN_ALTERNATIONS = 8;

	/** How many times in a row, at the least, interleaved columns pass from one to the other somewhere. */
	private static final int MIN_TURNS = 5;

	/** How wide a column of a page is, at the least, on average. */
	private static final int MIN_COLUMN = 24;

	private TwoColumnPages() {
	}

	/** A line's text as runs of display columns, split at gaps of {@link #GUTTER} or more. */
	record Run(int start, int end, int from, int to, boolean prose) {
	}

	private enum Side {
		BLANK, LEFT, RIGHT, SPLIT, CROSSING
	}

	static List<BoxRows.Printed> read(List<BoxRows.Printed> printed) {
		if (printed.stream().anyMatch(line -> line.text().indexOf('\t') >= 0)) {
			return printed;
		}
		List<List<Run>> runs = printed.stream().map(line -> runs(line.text())).toList();
		boolean[] headers = new boolean[printed.size()];
		for (int i = 0; i < headers.length; i++) {
			headers[i] = wideHeader(printed.get(i).text());
		}
		Map<Integer, Integer> spreads = spreads(printed, runs);
		if (!spreads.isEmpty()) {
			return spread(printed, runs, spreads);
		}
		// the page's width as most of its lines reach, not as a running header stretched to the far margin does
		int[] ends = runs.stream().filter(r -> !r.isEmpty()).mapToInt(r -> r.get(r.size() - 1).end()).sorted().toArray();
		int width = ends.length == 0 ? 0 : ends[ends.length * 9 / 10];
		int[] pages = pages(printed);
		int from = width * 3 / 10;
		int gutters = Math.max(0, width * 3 / 4 - from + 1);
		// one gutter for the document's columns; a page whose columns interleave has its own, as such a page's
		// columns may be set wider or narrower than the next page's
		int[] splits = new int[gutters];
		Map<Integer, int[]> interleavedOf = new java.util.TreeMap<>();
		Map<Integer, List<int[]>> regionsAt = new HashMap<>();
		for (int g = 0; g < gutters; g++) {
			for (int[] region : regionsAt.computeIfAbsent(from + g, gutter -> regions(runs, pages, gutter, headers))) {
				if (region[3] == 0) {
					splits[g] += region[2];
				}
				else {
					interleavedOf.computeIfAbsent(pages[region[0]], page -> new int[gutters])[g] += region[2];
				}
			}
		}
		Map<Integer, Integer> gutterOf = new HashMap<>();
		int best = leftmostBest(splits);
		for (int page : java.util.Arrays.stream(pages).distinct().toArray()) {
			int own = interleavedOf.containsKey(page) ? leftmostBest(interleavedOf.get(page)) : -1;
			if (own >= 0 || best >= 0) {
				gutterOf.put(page, from + (own >= 0 ? own : best));
			}
		}
		if (gutterOf.isEmpty()) {
			return printed;
		}
		List<BoxRows.Printed> read = new ArrayList<>(printed.size());
		int next = 0;
		for (int[] region : gutterOf.entrySet().stream().sorted(Map.Entry.comparingByKey())
			.flatMap(page -> regionsAt.computeIfAbsent(page.getValue(), gutter -> regions(runs, pages, gutter, headers)).stream()
				// an interleaved page is read by its own gutter, whatever its regions there; any other page by the
				// document's, as two columns side by side only
				.filter(region -> pages[region[0]] == page.getKey() && (interleavedOf.containsKey(page.getKey()) || region[3] == 0)))
			.toList()) {
			read.addAll(printed.subList(next, region[0]));
			read.addAll(columns(printed, runs, region[0], region[1], gutterOf.get(pages[region[0]])));
			next = region[1];
		}
		read.addAll(printed.subList(next, printed.size()));
		return read;
	}

	/**
	 * The leftmost gutter that parts nearly as many lines as the best, -1 when none parts any: a row spanning the page (a
	 * roster, 委員長　赤堀　達也　　副委員長　鈴木　恵子　　委員　増田　和彦) whose gap happens to fall further right parts nothing.
	 */
	private static int leftmostBest(int[] splits) {
		int bestSplit = java.util.Arrays.stream(splits).max().orElse(0);
		for (int g = 0; g < splits.length; g++) {
			if (splits[g] > 0 && splits[g] * 100 >= bestSplit * NEARLY_ALL) {
				return g;
			}
		}
		return -1;
	}

	private static final int TWIN_LENGTH = 6;

	/** How far left of the right page's running header its lines may start, in display columns. */
	private static final int SPREAD_MARGIN = 6;

	/**
	 * Pages printed two to a sheet (an A3 spread of two A4 pages): a line that carries the running header twice, or two
	 * page numbers, side by side. The gutter of each such page: where the right page's header starts, else halfway
	 * between the two numbers.
	 */
	private static Map<Integer, Integer> spreads(List<BoxRows.Printed> printed, List<List<Run>> runs) {
		Map<Integer, Integer> gutters = new HashMap<>();
		for (int i = 0; i < printed.size(); i++) {
			List<Run> line = runs.get(i);
			if (line.size() != 2) {
				continue;
			}
			String text = printed.get(i).text();
			String left = text.substring(line.get(0).from(), line.get(0).to()).strip();
			String right = text.substring(line.get(1).from(), line.get(1).to()).strip();
			int page = printed.get(i).page();
			if (left.equals(right) && left.length() >= TWIN_LENGTH && !left.matches("^[（(].*[）)]$")) {
				// （令和７年１月１日） under two figures side by side is the date of each, no running header
				// a header centred on its page stands as far into the right page as into the left one
				gutters.put(page, leftMargin(runs, printed, page) + line.get(1).start() - line.get(0).start());
			}
			else if (followingNumbers(left, right)) {
				gutters.putIfAbsent(page, (line.get(0).end() + line.get(1).start()) / 2);
			}
		}
		// the right page's lines may start a little left of its running header, as extraction sets them: of the
		// columns just left of the header, the one fewest lines of the page cross
		gutters.replaceAll((page, start) -> {
			int best = start;
			int fewest = Integer.MAX_VALUE;
			for (int gutter = start; gutter >= Math.max(1, start - SPREAD_MARGIN); gutter--) {
				int crossing = 0;
				for (int i = 0; i < printed.size(); i++) {
					if (printed.get(i).page() == page && side(runs.get(i), gutter) == Side.CROSSING) {
						crossing++;
					}
				}
				if (crossing < fewest) {
					fewest = crossing;
					best = gutter;
				}
			}
			return best;
		});
		return gutters;
	}

	/** Where the page's lines start, at the furthest left. */
	private static int leftMargin(List<List<Run>> runs, List<BoxRows.Printed> printed, int page) {
		int margin = Integer.MAX_VALUE;
		for (int i = 0; i < printed.size(); i++) {
			if (printed.get(i).page() == page && !runs.get(i).isEmpty()) {
				margin = Math.min(margin, runs.get(i).get(0).start());
			}
		}
		return margin;
	}

	/** － 3 －　　－ 4 －: two pages' numbers, one after the other. */
	private static boolean followingNumbers(String left, String right) {
		java.util.OptionalInt first = PageNumbers.dashed(left);
		java.util.OptionalInt second = PageNumbers.dashed(right);
		return first.isPresent() && second.isPresent() && second.getAsInt() == first.getAsInt() + 1;
	}

	/** Each spread page's lines, its left page's first, then its right page's; other pages as printed. */
	private static List<BoxRows.Printed> spread(List<BoxRows.Printed> printed, List<List<Run>> runs,
			Map<Integer, Integer> gutters) {
		List<BoxRows.Printed> read = new ArrayList<>(printed.size());
		int i = 0;
		while (i < printed.size()) {
			int page = printed.get(i).page();
			int end = i;
			while (end < printed.size() && printed.get(end).page() == page) {
				end++;
			}
			Integer gutter = gutters.get(page);
			if (gutter == null) {
				read.addAll(printed.subList(i, end));
			}
			else {
				read.addAll(columns(printed, runs, i, end, gutter));
			}
			i = end;
		}
		return read;
	}

	/** The runs of lines (from, to, lines split) that {@code gutter} parts into two columns of prose. */
	private static List<int[]> regions(List<List<Run>> runs, int[] pages, int gutter, boolean[] headers) {
		List<int[]> regions = new ArrayList<>();
		int from = 0;
		for (int i = 0; i <= runs.size(); i++) {
			boolean crossing = i < runs.size() && side(runs.get(i), gutter) == Side.CROSSING;
			if (i == runs.size() || crossing || i > from && pages[i] != pages[i - 1]) {
				// a page's columns end with the page
				int[] region = region(runs, from, i, gutter, headers);
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

	private static int[] region(List<List<Run>> runs, int from, int to, int gutter, boolean[] headers) {
		int split = 0;
		int prose = 0;
		int single = 0;
		int rightSingle = 0;
		int leftWidth = 0;
		int rightWidth = 0;
		int lastSplit = from;
		OneSided oneSided = new OneSided(from);
		for (int i = from; i < to; i++) {
			List<Run> line = runs.get(i);
			Side side = side(line, gutter);
			oneSided.add(i, line, side);
			if (side != Side.SPLIT) {
				continue;
			}
			if (headers[i] && line.subList(0, rightFrom(line, gutter)).size() >= 2 && line.size() - rightFrom(line, gutter) >= 2) {
				// 目標 | 取組内容 || 指標 | R5実績 | R6目標 | 担当課: one table's header across the gap, no two columns
				return null;
			}
			split++;
			lastSplit = i;
			int at = rightFrom(line, gutter);
			List<Run> left = line.subList(0, at);
			List<Run> right = line.subList(at, line.size());
			single += left.size() == 1 ? 1 : 0;
			rightSingle += right.size() == 1 ? 1 : 0;
			leftWidth += left.get(left.size() - 1).end() - left.get(0).start();
			rightWidth += right.get(right.size() - 1).end() - right.get(0).start();
			prose += left.stream().anyMatch(Run::prose) && right.stream().anyMatch(Run::prose) ? 1 : 0;
		}
		int above = from - 1;
		while (above >= 0 && runs.get(above).isEmpty()) {
			above--;
		}
		if (above >= 0 && headers[above] && side(runs.get(above), gutter) == Side.CROSSING) {
			// rows under a table's header that the gap runs through: the table's columns, not the page's
			return null;
		}
		boolean interleaved = oneSided.interleaved(split);
		if (!interleaved && (split < MIN_SPLIT_LINES || single * 10 < split * 7 || rightSingle * 2 < split || leftWidth < split * MIN_COLUMN
				|| rightWidth < split * MIN_COLUMN / 2 || prose < MIN_PROSE_LINES || prose * 10 < split * 4)) {
			return null;
		}
		// lines of one side after both columns end, past a blank line (参加委員 over a roster spanning the page), follow
		// the columns rather than join one of them
		int end = (interleaved ? Math.max(lastSplit, oneSided.last) : lastSplit) + 1;
		while (end < to && !runs.get(end).isEmpty()) {
			end++;
		}
		return new int[] { from, end, interleaved ? split + Math.min(oneSided.left, oneSided.right) : split, interleaved ? 1 : 0 };
	}

	/** A region's lines holding one column's piece only, and how they take turns. */
	private static final class OneSided {

		int last;

		int left;

		int right;

		int leftProse;

		int rightProse;

		int rightOneRun;

		int alternations;

		int turns;

		int longestTurns;

		Side previous;

		OneSided(int from) {
			this.last = from;
		}

		void add(int at, List<Run> line, Side side) {
			if (side != Side.LEFT && side != Side.RIGHT) {
				this.turns = 0;
				// a line across both columns starts the turns again
				this.previous = side == Side.SPLIT ? null : this.previous;
				return;
			}
			boolean prose = line.stream().anyMatch(Run::prose);
			boolean turned = this.previous != null && this.previous != side;
			this.last = at;
			this.left += side == Side.LEFT ? 1 : 0;
			this.right += side == Side.RIGHT ? 1 : 0;
			this.rightOneRun += side == Side.RIGHT && line.size() == 1 ? 1 : 0;
			this.leftProse += side == Side.LEFT && prose ? 1 : 0;
			this.rightProse += side == Side.RIGHT && prose ? 1 : 0;
			this.alternations += turned ? 1 : 0;
			this.turns = turned ? this.turns + 1 : 0;
			this.longestTurns = Math.max(this.longestTurns, this.turns);
			this.previous = side;
		}

		/** The columns' lines set at heights of their own, each line holding one column's piece, turn by turn. */
		boolean interleaved(int split) {
			return this.alternations >= MIN_ALTERNATIONS && this.left >= MIN_SPLIT_LINES && this.right >= MIN_SPLIT_LINES
					&& this.leftProse >= MIN_PROSE_LINES && this.rightProse >= MIN_PROSE_LINES
					&& this.alternations * 2 >= Math.min(this.left, this.right)
					// a table's rows, their last cell wrapped onto lines of its own, hold both sides on most lines
					&& this.left >= split && this.right >= split
					// a table's rows centred on their middle line alternate sides for a line or two round it at most
					&& this.longestTurns >= MIN_TURNS
					// a third column beside the second puts two runs on most of the right side's lines
					&& this.rightOneRun * 10 >= this.right * 7;
		}
	}

	private static Side side(List<Run> line, int gutter) {
		if (line.isEmpty()) {
			return Side.BLANK;
		}
		int at = rightFrom(line, gutter);
		if (at < 0) {
			return Side.CROSSING;
		}
		return at > 0 && at < line.size() ? Side.SPLIT : at > 0 ? Side.LEFT : Side.RIGHT;
	}

	/**
	 * Where the right column's runs of a line begin: the first run that starts at the gutter or beyond, the runs before
	 * it ending short of the gutter or, where the left column's line is one run set a little wider than the rest
	 * (10月16日（水）午後１時30分～３時), just past it, before a gap. The line's size when all of it is left of the gutter;
	 * -1 when a run crosses the gutter with no gap after it there.
	 */
	private static int rightFrom(List<Run> line, int gutter) {
		for (int i = 0; i < line.size(); i++) {
			Run run = line.get(i);
			if (run.start() >= gutter) {
				return i;
			}
			if (run.end() > gutter && (i > 0 || run.end() > gutter + SLACK || i + 1 == line.size())) {
				return -1;
			}
		}
		return line.size();
	}

	/** The lines of a region, the left column's first, then the right column's; each keeps its number. */
	private static List<BoxRows.Printed> columns(List<BoxRows.Printed> printed, List<List<Run>> runs, int from, int to, int gutter) {
		// the right column's margin is where most of its lines start; a line that starts left of it starts at it
		int[] rightAt = new int[to - from];
		Map<Integer, Integer> starts = new HashMap<>();
		for (int i = from; i < to; i++) {
			int at = Math.max(0, rightFrom(runs.get(i), gutter));
			rightAt[i - from] = at;
			if (at < runs.get(i).size()) {
				starts.merge(runs.get(i).get(at).start(), 1, Integer::sum);
			}
		}
		int rightMargin = starts.entrySet().stream()
			.max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
			.map(Map.Entry::getKey).orElse(gutter);
		List<BoxRows.Printed> left = new ArrayList<>();
		List<BoxRows.Printed> right = new ArrayList<>();
		for (int i = from; i < to; i++) {
			BoxRows.Printed line = printed.get(i);
			String text = line.text();
			int cut = text.length();
			int rightStart = -1;
			int at = rightAt[i - from];
			if (at < runs.get(i).size()) {
				cut = runs.get(i).get(at).from();
				rightStart = runs.get(i).get(at).start();
			}
			left.add(new BoxRows.Printed(text.substring(0, cut).stripTrailing(), line.number(), line.page()));
			String rest = rightStart < 0 ? "" : " ".repeat(Math.max(0, rightStart - rightMargin)) + text.substring(cut).stripTrailing();
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
	static List<Run> runs(String text) {
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

	/** A line of a table's header: four labels or more (目  標, 取組内容, 指標, R5実績 …), none a sentence. */
	private static boolean wideHeader(String text) {
		String closed = NamedRowBlocks.closed(text);
		List<KeyedRowBlocks.Segment> labels = KeyedRowBlocks.segments(closed);
		// 保育・子育て推進部  児童家庭支援担当: names side by side in two columns, not words that head a table's columns
		return NamedRowBlocks.labelsOnly(closed) && labels.size() >= 4
				&& labels.stream().filter(label -> Words.isHeaderCell(NamedRowBlocks.unclosed(label.text()))).count() * 4 >= labels.size() * 3;
	}

	/** Words of a sentence: eight kana or kanji and at least one hiragana. */
	private static boolean prose(String text) {
		return text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
				|| Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
				|| Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA).count() >= 8
				&& text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA);
	}
}
