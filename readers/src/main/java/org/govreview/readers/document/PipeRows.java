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
		List<String> out = new ArrayList<>(lines);
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
