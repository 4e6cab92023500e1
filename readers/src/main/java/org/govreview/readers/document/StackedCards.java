package org.govreview.readers.document;

import java.util.ArrayList;
import java.util.List;

/**
 * A table a responsive web page shows on a phone as one card per row, copied from the browser: every cell on its
 * line under its column's header, the headers repeated on every card (区分 / 人口 / 令和3年度末 / 245,312人 /
 * 令和4年度末 / 244,986人, then 区分 / 世帯数 / …). Where two cards or more follow one another with the same headers in
 * the same order, they are read back as the table they were: one row of headers, then one row per card, cells
 * apart by tabs. Stateless.
 */
final class StackedCards {

	/** The fewest and the most columns a card may hold. */
	private static final int FEWEST = 2;

	private static final int MOST = 8;

	/** How long a header may be, and a cell. */
	private static final int HEADER = 20;

	private static final int CELL = 60;

	private StackedCards() {
	}

	/** Cards of so many columns, so many of them one after another. */
	private record Run(int columns, int cards) {
	}

	static List<BoxRows.Printed> rows(List<BoxRows.Printed> lines) {
		List<BoxRows.Printed> out = new ArrayList<>(lines.size());
		int i = 0;
		while (i < lines.size()) {
			Run run = run(lines, i);
			if (run == null) {
				out.add(lines.get(i++));
				continue;
			}
			int columns = run.columns();
			int cards = run.cards();
			List<String> headers = new ArrayList<>();
			for (int c = 0; c < columns; c++) {
				headers.add(text(lines, i + 2 * c));
			}
			out.add(new BoxRows.Printed(String.join("\t", headers), lines.get(i).number(), lines.get(i).page()));
			for (int card = 0; card < cards; card++) {
				int from = i + card * 2 * columns;
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < columns; c++) {
					cells.add(text(lines, from + 2 * c + 1));
				}
				out.add(new BoxRows.Printed(String.join("\t", cells), lines.get(from + 1).number(), lines.get(from + 1).page()));
			}
			i += cards * 2 * columns;
		}
		return out;
	}

	/**
	 * The cards from line {@code at}: how many columns they hold (the fewest that repeat) and how many cards follow one
	 * another; null where no two do.
	 */
	private static Run run(List<BoxRows.Printed> lines, int at) {
		for (int columns = FEWEST; columns <= MOST; columns++) {
			int cards = card(lines, at, columns) ? cards(lines, at, columns) : 0;
			if (cards >= 2) {
				return new Run(columns, cards);
			}
		}
		return null;
	}

	/** Whether the lines from {@code at} are a card: distinct short headers, each over a cell that is none of them. */
	private static boolean card(List<BoxRows.Printed> lines, int at, int columns) {
		if (at + 2 * columns > lines.size()) {
			return false;
		}
		List<String> headers = new ArrayList<>();
		for (int c = 0; c < columns; c++) {
			String header = text(lines, at + 2 * c);
			String cell = text(lines, at + 2 * c + 1);
			// a figure repeated down a one-cell-per-line table (８ items, ４０点 full marks) heads no column
			if (header.isEmpty() || header.length() > HEADER || header.contains("。") || HeaderRows.isFigure(header) || cell.isEmpty()
					|| cell.length() > CELL || headers.contains(header) || (header + cell).indexOf('\t') >= 0) {
				return false;
			}
			headers.add(header);
		}
		for (int c = 0; c < columns; c++) {
			if (headers.contains(text(lines, at + 2 * c + 1))) {
				return false;
			}
		}
		return true;
	}

	/** How many cards with the headers of the one at {@code at} follow one another from it, cells differing. */
	private static int cards(List<BoxRows.Printed> lines, int at, int columns) {
		int cards = 1;
		boolean differing = false;
		while (true) {
			int next = at + cards * 2 * columns;
			if (!card(lines, next, columns)) {
				break;
			}
			boolean same = true;
			for (int c = 0; c < columns && same; c++) {
				same = text(lines, next + 2 * c).equals(text(lines, at + 2 * c));
			}
			if (!same) {
				break;
			}
			for (int c = 0; c < columns; c++) {
				differing |= !text(lines, next + 2 * c + 1).equals(text(lines, at + 2 * c + 1));
			}
			cards++;
		}
		return differing ? cards : 1;
	}

	private static String text(List<BoxRows.Printed> lines, int at) {
		return lines.get(at).text().strip();
	}
}
