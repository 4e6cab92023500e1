package org.govreview.readers.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tables as a layout-preserving extraction prints them, made whole:
 * <ul>
 * <li>a header alone, its rows printed below as tables of their own between blank lines (指標 | 基準値 | 目標値, then
 * each indicator with its wrapped name), is one table;</li>
 * <li>a row whose next line holds the rest of its first cell and, under its figures, only the years they are for
 * (市内宿泊施設の | 86万2千人 | 100万人 over 延べ宿泊者数 | （令和５年） | （令和11年）) is one row.</li>
 * </ul>
 * Stateless.
 */
final class TableRuns {

	/** （令和５年度）, （R5）, （令和７～11年度の累計）: a bracketed qualifier that names a year. */
	private static final Pattern YEAR_QUALIFIER = Pattern.compile("^[（(][^（）()]*(?:[0-9０-９元][^（）()]*年|[RHＲＨ][0-9０-９元])[^（）()]*[）)]$");

	/** 番号, No., ＮＯ, 項番, #: the header of a column of row numbers. */
	private static final Pattern NUMBERING = Pattern.compile("^(?:番号|No\\.?|ＮＯ|Ｎｏ．?|NO\\.?|項番|通番|#|＃)$");

	/** 月日, 日付, 年月日, 期日, 日時: the header of a column of days. */
	private static final Pattern DAY_HEADER = Pattern.compile("^(?:月日|日付|年月日|期日|日時|月/日)$");

	/** 10月29日, １０月２９日（火）: a day that starts a row. */
	private static final Pattern DAY = Pattern.compile("^[0-9０-９]{1,2}\\s*月\\s*[0-9０-９]{1,2}\\s*日");

	private TableRuns() {
	}

	/** Whether a header cell heads a column of days (月日, 日付, 期日). */
	static boolean isDayHeader(String text) {
		return DAY_HEADER.matcher(text.replaceAll("[\\s　]", "")).matches();
	}

	/** Whether a cell starts with a day (10月29日, １０月２９日（火）). */
	static boolean startsWithDay(String text) {
		return DAY.matcher(text.strip()).lookingAt();
	}

	static List<Block> join(List<Block> blocks) {
		List<Block> out = new ArrayList<>();
		for (Block block : blocks) {
			Block previous = out.isEmpty() ? null : out.get(out.size() - 1);
			if (block instanceof Table table && previous instanceof Table head && continues(head, table)) {
				List<List<Cell>> rows = new ArrayList<>(head.rows());
				rows.addAll(table.rows());
				out.set(out.size() - 1, head.withRows(rows, head.headerRows()));
				continue;
			}
			out.add(block);
		}
		out.replaceAll(block -> block instanceof Table table ? transposed(withDaysJoined(withYearsJoined(table))) : block);
		return out;
	}

	/**
	 * 基準値（R2）, R4実績, 目標値（R8）, 達成度: a row that says which year's figure or which target its cells are (目標１, a goal's
	 * number down a spanned cell, is none).
	 */
	private static final Pattern PERIOD_ROW = Pattern.compile(
			"^(?:(?:基準値|現状値|現況値|策定時|実績値?|目標値?|中間目標値?|最終目標値?|見込み?値?)(?:[（(][^（）()]{0,12}[）)]|(?:R|Ｒ|H|Ｈ|令和|平成)[0-9０-９元]{1,2}(?:年度)?|[0-9０-９元]{1,2}年度)?|[（(]?(?:R|Ｒ|H|Ｈ|令和|平成)[0-9０-９元]{1,2}(?:年度)?[）)]?(?:実績|見込|目標)値?|達成度|達成率|評価)$");

	/** 待機児童数（人）, 受診率（％）: a name and the unit in the brackets after it. */
	private static final Pattern NAME_UNIT = Pattern.compile("^(.+?)[（(]([^（）()0-9０-９]{1,4})[）)]$");

	/**
	 * 区分 | 指標① 待機児童数（人） | 指標② … over 基準値（R2） | 3 | 18,420, R4実績 | …, 目標値（R8） | 0 | 22,000: indicators as
	 * columns and periods as rows, turned so that each indicator is a row under a header of its periods, as the usual
	 * table prints it.
	 */
	private static Table transposed(Table table) {
		if (table.headerRows() != 1 || table.body().size() < 2 || table.columnCount() < 2) {
			return table;
		}
		List<Cell> header = table.rows().get(0);
		boolean periods = table.body().stream().allMatch(row -> !row.isEmpty()
				&& PERIOD_ROW.matcher(row.get(0).text().replaceAll("[\\s　]", "")).matches());
		boolean target = table.body().stream().anyMatch(row -> row.get(0).text().contains("目標"));
		if (!periods || !target || header.size() < 2 || header.stream().skip(1).anyMatch(Cell::isEmpty)) {
			return table;
		}
		List<List<Cell>> rows = new ArrayList<>();
		List<Cell> newHeader = new ArrayList<>();
		newHeader.add(new Cell("指標", header.get(0).location()));
		newHeader.add(new Cell("単位", header.get(0).location()));
		table.body().forEach(row -> newHeader.add(row.get(0)));
		rows.add(newHeader);
		for (int c = 1; c < header.size(); c++) {
			List<Cell> row = new ArrayList<>();
			// 指標①　待機児童数（人）: the indicator's name, its number before it and its unit in brackets after it
			String name = header.get(c).text().replaceFirst("^指標\\s*[0-9０-９①-⑳]*[\\s　:：]*", "").strip();
			Matcher unit = NAME_UNIT.matcher(name);
			String printedUnit = "";
			if (unit.matches()) {
				name = unit.group(1).strip();
				printedUnit = unit.group(2);
			}
			row.add(new Cell(name, header.get(c).location()));
			row.add(new Cell(printedUnit, header.get(c).location()));
			for (List<Cell> period : table.body()) {
				row.add(c < period.size() ? period.get(c) : new Cell("", period.get(0).location()));
			}
			rows.add(row);
		}
		return table.withRows(rows, 1);
	}

	/** A headerless table of the header's width, printed right after a table of that header. */
	private static boolean continues(Table head, Table table) {
		if (head.headerRows() == 0 || table.headerRows() != 0 || table.rows().isEmpty()
				|| table.columnCount() != head.header().size()) {
			return false;
		}
		List<Cell> first = table.rows().get(0);
		// 番号 | 項目 | … over 1 | 防災・減災対策の強化 | …: a row's number under the header's numbering column is its key
		boolean keyed = NUMBERING.matcher(head.header().get(0).strip()).matches() && first.get(0).text().strip().matches("[0-9０-９]{1,3}");
		if (DAY_HEADER.matcher(head.header().get(0).replaceAll("[\\s　]", "")).matches() && DAY.matcher(first.get(0).text().strip()).lookingAt()) {
			// 月日 | 視察先 | 調査項目 over 10月29日(火) | 大阪府枚方市 | …, each day's rows set apart by a blank line
			return true;
		}
		if (first.get(0).isEmpty() && !head.body().isEmpty()
				&& first.stream().filter(cell -> HeaderRows.isDatedFigure(cell.text())).count() >= 2) {
			// ⇥1-2 学校教育の充実⇥…⇥78.5（R1）⇥80.2: the next rows of a group whose cell its first row holds
			return true;
		}
		if (head.body().isEmpty() && first.stream().allMatch(cell -> HeaderRows.isFigure(cell.text()))) {
			// 人口 | 世帯数 | 面積 over 162,417人 | 69,884世帯 | 209.57km²: a header over a row of its figures alone
			return true;
		}
		return !first.get(0).isEmpty() && (keyed || !HeaderRows.isFigure(first.get(0).text()))
				&& first.stream().skip(1).anyMatch(cell -> HeaderRows.isFigure(cell.text()));
	}

	/**
	 * 10月29日(火) | 大阪府枚方市 | 枚方市駅周辺再整備の取組に then 午前 |  | ついて: under a column of days, a row that starts
	 * with no day and leaves the next column empty goes on with the day's row above it.
	 */
	private static Table withDaysJoined(Table table) {
		if (table.headerRows() == 0 || table.columnCount() < 3
				|| !DAY_HEADER.matcher(table.header().get(0).replaceAll("[\\s　]", "")).matches()) {
			return table;
		}
		List<List<Cell>> rows = new ArrayList<>(table.rows().subList(0, table.headerRows()));
		boolean joined = false;
		for (List<Cell> row : table.body()) {
			List<Cell> last = rows.size() > table.headerRows() ? rows.get(rows.size() - 1) : null;
			boolean goesOn = last != null && DAY.matcher(last.get(0).text().strip()).lookingAt()
					&& !DAY.matcher(row.isEmpty() ? "" : row.get(0).text().strip()).lookingAt()
					&& (row.size() < 2 || row.get(1).isEmpty()) && row.stream().anyMatch(cell -> !cell.isEmpty());
			if (goesOn) {
				List<Cell> copy = new ArrayList<>(last);
				Wraps.joinRow(copy, row);
				rows.set(rows.size() - 1, copy);
				joined = true;
			}
			else {
				rows.add(row);
			}
		}
		return joined ? table.withRows(rows, table.headerRows()) : table;
	}

	private static Table withYearsJoined(Table table) {
		List<List<Cell>> rows = new ArrayList<>(table.rows());
		boolean joined = false;
		for (int r = rows.size() - 1; r > table.headerRows(); r--) {
			List<Cell> row = rows.get(r);
			List<Cell> above = rows.get(r - 1);
			if (r - 1 >= table.headerRows() && yearsUnderFigures(row, above)) {
				List<Cell> merged = new ArrayList<>();
				for (int c = 0; c < above.size(); c++) {
					String rest = c < row.size() ? row.get(c).text() : "";
					String text = c == 0 ? Wraps.joinCell(above.get(c).text(), rest) : above.get(c).text() + rest;
					merged.add(new Cell(text, above.get(c).location()));
				}
				rows.set(r - 1, merged);
				rows.remove(r);
				joined = true;
			}
		}
		return joined ? table.withRows(rows, table.headerRows()) : table;
	}

	private static boolean yearsUnderFigures(List<Cell> row, List<Cell> above) {
		if (row.size() > above.size() || row.size() < 2) {
			return false;
		}
		boolean any = false;
		for (int c = 1; c < row.size(); c++) {
			String text = row.get(c).text().strip();
			if (text.isEmpty()) {
				continue;
			}
			if (!YEAR_QUALIFIER.matcher(text).matches() || !HeaderRows.isFigure(above.get(c).text())) {
				return false;
			}
			any = true;
		}
		return any;
	}
}
