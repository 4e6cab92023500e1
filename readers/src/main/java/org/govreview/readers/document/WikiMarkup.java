package org.govreview.readers.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A wiki page's source in PukiWiki's notation, which Backlog's wiki writes too (Japanese offices keep their
 * progress pages in both): {@code * 見出し} headings, {@code |番号|公約|評価|h} tables with a trailing h for a
 * header row, {@code &br;} for a line break, {@code ''太字''}, {@code &color(red){遅れ}}, {@code [[リンク]]},
 * {@code + } numbered items. It is written line for line as the Markdown every other reader reads: headings with
 * {@code #}, pipe rows with {@code <br>} in cells. A text with too little of the notation is left as it is.
 */
final class WikiMarkup {

	private static final Pattern HEADING = Pattern.compile("^(\\*{1,3})\\s*([^*].*?)\\s*(?:\\[#[0-9A-Za-z_-]+\\])?\\s*$");

	/** |番号|公約|h: a table row, a trailing h, c or f saying it is a header, a format or a footer row. */
	private static final Pattern ROW = Pattern.compile("^\\s*\\|(.*)\\|([hcf]?)\\s*$");

	private static final Pattern DECORATION = Pattern.compile("&(?:color|size|font)\\([^)]*\\)\\{(.*?)\\};?");

	private static final Pattern BOLD = Pattern.compile("'{2,3}(.+?)'{2,3}");

	/** [[ページ名]], [[表示名>ページ名]], [[表示名:URL]]: what the link shows. */
	private static final Pattern LINK = Pattern.compile("\\[\\[([^\\]>:]+?)(?:[>:][^\\]]*)?\\]\\]");

	/** #contents, #attach(…), #thumbnail(…), // a comment: plugin calls and comments, no text of the page. */
	private static final Pattern NO_TEXT = Pattern.compile("^(?:#[a-z_]+(?:\\(.*\\))?\\s*$|//|\\{\\{\\{|\\}\\}\\})");

	/** LEFT:, CENTER:, BGCOLOR(#fff):, COLOR(red):, SIZE(10): a cell's format before its text. */
	private static final Pattern CELL_FORMAT = Pattern.compile("^(?:(?:LEFT|CENTER|RIGHT|BGCOLOR\\([^)]*\\)|COLOR\\([^)]*\\)|SIZE\\([0-9]+\\)):)+");

	private WikiMarkup() {
	}

	/** The lines as Markdown when they are a wiki page's source, else the lines themselves. */
	static List<String> asMarkdown(List<String> lines) {
		long headerRows = lines.stream().filter(line -> ROW.matcher(line).matches() && line.stripTrailing().endsWith("|h")).count();
		long headings = lines.stream().filter(line -> HEADING.matcher(line).matches()).count();
		long marks = lines.stream().filter(line -> line.contains("&br;") || DECORATION.matcher(line).find() || BOLD.matcher(line).find()).count();
		if (headings < 2 || headerRows == 0 && marks < 3) {
			return lines;
		}
		List<String> markdown = new ArrayList<>(lines.size());
		for (String line : lines) {
			if (NO_TEXT.matcher(line).find()) {
				markdown.add("");
				continue;
			}
			String text = LINK.matcher(BOLD.matcher(DECORATION.matcher(line).replaceAll("$1")).replaceAll("$1")).replaceAll("$1");
			Matcher heading = HEADING.matcher(text);
			Matcher row = ROW.matcher(text);
			if (heading.matches()) {
				markdown.add("#".repeat(heading.group(1).length()) + " " + heading.group(2));
			}
			else if (row.matches()) {
				if (row.group(2).equals("c")) {
					markdown.add("");
					continue;
				}
				String[] cells = row.group(1).split("\\|", -1);
				StringBuilder cellsText = new StringBuilder("|");
				for (String cell : cells) {
					// ~ alone: the cell above spans this one; > alone: the cell to the right does
					String value = CELL_FORMAT.matcher(cell.strip()).replaceFirst("").replace("&br;", "<br>");
					value = value.equals("~") || value.equals(">") ? "" : value.startsWith("~") ? value.substring(1) : value;
					cellsText.append(' ').append(value).append(" |");
				}
				markdown.add(cellsText.toString());
			}
			else if (text.startsWith("----")) {
				markdown.add("");
			}
			else {
				// + 項目: a numbered item; > 引用: a quoted line, read as any line
				markdown.add(text.replaceFirst("^\\+{1,3}\\s*", "・").replaceFirst("^>\\s?", "").replace("&br;", " "));
			}
		}
		return markdown;
	}
}
