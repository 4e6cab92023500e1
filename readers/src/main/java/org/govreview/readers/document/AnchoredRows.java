package org.govreview.readers.document;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.govreview.readers.text.DisplayWidth;

/**
 * One-cell-per-line tables whose rows end in figure columns (施策の柱 | 取組内容 | 指標 | R5実績 | R6目標) and whose text
 * cells wrap over several lines: a row is the text lines up to the next run of as many figures as the header has
 * figure columns. The text lines are shared among the text columns so that every line a cell goes on after reaches
 * its column's width, the width the rows whose lines are exactly their cells show. A first column numbered in the
 * first row (Ⅰ, 1, ①) and unnumbered in a later one was printed once for the rows it spans: they leave it empty.
 */
final class AnchoredRows {

	/** Ⅰ, 1., ②: the numbering of a cell that spans the rows under it. */
	private static final Pattern NUMBERED = Pattern.compile("^(?:[Ⅰ-Ⅻ]|[0-9０-９]{1,2}[.．、)）]?|[①-⑳])[\\s\u3000.．、]");

	/** －, ―: a figure column left empty. */
	private static final Pattern NO_FIGURE = Pattern.compile("^[－―—‐\\-ー]$");

	/** Characters no cell begins with: they close the line before. */
	private static final Pattern CLOSES = Pattern.compile("^[、。，．）)」』】〕ー々].*");

	private static final int MAX_EXTRA_LINES = 5;

	private AnchoredRows() {
	}

	private record Record(List<ModelBuilder.Line> texts, List<ModelBuilder.Line> figures, int end) {
	}

	/** The table whose header is the {@code columns} lines at {@code start}, or empty when its rows are not so anchored. */
	static Optional<OneCellRuns.Run> table(List<ModelBuilder.Line> lines, int start, int columns, Path file) {
		int figureColumns = 0;
		while (figureColumns < columns && OneCellRuns.VALUE_HEADER
			.matcher(Words.key(lines.get(start + columns - 1 - figureColumns).stripped())).matches()) {
			figureColumns++;
		}
		int textColumns = columns - figureColumns;
		if (figureColumns == 0 || textColumns < 2) {
			return Optional.empty();
		}
		int unitColumn = OneCellRuns.unitColumn(lines, start, textColumns);
		List<String> header = lines.subList(start, start + columns).stream().map(ModelBuilder.Line::stripped).toList();
		List<Record> records = new ArrayList<>();
		int i = start + columns;
		while (true) {
			i = pastRepeatedHeader(lines, i, header);
			Optional<Record> record = record(lines, i, textColumns, figureColumns);
			if (record.isEmpty()) {
				break;
			}
			records.add(record.get());
			i = record.get().end();
		}
		if (records.size() < 2) {
			return Optional.empty();
		}
		boolean spanning = NUMBERED.matcher(records.get(0).texts().get(0).stripped()).find();
		int[] widths = columnWidths(records, textColumns, spanning);
		List<List<Cell>> rows = new ArrayList<>();
		rows.add(OneCellRuns.row(lines.subList(start, start + columns), file));
		boolean shared = false;
		for (Record record : records) {
			boolean spans = spans(record, textColumns, spanning);
			int offset = spans ? 1 : 0;
			List<List<String>> cells = fit(record.texts(), textColumns - offset, Arrays.copyOfRange(widths, offset, textColumns),
					unitColumn - offset);
			if (cells == null) {
				return Optional.empty();
			}
			shared |= spans || record.texts().size() > textColumns;
			List<Cell> row = new ArrayList<>();
			if (spans) {
				row.add(new Cell("", record.texts().get(0).at(file)));
			}
			int line = 0;
			for (List<String> cell : cells) {
				row.add(new Cell(Wraps.join(cell), record.texts().get(line).at(file)));
				line += cell.size();
			}
			for (ModelBuilder.Line figure : record.figures()) {
				row.add(new Cell(NO_FIGURE.matcher(figure.stripped()).matches() ? "" : figure.stripped(), figure.at(file)));
			}
			rows.add(row);
		}
		if (!shared) {
			// every row as many lines as columns: the plain one-cell-per-line reading has it
			return Optional.empty();
		}
		return Optional.of(new OneCellRuns.Run(Optional.empty(),
				new Table(rows, 1, lines.get(start).at(file), Table.Layout.ONE_CELL_PER_LINE), i));
	}

	private static boolean spans(Record record, int textColumns, boolean spanning) {
		return spanning ? !NUMBERED.matcher(record.texts().get(0).stripped()).find() : record.texts().size() == textColumns - 1;
	}

	/** The text lines up to a run of {@code figureColumns} figures; empty at a blank line, a sentence or a lone figure. */
	private static Optional<Record> record(List<ModelBuilder.Line> lines, int from, int textColumns, int figureColumns) {
		int j = from;
		List<ModelBuilder.Line> texts = new ArrayList<>();
		while (j < lines.size() && texts.size() <= textColumns + MAX_EXTRA_LINES) {
			ModelBuilder.Line line = lines.get(j);
			if (ModelBuilder.isFurniture(line)) {
				j++;
				continue;
			}
			if (line.isBlank() || !OneCellRuns.isCell(line, false) || isFigure(line.stripped()) || line.stripped().endsWith("。")) {
				break;
			}
			texts.add(line);
			j++;
		}
		List<ModelBuilder.Line> figures = new ArrayList<>();
		while (j < lines.size() && figures.size() < figureColumns && isFigure(lines.get(j).stripped())
				&& OneCellRuns.isCell(lines.get(j), false)) {
			figures.add(lines.get(j));
			j++;
		}
		boolean fits = texts.size() >= textColumns - 1 && texts.size() <= textColumns + MAX_EXTRA_LINES;
		return fits && figures.size() == figureColumns ? Optional.of(new Record(texts, figures, j)) : Optional.empty();
	}

	private static boolean isFigure(String text) {
		return OneCellRuns.isValue(text) || NO_FIGURE.matcher(text).matches();
	}

	/** The widest cell of each text column among the rows whose lines are exactly their cells. */
	private static int[] columnWidths(List<Record> records, int textColumns, boolean spanning) {
		int[] widths = new int[textColumns];
		for (Record record : records) {
			int offset = spans(record, textColumns, spanning) ? 1 : 0;
			if (record.texts().size() + offset != textColumns) {
				continue;
			}
			for (int c = 0; c < record.texts().size(); c++) {
				widths[c + offset] = Math.max(widths[c + offset], DisplayWidth.of(record.texts().get(c).stripped()));
			}
		}
		return widths;
	}

	/** 項目 | 単位 | 令和３年度 … printed again at the top of the next page: the line after it, else {@code from}. */
	static int pastRepeatedHeader(List<ModelBuilder.Line> lines, int from, List<String> header) {
		for (int furniture = 0; furniture <= PAGE_FURNITURE && from + furniture < lines.size(); furniture++) {
			// 4 / 10 and the running title between the pages: lines no row holds, as long as the header follows them
			int past = pastHeader(lines, from + furniture, header);
			if (past > from + furniture) {
				return past;
			}
			ModelBuilder.Line line = lines.get(from + furniture);
			if (!line.runningHeader() && !ModelBuilder.isFurniture(line) && !PageNumbers.isLabelled(line.stripped())) {
				return from;
			}
		}
		return from;
	}

	private static final int PAGE_FURNITURE = 2;


	private static int pastHeader(List<ModelBuilder.Line> lines, int from, List<String> header) {
		int j = from;
		for (String cell : header) {
			while (j < lines.size() && ModelBuilder.isFurniture(lines.get(j))) {
				j++;
			}
			if (j >= lines.size() || !lines.get(j).stripped().equals(cell)) {
				return from;
			}
			j++;
		}
		return j;
	}

	/**
	 * The lines shared among {@code cells} cells at the least cost, the cell under 単位 ({@code unit}, or -1) one line
	 * that is a unit; null when they cannot be.
	 */
	private static List<List<String>> fit(List<ModelBuilder.Line> lines, int cells, int[] widths, int unit) {
		List<String> texts = lines.stream().map(ModelBuilder.Line::stripped).toList();
		if (texts.size() < cells) {
			return null;
		}
		int[] best = null;
		int bestCost = Integer.MAX_VALUE;
		// every way to give each cell at least one line, in order
		for (int[] candidate : compositions(texts.size(), cells)) {
			if (unit >= 0 && unit < cells && !unitCell(texts, candidate, unit)) {
				// 市民１人当たり都市公園 / 面積 / ㎡: the name goes on up to the unit, which is one word
				continue;
			}
			int cost = cost(texts, candidate, widths);
			if (cost < bestCost) {
				bestCost = cost;
				best = candidate;
			}
		}
		if (best == null) {
			// a cell under 単位 that is no unit this reader knows: the lines are shared as in any other column
			return unit >= 0 ? fit(lines, cells, widths, -1) : null;
		}
		List<List<String>> fitted = new ArrayList<>();
		int at = 0;
		for (int size : best) {
			fitted.add(texts.subList(at, at + size));
			at += size;
		}
		return fitted;
	}

	private static boolean unitCell(List<String> texts, int[] sizes, int unit) {
		int at = 0;
		for (int c = 0; c < unit; c++) {
			at += sizes[c];
		}
		return sizes[unit] == 1 && (OneCellRuns.isUnit(texts.get(at)) || NO_FIGURE.matcher(texts.get(at)).matches());
	}

	private static List<int[]> compositions(int lines, int cells) {
		List<int[]> all = new ArrayList<>();
		compose(lines, cells, new int[cells], 0, all);
		return all;
	}

	private static void compose(int left, int cells, int[] sizes, int at, List<int[]> all) {
		if (at == cells - 1) {
			sizes[at] = left;
			all.add(sizes.clone());
			return;
		}
		for (int size = 1; left - size >= cells - at - 1; size++) {
			sizes[at] = size;
			compose(left - size, cells, sizes, at + 1, all);
		}
	}

	/**
	 * How far the lines a cell goes on after fall short of the column's width, and how many cells begin mid-phrase;
	 * Integer.MAX_VALUE when a figure, a mark or a department would have to go on onto another line.
	 */
	private static int cost(List<String> texts, int[] sizes, int[] widths) {
		int cost = 0;
		int at = 0;
		for (int c = 0; c < sizes.length; c++) {
			List<String> cell = texts.subList(at, at + sizes[c]);
			at += sizes[c];
			if (CLOSES.matcher(cell.get(0)).matches()) {
				cost += 20;
			}
			int width = widths[c];
			for (String line : cell) {
				width = Math.max(width, DisplayWidth.of(line));
			}
			for (int l = 0; l + 1 < cell.size(); l++) {
				String line = cell.get(l);
				if (!OneCellRuns.joinable(line)) {
					return Integer.MAX_VALUE;
				}
				cost += width - DisplayWidth.of(line);
				if (Wraps.unbalanced(line)) {
					cost -= 4;
				}
			}
		}
		return cost;
	}
}
