package org.govreview.readers.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Turns the HTML fragments that survive extraction into lines: a table row's cells become tab-separated, and
 * {@code <br>}, {@code <p>}, {@code <li>} and the like break lines, except that inside a tab-separated row they only
 * wrap its cell. jsoup parses the fragment (entities decoded).
 */
final class HtmlLines {

	private static final Set<String> LINE_BREAKS = Set.of("br", "p", "div", "li", "ul", "ol", "tr", "table", "h1",
			"h2", "h3", "h4", "h5", "h6", "dt", "dd", "thead", "tbody");

	private static final Set<String> CELLS = Set.of("td", "th");

	private static final java.util.regex.Pattern ROW_OUTSIDE_TABLE = java.util.regex.Pattern.compile("(?i)<t[rdh][\\s>]");

	private static final java.util.regex.Pattern BR = java.util.regex.Pattern
		.compile("(?i)[ 　]*(?:<br\\s*/?>|</?(?:p|div|span|li|ul|ol|b|strong|em|font)(?:\\s[^>]*)?>)[ 　]*");

	private HtmlLines() {
	}

	private static long filledCells(String line) {
		return java.util.Arrays.stream(line.split("\t")).filter(cell -> !TAG.matcher(cell).replaceAll("").isBlank()).count();
	}

	private static final java.util.regex.Pattern PIPE_ROW = java.util.regex.Pattern.compile("^\\s*[|｜].*[|｜].*[|｜]\\s*$");

	private static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile("</?[a-zA-Z][^>]*>");

	static List<String> expand(String line) {
		if (line.indexOf('\t') >= 0 && TAG.matcher(line).find() && !ROW_OUTSIDE_TABLE.matcher(line).find()
				&& filledCells(line) < 2) {
			// ⇥<p>…</p> <p>A …</p>: a tab before one piece of text makes no row; its paragraphs are lines
			line = line.replace('\t', ' ');
		}
		if (line.indexOf('\t') >= 0 && !ROW_OUTSIDE_TABLE.matcher(line).find()) {
			// in a tab-separated row a <br> or <p> breaks a cell's text into lines, it does not end the row
			line = BR.matcher(line).replaceAll("\n").replaceAll("\n+", "\n").replaceAll("\n(?=\t|$)|(?<=\t|^)\n", "");
		}
		else if (PIPE_ROW.matcher(line).matches() && !ROW_OUTSIDE_TABLE.matcher(line).find()) {
			// | …を達成。<br>…を継続しています。 | ★★★★☆ |: a Markdown row's cell broken into lines, as a tab row's
			line = BR.matcher(line).replaceAll("\n").replaceAll("\n+", "\n").replaceAll("\n(?=\s*[|｜])|(?<=[|｜]\s{0,3})\n", "");
		}
		int open = line.indexOf('<');
		if (open < 0 || line.indexOf('>', open) < 0 || !line.matches("(?s).*</?[a-zA-Z][a-zA-Z0-9]*[^>]*>.*")) {
			return List.of(line);
		}
		List<String> lines = new ArrayList<>();
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		Runnable endCell = () -> {
			cells.add(cell.toString().strip());
			cell.setLength(0);
		};
		Runnable endLine = () -> {
			if (!cell.toString().isBlank()) {
				endCell.run();
			}
			cell.setLength(0);
			if (cells.stream().anyMatch(text -> !text.isEmpty())) {
				lines.add(String.join("\t", cells));
			}
			cells.clear();
		};
		// a row or cell cut from its table is dropped by an HTML parser unless the table is put back around it
		String fragment = ROW_OUTSIDE_TABLE.matcher(line).find() && !line.toLowerCase(java.util.Locale.ROOT).contains("<table")
				? "<table>" + line + "</table>" : line;
		Jsoup.parseBodyFragment(fragment).body().traverse(new NodeVisitor() {
			@Override
			public void head(Node node, int depth) {
				if (node instanceof TextNode text) {
					cell.append(text.getWholeText());
				}
				else if (node instanceof Element element && depth > 0) {
					String tag = element.normalName();
					if (CELLS.contains(tag) && !cell.toString().isBlank()) {
						endCell.run();
					}
					else if (LINE_BREAKS.contains(tag)) {
						endLine.run();
					}
				}
			}

			@Override
			public void tail(Node node, int depth) {
				if (node instanceof Element element && depth > 0) {
					String tag = element.normalName();
					if (CELLS.contains(tag)) {
						endCell.run();
					}
					else if (LINE_BREAKS.contains(tag) && !tag.equals("br")) {
						endLine.run();
					}
				}
			}
		});
		endLine.run();
		return lines;
	}
}
