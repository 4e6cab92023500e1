package org.govreview.readers.text;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Splits an extracted line at the HTML tags that survive extraction ({@code <p>}, {@code <ul>}, {@code <br>}): the
 * opening and closing tags of every element separate parts, just as tabs separate table cells. Stateless and
 * thread-safe.
 */
public final class HtmlFragments {

	private static final java.util.regex.Pattern JAPANESE = java.util.regex.Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");

	private HtmlFragments() {
	}

	/**
	 * A source line as a reader of the page sees it: tags taken off (each a space), and nothing of a style sheet's rules
	 * or a page's metadata; a line without markup as it is, stripped.
	 */
	public static String shown(String line) {
		if (line.indexOf('<') < 0 && line.indexOf('{') < 0) {
			return line.strip();
		}
		if (line.strip().startsWith("<meta") || line.contains("{") || line.contains("}")) {
			return "";
		}
		return line.replaceAll("<[^>]*>", " ").replace("&nbsp;", " ").strip();
	}

	/** True when the text holds a kanji or kana: a line a Japanese reader reads, no markup or style rules alone. */
	public static boolean hasJapanese(String text) {
		return JAPANESE.matcher(text).find();
	}

	/**
	 * The parts of a line: the line itself, unchanged, when it has no {@code <} or no {@code >}; otherwise the text
	 * between the tags, as jsoup parses it (entities decoded, whitespace and tabs kept), without the blank parts. Never
	 * null; empty when the markup holds no text.
	 */
	public static List<String> parts(String line) {
		if (line.indexOf('<') < 0 || line.indexOf('>') < 0) {
			return List.of(line);
		}
		List<String> parts = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		Jsoup.parseBodyFragment(line).body().traverse(new NodeVisitor() {
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
