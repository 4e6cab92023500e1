package org.govreview.readers.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A box drawn with characters (┌─┬─┐, │…│…│, ├─┼─┤, └─┴─┘) whose cells wrap over several printed lines: every line
 * between two rules whose first cell is empty goes on the row above it, cell by cell, so that a form's 視察内容 or
 * 質疑 is one cell however many lines it took. A rule (even one under a spanning cell, │ ├──┤) ends the row. Stateless.
 */
final class BoxRows {

	private static final Pattern FRAMED = Pattern.compile("^[\\s　]*[│┃](.*?)[│┃]?[\\s　]*$");

	private static final Pattern RULE = Pattern.compile("[─━]{2,}|[├┼┤┌┐└┘┬┴┣╋┫]");

	/** ・…, 問　…, 答　…, 【…】, （１）, ①: a new line of its own inside a cell, not the rest of the line above. */
	private static final Pattern OWN_LINE = Pattern
		.compile("^(?:[・•●○◆◇■□※【〔＜<]|(?:問|答|質問|回答|Ｑ|Ｑ[０-９]|Ａ|Q|A)(?:[\\s　:：．.\\d０-９]|$)|[（(][0-9０-９]{1,2}[）)]|[①-⑳]).*");

	private BoxRows() {
	}

	/** One source line of a box: its text and where it stood. */
	record Printed(String text, int number, int page) {
	}

	/** The lines with the wrapped lines of each box row put on its first line. */
	static List<Printed> joined(List<Printed> lines) {
		List<Printed> out = new ArrayList<>();
		List<String> rowCells = null;
		List<String> rawAbove = null;
		boolean paragraphBreak = false;
		for (Printed line : lines) {
			List<String> raw = rawCells(line.text());
			List<String> cells = raw == null ? null : raw.stream().map(String::strip).toList();
			if (cells == null || isRule(line.text())) {
				flush(out, rowCells);
				rowCells = null;
				paragraphBreak = false;
				out.add(line);
				continue;
			}
			boolean empty = cells.stream().allMatch(String::isEmpty);
			if (rowCells != null && empty) {
				paragraphBreak = true;
				continue;
			}
			if (rowCells != null && cells.size() == rowCells.size() - 2 && cells.size() >= 2 && cells.get(0).isEmpty()) {
				for (int c = 1; c < cells.size(); c++) {
					if (!cells.get(c).isEmpty()) {
						String above = rowCells.get(c + 2);
						boolean ended = paragraphBreak || OWN_LINE.matcher(cells.get(c)).matches() || endedShort(rawAbove.get(c));
						rowCells.set(c + 2, above.isEmpty() ? cells.get(c)
								: ended ? above + "\n" + cells.get(c) : Wraps.joinCell(above, cells.get(c)));
					}
				}
				paragraphBreak = false;
				rawAbove = raw;
				continue;
			}
			if (rowCells != null && cells.size() == rowCells.size() - 2 && cells.size() >= 3 && !cells.get(0).isEmpty()
					&& cells.stream().skip(1).allMatch(String::isEmpty)
					&& rowCells.stream().skip(3).anyMatch(cell -> !cell.isEmpty())) {
				// │放課後児童クラブ待機│人│24│ then │児童数│　│　│: the name column wrapped, the row's figures stand above
				rowCells.set(2, Wraps.joinCell(rowCells.get(2), cells.get(0)));
				paragraphBreak = false;
				rawAbove = raw;
				continue;
			}
			flush(out, rowCells);
			paragraphBreak = false;
			rowCells = new ArrayList<>();
			rowCells.add(String.valueOf(line.number()));
			rowCells.add(String.valueOf(line.page()));
			rowCells.addAll(cells);
			rawAbove = raw;
		}
		flush(out, rowCells);
		return out;
	}

	private static void flush(List<Printed> out, List<String> rowCells) {
		if (rowCells == null) {
			return;
		}
		List<String> cells = rowCells.subList(2, rowCells.size());
		out.add(new Printed("│" + String.join("│", cells) + "│", Integer.parseInt(rowCells.get(0)),
				Integer.parseInt(rowCells.get(1))));
	}

	private static boolean isRule(String text) {
		Matcher rule = RULE.matcher(text);
		return rule.find() && text.replaceAll("[│┃\\s　]", "").matches("^[─━├┼┤┌┐└┘┬┴┣╋┫┳┻┯┷┿╂\\-－=＝]*$");
	}

	/** The cells of a framed line (│ a │ b │) as printed, padding and all, or null for a line outside a box. */
	private static List<String> rawCells(String text) {
		Matcher framed = FRAMED.matcher(text);
		if (!framed.matches() || text.strip().length() < 2) {
			return null;
		}
		return List.of(framed.group(1).split("[│┃]", -1));
	}

	/**
	 * 人口　236,418人 then 世帯数 …: a line that stopped well short of its cell's width ended there; only a line that
	 * filled the cell was wrapped by it.
	 */
	private static boolean endedShort(String rawCell) {
		return width(rawCell.strip()) + 4 <= width(rawCell);
	}

	/** Columns a monospaced print gives the text: two for a full-width character, one for any other. */
	private static int width(String text) {
		int columns = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			columns += c >= 0x1100 && !(c >= 0xFF61 && c <= 0xFF9F) ? 2 : 1;
		}
		return columns;
	}
}
