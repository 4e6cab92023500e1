package org.govreview.readers.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tables that a text version for screen readers (テキスト版) speaks row by row, set out again with tabs as a table's
 * rows. Two ways of speaking them are common: the column headings read once (列見出しは、指標名、現状値、目標値です。)
 * and then each row's cells in turn (1行目：認定農業者数、148経営体、155経営体); or each row reading every cell after its
 * heading (１行目。区分、完了。取組数、９。割合、30.0％。), the cell of the first column perhaps without one (５行目。合計。…).
 * The lines that say so stay, the rows take their places, and a blank line closes the table. Stateless.
 */
final class SpokenTables {

	/** 列見出しは、指標名、現状値、目標値です。: the headings of the rows that follow. */
	private static final Pattern HEADINGS = Pattern.compile("列見出しは[、，]?(.+?)(?:の[0-9０-９一二三四五六七八九]列)?です。?$");

	/** 1行目：…, １行目。…: a row spoken after its number. */
	private static final Pattern ROW = Pattern.compile("^[\\s　]*[0-9０-９]{1,2}行目[\\s　]*[：:。．.、][\\s　]*(.+)$");

	private SpokenTables() {
	}

	static List<BoxRows.Printed> read(List<BoxRows.Printed> printed) {
		List<BoxRows.Printed> out = new ArrayList<>();
		int i = 0;
		while (i < printed.size()) {
			BoxRows.Printed line = printed.get(i);
			Matcher headings = HEADINGS.matcher(line.text().strip());
			int rows = headings.find() ? rowsFrom(printed, i + 1) : 0;
			if (rows >= 1) {
				List<String> header = cells(headings.group(1));
				if (header.size() >= 2) {
					out.add(line);
					out.add(blank(line));
					out.add(new BoxRows.Printed(String.join("\t", header), line.number(), line.page()));
					for (int r = i + 1; r <= i + rows; r++) {
						BoxRows.Printed row = printed.get(r);
						out.add(new BoxRows.Printed(String.join("\t", fitted(cells(rowText(row)), header.size())), row.number(),
								row.page()));
					}
					out.add(blank(printed.get(i + rows)));
					i += rows + 1;
					continue;
				}
			}
			int paired = rowsFrom(printed, i);
			if (paired >= 2) {
				List<BoxRows.Printed> table = pairedRows(printed.subList(i, i + paired));
				if (!table.isEmpty()) {
					out.add(blank(line));
					out.addAll(table);
					out.add(blank(printed.get(i + paired - 1)));
					i += paired;
					continue;
				}
			}
			out.add(line);
			i++;
		}
		return out;
	}

	private static BoxRows.Printed blank(BoxRows.Printed at) {
		return new BoxRows.Printed("", at.number(), at.page());
	}

	private static int rowsFrom(List<BoxRows.Printed> printed, int start) {
		int end = start;
		while (end < printed.size() && ROW.matcher(printed.get(end).text()).matches()) {
			end++;
		}
		return end - start;
	}

	private static String rowText(BoxRows.Printed row) {
		Matcher m = ROW.matcher(row.text());
		m.matches();
		return m.group(1).strip().replaceFirst("[。．]$", "");
	}

	private static List<String> cells(String spoken) {
		List<String> cells = new ArrayList<>();
		for (String cell : spoken.strip().replaceFirst("[。．]$", "").split("[、，]")) {
			cells.add(cell.strip());
		}
		return cells;
	}

	/** 7、令和6年4月1日現在: a value and, after a comma, the date or year it stands at, as a printed cell brackets it. */
	private static final Pattern DATED_VALUE = Pattern.compile(
			"^([^、，]+)[、，]\\s*((?:令和|平成|R|H)?\\s*[0-9０-９元]{1,4}\\s*年(?:度|[0-9０-９]{1,2}月(?:[0-9０-９]{1,2}日)?)?\\s*(?:現在|末|時点)?)$");

	/** マイナス312: the sign a text version speaks where the table prints △. */
	private static final Pattern SPOKEN_MINUS = Pattern.compile("^マイナス\\s*(?=[0-9０-９])");

	private static String spokenValue(String value) {
		Matcher dated = DATED_VALUE.matcher(value);
		String printed = dated.matches() ? dated.group(1).strip() + "（" + dated.group(2).strip() + "）" : value;
		return SPOKEN_MINUS.matcher(printed).replaceFirst("△");
	}

	/** A row with more cells than headings: the first cell's name held a comma of its own. */
	private static List<String> fitted(List<String> cells, int columns) {
		if (cells.size() <= columns) {
			return cells;
		}
		int extra = cells.size() - columns;
		List<String> fitted = new ArrayList<>();
		fitted.add(String.join("、", cells.subList(0, extra + 1)));
		fitted.addAll(cells.subList(extra + 1, cells.size()));
		return fitted;
	}

	/**
	 * Rows each reading a heading before every cell (区分、完了。取組数、９。): the headings once over the rows; a first cell
	 * whose heading changes from row to row (基本政策１、子育て・教育のまち) keeps it before its text. Empty when a row is
	 * not read as headings and cells (no cell after the first, or a cell without its heading).
	 */
	private static List<BoxRows.Printed> pairedRows(List<BoxRows.Printed> rows) {
		List<Map<String, String>> read = new ArrayList<>();
		List<String> firsts = new ArrayList<>();
		List<String> headings = new ArrayList<>();
		String firstHeading = null;
		boolean firstAgrees = true;
		for (BoxRows.Printed row : rows) {
			String[] parts = rowText(row).split("。");
			if (parts.length < 2) {
				return List.of();
			}
			Map<String, String> cells = new LinkedHashMap<>();
			for (int p = 1; p < parts.length; p++) {
				String[] pair = parts[p].strip().split("[、，]", 2);
				if (pair.length < 2 || pair[0].isBlank() || pair[0].length() > 20) {
					return List.of();
				}
				cells.put(pair[0].strip(), spokenValue(pair[1].strip()));
				if (!headings.contains(pair[0].strip())) {
					headings.add(pair[0].strip());
				}
			}
			String[] first = parts[0].strip().split("[、，]", 2);
			if (first.length == 2 && first[0].length() <= 12) {
				if (firstHeading == null) {
					firstHeading = first[0].strip();
				}
				firstAgrees &= firstHeading.equals(first[0].strip());
			}
			firsts.add(parts[0].strip());
			read.add(cells);
		}
		if (headings.isEmpty()) {
			return List.of();
		}
		List<BoxRows.Printed> table = new ArrayList<>();
		BoxRows.Printed top = rows.get(0);
		String firstColumn = firstAgrees && firstHeading != null ? firstHeading : "項目";
		table.add(new BoxRows.Printed(firstColumn + "\t" + String.join("\t", headings), top.number(), top.page()));
		for (int r = 0; r < rows.size(); r++) {
			String first = firsts.get(r);
			String[] pair = first.split("[、，]", 2);
			String name = pair.length == 2 && firstAgrees && firstHeading != null && pair[0].strip().equals(firstHeading)
					? pair[1].strip() : pair.length == 2 ? pair[0].strip() + "　" + pair[1].strip() : first;
			List<String> cells = new ArrayList<>();
			cells.add(name);
			for (String heading : headings) {
				cells.add(read.get(r).getOrDefault(heading, ""));
			}
			table.add(new BoxRows.Printed(String.join("\t", cells), rows.get(r).number(), rows.get(r).page()));
		}
		return table;
	}

}
