package org.govreview.readers.document;

import java.text.Normalizer;
import java.util.List;

/**
 * How many of a table's first rows are its header: a first row of header words (or of words over a body with
 * figures), and a second row that only qualifies the first (年度 in parentheses, units) under fewer columns.
 */
final class HeaderRows {

	private HeaderRows() {
	}

	static int count(List<List<Cell>> rows) {
		if (rows.size() < 2) {
			return rows.size() == 1 && mostlyHeader(rows.get(0)) && rows.get(0).size() >= 3 ? 1 : 0;
		}
		List<Cell> first = rows.get(0);
		boolean header = mostlyHeader(first)
				|| first.stream().noneMatch(cell -> isFigure(cell.text())) && bodyHasFigures(rows.subList(1, rows.size()));
		if (!header) {
			return 0;
		}
		if (rows.size() > 2 && qualifies(rows.get(1), first)) {
			return 2;
		}
		return 1;
	}

	private static boolean mostlyHeader(List<Cell> row) {
		long filled = row.stream().filter(cell -> !cell.isEmpty()).count();
		long header = row.stream().filter(cell -> Words.isHeaderCell(cell.text())).count();
		return filled >= 2 && header * 2 >= filled;
	}

	private static boolean bodyHasFigures(List<List<Cell>> body) {
		return body.stream().flatMap(List::stream).anyMatch(cell -> isFigure(cell.text()));
	}

	private static boolean qualifies(List<Cell> second, List<Cell> first) {
		long filled = second.stream().filter(cell -> !cell.isEmpty()).count();
		long firstFilled = first.stream().filter(cell -> !cell.isEmpty()).count();
		return filled > 0 && filled < firstFilled && second.stream()
			.filter(cell -> !cell.isEmpty())
			.allMatch(cell -> isQualifier(cell.text()) || Words.isHeaderCell(cell.text()));
	}

	private static boolean isQualifier(String text) {
		String t = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
		return t.matches("^\\(.{1,12}\\)$") || t.matches("^(?:単位)?[:：]?[^0-9]{1,4}$");
	}

	/** A cell that is a figure: digits with a unit or a mark, not words. */
	static boolean isFigure(String text) {
		String t = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
		return t.matches("^[約▲△+\\-−]?[0-9][0-9,.]*[万億千]?[0-9,.]*[^0-9]{0,4}$") || t.matches("^[★☆◎○△×●]+$");
	}
}
