package org.govreview.readers.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govreview.readers.text.DisplayWidth;

/**
 * A run of a numbered table's rows with no blank line between them, each key printed beside the middle of its row's
 * wrapped text, as pdftotext -layout prints a table whose cells are centred vertically (こども医療費の18歳までの完全無償
 * / 1-1 … A … こども政策課 / 化). The lines between two keys are shared so that each key stands nearest the middle of
 * its row without cutting a text the column's width wrapped, and each key is moved onto its row's first line. Only a
 * run under a 番号 or No. header whose keys mostly stand alone on their lines, and whose rows mostly wrap, is read so:
 * rows printed from their top are left as they are. Not thread-safe: one instance reads one run.
 */
final class CentredKeyRuns {

	/** 1-1, 12, 3-2: a row's key at the left of its line, alone or before the row's short cells. */
	private static final Pattern RUN_KEY = Pattern
		.compile("^( {0,6})([0-9０-９]{1,3}(?:[-－‐][0-9０-９]{1,3}){0,2})(?= {2,}|　|$)");

	/** How much of the widest text's width a line fills, in tenths, to run on into the next. */
	private static final int FULL_TENTHS = 9;

	/** A row with no text in its wrapped column: no row a key would have. */
	private static final int EMPTY_ROW = 2;

	/** Cutting a text after a line that fills its column, which the next line goes on from. */
	private static final int RUNS_ON = 3;

	private final List<BoxRows.Printed> lines;

	private final int from;

	private final int to;

	private final List<Integer> keys = new ArrayList<>();

	private int keyEnd = -1;

	/** Where the wrapped text's column starts. */
	private int wide;

	/** The widest text of that column. */
	private int widest;

	private CentredKeyRuns(List<BoxRows.Printed> lines, int from, int to) {
		this.lines = lines;
		this.from = from;
		this.to = to;
	}

	static void raise(List<BoxRows.Printed> lines, int from, int to) {
		new CentredKeyRuns(lines, bodyStart(lines, from, to), to).raise();
	}

	/** The line after the 番号 header, printed with no blank line under it, perhaps under the table's title. */
	private static int bodyStart(List<BoxRows.Printed> lines, int from, int to) {
		for (int j = from; j < Math.min(to, from + CentredKeys.NEAR); j++) {
			Matcher header = CentredKeys.KEY_HEADER.matcher(lines.get(j).text());
			if (header.find() && lines.get(j).text().substring(0, header.start()).isBlank()) {
				return j + 1;
			}
		}
		return from;
	}

	private void raise() {
		if (!readKeys() || !centred()) {
			return;
		}
		int n = this.keys.size();
		int[] gaps = new int[n - 1];
		for (int k = 0; k + 1 < n; k++) {
			gaps[k] = this.keys.get(k + 1) - this.keys.get(k) - 1;
		}
		int[] above = CentredLabels.aboves(this.keys.get(0) - this.from, gaps, this.to - 1 - this.keys.get(n - 1),
				(k, up, taken) -> cutCost(this.keys.get(k) + taken)
						+ (hasText(this.keys.get(k) - up, this.keys.get(k) + taken) ? 0 : EMPTY_ROW));
		for (int k = 0; k < n; k++) {
			if (above[k] > 0 && !moveKey(this.keys.get(k), this.keys.get(k) - above[k])) {
				return;
			}
		}
	}

	/** The keys of the run, under a header naming their column, none the run's first line. */
	private boolean readKeys() {
		for (int j = this.from; j < this.to; j++) {
			String text = this.lines.get(j).text();
			if (text.indexOf('\t') >= 0) {
				return false;
			}
			Matcher key = RUN_KEY.matcher(text);
			if (key.lookingAt()) {
				this.keys.add(j);
				this.keyEnd = Math.max(this.keyEnd, DisplayWidth.of(text, 0, key.end(2)));
			}
		}
		return this.keys.size() >= 2 && this.keys.get(0) > this.from && headedByKeyColumn();
	}

	/** Whether the run shows its keys beside the middle of their rows rather than beside their first lines. */
	private boolean centred() {
		this.wide = Integer.MAX_VALUE;
		for (int j = this.from; j < this.to; j++) {
			if (!this.keys.contains(j)) {
				int indent = CentredKeys.indent(this.lines.get(j).text());
				if (indent < this.keyEnd + 1) {
					// a line starting under the keys' column: no row whose key stands beside its middle
					return false;
				}
				this.wide = Math.min(this.wide, indent);
			}
		}
		for (int j = this.from; j < this.keys.get(0); j++) {
			if (Math.abs(CentredKeys.indent(this.lines.get(j).text()) - this.wide) > 2) {
				// (年度) | (R7) under the header: the header's second line, no row's text above its key
				return false;
			}
		}
		int bare = 0;
		for (int j = this.from; j < this.to; j++) {
			String main = mainText(j);
			this.widest = Math.max(this.widest, DisplayWidth.of(main));
			bare += this.keys.contains(j) && main.isEmpty() ? 1 : 0;
		}
		int wrapped = 0;
		for (int k = 0; k + 1 < this.keys.size(); k++) {
			wrapped += this.keys.get(k + 1) - this.keys.get(k) > 1 ? 1 : 0;
		}
		// keys beside their rows' first lines, or rows a line each: rows printed from their top, as most tables are
		return bare * 2 >= this.keys.size() && wrapped * 2 >= this.keys.size() - 1;
	}

	private boolean moveKey(int keyLine, int first) {
		String text = this.lines.get(keyLine).text();
		Matcher key = RUN_KEY.matcher(text);
		key.lookingAt();
		int column = DisplayWidth.of(text, 0, key.end(1));
		int end = DisplayWidth.of(text, 0, key.end(2));
		String top = this.lines.get(first).text();
		if (!top.startsWith(" ".repeat(end + 1))) {
			return false;
		}
		this.lines.set(first, CentredKeys.with(this.lines.get(first), " ".repeat(column) + key.group(2) + top.substring(end)));
		this.lines.set(keyLine, CentredKeys.with(this.lines.get(keyLine), " ".repeat(end) + text.substring(key.end(2))));
		return true;
	}

	/** A 番号 or No. header over the keys' column within the lines above the run. */
	private boolean headedByKeyColumn() {
		for (int j = Math.max(0, this.from - CentredKeys.NEAR); j <= this.from; j++) {
			String text = this.lines.get(j).text();
			Matcher header = CentredKeys.KEY_HEADER.matcher(text);
			if (header.find() && text.substring(0, header.start()).isBlank() && DisplayWidth.of(text, 0, header.start()) <= this.keyEnd) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The text of a line in the column the long text wraps in: on a key's line, the cell after the key only where it
	 * starts there, never the short cells set beside the key.
	 */
	private String mainText(int j) {
		String text = this.lines.get(j).text();
		if (!this.keys.contains(j)) {
			return text.strip().split(" {2,}|　{2,}")[0];
		}
		Matcher key = RUN_KEY.matcher(text);
		key.lookingAt();
		String rest = text.substring(key.end());
		int start = DisplayWidth.of(text, 0, key.end()) + DisplayWidth.indent(rest);
		return Math.abs(start - this.wide) <= 4 && !rest.isBlank() ? rest.strip().split(" {2,}|　{2,}")[0] : "";
	}

	private boolean hasText(int first, int last) {
		for (int j = first; j <= last; j++) {
			if (!mainText(j).isEmpty()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Ending a row after line {@code end}: dear where the last text above fills its column and the text below goes on
	 * from it, cheap after a sentence's or a bracket's end.
	 */
	private int cutCost(int end) {
		String upper = "";
		for (int j = end; j >= this.from && upper.isEmpty() && end - j <= CentredKeys.MAX_GROUP; j--) {
			upper = mainText(j);
		}
		if (upper.matches(".*[。．）)」』]$")) {
			return 0;
		}
		return DisplayWidth.of(upper) * 10 >= this.widest * FULL_TENTHS ? RUNS_ON : 1;
	}
}
