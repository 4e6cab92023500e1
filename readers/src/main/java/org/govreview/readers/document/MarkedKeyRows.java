package org.govreview.readers.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govreview.readers.text.Departments;

/**
 * A list of numbered items with a mark each, as pdfplumber's plain text prints an Excel sheet whose cells are centred
 * in their rows: one space between cells, the row's one-line cells (No., 公約項目, 進捗, 担当課) on its middle line and
 * its wrapped cells' lines above and below it, an item's title split so when it wraps too (放課後児童クラブの定員拡大と
 * 待機児童 … / 3 ○ / の解消 …). Under a header that names a number, a title and a mark column, each line that holds a
 * number and a mark, one space apart, becomes a tab row (No. | title | mark | departments): the title its own or the
 * first words of the lines round it, the departments its own and those that end the lines round it. The other lines
 * of the rows' band go on as printed after the table. Stateless.
 */
final class MarkedKeyRows {

	/** 1 子ども医療費の…無料化 ◎ こども政策課, 3 ○, 市民協働・行 25 …の充実 ○ 市民協働推進課. */
	private static final Pattern KEYED = Pattern.compile(
			"^(?:\\S{1,8} )?([0-9]{1,2}) (?:(\\S+) )?([◎○〇△×●▲☆★]|[A-EＡ-ＥSＳ]) ?(\\S+)?$");


	/** How many lines after the header the first row may stand. */
	private static final int FIRST_ROW = 4;

	private static final int MIN_ROWS = 3;

	private MarkedKeyRows() {
	}

	static List<BoxRows.Printed> rows(List<BoxRows.Printed> lines) {
		List<BoxRows.Printed> out = new ArrayList<>(lines.size());
		int i = 0;
		while (i < lines.size()) {
			List<Integer> keys = isHeader(lines.get(i).text()) ? keys(lines, i + 1) : List.of();
			if (keys.size() < MIN_ROWS) {
				out.add(lines.get(i));
				i++;
				continue;
			}
			out.add(new BoxRows.Printed("No.\t公約項目\t進捗\t担当課", lines.get(i).number(), lines.get(i).page()));
			i = band(lines, i + 1, keys, out);
		}
		return out;
	}

	/** 分野 No. 公約項目 令和６年度の取組状況 進捗 担当課: single-spaced words naming a number, a title and a mark. */
	private static boolean isHeader(String text) {
		String line = text.strip();
		if (line.isEmpty() || line.contains("  ") || line.indexOf('\t') >= 0 || line.length() > 60) {
			return false;
		}
		List<String> words = List.of(line.split(" "));
		return words.size() >= 3 && words.stream().anyMatch(word -> word.matches("(?i)No\\.?|番号|Ｎｏ．?"))
				&& words.stream().anyMatch(word -> word.matches(".*(?:進捗|評価|達成|状況).*") && word.length() <= 6)
				&& words.stream().anyMatch(word -> word.matches(".*(?:項目|公約|政策|取組|施策|事業).*"));
	}

	/** The lines of the rows under a header, from {@code from} until a blank line, a page's foot or a long gap. */
	private static List<Integer> keys(List<BoxRows.Printed> lines, int from) {
		List<Integer> keys = new ArrayList<>();
		int end = from;
		for (int j = from; j < lines.size(); j++) {
			String text = lines.get(j).text().strip();
			if (KEYED.matcher(text).matches()) {
				keys.add(j);
				end = j + 1;
			}
			else if (text.isEmpty() || j - end > FIRST_ROW || isPageFoot(text)) {
				break;
			}
		}
		return keys;
	}

	/** The rows, each with the lines round it; the index of the first line past them. */
	private static int band(List<BoxRows.Printed> lines, int from, List<Integer> keys, List<BoxRows.Printed> out) {
		// the line after the last row's, its wrapped cells' line below it
		int end = Math.min(lines.size(), keys.get(keys.size() - 1) + 2);
		for (int k = 0; k < keys.size(); k++) {
			int key = keys.get(k);
			// the lines between two rows: the upper half below the upper row, the lower half above the lower row, a
			// middle line the upper row's; the first row takes every line above it, the last every line below it
			int previous = k == 0 ? -1 : keys.get(k - 1);
			int following = k + 1 < keys.size() ? keys.get(k + 1) : -1;
			int aboveFrom = previous < 0 ? from : previous + 1 + (key - previous) / 2;
			int belowTo = following < 0 ? end : key + 1 + (following - key) / 2;
			List<String> above = texts(lines, aboveFrom, key);
			List<String> below = texts(lines, key + 1, belowTo);
			out.add(row(lines.get(key), above, below));
		}
		// the wrapped cells' lines after the rows, as printed: one table, then the accounts beside its rows
		for (int j = from; j < end; j++) {
			if (!keys.contains(j)) {
				out.add(lines.get(j));
			}
		}
		return end;
	}

	private static boolean isPageFoot(String text) {
		return text.matches("^[0-9]{1,3} ?/ ?[0-9]{1,3}$") || text.matches("^[-－―‐] ?[0-9０-９]{1,3} ?[-－―‐]$");
	}

	private static List<String> texts(List<BoxRows.Printed> lines, int from, int to) {
		List<String> texts = new ArrayList<>();
		for (int j = from; j < to; j++) {
			texts.add(lines.get(j).text().strip());
		}
		return texts;
	}

	private static BoxRows.Printed row(BoxRows.Printed key, List<String> above, List<String> below) {
		Matcher keyed = KEYED.matcher(key.text().strip());
		keyed.matches();
		String title = keyed.group(2);
		if (title == null) {
			// 放課後児童クラブの定員拡大と待機児童 … / 3 ○ / の解消 …: the title wrapped round its row's line
			String before = above.isEmpty() ? "" : firstWord(above.get(above.size() - 1));
			String after = below.isEmpty() ? "" : firstWord(below.get(0));
			title = before + after;
		}
		List<String> departments = new ArrayList<>();
		if (!above.isEmpty()) {
			lastDepartment(above.get(above.size() - 1)).ifPresent(departments::add);
		}
		if (keyed.group(4) != null && Departments.isOne(keyed.group(4))) {
			departments.add(keyed.group(4));
		}
		if (!below.isEmpty()) {
			lastDepartment(below.get(0)).ifPresent(departments::add);
		}
		String cells = keyed.group(1) + "\t" + title + "\t" + keyed.group(3) + "\t" + String.join("、", departments);
		return new BoxRows.Printed(cells, key.number(), key.page());
	}

	/** The first of a line's words, when the line holds more than one and it ends no sentence. */
	private static String firstWord(String line) {
		String[] words = line.split(" ");
		return words.length >= 2 && !words[0].matches(".*[。、]$") && !Departments.isOne(words[0]) ? words[0] : "";
	}

	private static java.util.Optional<String> lastDepartment(String line) {
		String[] words = line.split(" ");
		return words.length >= 2 && Departments.isOne(words[words.length - 1]) ? java.util.Optional.of(words[words.length - 1])
				: java.util.Optional.empty();
	}
}
