package org.govreview.readers.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Tables of figures as a PDF's content stream gives them ({@code pdftotext -raw}, a text layer read in drawing
 * order): the header's cells one after another (推進方針 重要業績指標 / 現状値 / （年度） / 目標値 / （年度） / 担当課), then
 * each row's cells that share a baseline joined by single spaces ({@code ① 住宅の耐震化率 78.6％（R5） 90％（R11）
 * 建設課}) and the cells that wrapped printed piece by piece on lines of their own. A row is its mark (①, where the
 * first column holds one), its name up to the first figure, as many figures as the header has figure columns (a
 * figure's year may come on the next line: {@code 4,000人} then {@code （R11）}) and the departments after them. Such a
 * table is rewritten as a tab-separated header and one tab-separated line a row, which the model reads as any tab
 * table; a run that does not parse into whole rows is left as it was. Stateless.
 */
final class StreamRows {

	/** 現状値, 基準値, 目標値, 中間目標, R6実績: a header cell over figures. */
	static final Pattern FIGURE_HEADER = Pattern
		.compile("^(?:現状値?|基準値?|現況値?|策定時|当初値?|実績値?|目標値?|中間目標値?|最終目標値?|見込み?値?)(?:[（(][^）)]{1,8}[）)])?$");

	/** 担当課, 所管課, 担当部署: the header cell over the departments. */
	static final Pattern DEPARTMENT_HEADER = Pattern.compile("^(?:主な)?(?:担当|所管|主管)(?:課|部署|部局|課等)?(?:名)?$");

	/** （年度）, （単位）: the second line of a header cell. */
	static final Pattern QUALIFIER = Pattern.compile("^[（(][^（）()]{1,8}[）)]$");

	/** ①: a row's mark, linking it to the measure of that number. */
	private static final Pattern MARK = Pattern.compile("^[①-⑳]$");

	/** 78.6％（R5）, 3,412人（R6）, ３万２千食（Ｒ６）, 4,000人, －: a figure, its year in brackets or on the next line. */
	static final Pattern FIGURE = Pattern.compile("^(?:約)?[0-9０-９][0-9０-９,，.．万千億]*[^\\s0-9０-９（）()]{0,5}(?:[（(][^（）()]{1,10}[）)])?$|^[－―ー‐-]$");

	/** 未改訂（R6）, 策定（Ｒ８）: a state that a year in brackets makes a figure. */
	static final Pattern STATE = Pattern
		.compile("^[^\\s0-9０-９（）()]{1,8}[（(](?:R|Ｒ|H|Ｈ|令和|平成)[\\s　]*[0-9０-９元]{1,2}(?:年度?)?(?:末)?[）)]$");

	/** （R11）: a figure's year that wrapped onto a line of its own. */
	static final Pattern YEAR = Pattern.compile("^[（(](?:R|Ｒ|H|Ｈ|令和|平成)[\\s　]*[0-9０-９元]{1,2}(?:[.．][0-9０-９]{1,2}){0,2}(?:年度?|年産)?(?:末)?[）)]$|^[（(][0-9０-９]{4}(?:年度?)?[）)]$");

	/** 建設課, 情報防災課, 事務局: a department's name. */
	static final Pattern DEPARTMENT = Pattern
		.compile("^[^\\s0-9０-９、。（）()]{1,12}(?:課|室|局|係|所|館|センター|事務局|担当)$");


	private static final int MAX_NAME = 80;

	private StreamRows() {
	}

	private static final class Row {

		String mark = "";

		final StringBuilder name = new StringBuilder();

		final List<String> figures = new ArrayList<>();

		final List<String> departments = new ArrayList<>();

		final BoxRows.Printed first;

		boolean joined;

		Row(BoxRows.Printed first) {
			this.first = first;
		}

		boolean full(int figureColumns) {
			return figures.size() == figureColumns;
		}
	}

	/** The lines with each such table rewritten as tab-separated rows; other lines as they are. */
	static List<BoxRows.Printed> tabbed(List<BoxRows.Printed> lines) {
		if (lines.stream().noneMatch(line -> line.text().strip().matches(".*(?:現状値?|基準値?|現況値?)$"))) {
			return lines;
		}
		Map<String, Integer> repeats = new HashMap<>();
		lines.forEach(line -> repeats.merge(line.text().strip(), 1, Integer::sum));
		List<BoxRows.Printed> strict = rewritten(lines, repeats, true);
		// once a document shows its rows joined on their baselines, a table whose cells each wrapped is read so too
		return strict == lines ? lines : rewritten(lines, repeats, false);
	}

	private static List<BoxRows.Printed> rewritten(List<BoxRows.Printed> lines, Map<String, Integer> repeats, boolean joinedOnly) {
		boolean found = false;
		List<BoxRows.Printed> out = new ArrayList<>(lines.size());
		int i = 0;
		while (i < lines.size()) {
			int[] end = new int[1];
			List<BoxRows.Printed> table = table(lines, i, repeats, end, joinedOnly);
			if (table.isEmpty()) {
				out.add(lines.get(i));
				i++;
			}
			else {
				out.addAll(table);
				i = end[0];
				found = true;
			}
		}
		return found ? out : lines;
	}

	private static List<BoxRows.Printed> table(List<BoxRows.Printed> lines, int start, Map<String, Integer> repeats, int[] end,
			boolean joinedOnly) {
		List<String> header = new ArrayList<>();
		int i = start;
		while (i < lines.size() && header.size() < 8) {
			String text = lines.get(i).text().strip();
			if (text.isEmpty()) {
				break;
			}
			if (QUALIFIER.matcher(text).matches() && !header.isEmpty()) {
				header.set(header.size() - 1, header.get(header.size() - 1) + text);
				i++;
				continue;
			}
			String[] words = text.split("[ 　]+");
			boolean allHeader = words.length <= 4;
			for (String word : words) {
				// 推進方針 beside 重要業績指標: a column's name the header words need not know
				allHeader &= Words.isColumnName(word) && !FIGURE.matcher(word).matches();
			}
			if (!allHeader) {
				break;
			}
			header.addAll(List.of(words));
			i++;
		}
		int firstFigure = -1;
		int figureColumns = 0;
		for (int c = 0; c < header.size(); c++) {
			if (FIGURE_HEADER.matcher(Words.key(header.get(c))).matches()) {
				firstFigure = firstFigure < 0 ? c : firstFigure;
				figureColumns++;
			}
			else if (firstFigure >= 0 && c < firstFigure + figureColumns) {
				return List.of();
			}
		}
		int after = header.size() - firstFigure - figureColumns;
		if (figureColumns < 2 || firstFigure < 1 || firstFigure > 2 || after > 1
				|| after == 1 && !DEPARTMENT_HEADER.matcher(Words.key(header.get(header.size() - 1))).matches()) {
			return List.of();
		}
		boolean marked = firstFigure == 2;
		List<Row> rows = new ArrayList<>();
		Row row = null;
		int j = i;
		scan:
		while (j < lines.size()) {
			BoxRows.Printed line = lines.get(j);
			String text = line.text().strip();
			if (text.isEmpty() || PageNumbers.isBareOrDashed(text) || isRunningHeader(text, repeats)) {
				j++;
				continue;
			}
			String[] tokens = text.split("[ 　]+");
			boolean figures = false;
			for (String token : tokens) {
				figures |= isFigure(token);
			}
			if (!figures && (row == null || row.full(figureColumns)) && !MARK.matcher(tokens[0]).matches()
					&& !(row != null && after == 1 && allDepartments(tokens))
					&& (text.length() > 30 || HeadingShapes.match(text, null).isPresent() || text.matches("^[＜<〈【].*"))) {
				// 1-2 広域にわたる…, ＜推進方針＞: the next section
				break;
			}
			for (int t = 0; t < tokens.length; t++) {
				String token = tokens[t];
				if (marked && MARK.matcher(token).matches()) {
					if (row != null && !row.full(figureColumns)) {
						if (row.name.length() > 0 || row.figures.size() > 0) {
							break scan;
						}
					}
					else {
						row = close(rows, row, line);
					}
					row.mark = token;
				}
				else if (YEAR.matcher(token).matches() && row != null && !row.figures.isEmpty()
						&& !row.figures.get(row.figures.size() - 1).matches(".*[）)]$")) {
					row.figures.set(row.figures.size() - 1, row.figures.get(row.figures.size() - 1) + token);
				}
				else if (isFigure(token)) {
					if (row == null || row.full(figureColumns) || row.name.length() == 0) {
						break scan;
					}
					row.figures.add(token);
					row.joined |= tokens.length >= 2;
				}
				else if (row != null && row.full(figureColumns) && after == 1 && DEPARTMENT.matcher(token).matches()) {
					row.departments.add(token);
				}
				else if (row != null && row.full(figureColumns) && after == 1 && token.endsWith("委員会")
						&& t + 1 == tokens.length && j + 1 < lines.size() && lines.get(j + 1).text().strip().matches("^事務局$")) {
					// 教育委員会 then 事務局: one department's name wrapped in its cell
					row.departments.add(token + "事務局");
					j++;
				}
				else {
					if (row == null || row.full(figureColumns)) {
						row = close(rows, row, line);
					}
					else if (!row.figures.isEmpty()) {
						break scan;
					}
					row.name.append(token);
					if (row.name.length() > MAX_NAME) {
						break scan;
					}
				}
			}
			j++;
		}
		if (row != null && row.full(figureColumns)) {
			rows.add(row);
		}
		else if (row != null) {
			j = rowStart(lines, row, j);
		}
		if (rows.size() < 2 && !(rows.size() == 1 && rows.get(0).departments.size() + rows.get(0).mark.length() > 0)) {
			return List.of();
		}
		if (joinedOnly && rows.stream().filter(done -> done.joined).count() * 2 < rows.size()) {
			// a cell a line, as a document's own one-cell-per-line tables are: no content stream's rows
			return List.of();
		}
		end[0] = rows.get(rows.size() - 1) == row ? j : rowStart(lines, row, j);
		List<BoxRows.Printed> out = new ArrayList<>();
		out.add(new BoxRows.Printed(String.join("\t", header), lines.get(start).number(), lines.get(start).page()));
		String mark = "";
		for (Row done : rows) {
			List<String> cells = new ArrayList<>();
			if (marked) {
				// the mark's cell spans the rows under it: each is that measure's, as a rowspan's copies read
				mark = done.mark.isEmpty() ? mark : done.mark;
				cells.add(mark);
			}
			cells.add(done.name.toString());
			cells.addAll(done.figures);
			if (after == 1) {
				cells.add(String.join("、", done.departments));
			}
			out.add(new BoxRows.Printed(String.join("\t", cells), done.first.number(), done.first.page()));
		}
		return out;
	}

	private static int rowStart(List<BoxRows.Printed> lines, Row row, int fallback) {
		if (row == null) {
			return fallback;
		}
		int index = lines.indexOf(row.first);
		return index >= 0 ? index : fallback;
	}

	private static Row close(List<Row> rows, Row row, BoxRows.Printed line) {
		if (row != null) {
			rows.add(row);
		}
		return new Row(line);
	}

	/** 黒潮町国土強靱化地域計画（第２期） at the top of every page: no row's cell, though a department's name repeats too. */
	static boolean isRunningHeader(String text, Map<String, Integer> repeats) {
		return repeats.getOrDefault(text, 0) >= 3 && text.length() > 6 && !DEPARTMENT.matcher(text).matches()
				&& !isFigure(text);
	}

	private static boolean allDepartments(String[] tokens) {
		for (String token : tokens) {
			if (!DEPARTMENT.matcher(token).matches()) {
				return false;
			}
		}
		return true;
	}

	static boolean isFigure(String token) {
		return FIGURE.matcher(token).matches() || STATE.matcher(token).matches();
	}
}
