package org.govreview.readers.document;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * A table: rows of cells, the first {@link #headerRows()} of them the header. Rows may have fewer cells than the
 * header (a PDF drops empty trailing cells). Built from tab-separated, pipe, HTML, space-aligned or one-cell-per-line
 * text, the same shape whatever the source. Immutable.
 */
public record Table(List<List<Cell>> rows, int headerRows, Location location, Layout layout) implements Block {

	/** How the table was printed: what set its cells apart in the extracted text. */
	public enum Layout {
		/** Tabs, pipes, HTML cells or a PDF's glyph gaps: every cell delimited. */
		DELIMITED,
		/** Columns of text set apart by runs of spaces: each row also reads as the line it was printed as. */
		ALIGNED,
		/** One cell per line, a row every so many lines. */
		ONE_CELL_PER_LINE
	}

	public Table {
		rows = rows.stream().map(List::copyOf).toList();
	}

	/** A table whose cells were delimited. */
	public Table(List<List<Cell>> rows, int headerRows, Location location) {
		this(rows, headerRows, location, Layout.DELIMITED);
	}

	/** The same table, printed the same way, with other rows. */
	public Table withRows(List<List<Cell>> rows, int headerRows) {
		return new Table(rows, headerRows, location, layout);
	}

	/**
	 * The header's cells, one per column; where the header spans two rows, each column's texts joined, and a shorter upper
	 * row's last cell heads the columns after it.
	 */
	public List<String> header() {
		if (headerRows == 0) {
			return List.of();
		}
		int columns = rows.stream().limit(headerRows).mapToInt(List::size).max().orElse(0);
		List<String> header = new ArrayList<>();
		List<String> grouped = new ArrayList<>();
		for (int column = 0; column < columns; column++) {
			StringBuilder joined = new StringBuilder();
			int upper = 0;
			for (int row = 0; row < headerRows; row++) {
				if (row == headerRows - 1) {
					upper = joined.length();
				}
				List<Cell> cells = rows.get(row);
				if (column < cells.size() && !cells.get(column).isEmpty()) {
					// 成果指標 over 成果指標: a cell spanning both header rows (rowspan) is printed in each, named once
					if (row == 0 || column >= rows.get(row - 1).size() || !cells.get(column).text().equals(rows.get(row - 1).get(column).text())) {
						if (!joined.isEmpty() && cells.get(column).text().startsWith(joined.toString())) {
							// 取組 over No. | 取組項目: the lower label already says what the spanning one does
							joined.setLength(0);
						}
						joined.append(cells.get(column).text());
					}
				}
				else if (column < cells.size() && row < headerRows - 1) {
					// 実績値 | (empty) | (empty) over R3 | R4 | R5: an upper cell spans the empty ones after it
					joined.append(spanning(row, column));
				}
				else if (row < headerRows - 1 && !cells.isEmpty() && !headsColumnBelow(row, column)
						&& !HeaderRows.isBracketed(cells.get(cells.size() - 1).text())) {
					// （Ｒ７） | （％） over nothing further right: qualifiers of their own columns, spanning none after them
					// 目標値 over R6 | R7 | R8 | R9: the last cell of a shorter upper row spans the columns after it
					joined.append(cells.get(cells.size() - 1).text());
				}
			}
			List<Cell> lowest = rows.get(headerRows - 1);
			if (headerRows > 1 && column < lowest.size() && SELF_NAMED.matcher(lowest.get(column).text().strip()).lookingAt()
					&& !joined.substring(0, upper).matches("(?s).*[0-9０-９元].*")) {
				// 指標値 over 現状値（令和５年度） | 目標値（令和９年度）: the upper cell only groups columns that name themselves;
				// 令和４年度 over 実績 names the year the column is for
				header.add(lowest.get(column).text());
				grouped.add(joined.toString());
				continue;
			}
			header.add(joined.toString());
			grouped.add(null);
		}
		if (header.stream().distinct().count() < header.size()) {
			// 市民満足度 | 参加者数 over 現状値 | 目標値 twice: the upper cells tell the columns apart, and keep their names
			for (int column = 0; column < header.size(); column++) {
				if (grouped.get(column) != null) {
					header.set(column, grouped.get(column));
				}
			}
		}
		return header;
	}

	/** 現状値, 目標値（R9）, 基準値: a column's name that says which figure it holds, whatever group it is under. */
	private static final java.util.regex.Pattern SELF_NAMED = java.util.regex.Pattern
		.compile("^(?:現状値?|現況値?|基準値?|目標値?|実績値?|策定時|計画策定時|中間目標値?|最終目標値?)(?:[\\s⏎\\n（(]|$)");

	/** 所管課 under nothing: a lower header row names a column of its own where no upper cell reaches. */
	private boolean headsColumnBelow(int row, int column) {
		for (int below = row + 1; below < headerRows; below++) {
			List<Cell> cells = rows.get(below);
			if (column < cells.size() && Words.isHeaderCell(cells.get(column).text()) && !HeaderRows.isBracketOrYear(cells.get(column).text())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The upper header cell that spans an empty one: the nearest filled cell to its left, when that cell has a lower
	 * header cell of its own (a group over sub-columns), and this column has one too; the lower row is the first below
	 * that heads this column, past a row of qualifiers that leaves it empty.
	 */
	private String spanning(int row, int column) {
		List<Cell> cells = rows.get(row);
		// 基準値 over （Ｒ７） | （％） over 値 | 年度: the lower row that heads the column, a row of qualifiers between
		List<Cell> below = rows.get(row + 1);
		for (int lower = row + 1; lower < headerRows && (column >= below.size() || below.get(column).isEmpty()); lower++) {
			below = rows.get(lower);
		}
		if (column >= below.size() || below.get(column).isEmpty()) {
			return "";
		}
		for (int left = column - 1; left >= 0; left--) {
			if (!cells.get(left).isEmpty()) {
				return left < below.size() && !below.get(left).isEmpty() ? cells.get(left).text() : "";
			}
		}
		return "";
	}

	/** True when every cell of the row that is not empty is a word that names a column (項目, 内容, 指標名, 現状値). */
	public static boolean namesColumns(List<Cell> row) {
		return row.stream().anyMatch(cell -> !cell.isEmpty())
				&& row.stream().filter(cell -> !cell.isEmpty()).allMatch(cell -> Words.isHeaderCell(cell.text()));
	}

	/** The rows under the header. */
	public List<List<Cell>> body() {
		return rows.subList(headerRows, rows.size());
	}

	/** The first column whose header contains one of the words (NFKC, spaces ignored). */
	public OptionalInt column(Collection<String> words) {
		List<String> header = header();
		for (int column = 0; column < header.size(); column++) {
			String cell = key(header.get(column));
			for (String word : words) {
				if (!word.isEmpty() && cell.contains(key(word))) {
					return OptionalInt.of(column);
				}
			}
		}
		return OptionalInt.empty();
	}

	/** The text of a row's cell, empty when the row is shorter. */
	public static Optional<String> cell(List<Cell> row, int column) {
		return column >= 0 && column < row.size() && !row.get(column).isEmpty() ? Optional.of(row.get(column).text())
				: Optional.empty();
	}

	public int columnCount() {
		return rows.stream().mapToInt(List::size).max().orElse(0);
	}

	@Override
	public String text() {
		return rows.stream()
			.map(row -> row.stream().map(Cell::text).collect(Collectors.joining("\t")))
			.collect(Collectors.joining("\n"));
	}

	static String key(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s　]+", "");
	}
}
