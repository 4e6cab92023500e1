package org.govreview.readers.document;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govreview.readers.text.DisplayWidth;

/**
 * A numbered table whose rows are set apart by blank lines and whose row number pdftotext -layout prints beside the
 * middle of the row's wrapped cells (the title's first line above the number, its second line beside it). The number
 * is moved onto the row's first line, so that the lines after it read as the wrapped rest of a numbered row, as in
 * every other numbered table; the lines keep their numbers. A number counts as a row's only where the table shows it
 * is one: a No. header above it in its column, or the row number before or after it in the same column nearby.
 * Stateless.
 */
final class CentredKeys {

	/** {@code    12    代までの拡充 …}: a row number alone at the left, then the row's cells. */
	private static final Pattern KEYED = Pattern.compile("^( *)([0-9０-９]{1,3})(?: {2,}|　)(?=\\S)");

	/** No., №, 番号: the header of a row-number column. */
	private static final Pattern KEY_HEADER = Pattern.compile("(?:No\\.?|NO\\.?|№|番号)");

	private static final int MAX_GROUP = 7;

	/** How far a row's neighbour or the table's header may be. */
	private static final int NEAR = 16;

	private CentredKeys() {
	}

	static List<BoxRows.Printed> raised(List<BoxRows.Printed> printed) {
		List<BoxRows.Printed> lines = new ArrayList<>(printed);
		int i = 0;
		while (i < lines.size()) {
			if (lines.get(i).text().isBlank()) {
				i++;
				continue;
			}
			int end = i;
			while (end < lines.size() && !lines.get(end).text().isBlank() && lines.get(end).page() == lines.get(i).page()) {
				end++;
			}
			if (end - i >= 2 && end - i <= MAX_GROUP) {
				raise(lines, i, end);
			}
			else if (end - i > MAX_GROUP) {
				raiseInRun(lines, i, end);
			}
			i = end;
		}
		return lines;
	}

	/** 1-1, 12, 3-2: a row's key at the left of its line, alone or before the row's short cells. */
	private static final Pattern RUN_KEY = Pattern
		.compile("^( {0,6})([0-9０-９]{1,3}(?:[-－‐][0-9０-９]{1,3}){0,2})(?= {2,}|　|$)");

	/** How much of the widest text's width a line fills, in tenths, to run on into the next. */
	private static final int FULL_TENTHS = 9;

	/**
	 * A run of rows with no blank line between them, each key printed beside the middle of its row's wrapped text
	 * (こども医療費の18歳までの完全無償 / 1-1 … A … こども政策課 / 化): the lines between two keys are shared so that
	 * each key stands nearest the middle of its row without cutting a text the column's width wrapped, and each key is
	 * moved onto its row's first line.
	 */
	private static void raiseInRun(List<BoxRows.Printed> lines, int from, int to) {
		for (int j = from; j < Math.min(to, from + NEAR); j++) {
			Matcher header = KEY_HEADER.matcher(lines.get(j).text());
			if (header.find() && lines.get(j).text().substring(0, header.start()).isBlank()) {
				// the header over the rows, printed with no blank line under it, perhaps under the table's title
				from = j + 1;
				break;
			}
		}
		List<Integer> keys = new ArrayList<>();
		int keyEnd = -1;
		for (int j = from; j < to; j++) {
			String text = lines.get(j).text();
			if (text.indexOf('\t') >= 0) {
				return;
			}
			Matcher key = RUN_KEY.matcher(text);
			if (key.lookingAt()) {
				keys.add(j);
				keyEnd = Math.max(keyEnd, DisplayWidth.of(text, 0, key.end(2)));
			}
		}
		if (keys.size() < 2 || keys.get(0) == from || !headedByKeyColumn(lines, from, keyEnd)) {
			return;
		}
		int widest = 0;
		java.util.Map<Integer, Integer> indents = new java.util.HashMap<>();
		for (int j = from; j < to; j++) {
			if (!keys.contains(j) && indent(lines.get(j).text()) < keyEnd + 1) {
				// a line starting under the keys' column: no row whose key stands beside its middle
				return;
			}
			if (!keys.contains(j)) {
				indents.merge(indent(lines.get(j).text()), 1, Integer::sum);
			}
		}
		if (indents.isEmpty()) {
			return;
		}
		int wide = java.util.Collections.min(indents.keySet());
		for (int j = from; j < keys.get(0); j++) {
			if (Math.abs(indent(lines.get(j).text()) - wide) > 2) {
				// (年度) | (R7) under the header: the header's second line, no row's text above its key
				return;
			}
		}
		int bare = 0;
		for (int j = from; j < to; j++) {
			String main = mainText(lines.get(j).text(), keys.contains(j), wide);
			widest = Math.max(widest, DisplayWidth.of(main));
			bare += keys.contains(j) && main.isEmpty() ? 1 : 0;
		}
		if (bare * 2 < keys.size()) {
			// keys beside the first line of their rows' text: rows printed from their top, as most tables are
			return;
		}
		int n = keys.size();
		int[] gaps = new int[n - 1];
		int wrapped = 0;
		for (int k = 0; k + 1 < n; k++) {
			gaps[k] = keys.get(k + 1) - keys.get(k) - 1;
			wrapped += gaps[k] > 0 ? 1 : 0;
		}
		if (wrapped * 2 < gaps.length) {
			// rows a line each, keys beside them: the lines above the first key went on from the page before
			return;
		}
		int width = widest;
		int wideStart = wide;
		int[] above = CentredLabels.aboves(keys.get(0) - from, gaps, to - 1 - keys.get(n - 1),
				(k, up, taken) -> cutCost(lines, keys, keys.get(k) + taken, width, wideStart)
						+ (hasText(lines, keys, keys.get(k) - up, keys.get(k) + taken, wideStart) ? 0 : EMPTY_ROW));
		for (int k = 0; k < n; k++) {
			int keyLine = keys.get(k);
			int first = keyLine - above[k];
			if (first == keyLine) {
				continue;
			}
			String text = lines.get(keyLine).text();
			Matcher key = RUN_KEY.matcher(text);
			key.lookingAt();
			int column = DisplayWidth.of(text, 0, key.end(1));
			int end = DisplayWidth.of(text, 0, key.end(2));
			String top = lines.get(first).text();
			if (!top.startsWith(" ".repeat(end + 1))) {
				return;
			}
			lines.set(first, with(lines.get(first), " ".repeat(column) + key.group(2) + top.substring(end)));
			lines.set(keyLine, with(lines.get(keyLine), " ".repeat(end) + text.substring(key.end(2))));
		}
	}

	/** A 番号 or No. header over the keys' column within the lines above the run. */
	private static boolean headedByKeyColumn(List<BoxRows.Printed> lines, int from, int keyEnd) {
		for (int j = Math.max(0, from - NEAR); j <= from; j++) {
			String text = lines.get(j).text();
			Matcher header = KEY_HEADER.matcher(text);
			if (header.find() && text.substring(0, header.start()).isBlank() && DisplayWidth.of(text, 0, header.start()) <= keyEnd) {
				return true;
			}
		}
		return false;
	}

	/** A row with no text in its wrapped column: no row a key would have. */
	private static final int EMPTY_ROW = 2;

	/**
	 * The text of a row's line in the column its long text wraps in (starting at {@code wide}): on a key's line, the
	 * cell after the key only where it starts there, never the short cells set beside the key.
	 */
	private static String mainText(String text, boolean keyed, int wide) {
		if (!keyed) {
			return text.strip().split(" {2,}|　{2,}")[0];
		}
		Matcher key = RUN_KEY.matcher(text);
		key.lookingAt();
		String rest = text.substring(key.end());
		int start = DisplayWidth.of(text, 0, key.end()) + DisplayWidth.of(rest, 0, rest.length() - rest.stripLeading().length());
		return Math.abs(start - wide) <= 4 && !rest.isBlank() ? rest.strip().split(" {2,}|　{2,}")[0] : "";
	}

	private static boolean hasText(List<BoxRows.Printed> lines, List<Integer> keys, int first, int last, int wide) {
		for (int j = first; j <= last; j++) {
			if (!mainText(lines.get(j).text(), keys.contains(j), wide).isEmpty()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Ending a row after line {@code end}: dear where the last text above fills the column and the text below goes
	 * on from it, cheap after a sentence's or a bracket's end.
	 */
	private static int cutCost(List<BoxRows.Printed> lines, List<Integer> keys, int end, int widest, int wide) {
		String upper = "";
		for (int j = end; j >= 0 && upper.isEmpty() && end - j <= MAX_GROUP; j--) {
			upper = mainText(lines.get(j).text(), keys.contains(j), wide);
		}
		if (upper.matches(".*[。．）)」』]$")) {
			return 0;
		}
		return DisplayWidth.of(upper) * 10 >= widest * FULL_TENTHS ? 3 : 1;
	}

	private static void raise(List<BoxRows.Printed> lines, int from, int to) {
		int keyLine = -1;
		for (int j = from; j < to; j++) {
			if (lines.get(j).text().indexOf('\t') >= 0) {
				return;
			}
			if (KEYED.matcher(lines.get(j).text()).lookingAt()) {
				if (keyLine >= 0) {
					return;
				}
				keyLine = j;
			}
		}
		if (keyLine <= from) {
			return;
		}
		Matcher key = KEYED.matcher(lines.get(keyLine).text());
		key.lookingAt();
		String text = lines.get(keyLine).text();
		int column = DisplayWidth.of(text, 0, key.end(1));
		int keyEnd = DisplayWidth.of(text, 0, key.end(2));
		for (int j = from; j < to; j++) {
			if (j != keyLine && indent(lines.get(j).text()) < keyEnd + 2) {
				// a cell under the number's column: no row number printed beside its row's middle
				return;
			}
		}
		if (!isRowNumber(lines, keyLine, column, keyEnd, number(key.group(2)))) {
			return;
		}
		String top = lines.get(from).text();
		if (!top.startsWith(" ".repeat(keyEnd + 1))) {
			return;
		}
		lines.set(from, with(lines.get(from), " ".repeat(column) + key.group(2) + top.substring(keyEnd)));
		lines.set(keyLine, with(lines.get(keyLine), " ".repeat(keyEnd) + text.substring(key.end(2))));
	}

	/** A header naming the column above the number, or the number before or after it in the same column nearby. */
	private static boolean isRowNumber(List<BoxRows.Printed> lines, int at, int column, int end, int number) {
		for (int j = Math.max(0, at - NEAR); j < Math.min(lines.size(), at + NEAR); j++) {
			String text = lines.get(j).text();
			if (j < at) {
				Matcher header = KEY_HEADER.matcher(text);
				while (header.find()) {
					int start = DisplayWidth.of(text, 0, header.start());
					int stop = DisplayWidth.of(text, 0, header.end());
					if (start <= end && stop >= column && text.substring(0, header.start()).isBlank()) {
						return true;
					}
				}
			}
			Matcher key = KEYED.matcher(text);
			if (j != at && key.lookingAt() && Math.abs(number(key.group(2)) - number) == 1
					&& Math.abs(DisplayWidth.of(text, 0, key.end(2)) - end) <= 1) {
				return true;
			}
		}
		return false;
	}

	private static int number(String digits) {
		return Integer.parseInt(Normalizer.normalize(digits, Normalizer.Form.NFKC));
	}

	private static int indent(String text) {
		return DisplayWidth.of(text, 0, text.length() - text.stripLeading().length());
	}

	private static BoxRows.Printed with(BoxRows.Printed line, String text) {
		return new BoxRows.Printed(text, line.number(), line.page());
	}
}
