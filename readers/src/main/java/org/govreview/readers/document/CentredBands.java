package org.govreview.readers.document;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govreview.readers.text.DisplayWidth;

/**
 * A numbered table whose cells pdftotext -layout prints centred in their rows, with no blank line between the rows, so
 * that two wrapped columns interleave: a short title's lines stand between the lines of a long account, the row's
 * number and its marks beside the middle line, the title's last word perhaps on the account's last line. Each row is
 * the band of lines around its number (or around a row's figures where it has no number, a 小計 row), the lines
 * between two numbers shared so that each number stands near the middle of its band without cutting a text that runs
 * on; each column's pieces of a band are joined in order, and the table is written as tab-separated rows under a
 * header of one row. Lines starting left of the numbers (a group's heading across the table) stay as they are. Rows
 * set at the bottom of their band (Excel's default) are read the same way, and so are Word tables whose rows are
 * numbered ① … at the left of their first column, each row from its number to the next. A table is read so only where
 * its columns stand apart and bands round or up to the numbers cost less than bands from them down; otherwise it is
 * left as printed to the readers of rows. Not thread-safe: one instance reads one table.
 */
final class CentredBands {

	/** 1, 12, 1-3: a row's number at the left of its line. */
	private static final Pattern KEY = Pattern.compile("^( *)(" + CentredKeys.ROW_KEY + ")(?= |$)");

	/** 4, 56.7%, Ａ, ◎: a short figure or mark, as a column of marks holds. */
	private static final Pattern FIGURE = Pattern
		.compile("^(?:[0-9０-９]{1,3}(?:[.．][0-9０-９]{1,2})?\\s*[%％点]?|[A-EＡ-Ｅa-eａ-ｅSＳ]|[◎○〇●△▲×✕■□☆★◇◆]|[-－―‐])$");

	/** How far from the next column's start a space may part a piece running into that column. */
	private static final int CROSSING = 6;

	/** How far past a column's start a cell may start and still be that column's. */
	private static final int LATE_START = 3;

	/** Cutting a text after a line that fills its column, which the next line goes on from. */
	private static final int RUNS_ON = 3;

	/** How much of the widest text's width a line fills, in tenths, to run on into the next. */
	private static final int FULL_TENTHS = 9;

	private static final int MIN_KEYS = 3;

	/** A line opening with a bullet or a bracket: a heading or a note, never a header's words. */
	private static final Pattern NO_HEADER_WORD = Pattern.compile("^[◆◇■□●○◎★☆【〔（(※・]");


	/** How many lines a page's running head may take. */
	private static final int RUNNING_HEAD = 3;

	/** How many lines a page's foot, the next page's head and a note between may take. */
	private static final int PAGE_TURN = 24;

	/** A space between two Japanese characters, as a justified line spaces them out. */
	private static final Pattern LETTER_SPACED = Pattern
		.compile("(?<=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー、。「」（）・]) (?=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー、。「」（）・])");

	/** 担当課, 所管部署: the header of a column of offices. */
	private static final Pattern OFFICE_HEADER = Pattern.compile("課$|担当|所管|部署|部局");

	/** ①, ⑫: a row's number at the left of its first column, the row's title after it. */
	private static final Pattern CIRCLED_KEY = Pattern.compile("^( ?)([\\x{2460}-\\x{2473}\\x{3251}-\\x{325F}\\x{32B1}-\\x{32BF}])");

	/** How wide a header's word may be: 令和６年度の取組状況. */
	private static final int HEADER_WORD = 24;

	/** How wide, at least, a column of text is before another that touches it starts. */
	private static final int ABUTTING = 12;

	/** 1,234, 98.6（R2）, （R7）: a piece that is a figure, which a column sets to the right. */
	private static final Pattern NUMBER_START = Pattern.compile("^[-－―0-9０-９,.．%％（(）)R元HＲ]+$|^[0-9０-９]");

	/** 集計中, 未実施: a word standing for a figure. */
	private static final int SHORT_WORD = 4;

	/** A gutter is crossed by at most one line in this many. */
	private static final int GUTTER_SHARE = 10;

	/** A band with no text in a wrapped column. */
	private static final int EMPTY_ROW = 2;

	/** How many lines a column has for ten rows, at least, to be one whose cells wrap. */
	private static final int WRAPPED_TENTHS = 13;

	private static final int HEADER_ABOVE = 2;

	/** What two figures in one column of a band cost: more than any cut or empty cell. */
	private static final int CLASH = 1000;

	private final List<BoxRows.Printed> lines;

	private final int header;

	private int top;

	private int bodyStart;

	private int bodyEnd;

	private int keyStart = Integer.MAX_VALUE;

	private int keyEnd;

	private final List<Integer> keys = new ArrayList<>();

	/** The table's lines as printed, where they were set out again by display width; null where they were not. */
	private List<BoxRows.Printed> unaligned;

	/** Lines inside the table that belong to the page: its foot, the next page's running head. */
	private final java.util.Set<Integer> furniture = new java.util.HashSet<>();

	private final List<Integer> columns = new ArrayList<>();

	/** Per column, whether it holds short figures or marks, one line a row. */
	private boolean[] figures;

	/** Per column, whether its cells wrap: more lines of it than rows. */
	private boolean[] wrapped;

	/** Per column, its widest text. */
	private int[] widest;

	/** Per column, the display span its body's cells cover: from the leftmost start to the rightmost end. */
	private int[] spanStart;

	private int[] spanEnd;

	/** Per body line (from bodyStart), its cells by column, null for a line across the table. */
	private final List<String[]> cells = new ArrayList<>();

	/** Whether the rows are numbered ①, ② … at the left of their first column rather than in a No. column. */
	private final boolean circled;

	private CentredBands(List<BoxRows.Printed> lines, int header, boolean circled) {
		this.lines = lines;
		this.header = header;
		this.circled = circled;
	}

	static List<BoxRows.Printed> joined(List<BoxRows.Printed> printed) {
		List<BoxRows.Printed> out = new ArrayList<>(printed);
		for (int i = 0; i < out.size(); i++) {
			boolean circled = !isKeyHeader(out.get(i).text());
			if (!circled || isCircledHeader(out, i)) {
				CentredBands table = new CentredBands(out, i, circled);
				List<BoxRows.Printed> rows = table.read();
				if (rows == null && table.unaligned != null) {
					// a table not read so keeps its lines as printed
					for (int j = 0; j < table.unaligned.size(); j++) {
						out.set(table.top + j, table.unaligned.get(j));
					}
				}
				if (rows != null) {
					out.subList(table.top, table.bodyEnd).clear();
					out.addAll(table.top, rows);
					i = table.top + rows.size() - 1;
				}
			}
		}
		return out;
	}

	/**
	 * 公約項目 | 取組状況 | 評価 | 所管課 over a row numbered ①: short words over the columns, the first row straight
	 * under them.
	 */
	private static boolean isCircledHeader(List<BoxRows.Printed> lines, int at) {
		String text = lines.get(at).text();
		if (at + 1 >= lines.size() || text.isBlank() || text.indexOf('\t') >= 0 || text.contains("。") || text.contains("、")
				|| !CIRCLED_KEY.matcher(lines.get(at + 1).text()).lookingAt()) {
			return false;
		}
		List<int[]> segments = CharacterColumns.cells(text);
		return segments.size() >= 3 && segments.stream().allMatch(s -> DisplayWidth.of(text, s[0], s[1]) <= HEADER_WORD);
	}

	private static boolean isKeyHeader(String text) {
		if (text.indexOf('\t') >= 0) {
			return false;
		}
		Matcher header = CentredKeys.KEY_HEADER.matcher(text);
		return header.find() && text.substring(0, header.start()).isBlank() && CharacterColumns.cells(text).size() >= 3;
	}

	private List<BoxRows.Printed> read() {
		String headerText = this.lines.get(this.header).text();
		Matcher no = CentredKeys.KEY_HEADER.matcher(headerText);
		boolean headed = no.find();
		int noStart = headed ? DisplayWidth.of(headerText, 0, no.start()) : 0;
		int noEnd = headed ? DisplayWidth.of(headerText, 0, no.end()) : 0;
		int page = this.lines.get(this.header).page();
		// a blank line under the header, as a sheet's header row printed taller than its text leaves
		int first = this.header + 1 < this.lines.size() && this.lines.get(this.header + 1).text().isBlank() ? this.header + 2
				: this.header + 1;
		this.bodyEnd = first;
		int from = first;
		while (true) {
			// a stretch of lines up to a blank line, over a page's turn where no header comes again
			int end = from;
			List<Integer> found = new ArrayList<>();
			while (end < this.lines.size() && !this.lines.get(end).text().isBlank() && this.lines.get(end).text().indexOf('\t') < 0
					&& !(end > from && headsColumns(end))) {
				if (this.circled ? CIRCLED_KEY.matcher(this.lines.get(end).text()).lookingAt()
						: isKey(this.lines.get(end).text(), noStart, noEnd)) {
					found.add(end);
				}
				end++;
			}
			if (found.isEmpty() && from > first) {
				break;
			}
			for (int j = this.bodyEnd; j < from; j++) {
				this.furniture.add(j);
			}
			for (int j : found) {
				this.keys.add(j);
				widenKeySpan(j);
			}
			this.bodyEnd = end;
			if (this.circled || this.keys.isEmpty()) {
				break;
			}
			int turned = pastPageTurn(end);
			if (turned > end && turned < this.lines.size() && !headsColumns(turned)) {
				// the rows go on over the page: its foot and the next page's running head are no part of them
				from = turned;
				continue;
			}
			if (end + 1 >= this.lines.size() || !this.lines.get(end).text().isBlank() || this.lines.get(end + 1).text().isBlank()
					|| this.lines.get(end + 1).page() != this.lines.get(end).page()
					|| DisplayWidth.indent(this.lines.get(end + 1).text()) > this.keyEnd
					|| isKey(this.lines.get(end + 1).text(), noStart, noEnd)) {
				// past a blank line only a group's heading across the table goes on with it: rows a blank line
				// apart are read by the numbers' own rules
				break;
			}
			from = end + 1;
		}
		if (this.keys.size() < MIN_KEYS || goesOnOverThePage(page)) {
			return null;
		}
		this.bodyStart = first;
		while (this.bodyStart < this.keys.get(0) && isHeaderLine(this.lines.get(this.bodyStart).text())) {
			this.bodyStart++;
		}
		this.top = this.header;
		while (this.top > 0 && this.header - this.top < HEADER_ABOVE && this.lines.get(this.top - 1).page() == page
				&& isHeaderLine(this.lines.get(this.top - 1).text())
				// ◆ 子育て, 【重点】, （単位：％）: a heading or a unit over the table, no word of its header
				&& !NO_HEADER_WORD.matcher(this.lines.get(this.top - 1).text().strip()).lookingAt()
				&& !this.lines.get(this.top - 1).text().contains("単位")) {
			this.top--;
		}
		alignedForTheEye();
		if (!readColumns()) {
			return null;
		}
		for (int j = this.bodyStart; j < this.bodyEnd; j++) {
			this.cells.add(across(j) ? null : cellsOf(j));
		}
		readWidths();
		figurePairsParted();
		List<Integer> centres = centres();
		readWrapped(centres.size());
		if (this.circled) {
			// ① at the top of each row, the row's text under it: bands from each number to the next
			int[] fromTops = alignedStarts(centres, true, this.bodyStart);
			return fromTops == null || cost(centres, fromTops, false, this.bodyStart) == Integer.MAX_VALUE || twoMarksInABand(centres, fromTops)
					|| !mostlyWrapped(centres, fromTops) ? null : written(centres, fromTops);
		}
		int[] centred = bands(centres);
		int[] fromBottoms = alignedStarts(centres, false, this.bodyStart);
		int centredCost = cost(centres, centred, true, this.bodyStart);
		int bottomCost = cost(centres, fromBottoms, false, this.bodyStart);
		if (topCost(centres) <= Math.min(centredCost, bottomCost)) {
			// rows printed from their tops, as most tables are: the other readers of rows take them
			return null;
		}
		int[] chosen = bottomCost <= centredCost ? fromBottoms : centred;
		return twoMarksInABand(centres, chosen) ? null : written(centres, chosen);
	}

	/**
	 * Whether the table's rows go on over the page with no header of their own (5-3 at a page's foot, 5-4 at the next
	 * page's top): such a table is left whole to the readers of rows, which carry its header over the page.
	 */
	private boolean goesOnOverThePage(int page) {
		for (int j = this.bodyEnd; j < Math.min(this.lines.size(), this.bodyEnd + PAGE_TURN); j++) {
			String text = this.lines.get(j).text();
			Matcher header = CentredKeys.KEY_HEADER.matcher(text);
			if (header.find() && text.substring(0, header.start()).isBlank() || isCircledHeader(this.lines, j)) {
				return false;
			}
			if (this.lines.get(j).page() != page && (this.circled ? CIRCLED_KEY : KEY).matcher(text).lookingAt()
					&& DisplayWidth.indent(text) <= this.keyEnd + 2) {
				return true;
			}
		}
		return false;
	}

	/** A header of the columns again, as the next page repeats it: a new table. */
	private boolean headsColumns(int j) {
		String text = this.lines.get(j).text();
		if (this.circled) {
			// the table's own header again, word for word: no row's last line that happens to be short
			return text.replaceAll("[\\s　]", "").equals(this.lines.get(this.header).text().replaceAll("[\\s　]", ""));
		}
		return isKeyHeader(text);
	}

	/**
	 * What bands from each number down would cost, a line or two over the first number (a caption, a header's
	 * second line) left out: a table printed from its rows' tops with something above it is no centred one.
	 */
	private int topCost(List<Integer> centres) {
		int[] starts = alignedStarts(centres, true, this.bodyStart);
		if (starts != null) {
			return cost(centres, starts, false, this.bodyStart);
		}
		int first = this.bodyStart;
		while (first < this.bodyEnd && !this.keys.contains(first) && first - this.bodyStart < HEADER_ABOVE) {
			first++;
		}
		if (first >= this.bodyEnd || !this.keys.contains(first) || !centres.get(0).equals(first)) {
			return Integer.MAX_VALUE;
		}
		return cost(centres, alignedStarts(centres, true, first), false, first);
	}

	/** Whether most rows run over several lines: rows of a line each are left to the readers of rows. */
	private boolean mostlyWrapped(List<Integer> centres, int[] starts) {
		int wrapped = 0;
		for (int k = 0; k < centres.size(); k++) {
			wrapped += bandEnd(k, starts) - starts[k] > 1 ? 1 : 0;
		}
		return wrapped * 2 >= centres.size();
	}

	/** Where the k-th band ends: where the next starts, or at the body's end. */
	private int bandEnd(int k, int[] starts) {
		return k + 1 < starts.length ? starts[k + 1] : this.bodyEnd;
	}

	/** Whether some band holds a figure or mark of one column on two of its lines: two rows taken for one. */
	private boolean twoMarksInABand(List<Integer> centres, int[] starts) {
		for (int k = 0; k < centres.size(); k++) {
			if (columnsWithTwoFigures(starts[k], bandEnd(k, starts)) > 0) {
				return true;
			}
		}
		return false;
	}

	/** How many columns of figures hold two figures or more on lines {@code from} to {@code to}. */
	private int columnsWithTwoFigures(int from, int to) {
		int clashes = 0;
		for (int c = 1; c < this.columns.size(); c++) {
			if (!this.figures[c]) {
				continue;
			}
			int marks = 0;
			for (int j = from; j < to && j < this.bodyEnd; j++) {
				String[] row = row(j);
				marks += row != null && row[c] != null && FIGURE.matcher(row[c]).matches() ? 1 : 0;
			}
			clashes += marks > 1 ? 1 : 0;
		}
		return clashes;
	}

	/**
	 * Where the rows go on past the blank lines and the foot of a page (2/3, - 2 -) and the running head of the next
	 * (a few lines over a blank line); -1 where no page turns there.
	 */
	private int pastPageTurn(int end) {
		int j = end;
		int page = this.lines.get(end - 1).page();
		while (j < this.lines.size() && this.lines.get(j).page() == page
				&& (this.lines.get(j).text().isBlank() || PageNumbers.isPageNumber(this.lines.get(j).text()))) {
			j++;
		}
		if (j >= this.lines.size() || this.lines.get(j).page() == page) {
			return -1;
		}
		int head = j;
		while (head < this.lines.size() && head - j <= RUNNING_HEAD && !this.lines.get(head).text().isBlank()) {
			head++;
		}
		if (head - j <= RUNNING_HEAD && head < this.lines.size()) {
			j = head;
		}
		while (j < this.lines.size() && this.lines.get(j).text().isBlank()) {
			j++;
		}
		return j;
	}

	private static boolean isKey(String text, int noStart, int noEnd) {
		Matcher key = KEY.matcher(text);
		if (!key.lookingAt()) {
			return false;
		}
		int start = DisplayWidth.of(text, 0, key.start(2));
		int end = DisplayWidth.of(text, 0, key.end(2));
		return start <= noEnd + 2 && end >= noStart - 1;
	}

	/** The row's number at the start of a line known to hold one, matched. */
	private Matcher keyOf(String text) {
		Matcher key = (this.circled ? CIRCLED_KEY : KEY).matcher(text);
		key.lookingAt();
		return key;
	}

	/**
	 * The table's lines set out by display width where they line up by characters (a text laid out by pdftotext and
	 * printed again): the columns below are measured by the eye's width.
	 */
	private void alignedForTheEye() {
		List<String> texts = new ArrayList<>();
		for (int j = this.top; j < this.bodyEnd; j++) {
			texts.add(this.lines.get(j).text());
		}
		List<String> aligned = CharacterColumns.displayAligned(texts, false);
		if (aligned == texts) {
			return;
		}
		this.unaligned = new ArrayList<>(this.lines.subList(this.top, this.bodyEnd));
		for (int j = this.top; j < this.bodyEnd; j++) {
			this.lines.set(j, CentredKeys.with(this.lines.get(j), aligned.get(j - this.top)));
		}
		this.keyStart = Integer.MAX_VALUE;
		this.keyEnd = 0;
		this.keys.forEach(this::widenKeySpan);
	}

	/** The numbers' column widened to take the number on line {@code j}. */
	private void widenKeySpan(int j) {
		String text = this.lines.get(j).text();
		Matcher key = keyOf(text);
		this.keyStart = Math.min(this.keyStart, DisplayWidth.of(text, 0, key.start(2)));
		this.keyEnd = Math.max(this.keyEnd, DisplayWidth.of(text, 0, key.end(2)));
	}

	/** A header's line: short words over the columns, none under the numbers. */
	private boolean isHeaderLine(String text) {
		if (text.isBlank() || text.indexOf('\t') >= 0 || KEY.matcher(text).lookingAt()) {
			return false;
		}
		List<int[]> segments = CharacterColumns.cells(text);
		int first = DisplayWidth.indent(text);
		if (this.keyEnd > 0 && first <= this.keyEnd) {
			return false;
		}
		// （R2） R4 R5 R6 （R7）: the years under a header's words, however many columns they head
		return segments.size() <= 4 && segments.stream().allMatch(s -> DisplayWidth.of(text, s[0], s[1]) <= 12)
				|| segments.size() >= 2 && segments.stream().allMatch(s -> YEAR_HEAD.matcher(text.substring(s[0], s[1]).strip()).matches());
	}

	/** R4, （R2）, 令和５年度, H30: a column's year in a header. */
	private static final Pattern YEAR_HEAD = Pattern.compile("[（(]?(?:R|H|令和|平成)\\s*[0-9０-９元]{1,2}(?:年度?)?[）)]?");

	/** A line starting under or left of the numbers that is no number: a heading across the table. */
	private boolean across(int j) {
		String text = this.lines.get(j).text();
		return !this.keys.contains(j) && (text.isBlank() || this.furniture.contains(j) || PageNumbers.isPageNumber(text)
				|| !this.circled && DisplayWidth.indent(text) <= this.keyEnd);
	}

	/**
	 * The columns: the numbers' first, then each stretch of the page the body's lines fill, between gutters that few
	 * lines cross (a title run on into the next column by a single space). Figures set right and text set left fill
	 * their stretches alike.
	 */
	private boolean readColumns() {
		int counted = 0;
		int[] coverage = new int[0];
		int[] textStarts = new int[0];
		for (int j = this.bodyStart; j < this.bodyEnd; j++) {
			if (across(j)) {
				continue;
			}
			counted++;
			String text = this.lines.get(j).text();
			for (int[] piece : pieces(j)) {
				if (piece[3] >= coverage.length) {
					coverage = java.util.Arrays.copyOf(coverage, piece[3] + 1);
					textStarts = java.util.Arrays.copyOf(textStarts, piece[3] + 1);
				}
				for (int x = piece[2]; x < piece[3]; x++) {
					coverage[x]++;
				}
				textStarts[piece[2]] += NUMBER_START.matcher(text.substring(piece[0], piece[1])).lookingAt() ? 0 : 1;
			}
		}
		int threshold = Math.max(2, counted / GUTTER_SHARE);
		int filled = Math.max(2, this.keys.size() / 3);
		this.columns.add(this.keyStart);
		List<Integer> ends = new ArrayList<>();
		ends.add(this.keyEnd);
		int x = this.keyEnd + 1;
		boolean abutted = false;
		while (x < coverage.length) {
			if (coverage[x] <= threshold) {
				x++;
				continue;
			}
			int start = x;
			int peak = 0;
			boolean split = false;
			while (x < coverage.length && coverage[x] > threshold) {
				peak = Math.max(peak, coverage[x]);
				x++;
				if (x - start >= ABUTTING && startsNear(textStarts, x) >= filled && startsNear(textStarts, x) > startsNear(textStarts, x - 1)
						&& startsNear(textStarts, x) >= startsNear(textStarts, x + 1)) {
					// two columns of text that touch, the second's lines starting at one place: the first ends there
					x -= 2;
					while (textStarts[x] == 0) {
						x++;
					}
					split = true;
					break;
				}
			}
			if (peak >= filled && this.columns.size() > 1 && start - ends.get(ends.size() - 1) < 2 && !abutted) {
				// 3 and 4 a place apart in one column: no gutter, which two spaces at least make
				ends.set(ends.size() - 1, x);
			}
			else if (peak >= filled) {
				// a stretch few rows fill (one row's figure pushed aside) is no column
				this.columns.add(start);
				ends.add(x);
			}
			abutted = split;
		}
		this.spanStart = new int[this.columns.size()];
		this.spanEnd = new int[this.columns.size()];
		for (int c = 0; c < this.columns.size(); c++) {
			this.spanStart[c] = this.columns.get(c);
			this.spanEnd[c] = ends.get(c);
		}
		return this.columns.size() >= 4;
	}

	/** How many pieces of text start within a couple of display columns of {@code x}. */
	private static int startsNear(int[] textStarts, int x) {
		int count = 0;
		for (int d = -2; d <= 2; d++) {
			count += x + d >= 0 && x + d < textStarts.length ? textStarts[x + d] : 0;
		}
		return count;
	}

	/**
	 * A line's pieces apart by two spaces, without a number's key: {from, to} in characters, {start, end} in display
	 * columns.
	 */
	private List<int[]> pieces(int j) {
		String text = this.lines.get(j).text();
		List<int[]> pieces = new ArrayList<>();
		for (int[] segment : CharacterColumns.cells(text)) {
			int from = segment[0];
			if (this.keys.contains(j) && DisplayWidth.of(text, 0, from) < this.keyEnd) {
				Matcher key = keyOf(text);
				from = Math.max(from, key.end(2));
				while (from < segment[1] && text.charAt(from) == ' ') {
					from++;
				}
				if (from >= segment[1]) {
					continue;
				}
			}
			pieces.add(new int[] { from, segment[1], DisplayWidth.of(text, 0, from), DisplayWidth.of(text, 0, segment[1]) });
		}
		return pieces;
	}

	/**
	 * A line's cells by column: each piece in the column it overlaps most, a piece running into the next column cut at a
	 * single space near that column's start.
	 */
	private String[] cellsOf(int j) {
		String text = this.lines.get(j).text();
		String[] row = new String[this.columns.size()];
		if (this.keys.contains(j)) {
			row[0] = keyOf(text).group(2);
		}
		for (int[] piece : pieces(j)) {
			int from = piece[0];
			int column = columnAt(piece[2], piece[3]);
			while (column + 1 < this.columns.size()) {
				int cut = spaceNear(text, from, piece[1], this.columns.get(column + 1));
				if (cut < 0) {
					break;
				}
				put(row, column, text.substring(from, cut));
				from = cut + 1;
				column++;
			}
			put(row, column, text.substring(from, piece[1]));
		}
		return row;
	}

	private static void put(String[] row, int column, String text) {
		// 保育料 を 所 得 制 限 な し で: a justified line spaced out to its cell's width
		String piece = LETTER_SPACED.matcher(text.strip()).replaceAll("");
		if (!piece.isEmpty()) {
			row[column] = row[column] == null ? piece : row[column] + " " + piece;
		}
	}

	/** The column a piece starts in, or where it starts in a gutter, the column after it. */
	private int columnAt(int start, int end) {
		int best = 1;
		int bestScore = Integer.MIN_VALUE;
		for (int c = 1; c < this.columns.size(); c++) {
			int overlap = Math.min(end, this.spanEnd[c]) - Math.max(start, this.spanStart[c]);
			int score = overlap > 0 && start >= this.spanStart[c] - LATE_START ? Integer.MAX_VALUE / 2 - c : overlap;
			if (score > bestScore) {
				best = c;
				bestScore = score;
			}
		}
		return best;
	}

	/** A single space where a piece crosses into the next column, if the piece reaches past that column's start. */
	private static int spaceNear(String text, int from, int to, int next) {
		if (DisplayWidth.of(text, 0, to) <= next + LATE_START) {
			return -1;
		}
		int best = -1;
		int bestDistance = CROSSING + 1;
		for (int k = from + 1; k < to; k++) {
			if (text.charAt(k) == ' ') {
				int distance = Math.abs(DisplayWidth.of(text, 0, k + 1) - next);
				if (distance < bestDistance) {
					best = k;
					bestDistance = distance;
				}
			}
		}
		return best;
	}

	private void readWidths() {
		int n = this.columns.size();
		this.figures = new boolean[n];
		this.widest = new int[n];
		int[] filled = new int[n];
		int[] figured = new int[n];
		for (String[] row : this.cells) {
			if (row == null) {
				continue;
			}
			for (int c = 1; c < n; c++) {
				if (row[c] != null) {
					filled[c]++;
					figured[c] += FIGURE.matcher(row[c]).matches() ? 1 : 0;
					this.widest[c] = Math.max(this.widest[c], DisplayWidth.of(row[c]));
				}
			}
		}
		for (int c = 1; c < n; c++) {
			this.figures[c] = filled[c] > 0 && figured[c] * 10 >= filled[c] * 6;
		}
	}

	/** 64.0% 68.0%, 1.31 集計中: two columns' figures a single space apart, read as one piece, parted. */
	private void figurePairsParted() {
		int n = this.columns.size();
		for (String[] row : this.cells) {
			for (int c = 1; row != null && c + 1 < n; c++) {
				String[] pair = row[c] == null ? new String[0] : row[c].split(" ");
				if (this.figures[c] && this.figures[c + 1] && row[c + 1] == null && pair.length == 2
						&& FIGURE.matcher(pair[0]).matches() && (FIGURE.matcher(pair[1]).matches() || pair[1].length() <= SHORT_WORD)) {
					row[c] = pair[0];
					row[c + 1] = pair[1];
				}
			}
		}
	}

	private void readWrapped(int rows) {
		int n = this.columns.size();
		this.wrapped = new boolean[n];
		int[] lineCount = new int[n];
		for (String[] row : this.cells) {
			for (int c = 1; row != null && c < n; c++) {
				lineCount[c] += row[c] != null ? 1 : 0;
			}
		}
		for (int c = 1; c < n; c++) {
			this.wrapped[c] = !this.figures[c] && lineCount[c] * 10 >= rows * WRAPPED_TENTHS;
		}
	}

	/** The lines rows are centred on: the numbers', and a numberless row's figures (小計) far from any number. */
	private List<Integer> centres() {
		List<Integer> centres = new ArrayList<>();
		for (int j = this.bodyStart; j < this.bodyEnd; j++) {
			if (this.keys.contains(j)) {
				centres.add(j);
			}
			else if (!this.circled && row(j) != null && hasFigure(row(j)) && !nearKey(j)) {
				centres.add(j);
			}
			else if (!this.circled && row(j) != null && labelsRow(row(j)) && !this.keys.contains(j + 1)) {
				// 【分野の所見】 beside the field's closing remarks: a numberless row of its own; 【新規】 over a number's
				// line is that row's tag
				centres.add(j);
			}
		}
		return centres;
	}

	/** A row whose first cell of text, under the numbers or beside them, is a bracketed label and nothing more. */
	private static boolean labelsRow(String[] row) {
		for (int c = 0; c < Math.min(2, row.length); c++) {
			if (row[c] != null) {
				return Words.isRowLabel(row[c]);
			}
		}
		return false;
	}

	private boolean nearKey(int j) {
		return this.keys.contains(j - 1) || this.keys.contains(j + 1);
	}

	private boolean hasFigure(String[] row) {
		for (int c = 1; c < row.length; c++) {
			if (this.figures[c] && row[c] != null) {
				return true;
			}
		}
		return false;
	}

	private String[] row(int j) {
		return this.cells.get(j - this.bodyStart);
	}

	/** Where each band starts, run by run between lines across the table, each centre near its band's middle. */
	private int[] bands(List<Integer> centres) {
		int[] starts = new int[centres.size()];
		for (int[] run : runs(centres, this.bodyStart)) {
			if (run[2] == run[3]) {
				continue;
			}
			List<Integer> inRun = centres.subList(run[2], run[3]);
			int[] gaps = new int[inRun.size() - 1];
			for (int g = 0; g + 1 < inRun.size(); g++) {
				gaps[g] = inRun.get(g + 1) - inRun.get(g) - 1;
			}
			int[] above = CentredLabels.aboves(inRun.get(0) - run[0], gaps, run[1] - 1 - inRun.get(inRun.size() - 1),
					(g, up, taken) -> cutCost(inRun.get(g) + taken + 1, inRun.get(g) - up)
							+ emptyCost(inRun.get(g) - up, inRun.get(g) + taken + 1)
							+ clashCost(inRun.get(g) - up, inRun.get(g) + taken + 1));
			for (int g = 0; g < inRun.size(); g++) {
				starts[run[2] + g] = inRun.get(g) - above[g];
			}
		}
		return starts;
	}

	/**
	 * Each band starting on its centre's line ({@code fromTop}) or ending on it, the body read from line {@code from};
	 * null where a run's text stands before its first centre or after its last, which such bands would leave out.
	 */
	private int[] alignedStarts(List<Integer> centres, boolean fromTop, int from) {
		int[] starts = new int[centres.size()];
		for (int[] run : runs(centres, from)) {
			if (run[2] == run[3]) {
				continue;
			}
			if (fromTop ? hasText(run[0], centres.get(run[2])) : hasText(centres.get(run[3] - 1) + 1, run[1])) {
				return null;
			}
			for (int k = run[2]; k < run[3]; k++) {
				starts[k] = fromTop ? centres.get(k) : k == run[2] ? run[0] : centres.get(k - 1) + 1;
			}
		}
		return starts;
	}

	/**
	 * The runs of lines between lines across the table, from line {@code from}: first line, end, and the range of
	 * centres in it. A run with text but no centre makes every reading impossible and is left to the caller's costs.
	 */
	private List<int[]> runs(List<Integer> centres, int from) {
		List<int[]> runs = new ArrayList<>();
		int runStart = from;
		int k = 0;
		while (k < centres.size() && centres.get(k) < from) {
			k++;
		}
		for (int j = from; j <= this.bodyEnd; j++) {
			if (j < this.bodyEnd && row(j) != null) {
				continue;
			}
			int first = k;
			while (k < centres.size() && centres.get(k) < j) {
				k++;
			}
			if (j > runStart) {
				runs.add(new int[] { runStart, j, first, k });
			}
			runStart = j + 1;
		}
		return runs;
	}

	/**
	 * What a reading of the bands costs, the body read from line {@code from}: its cuts, its empty bands and,
	 * {@code centred}, each centre off its middle.
	 */
	private int cost(List<Integer> centres, int[] starts, boolean centred, int from) {
		if (starts == null) {
			return Integer.MAX_VALUE;
		}
		int cost = 0;
		for (int[] run : runs(centres, from)) {
			if (run[2] == run[3]) {
				return Integer.MAX_VALUE;
			}
			for (int k = run[2]; k < run[3]; k++) {
				int end = k + 1 < run[3] ? starts[k + 1] : run[1];
				cost += centred ? off(centres.get(k) - starts[k], end - 1 - centres.get(k)) : 0;
				cost += k + 1 < run[3] ? cutCost(end, starts[k]) : 0;
				cost += emptyCost(starts[k], end);
			}
		}
		return cost;
	}

	private static int off(int above, int below) {
		int d = above - below;
		return d == 0 || d == 1 ? 0 : Math.abs(d);
	}

	/** A band with two figures in one column of figures (86.2 and, on the line below, the next row's 612): no row. */
	private int clashCost(int from, int to) {
		return CLASH * columnsWithTwoFigures(from, to);
	}

	/** A band with nothing in a column whose cells wrap: no row a number would have. */
	private int emptyCost(int from, int to) {
		int cost = 0;
		for (int c = 1; c < this.columns.size(); c++) {
			boolean empty = this.wrapped[c];
			for (int j = from; j < to && empty; j++) {
				empty = row(j) == null || row(j)[c] == null;
			}
			cost += empty ? EMPTY_ROW : 0;
		}
		return cost;
	}

	private boolean hasText(int from, int to) {
		for (int j = from; j < to; j++) {
			String[] row = row(j);
			for (int c = 1; row != null && c < row.length; c++) {
				if (row[c] != null) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Ending a band before line {@code cut}, the band having started on {@code start}: for each wrapped column whose text
	 * goes on below, nothing after a sentence's end, dear where the last text above fills its column.
	 */
	private int cutCost(int cut, int start) {
		int cost = 0;
		for (int c = 1; c < this.columns.size(); c++) {
			if (!this.wrapped[c]) {
				continue;
			}
			String upper = null;
			for (int j = cut - 1; j >= start && upper == null; j--) {
				upper = row(j) == null ? null : row(j)[c];
			}
			String lower = null;
			for (int j = cut; j < Math.min(this.bodyEnd, cut + RUNS_ON) && lower == null && row(j) != null; j++) {
				lower = row(j)[c];
			}
			if (upper != null && lower != null && !upper.matches(".*[。．）)」』]$")) {
				cost += DisplayWidth.of(upper) * 10 >= this.widest[c] * FULL_TENTHS ? RUNS_ON : 1;
			}
		}
		return cost;
	}

	private List<BoxRows.Printed> written(List<Integer> centres, int[] bandStarts) {
		List<BoxRows.Printed> out = new ArrayList<>();
		BoxRows.Printed first = this.lines.get(this.top);
		String[] header = headerCells();
		out.add(new BoxRows.Printed(String.join("\t", header), first.number(), first.page()));
		int k = 0;
		List<String[]> bands = new ArrayList<>();
		List<Integer> bandLines = new ArrayList<>();
		Set<Integer> afterAcross = new HashSet<>();
		for (int j = this.bodyStart; j < this.bodyEnd;) {
			if (row(j) == null) {
				out.add(this.lines.get(j));
				afterAcross.add(bands.size());
				j++;
				continue;
			}
			int end = j + 1;
			while (end < this.bodyEnd && row(end) != null && (k + 1 >= centres.size() || end < bandStarts[k + 1])) {
				end++;
			}
			String[] band = new String[this.columns.size()];
			for (int line = j; line < end; line++) {
				String[] row = row(line);
				for (int c = 0; c < band.length; c++) {
					if (row[c] != null) {
						band[c] = band[c] == null ? row[c] : joined(band[c], row[c], OFFICE_HEADER.matcher(header[c]).find());
					}
				}
			}
			bands.add(band);
			bandLines.add(out.size());
			out.add(this.lines.get(j));
			k++;
			j = end;
		}
		MergedCells.spread(bands, afterAcross);
		for (int b = 0; b < bands.size(); b++) {
			List<String> cellTexts = new ArrayList<>();
			for (String cell : bands.get(b)) {
				cellTexts.add(cell == null ? "" : cell);
			}
			BoxRows.Printed at = out.get(bandLines.get(b));
			out.set(bandLines.get(b), new BoxRows.Printed(String.join("\t", cellTexts), at.number(), at.page()));
		}
		return out;
	}

	/**
	 * A cell's text with its next line: in a column of offices, an office named in full then starts another (学校教育課 /
	 * 総合教育セン / ター), else the line goes on with the text.
	 */
	private static String joined(String cell, String line, boolean offices) {
		if (offices) {
			return SpilledTabRows.isOffice(cell.substring(cell.lastIndexOf('、') + 1)) ? cell + "、" + line : cell + line;
		}
		return SpilledTabRows.withParagraph(cell, line);
	}

	/**
	 * The header's words by column: each over the column whose cells it stands nearest, a word over two columns' words
	 * (進捗評価 over R5末 and R6末) before each of them; a word spaced out to fill its cell (公　約　項　目) one word.
	 */
	private String[] headerCells() {
		String[] header = new String[this.columns.size()];
		java.util.Arrays.fill(header, "");
		List<List<int[]>> placed = new ArrayList<>();
		for (int j = this.top; j < this.bodyStart; j++) {
			placed.add(words(this.lines.get(j).text()));
		}
		List<int[]> columnsByRow = new ArrayList<>();
		for (List<int[]> words : placed) {
			columnsByRow.add(columnsOf(words));
		}
		for (int row = 0; row < placed.size(); row++) {
			String text = this.lines.get(this.top + row).text();
			for (int w = 0; w < placed.get(row).size(); w++) {
				int[] word = placed.get(row).get(w);
				String piece = text.substring(word[2], word[3]).replace(" ", "").replace("　", "");
				List<Integer> under = new ArrayList<>();
				for (int below = row + 1; below < placed.size(); below++) {
					for (int o = 0; o < placed.get(below).size(); o++) {
						int[] other = placed.get(below).get(o);
						int c = columnsByRow.get(below)[o];
						if (other[1] >= word[0] - 2 && other[0] <= word[1] + 2 && !under.contains(c)) {
							under.add(c);
						}
					}
				}
				for (int c : under.size() >= 2 ? under : List.of(columnsByRow.get(row)[w])) {
					header[c] += piece;
				}
			}
		}
		return header;
	}

	/** A header line's words: its pieces, single characters a few spaces apart joined into one. */
	private static List<int[]> words(String text) {
		List<int[]> words = new ArrayList<>();
		for (int[] segment : spacedApart(text)) {
			int start = DisplayWidth.of(text, 0, segment[0]);
			int end = DisplayWidth.of(text, 0, segment[1]);
			words.add(new int[] { start, end, segment[0], segment[1] });
		}
		return words;
	}

	private static List<int[]> spacedApart(String text) {
		List<int[]> joined = new ArrayList<>();
		boolean spaced = false;
		for (int[] segment : CharacterColumns.cells(text)) {
			boolean single = segment[1] - segment[0] == 1 && DisplayWidth.of(text, segment[0], segment[1]) == 2;
			int[] last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
			if (last != null && spaced && single && segment[0] - last[1] <= 4) {
				last[1] = segment[1];
			}
			else {
				joined.add(segment);
				spaced = single;
			}
		}
		return joined;
	}

	/** The column whose body's cells a header word stands nearest: over them, or least far beside them. */
	private int columnOf(int[] word) {
		int best = 0;
		int bestDistance = Integer.MAX_VALUE;
		for (int c = 0; c < this.columns.size(); c++) {
			int start = this.spanStart[c];
			int end = this.spanEnd[c];
			int distance = Math.max(0, Math.max(start - word[1], word[0] - end));
			int overlap = Math.min(end, word[1]) - Math.max(start, word[0]);
			int score = distance > 0 ? distance : -overlap;
			if (score < bestDistance) {
				best = c;
				bestDistance = score;
			}
		}
		if (bestDistance >= 0) {
			for (int c = 1; c < this.columns.size(); c++) {
				if (this.figures[c] && word[0] >= this.spanEnd[c - 1] && word[1] <= this.spanEnd[c]) {
					// 達成率 centred over its cell, over no figure, those under it set right: the cell reaches back to the
					// column before
					return c;
				}
			}
		}
		return best;
	}

	/**
	 * The columns of one header line's words; two words over one column (成果指標 and 単位 centred in the gutter after
	 * the names), the one nearer a column no word of the line heads goes over that one.
	 */
	private int[] columnsOf(List<int[]> words) {
		int[] columns = new int[words.size()];
		for (int w = 0; w < words.size(); w++) {
			columns[w] = columnOf(words.get(w));
		}
		for (int w = 0; w + 1 < words.size(); w++) {
			if (columns[w] != columns[w + 1]) {
				continue;
			}
			int c = columns[w];
			int before = w;
			int after = w + 1;
			// only a word in the gutter beside the column moves, never a piece of a word spaced out over it
			boolean leftFree = c > 0 && (w == 0 || columns[w - 1] < c - 1)
					&& words.get(before)[0] + words.get(before)[1] <= 2 * this.spanStart[c];
			boolean rightFree = c + 1 < this.columns.size() && (after + 1 >= words.size() || columns[after + 1] > c + 1)
					&& words.get(after)[0] + words.get(after)[1] >= 2 * this.spanEnd[c];
			if (rightFree && (!leftFree || this.spanStart[c + 1] - words.get(after)[1] <= words.get(before)[0] - this.spanEnd[c - 1])) {
				columns[after] = c + 1;
			}
			else if (leftFree) {
				columns[before] = c - 1;
			}
		}
		return columns;
	}
}
