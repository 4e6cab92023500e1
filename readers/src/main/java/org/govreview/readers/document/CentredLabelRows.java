package org.govreview.readers.document;

import java.util.ArrayList;
import java.util.List;

/**
 * A sheet of labels and values (政策 | …, 施策名 | …, 主管課 | …, 施策の目指す姿 | …) whose labels are centred
 * beside values wrapped over several lines, as pdftotext -layout prints an Excel form: a label whose line leaves its
 * value empty stands between the lines of its value, as many above it as below. Each label takes the value lines
 * round it; the rest of a run of value lines goes on the label above.
 */
final class CentredLabelRows {

	private static final int MAX_LABEL = 12;

	private CentredLabelRows() {
	}

	/**
	 * The rows joined label by label, or null when the rows are no such sheet: some row opening on anything but a
	 * short label or nothing, fewer than three labels, or no label whose value lies round its line.
	 */
	static List<List<Cell>> joined(List<List<Cell>> printed) {
		List<List<Cell>> rows = printed.stream().map(CentredLabelRows::valueMoved).toList();
		List<Integer> labels = new ArrayList<>();
		for (int r = 0; r < rows.size(); r++) {
			List<Cell> row = rows.get(r);
			if (row.isEmpty()) {
				return null;
			}
			String first = row.get(0).text().strip();
			if (first.isEmpty()) {
				if (!hasValue(row)) {
					return null;
				}
				continue;
			}
			if (!isLabel(first)) {
				return null;
			}
			labels.add(r);
		}
		if (labels.size() < 3 || labels.get(0) != 0) {
			return null;
		}
		int[] taken = new int[labels.size()];
		boolean centred = false;
		for (int l = labels.size() - 1; l >= 1; l--) {
			int row = labels.get(l);
			int next = l + 1 < labels.size() ? labels.get(l + 1) - taken[l + 1] : rows.size();
			int after = next - row - 1;
			int before = row - labels.get(l - 1) - 1;
			if (hasValue(rows.get(row)) || after == 0 || before == 0) {
				continue;
			}
			int take = Math.min(before, after);
			if (continuesAbove(rows.get(row - take - 1), rows.get(row - take))) {
				// …の推進と over 体制の強化: the value above wrapped onto the line, a cell set at its top
				continue;
			}
			taken[l] = take;
			centred = true;
		}
		if (!centred) {
			return null;
		}
		List<List<Cell>> joined = new ArrayList<>();
		for (int l = 0; l < labels.size(); l++) {
			int from = labels.get(l) - taken[l];
			int to = l + 1 < labels.size() ? labels.get(l + 1) - taken[l + 1] : rows.size();
			joined.add(joinedRow(rows.subList(from, to), rows.get(labels.get(l))));
		}
		return joined;
	}

	/**
	 * 市内企業が…安定した alone on its line, set under a later column by how far it runs: a line of a value wrapped
	 * in its cell, longer than any narrow column's, put back in the value's column.
	 */
	private static List<Cell> valueMoved(List<Cell> row) {
		List<Cell> filled = row.stream().filter(cell -> !cell.isEmpty()).toList();
		if (row.size() <= 2 || !row.get(0).isEmpty() || filled.size() != 1 || filled.get(0).text().strip().length() < MIN_WRAPPED_VALUE) {
			return row;
		}
		return List.of(row.get(0), filled.get(0));
	}

	/** How long a line alone under a later column is, at the least, to be taken for the value's wrapped line. */
	private static final int MIN_WRAPPED_VALUE = 20;

	/** Whether a value's line reads on from the value above it: that one stops mid-phrase, or this starts with kana. */
	private static boolean continuesAbove(List<Cell> above, List<Cell> line) {
		String over = above.size() > 1 ? above.get(1).text().strip() : "";
		String text = line.size() > 1 ? line.get(1).text().strip() : "";
		return !over.isEmpty() && Wraps.UNFINISHED.matcher(over).find() || text.matches("^[\\p{IsHiragana}）)」』、。].*");
	}

	private static boolean hasValue(List<Cell> row) {
		return row.size() > 1 && !row.get(1).isEmpty();
	}

	/** 施策の目指す姿, 主管課: a field's label, short and with no figure or sentence in it. */
	private static boolean isLabel(String text) {
		return text.length() <= MAX_LABEL && !text.matches(".*[0-9０-９。、].*");
	}

	private static List<Cell> joinedRow(List<List<Cell>> group, List<Cell> labelRow) {
		int columns = group.stream().mapToInt(List::size).max().orElse(0);
		List<Cell> row = new ArrayList<>();
		for (int c = 0; c < columns; c++) {
			String text = "";
			Cell placed = null;
			for (List<Cell> line : group) {
				if (c < line.size() && !line.get(c).isEmpty()) {
					text = Wraps.joinCell(text, line.get(c).text());
					placed = placed == null ? line.get(c) : placed;
				}
			}
			Cell own = c < labelRow.size() && !labelRow.get(c).isEmpty() ? labelRow.get(c) : placed;
			row.add(new Cell(text, own != null ? own.location() : labelRow.get(0).location()));
		}
		while (row.size() > 1 && row.get(row.size() - 1).isEmpty()) {
			row.remove(row.size() - 1);
		}
		return row;
	}
}
