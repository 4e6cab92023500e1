package org.govreview.readers.inspection;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.govreview.readers.text.HtmlFragments;

/**
 * Splits extracted lines into {@link Fragment}s: table cells come out tab-separated, and list markup survives as
 * HTML fragments ({@code <p>}, {@code <ul>}) whose tags separate paragraphs just as tabs separate cells. Markdown
 * emphasis ({@code **}) and list dashes that extraction left are dropped; the characters are otherwise kept.
 */
final class Fragments {

	private static final Pattern LIST_DASH = Pattern.compile("^-\\s+");

	private Fragments() {
	}

	/** A cell or paragraph of one source line (0-based {@code line}), the {@code column}th of that line. */
	record Fragment(int line, int column, String text) {
	}

	static List<Fragment> split(List<String> lines) {
		List<Fragment> fragments = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			int column = 0;
			for (String cell : lines.get(i).split("\t")) {
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
