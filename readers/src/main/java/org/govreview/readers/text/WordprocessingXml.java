package org.govreview.readers.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;

/**
 * A Word document's XML as it comes out of the file (word/document.xml, or Word's 「XML ドキュメント」 of 2003 and
 * later): its body rewritten as the HTML Word's own 「Web ページ」 gives for it, so that every reader reads it as it
 * reads that page. A paragraph ({@code <w:p>}) is its runs' text joined, however Word split it among runs (区民 | の),
 * with {@code <w:tab/>} as a tab and {@code <w:br/>} as a line break; a heading style (見出し 1, {@code w:val="2"})
 * keeps its level, and a paragraph numbered by Word ({@code <w:numPr>}) is a list item, its number not being in the
 * file. Tables keep their rows and cells, {@code gridSpan} as colspan and {@code vMerge} as rowspan. A text box's
 * paragraphs follow the paragraph that anchors it, once, though Word writes each box twice (drawing and fallback).
 * Deleted text, field codes, proofing marks and bookmarks are not content. Stateless.
 */
final class WordprocessingXml {

	private static final int HEAD = 3000;

	private static final Pattern HEADING_STYLE = Pattern.compile("(?i)(?:heading\\s*|見出し\\s*)?([1-6])");

	private WordprocessingXml() {
	}

	static boolean is(String text) {
		String head = text.substring(0, Math.min(text.length(), HEAD));
		return (head.contains("schemas.openxmlformats.org/wordprocessingml/2006/main")
				|| head.contains("schemas.microsoft.com/office/word/2003/wordml")) && text.contains("<w:body");
	}

	static String asHtml(String text) {
		Element document = Jsoup.parse(text, "", Parser.xmlParser());
		document.getElementsByTag("mc:Fallback").remove();
		Element body = document.getElementsByTag("w:body").first();
		StringBuilder html = new StringBuilder("<html><body>\n");
		if (body != null) {
			blocks(body, html);
		}
		return html.append("</body></html>\n").toString();
	}

	private static void blocks(Element parent, StringBuilder html) {
		for (Element child : parent.children()) {
			switch (child.tagName()) {
				case "w:p" -> paragraph(child, html);
				case "w:tbl" -> table(child, html);
				case "w:sectPr", "w:pPr", "w:tblPr" -> {
				}
				default -> blocks(child, html);
			}
		}
	}

	private static void paragraph(Element paragraph, StringBuilder html) {
		String shown = runs(paragraph);
		if (!shown.isBlank()) {
			String tag = tag(paragraph);
			// a paragraph ends at its mark: a blank line, so that no reader joins it to the next as a wrapped line
			html.append('<').append(tag).append('>').append(shown).append("</").append(tag).append(tag.equals("li") ? ">\n" : ">\n\n");
		}
		for (Element box : paragraph.getElementsByTag("w:txbxContent")) {
			blocks(box, html);
		}
	}

	private static String tag(Element paragraph) {
		Element properties = paragraph.children().stream().filter(child -> child.tagName().equals("w:pPr")).findFirst().orElse(null);
		if (properties == null) {
			return "p";
		}
		Element style = properties.getElementsByTag("w:pStyle").first();
		if (style != null) {
			var heading = HEADING_STYLE.matcher(style.attr("w:val").strip());
			if (heading.matches()) {
				return "h" + heading.group(1);
			}
		}
		Element outline = properties.getElementsByTag("w:outlineLvl").first();
		if (outline != null && outline.attr("w:val").matches("[0-5]")) {
			return "h" + (Integer.parseInt(outline.attr("w:val")) + 1);
		}
		return properties.getElementsByTag("w:numPr").isEmpty() ? "p" : "li";
	}

	/** The paragraph's runs as one text, the text boxes anchored in it left for after it. */
	private static String runs(Element paragraph) {
		StringBuilder text = new StringBuilder();
		for (Element element : paragraph.getAllElements()) {
			if (element == paragraph || inTextBox(element, paragraph)) {
				continue;
			}
			switch (element.tagName()) {
				case "w:t" -> text.append(Entities.escape(element.wholeText()));
				case "w:tab", "w:ptab" -> {
					if (element.parent() != null && element.parent().tagName().equals("w:r")) {
						text.append('\t');
					}
				}
				case "w:br", "w:cr" -> text.append("<br>");
				case "w:noBreakHyphen" -> text.append('-');
				default -> {
				}
			}
		}
		return text.toString();
	}

	private static boolean inTextBox(Element element, Element paragraph) {
		for (Element up = element.parent(); up != null && up != paragraph; up = up.parent()) {
			if (up.tagName().equals("w:txbxContent") || up.tagName().equals("w:p")) {
				return true;
			}
		}
		return false;
	}

	private static void table(Element table, StringBuilder html) {
		List<List<Cell>> rows = new ArrayList<>();
		for (Element row : table.children()) {
			if (!row.tagName().equals("w:tr")) {
				continue;
			}
			List<Cell> cells = new ArrayList<>();
			int column = 0;
			for (Element cell : row.children()) {
				if (!cell.tagName().equals("w:tc")) {
					continue;
				}
				Element properties = cell.children().stream().filter(child -> child.tagName().equals("w:tcPr")).findFirst().orElse(null);
				int span = 1;
				boolean continued = false;
				if (properties != null) {
					Element gridSpan = properties.getElementsByTag("w:gridSpan").first();
					if (gridSpan != null && gridSpan.attr("w:val").matches("\\d{1,2}")) {
						span = Math.max(1, Integer.parseInt(gridSpan.attr("w:val")));
					}
					Element merge = properties.getElementsByTag("w:vMerge").first();
					continued = merge != null && !merge.attr("w:val").equals("restart");
				}
				if (continued) {
					Cell above = origin(rows, column);
					if (above != null) {
						above.rowspan++;
					}
				}
				else {
					StringBuilder text = new StringBuilder();
					for (Element block : cell.children()) {
						String shown = block.tagName().equals("w:p") ? runs(block) : block.tagName().equals("w:tbl") ? block.text() : "";
						if (!shown.isBlank()) {
							text.append(text.length() > 0 ? "<br>" : "").append(shown);
						}
					}
					cells.add(new Cell(column, span, text.toString()));
				}
				column += span;
			}
			rows.add(cells);
		}
		html.append("<table>\n");
		for (List<Cell> row : rows) {
			html.append("<tr>");
			for (Cell cell : row) {
				html.append("<td");
				if (cell.span > 1) {
					html.append(" colspan=").append(cell.span);
				}
				if (cell.rowspan > 1) {
					html.append(" rowspan=").append(cell.rowspan);
				}
				html.append('>').append(cell.text.replace("\t", " ")).append("</td>");
			}
			html.append("</tr>\n");
		}
		html.append("</table>\n\n");
	}

	/** The cell a merge down continues: the nearest one above that starts at the column. */
	private static Cell origin(List<List<Cell>> rows, int column) {
		for (int r = rows.size() - 1; r >= 0; r--) {
			for (Cell cell : rows.get(r)) {
				if (cell.column == column) {
					return cell;
				}
			}
		}
		return null;
	}

	private static final class Cell {

		private final int column;

		private final int span;

		private final String text;

		private int rowspan = 1;

		private Cell(int column, int span, String text) {
			this.column = column;
			this.span = span;
			this.text = text;
		}
	}
}
