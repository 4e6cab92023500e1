package org.govreview.readers.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tab-separated tables as a word processor saves a document as plain text: each row one line with its cells parted
 * by tabs, except that a cell of several paragraphs spills its later paragraphs onto the next lines, the tabs of the
 * cells after it following the last paragraph ({@code 事業承継…⇥48件} / {@code （令和５年度）⇥80件} /
 * {@code （令和11年度）⇥商工港湾課}). Under a header of N cells, the lines of a row are put back together until it has
 * its N cells, each spilled paragraph joined to the cell it belongs to; a department alone on the line after a whole
 * row is that row's second department. A run that does not come out as whole rows is left as it was. Stateless.
 */
final class SpilledTabRows {

	/** 情報政策課: a second department under the last cell of a whole row. */
	private static final Pattern DEPARTMENT = Pattern.compile("^[^\\s\\t0-9０-９、。（）()]{1,12}(?:課|室|局|係|所|館|センター|事務局)$");

	private static final int MAX_SPILL = 6;

	private static final int MAX_NAME_LINE = 30;

	/** Characters of a line after a table's last row, before a blank line, that may end its last cell. */
	private static final int LAST_REST = 12;

	private SpilledTabRows() {
	}

	/** （令和５年度）⇥80件: a figure's year spilled onto the next line, the cells after it following: Word's plain text. */
	private static final Pattern SPILLED_YEAR = Pattern
		.compile("^[（(](?:(?:令和|平成|R|Ｒ|H|Ｈ)[0-9０-９元]{1,2}(?:年度?)?末?|[0-9０-９]{4}年度?)[）)]\t\\S");

	static List<BoxRows.Printed> joined(List<BoxRows.Printed> lines) {
		if (lines.stream().noneMatch(line -> SPILLED_YEAR.matcher(line.text()).find())) {
			// tab rows whose cells go on in lines of their own under the cell (a first cell left empty) are another
			// layout: only a document that shows spilled years is read so
			return lines;
		}
		List<BoxRows.Printed> out = new ArrayList<>(lines.size());
		int i = 0;
		while (i < lines.size()) {
			BoxRows.Printed header = lines.get(i);
			List<String> headerCells = cells(header.text());
			if (headerCells.size() < 3 || headerCells.stream().filter(Words::isHeaderCell).count() < 2
					|| !headerCells.stream().allMatch(Words::isColumnName)) {
				out.add(header);
				i++;
				continue;
			}
			int width = headerCells.size();
			out.add(header);
			int j = i + 1;
			boolean spilled = false;
			List<BoxRows.Printed> rows = new ArrayList<>();
			while (j < lines.size() && (lines.get(j).text().indexOf('\t') >= 0 || j + 1 < lines.size()
					&& !lines.get(j).text().isBlank() && lines.get(j).text().strip().length() <= MAX_NAME_LINE
					&& !lines.get(j).text().contains("。") && lines.get(j + 1).text().indexOf('\t') >= 0)) {
				BoxRows.Printed first = lines.get(j);
				List<String> row = cells(first.text());
				int next = j + 1;
				if (row.size() == 1) {
					// ワーケーション・お試し滞在の over 利用者数（年間）⇥412人…: the first cell's first paragraph
					List<String> more = cells(lines.get(next).text());
					row.set(0, Wraps.join(List.of(row.get(0), more.get(0))));
					row.addAll(more.subList(1, more.size()));
					next++;
				}
				// a spilled paragraph starts its line; a line that starts with a tab is a row of its own (its first cell
				// empty, as under a merged cell)
				while (row.size() < width && next < lines.size() && next - j <= MAX_SPILL && !lines.get(next).text().isBlank()
						&& !lines.get(next).text().startsWith("\t")) {
					List<String> more = cells(lines.get(next).text());
					row.set(row.size() - 1, Wraps.join(List.of(row.get(row.size() - 1), more.get(0))));
					row.addAll(more.subList(1, more.size()));
					next++;
				}
				if (row.size() != width) {
					break;
				}
				while (next < lines.size() && !lines.get(next).text().isBlank() && lines.get(next).text().indexOf('\t') < 0
						&& (DEPARTMENT.matcher(lines.get(next).text().strip()).matches()
								|| next + 1 < lines.size() && lines.get(next + 1).text().indexOf('\t') >= 0
										&& !opensNextRow(row.get(width - 1), lines.get(next).text().strip())
								|| (next + 1 >= lines.size() || lines.get(next + 1).text().isBlank())
										&& lines.get(next).text().strip().length() <= LAST_REST
										&& !opensNextRow(row.get(width - 1), lines.get(next).text().strip()))) {
					// 情報政策課 under 商工港湾課: a second department; 活動調査 before the next row: the last cell's rest
					String rest = lines.get(next).text().strip();
					row.set(width - 1, withParagraph(row.get(width - 1), rest));
					next++;
				}
				spilled |= next > j + 1;
				rows.add(new BoxRows.Printed(String.join("\t", row), first.number(), first.page()));
				j = next;
			}
			if (spilled) {
				out.addAll(rows);
				i = j;
			}
			else {
				i++;
			}
		}
		return out;
	}

	/** A cell with its next paragraph: a second office after an office (農政課、畜産課), else the text it goes on with. */
	static String withParagraph(String cell, String paragraph) {
		return secondOffice(cell, paragraph) ? cell + "、" + paragraph : Wraps.join(List.of(cell, paragraph));
	}

	/** 農政課, 総合教育センター: an office named in full. */
	static boolean isOffice(String text) {
		return DEPARTMENT.matcher(text).matches();
	}

	/** Whether a cell naming an office goes on with a paragraph naming another: 農政課 then 畜産課. */
	static boolean secondOffice(String cell, String paragraph) {
		return DEPARTMENT.matcher(cell).matches() && DEPARTMENT.matcher(paragraph).matches();
	}

	/** Whether a line between two rows starts the next one rather than ending the last cell of the one before. */
	private static boolean opensNextRow(String lastCell, String line) {
		return DEPARTMENT.matcher(lastCell).matches() || Wraps.UNFINISHED.matcher(line).find();
	}

	private static List<String> cells(String line) {
		return new ArrayList<>(Arrays.stream(line.split("\t", -1)).map(String::strip).toList());
	}
}
