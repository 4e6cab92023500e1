package org.govreview.readers.inspection;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

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
				for (String part : paragraphs(cell)) {
					String text = LIST_DASH.matcher(part.replace("**", "").strip()).replaceFirst("").strip();
					if (!text.isEmpty()) {
						fragments.add(new Fragment(i, column++, text));
					}
				}
			}
		}
		return fragments;
	}

	private static List<String> paragraphs(String cell) {
		if (cell.indexOf('<') < 0 || cell.indexOf('>') < 0) {
			return List.of(cell);
		}
		List<String> parts = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		Jsoup.parseBodyFragment(cell).body().traverse(new NodeVisitor() {
			@Override
			public void head(Node node, int depth) {
				if (node instanceof TextNode text) {
					current.append(text.getWholeText());
				}
				else if (node instanceof Element && depth > 0) {
					flush();
				}
			}

			@Override
			public void tail(Node node, int depth) {
				if (node instanceof Element && depth > 0) {
					flush();
				}
			}

			private void flush() {
				if (!current.toString().isBlank()) {
					parts.add(current.toString());
				}
				current.setLength(0);
			}
		});
		if (!current.toString().isBlank()) {
			parts.add(current.toString());
		}
		return parts;
	}
}
