package org.govreview.readers.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govreview.domain.indicator.IndicatorValue;
import org.govreview.domain.policy.Statistic;
import org.govreview.readers.document.Cell;
import org.govreview.readers.document.Table;
import org.govreview.readers.document.Vocabulary;
import org.govreview.readers.text.JapaneseNumbers;

/**
 * The statistics of a table, in the shapes policies print them: indicators down the first column with a column per
 * year (指標名 | 令和3年度実績 | 令和4年度実績 | 令和5年度目標, the target column skipped); years down the first column
 * with a column per indicator (年度 | 生活保護受給世帯数 | 保護率（‰）); the ward beside the city with a column of
 * dates (項目 | 長田区 | 神戸市全体 | 時点), the city's figure stored with the subject suffix （市全体）; and label–value
 * lists whose label carries the date (人口（2024年4月1日現在） | 249,681人, （同上） for the row before's). A unit in
 * brackets after the indicator (人口（人）) is the values' unit. A cell without a number, an approximate one and a row
 * without a certain year give nothing. Not thread-safe.
 */
final class TableFigures {

	private static final Pattern UNIT_IN_NAME = Pattern.compile("^(.*?)[（(]([^）)]{1,4})[）)]$");

	private static final Pattern SAME_AS_ABOVE = Pattern.compile("[（(]同上[）)]");

	/** 現状：41.2％（令和５年度）: a figure's label, then the figure. */
	static final Pattern LABELLED_FIGURE = Pattern.compile("^([^:：\\d]{1,8})[:：]\\s*(\\d.*)$");

	/** 現状値（R5）97.8％: a figure's label and year before it. */
	private static final Pattern LABEL_YEAR_FIGURE = Pattern.compile("^([^\\d（()）]{1,8})[（(]([^（）()]{1,12})[）)]\\s*(\\d.*)$");

	/** 45％以上（令和６年度）: the bound is no part of the figure. */
	private static final Pattern BOUND = Pattern.compile("(?:以上|以下|未満|超)(?=\\s*[（(])");

	/** A figure with its own year in brackets after it: 36か所（R4）. */
	private static final Pattern OWN_YEAR = Pattern.compile("^(\\d.*?)[（(]([^（）()]{1,12})[）)]$");

	private final Vocabulary vocabulary;

	private final List<Statistic> statistics;

	TableFigures(Vocabulary vocabulary, List<Statistic> statistics) {
		this.vocabulary = vocabulary;
		this.statistics = statistics;
	}

	/** The unit a caption gives the bare figures of the next table (（単位：千円）), or null. */
	private String captionUnit;

	void captionUnit(String unit) {
		this.captionUnit = unit;
	}

	/** Reads the table's statistics; false when it has none of the shapes (then it is read as text). */
	boolean read(Table table, String issueId) {
		return read(table, issueId, null);
	}

	/**
	 * Reads the table's statistics, {@code caption} (the heading just above it, may be null) naming the indicator of a
	 * table whose rows are the ward and the city (■ 特定健康診査受診率 over 中村区 | 31.6％ … and 名古屋市 | 35.9％ …).
	 */
	boolean read(Table printed, String issueId, String caption) {
		Table table = fromIndicatorColumn(withoutRepeatedLabel(withoutNumbers(printed)));
		return labelledFigures(table, issueId, caption) || namesOverFigures(table, issueId, caption)
				|| namedTransitions(table, issueId) || transitionCells(table, issueId) || yearColumns(table, issueId, caption)
				|| yearRows(table, issueId) || currentAndTarget(table, issueId)
				|| wardAndCity(table, issueId) || datedLabels(table, issueId, caption) || datedColumn(table, issueId);
	}

	/**
	 * 成果指標 | 指標名 | 現況値 → 目標値 over 成果指標 | 健康危機対処訓練の実施回数 | ３回（R6年度）→ ４回: the label a merged
	 * cell printed again on every row is no column of the figures.
	 */
	private static Table withoutRepeatedLabel(Table table) {
		if (table.columnCount() < 3 || table.rows().size() < 2 || table.rows().stream().anyMatch(row -> row.size() < 3)) {
			return table;
		}
		String label = table.rows().get(0).get(0).text().strip();
		if (label.isEmpty() || startsWithFigure(nfkc(label)) || !table.rows().stream().allMatch(row -> row.get(0).text().strip().equals(label))) {
			return table;
		}
		return withoutFirstColumn(table);
	}

	/**
	 * 指標名 | 現況値 → 目標値（令和７年度） over ＩＨＥＡＴ要員の登録者数 | １８人（R7.3.31現在）→ ２５人: the figure before the
	 * arrow, with the year it states, is the indicator's; the target after it is not a statistic.
	 */
	private boolean transitionCells(Table table, String issueId) {
		if (table.headerRows() == 0 || table.columnCount() < 2 || table.body().isEmpty()) {
			return false;
		}
		int column = -1;
		for (int c = 1; c < table.header().size(); c++) {
			if (nfkc(table.header().get(c)).matches(".*[→⇒➡].*")) {
				column = c;
				break;
			}
		}
		if (column < 0) {
			return false;
		}
		boolean any = false;
		for (List<Cell> row : table.body()) {
			String name = Table.cell(row, 0).orElse("").strip();
			String[] parts = nfkc(Table.cell(row, column).orElse("")).split("[→⇒➡]", 2);
			String before = BOUND.matcher(parts[0].strip()).replaceFirst("");
			if (parts.length == 2 && !name.isEmpty() && !startsWithFigure(nfkc(name)) && OWN_YEAR.matcher(before).matches()) {
				any |= add(name, null, before, 0, "", issueId);
			}
		}
		return any;
	}

	/**
	 * No. | 重点取組 | 主な取組 | 指標名 | 単位 | 基準値 | 基準時点: the columns before the one the header names the
	 * indicators in say what the figures are for, not what they count; the table read from the indicators' column.
	 */
	private Table fromIndicatorColumn(Table table) {
		if (table.headerRows() == 0) {
			return table;
		}
		List<String> header = table.header();
		for (int c = 1; c < header.size(); c++) {
			String word = nfkc(header.get(c)).replaceAll("\\s", "");
			if (this.vocabulary.is("indicator", word) || word.endsWith("指標名")) {
				return fromColumn(table, c);
			}
		}
		return table;
	}

	private static Table withoutFirstColumn(Table table) {
		return fromColumn(table, 1);
	}

	/** The table from its column {@code first} on, the columns before it left out of every row. */
	private static Table fromColumn(Table table, int first) {
		return table.withRows(table.rows().stream().map(row -> row.subList(Math.min(first, row.size()), row.size())).toList(),
				table.headerRows());
	}

	/** (ｱ), ①, ア, 1.: a row's number, set in a column of its own, and no figure's name. */
	private static final Pattern ROW_NUMBER = Pattern.compile("^(?:[(（](?:[0-9]{1,2}|[ｱ-ﾝ]|[ア-ン]|[a-z])[)）]|[①-⑳]|[ア-ン]|[0-9]{1,2}[.．])$");

	/** The table without a first column that only numbers its rows ((ｱ) | 人口 | 282,146人). */
	private static Table withoutNumbers(Table table) {
		if (table.columnCount() < 3 || table.rows().isEmpty() || !table.rows().stream()
			.allMatch(row -> !row.isEmpty() && ROW_NUMBER.matcher(nfkc(row.get(0).text()).strip()).matches())) {
			return table;
		}
		return withoutFirstColumn(table);
	}

	/**
	 * 指標 | 現状値 | 目標値（R7） over 子育てサロン…の数 | 74 か所（R6.4.1） | 78 か所: each indicator's current figure, dated by
	 * its own brackets or by its column's header (現状値（R5）); a figure dated by neither is none, and the target is
	 * never a statistic. Such a table is never read again as sentences, whose rules would take a unit for a name.
	 */
	private boolean currentAndTarget(Table table, String issueId) {
		List<String> header = table.header();
		if (table.headerRows() == 0 || header.size() != 3 || table.body().isEmpty()
				|| !this.vocabulary.mentions("baseline", header.get(1)) || !this.vocabulary.mentions("target", header.get(2))
				|| this.vocabulary.mentions("target", header.get(1))) {
			return false;
		}
		if (!table.body().stream().allMatch(row -> !nfkc(Table.cell(row, 0).orElse("")).isBlank()
				&& startsWithFigure(nfkc(Table.cell(row, 1).orElse("")).strip()))) {
			return false;
		}
		String headed = nfkc(header.get(1));
		OptionalInt headerYear = StatedPeriods.yearOf(headed);
		if (headerYear.isEmpty()) {
			Matcher bracketed = BRACKETED.matcher(headed);
			headerYear = bracketed.find() ? yearStated(bracketed.group(1)) : OptionalInt.empty();
		}
		for (List<Cell> row : table.body()) {
			String[] name = nameAndUnit(Table.cell(row, 0).orElse(""));
			add(name[0], name[1], Table.cell(row, 1).orElse(""), headerYear.orElse(0), headerYear.isPresent() ? headed : "", issueId);
		}
		return true;
	}

	/**
	 * 区分 | 数値 | 備考 over 人口 | 285,473人 | 令和６年１月１日現在（住民基本台帳）: each row's figure as of the date
	 * another of its cells states (R7.3.31, R6年, R7.3末, R2 alone); a row dated by a dash (面積 | 19.05 ㎢ | －) gives
	 * no figure, and a table with a row lacking a figure gives nothing.
	 */
	private boolean datedColumn(Table table, String issueId) {
		if (table.headerRows() == 0 || table.columnCount() < 3 || table.body().isEmpty()) {
			return false;
		}
		int value = -1;
		int date = -1;
		for (int c = 1; c < table.columnCount(); c++) {
			int column = c;
			boolean figures = table.body().stream().allMatch(row -> startsWithFigure(nfkc(Table.cell(row, column).orElse("")).strip()));
			boolean dates = table.body().stream().allMatch(row -> isDateCell(Table.cell(row, column).orElse("")))
					&& table.body().stream().filter(row -> dateCell(Table.cell(row, column).orElse("")).isPresent()).count() >= 2;
			if (figures && value < 0 && !this.vocabulary.mentions("target", column < table.header().size() ? table.header().get(column) : "")) {
				value = c;
			}
			else if (dates && !figures && date < 0) {
				date = c;
			}
		}
		if (value < 0 || date < 0) {
			return false;
		}
		boolean any = false;
		int unitColumn = unitColumn(table.header());
		for (List<Cell> row : table.body()) {
			// 令和６年４月１日現在 over ※うち２か所は令和７年度に民間移管予定: the date, then a note of the same cell
			String period = firstLine(Table.cell(row, date).orElse(""));
			String[] name = nameAndUnit(Table.cell(row, 0).orElse(""));
			if (name[1] == null && unitColumn > 0) {
				name[1] = unitOf(Table.cell(row, unitColumn).orElse(""));
			}
			any |= add(name[0], name[1], Table.cell(row, value).orElse(""), dateCell(period).orElse(0), period, issueId);
		}
		return any;
	}

	/** 単位, （単位）, 成果指標⏎単位 under a cell spanning the indicator's columns: the column of the rows' units, or -1. */
	private static int unitColumn(List<String> header) {
		int unitColumn = -1;
		for (int i = 1; i < header.size(); i++) {
			if (isUnitHeader(header.get(i))) {
				unitColumn = i;
			}
		}
		return unitColumn;
	}

	/**
	 * 単位, （単位）, 成果指標単位 (単位 under a spanning 成果指標): a column of units; 指標名（単位）, names whose units stand
	 * in brackets after them, is none.
	 */
	private static boolean isUnitHeader(String cell) {
		return nfkc(cell).replaceAll("\\s", "").matches("(?:.*[^(])?単位|\\(単位\\)");
	}

	/** R2 alone in a column of dates: the year itself, as 令和２年 would be. */
	private static final Pattern ERA_INITIAL = Pattern.compile("^[RHS]\\s*(?:元|\\d{1,2})$");

	/** －, an empty cell: a figure of no date in a column of dates (面積 | 19.05 ㎢ | －). */
	private static final Pattern NO_DATE = Pattern.compile("^[-－―‐—ー]?$");

	/** True when a cell of a 時点 column states a date or says there is none. */
	private static boolean isDateCell(String cell) {
		return NO_DATE.matcher(firstLine(cell)).matches() || dateCell(cell).isPresent();
	}

	/** R7.3末, R6.12 in a 時点 column: an era initial's year and a month, as 令和7年3月末 would print it. */
	private static final Pattern DOTTED_MONTH = Pattern.compile("^([RHS])\\s*(元|\\d{1,2})\\.(\\d{1,2})\\s*末?$");

	/** The year a cell of a 時点 column gives: its stated period, or a bare era initial's year. */
	private static OptionalInt dateCell(String cell) {
		String text = DOTTED_MONTH.matcher(firstLine(cell)).replaceFirst("$1$2年$3月末");
		return ERA_INITIAL.matcher(text).matches() ? yearStated(text) : StatedPeriods.yearOf(text);
	}

	/** （R5）, (令和５年度) in a header cell: the words in its brackets. */
	private static final Pattern BRACKETED = Pattern.compile("[（(]([^（）()]{1,12})[）)]");

	/**
	 * The year a date or the words in a figure's brackets state: its period (令和6年4月1日現在, R6年), else a year and
	 * nothing else (R6, 令和5年度).
	 */
	private static OptionalInt yearStated(String text) {
		OptionalInt stated = StatedPeriods.yearOf(text);
		return stated.isPresent() ? stated : org.govreview.readers.text.FiscalYears.yearOf(text);
	}

	private static String firstLine(String cell) {
		String text = nfkc(cell).strip();
		return text.contains("\n") ? text.substring(0, text.indexOf('\n')) : text;
	}

	/**
	 * ◎自主防災会の訓練実施率 | 78.4％（令和５年度） | ⇒ | 85.0％（令和６年度）: rows each naming an indicator, then its
	 * figures each with the year it states.
	 */
	private boolean namedTransitions(Table table, String issueId) {
		if (table.columnCount() < 3) {
			return false;
		}
		List<String[]> figures = new ArrayList<>();
		for (List<Cell> row : table.rows()) {
			List<String> cells = row.stream().map(cell -> nfkc(cell.text()).strip()).filter(text -> !text.isEmpty()).toList();
			if (cells.size() < 3 || startsWithFigure(cells.get(0)) && !cells.get(0).matches("^\\d+(?:か月|ヶ月|歳|年|日).{4,}")) {
				// ４か月児健康診査受診率 begins with a number and is a name
				return false;
			}
			String name = cells.get(0).replaceFirst("^[◎○●◇◆■□・]\\s*", "");
			boolean arrow = false;
			for (String cell : cells.subList(1, cells.size())) {
				String figure = BOUND.matcher(cell).replaceFirst("");
				Matcher labelled = LABEL_YEAR_FIGURE.matcher(figure);
				if (cell.matches("[→⇒➡]+")) {
					arrow = true;
				}
				else if (labelled.matches() && this.vocabulary.mentions("target", labelled.group(1))) {
					// 目標値（R6）98.0％: a target, never a statistic
				}
				else if (labelled.matches() && this.vocabulary.mentions("baseline", labelled.group(1))) {
					// 現状値（R5）97.8％: the figure, then the year its label states
					figures.add(new String[] { name, labelled.group(3).strip() + "（" + labelled.group(2) + "）" });
				}
				else if (OWN_YEAR.matcher(figure).matches()) {
					figures.add(new String[] { name, figure });
				}
				else {
					return false;
				}
			}
			if (!arrow) {
				return false;
			}
		}
		boolean any = false;
		for (String[] figure : figures) {
			any |= add(figure[0], null, figure[1], 0, "", issueId);
		}
		return any;
	}

	/**
	 * 人口 | 世帯数 | 高齢化率 over 134,287人 | 62,845世帯 | 30.4％ under ２ 区の概況（令和６年３月末現在）: each figure
	 * with the name over it, as of the date the caption states; without one, none.
	 */
	private boolean namesOverFigures(Table table, String issueId, String caption) {
		if (caption == null || table.rows().size() != 2 || table.columnCount() < 2) {
			return false;
		}
		String stated = nfkc(caption);
		List<StatedPeriods.Period> periods = StatedPeriods.in(stated);
		if (periods.size() != 1) {
			return false;
		}
		String period = stated.substring(periods.get(0).start(), periods.get(0).end());
		List<Cell> names = table.rows().get(0);
		List<Cell> figures = table.rows().get(1);
		if (names.size() != figures.size() || names.stream().anyMatch(cell -> nfkc(cell.text()).strip().isEmpty()
				|| startsWithFigure(nfkc(cell.text()).strip()) || this.vocabulary.mentions("target", cell.text()))
				|| figures.stream().anyMatch(cell -> !startsWithFigure(nfkc(cell.text()).strip()))) {
			return false;
		}
		boolean any = false;
		for (int c = 0; c < names.size(); c++) {
			any |= add(nfkc(names.get(c).text()).strip(), null, figures.get(c).text(), periods.get(0).year(), period, issueId);
		}
		return any;
	}

	private static boolean startsWithFigure(String cell) {
		return cell.matches("^[約▲△+\\-−]?[0-9].*");
	}

	/**
	 * 現状：41.2％（令和５年度） → 目標：45％以上（令和６年度） under ■ its indicator: the caption's figures, each with the
	 * year it states; a figure without one is none.
	 */
	private boolean labelledFigures(Table table, String issueId, String caption) {
		if (caption == null || caption.isBlank() || table.rows().size() > 2) {
			return false;
		}
		List<String> figures = new ArrayList<>();
		for (List<Cell> row : table.rows()) {
			for (Cell cell : row) {
				String text = nfkc(cell.text()).strip();
				if (text.isEmpty() || text.matches("[→⇒➡]+")) {
					continue;
				}
				Matcher labelled = LABELLED_FIGURE.matcher(text);
				if (!labelled.matches() || !(this.vocabulary.mentions("baseline", labelled.group(1))
						|| this.vocabulary.mentions("target", labelled.group(1)))) {
					return false;
				}
				figures.add(BOUND.matcher(labelled.group(2)).replaceFirst(""));
			}
		}
		boolean any = false;
		for (String figure : figures) {
			any |= add(nfkc(caption).strip(), null, figure, 0, "", issueId);
		}
		return any;
	}

	/** A row named for the ward or the city under a caption: the caption's indicator, the city's as （市全体）. */
	private static String[] placeRow(String[] name, String caption) {
		if (caption == null || caption.isBlank()) {
			return name;
		}
		String row = name[0].strip();
		String indicator = nfkc(caption).strip();
		Matcher trend = TREND.matcher(indicator);
		if (row.matches("^(?:合計|総数|計)$") && trend.matches()) {
			// 合計 under 表１ 児童生徒数の推移: the total is what the table traces
			return new String[] { trend.group(1), name[1] };
		}
		if (row.matches("^[\\p{IsHan}ヶケ]{1,6}区$")) {
			return new String[] { indicator, name[1] };
		}
		if (row.matches("^[\\p{IsHan}ヶケ]{1,6}市(?:全体|平均)?$|^(?:市全体|全市|市平均)$")) {
			return new String[] { indicator + ProseFigures.CITY_SUFFIX, name[1] };
		}
		return name;
	}

	/** 表１　児童生徒数の推移（各年５月１日現在）: a caption naming what the table's years trace. */
	private static final Pattern TREND = Pattern.compile("^(?:表\\s*\\d{1,2}\\s*)?([^\\s()（）]{2,16})の推移(?:\\s*[(（].*)?$");

	/** 各年3月31日現在, 各年度末: the day of each year the figures of a table are as of. */
	private static final Pattern EACH_YEAR = Pattern.compile("各年度?末?\\s*\\(?\\s*(\\d{1,2})\\s*月\\s*(?:(\\d{1,2})\\s*日|末)");

	/** （９月末）, （3月末現在）: the month a column's figures are as of, in brackets after its word. */
	private static final Pattern MONTH_NOTE = Pattern.compile("[（(][0-9０-９]{1,2}月末?(?:時点|現在)?[）)]");

	/** R3, H30, 令和3: an era year, nothing else. */
	private static final Pattern BARE_YEAR = Pattern.compile("^(?:[RHS]|令和|平成)\\s*(?:元|\\d{1,2})$");

	/** 令和４年, 2022年: a calendar year alone. */
	private static final Pattern CALENDAR_YEAR = Pattern.compile("^(?:(?:令和|平成)\\s*(?:元|\\d{1,2})|\\d{4})\\s*年$");

	/** ※1, ＊２ after a header: a note's mark, no part of the period it heads. */
	private static final Pattern NOTE_MARK = Pattern.compile("\\s*[※*＊]\\s*[0-9０-９]{0,2}\\s*$");

	/** A column of figures headed by its year: the year, the period as printed, whether it is the city's, its unit. */
	private record YearColumn(int index, int year, String period, boolean cityWide, String unit) {
	}

	private boolean yearColumns(Table table, String issueId, String caption) {
		// Ｒ５⏎実績: a period over the word for its figures, one header (not 基準値⏎（R5年度末）, a baseline's column)
		List<String> header = new ArrayList<>(table.header().stream()
			.map(cell -> NOTE_MARK.matcher(cell.replaceFirst("^([^\n（(]*[0-9０-９元][^\n（(]*)[ 　]*\n[ 　]*(?=[^\n]+$)", "$1")).replaceFirst(""))
			.toList());
		StringBuilder spanned = new StringBuilder();
		java.util.Map<Integer, String> overYear = new java.util.HashMap<>();
		for (int i = 1; i < header.size() && table.headerRows() > 1; i++) {
			String lower = Table.cell(table.rows().get(table.headerRows() - 1), i).orElse("");
			boolean bareLower = BARE_YEAR.matcher(nfkc(lower).strip()).matches();
			if (!isOnlyAPeriod(header.get(i)) && !lower.isBlank() && (isOnlyAPeriod(lower) || bareLower) && header.get(i).endsWith(lower)
					&& (StatedPeriods.yearOf(nfkc(lower)).isPresent() || bareLower)) {
				// 各年度末（３月末）現在 over 令和４年度 | 令和５年度 | 令和６年度: the years, and the day the cell over them names
				if (spanned.isEmpty()) {
					spanned.append(header.get(i), 0, header.get(i).length() - lower.length());
				}
				overYear.put(i, header.get(i).substring(0, header.get(i).length() - lower.length()).strip());
				header.set(i, lower);
			}
		}
		if (!spanned.isEmpty()) {
			caption = (caption == null ? "" : caption + " ") + spanned;
		}
		List<YearColumn> columns = new ArrayList<>();
		for (int i = 1; i < header.size(); i++) {
			OptionalInt year = StatedPeriods.yearOf(nfkc(header.get(i)));
			boolean bare = year.isEmpty() && BARE_YEAR.matcher(nfkc(header.get(i)).strip()).matches();
			if (bare) {
				// 区分 | 単位 | R3 | R4 | R5: a column headed by an era year alone, or the figures as of the day each year
				// the caption names (各年3月31日現在: R2 is the figure of fiscal 2019)
				year = org.govreview.readers.text.FiscalYears.yearOf(nfkc(header.get(i)).strip());
			}
			Matcher day = EACH_YEAR.matcher(caption == null ? "" : nfkc(caption));
			boolean eachYear = day.find();
			// 令和５年度 | 令和６年度 over ※人数・台数は各年度４月１日現在: each fiscal year's figure as of its day
			boolean fiscal = !bare && eachYear && year.isPresent() && day.group().startsWith("各年度")
					&& nfkc(header.get(i)).strip().matches(".*年度$");
			if (eachYear && CALENDAR_YEAR.matcher(nfkc(header.get(i)).strip()).matches()) {
				// 令和４年 | 令和５年 under 人口の推移（各年１月１日現在）: the figure as of 1 January 2022 is fiscal 2021's
				year = org.govreview.readers.text.FiscalYears.yearOf(nfkc(header.get(i)).strip().replaceFirst("\\s*年$", ""));
			}
			else if (!bare && !fiscal) {
				eachYear = false;
			}
			if (year.isPresent() && eachYear) {
				int month = Integer.parseInt(day.group(1));
				// a fiscal year's January to March fall in the calendar year after the one it is named by
				java.time.YearMonth yearMonth = java.time.YearMonth.of(year.getAsInt() + (fiscal && month <= 3 ? 1 : 0), month);
				java.time.LocalDate asOf = day.group(2) == null ? yearMonth.atEndOfMonth() : yearMonth.atDay(Integer.parseInt(day.group(2)));
				year = OptionalInt.of(org.govreview.readers.text.FiscalYears.yearOfFigureAsOf(asOf));
			}
			else if (bare && caption != null && !StatedPeriods.in(nfkc(caption)).isEmpty() && !spanned.toString().contains("年度")) {
				// (実績値（年度） over R4 | R5 | R6 names the years fiscal ones, whatever day the caption gives)
				// a date the years are not read against
				year = OptionalInt.empty();
			}
			// 令和７年度 over 中間実績（９月末）: the year's figure so far, as of the month its note names
			if (year.isPresent() && !this.vocabulary.mentions("target", header.get(i))
					&& (bare || isOnlyAPeriod(header.get(i)) || isOnlyAPeriod(MONTH_NOTE.matcher(header.get(i)).replaceAll("")))
					&& nfkc(header.get(i)).matches(".*(?:\\d|元).*")) {
				// 令和６年 under 各年５月１日現在: a day's figure, counted once that day has passed; （参考）市全体 over 令和５年
				// beside the ward's years: the city's figure of that year; 令和６年度予算額（千円）: the column's unit after its year
				columns.add(new YearColumn(i, year.getAsInt(), eachYear ? header.get(i).strip() + "（" + day.group() + "）" : header.get(i),
						this.vocabulary.mentions("city-wide", header.get(i)),
						columnUnit(header.get(i), overYear.get(i))));
			}
		}
		if (columns.isEmpty() || StatedPeriods.yearOf(nfkc(header.get(0))).isPresent()) {
			return false;
		}
		int unitColumn = unitColumn(header);
		int nameColumn = nameColumn(header, columns.get(0).index(), table.body());
		// 区分 | (sub-name) | 単位 | R4 | R5: the group's name, then its rows' own
		boolean grouped = nameColumn == 0 && (columns.get(0).index() == 2 && unitColumn != 1
				|| columns.get(0).index() == 3 && unitColumn == 2 && header.get(1).isBlank() && !Table.cell(table.body().get(0), 0).orElse("").isBlank())
				&& groupsRows(table.body());
		String group = "";
		for (List<Cell> row : table.body()) {
			String[] name = placeRow(nameAndUnit(Table.cell(row, nameColumn).orElse("")), caption);
			if (grouped && !Table.cell(row, 1).orElse("").isBlank()) {
				// 蔵書冊数（冊） | 一般書 | … then | 児童書 | … then | 計 | …: the rows of one figure broken down, named by both
				String[] spanning = nameAndUnit(Table.cell(row, 0).orElse(""));
				group = spanning[0].isEmpty() ? group : spanning[0];
				String part = nfkc(Table.cell(row, 1).orElse("")).strip();
				name = new String[] { part.isEmpty() || part.matches("(?:合計|総計|小計|計|全体|総数)") ? group : group + "（" + part + "）",
						spanning[1] != null ? spanning[1] : name[1] };
			}
			if (name[1] == null && unitColumn > 0) {
				name[1] = unitOf(Table.cell(row, unitColumn).orElse(""));
			}
			List<String> values = new ArrayList<>();
			for (YearColumn column : columns) {
				values.add(Table.cell(row, column.index()).orElse(""));
			}
			values = org.govreview.readers.text.ExcelValues.displayed(values, name[1],
					row.stream().map(Cell::text).toList());
			for (int c = 0; c < columns.size(); c++) {
				YearColumn column = columns.get(c);
				add(column.cityWide() ? name[0] + ProseFigures.CITY_SUFFIX : name[0], name[1] != null ? name[1] : column.unit(),
						values.get(c), column.year(), column.period(), issueId);
			}
		}
		return true;
	}

	/** A first column printed once for several rows (empty or repeated below), a second that names each of those rows. */
	private static boolean groupsRows(List<List<Cell>> body) {
		boolean spans = false;
		for (int r = 0; r < body.size(); r++) {
			String first = Table.cell(body.get(r), 0).orElse("").strip();
			String second = Table.cell(body.get(r), 1).orElse("").strip();
			if (startsWithFigure(nfkc(second))) {
				// a figure, not the name of a row's part (うち65歳以上 is one)
				return false;
			}
			spans |= r > 0 && !second.isEmpty() && (first.isEmpty() || first.equals(Table.cell(body.get(r - 1), 0).orElse("").strip()));
		}
		return spans;
	}

	/** 区分, 分野, 種別: a column that sorts the rows into fields. */
	private static final java.util.regex.Pattern ROW_GROUP = java.util.regex.Pattern.compile("区分|分野|種別|分類");

	/** 項目, 項目名: the column naming each row. */
	private static final java.util.regex.Pattern ITEM_NAME = java.util.regex.Pattern.compile("項目名?");

	/** 事業名, 主な事業, 名称: a column naming projects, each row's figures its own. */
	private static final java.util.regex.Pattern PROJECT_NAME = java.util.regex.Pattern.compile("(?:主な)?(?:事務)?事業(?:名|名称)?|名称");

	/**
	 * 視点／戦略目標 | 重要成功要因 | 業績評価指標（ＫＰＩ） | … | Ｒ４実績: the figures are the named indicator's, not the
	 * goal's at the left; without a column so headed, the first names them.
	 */

	private int nameColumn(List<String> header, int firstFigures, List<List<Cell>> body) {
		for (int i = 1; i < firstFigures; i++) {
			if (isUnitHeader(header.get(i))) {
				// 成果指標 over 指標名 | 単位: the units' column under the indicators' heading names none
				continue;
			}
			// 重点目標 | 事業名 | R7 | R6: the projects' names, the column before them only the goal each serves
			if (this.vocabulary.mentions("indicator", header.get(i)) || PROJECT_NAME.matcher(nfkc(header.get(i)).replaceAll("\\s", "")).matches()) {
				return i;
			}
			if (ROW_GROUP.matcher(nfkc(header.get(0)).replaceAll("\\s", "")).matches()
					&& ITEM_NAME.matcher(nfkc(header.get(i)).replaceAll("\\s", "")).matches()) {
				// 区分 | 項目 | 単位 | 令和３年度 …: the field each row falls under, then the row's own name
				return i;
			}
		}
		boolean numbers = body.stream().allMatch(row -> nfkc(Table.cell(row, 0).orElse("")).strip().matches("(?:\\d{1,3}[.)]?)?"));
		if (firstFigures > 1 && (numbers || nfkc(header.get(0)).strip().matches("(?i)No\\.?|番号|項番|#"))) {
			// No. | 項目 | 単位 | R3年度 …: the rows' numbers, the names beside them
			return 1;
		}
		return 0;
	}

	private boolean yearRows(Table table, String issueId) {
		List<String> header = table.header();
		if (table.headerRows() == 0 || header.size() < 2 || table.body().isEmpty()) {
			return false;
		}
		for (List<Cell> row : table.body()) {
			String period = nfkc(Table.cell(row, 0).orElse(""));
			if (rowYear(period).isEmpty()) {
				return false;
			}
		}
		for (List<Cell> row : table.body()) {
			String period = Table.cell(row, 0).orElse("");
			int year = rowYear(nfkc(period)).getAsInt();
			for (int i = 1; i < header.size(); i++) {
				String[] name = nameAndUnit(header.get(i));
				add(name[0], name[1], Table.cell(row, i).orElse(""), year, period, issueId);
			}
		}
		return true;
	}

	private boolean wardAndCity(Table table, String issueId) {
		List<String> header = table.header();
		if (table.headerRows() == 0 || header.size() < 3 || table.body().isEmpty()) {
			return false;
		}
		// 区分 | 項目 | 数値 | 単位 | 時点: the field each row falls under, then the row's own name and its figure
		int named = ROW_GROUP.matcher(nfkc(header.get(0)).replaceAll("\\s", "")).matches()
				&& ITEM_NAME.matcher(nfkc(header.get(1)).replaceAll("\\s", "")).matches() ? 1 : 0;
		int time = -1;
		int city = -1;
		int unit = -1;
		for (int i = 1 + named; i < header.size(); i++) {
			// 時　点, 単　位: a label spread over its cell's width
			String cell = nfkc(header.get(i)).replaceAll("\\s", "");
			if (cell.replaceAll("[（(][^）)]*[）)]", "").matches("(?:時点|年度|年次|現在|調査時点|基準日|時期)") && time < 0) {
				time = i;
			}
			else if (cell.matches("単位|\\(単位\\)") && unit < 0) {
				// 項目 | 数値 | 単位 | 時点: each row's unit in a column of its own
				unit = i;
			}
			else if (this.vocabulary.mentions("city-wide", cell) || cell.matches(".*[市]全体$")
					|| cell.matches("^[\\p{IsHan}ヶケ]{1,6}市$") && nfkc(header.get(1 + named)).strip().matches("^[\\p{IsHan}ヶケ]{1,6}区$")) {
				// 項目 | 天白区 | 名古屋市 | 時点: the city the ward belongs to
				city = i;
			}
		}
		if (time < 0) {
			return false;
		}
		// 指標 | 現状値 | 時点 | 目標値: the 時点 beside the current figure dates it, the target has its own year
		boolean datesCurrent = time == 2 + named && this.vocabulary.mentions("baseline", header.get(1 + named))
				&& !this.vocabulary.mentions("target", header.get(1 + named));
		// 指標 | 現状 | 目標 | 年度: the year column is the target's; a current figure counts only with its own year
		boolean targets = !datesCurrent && header.stream().anyMatch(cell -> this.vocabulary.mentions("target", cell));
		for (List<Cell> row : table.body()) {
			String period = Table.cell(row, time).orElse("");
			// R2 alone in a 時点 column is its year; in the target's year column it dates no current figure
			OptionalInt year = targets ? StatedPeriods.yearOf(nfkc(period)) : dateCell(period);
			if (year.isEmpty() && targets) {
				// Ｒ９ in the target's year column: each current figure's own year (５４．３％（Ｒ６）) decides
				year = OptionalInt.of(0);
			}
			if (year.isEmpty()) {
				continue;
			}
			String[] name = nameAndUnit(Table.cell(row, named).orElse(""));
			if (named == 1 && itemsRepeated(table.body())) {
				// 小学校 | 学校数 then 中学校 | 学校数: the item is named again under another field, both name it
				String field = nfkc(Table.cell(row, 0).orElse("")).strip();
				name[0] = field.isEmpty() ? name[0] : field + "（" + name[0] + "）";
			}
			if (name[1] == null && unit > 0) {
				name[1] = unitOf(Table.cell(row, unit).orElse(""));
			}
			for (int i = 1 + named; i < header.size(); i++) {
				if (i == time || i == unit) {
					continue;
				}
				String subject = i == city ? name[0] + ProseFigures.CITY_SUFFIX : name[0];
				if (i != city && i != 1 + named || targets && !OWN_YEAR.matcher(nfkc(Table.cell(row, i).orElse("")).strip()).matches()) {
					continue;
				}
				add(subject, name[1], Table.cell(row, i).orElse(""), year.getAsInt(), period, issueId);
			}
		}
		return true;
	}

	/** Whether some item's name stands in the second column of two rows or more. */
	private static boolean itemsRepeated(List<List<Cell>> body) {
		List<String> items = body.stream().map(row -> nfkc(Table.cell(row, 1).orElse("")).strip()).filter(item -> !item.isEmpty()).toList();
		return items.size() != new java.util.HashSet<>(items).size();
	}

	private boolean datedLabels(Table table, String issueId, String caption) {
		if (table.columnCount() != 2) {
			return false;
		}
		// ア　人口・世帯数・面積（令和６年４月１日現在） over (ｱ) 人口 | 282,146人: the caption's date for every row
		String captionText = caption == null || this.vocabulary.mentions("target", caption) ? "" : nfkc(caption);
		List<StatedPeriods.Period> captioned = StatedPeriods.in(captionText);
		boolean any = false;
		Integer previous = null;
		String previousPeriod = null;
		for (List<Cell> row : table.rows()) {
			String label = nfkc(Table.cell(row, 0).orElse("")).strip();
			String value = nfkc(Table.cell(row, 1).orElse("")).strip().replaceFirst("^[:：]\\s*", "");
			Integer year = null;
			String name = label;
			if (SAME_AS_ABOVE.matcher(label).find()) {
				year = previous;
				name = SAME_AS_ABOVE.matcher(label).replaceAll("");
			}
			else {
				OptionalInt stated = StatedPeriods.yearOf(label);
				if (stated.isPresent()) {
					year = stated.getAsInt();
					name = label.replaceAll("[（(][^）)]*[）)]", "");
				}
				else if (captioned.size() == 1) {
					year = captioned.get(0).year();
					previousPeriod = stated(captionText, captioned.get(0));
				}
			}
			if (year == null || !value.matches("^\\d.*")) {
				continue;
			}
			String period = (SAME_AS_ABOVE.matcher(label).find() || StatedPeriods.yearOf(label).isEmpty()) && previousPeriod != null
					? previousPeriod : label;
			previous = year;
			previousPeriod = period;
			String subject = name.strip();
			Matcher cityNamed = Pattern.compile("^[\\p{IsHan}]{1,4}市全体の?").matcher(subject);
			if (cityNamed.find()) {
				subject = subject.substring(cityNamed.end()) + ProseFigures.CITY_SUFFIX;
			}
			if (!subject.isEmpty() && captionText.contains(subject + "数")
					&& !Pattern.compile(Pattern.quote(subject) + "(?!数)").matcher(captionText).find()) {
				// 診療科 | 26科 under ※ 病床数、診療科数及び職員数は…現在: the name the note gives the figure
				subject = subject + "数";
			}
			Matcher parts = BREAKDOWN.matcher(value);
			if (parts.matches()) {
				// 380床（一般病床374床、感染症病床6床）, 726人（うち医師138人、看護職員412人）: the whole, then its parts
				value = parts.group(1).strip();
				for (String part : parts.group(2).replaceFirst("^うち", "").split("[、,，]")) {
					Matcher named = NAMED_PART.matcher(part.strip());
					if (named.matches()) {
						any |= add(named.group(1), null, named.group(2), year, period, issueId);
					}
				}
			}
			any |= add(subject, null, value, year, period, issueId);
		}
		return any;
	}

	/** 380床（一般病床374床、感染症病床6床）: a figure and, in brackets, the figures of its parts. */
	private static final Pattern BREAKDOWN = Pattern.compile("^(\\d[\\d,.]*\\S{0,4}?)\\s*[（(]((?:うち)?[^（）()]+?\\d[^（）()]*)[）)]$");

	/** 一般病床374床: a part's name and its figure. */
	private static final Pattern NAMED_PART = Pattern.compile("^([\\p{IsHan}\\p{IsKatakana}ー]{2,12})\\s*(\\d[\\d,.]*\\S{0,4})$");

	private static String stated(String text, StatedPeriods.Period period) {
		return text.substring(period.start(), period.end());
	}

	/** The year a row of years names: 令和5年度, 2023年度実績, R1（2019）; empty for anything more than a year. */
	private static OptionalInt rowYear(String label) {
		Matcher both = ERA_AND_WESTERN.matcher(label.strip());
		if (both.matches()) {
			OptionalInt era = org.govreview.readers.text.FiscalYears.yearOf(both.group(1));
			return era.isPresent() && era.getAsInt() == Integer.parseInt(both.group(2)) ? era : OptionalInt.empty();
		}
		OptionalInt stated = StatedPeriods.yearOf(label);
		return stated.isPresent() && isOnlyAPeriod(label) && withoutPeriods(label).length() <= 8 ? stated : OptionalInt.empty();
	}

	/** R1（2019）, 令和元年度(2019): an era year with its western year in brackets. */
	private static final Pattern ERA_AND_WESTERN = Pattern.compile("^(\\S{1,8}?)\\s*[（(](\\d{4})[）)]$");

	/** 令和3年度実績 heads a column; 令和5年度：66.4％ is a figure that extraction put where a header would be. */
	private static boolean isOnlyAPeriod(String cell) {
		return !withoutPeriods(cell).matches(".*\\d.*");
	}

	/** The cell's text with its periods taken out: 令和5年度実績 → 実績. */
	private static String withoutPeriods(String cell) {
		String text = nfkc(cell);
		return StatedPeriods.masked(text, StatedPeriods.in(text), ' ').replaceAll("\\s", "");
	}

	private String[] nameAndUnit(String cell) {
		// 利用者満足度（％）＊, 登録者数（人）※1: a note's mark after the name is no part of it, nor a line break in it
		// 1-1 over 自治会加入率 in the name's cell: the indicator's number, apart from its name, no part of it (15-64歳 is)
		String text = nfkc(cell).strip().replaceFirst("^[0-9]{1,2}-[0-9]{1,2}(?:-[0-9]{1,2})?\\s+(?=[^\\s0-9.,%])", "")
			.replaceAll("\\s*\\n\\s*", "").replaceFirst("\\s*(?:[*＊]|※\\s?[0-9]{0,2}|注[0-9]{1,2})$", "")
			.replaceFirst(ProseFigures.FOOTNOTE_DIGIT + "$", "");
		Matcher unit = UNIT_IN_NAME.matcher(text);
		// 取扱貨物量（万トン）, 旅客数（万人）: a unit, or one in tens of thousands, after the name
		String printedUnit = unit.matches() ? unit.group(2).strip().replaceFirst("^(?:百万|千|万|億)(?=.)", "") : "";
		if (unit.matches() && this.vocabulary.words("unit").stream().map(ProseFigures::nfkc).anyMatch(printedUnit::equals)) {
			return new String[] { unit.group(1).strip(), unit.group(2).strip() };
		}
		return new String[] { text, null };
	}

	/**
	 * The unit a year's column header names: after its year (令和６年度予算額（千円）), before it (当初予算額（千円）令和７年度,
	 * a spanned cell's words over the year's), or in the words over its year that the header took apart.
	 */
	private String columnUnit(String header, String over) {
		String unit = nameAndUnit(header)[1];
		if (unit == null) {
			String before = YEAR_AT_END.matcher(nfkc(header)).replaceFirst("").strip();
			unit = before.length() < nfkc(header).strip().length() && !before.isEmpty() ? nameAndUnit(before)[1] : null;
		}
		// 当初予算額（千円） over 令和７年度 | 令和６年度: each year's figures in the unit of the cell over its own column
		return unit != null ? unit : over == null || over.isEmpty() ? null : nameAndUnit(over)[1];
	}

	private static final Pattern YEAR_AT_END = Pattern.compile(org.govreview.readers.text.FiscalYears.ERA_YEAR + "\\s*$");

	/** The unit a table's 単位 column prints for a row: a short word without digits (人, 件, g, 店舗, t-CO2). */
	private static String unitOf(String cell) {
		String unit = nfkc(cell).strip().replaceAll("^[(（]|[)）]$", "");
		// ㎡ (m2 once normalized), t-CO2: a power or a formula's digit is no figure
		String digits = unit.replaceAll("(?<=[A-Za-z])[23]$", "");
		return unit.length() <= 6 && !unit.isEmpty() && !digits.matches(".*\\d.*") && !unit.matches("[-―‐ー—]+") ? unit : null;
	}

	/** 令和７年度, R6年度末, 令和６年中: a year and nothing else. */
	private static final Pattern YEAR_ALONE = Pattern.compile(org.govreview.readers.text.FiscalYears.ERA_YEAR + "(?:末|中)?");

	private boolean add(String printedIndicator, String unit, String cell, int year, String period, String issueId) {
		// ・本市の出生数: the bullet a list of figures set before each name
		String indicator = printedIndicator.replaceFirst("^[・◎○●◇◆■□]\\s*", "");
		String text = nfkc(cell).strip().replaceFirst("^延べ?\\s*(?=\\d)", "");
		Matcher own = OWN_YEAR.matcher(text);
		if (own.matches()) {
			// 36か所（R4）, 41.2％（令和５年度末） under 令和５年度: the cell's own year
			OptionalInt stated = yearStated(own.group(2));
			if (stated.isPresent()) {
				year = stated.getAsInt();
				period = own.group(2);
			}
			text = own.group(1).strip();
		}
		if (YEAR_ALONE.matcher(nfkc(indicator).replaceAll("[-–—―・.…‥\\s]", "")).matches()) {
			// – 令和７年度…… 1,186,420千円 under the name of what it is: a year alone names no figure
			return false;
		}
		if (indicator.isEmpty() || !text.matches("^\\d.*") || year <= 0 || text.contains("※")) {
			// 64.2％※１: a note says when the figure is from, no column
			return false;
		}
		IndicatorValue value = JapaneseNumbers.value(text);
		if (!value.isNumber()) {
			return false;
		}
		if (value.unit() != null && NO_UNIT.matcher(value.unit()).find()) {
			// 29.2 各年度 10 月１日現在: the next cell's words, one space after the figure, no unit of it
			value = IndicatorValue.number(value.number(), null, cell);
		}
		unit = unit != null ? unit : this.captionUnit;
		// 0.268 beside ％ or beside 高齢化率 with no unit: a spreadsheet's percentage kept as its fraction; 1.2300000000000002
		// beside 倍: a double's tail, rounded off, its unit kept
		String stored = unit != null ? unit : RATE_NAME.matcher(indicator).find() ? "%" : null;
		String shown = org.govreview.readers.text.ExcelValues.displayed(List.of(text), stored).get(0);
		if (!shown.equals(text) && value.unit() == null) {
			boolean percent = stored != null && nfkc(stored).strip().equals("%");
			value = IndicatorValue.number(new java.math.BigDecimal(shown), percent ? "%" : unit, cell);
			unit = percent ? "%" : unit;
		}
		if (value.unit() == null && unit != null) {
			value = IndicatorValue.number(value.number(), unit, cell);
		}
		Statistic statistic = new Statistic(indicator, period.strip(), year, value, issueId);
		this.statistics.removeIf(other -> ProseFigures.sameFact(other, statistic));
		this.statistics.add(statistic);
		return true;
	}

	private static String nfkc(String text) {
		return ProseFigures.nfkc(text);
	}

	/** Words after a figure that are a date or a note, never its unit: 各年度10, 年度末現在, 年度の月平均 (km2 is one). */
	private static final Pattern NO_UNIT = Pattern.compile("年度|現在|平均|時点");

	/** 高齢化率, 年少人口割合: a rate by its name. */
	private static final Pattern RATE_NAME = Pattern.compile("(?<!倍)率$|割合$");
}
