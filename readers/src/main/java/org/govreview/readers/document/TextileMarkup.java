package org.govreview.readers.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A wiki page's source in Textile, the notation Redmine's wiki writes (offices keep a bureau's 運営方針 or a plan's
 * progress there): {@code h2. 見出し} headings, {@code # } numbered items, {@code * } bullets, tables of
 * {@code |_. 見出し |} header cells with {@code /3.} and {@code \2.} for cells merged over rows and columns, a cell's
 * line break written inside the cell, {@code *太字*}, {@code "リンク":URL}, {@code [[ページ|表示名]]},
 * {@code {{toc}}} macros. Written line for line as the Markdown every other reader reads: headings with {@code #},
 * numbered items as bulleted ones, pipe rows with a merged cell's text in each row it covers (the columns it spans
 * left empty, as an HTML table's are read) and
 * {@code <br>} in cells. A text with too little of the notation is left as it is. Stateless.
 */
final class TextileMarkup {

	private static final Pattern HEADING = Pattern.compile("^h([1-6])(?:[<>=()\\[\\]{}][^.]*)?\\.\\s+(.*)$");

	/** bq. 引用, p>. 右寄せ, table{width:100%}.: a block's signature before its text. */
	private static final Pattern BLOCK = Pattern.compile("^(?:bq|p|table|fn[0-9]+)(?:[<>=()\\[\\]{}][^.]*)?\\.(?:\\s+|$)");

	/** |_. 見出し, |/3=. 課題１, |\2. 新規指標, |>. 52.1: a table cell's modifiers before its text. */
	private static final Pattern CELL = Pattern.compile("^((?:_|\\\\[0-9]{1,2}|/[0-9]{1,2}|<>|[<>=^~-]|\\{[^}]*\\}|\\([^)]*\\)|\\[[^\\]]*\\])+)\\.\\s?(.*)$", Pattern.DOTALL);

	private static final Pattern SPAN = Pattern.compile("([\\\\/])([0-9]{1,2})");

	private static final Pattern ITEM = Pattern.compile("^(#{1,3}|\\*{1,3})\\s+(.*)$");

	/** {{toc}}, {{>toc}}, {{child_pages}}, {{collapse(…)}: a macro, no text of the page but a collapsed block's title. */
	private static final Pattern MACRO = Pattern.compile("\\{\\{(?:collapse\\(([^)]*)\\)|[^}]*\\}\\})");

	private static final Pattern LINK = Pattern.compile("\"([^\"]+)\":(?:https?://|/)[^\\s、。）)]*");

	private static final Pattern WIKI_LINK = Pattern.compile("\\[\\[(?:[^\\]|]*\\|)?([^\\]]+)\\]\\]");

	private static final Pattern BOLD = Pattern.compile("(?<![\\p{Alnum}*])\\*{1,2}([^*\\s](?:[^*]*[^*\\s])?)\\*{1,2}(?![\\p{Alnum}*])");

	private static final Pattern ITALIC = Pattern.compile("(?<![\\p{Alnum}_])_{1,2}([^_\\s](?:[^_]*[^_\\s])?)_{1,2}(?![\\p{Alnum}_])");

	/** %{color:red}遅れ%, @code@, !image.png!: a span's style, code marks, an image. */
	private static final Pattern STYLED = Pattern.compile("%\\{[^}]*\\}(.*?)%");

	private static final Pattern IMAGE = Pattern.compile("![^!\\s]+\\.(?:png|jpe?g|gif|svg)[^!]*!");

	private static final Pattern PRE = Pattern.compile("</?(?:pre|code|notextile)>");

	private TextileMarkup() {
	}

	/** The lines as Markdown when they are a Textile page's source, else the lines themselves. */
	static List<String> asMarkdown(List<String> lines) {
		long headings = lines.stream().filter(line -> HEADING.matcher(line).matches()).count();
		long textileCells = lines.stream().filter(line -> line.startsWith("|") && line.matches("^\\|(?:_|/[0-9]+|\\\\[0-9]+|[<>=])+\\.\\s.*")).count();
		if (headings < 2 || textileCells == 0 && lines.stream().noneMatch(line -> MACRO.matcher(line).find())) {
			return lines;
		}
		List<String> markdown = new ArrayList<>(lines.size());
		Map<Integer, String> spanText = new HashMap<>();
		Map<Integer, Integer> spanRows = new HashMap<>();
		int i = 0;
		while (i < lines.size()) {
			String line = lines.get(i);
			if (line.startsWith("|")) {
				// a cell whose text goes on over lines: the row ends at the line that closes it
				StringBuilder row = new StringBuilder(line.strip());
				int start = i;
				while (!row.toString().endsWith("|") && i + 1 < lines.size() && !lines.get(i + 1).isBlank()) {
					i++;
					row.append('\n').append(lines.get(i).strip());
				}
				markdown.add(row(row.toString(), spanText, spanRows));
				for (int k = start; k < i; k++) {
					markdown.add("");
				}
				i++;
				continue;
			}
			spanText.clear();
			spanRows.clear();
			markdown.add(line(line));
			i++;
		}
		return markdown;
	}

	private static String line(String line) {
		Matcher heading = HEADING.matcher(line);
		if (heading.matches()) {
			return "#".repeat(Integer.parseInt(heading.group(1))) + " " + inline(heading.group(2));
		}
		Matcher item = ITEM.matcher(line);
		if (item.matches()) {
			int level = item.group(1).length() - 1;
			String text = inline(item.group(2));
			String indent = "  ".repeat(level);
			if (item.group(1).charAt(0) == '#') {
				// read as a bulleted item, as PukiWiki's numbered ones are: 1. alone on a line reads as a heading
				return indent + "・" + text;
			}
			// ** 担当：…, ** 関連チケット：…: a note under the list, no item of it
			return level == 0 ? "- " + text : indent + text;
		}
		Matcher macro = MACRO.matcher(line);
		String text = macro.find() && macro.group(1) != null ? macro.group(1) : MACRO.matcher(line).replaceAll("");
		if (text.strip().equals("}}")) {
			return "";
		}
		return inline(BLOCK.matcher(PRE.matcher(text).replaceAll("")).replaceFirst(""));
	}

	private static String inline(String text) {
		String plain = IMAGE.matcher(text).replaceAll("");
		plain = WIKI_LINK.matcher(plain).replaceAll(match -> Matcher.quoteReplacement(match.group(1)));
		plain = LINK.matcher(plain).replaceAll(match -> Matcher.quoteReplacement(match.group(1)));
		plain = STYLED.matcher(plain).replaceAll(match -> Matcher.quoteReplacement(match.group(1)));
		plain = BOLD.matcher(plain).replaceAll(match -> Matcher.quoteReplacement(match.group(1)));
		return ITALIC.matcher(plain).replaceAll(match -> Matcher.quoteReplacement(match.group(1)));
	}

	/** A table row as a pipe row: a merged cell's text in each row it reaches, the further columns it spans empty. */
	private static String row(String row, Map<Integer, String> spanText, Map<Integer, Integer> spanRows) {
		// [[ページ|表示名]] in a cell: its bar parts no cells
		String linked = WIKI_LINK.matcher(row).replaceAll(match -> Matcher.quoteReplacement(match.group(1)));
		String inner = linked.substring(1, linked.endsWith("|") && linked.length() > 1 ? linked.length() - 1 : linked.length());
		List<String> cells = new ArrayList<>();
		for (String raw : inner.split("\\|", -1)) {
			while (spanRows.getOrDefault(cells.size(), 0) > 0) {
				int column = cells.size();
				cells.add(spanText.get(column));
				spanRows.merge(column, -1, Integer::sum);
			}
			String text = raw.strip();
			int columns = 1;
			int rows = 1;
			Matcher cell = CELL.matcher(text);
			if (cell.matches()) {
				Matcher span = SPAN.matcher(cell.group(1));
				while (span.find()) {
					if (span.group(1).equals("/")) {
						rows = Integer.parseInt(span.group(2));
					}
					else {
						columns = Integer.parseInt(span.group(2));
					}
				}
				text = cell.group(2).strip();
			}
			String value = inline(text).replace("\n", "<br>");
			if (rows > 1) {
				spanText.put(cells.size(), value);
				spanRows.put(cells.size(), rows - 1);
			}
			cells.add(value);
			for (int more = columns; more > 1; more--) {
				cells.add("");
			}
		}
		while (spanRows.getOrDefault(cells.size(), 0) > 0) {
			int column = cells.size();
			cells.add(spanText.get(column));
			spanRows.merge(column, -1, Integer::sum);
		}
		return "| " + String.join(" | ", cells) + " |";
	}
}
