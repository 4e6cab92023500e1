package org.govreview.readers.actionplan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.govreview.readers.document.Cell;
import org.govreview.readers.document.Location;
import org.govreview.readers.document.Table;
import org.govreview.readers.text.FiscalYears;

/**
 * An open-data sheet of figures in long form, one row a figure: 指標名 | 区分 (基準値, 目標値, 実績値) | 年度 | 値, the
 * indicator's direction, initiative, unit and department repeated on each of its rows. Set out again as the table of
 * one row an indicator that plans print (政策 | 施策 | 指標名 | 単位 | 基準値 | 基準年度 | 2026年度目標 | 2028年度目標 |
 * 所管課), so that one reading of KPI tables serves both. Results (実績値) are left out: no part of a plan. Stateless.
 */
final class LongFigures {

	private LongFigures() {
	}

	/** The table set out one row an indicator, or empty when it is not figures in long form. */
	static Optional<Table> pivoted(Table table, PlanVocabulary words) {
		if (table.headerRows() != 1 || table.body().size() < 6) {
			return Optional.empty();
		}
		List<String> header = table.header().stream().map(PlanVocabulary::key).toList();
		int kind = -1;
		int year = -1;
		int value = -1;
		int indicator = -1;
		int unit = -1;
		int department = -1;
		int direction = -1;
		int initiative = -1;
		for (int c = 0; c < header.size(); c++) {
			String name = header.get(c);
			if (name.matches("^(?:区分|種別|値の区分|数値区分|種類)$")) {
				kind = c;
			}
			else if (name.matches("^(?:年度|年|時点|対象年度)$")) {
				year = c;
			}
			else if (name.matches("^(?:値|数値|データ|値\\(数値\\))$")) {
				value = c;
			}
			else if (indicator < 0 && name.endsWith("名") && words.startsWith("indicator", name)) {
				indicator = c;
			}
			else if (unit < 0 && words.is("unit", name)) {
				unit = c;
			}
			else if (department < 0 && words.startsWith("department", name)) {
				department = c;
			}
			else if (name.endsWith("名") && words.is("initiative-column", name)) {
				initiative = c;
			}
			else if (name.endsWith("名") && direction < 0 && words.startsWith("direction", name)) {
				direction = c;
			}
		}
		if (kind < 0 || year < 0 || value < 0 || indicator < 0) {
			return Optional.empty();
		}
		Map<String, Row> rows = new LinkedHashMap<>();
		TreeSet<Integer> targetYears = new TreeSet<>();
		int baselines = 0;
		for (List<Cell> cells : table.body()) {
			String concept = concept(cell(cells, kind), words);
			java.util.OptionalInt at = FiscalYears.yearOf(cell(cells, year));
			String name = cell(cells, indicator);
			if (concept == null || name.isEmpty()) {
				continue;
			}
			String key = numbered(cells, direction) + "|" + numbered(cells, initiative) + "|" + name;
			Row row = rows.get(key);
			if (row == null) {
				row = new Row(numbered(cells, direction), numbered(cells, initiative), name, cell(cells, unit),
						cell(cells, department), cells.get(indicator).location());
				rows.put(key, row);
			}
			if (concept.equals("baseline") && row.baseline == null) {
				row.baseline = cell(cells, value);
				row.baselineYear = at.isPresent() ? at.getAsInt() + "年度" : "";
				baselines++;
			}
			else if (concept.equals("target") && at.isPresent()) {
				row.targets.put(at.getAsInt(), cell(cells, value));
				targetYears.add(at.getAsInt());
			}
		}
		if (rows.size() < 2 || baselines == 0 || targetYears.isEmpty()) {
			return Optional.empty();
		}
		List<List<Cell>> wide = new ArrayList<>();
		Location where = table.location();
		List<String> head = new ArrayList<>(List.of("政策", "施策名", "指標名", "単位", "基準値", "基準年度"));
		targetYears.forEach(y -> head.add(y + "年度目標"));
		head.add("所管課");
		wide.add(head.stream().map(text -> new Cell(text, where)).toList());
		Row previous = null;
		for (Row row : rows.values()) {
			// a direction's and an initiative's name on the first of their rows only, as a sheet's merged cells print them
			boolean sameDirection = previous != null && previous.direction.equals(row.direction);
			boolean sameInitiative = sameDirection && previous.initiative.equals(row.initiative);
			previous = row;
			List<String> texts = new ArrayList<>(List.of(sameDirection ? "" : row.direction,
					sameInitiative ? "" : row.initiative, row.indicator, row.unit,
					row.baseline == null ? "" : row.baseline, row.baseline == null ? "" : row.baselineYear));
			targetYears.forEach(y -> texts.add(row.targets.getOrDefault(y, "")));
			texts.add(row.department);
			wide.add(texts.stream().map(text -> new Cell(text, row.location)).toList());
		}
		return Optional.of(table.withRows(wide, 1));
	}

	/**
	 * 計画名 | 計画期間（開始年度） | 計画期間（終了年度） on every row of a sheet: the plan's period and name, where every row
	 * gives the same.
	 */
	static Optional<PlanPeriod> period(Table table) {
		if (table.headerRows() != 1 || table.body().isEmpty()) {
			return Optional.empty();
		}
		List<String> header = table.header().stream().map(PlanVocabulary::key).toList();
		int start = -1;
		int end = -1;
		int title = -1;
		for (int c = 0; c < header.size(); c++) {
			String name = header.get(c).replaceAll("[()]", "");
			start = name.matches("^(?:計画期間)?(?:開始年度|始期)$") ? c : start;
			end = name.matches("^(?:計画期間)?(?:終了年度|終期)$") ? c : end;
			title = name.matches("^計画名(?:称)?$") ? c : title;
		}
		if (start < 0 || end < 0) {
			return Optional.empty();
		}
		java.util.Set<String> periods = new java.util.HashSet<>();
		for (List<Cell> cells : table.body()) {
			periods.add(cell(cells, start) + "|" + cell(cells, end) + "|" + cell(cells, title));
		}
		if (periods.size() != 1) {
			return Optional.empty();
		}
		List<Cell> first = table.body().get(0);
		java.util.OptionalInt from = FiscalYears.yearOf(cell(first, start));
		java.util.OptionalInt to = FiscalYears.yearOf(cell(first, end));
		return from.isPresent() && to.isPresent() && from.getAsInt() <= to.getAsInt()
				? Optional.of(new PlanPeriod(from.getAsInt(), to.getAsInt(), title < 0 ? null : cell(first, title),
						first.get(start).location().toString()))
				: Optional.empty();
	}

	private static final class Row {

		final String direction;

		final String initiative;

		final String indicator;

		final String unit;

		final String department;

		final Location location;

		String baseline;

		String baselineYear;

		final Map<Integer, String> targets = new LinkedHashMap<>();

		Row(String direction, String initiative, String indicator, String unit, String department, Location location) {
			this.direction = direction;
			this.initiative = initiative;
			this.indicator = indicator;
			this.unit = unit;
			this.department = department;
			this.location = location;
		}
	}

	/** 基準値, 目標値 (実績値 and anything else: null). */
	private static String concept(String cell, PlanVocabulary words) {
		String word = PlanVocabulary.key(cell);
		if (word.isEmpty() || words.startsWith("actual", word) && !words.startsWith("baseline", word)) {
			return null;
		}
		return words.startsWith("baseline", word) ? "baseline" : words.startsWith("target", word) ? "target" : null;
	}

	/** 1-1 妊娠・出産・子育て支援の充実: a name with the number the column before it gives, as plans print it. */
	private static String numbered(List<Cell> cells, int column) {
		String name = cell(cells, column);
		if (column <= 0 || name.isEmpty()) {
			return name;
		}
		String number = cell(cells, column - 1);
		return number.matches("^[0-9０-９]{1,2}(?:[-－‐][0-9０-９]{1,2})*$") ? number + " " + name : name;
	}

	private static String cell(List<Cell> cells, int column) {
		return column < 0 ? "" : Table.cell(cells, column).orElse("").strip();
	}
}
