package org.govreview.readers.inspection;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.govreview.readers.text.HtmlFragments;

/**
 * Splits extracted lines into {@link Fragment}s: table cells come out tab-separated (or between the pipes of a
 * Markdown table), and list markup survives as
 * HTML fragments ({@code <p>}, {@code <ul>}) whose tags separate paragraphs just as tabs separate cells. Markdown
 * emphasis ({@code **}) and list dashes that extraction left are dropped; the characters are otherwise kept.
 */
final class Fragments {

	private static final Pattern LIST_DASH = Pattern.compile("^-\\s+");

	/** | 人口 | 31万6,048人 |: a Markdown table row, its cells between pipes. */
	private static final Pattern PIPE_ROW = Pattern.compile("^\\s*\\|.*\\|\\s*$");

	/** |---|:--|: the rule under a Markdown table's header. */
	private static final Pattern PIPE_RULE = Pattern.compile("^[-:\\s]+$");

	private Fragments() {
	}

	private static boolean isRule(String line) {
		return PIPE_ROW.matcher(line).matches() && PIPE_RULE.matcher(line.replace("|", "")).matches();
	}

	/** A cell or paragraph of one source line (0-based {@code line}), the {@code column}th of that line. */
	record Fragment(int line, int column, String text) {
	}

	static List<Fragment> split(List<String> lines) {
		List<Fragment> fragments = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			int column = 0;
			String line = lines.get(i);
			if (i + 1 < lines.size() && PIPE_ROW.matcher(line).matches() && isRule(lines.get(i + 1))) {
				// the header of a Markdown table (| 項目 | 内容 |) names columns, it states nothing
				continue;
			}
			String[] cells = PIPE_ROW.matcher(line).matches() ? line.strip().replaceAll("^\\||\\|$", "").split("\\|")
					: line.split("\t");
			for (String cell : cells) {
				if (PIPE_RULE.matcher(cell).matches()) {
					continue;
				}
				for (String part : HtmlFragments.parts(cell)) {
					String text = LIST_DASH.matcher(part.replace("**", "").strip()).replaceFirst("").strip();
					if (!text.isEmpty()) {
						fragments.add(new Fragment(i, column++, text));
					}
				}
			}
		}
		return fragments;
	}
}
