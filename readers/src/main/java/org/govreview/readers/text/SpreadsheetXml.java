package org.govreview.readers.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * A workbook Excel saved as 「XML スプレッドシート 2003」 (SpreadsheetML): each {@code <Worksheet>} a grid of
 * {@code <Row>}s and {@code <Cell>}s that skip to a column ({@code ss:Index}), span columns and rows
 * ({@code ss:MergeAcross}, {@code ss:MergeDown}) and hold their value as stored, not as shown (0.7222… under a style
 * whose number format prints 72.2%). Rewritten as the HTML tables Excel's own 「Web ページ」 gives for the same sheets,
 * values as the sheet shows them and hidden columns and rows left out as a printout leaves them, so that every reader
 * reads it as it reads that page. Stateless.
 */
final class SpreadsheetXml {

	/** How far into the text the workbook's namespace is declared. */
	private static final int HEAD = 1200;

	private static final Pattern DECIMALS = Pattern.compile("0\\.(0+)");

	/** {@code 0"点"}, {@code #,##0"人"}: a unit the number format prints after the value. */
	private static final Pattern QUOTED_SUFFIX = Pattern.compile("\"([^\"]+)\"\\s*(?:;.*)?$");

	private SpreadsheetXml() {
	}

	static boolean is(String text) {
		String head = text.substring(0, Math.min(text.length(), HEAD));
		return head.contains("urn:schemas-microsoft-com:office:spreadsheet") && head.contains("<Workbook");
	}

	static String asHtml(String text) {
		Document workbook = Jsoup.parse(text, "", Parser.xmlParser());
		Map<String, String> formats = new HashMap<>();
		for (Element style : workbook.getElementsByTag("Style")) {
			Element format = style.getElementsByTag("NumberFormat").first();
			if (format != null && !format.attr("ss:Format").isEmpty()) {
				formats.put(style.attr("ss:ID"), format.attr("ss:Format"));
			}
		}
		StringBuilder html = new StringBuilder("<html><body>\n");
		for (Element sheet : workbook.getElementsByTag("Worksheet")) {
			html.append("<p>").append(escaped(sheet.attr("ss:Name"))).append("</p>\n<table>\n");
			Element table = sheet.getElementsByTag("Table").first();
			if (table != null) {
				sheet(table, formats, html);
			}
			html.append("</table>\n");
		}
		return html.append("</body></html>\n").toString();
	}

	private static void sheet(Element table, Map<String, String> formats, StringBuilder html) {
		Set<Integer> hidden = new HashSet<>();
		int column = 0;
		for (Element declared : table.getElementsByTag("Column")) {
			column = number(declared, "ss:Index", column + 1);
			int span = number(declared, "ss:Span", 0);
			if ("1".equals(declared.attr("ss:Hidden"))) {
				for (int c = column; c <= column + span; c++) {
					hidden.add(c);
				}
			}
			column += span;
		}
		// the columns a cell merged down from a row above still holds in the rows below it
		Map<Integer, Integer> coveredUntil = new HashMap<>();
		int rowNumber = 0;
		for (Element row : table.getElementsByTag("Row")) {
			rowNumber = number(row, "ss:Index", rowNumber + 1);
			if ("1".equals(row.attr("ss:Hidden"))) {
				continue;
			}
			html.append("<tr>");
			int at = 0;
			for (Element cell : row.getElementsByTag("Cell")) {
				int index = cell.hasAttr("ss:Index") ? number(cell, "ss:Index", 0) : next(at, rowNumber, coveredUntil);
				for (int c = at + 1; c < index; c++) {
					if (!hidden.contains(c) && !covered(c, rowNumber, coveredUntil)) {
						html.append("<td></td>");
					}
				}
				int across = number(cell, "ss:MergeAcross", 0);
				int down = number(cell, "ss:MergeDown", 0);
				for (int c = index; c <= index + across; c++) {
					if (down > 0) {
						coveredUntil.put(c, rowNumber + down);
					}
				}
				at = index + across;
				long shownColumns = java.util.stream.IntStream.rangeClosed(index, index + across).filter(c -> !hidden.contains(c)).count();
				if (shownColumns == 0) {
					continue;
				}
				html.append("<td");
				if (shownColumns > 1) {
					html.append(" colspan=").append(shownColumns);
				}
				if (down > 0) {
					html.append(" rowspan=").append(down + 1);
				}
				html.append('>').append(escaped(shown(cell, formats)).replace("\n", "<br>")).append("</td>");
			}
			html.append("</tr>\n");
		}
	}

	/** An element's whole-number attribute (ss:Index, ss:MergeAcross), {@code absent} where it has none. */
	private static int number(Element element, String attribute, int absent) {
		return element.hasAttr(attribute) ? Integer.parseInt(element.attr(attribute)) : absent;
	}

	/** The column a cell without an index takes: the next one no cell above holds by a merge down. */
	private static int next(int at, int row, Map<Integer, Integer> coveredUntil) {
		int column = at + 1;
		while (covered(column, row, coveredUntil)) {
			column++;
		}
		return column;
	}

	private static boolean covered(int column, int row, Map<Integer, Integer> coveredUntil) {
		Integer until = coveredUntil.get(column);
		return until != null && row <= until;
	}

	private static String shown(Element cell, Map<String, String> formats) {
		Element data = cell.children().stream().filter(child -> child.tagName().endsWith("Data")).findFirst().orElse(null);
		if (data == null) {
			return "";
		}
		String value = data.wholeText().strip();
		String type = data.attr("ss:Type");
		String format = formats.getOrDefault(cell.attr("ss:StyleID"), "");
		if (type.equals("Number")) {
			return number(value, format);
		}
		if (type.equals("DateTime") && value.length() >= 10) {
			String date = Integer.parseInt(value.substring(0, 4)) + "年" + Integer.parseInt(value.substring(5, 7)) + "月"
					+ Integer.parseInt(value.substring(8, 10)) + "日";
			return format.contains("現在") ? date + "現在" : date;
		}
		return value;
	}

	private static String number(String value, String format) {
		BigDecimal number;
		try {
			number = new BigDecimal(value);
		}
		catch (NumberFormatException ex) {
			return value;
		}
		if (format.equals("Percent") || format.contains("%")) {
			Matcher decimals = DECIMALS.matcher(format);
			int places = format.equals("Percent") ? 2 : decimals.find() ? decimals.group(1).length() : 0;
			return number.movePointRight(2).setScale(places, RoundingMode.HALF_UP).toPlainString() + "%";
		}
		Matcher decimals = DECIMALS.matcher(format);
		String shown = decimals.find() ? number.setScale(decimals.group(1).length(), RoundingMode.HALF_UP).toPlainString()
				: number.scale() > 0 && number.stripTrailingZeros().scale() > 0 && !format.isEmpty()
						? number.setScale(0, RoundingMode.HALF_UP).toPlainString() : number.stripTrailingZeros().toPlainString();
		if (format.contains("#,##0")) {
			shown = String.format("%,d", new BigDecimal(shown).longValue())
					+ (shown.contains(".") ? shown.substring(shown.indexOf('.')) : "");
		}
		Matcher suffix = QUOTED_SUFFIX.matcher(format);
		return suffix.find() ? shown + suffix.group(1) : shown;
	}

	private static String escaped(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}
}
