package org.govreview.readers.inspection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.govreview.readers.inspection.Fragments.Fragment;

/**
 * A table that compares the destinations side by side, a column each (項目 | 栗 山 町 | 芽 室 町 | （参考）玉村町 over
 * rows 視察日, 時間, 人口, 世帯数, 面積, 基準日): what each row states of each destination, by the destination's column.
 * A column headed 参考 (the council's own town, for comparison) is no destination. Stateless.
 */
final class ComparisonTable {

	/** The rows read, by their label: a date, the hours, the figures and the day they stand at. */
	private static final List<String> ROWS = List.of("視察日", "日時", "月日", "期日", "時間", "人口", "世帯数", "世帯", "面積", "基準日");

	/** A value's cell ends at a tab, a full-width space or a run of two spaces; a cell of one value has none. */
	private static final Pattern CELL_GAP = Pattern.compile("[\\s　]*[　\\t][\\s　]*|\\s{2,}");

	private static final Pattern LABEL_END = Pattern.compile("[:：]");

	/** ※人口及び世帯数は、令和６年６月１日現在の…による: a note that dates the figures above it. */
	private static final Pattern AS_OF_NOTE = Pattern.compile("^※.*\\d{1,2}月\\d{1,2}日現在");

	private static final Pattern REFERENCE = Pattern.compile("^[（(【\\[]?\\s*参考");

	/** One destination's column: its name as its header cell prints it, and the rows' values in it. */
	record Column(String place, Fragment header, Map<String, String> values) {
	}

	private ComparisonTable() {
	}

	static List<Column> in(List<Fragment> fragments) {
		List<Fragment> lines = new ArrayList<>();
		List<List<String>> rows = new ArrayList<>();
		for (int i = 0; i < fragments.size(); i++) {
			// a table's row comes as a fragment per cell, a row set out in spaces as one fragment
			List<String> row = new ArrayList<>();
			int line = fragments.get(i).line();
			lines.add(fragments.get(i));
			while (i + 1 < fragments.size() && fragments.get(i + 1).line() == line) {
				row.add(fragments.get(i).text().strip());
				i++;
			}
			if (row.isEmpty()) {
				rows.add(cells(fragments.get(i).text()));
			}
			else {
				row.add(fragments.get(i).text().strip());
				rows.add(row);
			}
		}
		for (int i = 0; i < rows.size(); i++) {
			List<String> cells = rows.get(i);
			if (cells.size() < 3) {
				continue;
			}
			List<String> places = cells.subList(1, cells.size()).stream().map(ComparisonTable::place).toList();
			long named = places.stream().filter(place -> place != null && !place.isEmpty()).count();
			if (named < 2) {
				continue;
			}
			List<Column> columns = new ArrayList<>();
			for (String place : places) {
				columns.add(new Column(place, lines.get(i), new LinkedHashMap<>()));
			}
			String asOf = null;
			for (int j = i + 1; j < rows.size() && lines.get(j).line() <= lines.get(i).line() + 60; j++) {
				List<String> row = rows.get(j);
				String label = row.isEmpty() ? "" : InspectionDates.normalize(row.get(0)).replaceAll("[\\s　]", "");
				String joined = String.join("", row).replaceAll("[\\s　]", "");
				if (row.size() < cells.size() && joined.length() <= 20
						&& places.stream().anyMatch(place -> place != null && !place.isEmpty() && joined.contains(place))) {
					// １　岡山県総社市 over that place's own section: the table has ended, its 日時 and 面積 are that section's
					break;
				}
				if (row.size() == cells.size() && ROWS.contains(label)
						&& row.subList(1, row.size()).stream().allMatch(value -> value.matches("(?s).*[0-9０-９].*|[-－―ー]?"))) {
					for (int c = 1; c < row.size(); c++) {
						columns.get(c - 1).values().putIfAbsent(label, row.get(c));
					}
				}
				else if (asOf == null && AS_OF_NOTE.matcher(label).find() && j <= i + cells.size() + ROWS.size()) {
					asOf = label;
				}
			}
			if (asOf != null) {
				// ※人口及び世帯数は、令和６年６月１日現在の住民基本台帳による。 under the table: the day its figures stand at
				String day = asOf;
				columns.forEach(column -> column.values().putIfAbsent("基準日", day));
			}
			List<Column> compared = columns.stream().filter(column -> column.place() != null && !column.place().isEmpty()).toList();
			// a list naming the places, no row of values under them: no table comparing them
			if (compared.stream().allMatch(column -> column.values().size() >= 2)) {
				return compared;
			}
		}
		return List.of();
	}

	/** 視察日：７月10日（水）　７月11日（木）　― → 視察日, ７月10日（水）, ７月11日（木）, ―. */
	private static List<String> cells(String text) {
		String rest = text.strip();
		java.util.regex.Matcher colon = LABEL_END.matcher(rest);
		List<String> cells = new ArrayList<>();
		if (colon.find() && colon.start() <= 8) {
			cells.add(rest.substring(0, colon.start()));
			rest = rest.substring(colon.end()).strip();
		}
		for (String cell : CELL_GAP.split(rest)) {
			cells.add(cell.strip());
		}
		return cells;
	}

	/** 栗 山 町 → 栗山町; a column headed 参考 → empty; a cell naming no place → null. */
	private static String place(String cell) {
		if (REFERENCE.matcher(cell).find()) {
			return "";
		}
		Optional<String> name = Destinations.nameAtStart(cell.replaceAll("[\\s　]", ""));
		return name.filter(found -> found.length() == cell.replaceAll("[\\s　]", "").length()).orElse(null);
	}
}
