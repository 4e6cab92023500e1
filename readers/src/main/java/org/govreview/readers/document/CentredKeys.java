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
 * is one: a No. header above it in its column, or the row number before or after it in the same column nearby. A
 * number alone on its line between the row's lines is moved and its line taken out. Stateless.
 */
final class CentredKeys {

	/** 12, 1-3: a row's number as a table's number column prints it. */
	static final String ROW_KEY = "[0-9０-９]{1,3}(?:[-－‐][0-9０-９]{1,3}){0,2}";

	/** {@code    12    代までの拡充 …}, {@code    1-3    …}: a row number alone at the left, then the row's cells. */
	private static final Pattern KEYED = Pattern.compile("^( *)(" + ROW_KEY + ")(?:(?: {2,}|　)(?=\\S)| *$)");

	/** 【実績】, ［担当］, ※, ・: what opens a line of its own, no wrapped rest of a cell. */
	private static final Pattern LABEL_OPENING = Pattern.compile("[【［〔■●◆・※]");

	/** No., №, 番号: the header of a row-number column. */
	static final Pattern KEY_HEADER = Pattern.compile("(?:No\\.?|NO\\.?|№|番号)");

	static final int MAX_GROUP = 7;

	/** How far a row's neighbour or the table's header may be. */
	static final int NEAR = 16;

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
			if (end - i >= 2 && end - i <= MAX_GROUP && raise(lines, i, end)) {
				// the number's own line, emptied, is gone: the row's lines stand together
				end--;
			}
			else if (end - i > MAX_GROUP) {
				CentredKeyRuns.raise(lines, i, end);
			}
			i = end;
		}
		return lines;
	}

	/** Moves the number onto its row's first line; true when its line held nothing else and is taken out. */
	private static boolean raise(List<BoxRows.Printed> lines, int from, int to) {
		int keyLine = -1;
		for (int j = from; j < to; j++) {
			if (lines.get(j).text().indexOf('\t') >= 0) {
				return false;
			}
			if (KEYED.matcher(lines.get(j).text()).lookingAt()) {
				if (keyLine >= 0) {
					return false;
				}
				keyLine = j;
			}
		}
		if (keyLine <= from) {
			return false;
		}
		Matcher key = KEYED.matcher(lines.get(keyLine).text());
		key.lookingAt();
		String text = lines.get(keyLine).text();
		int column = DisplayWidth.of(text, 0, key.end(1));
		int keyEnd = DisplayWidth.of(text, 0, key.end(2));
		for (int j = from; j < to; j++) {
			if (j != keyLine && indent(lines.get(j).text()) < keyEnd + 2) {
				// a cell under the number's column: no row number printed beside its row's middle
				return false;
			}
		}
		if (!isRowNumber(lines, keyLine, column, keyEnd, number(key.group(2)))) {
			return false;
		}
		String top = lines.get(from).text();
		if (!top.startsWith(" ".repeat(keyEnd + 1))) {
			return false;
		}
		lines.set(from, with(lines.get(from), " ".repeat(column) + key.group(2) + top.substring(keyEnd)));
		String rest = text.substring(key.end(2));
		if (rest.isBlank() && keyLine + 1 < to && !LABEL_OPENING.matcher(lines.get(keyLine + 1).text().strip()).lookingAt()) {
			// 1-1 alone between its title's two lines (子ども医療費の…の無 / 1-1 / 料化の継続): its line held the number only;
			// over 【実績】… it stays a gap, the row's own second row being a row of its own
			lines.remove(keyLine);
			return true;
		}
		lines.set(keyLine, with(lines.get(keyLine), " ".repeat(keyEnd) + rest));
		return false;
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

	/** The row's own number: 3 of 1-3, whose neighbours are 1-2 and 1-4. */
	private static int number(String digits) {
		String key = Normalizer.normalize(digits, Normalizer.Form.NFKC);
		return Integer.parseInt(key.substring(key.lastIndexOf('-') + 1));
	}

	static int indent(String text) {
		return DisplayWidth.indent(text);
	}

	static BoxRows.Printed with(BoxRows.Printed line, String text) {
		return new BoxRows.Printed(text, line.number(), line.page());
	}
}
