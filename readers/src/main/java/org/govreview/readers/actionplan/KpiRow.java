package org.govreview.readers.actionplan;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govreview.readers.text.JapaneseYears;

/**
 * A 目標 row of an initiative, as printed: the indicator's name, the baseline and target years and, when the row
 * carries them ("2022年 —", "2027年 運用"), the values; otherwise they follow on the next row, in the columns of
 * the years ({@link #valueColumns}). Also the prose form "目標：…の件数を2022年の10件から2027年に30件へ".
 */
record KpiRow(String name, Integer baselineYear, String baselineValue, Integer targetYear, String targetValue,
		int[] valueColumns) {

	/** A year as printed: 2022年, 2022年度, ２０２２年, 令和4年度. */
	private static final String YEAR = "(?:(?<![0-9０-９])([0-9０-９]{4})|(令和|平成)" + PlanText.WS + "*(元|[0-9０-９]{1,2}))"
			+ PlanText.WS + "*年度?";

	private static final Pattern YEAR_TOKEN = Pattern.compile(YEAR);

	private static final Pattern LEADING_YEAR = Pattern.compile("^" + YEAR + "(.*)$");

	/** 目標 as a row label: alone in its cell, or followed by a space; not a ward goal (目標1:). */
	private static final Pattern LABEL = Pattern.compile("^目標(?=" + PlanText.WS + "|$)" + PlanText.WS + "*");

	private static final Pattern PROSE = Pattern.compile("^目標" + PlanText.WS + "*[:：]" + PlanText.WS + "*(.+?)を"
			+ PlanText.WS + "*" + YEAR + "(?:時点)?(?:の|で)?" + PlanText.WS + "*(\\S+?)から" + PlanText.WS + "*" + YEAR
			+ "(?:まで)?(?:に|には)?" + PlanText.WS + "*(\\S+?)(?:へ|に|まで)?(?:増や|減ら|伸ば|高め|引き上げ|引き下げ|する|します|。|$)");

	/** True for a row labelled 目標 (not a ward goal "目標1:"), tabbed or spaced. */
	static boolean isLabelled(PlanLine line) {
		return LABEL.matcher(line.lightFlat()).find();
	}

	/** True for a 目標 row that names at least one year: the shape of a KPI. */
	static boolean isKpi(PlanLine line) {
		return isLabelled(line) && YEAR_TOKEN.matcher(line.light()).find();
	}

	static boolean isProse(PlanLine line) {
		return line.lightFlat().matches("^目標" + PlanText.WS + "*[:：].*") && PROSE.matcher(line.lightFlat()).find();
	}

	static KpiRow prose(PlanLine line) {
		Matcher matcher = PROSE.matcher(line.lightFlat());
		if (!matcher.find()) {
			throw new IllegalArgumentException("not a prose KPI: " + line.raw());
		}
		return new KpiRow(PlanText.clean(matcher.group(1)), year(matcher, 2), matcher.group(5).strip(), year(matcher, 6),
				matcher.group(9).strip(), null);
	}

	/** The row read from its cells when it has tabs, from its text otherwise. */
	static KpiRow parse(PlanLine line) {
		KpiRow tabbed = line.hasTab() ? fromCells(line.lightCells()) : null;
		return tabbed != null ? tabbed : fromText(line.lightFlat());
	}

	private static KpiRow fromCells(List<String> cells) {
		List<Integer> yearCells = new ArrayList<>();
		for (int i = 1; i < cells.size(); i++) {
			if (LEADING_YEAR.matcher(cells.get(i)).matches()) {
				yearCells.add(i);
			}
		}
		if (yearCells.size() < 2) {
			return null;
		}
		int baseline = yearCells.get(yearCells.size() - 2);
		int target = yearCells.get(yearCells.size() - 1);
		StringBuilder name = new StringBuilder(LABEL.matcher(cells.get(0)).replaceFirst(""));
		for (int i = 1; i < baseline; i++) {
			name.append(' ').append(cells.get(i));
		}
		Matcher first = LEADING_YEAR.matcher(cells.get(baseline));
		Matcher second = LEADING_YEAR.matcher(cells.get(target));
		first.matches();
		second.matches();
		return new KpiRow(PlanText.clean(name.toString()), year(first, 1), blankToNull(first.group(4)), year(second, 1),
				blankToNull(second.group(4)), new int[] { baseline, target });
	}

	private static KpiRow fromText(String text) {
		String body = LABEL.matcher(text).replaceFirst("");
		List<int[]> spans = new ArrayList<>();
		List<Integer> years = new ArrayList<>();
		Matcher matcher = YEAR_TOKEN.matcher(body);
		while (matcher.find()) {
			spans.add(new int[] { matcher.start(), matcher.end() });
			years.add(year(matcher, 1));
		}
		if (spans.isEmpty()) {
			return new KpiRow(PlanText.clean(body), null, null, null, null, null);
		}
		if (spans.size() == 1) {
			int[] only = spans.get(0);
			return new KpiRow(PlanText.clean(body.substring(0, only[0])), null, null, years.get(0),
					blankToNull(body.substring(only[1])), null);
		}
		int[] first = spans.get(spans.size() - 2);
		int[] second = spans.get(spans.size() - 1);
		return new KpiRow(PlanText.clean(body.substring(0, first[0])), years.get(years.size() - 2),
				blankToNull(body.substring(first[1], second[0])), years.get(years.size() - 1),
				blankToNull(body.substring(second[1])), null);
	}

	boolean needsValues() {
		return baselineYear != null && targetYear != null && baselineValue == null && targetValue == null;
	}

	/**
	 * The values of the row that follows a 目標 row: in the years' columns when both rows are tabbed, else the two
	 * space-separated values or filled cells; null when the row does not say which value is which.
	 */
	String[] valuesFrom(PlanLine line) {
		if (line.hasTab() && valueColumns != null) {
			List<String> cells = line.lightCells();
			String[] values = { cell(cells, valueColumns[0]), cell(cells, valueColumns[1]) };
			// a PDF drops the empty cells that lead a row, so its values stand left of their columns
			if (values[0] != null || values[1] != null) {
				return values;
			}
		}
		List<String> filled = line.hasTab() ? line.lightCells().stream().filter(cell -> !cell.isEmpty()).toList()
				: List.of(line.lightFlat().split(" "));
		if (filled.size() == 2) {
			return new String[] { filled.get(0), filled.get(1) };
		}
		return null;
	}

	private static String cell(List<String> cells, int column) {
		return column < cells.size() ? blankToNull(cells.get(column)) : null;
	}

	private static Integer year(Matcher matcher, int group) {
		if (matcher.group(group) != null) {
			return Integer.valueOf(PlanText.digits(matcher.group(group)));
		}
		String era = matcher.group(group + 1);
		String number = matcher.group(group + 2);
		if (era == null || number == null) {
			return null;
		}
		int yearOfEra = number.equals("元") ? 1 : Integer.parseInt(PlanText.digits(number));
		OptionalInt year = JapaneseYears.westernYear(era, yearOfEra);
		return year.isPresent() ? year.getAsInt() : null;
	}

	private static String blankToNull(String text) {
		if (text == null) {
			return null;
		}
		String stripped = text.strip();
		return stripped.isEmpty() ? null : stripped;
	}
}
