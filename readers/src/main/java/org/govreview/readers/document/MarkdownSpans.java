package org.govreview.readers.document;

import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.Matcher;

/**
 * The marks a converter to Markdown (pandoc) leaves in running text, taken out so that the words read as printed:
 * empty anchors ([]{#_Toc… .anchor}), images (![](media/image1.png){width=…}), spans with attributes
 * ([目次]{.underline}), internal links ([１　概要 1](#_Toc…)), footnote references ([^1]), backslash escapes (\~) and
 * the backslash that ends a line at a hard line break. A footnote's own text ([^1]: …) becomes a ※ note. A list item
 * whose marker is padded to its text (-   …) is marked as a bullet. In a document with Markdown headings, block quotes
 * (&gt;) and bold inside a line are taken out too, and every list item (- …) marked as a bullet. Stateless.
 */
final class MarkdownSpans {

	/** # 見出し, ## （１）…: the headings of a Markdown document. */
	private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s+\\S");

	private static final Pattern HEADING_ATTRIBUTES = Pattern.compile("(?<=\\S)\\s*\\{[#.][^{}]*\\}\\s*$");

	private static final Pattern PADDED_ITEM = Pattern.compile("^(\\s*)[-*+](?: {2,}|\\t)(?=\\S)");

	private static final Pattern LIST_ITEM = Pattern.compile("^(\\s*)[-*+]\\s+(?=\\S)");

	private static final Pattern NUMBERED_ITEM = Pattern.compile("^(\\s*)([0-9]{1,2}\\.)\\s{2,}(?=\\S)");

	private static final Pattern QUOTE = Pattern.compile("^>+\\s?");

	private static final Pattern BOLD = Pattern.compile("\\*\\*([^*]+)\\*\\*");

	private static final Pattern ANCHOR = Pattern.compile("\\[\\]\\{[^{}]*\\}");

	private static final Pattern IMAGE = Pattern.compile("!\\[[^\\[\\]]*\\]\\([^()]*\\)(?:\\{[^{}]*\\})?");

	private static final Pattern SPAN = Pattern.compile("\\[([^\\[\\]]+)\\]\\{[.#][^{}]*\\}");

	private static final Pattern LINK = Pattern.compile("\\[([^\\[\\]^][^\\[\\]]*)\\]\\((?:(?:#|https?://|mailto:)[^()\\s]*|[^()\\s]+\\.(?:md|html?|pdf|csv|docx?|xlsx?))\\)");

	private static final Pattern LINKED_FOOTNOTE = Pattern
		.compile("\\s*\\[(?:\\[[0-9]{1,3}\\]|↑)\\]\\(#(?:footnote|endnote)(?:-ref)?-[0-9]{1,3}\\)");

	private static final Pattern FOOTNOTE = Pattern.compile("^\\[\\^([0-9]{1,3})\\]:\\s*");

	private static final Pattern FOOTNOTE_REFERENCE = Pattern.compile("\\[\\^[0-9]{1,3}\\]");

	private static final Pattern ESCAPE = Pattern.compile("\\\\([~*_\\[\\]#<>|`.\\-'\"$])");

	private MarkdownSpans() {
	}

	static List<BoxRows.Printed> plain(List<BoxRows.Printed> lines) {
		boolean markdown = lines.stream().anyMatch(line -> MARKDOWN_HEADING.matcher(line.text()).lookingAt());
		List<BoxRows.Printed> out = new java.util.ArrayList<>(lines.size());
		for (int i = 0; i < lines.size(); i++) {
			BoxRows.Printed line = lines.get(i);
			String toggle = markdown ? toggle(lines, i) : null;
			out.add(new BoxRows.Printed(toggle != null ? "【" + toggle + "】" : plain(line.text(), markdown), line.number(),
					line.page()));
		}
		return out;
	}

	/** 主な取組, 成果指標: an item that only names the indented items or table under it. */
	private static final Pattern TOGGLE = Pattern.compile("^(\\s*)[-*+]\\s+([^\\s、。，．：:「」（）()]{2,12})\\s*$");

	/** The name of the item at {@code i} where it holds more deeply indented lines (a Notion toggle), else null. */
	private static String toggle(List<BoxRows.Printed> lines, int i) {
		Matcher item = TOGGLE.matcher(lines.get(i).text());
		if (!item.matches()) {
			return null;
		}
		int next = i + 1;
		while (next < lines.size() && lines.get(next).text().isBlank()) {
			next++;
		}
		if (next >= lines.size()) {
			return null;
		}
		String child = lines.get(next).text();
		int indent = child.length() - child.stripLeading().length();
		return indent > item.group(1).length() + 1 && child.stripLeading().matches("^(?:[-*+]\\s+|\\|).*") ? item.group(2) : null;
	}

	static String plain(String text, boolean markdown) {
		// -   item (pandoc's plain text and Markdown alike): a list item, its marker padded to the indent of its text
		String plain = PADDED_ITEM.matcher(text).replaceFirst("$1・");
		if (markdown) {
			// ## 分野1　… {#分野1}: the heading's identifier, no part of its title
			plain = HEADING_ATTRIBUTES.matcher(plain).replaceFirst("");
			// > quoted: a quotation the converter set apart, read as the text it is (an e-mail's quotes stay quotes)
			plain = QUOTE.matcher(plain).replaceFirst("");
			plain = LIST_ITEM.matcher(plain).replaceFirst("$1・");
			plain = NUMBERED_ITEM.matcher(plain).replaceFirst("$1$2 ");
			if (!ModelBuilder.MARKDOWN_BOLD_LINE.matcher(plain).matches()) {
				// a short line all bold is a label (the model reads it as one); bold inside a line or a bold sentence is
				// only emphasis
				plain = BOLD.matcher(plain).replaceAll("$1");
			}
		}
		if (plain.indexOf('[') < 0 && plain.indexOf('\\') < 0) {
			return plain;
		}
		// MarkItDown's (mammoth's) footnotes: [[1]](#footnote-1) in the text, [↑](#footnote-ref-1) after the note
		plain = LINKED_FOOTNOTE.matcher(plain).replaceAll("");
		plain = ANCHOR.matcher(plain).replaceAll("");
		plain = IMAGE.matcher(plain).replaceAll("");
		plain = SPAN.matcher(plain).replaceAll("$1");
		plain = LINK.matcher(plain).replaceAll("$1");
		plain = FOOTNOTE.matcher(plain).replaceFirst("※$1　");
		plain = FOOTNOTE_REFERENCE.matcher(plain).replaceAll("");
		plain = ESCAPE.matcher(plain).replaceAll("$1");
		if (plain.endsWith("\\") && !plain.strip().startsWith("|")) {
			plain = plain.substring(0, plain.length() - 1);
		}
		return plain;
	}
}
