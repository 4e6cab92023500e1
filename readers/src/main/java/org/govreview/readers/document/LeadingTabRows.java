package org.govreview.readers.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Word tables as Apache Tika prints a document's text: a tab before every cell, the cells of a row on one line until a
 * cell of several paragraphs breaks it, that cell's later paragraphs on lines of their own with no tab, and the cells
 * after it each on a line that starts with its tab ({@code ⇥1-1⇥こども医療費…⇥令和６年４月から…} / {@code 受給資格者は…} /
 * {@code ⇥◎} / {@code 達成} / {@code ⇥こども課}). A row starts on a line that opens with a tab and holds two cells or
 * more; the lines up to the next such line are the rest of it. A run whose rows all come out as wide as its first
 * (the header) is rewritten one tab-separated line a row, each cell's paragraphs joined (two offices as 健康増進課、こども課);
 * any other run is left as it was. Only a text with three such row lines at least is looked at. Stateless.
 */
final class LeadingTabRows {

	private static final int MIN_ROWS = 3;

	private LeadingTabRows() {
	}

	static List<BoxRows.Printed> joined(List<BoxRows.Printed> lines) {
		if (lines.stream().filter(line -> opensRow(line.text())).count() < MIN_ROWS) {
			return lines;
		}
		List<BoxRows.Printed> out = new ArrayList<>(lines.size());
		int i = 0;
		while (i < lines.size()) {
			if (!opensRow(lines.get(i).text())) {
				out.add(lines.get(i));
				i++;
				continue;
			}
			List<List<String>> rows = new ArrayList<>();
			List<BoxRows.Printed> firsts = new ArrayList<>();
			int j = i;
			while (j < lines.size() && opensRow(lines.get(j).text())) {
				List<String> row = new ArrayList<>(cells(lines.get(j).text()));
				firsts.add(lines.get(j));
				int next = j + 1;
				while (next < lines.size() && !opensRow(lines.get(next).text())) {
					String text = lines.get(next).text();
					if (text.startsWith("\t") && text.indexOf('\t', 1) < 0) {
						// ⇥◎, or a tab alone: the next cell, empty where nothing follows its tab
						row.addAll(cells(text));
					}
					else if (text.isBlank() || text.indexOf('\t') >= 0) {
						// 主な取組⇥①…: a sheet's row, whose first cell is filled, is no paragraph of a cell
						break;
					}
					else if (!rows.isEmpty() && row.size() >= rows.get(0).size() && !cellGoesOn(lines, next)
							&& !SpilledTabRows.secondOffice(row.get(row.size() - 1), text.strip())) {
						// a paragraph after the table's last row, no part of its last cell; a second office is
						break;
					}
					else {
						row.set(row.size() - 1, SpilledTabRows.withParagraph(row.get(row.size() - 1), text.strip()));
					}
					next++;
				}
				rows.add(row);
				j = next;
				while (j + 1 < lines.size() && lines.get(j).text().isBlank() && rows.size() > 1
						&& (rows.get(0).size() == row.size() || rows.size() == 2 && opensRow(lines.get(j + 1).text())
								&& cells(lines.get(j + 1).text()).size() == rows.get(0).size() + row.size())
						&& (opensRow(lines.get(j + 1).text()) || lines.get(j + 1).text().isBlank())) {
					// an empty paragraph the writer left after a row: the table goes on under it
					j++;
				}
			}
			if (rows.size() > 2 && rows.get(0).size() + rows.get(1).size() == rows.get(2).size()
					&& rows.get(1).size() < rows.get(0).size()) {
				// ⇥基本政策⇥項目数⇥◎ / 達成 / … / ⇥進捗率⇥前年度 / 進捗率: a header whose cell of two paragraphs broke its
				// line before two cells more
				rows.get(0).addAll(rows.remove(1));
				firsts.remove(1);
			}
			while (j > i + 1 && lines.get(j - 1).text().isBlank()) {
				j--;
			}
			int width = rows.get(0).size();
			boolean spilled = j > i + rows.size();
			if (rows.size() < 2 || !spilled || rows.stream().anyMatch(row -> row.size() != width)) {
				out.addAll(lines.subList(i, j));
			}
			else {
				for (int r = 0; r < rows.size(); r++) {
					out.add(new BoxRows.Printed(String.join("\t", rows.get(r)), firsts.get(r).number(), firsts.get(r).page()));
				}
			}
			i = j;
		}
		return out;
	}

	/**
	 * Whether the paragraph at {@code line}, after a row already as wide as the header, is its last cell's: the lines
	 * without tabs from it are followed, past empty lines, by the table's next row or cell.
	 */
	private static boolean cellGoesOn(List<BoxRows.Printed> lines, int line) {
		int next = line;
		while (next < lines.size() && !lines.get(next).text().isBlank() && lines.get(next).text().indexOf('\t') < 0) {
			next++;
		}
		while (next < lines.size() && lines.get(next).text().isBlank() && !lines.get(next).text().startsWith("\t")) {
			next++;
		}
		return next < lines.size() && lines.get(next).text().startsWith("\t");
	}

	/** ⇥1-1⇥こども医療費…: a line that opens with a tab and holds two cells or more. */
	private static boolean opensRow(String line) {
		return line.startsWith("\t") && line.indexOf('\t', 1) > 0 && !line.isBlank();
	}

	private static List<String> cells(String line) {
		return Arrays.stream(line.substring(1).split("\t", -1)).map(String::strip).toList();
	}
}
