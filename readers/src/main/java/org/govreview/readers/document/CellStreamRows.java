package org.govreview.readers.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.govreview.readers.text.DisplayWidth;
import org.govreview.readers.text.EvaluationMarks;

/**
 * Tables of figures that extraction gave one piece of a cell a line, in reading order ({@code pdftotext} without
 * {@code -layout}, PyMuPDF, a reader's copy): the header's cells one after another (達成 then 状況 one cell wrapped),
 * then row after row each cell on lines of its own, a wrapped cell over several lines (創業支援事業計画に基づく創 /
 * 業者数（年間）, 48,962人 / （H28）, シティプロモー / ション推進課) and a merged cell printed once, in its first row.
 * The header names the columns: words before the first figure column (基本目標 | 具体的な施策 | 指標), two figure
 * columns or more, then a mark column (達成状況, 評価) and a department column (担当課), each optional. A row is its
 * words, as many figures as the header has figure columns, then its mark and department; the words before a row's
 * figures are its name, and the merged cells of the columns before the name where the row opens them: a cell starts
 * at a numbered or bracketed line ((1)…, 基本目標１, 【数値目標】) and the name after the last line shorter than the
 * widest name lines. Such a table is rewritten as a tab-separated header and one tab-separated line a row; a table
 * whose rows each keep one line a cell is left to {@link OneCellRuns}. Stateless.
 */
final class CellStreamRows {

	/** 達成状況, 評価, 判定, 進捗: the header of a column of marks. */
	private static final Pattern MARK_HEADER = Pattern.compile("^(?:評価|判定|達成状況|進捗状況|評価区分|達成区分|区分)$");

	/** (1)…, （２）…, 基本目標１, 施策３, 【数値目標】, ①, ア　: a line opening a merged cell of its own. */
	private static final Pattern OPENER = Pattern.compile(
			"^(?:[（(][0-9０-９]{1,2}[）)]|[①-⑳]|【[^】]{1,12}】|[＜<〈][^＞>〉]{1,12}[＞>〉]|(?:基本目標|基本方針|政策|施策|柱|分野|目標)[0-9０-９１-９]{1,2}|[0-9０-９]{1,2}[-－ー][0-9０-９]{1,2}).*");

	/** 集計中, 未確定, 調査中: a figure cell that states no figure yet. */
	private static final Pattern PENDING = Pattern.compile("^(?:集計中|未確定|調査中|未集計|算出中|未公表|未把握|把握中)$");

	private static final EvaluationMarks MARKS = EvaluationMarks.standard();

	/** 建設課, 総合政策部, 子育て総合支援センター: an office in charge, a department (部) too. */
	private static final Pattern DEPARTMENT = Pattern
		.compile("^[^\\s0-9０-９、。（）()]{1,16}(?:課|室|局|部|係|所|館|センター|事務局|担当)$");

	private static final int MAX_WORDS = 10;

	/** 観光・シティプロモーション課: the longest name of an office a cell wraps. */
	private static final int MAX_DEPARTMENT = 18;

	private static final int MAX_WORD_LINE = 40;

	private CellStreamRows() {
	}

	private enum Role {
		WORDS, FIGURE, MARK, DEPARTMENT
	}

	private record Header(List<String> cells, List<Role> roles, int end, List<String> lines) {

		int count(Role role) {
			return (int) roles.stream().filter(role::equals).count();
		}

		int words() {
			return roles.indexOf(Role.FIGURE);
		}
	}

	private static final class Row {

		final List<String> words = new ArrayList<>();

		final List<String> figures = new ArrayList<>();

		String mark = "";

		String department = "";

		final BoxRows.Printed first;

		boolean wrapped;

		Row(BoxRows.Printed first) {
			this.first = first;
		}
	}

	/** The lines with each such table rewritten as tab-separated rows; other lines as they are. */
	static List<BoxRows.Printed> tabbed(List<BoxRows.Printed> lines) {
		if (lines.stream().noneMatch(line -> StreamRows.FIGURE_HEADER.matcher(Words.key(line.text().strip())).matches())) {
			return lines;
		}
		Map<String, Integer> repeats = new HashMap<>();
		lines.forEach(line -> repeats.merge(line.text().strip(), 1, Integer::sum));
		List<BoxRows.Printed> out = new ArrayList<>(lines.size());
		boolean found = false;
		int i = 0;
		while (i < lines.size()) {
			Header header = header(lines, i);
			List<Row> rows = new ArrayList<>();
			int end = header == null ? i : rows(lines, header, repeats, rows);
			if (header == null || rows.size() < 2 || rows.stream().noneMatch(row -> row.wrapped)) {
				out.add(lines.get(i));
				i++;
				continue;
			}
			out.addAll(printed(header, rows, lines.get(i)));
			i = end;
			found = true;
		}
		return found ? out : lines;
	}

	private static Header header(List<BoxRows.Printed> lines, int start) {
		int before = start - 1;
		while (before >= 0 && lines.get(before).text().isBlank()) {
			before--;
		}
		String above = before >= 0 ? lines.get(before).text().strip() : "";
		if (before >= 0 && Words.isHeaderCell(above) && !above.matches("^[【＜〈<［\\[].*[】＞〉>］\\]]$")
				&& !Words.key(above).endsWith(Words.key(lines.get(start).text().strip()))) {
			// 事業名 and 担当課 above 指標: the header starts further up, where its columns do not read so
			return null;
		}
		List<String> cells = new ArrayList<>();
		List<String> texts = new ArrayList<>();
		int i = start;
		while (i < lines.size() && cells.size() < 10) {
			String text = lines.get(i).text().strip();
			if (text.isEmpty()) {
				if (cells.isEmpty()) {
					return null;
				}
				i++;
				continue;
			}
			String next = next(lines, i);
			if (!cells.isEmpty() && StreamRows.QUALIFIER.matcher(text).matches()) {
				cells.set(cells.size() - 1, cells.get(cells.size() - 1) + text);
			}
			else if (next != null && !Words.isHeaderCell(text) && text.length() <= 4 && next.length() <= 4
					&& Words.isHeaderCell(text + next)) {
				// 達成 then 状況: a header cell wrapped in its box
				cells.add(text + next);
				texts.add(text);
				i = nextIndex(lines, i);
				text = next;
			}
			else if (Words.isColumnName(text) && !text.contains(" ") && !StreamRows.isFigure(text) && !OPENER.matcher(text).matches()) {
				if (cells.stream().anyMatch(cell -> StreamRows.FIGURE_HEADER.matcher(Words.key(cell)).matches())
						&& role(text, true) == Role.WORDS) {
					if (Words.isHeaderCell(text)) {
						// 備考 after the figures: a column this reading does not know
						return null;
					}
					// 転入者数 after the figure columns: the first row's name, no column of the header
					break;
				}
				cells.add(text);
			}
			else {
				break;
			}
			texts.add(text);
			i++;
		}
		if (cells.size() > 1 && Words.key(cells.get(0)).endsWith(Words.key(cells.get(1)))) {
			// 成果指標 over 指標 | 現状値 …: the table's caption, no column
			return null;
		}
		List<Role> roles = new ArrayList<>();
		for (String cell : cells) {
			roles.add(role(cell, roles.contains(Role.FIGURE)));
		}
		int firstFigure = roles.indexOf(Role.FIGURE);
		int figures = (int) roles.stream().filter(Role.FIGURE::equals).count();
		if (firstFigure < 1 || firstFigure > 3 || figures < 2
				|| roles.subList(0, firstFigure).stream().anyMatch(role -> role != Role.WORDS)
				|| roles.subList(firstFigure, firstFigure + figures).stream().anyMatch(role -> role != Role.FIGURE)) {
			return null;
		}
		List<Role> after = roles.subList(firstFigure + figures, roles.size());
		if (after.contains(Role.WORDS) || after.stream().distinct().count() != after.size()) {
			return null;
		}
		return new Header(cells, roles, i, texts);
	}

	private static Role role(String cell, boolean afterFigures) {
		String key = Words.key(cell).replaceAll("[（(][^）)]*[）)]$", "");
		if (StreamRows.FIGURE_HEADER.matcher(Words.key(cell)).matches()) {
			return Role.FIGURE;
		}
		if (StreamRows.DEPARTMENT_HEADER.matcher(key).matches()) {
			return Role.DEPARTMENT;
		}
		return MARK_HEADER.matcher(key).matches() && afterFigures ? Role.MARK : Role.WORDS;
	}

	private static String next(List<BoxRows.Printed> lines, int i) {
		int n = nextIndex(lines, i);
		return n < lines.size() ? lines.get(n).text().strip() : null;
	}

	private static int nextIndex(List<BoxRows.Printed> lines, int i) {
		int n = i + 1;
		while (n < lines.size() && lines.get(n).text().isBlank()) {
			n++;
		}
		return n;
	}

	/** Reads the rows under the header into {@code rows}; returns the index of the first line after the table. */
	private static int rows(List<BoxRows.Printed> lines, Header header, Map<String, Integer> repeats, List<Row> rows) {
		int figureColumns = header.count(Role.FIGURE);
		List<Role> after = header.roles().subList(header.words() + figureColumns, header.roles().size());
		Row row = null;
		int afterDone = 0;
		int lastEnd = header.end();
		int j = header.end();
		while (j < lines.size()) {
			BoxRows.Printed line = lines.get(j);
			String text = compact(line.text().strip());
			int afterHeader = text.equals(header.lines().get(0)) ? repeatedHeaderEnd(lines, j, header) : -1;
			if (afterHeader >= 0) {
				j = afterHeader;
				continue;
			}
			if (text.isEmpty() || PageNumbers.isBareOrDashed(text) || isRunningHeader(line.text().strip(), repeats)) {
				j++;
				continue;
			}
			boolean figure = isFigure(text);
			if (row != null && row.figures.size() < figureColumns) {
				if (!row.figures.isEmpty() && StreamRows.YEAR.matcher(text).matches() && !last(row.figures).matches(".*[）)]$")) {
					row.figures.set(row.figures.size() - 1, last(row.figures) + text);
					row.wrapped = true;
				}
				else if (figure || !row.figures.isEmpty() && PENDING.matcher(text).matches()) {
					row.figures.add(text);
				}
				else if (row.figures.isEmpty() && isWords(text) && row.words.size() < MAX_WORDS
						&& !StreamRows.FIGURE_HEADER.matcher(Words.key(text)).matches()) {
					row.words.add(text);
					row.wrapped |= row.words.size() > 1;
				}
				else {
					break;
				}
				j++;
				continue;
			}
			if (row != null && afterDone == 0 && StreamRows.YEAR.matcher(text).matches() && !last(row.figures).matches(".*[）)]$")) {
				row.figures.set(row.figures.size() - 1, last(row.figures) + text);
				row.wrapped = true;
				j++;
				continue;
			}
			if (row != null && afterDone < after.size()) {
				Role role = after.get(afterDone);
				if (role == Role.MARK && (isMark(text) || PENDING.matcher(text).matches())) {
					row.mark = text;
					afterDone++;
					lastEnd = j + 1;
					j++;
					continue;
				}
				if (role == Role.MARK) {
					afterDone++;
					if (afterDone < after.size()) {
						continue;
					}
				}
				else {
					String next = next(lines, j);
					if (DEPARTMENT.matcher(text).matches()) {
						row.department = text;
						afterDone++;
						lastEnd = j + 1;
						j++;
						continue;
					}
					if (next != null && text.length() + next.length() <= MAX_DEPARTMENT
							&& DEPARTMENT.matcher(text + next).matches() && !isFigure(next)) {
						// シティプロモー then ション推進課: a department's name wrapped in its cell
						row.department = text + next;
						row.wrapped = true;
						afterDone++;
						j = nextIndex(lines, j) + 1;
						lastEnd = j;
						continue;
					}
					afterDone = after.size();
				}
			}
			// the row before is whole: this line opens the next one, or ends the table (a figure, a sentence, the next
			// table's header)
			if (figure || !isWords(text) || StreamRows.FIGURE_HEADER.matcher(Words.key(text)).matches() || header(lines, j) != null) {
				break;
			}
			if (row != null) {
				rows.add(row);
				lastEnd = j;
			}
			row = new Row(line);
			afterDone = 0;
			row.words.add(text);
			j++;
		}
		if (row != null && row.figures.size() == figureColumns) {
			rows.add(row);
			lastEnd = Math.max(lastEnd, j);
		}
		return lastEnd;
	}

	/**
	 * The report's title at the top of every page: a long line printed three times or more that is no piece of a cell
	 * (a year in brackets, 集計中, a figure) — a row's piece may repeat too, but seldom at such length.
	 */
	private static boolean isRunningHeader(String text, Map<String, Integer> repeats) {
		String compact = compact(text);
		return text.length() > MAX_REPEATED_PIECE && StreamRows.isRunningHeader(text, repeats) && !StreamRows.YEAR.matcher(compact).matches()
				&& !PENDING.matcher(compact).matches() && !isFigure(compact);
	}

	/** How long a piece of a cell that several rows print alike may be. */
	private static final int MAX_REPEATED_PIECE = 12;

	/** The index after the header printed again from {@code at} (a page's top), or -1 when the lines there are no header. */
	private static int repeatedHeaderEnd(List<BoxRows.Printed> lines, int at, Header header) {
		int matched = 0;
		int j = at;
		while (j < lines.size() && matched < header.lines().size()) {
			String text = lines.get(j).text().strip();
			if (!text.isEmpty()) {
				if (!text.equals(header.lines().get(matched))) {
					return -1;
				}
				matched++;
			}
			j++;
		}
		return matched == header.lines().size() ? j : -1;
	}

	/** 29 か所, （R6 年度）: the space a PDF's text puts between half-width and full-width letters is none. */
	private static String compact(String text) {
		return SPACE_BETWEEN_WIDTHS.matcher(text).replaceAll("");
	}

	private static final Pattern SPACE_BETWEEN_WIDTHS = Pattern
		.compile("(?<=[0-9A-Za-z]) (?=[^\\x00-\\x7F])|(?<=[^\\x00-\\x7F]) (?=[0-9A-Za-z])");

	private static String last(List<String> texts) {
		return texts.get(texts.size() - 1);
	}

	private static boolean isFigure(String text) {
		return StreamRows.isFigure(text) && !text.contains(" ");
	}

	private static boolean isMark(String text) {
		return text.length() <= 6 && (text.matches("^[－―ー‐-]$") || MARKS.read(text).isPresent());
	}

	/** A piece of a name or a group's cell: no sentence, no figure. */
	private static boolean isWords(String text) {
		return text.length() <= MAX_WORD_LINE && !text.contains("。") && !text.contains("\t") && !isFigure(text);
	}

	private static List<BoxRows.Printed> printed(Header header, List<Row> rows, BoxRows.Printed first) {
		int groups = header.words() - 1;
		int widest = 0;
		for (Row row : rows) {
			for (String word : row.words) {
				widest = Math.max(widest, DisplayWidth.of(word));
			}
		}
		List<BoxRows.Printed> out = new ArrayList<>();
		out.add(new BoxRows.Printed(String.join("\t", header.cells()), first.number(), first.page()));
		for (Row row : rows) {
			List<String> cells = new ArrayList<>(cells(row.words, groups, widest));
			cells.addAll(row.figures);
			for (Role role : header.roles().subList(header.words() + row.figures.size(), header.roles().size())) {
				cells.add(role == Role.MARK ? row.mark : row.department);
			}
			out.add(new BoxRows.Printed(String.join("\t", cells), row.first.number(), row.first.page()));
		}
		// the line after the table opens no wrapped cell of its last row
		BoxRows.Printed last = out.get(out.size() - 1);
		out.add(new BoxRows.Printed("", last.number(), last.page()));
		return out;
	}

	/** The groups' cells and the name, from the words before a row's figures. */
	private static List<String> cells(List<String> words, int groups, int widest) {
		int nameStart = 0;
		for (int k = words.size() - 1; k > 0 && groups > 0; k--) {
			if (DisplayWidth.of(words.get(k - 1)) < widest - 4) {
				// a cell's lines are full but its last: the line before the name's first ends a group's cell
				nameStart = k;
				break;
			}
		}
		if (groups > 0 && nameStart == 0 && words.size() > 1 && OPENER.matcher(words.get(0)).matches()) {
			nameStart = words.size() - 1;
		}
		List<String> opened = new ArrayList<>();
		for (String word : words.subList(0, nameStart)) {
			if (opened.isEmpty() || OPENER.matcher(word).matches()) {
				opened.add(word);
			}
			else {
				opened.set(opened.size() - 1, last(opened) + word);
			}
		}
		while (opened.size() > groups && opened.size() > 1) {
			opened.set(0, opened.get(0) + opened.remove(1));
		}
		List<String> cells = new ArrayList<>();
		for (int g = 0; g < groups - opened.size(); g++) {
			cells.add("");
		}
		cells.addAll(opened);
		cells.add(String.join("", words.subList(nameStart, words.size())));
		return cells;
	}
}
