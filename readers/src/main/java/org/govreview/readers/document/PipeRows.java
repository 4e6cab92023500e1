package org.govreview.readers.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.govreview.readers.text.DisplayWidth;

/**
 * A Markdown table's row that a page's width broke over several lines (| ③待機児童ゼロの継続 | …を達成。 then
 * 保育士確保… | ★★★★☆ | 保育総務課 |): put back on its first line, since a row ends only at its closing pipe; the
 * lines it took stay, empty, so that every line keeps its number. A tab inside such a row is a gap a printer left
 * (①⇥中学校給食), no cell. Stateless.
 */
final class PipeRows {

	private static final Pattern OPEN_ROW = Pattern.compile("^[\\s　]*[|｜].*[|｜].*[^|｜\\s　][\\s　]*$");

	private static final Pattern CLOSING = Pattern.compile(".*[|｜][\\s　]*$");

	/** Lines a broken row may take before its closing pipe. */
	private static final int MAX_PIECES = 6;

	private PipeRows() {
	}

	static List<String> closed(List<String> lines) {
		List<String> out = framed(outerRulesAdded(lines));
		for (int i = 0; i < out.size(); i++) {
			String line = out.get(i);
			if (isRow(line)) {
				out.set(i, line.replace('\t', ' '));
			}
			if (!OPEN_ROW.matcher(line).matches()) {
				continue;
			}
			int end = i + 1;
			while (end < out.size() && end - i <= MAX_PIECES && !out.get(end).isBlank() && !opensRow(out.get(end))
					&& !CLOSING.matcher(out.get(end)).matches()) {
				end++;
			}
			if (end >= out.size() || end - i > MAX_PIECES || !CLOSING.matcher(out.get(end)).matches() || opensRow(out.get(end))) {
				continue;
			}
			List<String> pieces = new ArrayList<>();
			for (int j = i; j <= end; j++) {
				pieces.add(out.get(j).replace('\t', ' '));
			}
			out.set(i, Wraps.join(pieces));
			for (int j = i + 1; j <= end; j++) {
				out.set(j, "");
			}
			i = end;
		}
		return out;
	}

	/**
	 * A table a converter of word-processor files draws at fixed column widths with bars and no rules (antiword's
	 * |No. |成果指標 |…|): a cell too long for its column goes on in the same column on the next line, the other
	 * columns blank. True when {@code line} is such a rest of {@code above}: both have their bars in the same columns,
	 * and the line leaves blank a column the line above filled and writes only under cells that filled theirs.
	 */
	static boolean restOfFixedRow(String above, String line) {
		List<Integer> bars = bars(line);
		if (bars == null || bars.size() < 3 || !bars.equals(bars(above))) {
			return false;
		}
		List<String> cells = cellsOf(line);
		List<String> over = cellsOf(above);
		boolean written = false;
		boolean leftBlank = false;
		for (int c = 0; c < cells.size(); c++) {
			String cell = cells.get(c);
			String before = over.get(c);
			if (cell.isBlank()) {
				leftBlank |= !before.isBlank();
				continue;
			}
			written = true;
			if (before.isBlank() || DisplayWidth.of(before.stripTrailing()) < DisplayWidth.of(before) - FILLED_SLACK) {
				return false;
			}
		}
		return written && leftBlank;
	}

	/** A column a cell's text leaves this many columns or fewer of: the cell filled it, and may go on below. */
	private static final int FILLED_SLACK = 2;

	/** The cells between a line's bars, padding kept. */
	private static List<String> cellsOf(String line) {
		String row = line.strip();
		return List.of(row.substring(1, row.length() - 1).split("[|｜]", -1));
	}

	/** Where a line framed by bars has them, in display columns; null for a line that is no such row. */
	private static List<Integer> bars(String line) {
		String row = line.stripTrailing();
		if (row.length() < 3 || !(row.startsWith("|") || row.startsWith("｜")) || !(row.endsWith("|") || row.endsWith("｜"))
				|| row.contains("---")) {
			return null;
		}
		List<Integer> bars = new ArrayList<>();
		for (int c = 0; c < row.length(); c++) {
			if (row.charAt(c) == '|' || row.charAt(c) == '｜') {
				bars.add(DisplayWidth.of(row, 0, c));
			}
		}
		return bars;
	}

	/** ---|---|---: the rule under a Markdown table's header written without outer pipes (html2text's). */
	private static final Pattern BARE_RULE = Pattern.compile("^[\\s　]*:?-{3,}:?(?:[\\s　]*[|｜][\\s　]*:?-{3,}:?)+[\\s　]*$");

	/**
	 * Tables written without outer pipes (html2text: 指標| 基準値（R4）| 目標値 over ---|---|---), a cell's own line
	 * break ({@code <br>}) carrying its row on over the next lines: each row, told by its count of pipes, put together
	 * and given its outer pipes on its first line, the lines it took left empty after the table's last row.
	 */
	private static List<String> outerRulesAdded(List<String> lines) {
		if (lines.stream().noneMatch(line -> BARE_RULE.matcher(line).matches())) {
			return lines;
		}
		List<String> out = new ArrayList<>(lines);
		for (int r = 0; r < out.size(); r++) {
			if (!BARE_RULE.matcher(out.get(r)).matches()) {
				continue;
			}
			int pipes = pipes(out.get(r));
			int headerStart = r;
			int counted = 0;
			while (headerStart > 0 && counted < pipes && !out.get(headerStart - 1).isBlank()) {
				headerStart--;
				counted += pipes(out.get(headerStart));
			}
			if (counted != pipes) {
				continue;
			}
			List<List<String>> rows = new ArrayList<>();
			rows.add(cells(out.subList(headerStart, r), pipes));
			int end = r + 1;
			List<String> row = new ArrayList<>();
			int rowPipes = 0;
			while (end < out.size() && !out.get(end).isBlank()) {
				int here = pipes(out.get(end));
				// 特別支援学級 over 在籍児童生徒数 | 人 | 612 | …, after a row ending in a figure: the next row's first cell
				boolean opensNext = rowPipes == pipes && here == 0 && end + 1 < out.size()
						&& pipes(out.get(end + 1)) == pipes && row.get(row.size() - 1).strip().matches(".*[0-9０-９][^|｜]{0,4}$");
				if (rowPipes == pipes && (here > 0 || opensNext)) {
					rows.add(cells(row, pipes));
					row = new ArrayList<>();
					rowPipes = 0;
				}
				row.add(out.get(end));
				rowPipes += here;
				if (rowPipes > pipes) {
					break;
				}
				end++;
			}
			if (rowPipes != pipes) {
				continue;
			}
			rows.add(cells(row, pipes));
			if (rows.stream().anyMatch(java.util.Objects::isNull)) {
				continue;
			}
			List<String> printed = new ArrayList<>();
			printed.add("| " + String.join(" | ", rows.get(0)) + " |");
			printed.add("|" + "---|".repeat(pipes + 1));
			for (List<String> cells : rows.subList(1, rows.size())) {
				printed.add("| " + String.join(" | ", cells) + " |");
			}
			for (int k = headerStart; k < end; k++) {
				int at = k - headerStart;
				out.set(k, at < printed.size() ? printed.get(at) : "");
			}
			r = end;
		}
		return out;
	}

	private static int pipes(String line) {
		return (int) line.chars().filter(c -> c == '|' || c == '｜').count();
	}

	/** A row printed over {@code lines}, its cells' pieces joined; null when the lines do not part into its cells. */
	private static List<String> cells(List<String> lines, int pipes) {
		List<String> cells = new ArrayList<>();
		cells.add("");
		for (String line : lines) {
			String[] parts = line.strip().split("[|｜]", -1);
			for (int p = 0; p < parts.length; p++) {
				if (p > 0) {
					cells.add("");
				}
				String part = parts[p].strip();
				int last = cells.size() - 1;
				cells.set(last, cells.get(last).isEmpty() ? part : part.isEmpty() ? cells.get(last) : Wraps.joinCell(cells.get(last), part));
			}
		}
		return cells.size() == pipes + 1 ? cells : null;
	}

	/** ◎ | 第2子以降の保育料の無償化 | 福祉課: a row whose outer rules a scan's text layer lost, inner ones kept. */
	private static final Pattern INNER_RULES = Pattern.compile("^[^|｜]*\\S[\\s　]+[|｜][\\s　]+\\S.*$");

	/**
	 * Runs of at least three lines that part their cells by inner rules only (OCR of a ruled table keeps some of its
	 * rules), each given its outer rules, so that they read as the pipe rows they were printed as.
	 */
	private static List<String> framed(List<String> lines) {
		List<String> out = new ArrayList<>(lines);
		int i = 0;
		while (i < out.size()) {
			int end = i;
			while (end < out.size() && (INNER_RULES.matcher(out.get(end)).matches()
					|| end > i && (isRow(out.get(end)) || opensRow(out.get(end)) && out.get(end).strip().matches("^.[^|｜]+[|｜].*")))) {
				end++;
			}
			if (end - i >= MIN_FRAMED && out.subList(i, end).stream().filter(line -> !opensRow(line)).count() >= MIN_FRAMED) {
				frame(out, i, end);
			}
			i = Math.max(end, i + 1);
		}
		return out;
	}

	/** The run of lines from {@code start} to {@code end} rewritten as whole pipe rows, each wrapped rest in its row. */
	private static void frame(List<String> out, int start, int end) {
		List<List<String>> rows = new ArrayList<>();
		java.util.Map<Integer, Integer> widths = new java.util.HashMap<>();
		for (int j = start; j < end; j++) {
			String line = out.get(j).strip();
			List<String> cells = new ArrayList<>(java.util.Arrays.stream(ModelBuilder.pipeParts(line)).map(String::strip).toList());
			rows.add(cells);
			if (!opensRow(line)) {
				widths.merge(cells.size(), 1, Integer::sum);
			}
		}
		// the widest shape more than one row has: rows that lost a rule are fewer cells, never more
		int width = widths.entrySet().stream().filter(shape -> shape.getValue() >= 2).mapToInt(java.util.Map.Entry::getKey)
			.max().orElse(0);
		int text = textColumn(rows, width);
		int last = -1;
		for (int j = start; j < end; j++) {
			List<String> cells = rows.get(j - start);
			if (opensRow(out.get(j).strip()) && cells.size() < width && last >= 0) {
				// | 物)の販路拡大 |: the rest of the row above, whose cells wrapped; the rule before it the first column's edge
				cells.add(0, "");
				List<String> above = rows.get(last - start);
				for (int c = 0; c < Math.min(cells.size(), above.size()); c++) {
					if (!cells.get(c).isEmpty()) {
						above.set(c, above.get(c).isEmpty() ? cells.get(c)
								: c == text ? Wraps.join(List.of(above.get(c), cells.get(c))) : above.get(c) + "、" + cells.get(c));
					}
				}
				out.set(last, "| " + String.join(" | ", above) + " |");
				out.set(j, "");
				continue;
			}
			if (!opensRow(out.get(j).strip())) {
				split(cells, width);
			}
			out.set(j, "| " + String.join(" | ", cells) + " |");
			last = j;
		}
	}

	private static final int MIN_FRAMED = 3;

	/** The column whose cells hold the most text: the one a wrapped row goes on in. */
	private static int textColumn(List<List<String>> rows, int width) {
		int best = -1;
		int most = -1;
		for (int c = 0; c < width; c++) {
			int length = 0;
			for (List<String> row : rows) {
				length += c < row.size() ? row.get(c).length() : 0;
			}
			if (length > most) {
				most = length;
				best = c;
			}
		}
		return best;
	}

	/** ◎, Ａ, 3: a mark a lost rule left at the start of the next cell's text. */
	private static final Pattern LEADING_MARK = Pattern.compile("^(\\S{1,2})[\\s　]+(\\S.*)$");

	/** 教育総務課: a short last word a lost rule left at the end of the cell before it. */
	private static final Pattern TRAILING_WORD = Pattern.compile("^(.*\\S)[\\s　]+([^\\s　]{2,12})$");

	/** A row short of the others' cells: its first cell's mark and its last cell's last word set apart, where they stand. */
	private static void split(List<String> cells, int width) {
		if (cells.size() < width && !cells.isEmpty()) {
			java.util.regex.Matcher mark = LEADING_MARK.matcher(cells.get(0));
			if (mark.matches()) {
				cells.set(0, mark.group(2));
				cells.add(0, mark.group(1));
			}
		}
		if (cells.size() < width && cells.size() >= 2) {
			java.util.regex.Matcher word = TRAILING_WORD.matcher(cells.get(cells.size() - 2));
			if (word.matches()) {
				cells.set(cells.size() - 2, word.group(1));
				cells.add(cells.size() - 1, word.group(2));
			}
		}
		if (cells.size() < width && cells.size() >= 1) {
			java.util.regex.Matcher word = TRAILING_WORD.matcher(cells.get(cells.size() - 1));
			if (word.matches()) {
				cells.set(cells.size() - 1, word.group(1));
				cells.add(word.group(2));
			}
		}
	}

	private static boolean isRow(String line) {
		String stripped = line.strip();
		return opensRow(stripped) && (stripped.endsWith("|") || stripped.endsWith("｜")) && stripped.length() > 2;
	}

	/** | or ｜ first: the line starts a row of its own, it does not go on with one. */
	private static boolean opensRow(String line) {
		String stripped = line.strip();
		return stripped.startsWith("|") || stripped.startsWith("｜");
	}
}
