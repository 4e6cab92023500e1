package org.govreview.readers.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A table under its caption (表1　泉区の人口等の推移) that a browser's reader view or a copy from a page printed one cell
 * a line, rows maybe apart by a blank line: the header's words (区分 / 令和3年度 / 令和4年度 / 令和5年度), then each row
 * its name over as many figures as the header has columns after the first. The header is as wide as the lines before
 * the first figure, less the row's name; where every row has exactly that shape the cells are put back as tab rows.
 * Anything less regular is left as printed. Stateless.
 */
final class CaptionedCells {

	/** 表1　…, 表 2 …: a table's caption. */
	private static final Pattern CAPTION = Pattern.compile("^表\\s*[0-9０-９]{1,2}[\\s　.．:：]");

	private static final int MIN_COLUMNS = 2;

	private static final int MAX_COLUMNS = 8;

	private static final int MIN_ROWS = 2;

	private static final int CELL_LENGTH = 30;

	private CaptionedCells() {
	}

	static List<BoxRows.Printed> rows(List<BoxRows.Printed> lines) {
		List<BoxRows.Printed> out = new ArrayList<>(lines.size());
		int i = 0;
		while (i < lines.size()) {
			out.add(lines.get(i));
			if (CAPTION.matcher(lines.get(i).text().strip()).lookingAt()) {
				int taken = table(lines, i + 1, out);
				i += 1 + taken;
				continue;
			}
			i++;
		}
		return out;
	}

	/** Adds the rows of the table that starts at line {@code at} to {@code out}; how many lines they took, or 0. */
	private static int table(List<BoxRows.Printed> lines, int at, List<BoxRows.Printed> out) {
		int start = at;
		while (start < lines.size() && lines.get(start).text().isBlank()) {
			start++;
		}
		int columns = -1;
		boolean blankAfterHeader = false;
		for (int k = start; k < Math.min(lines.size(), start + MAX_COLUMNS + 2); k++) {
			String text = lines.get(k).text().strip();
			if (text.isEmpty()) {
				// 区分 / 令和3年度 / … then a blank line: the header is the group above it
				columns = k - start;
				blankAfterHeader = true;
				break;
			}
			if (HeaderRows.isFigureOrNone(text)) {
				columns = k - start - 1;
				break;
			}
		}
		if (columns < MIN_COLUMNS || columns > MAX_COLUMNS) {
			return 0;
		}
		List<List<BoxRows.Printed>> rows = new ArrayList<>();
		rows.add(lines.subList(start, start + columns));
		int k = start + columns + (blankAfterHeader ? 1 : 0);
		int end = k;
		while (k + columns <= lines.size()) {
			List<BoxRows.Printed> row = lines.subList(k, k + columns);
			String name = row.get(0).text().strip();
			if (name.isEmpty() || HeaderRows.isFigureOrNone(name) || name.length() > CELL_LENGTH || name.contains("。")
					|| !row.subList(1, columns).stream().allMatch(cell -> HeaderRows.isFigureOrNone(cell.text().strip()))) {
				break;
			}
			rows.add(row);
			k += columns;
			end = k;
			// the blank line a page keeps between rows
			if (k < lines.size() && lines.get(k).text().isBlank() && k + 1 < lines.size() && !lines.get(k + 1).text().isBlank()) {
				k++;
			}
		}
		if (rows.size() - 1 < MIN_ROWS
				|| rows.get(0).stream().anyMatch(cell -> cell.text().strip().length() > CELL_LENGTH || cell.text().contains("。"))) {
			return 0;
		}
		for (List<BoxRows.Printed> row : rows) {
			out.add(new BoxRows.Printed(String.join("\t", row.stream().map(cell -> cell.text().strip()).toList()), row.get(0).number(),
					row.get(0).page()));
		}
		return end - at;
	}
}
