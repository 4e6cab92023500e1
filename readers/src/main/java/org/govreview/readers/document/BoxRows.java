package org.govreview.readers.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govreview.readers.text.DisplayWidth;

/**
 * A box drawn with characters (┌─┬─┐, │…│…│, ├─┼─┤, └─┴─┘) whose cells wrap over several printed lines: every line
 * between two rules whose first cell is empty goes on the row above it, cell by cell, so that a form's 視察内容 or
 * 質疑 is one cell however many lines it took. A rule (even one under a spanning cell, │ ├──┤) ends the row. The
 * frame itself is then no text: {@link #unboxed(String)} parts a framed line's cells with tabs. Stateless.
 */
final class BoxRows {

	private static final Pattern FRAMED = Pattern.compile("^[\\s　]*[│┃](.*?)[│┃]?[\\s　]*$");

	/** A framed line once its wrapped lines are on it: the same frame around cells that may hold line breaks. */
	private static final Pattern FRAME_OF_ROW = Pattern.compile(FRAMED.pattern(), Pattern.DOTALL);

	private static final Pattern RULE = Pattern.compile("[─━═]{2,}|[\\x{2500}-\\x{257F}&&[^│┃║─━═]]");

	/** ・…, 問　…, 答　…, 【…】, （１）, ①: a new line of its own inside a cell, not the rest of the line above. */
	private static final Pattern OWN_LINE = Pattern
		.compile("^(?:[・•●○◆◇■□※【〔＜<]|(?:問|答|質問|回答|Ｑ|Ｑ[０-９]|Ａ|Q|A)(?:[\\s　:：．.\\d０-９]|$)|[（(][0-9０-９]{1,2}[）)]|[①-⑳]).*");

	private BoxRows() {
	}

	/** One source line of a box: its text and where it stood. */
	record Printed(String text, int number, int page) {
	}

	/** A row being put together: the line it starts on and its cells so far. */
	private record Row(Printed first, List<String> cells) {

		Printed printed() {
			return new Printed("│" + String.join("│", cells) + "│", first.number(), first.page());
		}
	}

	/**
	 * True when the line holds the rest of a row whose cells it continues: every cell it fills stands under a filled
	 * cell, it leaves at least one empty, and a cell above stops mid-phrase (…の, an arrow to the value below).
	 */
	private static boolean cutAbove(List<String> above, List<String> cells) {
		boolean cut = false;
		boolean leftEmpty = false;
		for (int c = 0; c < cells.size(); c++) {
			String over = above.get(c);
			if (cells.get(c).isEmpty()) {
				leftEmpty = true;
				continue;
			}
			if (over.isEmpty()) {
				return false;
			}
			String last = over.substring(over.lastIndexOf('\n') + 1);
			cut |= last.matches(".*[→⇒]$") || Wraps.UNFINISHED.matcher(last).find();
		}
		return cut && leftEmpty;
	}

	/** The lines with the wrapped lines of each box row put on its first line. */
	static List<Printed> joined(List<Printed> lines) {
		Spans spans = new Spans();
		List<Printed> out = spans.out;
		Row row = null;
		List<String> rawAbove = null;
		boolean paragraphBreak = false;
		for (Printed line : lines) {
			List<String> raw = rawCells(line.text());
			List<String> cells = raw == null ? null : raw.stream().map(String::strip).toList();
			if (cells == null || isRule(line.text())) {
				if (row != null) {
					spans.emit(row);
				}
				row = null;
				paragraphBreak = false;
				spans.rule(cells == null ? null : line.text());
				out.add(line);
				continue;
			}
			boolean empty = cells.stream().allMatch(String::isEmpty);
			if (row != null && empty) {
				paragraphBreak = true;
				continue;
			}
			boolean sameWidth = row != null && cells.size() == row.cells().size();
			if (sameWidth && cells.size() >= 2 && cells.get(0).isEmpty()) {
				for (int c = 1; c < cells.size(); c++) {
					if (!cells.get(c).isEmpty()) {
						String above = row.cells().get(c);
						boolean ended = paragraphBreak || OWN_LINE.matcher(cells.get(c)).matches() || endedShort(rawAbove.get(c));
						row.cells().set(c, above.isEmpty() ? cells.get(c)
								: ended ? above + "\n" + cells.get(c) : Wraps.joinCell(above, cells.get(c)));
					}
				}
				paragraphBreak = false;
				rawAbove = raw;
				continue;
			}
			if (sameWidth && cells.size() >= 3 && !paragraphBreak && cutAbove(row.cells(), cells)) {
				// │脱炭素社会の│ゼロカーボン推進│…│28.4％（R2）→│ then │実現│事業│…│38.0％（R8）│: cells cut mid-phrase go on
				// on the next line, every piece under a cell of the row
				for (int c = 0; c < cells.size(); c++) {
					if (!cells.get(c).isEmpty()) {
						row.cells().set(c, Wraps.joinCell(row.cells().get(c), cells.get(c)));
					}
				}
				rawAbove = raw;
				continue;
			}
			if (sameWidth && cells.size() >= 3 && !cells.get(0).isEmpty() && cells.stream().skip(1).allMatch(String::isEmpty)
					&& row.cells().stream().skip(1).anyMatch(cell -> !cell.isEmpty())) {
				// │放課後児童クラブ待機│人│24│ then │児童数│　│　│: the name column wrapped, the row's figures stand above
				row.cells().set(0, Wraps.joinCell(row.cells().get(0), cells.get(0)));
				paragraphBreak = false;
				rawAbove = raw;
				continue;
			}
			if (row != null) {
				spans.emit(row);
			}
			paragraphBreak = false;
			row = new Row(line, new ArrayList<>(cells));
			rawAbove = raw;
		}
		if (row != null) {
			spans.emit(row);
		}
		return out;
	}

	/**
	 * Cells that span rows: a rule drawn under some columns only (│　　│　　├──┼──┤) leaves the cells of the others open,
	 * and what the rows below print in those columns is the rest of the cell above, moved up to the row it started in.
	 */
	private static final class Spans {

		final List<Printed> out = new ArrayList<>();

		private final Map<Row, Integer> printedAt = new IdentityHashMap<>();

		/** The row each column's open cell started in. */
		private Row[] startedIn;

		/** The columns the last rule left open, or null after a rule across the box. */
		private boolean[] open;

		void emit(Row row) {
			int index = out.size();
			out.add(row.printed());
			printedAt.put(row, index);
			int columns = row.cells().size();
			if (open == null || startedIn == null || open.length != columns || startedIn.length != columns) {
				startedIn = new Row[columns];
				Arrays.fill(startedIn, row);
				return;
			}
			for (int c = 0; c < columns; c++) {
				Row start = startedIn[c];
				if (!open[c] || start == null) {
					startedIn[c] = row;
					continue;
				}
				String rest = row.cells().get(c);
				if (!rest.isEmpty()) {
					String above = start.cells().get(c);
					start.cells().set(c, above.isEmpty() ? rest : Wraps.joinCell(above, rest));
					row.cells().set(c, "");
					out.set(printedAt.get(start), start.printed());
				}
			}
			out.set(index, row.printed());
		}

		/** A rule, or null for a line outside any box. */
		void rule(String text) {
			if (text == null) {
				open = null;
				startedIn = null;
				return;
			}
			String[] segments = text.strip().split("[\\x{2500}-\\x{257F}&&[^─━═]]", -1);
			if (segments.length < 3) {
				open = null;
				return;
			}
			boolean[] columns = new boolean[segments.length - 2];
			boolean any = false;
			for (int c = 0; c < columns.length; c++) {
				columns[c] = segments[c + 1].isBlank();
				any |= columns[c];
			}
			open = any ? columns : null;
		}
	}

	private static boolean isRule(String text) {
		Matcher rule = RULE.matcher(text);
		return rule.find() && text.replaceAll("[│┃║\\s　]", "").matches("^[\\x{2500}-\\x{257F}\\-－=＝]*$");
	}

	/** │番　　号　１－１: the frame of a box drawn with characters is no text; its inner rules part cells. */
	static String unboxed(String line) {
		Matcher framed = FRAME_OF_ROW.matcher(line);
		if (!framed.matches()) {
			return line;
		}
		return framed.group(1).replaceAll("[\\s　]*[│┃][\\s　]*", "\t");
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
		return DisplayWidth.of(rawCell.strip()) + 4 <= DisplayWidth.of(rawCell);
	}

}
