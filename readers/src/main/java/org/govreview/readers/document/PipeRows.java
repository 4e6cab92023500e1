package org.govreview.readers.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

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
		List<String> out = framed(lines);
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
			while (end < out.size() && (INNER_RULES.matcher(out.get(end)).matches() || end > i && isRow(out.get(end)))) {
				end++;
			}
			if (end - i >= MIN_FRAMED && out.subList(i, end).stream().filter(line -> !opensRow(line)).count() >= MIN_FRAMED) {
				for (int j = i; j < end; j++) {
					String line = out.get(j).strip();
					out.set(j, (opensRow(line) ? "" : "| ") + line + (CLOSING.matcher(line).matches() ? "" : " |"));
				}
			}
			i = Math.max(end, i + 1);
		}
		return out;
	}

	private static final int MIN_FRAMED = 3;

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
