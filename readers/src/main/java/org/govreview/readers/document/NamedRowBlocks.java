package org.govreview.readers.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govreview.readers.text.DisplayWidth;

/**
 * A wide table as pdftotext -layout prints it when a spreadsheet centres its cells vertically and its first column
 * names each row (事業名 | 事業概要 | 成果指標 | 基準値（R5） | 目標値（R7） | 担当課), or its second after a column of numbers
 * (No. | 公約 | 主な取組 | 進捗率 | 所管課, a group's heading or subtotal between rows kept as printed), spaced-out labels
 * (公　約) read whole: each row is a group of lines set apart
 * by blank lines, its one-line cells on the middle line and its wrapped cells above and below them, a wrapped name's
 * halves perhaps parted by a line of another cell. The header may be centred too, labels of two lines (基準値 over
 * （R5）) enclosing the line of the one-line labels. The columns are the header's labels, a label printed over or under
 * another being one column with it; each of a group's pieces goes to the column whose zone (from midway between its
 * label's centre and the one before to midway to the next) it overlaps most, and the group becomes one row of
 * tab-separated cells, each cell its pieces in order. Only a run of at least two groups, at least half of them holding
 * more cells on a line below their first, is read so: rows printed from their top are left to the
 * ordinary reading. Stateless.
 */
final class NamedRowBlocks {

	/** 事業名, 事務事業名, 取組名, 施策名: the header of a column that names each row. */
	private static final Pattern NAME_HEADER = Pattern.compile("^(?:主な|主要)?(?:事務事業|事業|取組|取り組み|施策)(?:名|項目)$");

	/** No. | 公約 | …: a column numbering the rows before the one naming them. */
	private static final Pattern NUMBER_HEADER = Pattern.compile("^(?:No\\.?|NO\\.?|番号|№)$", Pattern.CASE_INSENSITIVE);

	/** 公約, 公約項目: the name of a row a numbered column opens. */
	private static final Pattern NUMBERED_NAME_HEADER = Pattern.compile("^(?:公約|マニフェスト)(?:項目)?$|^項目$");

	/** A header label: short, no sentence; a form's 事業名 beside the project's name is no header. */
	private static final int MAX_LABEL = 12;

	/** 【事業概要】, ■目標, ※注: a form's or a page's label, never a row's name. */
	private static final Pattern NOT_A_NAME = Pattern.compile("^[【［〔■□◆◇●○・※]|[：:]|[─━―]{3}");

	private static final int MIN_COLUMNS = 4;

	private static final int MAX_COLUMNS = 10;

	private static final int MAX_GROUP = 8;

	/** Running lines at a page turn, at the most. */
	private static final int MAX_FURNITURE = 6;

	private NamedRowBlocks() {
	}

	static List<BoxRows.Printed> joined(List<BoxRows.Printed> printed) {
		return tablesRead(printed, NamedRowBlocks::isHeader, NamedRowBlocks::table);
	}

	/** Reads the table whose header is at {@code key}, rewriting its lines in place; the index of its last line. */
	interface TableReader {

		int read(List<BoxRows.Printed> lines, int key, RunningLines[] runningOnce);
	}

	/**
	 * The lines with a table read at each line {@code header} accepts; the lines themselves when none is, a copy
	 * otherwise. The page's running lines are worked out once, for the first table that needs them.
	 */
	static List<BoxRows.Printed> tablesRead(List<BoxRows.Printed> printed, java.util.function.Predicate<String> header,
			TableReader reader) {
		List<BoxRows.Printed> lines = null;
		RunningLines[] running = new RunningLines[1];
		for (int i = 0; i < (lines == null ? printed : lines).size(); i++) {
			List<BoxRows.Printed> current = lines == null ? printed : lines;
			if (header.test(current.get(i).text())) {
				if (lines == null) {
					lines = new ArrayList<>(printed);
				}
				i = reader.read(lines, i, running);
			}
		}
		return lines == null ? printed : lines;
	}

	/** The page's running lines, worked out the first time a table of the text asks for them. */
	static RunningLines running(List<BoxRows.Printed> lines, RunningLines[] runningOnce) {
		runningOnce[0] = runningOnce[0] == null ? RunningLines.of(lines) : runningOnce[0];
		return runningOnce[0];
	}

	/** The table's lines from {@code top} to {@code end} replaced by those read; the index of the last line read. */
	static int replaced(List<BoxRows.Printed> lines, int top, int end, List<BoxRows.Printed> read) {
		lines.subList(top, end).clear();
		lines.addAll(top, read);
		return top + read.size() - 1;
	}

	/** A cell's next piece: names of offices a line each (福祉総務課 over 障害福祉課), any other text one its width wrapped. */
	static void append(StringBuilder cell, String piece) {
		cell.append(KeyedRowBlocks.isName(lastLine(cell)) && KeyedRowBlocks.isName(piece) ? "\n" : "").append(piece);
	}

	private static boolean isHeader(String text) {
		return nameColumn(text) >= 0;
	}

	/** The column of the header that names the rows (0, or 1 after a column numbering them); -1 when no such header. */
	private static int nameColumn(String text) {
		String closed = closed(text);
		if (text.indexOf('\t') >= 0 || !labelsOnly(closed)) {
			return -1;
		}
		List<String> labels = KeyedRowBlocks.segments(closed).stream().map(label -> unclosed(label.text())).toList();
		if (labels.size() >= 4 && NUMBER_HEADER.matcher(java.text.Normalizer.normalize(labels.get(0), java.text.Normalizer.Form.NFKC)).matches()
				&& (NAME_HEADER.matcher(labels.get(1)).matches() || NUMBERED_NAME_HEADER.matcher(labels.get(1)).matches())) {
			// No. | 公　約 | 主な取組 | 進捗率 | 所管課
			return 1;
		}
		// 事業名 | R8 | R9 | 事業名 | R8 | R9: two tables side by side, a spread's pages
		return labels.size() >= 3 && NAME_HEADER.matcher(labels.get(0)).matches()
				&& labels.stream().filter(label -> NAME_HEADER.matcher(label).matches()).count() == 1 ? 0 : -1;
	}

	/** 目  標, 取    組    内    容: single letters set apart by equal runs of spaces, narrower than the gaps round them. */
	private static final Pattern SPACED_LETTERS = Pattern
		.compile("(?<![^ ])[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]( {2,10})[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}](?:\\1[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}])*(?![^ ])");

	/**
	 * 公　約, 目  標: a label spaced out with full-width spaces, or with runs of spaces narrower than the gaps round it,
	 * closed up by characters of the same width (＿, _).
	 */
	static String closed(String text) {
		// a single full-width space between letters; two or more part labels
		String closed = text.replaceAll("(?<=[^\\s\u3000])\u3000(?=[^\\s\u3000])", "＿");
		Matcher spaced = SPACED_LETTERS.matcher(closed);
		StringBuilder out = new StringBuilder();
		int last = 0;
		while (spaced.find()) {
			int gap = spaced.group(1).length();
			// 男    女    計: letters that spell no header's word are labels of their own
			if (spacesAround(closed, spaced.start(), -1) > gap + 1 && spacesAround(closed, spaced.end(), 1) > gap + 1
					&& Words.isHeaderCell(spaced.group().replace(" ", ""))) {
				out.append(closed, last, spaced.start()).append(spaced.group().replace(' ', '_'));
				last = spaced.end();
			}
		}
		return last == 0 ? closed : out.append(closed, last, closed.length()).toString();
	}

	/** The spaces before {@code at} (step -1) or from it (step 1); the line's edge counts as a wide gap. */
	private static int spacesAround(String text, int at, int step) {
		int count = 0;
		for (int i = step < 0 ? at - 1 : at; i >= 0 && i < text.length() && text.charAt(i) == ' '; i += step) {
			count++;
		}
		int edge = step < 0 ? at - 1 - count : at + count;
		return edge < 0 || edge >= text.length() ? Integer.MAX_VALUE : count;
	}

	/** A closed label as it reads: 公約, 取組内容. */
	static String unclosed(String label) {
		return label.replace("＿", "").replace("_", "");
	}

	/** The first line of the header whose key line is {@code key}: up to two lines of two labels or more above it. */
	static int headerTop(List<BoxRows.Printed> lines, int key) {
		int page = lines.get(key).page();
		int top = key;
		// ３　進捗状況一覧 alone over the header: a heading, no label of two lines
		while (top - 1 >= 0 && key - top < 2 && lines.get(top - 1).page() == page && !lines.get(top - 1).text().isBlank()
				&& labelsOnly(closed(lines.get(top - 1).text())) && KeyedRowBlocks.segments(closed(lines.get(top - 1).text())).size() >= 2) {
			top--;
		}
		return top;
	}

	/** The index after the header whose key line is {@code key}: up to two lines of labels under it. */
	static int headerBottom(List<BoxRows.Printed> lines, int key) {
		int page = lines.get(key).page();
		int bottom = key + 1;
		while (bottom < lines.size() && bottom - key < 3 && lines.get(bottom).page() == page
				&& !lines.get(bottom).text().isBlank() && labelsOnly(closed(lines.get(bottom).text()))) {
			bottom++;
		}
		return bottom;
	}

	/** The columns of the header's lines from {@code top} to {@code bottom}, their spaced-out labels closed up. */
	static List<Column> headerColumns(List<BoxRows.Printed> lines, int top, int bottom, int key) {
		List<BoxRows.Printed> header = new ArrayList<>(bottom - top);
		for (int h = top; h < bottom; h++) {
			header.add(CentredKeys.with(lines.get(h), closed(lines.get(h).text())));
		}
		return columns(header, 0, bottom - top, key - top);
	}

	static boolean labelsOnly(String text) {
		List<KeyedRowBlocks.Segment> segments = KeyedRowBlocks.segments(text);
		return !segments.isEmpty() && text.indexOf('\t') < 0
				&& segments.stream().allMatch(segment -> unclosed(segment.text()).length() <= MAX_LABEL && !segment.text().contains("。")
						&& !NOT_A_NAME.matcher(segment.text()).find());
	}

	/** A column: the span its labels cover, and the labels top to bottom. */
	record Column(int start, int end, java.util.SortedMap<Integer, String> labels) {

		double centre() {
			return (this.start + this.end) / 2.0;
		}

		boolean overlaps(int from, int to) {
			return from < this.end && to > this.start;
		}

		/** The column's label as it reads, its lines top to bottom joined and closed up: 取組内容. */
		String label() {
			return unclosed(String.join("", this.labels.values()));
		}
	}

	/** Reads the table whose header names its rows at {@code key}; the index of its last line. */
	private static int table(List<BoxRows.Printed> lines, int key, RunningLines[] runningOnce) {
		int page = lines.get(key).page();
		int top = headerTop(lines, key);
		int bottom = headerBottom(lines, key);
		int name = nameColumn(lines.get(key).text());
		List<Column> columns = headerColumns(lines, top, bottom, key);
		if (columns.size() < MIN_COLUMNS || columns.size() > MAX_COLUMNS) {
			return key;
		}
		List<int[]> groups = new ArrayList<>();
		List<BoxRows.Printed> read = new ArrayList<>();
		read.add(CentredKeys.with(lines.get(key),
				String.join("\t", columns.stream().map(Column::label).toList())));
		List<BoxRows.Printed> between = new ArrayList<>();
		int pending = 0;
		List<BoxRows.Printed> furniture = new ArrayList<>();
		int at = bottom;
		int centred = 0;
		while (at < lines.size()) {
			BoxRows.Printed line = lines.get(at);
			if (line.text().isBlank()) {
				at++;
				continue;
			}
			if (isRunning(lines, at) && furniture.size() < MAX_FURNITURE) {
				// the table goes on over the page, past the running lines at the page's foot and the next one's head
				// the page's running lines, worked out once for the text (a table's rows change no page's edges)
				if (running(lines, runningOnce).contains(line)) {
					furniture.add(line);
					at++;
					continue;
				}
			}
			page = line.page();
			int end = at;
			while (end < lines.size() && end - at <= MAX_GROUP && !lines.get(end).text().isBlank() && lines.get(end).page() == page) {
				end++;
			}
			if (end - at > MAX_GROUP) {
				break;
			}
			List<List<StringBuilder>> rows = rows(lines, at, end, columns, name);
			if (end - at > MAX_GROUP || rows == null || rows.get(0).get(name).isEmpty() || heads(lines, at, end)
					|| NOT_A_NAME.matcher(rows.get(0).get(name)).find()
					|| rows.get(0).stream().filter(cell -> !cell.isEmpty()).count() < MIN_COLUMNS - 1) {
				if (name > 0 && pending < 2 && end - at <= 2 && !heads(lines, at, end)) {
					// 政策分野２　… or 小計（6項目）… between the rows of a numbered table: kept as printed, the table going on
					// if rows follow
					pending++;
					between.addAll(lines.subList(at, end));
					at = end;
					continue;
				}
				break;
			}
			read.addAll(furniture);
			furniture.clear();
			if (!between.isEmpty()) {
				read.addAll(between);
				between.clear();
				pending = 0;
			}
			if (fullestLine(lines, at, end) > at) {
				centred++;
			}
			groups.add(new int[] { at, end });
			for (List<StringBuilder> row : rows) {
				read.add(CentredKeys.with(lines.get(at), KeyedRowBlocks.tabbed(row)));
			}
			at = end;
		}
		if (groups.size() < 2 || centred * 2 < groups.size()) {
			return key;
		}
		return replaced(lines, top, groups.get(groups.size() - 1)[1], read);
	}

	/** A line at a page's edge that may be a running line: the last line before a page's end or the first after its start. */
	static boolean isRunning(List<BoxRows.Printed> lines, int at) {
		int page = lines.get(at).page();
		int before = at;
		while (before > 0 && lines.get(before - 1).page() == page && lines.get(before - 1).text().isBlank()) {
			before--;
		}
		int after = at + 1;
		while (after < lines.size() && lines.get(after).page() == page && lines.get(after).text().isBlank()) {
			after++;
		}
		return before == 0 || lines.get(before - 1).page() != page || after >= lines.size() || lines.get(after).page() != page;
	}

	/** Whether a line of the block is a table's header: the next table's, which ends this one. */
	private static boolean heads(List<BoxRows.Printed> lines, int from, int to) {
		for (int j = from; j < to; j++) {
			if (isHeader(lines.get(j).text())) {
				return true;
			}
		}
		return false;
	}

	/** The header's columns: the labels of the line that names the rows, and those over or under them. */
	static List<Column> columns(List<BoxRows.Printed> lines, int top, int bottom, int key) {
		List<Column> columns = new ArrayList<>();
		for (KeyedRowBlocks.Segment label : KeyedRowBlocks.segments(lines.get(key).text())) {
			columns.add(new Column(label.start(), label.start() + DisplayWidth.of(label.text()), new java.util.TreeMap<>(java.util.Map.of(key, label.text()))));
		}
		for (int h = top; h < bottom; h++) {
			if (h == key) {
				continue;
			}
			for (KeyedRowBlocks.Segment label : KeyedRowBlocks.segments(lines.get(h).text())) {
				int from = label.start();
				int to = from + DisplayWidth.of(label.text());
				Column joined = columns.stream().filter(column -> column.overlaps(from, to)).findFirst().orElse(null);
				if (joined == null) {
					joined = new Column(from, to, new java.util.TreeMap<>());
					columns.add(joined);
				}
				joined.labels().put(h, label.text());
			}
		}
		columns.sort(Comparator.comparingDouble(Column::centre));
		return columns;
	}

	/** 1,420頭, 97.8％, －, （R6.4.1）: a piece that is a figure, a dash for none, or a bracketed date under one. */
	static final Pattern FIGURE = Pattern
		.compile("^[△▲▼]?[0-9０-９][0-9０-９,，.．]*[^\\s0-9０-９]{0,4}$|^[－―—‐-]$|^[（(][^（）()]{1,10}[）)]$");

	/** 12, (3), 1-1, ①: a row's number. */
	private static final Pattern ROW_NUMBER = Pattern.compile("^[(（]?[0-9０-９]{1,3}(?:[-－‐・.．][0-9０-９]{1,3}){0,2}[)）.．]?$|^[①-⑳]$");

	/** A piece of a group's line and the column it falls in. */
	private record Piece(int line, int column, String text) {
	}

	/**
	 * The group's rows: its pieces gathered in its columns, each where its span overlaps the column's zone most (the
	 * zones parting midway between the labels' centres). A group with several lines of figures (a project with two
	 * indicators) is as many rows, each taking the pieces of the columns that print one a line of figures nearest to
	 * that line, the first taking every other column's; null when a line holds a tab, or when two lines or more name a
	 * row and fill other columns beside the name, as rows printed from their top do.
	 */
	private static List<List<StringBuilder>> rows(List<BoxRows.Printed> lines, int from, int to, List<Column> columns, int name) {
		List<Piece> pieces = new ArrayList<>();
		for (int j = from; j < to; j++) {
			if (lines.get(j).text().indexOf('\t') >= 0) {
				return null;
			}
			for (KeyedRowBlocks.Segment segment : KeyedRowBlocks.segments(lines.get(j).text())) {
				int column = column(segment, columns);
				if (column < name && !ROW_NUMBER.matcher(segment.text()).matches()) {
					// 援 under 障害のある人の就労と地域生活の支: no row's number, whatever zone it is in: the name's words
					column = name;
				}
				pieces.add(new Piece(j, column, segment.text()));
			}
		}
		java.util.function.IntPredicate named = line -> pieces.stream().anyMatch(piece -> piece.line() == line && piece.column() == name);
		java.util.function.IntToLongFunction figures = line -> pieces.stream()
			.filter(piece -> piece.line() == line && piece.column() > name && FIGURE.matcher(piece.text()).matches()).count();
		java.util.function.IntToLongFunction filled = line -> pieces.stream()
			.filter(piece -> piece.line() == line && piece.column() > name).map(Piece::column).distinct().count();
		boolean figuresApart = java.util.stream.IntStream.range(from, to).anyMatch(line -> !named.test(line) && figures.applyAsLong(line) >= 2);
		long fullRows = java.util.stream.IntStream.range(from, to)
			.filter(line -> named.test(line) && (figures.applyAsLong(line) >= 2 || !figuresApart && filled.applyAsLong(line) >= 3))
			.count();
		if (fullRows >= 2) {
			// 防災事業 | 12,300 | 12,300 over 支援事業 | 3,850 | 4,200: rows printed from their top, a line each
			return null;
		}
		List<Integer> figureLines = new ArrayList<>();
		for (int j = from; j < to; j++) {
			int line = j;
			if (pieces.stream().filter(piece -> piece.line() == line && piece.column() > name && FIGURE.matcher(piece.text()).matches()).count() >= 2) {
				figureLines.add(j);
			}
		}
		java.util.Set<Integer> perFigures = new java.util.HashSet<>();
		if (figureLines.size() >= 2) {
			for (int c = name + 1; c < columns.size(); c++) {
				int column = c;
				if (figureLines.stream().allMatch(line -> pieces.stream().anyMatch(piece -> piece.line() == line && piece.column() == column))) {
					perFigures.add(c);
				}
			}
		}
		List<List<StringBuilder>> rows = new ArrayList<>();
		for (int r = 0; r < Math.max(1, perFigures.isEmpty() ? 1 : figureLines.size()); r++) {
			rows.add(KeyedRowBlocks.emptyCells(columns.size()));
		}
		for (Piece piece : pieces) {
			int row = 0;
			if (perFigures.contains(piece.column())) {
				for (int r = 1; r < figureLines.size(); r++) {
					if (Math.abs(figureLines.get(r) - piece.line()) < Math.abs(figureLines.get(row) - piece.line())) {
						row = r;
					}
				}
			}
			StringBuilder cell = rows.get(row).get(piece.column());
			if (isNumber(piece.text()) && isNumber(lastLine(cell))) {
				// 14人 over 20人 in one column of one row: two figures no cell holds, no row read so
				return null;
			}
			append(cell, piece.text());
		}
		return rows;
	}

	private static String lastLine(CharSequence cell) {
		String text = cell.toString();
		return text.substring(text.lastIndexOf('\n') + 1);
	}

	/** 1,420頭, 97.8％: a figure, not the bracketed date under one. */
	private static boolean isNumber(String piece) {
		return FIGURE.matcher(piece).matches() && !piece.startsWith("（") && !piece.startsWith("(");
	}

	/** The column whose zone the segment's span overlaps most, the zones parting midway between the labels' centres. */
	static int column(KeyedRowBlocks.Segment segment, List<Column> columns) {
		int start = segment.start();
		int end = start + DisplayWidth.of(segment.text());
		int best = 0;
		double most = Double.NEGATIVE_INFINITY;
		for (int c = 0; c < columns.size(); c++) {
			double left = c == 0 ? Double.NEGATIVE_INFINITY : (columns.get(c - 1).centre() + columns.get(c).centre()) / 2;
			double right = c + 1 == columns.size() ? Double.POSITIVE_INFINITY : (columns.get(c).centre() + columns.get(c + 1).centre()) / 2;
			double overlap = Math.min(end, right) - Math.max(start, left);
			if (overlap > most) {
				most = overlap;
				best = c;
			}
		}
		return best;
	}

	/** The first line of the group with the most pieces. */
	private static int fullestLine(List<BoxRows.Printed> lines, int from, int to) {
		int fullest = from;
		int most = 0;
		for (int j = from; j < to; j++) {
			int pieces = KeyedRowBlocks.segments(lines.get(j).text()).size();
			if (pieces > most) {
				most = pieces;
				fullest = j;
			}
		}
		return fullest;
	}
}
