package org.govreview.readers.document;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Word table as docx2txt writes it: every paragraph of every cell followed by a blank line, an empty cell (the
 * rows a merged cell spans below its first) one more pair of blank lines, and nothing marking where a row ends. The
 * header's words, a line each, give the number of columns; the paragraphs after it fill the rows in order. A row of
 * one cell across the table (柱１⇥…) is a row of its own, and a department after the last column's is that cell's
 * second paragraph. The table ends at a heading or a sentence. Stateless.
 */
final class DoubleSpacedRows {

	private static final int MIN_COLUMNS = 3;

	private static final int MIN_ROWS = 2;

	private static final int MAX_HEADER = 12;

	/** 柱１⇥子どもを産み育てやすいまち（達成度 68.0％）: a group's row, one cell across the table. */
	private static final Pattern GROUP_ROW = Pattern.compile("^(?:柱|政策|分野|基本目標|基本方針|施策|公約)\\s*[0-9０-９]{1,2}[\\t　 ].+");

	private static final Pattern DEPARTMENT = Pattern.compile("^[^、。\\s]{1,20}(?:課|室|係|センター|局)$");

	private DoubleSpacedRows() {
	}

	private record Passage(String text, int first, int blanksAfter) {
	}

	/** The table whose header starts at {@code start}; empty when none starts there. */
	static Optional<OneCellRuns.Run> table(List<ModelBuilder.Line> lines, int start, Path file) {
		List<Passage> paragraphs = paragraphs(lines, start);
		if (paragraphs.size() > 1 && isHeaderCell(paragraphs.get(0).text()) && isHeaderCell(paragraphs.get(1).text())
				&& (paragraphs.get(0).text().endsWith(paragraphs.get(1).text())
						|| paragraphs.get(1).text().startsWith(paragraphs.get(0).text()))) {
			// 成果指標 over 指標 | 現状値 …: the table's caption, then its header; the caption heads no column
			return Optional.empty();
		}
		int columns = 0;
		int headerWords = 0;
		while (columns < paragraphs.size() && isHeaderCell(paragraphs.get(columns).text())) {
			headerWords += Words.isHeaderCell(paragraphs.get(columns).text()) ? 1 : 0;
			if (paragraphs.get(columns).blanksAfter() != 1) {
				columns++;
				break;
			}
			columns++;
		}
		if (columns < MIN_COLUMNS || headerWords * 2 < columns) {
			return Optional.empty();
		}
		List<List<Cell>> rows = new ArrayList<>();
		List<Cell> header = new ArrayList<>();
		for (int c = 0; c < columns; c++) {
			header.add(new Cell(paragraphs.get(c).text(), lines.get(paragraphs.get(c).first()).at(file)));
		}
		rows.add(header);
		List<Cell> row = new ArrayList<>();
		int end = paragraphs.get(columns - 1).first() + 1;
		int full = 0;
		for (int p = columns; p < paragraphs.size(); p++) {
			Passage paragraph = paragraphs.get(p);
			String text = paragraph.text();
			// 重点取組４　市民に親しまれる…: the next section's labelled heading, unless it names a group of the rows
			if (HeadingShapes.match(text, null).filter(heading -> heading.scheme() == NumberingScheme.NUMBER
					|| heading.scheme() == NumberingScheme.LABELLED && !GROUP_ROW.matcher(text).matches()).isPresent()
					|| text.contains("。") && text.length() > 30 || text.startsWith("【") || text.startsWith("※")) {
				break;
			}
			ModelBuilder.Line line = lines.get(paragraph.first());
			if (row.isEmpty() && GROUP_ROW.matcher(text).matches()) {
				rows.add(new ArrayList<>(List.of(new Cell(text.replace('\t', '　'), line.at(file)))));
			}
			else if (row.isEmpty() && rows.size() > 1 && DEPARTMENT.matcher(text).matches()) {
				// 生涯学習・スポーツ課 then 学校教育課: the department cell's second paragraph
				List<Cell> last = rows.get(rows.size() - 1);
				Cell cell = last.get(last.size() - 1);
				last.set(last.size() - 1, new Cell(cell.text() + "\n" + text, cell.location()));
			}
			else {
				row.add(new Cell(text, line.at(file)));
				if (row.size() == columns) {
					rows.add(row);
					row = new ArrayList<>();
					full++;
				}
			}
			// a merged cell's empty paragraphs: the cells of the next row it spans
			for (int empty = (paragraph.blanksAfter() - 1) / 2; empty > 0 && p + 1 < paragraphs.size(); empty--) {
				row.add(new Cell("", line.at(file)));
				if (row.size() == columns) {
					rows.add(row);
					row = new ArrayList<>();
				}
			}
			end = paragraph.first() + text.split("\n", -1).length;
		}
		if (full < MIN_ROWS || !row.isEmpty() && row.stream().anyMatch(cell -> !cell.isEmpty())) {
			return Optional.empty();
		}
		return Optional.of(new OneCellRuns.Run(Optional.empty(),
				new Table(rows, 1, lines.get(start).at(file), Table.Layout.ONE_CELL_PER_LINE), end));
	}

	private static boolean isHeaderCell(String text) {
		return !text.contains("\n") && text.length() <= MAX_HEADER && !text.matches(".*[0-9０-９。].*");
	}

	/** The paragraphs from {@code start}: runs of lines, with the blank lines after each. */
	private static List<Passage> paragraphs(List<ModelBuilder.Line> lines, int start) {
		List<Passage> paragraphs = new ArrayList<>();
		int i = start;
		while (i < lines.size() && paragraphs.size() < MAX_PARAGRAPHS) {
			int first = i;
			List<String> text = new ArrayList<>();
			while (i < lines.size() && !lines.get(i).isBlank()) {
				text.add(lines.get(i).stripped());
				i++;
			}
			int blanks = 0;
			while (i < lines.size() && lines.get(i).isBlank()) {
				blanks++;
				i++;
			}
			if (!text.isEmpty()) {
				paragraphs.add(new Passage(String.join("\n", text), first, blanks));
			}
		}
		return paragraphs;
	}

	private static final int MAX_PARAGRAPHS = 600;
}
