package org.govreview.readers.text;

import java.util.HashSet;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * A spreadsheet or text document LibreOffice saved as flat OpenDocument XML (.fods, .fodt): its body rewritten as the
 * HTML a browser would show for it, so that every reader reads it as it reads a page. A sheet's
 * {@code <table:table-row>}s and {@code <table:table-cell>}s become table rows and cells, spans
 * ({@code number-columns-spanned}, {@code number-rows-spanned}) become colspan and rowspan, and the cells they cover
 * go; repeated empty cells and rows ({@code number-columns-repeated}) are written once; hidden columns and rows
 * ({@code table:visibility="collapse"}) are left out as a printout leaves them. A cell's text is what the sheet shows
 * ({@code <text:p>}, 73.3%), not its stored value (0.7333…). In a text document, headings keep their outline level
 * and list items are list items. Styles, page headers and footers are not content. Stateless.
 */
final class OpenDocumentXml {

	private static final int HEAD = 3000;

	private OpenDocumentXml() {
	}

	static boolean is(String text) {
		String head = text.substring(0, Math.min(text.length(), HEAD));
		return head.contains("urn:oasis:names:tc:opendocument:xmlns:office:1.0") && head.contains("<office:document");
	}

	static String asHtml(String text) {
		Element body = Jsoup.parse(text, "", Parser.xmlParser()).getElementsByTag("office:body").first();
		StringBuilder html = new StringBuilder("<html><body>\n");
		if (body != null) {
			content(body, html);
		}
		return html.append("</body></html>\n").toString();
	}

	private static void content(Element parent, StringBuilder html) {
		for (Element child : parent.children()) {
			switch (child.tagName()) {
				case "table:table" -> table(child, html);
				case "text:h" -> {
					int level = Math.max(1, Math.min(6, number(child, "text:outline-level", 1)));
					html.append("<h").append(level).append('>').append(shown(child)).append("</h").append(level).append(">\n\n");
				}
				case "text:p" -> html.append("<p>").append(shown(child)).append("</p>\n\n");
				case "text:list-item" -> html.append("<li>").append(cellText(child)).append("</li>\n");
				default -> {
					if (!child.tagName().startsWith("office:") || child.tagName().equals("office:spreadsheet")
							|| child.tagName().equals("office:text")) {
						content(child, html);
					}
				}
			}
		}
	}

	private static void table(Element table, StringBuilder html) {
		if (!table.attr("table:name").isEmpty()) {
			html.append("<p>").append(Entities.escape(table.attr("table:name"))).append("</p>\n");
		}
		Set<Integer> hidden = new HashSet<>();
		int column = 0;
		for (Element declared : table.getElementsByTag("table:table-column")) {
			int repeated = number(declared, "table:number-columns-repeated", 1);
			for (int c = column; c < column + repeated && "collapse".equals(declared.attr("table:visibility")); c++) {
				hidden.add(c);
			}
			column += repeated;
		}
		html.append("<table>\n");
		for (Element row : table.getElementsByTag("table:table-row")) {
			if (!"visible".equals(row.attr("table:visibility")) && row.hasAttr("table:visibility")
					|| owner(row) != table) {
				continue;
			}
			StringBuilder cells = new StringBuilder();
			boolean filled = false;
			int at = 0;
			for (Element cell : row.children()) {
				int repeated = number(cell, "table:number-columns-repeated", 1);
				if (cell.tagName().equals("table:covered-table-cell")) {
					at += repeated;
					continue;
				}
				if (!cell.tagName().equals("table:table-cell")) {
					continue;
				}
				String shown = cellText(cell);
				filled |= !shown.isBlank();
				int across = number(cell, "table:number-columns-spanned", 1);
				int down = number(cell, "table:number-rows-spanned", 1);
				// a run of empty cells to the sheet's last column: one cell stands for them all
				for (int copy = 0; copy < (shown.isBlank() ? Math.min(repeated, 1) : repeated); copy++) {
					int start = at;
					long shownColumns = java.util.stream.IntStream.range(start, start + across).filter(c -> !hidden.contains(c)).count();
					at += across;
					if (shownColumns == 0) {
						continue;
					}
					cells.append("<td");
					if (shownColumns > 1) {
						cells.append(" colspan=").append(shownColumns);
					}
					if (down > 1) {
						cells.append(" rowspan=").append(down);
					}
					cells.append('>').append(shown).append("</td>");
				}
				if (shown.isBlank()) {
					at += (repeated - 1) * across;
				}
			}
			if (filled) {
				html.append("<tr>").append(cells).append("</tr>\n");
			}
		}
		html.append("</table>\n\n");
	}

	private static Element owner(Element row) {
		Element up = row.parent();
		while (up != null && !up.tagName().equals("table:table")) {
			up = up.parent();
		}
		return up;
	}

	/** A cell's or list item's paragraphs, each on a line of its own. */
	private static String cellText(Element cell) {
		StringBuilder text = new StringBuilder();
		for (Element paragraph : cell.select("text|p, text|h")) {
			if (text.length() > 0) {
				text.append("<br>");
			}
			text.append(shown(paragraph));
		}
		return text.toString();
	}

	/** A paragraph as shown: its spans' text, {@code <text:s text:c="3"/>} as three spaces, line breaks kept. */
	private static String shown(Element paragraph) {
		StringBuilder text = new StringBuilder();
		for (Node node : paragraph.childNodes()) {
			if (node instanceof TextNode textNode) {
				text.append(Entities.escape(textNode.getWholeText()));
			}
			else if (node instanceof Element element) {
				switch (element.tagName()) {
					case "text:line-break" -> text.append("<br>");
					case "text:s" -> text.append(" ".repeat(Math.max(1, number(element, "text:c", 1))));
					case "text:tab" -> text.append(' ');
					case "office:annotation", "text:note", "draw:frame" -> {
					}
					default -> text.append(shown(element));
				}
			}
		}
		return text.toString();
	}

	private static int number(Element element, String attribute, int absent) {
		try {
			return element.hasAttr(attribute) ? Integer.parseInt(element.attr(attribute).strip()) : absent;
		}
		catch (NumberFormatException ex) {
			return absent;
		}
	}
}
