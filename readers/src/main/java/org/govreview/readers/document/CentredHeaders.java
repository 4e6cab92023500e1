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
			if (!header(above, middle, below) || !rowUnder(spans.get(i + 2), middle, above)) {
				continue;
			}
			StringBuilder header = new StringBuilder();
			for (AlignedRows.Span span : middle) {
				pad(header, span.start());
				header.append(span.text().strip());
			}
			for (int c = 0; c < above.size(); c++) {
				pad(header, above.get(c).start());
				header.append(above.get(c).text().strip()).append(below.get(c).text().strip());
			}
			BoxRows.Printed centre = lines.get(i);
			lines.set(i, new BoxRows.Printed(header.toString(), centre.number(), centre.page()));
			spans.set(i, AlignedRows.split(header.toString()));
			lines.remove(i + 1);
			lines.remove(i - 1);
			spans.remove(i + 1);
			spans.remove(i - 1);
		}
		return lines;
	}

	/** One-line cells in the middle, left of the two-line cells whose halves stand over one another. */
	private static boolean header(List<AlignedRows.Span> above, List<AlignedRows.Span> middle, List<AlignedRows.Span> below) {
		if (above.isEmpty() || middle.isEmpty() || above.size() != below.size()
				|| middle.get(middle.size() - 1).end() + 2 > above.get(0).start()) {
			return false;
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

	private static boolean headerWord(AlignedRows.Span span) {
		String text = span.text().strip();
		return text.length() <= CELL && !text.endsWith("。") && !HeaderRows.isFigure(text);
	}

	/** A row with a cell under the middle line's first and one under each two-line cell, figures among them. */
	private static boolean rowUnder(List<AlignedRows.Span> row, List<AlignedRows.Span> middle, List<AlignedRows.Span> above) {
		return row.size() == middle.size() + above.size() && row.get(0).start() < above.get(0).start()
				&& row.stream().anyMatch(span -> HeaderRows.isFigure(span.text().strip()));
	}

	private static void pad(StringBuilder line, int column) {
		int width = org.govreview.readers.text.DisplayWidth.of(line);
		line.append(" ".repeat(Math.max(line.length() == 0 ? 0 : 2, column - width)));
	}
}
