package org.govreview.readers.document;

import java.util.ArrayList;
import java.util.List;

/**
 * A table header whose cells of two lines stand beside cells of one, as pdftotext -layout prints it: the one-line cells
 * (事業名, 指標 | 単位) on the middle line, the two-line cells' first lines above it and their second lines below it
 * (令和６年度予算額 | 令和５年度予算額 over （千円） | （千円）). Where rows of figures follow with a cell under each, the
 * three lines are read as the one header row they print: 事業名 | 令和６年度予算額（千円） | 令和５年度予算額（千円）. The
 * header keeps the middle line's number. Stateless.
 */
final class CentredHeaders {

	/** How long a header cell's line may be. */
	private static final int CELL = 14;

	private CentredHeaders() {
	}

	static List<BoxRows.Printed> joined(List<BoxRows.Printed> printed) {
		List<BoxRows.Printed> lines = new ArrayList<>(printed);
		// each line split into its cells once, the lists kept in step as the header's lines are joined
		List<List<AlignedRows.Span>> spans = new ArrayList<>(lines.stream().map(line -> AlignedRows.split(line.text())).toList());
		for (int i = 1; i + 2 < lines.size(); i++) {
			List<AlignedRows.Span> above = spans.get(i - 1);
			List<AlignedRows.Span> middle = spans.get(i);
			List<AlignedRows.Span> below = spans.get(i + 1);
			if (!header(above, middle, below) || !rowUnder(firstRow(spans, i + 2), middle, above)) {
				continue;
			}
			java.util.SortedMap<Integer, String> cells = new java.util.TreeMap<>();
			for (AlignedRows.Span span : middle) {
				cells.put(span.start(), span.text().strip());
			}
			for (int c = 0; c < above.size(); c++) {
				cells.put(above.get(c).start(), above.get(c).text().strip() + below.get(c).text().strip());
			}
			java.util.SortedMap<Integer, String> placed = overRow(firstRow(spans, i + 2), middle, above, below);
			String header = AlignedRows.printed(placed != null ? placed : cells);
			BoxRows.Printed centre = lines.get(i);
			lines.set(i, new BoxRows.Printed(header, centre.number(), centre.page()));
			spans.set(i, AlignedRows.split(header));
			lines.remove(i + 1);
			lines.remove(i - 1);
			spans.remove(i + 1);
			spans.remove(i - 1);
		}
		return lines;
	}

	/**
	 * One-line cells in the middle, beside the two-line cells whose halves stand over one another (成果指標 | 単位 |
	 * 基準値（R元） | R4 | R5 | R6 | 目標値（R7） | 達成度): no one-line cell under or over a two-line one.
	 */
	private static boolean header(List<AlignedRows.Span> above, List<AlignedRows.Span> middle, List<AlignedRows.Span> below) {
		if (above.isEmpty() || middle.isEmpty() || above.size() != below.size()
				|| middle.get(0).start() + 2 > above.get(0).start()) {
			return false;
		}
		for (AlignedRows.Span one : middle) {
			for (int c = 0; c < above.size(); c++) {
				int from = Math.min(above.get(c).start(), below.get(c).start());
				int to = Math.max(above.get(c).end(), below.get(c).end());
				double centre = (one.start() + one.end()) / 2.0;
				// 達成率 beside （参考）/令和５年度, their labels set a little into each other: the centres tell them apart
				if (one.end() + 2 > from && one.start() < to + 2
						&& (centre >= from && centre <= to || Math.min(one.end(), to) - Math.max(one.start(), from) > (one.end() - one.start()) / 2)) {
					return false;
				}
			}
		}
		for (AlignedRows.Span span : middle) {
			if (!headerWord(span)) {
				return false;
			}
		}
		for (int c = 0; c < above.size(); c++) {
			AlignedRows.Span top = above.get(c);
			AlignedRows.Span bottom = below.get(c);
			if (!headerWord(top) || !headerWord(bottom) || top.end() <= bottom.start() || bottom.end() <= top.start()) {
				return false;
			}
		}
		return true;
	}

	/**
	 * 目標値（R7） printed over R5実績's figures by a page whose fonts shifted the lines apart: the one-line labels set
	 * over the row's cells nearest them, in order, and the two-line labels, in order, over the cells they leave; null
	 * when that puts every label where its start already did, or the row has another number of cells.
	 */
	private static java.util.SortedMap<Integer, String> overRow(List<AlignedRows.Span> row, List<AlignedRows.Span> middle,
			List<AlignedRows.Span> above, List<AlignedRows.Span> below) {
		int slots = row.size();
		if (slots != middle.size() + above.size()) {
			return null;
		}
		int[] middleSlots = nearestInOrder(middle, row);
		java.util.SortedMap<Integer, String> cells = new java.util.TreeMap<>();
		boolean moved = false;
		int next = 0;
		int m = 0;
		for (int slot = 0; slot < slots; slot++) {
			String text;
			int printedAt;
			if (m < middle.size() && middleSlots[m] == slot) {
				text = middle.get(m).text().strip();
				printedAt = middle.get(m).start();
				m++;
			}
			else {
				text = above.get(next).text().strip() + below.get(next).text().strip();
				printedAt = above.get(next).start();
				next++;
			}
			cells.put(row.get(slot).start(), text);
			moved |= order(printedAt, middle, above) != slot;
		}
		return moved ? cells : null;
	}

	/** Where a label starting at {@code start} falls among all the header's labels, by where they start. */
	private static int order(int start, List<AlignedRows.Span> middle, List<AlignedRows.Span> above) {
		return (int) (middle.stream().filter(span -> span.start() < start).count()
				+ above.stream().filter(span -> span.start() < start).count());
	}

	/** The row's cell for each label, in order, the sum of the distances between their centres the least. */
	private static int[] nearestInOrder(List<AlignedRows.Span> labels, List<AlignedRows.Span> row) {
		int n = labels.size();
		int slots = row.size();
		double[][] cost = new double[n + 1][slots + 1];
		for (double[] line : cost) {
			java.util.Arrays.fill(line, Double.MAX_VALUE);
		}
		java.util.Arrays.fill(cost[0], 0);
		for (int l = 1; l <= n; l++) {
			for (int s = l; s <= slots; s++) {
				double take = cost[l - 1][s - 1] == Double.MAX_VALUE ? Double.MAX_VALUE
						: cost[l - 1][s - 1] + Math.abs(centre(labels.get(l - 1)) - centre(row.get(s - 1)));
				cost[l][s] = Math.min(cost[l][s - 1], take);
			}
		}
		int[] placed = new int[n];
		int s = slots;
		for (int l = n; l >= 1; l--) {
			while (cost[l][s] == cost[l][s - 1]) {
				s--;
			}
			placed[l - 1] = s - 1;
			s--;
		}
		return placed;
	}

	private static double centre(AlignedRows.Span span) {
		return (span.start() + span.end()) / 2.0;
	}

	private static boolean headerWord(AlignedRows.Span span) {
		String text = span.text().strip();
		return text.length() <= CELL && !text.endsWith("。") && !HeaderRows.isFigure(text);
	}

	/** The first line with a figure after the header, past blank lines and at most two lines of words (施策１－１ …). */
	private static List<AlignedRows.Span> firstRow(List<List<AlignedRows.Span>> spans, int from) {
		int words = 0;
		for (int j = from; j < spans.size() && j < from + 8; j++) {
			List<AlignedRows.Span> line = spans.get(j);
			if (line.isEmpty()) {
				continue;
			}
			if (line.stream().anyMatch(span -> HeaderRows.isFigure(span.text().strip())) || ++words > 2) {
				return line;
			}
		}
		return List.of();
	}

	/** A row with a cell under the middle line's first and one under each two-line cell, figures among them. */
	private static boolean rowUnder(List<AlignedRows.Span> row, List<AlignedRows.Span> middle, List<AlignedRows.Span> above) {
		// １　子どもを…: a row's number may stand apart from its name, under the same label
		int cells = middle.size() + above.size();
		return !row.isEmpty() && (row.size() == cells || row.size() == cells + 1 && row.get(0).text().strip().matches("[0-9０-９]{1,2}"))
				&& row.get(0).start() < above.get(0).start()
				&& row.stream().anyMatch(span -> HeaderRows.isFigure(span.text().strip()));
	}
}
