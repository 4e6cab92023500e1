package org.govreview.readers.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A numbered table that a layout-box extraction (pdfminer's pdf2txt, a reader's copy of a PDF) printed column by
 * column: No. over its row numbers, then each column's header over its cells, blank lines wherever a box ended. The
 * numbers count the rows: a column with as many lines is read a line a cell; a column of text with more lines holds
 * names the column's width wrapped: of its longest lines, as many as it has lines too many, those followed by the
 * shortest rests are taken for the wrapped ones and joined to the line after them; any other column with more lines (a cell of two departments) is
 * left out, as nothing says which row its extra line belongs to. The columns are put back side by side as tab rows
 * under a header row, at the place of the No.; a table less regular than that is left as printed. Stateless.
 */
final class NumberedColumns {

	private static final Pattern NUMBER_HEADER = Pattern.compile("^(?:No[.．]?|NO[.．]?|Ｎｏ[.．]?|番号)$");

	private static final Pattern NUMBER = Pattern.compile("^[0-9０-９]{1,3}$");


	private static final int MAX_HEADER = 12;

	private static final int MAX_CELL = 40;

	private NumberedColumns() {
	}

	static List<BoxRows.Printed> rows(List<BoxRows.Printed> lines) {
		if (lines.stream().noneMatch(line -> NUMBER_HEADER.matcher(line.text().strip()).matches())) {
			return lines;
		}
		List<BoxRows.Printed> out = new ArrayList<>(lines);
		for (int i = 0; i < out.size(); i++) {
			if (NUMBER_HEADER.matcher(out.get(i).text().strip()).matches()) {
				int end = rebuilt(out, i);
				if (end > i) {
					i = end - 1;
				}
			}
		}
		return out;
	}

	private record Column(String header, List<String> cells, int start) {

		/** A column of names, not of marks or numbers: its cells average eight characters or more. */
		boolean isText() {
			return cells.stream().mapToInt(String::length).average().orElse(0) >= 8;
		}
	}

	/** Rewrites the table whose No. stands at {@code start}; the line after it, or -1 when there is none to read. */
	private static int rebuilt(List<BoxRows.Printed> lines, int start) {
		int j = start + 1;
		List<Integer> numbers = new ArrayList<>();
		while (j < lines.size()) {
			String text = lines.get(j).text().strip();
			if (text.isEmpty()) {
				j++;
				continue;
			}
			if (!NUMBER.matcher(text).matches()) {
				break;
			}
			numbers.add(Integer.parseInt(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC)));
			j++;
		}
		int rows = numbers.size();
		if (rows < 2) {
			return -1;
		}
		for (int k = 1; k < rows; k++) {
			if (numbers.get(k) != numbers.get(k - 1) + 1) {
				return -1;
			}
		}
		List<Column> columns = new ArrayList<>();
		while (j < lines.size()) {
			while (j < lines.size() && lines.get(j).text().isBlank()) {
				j++;
			}
			if (j >= lines.size() || !isHeader(lines.get(j).text().strip())) {
				break;
			}
			String header = lines.get(j).text().strip();
			int headerAt = j;
			j++;
			List<String> cells = new ArrayList<>();
			while (j < lines.size()) {
				String text = lines.get(j).text().strip();
				if (text.isEmpty()) {
					j++;
					continue;
				}
				if (isHeader(text) || PageNumbers.isLabelled(text) || text.length() > MAX_CELL
						|| text.indexOf('\f') >= 0 || cells.size() >= 2 * rows) {
					break;
				}
				cells.add(text);
				j++;
			}
			columns.add(new Column(header, cells, headerAt));
		}
		List<Column> read = new ArrayList<>();
		for (Column column : columns) {
			if (column.cells().size() == rows) {
				read.add(column);
			}
			else if (column.cells().size() > rows && read.stream().noneMatch(Column::isText) && column.isText()) {
				List<String> joined = unwrapped(column.cells(), rows);
				if (joined == null) {
					return -1;
				}
				read.add(new Column(column.header(), joined, column.start()));
			}
			else if (column.cells().size() < rows) {
				// 【主な取組状況】 under the table, over a few lines of text: the table ended before it
				j = column.start();
				break;
			}
		}
		if (read.size() < 2 || read.stream().noneMatch(Column::isText)) {
			return -1;
		}
		List<String> table = new ArrayList<>();
		table.add(lines.get(start).text().strip() + "\t" + String.join("\t", read.stream().map(Column::header).toList()));
		for (int r = 0; r < rows; r++) {
			int row = r;
			table.add(numbers.get(r) + "\t" + String.join("\t", read.stream().map(column -> column.cells().get(row)).toList()));
		}
		for (int k = start; k < j; k++) {
			BoxRows.Printed line = lines.get(k);
			int at = k - start;
			lines.set(k, new BoxRows.Printed(at < table.size() ? table.get(at) : "", line.number(), line.page()));
		}
		return j;
	}

	private static boolean isHeader(String text) {
		return text.length() <= MAX_HEADER && Words.isHeaderCell(text);
	}

	/**
	 * The cells with the names the width wrapped put back: a wrapped line filled the column, so it is among the
	 * longest (within a character of the longest), and what the width carried over is a short rest. Of the longest
	 * lines, the {@code extra} ones followed by the shortest lines are taken, each joined to the line after it; null
	 * when that choice is not clear.
	 */
	private static List<String> unwrapped(List<String> cells, int rows) {
		int extra = cells.size() - rows;
		int longest = 0;
		for (int k = 0; k + 1 < cells.size(); k++) {
			longest = Math.max(longest, cells.get(k).length());
		}
		List<Integer> candidates = new ArrayList<>();
		for (int k = 0; k + 1 < cells.size(); k++) {
			if (cells.get(k).length() >= longest - 1 && cells.get(k + 1).length() < cells.get(k).length()) {
				candidates.add(k);
			}
		}
		if (candidates.size() < extra) {
			return null;
		}
		candidates.sort((a, b) -> Integer.compare(cells.get(a + 1).length(), cells.get(b + 1).length()));
		if (candidates.size() > extra
				&& cells.get(candidates.get(extra) + 1).length() <= cells.get(candidates.get(extra - 1) + 1).length()) {
			// a rest as long as a whole name's: which line the width broke is not clear
			return null;
		}
		List<Integer> heads = candidates.subList(0, extra);
		List<String> out = new ArrayList<>();
		for (int k = 0; k < cells.size(); k++) {
			if (heads.contains(k)) {
				if (heads.contains(k + 1)) {
					return null;
				}
				out.add(Wraps.join(List.of(cells.get(k), cells.get(k + 1))));
				k++;
			}
			else {
				out.add(cells.get(k));
			}
		}
		return out.size() == rows ? out : null;
	}
}
