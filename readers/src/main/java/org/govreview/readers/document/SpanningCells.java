package org.govreview.readers.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A numbered cell merged over several rows of a table, its text printed once and wrapped, one line beside each row
 * it spans ((1) 水産業の振興と beside the first indicator, 水産物の高付加価値化 beside the second): the lines are joined
 * into the numbered cell and the rows after it leave the column empty. Only where every unnumbered cell of the column
 * goes on from the cell right above it (but one, a total under the groups) and the column numbers at least two cells. Stateless.
 */
final class SpanningCells {

	/** (1) …, （２）…, １ …, 2-2 …: a numbered group's cell. */
	private static final Pattern NUMBERED = Pattern.compile("^(?:[（(][0-9０-９]{1,2}[）)]|[0-9０-９]{1,2}(?:[-－‐][0-9０-９]{1,2}){0,2}[ 　]|[①-⑳])");

	private SpanningCells() {
	}

	static List<List<Cell>> joined(List<List<Cell>> rows, int header) {
		int columns = rows.stream().mapToInt(List::size).max().orElse(0);
		List<List<Cell>> joined = new ArrayList<>();
		for (List<Cell> row : rows) {
			joined.add(new ArrayList<>(row));
		}
		for (int c = 0; c + 1 < columns; c++) {
			if (!spans(joined, header, c)) {
				continue;
			}
			int open = -1;
			for (int r = header; r < joined.size(); r++) {
				String text = text(joined, r, c);
				if (text.isEmpty()) {
					open = -1;
				}
				else if (NUMBERED.matcher(text).find()) {
					open = r;
				}
				else if (open >= 0 && goesOn(joined.get(open).get(c).text(), text)) {
					Cell first = joined.get(open).get(c);
					joined.get(open).set(c, new Cell(Wraps.join(List.of(first.text(), text)), first.location()));
					joined.get(r).set(c, new Cell("", joined.get(r).get(c).location()));
				}
				else {
					open = -1;
				}
			}
		}
		return joined;
	}

	private static boolean spans(List<List<Cell>> rows, int header, int c) {
		int numbered = 0;
		int continued = 0;
		int others = 0;
		for (int r = header; r < rows.size(); r++) {
			String text = text(rows, r, c);
			if (text.isEmpty()) {
				continue;
			}
			if (NUMBERED.matcher(text).find()) {
				numbered++;
			}
			else if (r > header && !text(rows, r - 1, c).isEmpty() && goesOn(text(rows, r - 1, c), text)
					&& rows.get(r).stream().filter(cell -> !cell.isEmpty()).count() >= 3) {
				continued++;
			}
			else {
				others++;
			}
		}
		// 合計 under the groups: one row of its own at most
		return numbered >= 2 && continued >= 1 && others <= 1;
	}

	/** 水産業の振興と over 水産物の…, 農林業の振興と担い手 over の確保: a phrase cut in the middle, never a row of its own (全体). */
	private static boolean goesOn(String above, String text) {
		return above.strip().matches(".*[のとやにをがはへでて・、]$") || text.matches("^[\\p{IsHiragana}].*");
	}

	private static String text(List<List<Cell>> rows, int r, int c) {
		return c < rows.get(r).size() ? rows.get(r).get(c).text().strip() : "";
	}
}
