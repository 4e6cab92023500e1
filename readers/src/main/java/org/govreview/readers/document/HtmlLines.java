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

	/** A word processor's {@code <p>} in every cell: a line of the cell's text, as {@code <br>} is, never a new row. */
	private static final Set<String> IN_CELL_BREAKS = Set.of("p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5",
			"h6", "dt", "dd");

	private static final java.util.regex.Pattern ROW_OUTSIDE_TABLE = java.util.regex.Pattern.compile("(?i)<t[rdh][\\s>]");

	private static final java.util.regex.Pattern BR = java.util.regex.Pattern
		.compile("(?i)[ 　]*(?:<br\\s*/?>|</?(?:p|div|span|li|ul|ol|b|strong|em|font)(?:\\s[^>]*)?>)[ 　]*");

	private static final java.util.regex.Pattern LINE_BREAK = java.util.regex.Pattern.compile("(?i)[ 　]*<br\\s*/?>[ 　]*");

	private HtmlLines() {
	}

	private static long filledCells(String line) {
		return java.util.Arrays.stream(line.split("\t")).filter(cell -> !TAG.matcher(cell).replaceAll("").isBlank()).count();
	}

	/** １－１ or 2-3-1 alone on a cell's first line, more lines after it. */
	private static final java.util.regex.Pattern CODE_OVER_TITLE = java.util.regex.Pattern
		.compile("^([0-9０-９]{1,2}(?:[－‐\\-][0-9０-９]{1,2}){1,2})\n(?=.)");

	private static final java.util.regex.Pattern PIPE_ROW = java.util.regex.Pattern.compile("^\\s*[|｜].*[|｜].*[|｜]\\s*$");

	private static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile("</?[a-zA-Z][^>]*>");

	private static final java.util.regex.Pattern CELL_TAG = java.util.regex.Pattern.compile("(?i)<t[dh][\\s>]");

	/**
	 * A page's HTML source printed to PDF: the page broke its long lines wherever they met the right edge, inside tags
	 * and words. A line that filled the page's width (nine tenths of the widest) and does not end at a tag's end before
	 * a tag's start was broken by the page, and goes on: without a space inside Japanese text or after a hyphen, with
	 * one elsewhere, as HTML reads a line break. Lines taken into the one before are left empty, so the rest keep
	 * their numbers. Text that is not HTML source comes back as it is.
	 */
	static List<String> printedSourceRejoined(List<String> lines, java.util.Set<Integer> softWraps) {
		if (!isPrintedSource(lines)) {
			return lines;
		}
		List<String> out = new ArrayList<>(lines);
		int widest = lines.stream().mapToInt(line -> org.govreview.readers.text.DisplayWidth.of(line.stripTrailing())).max().orElse(0);
		int open = -1;
		for (int i = 0; i < out.size(); i++) {
			String line = lines.get(i);
			if (open >= 0 && !line.isBlank()) {
				String before = out.get(open);
				String next = line.strip();
				boolean sourceBreak = before.stripTrailing().endsWith(">") && next.startsWith("<");
				// the page broke only a line that filled it: one ending short of the edge ended in the source too
				boolean filled = softWraps.contains(i - 1)
						|| org.govreview.readers.text.DisplayWidth.of(lines.get(i - 1).stripTrailing()) * 10 >= widest * 9;
				if (!sourceBreak && filled && !lines.get(i - 1).isBlank()) {
					// a Latin line breaks at a space the page leaves undrawn, or after a hyphen (white- / space)
					char last = before.stripTrailing().charAt(before.stripTrailing().length() - 1);
					boolean tight = last == '-' || isJapanese(last) && isJapanese(next.charAt(0));
					out.set(open, before.stripTrailing() + (tight ? "" : " ") + next);
					out.set(i, "");
					continue;
				}
			}
			if (!line.isBlank()) {
				open = i;
			}
		}
		return out;
	}

	/** Whether the lines are a page's HTML source, printed: most lines tagged, a root element among them. */
	static boolean isPrintedSource(List<String> lines) {
		// a table the PDF reader set out whole on a line of its own (a form's ruled cells) is no source printed
		List<String> source = lines.stream().filter(line -> !isReadTable(line)).toList();
		long tagged = source.stream().filter(line -> TAG.matcher(line).find()).count();
		long printed = source.stream().filter(line -> !line.isBlank()).count();
		return printed > 0 && tagged * 2 >= printed && source.stream().anyMatch(line -> HTML_ROOT.matcher(line).find());
	}

	/** Whether the line is a ruled table (or a box's paragraph) as the PDF reader writes it, whole on one line. */
	static boolean isReadTable(String line) {
		return READ_TABLE.matcher(line).matches();
	}

	/** <table>…</table> or <p>…</p> whole on one line, without attributes: as the PDF reader writes a ruled table. */
	private static final java.util.regex.Pattern READ_TABLE = java.util.regex.Pattern.compile("^\\s*(?:<table>.*</table>|<p>.*</p>)\\s*$");

	private static final java.util.regex.Pattern HTML_ROOT = java.util.regex.Pattern.compile("(?i)<(?:!doctype|html|table|body)\\b");

	private static boolean isJapanese(char c) {
		Character.UnicodeScript script = Character.UnicodeScript.of(c);
		return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
				|| script == Character.UnicodeScript.KATAKANA || c >= 0xFF00 && c <= 0xFFEF || c >= 0x3000 && c <= 0x303F;
	}

	/**
	 * The source lines with each HTML table printed over several lines (a tag per line, as a page's source has it) put on
	 * the line its {@code <table>} opens, and the lines it took left empty, so that the table is parsed whole and the
	 * lines after it keep their numbers.
	 */
	static List<String> tablesJoined(List<String> lines) {
		// <dl> over its <dt> and <dd> lines: each term and its description read as one label and its value
		return joined(joined(paragraphsJoined(tagsClosed(withoutSheetHeaders(withoutScripts(lines)))), "table", CELL_TAG), "dl", TERM_TAG);
	}

	private static final java.util.regex.Pattern OPENS_PARAGRAPH = java.util.regex.Pattern.compile("(?i)<p[\\s>]");

	private static final java.util.regex.Pattern CLOSES_PARAGRAPH = java.util.regex.Pattern.compile("(?i)</p\\s*>");

	private static final java.util.regex.Pattern OTHER_BLOCK = java.util.regex.Pattern.compile("(?i)<(?:p|t[dhr]|table|div|h[1-6]|li)[\\s>]");

	/**
	 * A paragraph whose text the source goes on with over several lines (a word processor's HTML wraps its source at a
	 * width): one line, so that 基準値：21件（R元）　　R5実績：26件 is one line's labels and values. The lines it took stay,
	 * empty.
	 */
	private static List<String> paragraphsJoined(List<String> lines) {
		List<String> joined = new ArrayList<>(lines);
		for (int i = 0; i < joined.size(); i++) {
			String line = joined.get(i);
			java.util.regex.Matcher open = OPENS_PARAGRAPH.matcher(line);
			int last = -1;
			while (open.find()) {
				last = open.start();
			}
			if (last < 0 || CLOSES_PARAGRAPH.matcher(line.substring(last)).find()) {
				continue;
			}
			int end = -1;
			for (int k = i + 1; k < joined.size() && k - i <= 12 && end < 0; k++) {
				String next = joined.get(k).toLowerCase(java.util.Locale.ROOT);
				java.util.regex.Matcher closing = CLOSES_PARAGRAPH.matcher(next);
				int close = closing.find() ? closing.start() : -1;
				if (OTHER_BLOCK.matcher(close < 0 ? next : next.substring(0, close)).find()) {
					break;
				}
				end = close >= 0 ? k : -1;
			}
			if (end < 0 || joined.subList(i, end + 1).stream().anyMatch(part -> part.toLowerCase(java.util.Locale.ROOT).contains("<br"))) {
				// 数値です。<br> then ※「累計」…: lines the paragraph breaks itself stay lines
				continue;
			}
			StringBuilder paragraph = new StringBuilder(line);
			for (int k = i + 1; k <= end; k++) {
				paragraph.append(joined.get(k).strip());
				joined.set(k, "");
			}
			joined.set(i, paragraph.toString());
			i = end;
		}
		return joined;
	}

	/** A spreadsheet's own row numbers and column letters (Google Sheets published to the web): no cells of the sheet. */
	private static final java.util.regex.Pattern SHEET_HEADER = java.util.regex.Pattern.compile(
			"(?i)<th\\b[^>]*class=\"[^\"]*(?:row-headers-background|column-headers-background|row-header|freezebar)[^\"]*\"[^>]*>.*?</th>");

	private static List<String> withoutSheetHeaders(List<String> lines) {
		if (lines.stream().noneMatch(line -> line.contains("headers-background"))) {
			return lines;
		}
		return lines.stream().map(line -> SHEET_HEADER.matcher(line).replaceAll("")).toList();
	}

	private static final java.util.regex.Pattern TERM_TAG = java.util.regex.Pattern.compile("(?i)<dt[\\s>]");

	/** The lines with each element {@code tag} printed over several lines joined, when it holds two {@code parts}. */
	private static List<String> joined(List<String> lines, String tag, java.util.regex.Pattern parts) {
		List<String> joined = new ArrayList<>(lines);
		for (int i = 0; i < joined.size(); i++) {
			String line = joined.get(i).toLowerCase(java.util.Locale.ROOT);
			int open = line.lastIndexOf("<" + tag);
			if (open < 0 || line.indexOf("</" + tag, open) >= 0 || !line.substring(open + tag.length() + 1).matches("(?s)^(?:[\\s>].*|)$")) {
				continue;
			}
			int end = closingLine(joined, i, i + 1, 3000, text -> text.toLowerCase(java.util.Locale.ROOT).contains("</" + tag));
			if (end < 0) {
				continue;
			}
			StringBuilder table = new StringBuilder(joined.get(i));
			for (int k = i + 1; k <= end; k++) {
				table.append(' ').append(joined.get(k).strip());
			}
			if (parts.matcher(table).results().count() < 2) {
				// <table><tr><td> around a box of text: its lines stay lines
				continue;
			}
			for (int k = i + 1; k <= end; k++) {
				joined.set(k, "");
			}
			joined.set(i, table.toString());
			i = end;
		}
		return joined;
	}

	/**
	 * The first line from {@code first} on that {@code closes} what line {@code opened} opened, at most {@code limit}
	 * lines after it; -1 when none does.
	 */
	private static int closingLine(List<String> lines, int opened, int first, int limit,
			java.util.function.Predicate<String> closes) {
		for (int end = first; end < lines.size() && end - opened <= limit; end++) {
			if (closes.test(lines.get(end))) {
				return end;
			}
		}
		return -1;
	}

	/** {@code <td width=566 style='…;} at a line's end: a tag opened and not closed on its line. */
	private static final java.util.regex.Pattern OPEN_TAG = java.util.regex.Pattern.compile("<[a-zA-Z][a-zA-Z0-9]*(?:\\s[^<>]*)?$");

	/**
	 * The lines with each tag a word processor wrapped over several lines (its attributes on the next) put whole on the
	 * line it opens, the lines it took left empty so that the others keep their numbers.
	 */
	private static List<String> tagsClosed(List<String> lines) {
		List<String> closed = new ArrayList<>(lines);
		for (int i = 0; i < closed.size(); i++) {
			if (!OPEN_TAG.matcher(closed.get(i)).find()) {
				continue;
			}
			int end = closingLine(closed, i, i + 1, 5, text -> text.indexOf('>') >= 0);
			if (end < 0) {
				continue;
			}
			StringBuilder tag = new StringBuilder(closed.get(i));
			for (int k = i + 1; k <= end; k++) {
				tag.append(' ').append(closed.get(k).strip());
				closed.set(k, "");
			}
			closed.set(i, tag.toString());
			i = end;
		}
		return closed;
	}

	private static final java.util.regex.Pattern PAGE_TITLE = java.util.regex.Pattern
		.compile("(?i)<title>\\s*(.*?)(?:\\s*(?:\\s[-|]\\s|｜)\\s*([^<]*))?\\s*</title>");

	private static final java.util.regex.Pattern OPENS_HIDDEN = java.util.regex.Pattern.compile("(?i)<(script|style|noscript|comment)(?:[\\s>]|$)");

	/**
	 * The lines with what a saved page shows no reader left empty (scripts, styles, the doctype, comments, a
	 * spreadsheet's cell comments), and its title apart from the site's name after it. Lines keep their numbers.
	 */
	private static List<String> withoutScripts(List<String> lines) {
		List<String> kept = new ArrayList<>(lines);
		for (int i = 0; i < kept.size(); i++) {
			if (kept.get(i).strip().matches("(?i)^<!(?:DOCTYPE[^>]*|--.*--)>$")) {
				kept.set(i, "");
				continue;
			}
			java.util.regex.Matcher title = PAGE_TITLE.matcher(kept.get(i));
			if (title.find()) {
				// <title>令和6年度 城東区運営方針 - 大阪市城東区</title>: the page's title, the site's name on a line of its own
				kept.set(i, "<p>" + title.group(1).strip() + "</p>" + (title.group(2) == null ? "" : "<p>" + title.group(2).strip() + "</p>"));
				continue;
			}
			java.util.regex.Matcher open = OPENS_HIDDEN.matcher(kept.get(i));
			if (!open.find()) {
				continue;
			}
			String close = "</" + open.group(1).toLowerCase(java.util.Locale.ROOT);
			int end = closingLine(kept, i, i, 300, text -> text.toLowerCase(java.util.Locale.ROOT).contains(close));
			if (end < 0) {
				continue;
			}
			String before = kept.get(i).substring(0, open.start());
			String last = kept.get(end);
			int closeAt = last.toLowerCase(java.util.Locale.ROOT).indexOf(close, end == i ? open.end() : 0);
			int closeEnd = closeAt < 0 ? -1 : last.indexOf('>', closeAt);
			// </style><div …><table …>: what the line goes on with after the hidden block is the page's
			String after = closeEnd < 0 ? "" : last.substring(closeEnd + 1);
			for (int k = i; k <= end; k++) {
				kept.set(k, "");
			}
			if (end == i) {
				kept.set(i, before + after);
				// another script may follow on the same line
				i--;
				continue;
			}
			else {
				kept.set(i, before);
				kept.set(end, after);
			}
			i = end;
		}
		return kept;
	}

	private static int span(Element cell, String attribute) {
		try {
			return Math.min(50, Integer.parseInt(cell.attr(attribute).strip()));
		}
		catch (NumberFormatException notANumber) {
			return 1;
		}
	}

	private static final java.util.regex.Pattern TERM_AND_DESCRIPTION = java.util.regex.Pattern
		.compile("<dt\\b[^>]*>((?:(?!</?d[tdl]\\b)[^。？?]){1,40}?)</dt>\\s*<dd\\b[^>]*>((?:(?!</?d[tdl]\\b).)*?)</dd>", java.util.regex.Pattern.CASE_INSENSITIVE);

	/** A description's lines joined with 、 when each is a short word (農林課<br>観光商工課), else the description. */
	private static String values(String description) {
		boolean words = java.util.Arrays.stream(LINE_BREAK.split(description))
			.allMatch(piece -> piece.strip().matches("[^\\d０-９※＊*<>()（）。、]{1,20}"));
		return words ? LINE_BREAK.matcher(description).replaceAll("、") : description;
	}

	static List<String> expand(String line) {
		// <dt>基準値</dt><dd>4人（令和元年度）</dd>: a term and its description, a label and its value
		// <dd>農林課<br>観光商工課</dd>: short words on lines of their own are the description's values, one after another
		line = TERM_AND_DESCRIPTION.matcher(line)
			.replaceAll(term -> java.util.regex.Matcher.quoteReplacement("<p>" + term.group(1) + "：" + values(term.group(2)) + "</p>"));
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
		// a cell spanning rows below (rowspan): its column and its text, and how many rows it still spans
		java.util.Map<Integer, String> spanText = new java.util.HashMap<>();
		java.util.Map<Integer, Integer> spanRows = new java.util.HashMap<>();
		Runnable spanned = () -> {
			while (spanRows.getOrDefault(cells.size(), 0) > 0) {
				int column = cells.size();
				cells.add(spanText.get(column));
				spanRows.merge(column, -1, Integer::sum);
			}
		};
		Runnable endCell = () -> {
			spanned.run();
			// １－１<br>子育て支援の充実: a measure's code over its title in one cell, read as a heading prints them
			cells.add(CODE_OVER_TITLE.matcher(cell.toString().strip().replaceAll("[ 　]*\n[ 　]*", "\n")).replaceFirst("$1　"));
			cell.setLength(0);
		};
		Runnable endLine = () -> {
			if (!cell.toString().isBlank()) {
				endCell.run();
			}
			if (!cells.isEmpty()) {
				spanned.run();
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
		Element body = Jsoup.parseBodyFragment(fragment).body();
		// 成果指標<span style='display:none'><rt>セイカシヒョウ</rt></span>: a reading Excel keeps for sorting, never shown
		body.select("rt, rp, [style~=(?i)display\\s*:\\s*none]").remove();
		body.traverse(new NodeVisitor() {
			@Override
			public void head(Node node, int depth) {
				if (node instanceof TextNode text) {
					// &nbsp; is a space to a reader, and to String.strip()
					String whole = text.getWholeText().replaceAll("[\\r\\n]+", "").replace('\u00A0', ' ');
					// <h2>基本目標２⇥益田との…</h2>: a word processor's tab after a heading's number is a space to HTML,
					// never a cell; elsewhere a tab may part a row's cells
					boolean inHeading = text.parent() instanceof Element && ((Element) text.parent()).closest("h1, h2, h3, h4, h5, h6") != null;
					cell.append(inHeading ? whole.replace('\t', '　') : whole);
				}
				else if (node instanceof Element element && depth > 0) {
					String tag = element.normalName();
					if (CELLS.contains(tag) && !cell.toString().isBlank()) {
						endCell.run();
					}
					else if ((tag.equals("br") || IN_CELL_BREAKS.contains(tag)) && element.closest("td, th") != null) {
						// 14人<br>（R1）: a line of the cell's text, the row goes on
						if (!cell.toString().isBlank()) {
							cell.append('\n');
						}
					}
					else if (LINE_BREAKS.contains(tag)) {
						endLine.run();
						if (tag.equals("li") && element.closest("td, th") == null) {
							// <li>地域防災リーダーの育成…</li>: an item of a list, as a bullet prints it
							cell.append("・");
						}
					}
				}
			}

			@Override
			public void tail(Node node, int depth) {
				if (node instanceof Element element && depth > 0) {
					String tag = element.normalName();
					if (CELLS.contains(tag)) {
						endCell.run();
						int first = cells.size() - 1;
						for (int more = span(element, "colspan"); more > 1; more--) {
							// a cell merged across columns: the columns it covers keep their places for the cells after it
							cells.add("");
						}
						int rows = span(element, "rowspan");
						for (int column = first; rows > 1 && column < cells.size(); column++) {
							// 農政課 beside two KPIs: the department of each; 区分 over two header rows and two columns
							spanText.put(column, cells.get(column));
							spanRows.put(column, rows - 1);
						}
					}
					else if (LINE_BREAKS.contains(tag) && !tag.equals("br")
							&& !(IN_CELL_BREAKS.contains(tag) && element.closest("td, th") != null)) {
						endLine.run();
					}
				}
			}
		});
		endLine.run();
		return CheckedCells.merged(lines);
	}
}
