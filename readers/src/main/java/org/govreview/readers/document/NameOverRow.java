package org.govreview.readers.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A row of an aligned table whose name the column's width wrapped, printed with the figures on the name's last line
 * (管内産肉用牛の枝肉格付４等級以上 / の割合　％　78.4　80.2): the line the row begins with a particle no name starts
 * with, the name's first part alone on the line above at the same indent. The two are one row, on the first line's
 * number. Stateless.
 */
final class NameOverRow {

	/** の割合, を受けた人数: a name's tail, begun by a particle. */
	private static final Pattern TAIL = Pattern.compile("^[のをにとやへがはで][^\\s　]{0,20}(?: {2,}|　|\\t)\\S.*[0-9０-９].*$");

	/** A line of one text, no gap and no figure at its end: a name's first part. */
	private static final Pattern HEAD = Pattern.compile("^[^\\t]{2,40}$");

	private NameOverRow() {
	}

	static List<BoxRows.Printed> joined(List<BoxRows.Printed> printed) {
		List<BoxRows.Printed> out = new ArrayList<>(printed.size());
		for (int i = 0; i < printed.size(); i++) {
			BoxRows.Printed line = printed.get(i);
			String round = i + 2 < printed.size()
					? roundCells(line, printed.get(i + 1), printed.get(i + 2), i + 3 < printed.size() ? printed.get(i + 3) : null) : null;
			if (round != null) {
				// こうのす子育て世代包括支援センターの相談 / 件 1,842 … 2,500 Ａ / 件数（年間）: cells of two lines centred
				// beside the row's one-line cells, one line over them and one under
				BoxRows.Printed row = printed.get(i + 1);
				out.add(new BoxRows.Printed(round, row.number(), row.page()));
				i += 2;
				continue;
			}
			if (i + 1 < printed.size() && isHead(line.text()) && line.page() == printed.get(i + 1).page()) {
				String next = printed.get(i + 1).text();
				int indent = indent(line.text());
				if (Math.abs(indent - indent(next)) <= 1 && TAIL.matcher(next.strip()).matches()) {
					out.add(new BoxRows.Printed(line.text().stripTrailing() + next.stripLeading(), line.number(), line.page()));
					i++;
					continue;
				}
			}
			out.add(line);
		}
		return out;
	}

	/** Most cells of two lines set round a row, at the most. */
	private static final int MAX_ROUND = 2;

	/** A cell's line, at the most. */
	private static final int MAX_CELL = 40;

	/**
	 * A row of figures with cells empty where the lines over and under it hold cells of their own, each over the other
	 * (14 over （R2.4.1）), and nothing else: the row with those cells put in; null when the lines are no such cells.
	 */
	private static String roundCells(BoxRows.Printed head, BoxRows.Printed row, BoxRows.Printed tail, BoxRows.Printed after) {
		if (head.page() != row.page() || row.page() != tail.page() || head.text().indexOf('\t') >= 0 || row.text().indexOf('\t') >= 0
				|| tail.text().indexOf('\t') >= 0 || !row.text().matches(".*[0-9０-９].*")) {
			return null;
		}
		List<AlignedRows.Span> over = AlignedRows.split(head.text());
		List<AlignedRows.Span> cells = AlignedRows.split(row.text());
		List<AlignedRows.Span> under = AlignedRows.split(tail.text());
		if (cells.size() < 3 || over.isEmpty() || over.size() > MAX_ROUND || over.size() != under.size()) {
			return null;
		}
		java.util.SortedMap<Integer, String> merged = new java.util.TreeMap<>();
		for (AlignedRows.Span cell : cells) {
			merged.put(cell.start(), cell.text().strip());
		}
		for (int c = 0; c < over.size(); c++) {
			AlignedRows.Span top = over.get(c);
			AlignedRows.Span bottom = under.get(c);
			String text = top.text().strip() + bottom.text().strip();
			String upper = top.text().strip();
			String lower = bottom.text().strip();
			if (KeyedRowBlocks.isName(upper) && KeyedRowBlocks.isName(lower) || upper.length() < 2 || lower.length() < 2
					|| HeaderRows.isFigure(upper) && HeaderRows.isFigure(lower)) {
				// 下水道課 over 土木管理課 round the row: two offices sharing it; Ｂ over Ｃ, 12 over 34: the row above's
				// last cell and this row's, wrapped, no cell cut in two
				return null;
			}
			if (top.end() <= bottom.start() || bottom.end() <= top.start() || top.text().strip().length() > MAX_CELL
					|| bottom.text().strip().length() > MAX_CELL || text.contains("。")) {
				return null;
			}
			int from = Math.min(top.start(), bottom.start()) - 1;
			int to = Math.max(top.end(), bottom.end()) + 1;
			if (cells.stream().anyMatch(cell -> cell.start() < to && cell.end() > from)) {
				return null;
			}
			List<AlignedRows.Span> next = after == null || after.page() != row.page() || after.text().indexOf('\t') >= 0 ? List.of()
					: AlignedRows.split(after.text());
			if (next.size() >= 3 && next.stream().noneMatch(cell -> cell.start() < to && cell.end() > from)) {
				// 学校給食費の… / 1-2 … / 待機児童ゼロの… / 1-3 …: the line under the row is the next row's name, printed
				// over it as this row's was
				return null;
			}
			merged.put(Math.min(top.start(), bottom.start()), text);
		}
		return AlignedRows.printed(merged);
	}

	private static boolean isHead(String text) {
		String stripped = text.strip();
		return !stripped.isEmpty() && HEAD.matcher(stripped).matches() && !stripped.contains("  ") && !stripped.contains("　")
				&& !stripped.endsWith("。") && !stripped.matches(".*[0-9０-９]$");
	}

	private static int indent(String text) {
		return org.govreview.readers.text.DisplayWidth.indent(text);
	}
}
