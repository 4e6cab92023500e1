package org.govreview.readers.document;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One-cell-per-line tables whose leading columns are printed once for a group of rows (政策 | 評価点 | No. | 取組 |
 * 評価: 政策１ …, ５, then ① …, ◎, ② …, ○): the header names a key column (No., 番号); the cells before it stand
 * once at the head of each group, and each row of the group starts at a key (①, 1, (2)) with the cells from the key
 * column on, wrapped cells put back together. The group's cells go on the group's first row; its other rows leave
 * them empty.
 */
final class GroupedRows {

	/** No., 番号: the header of the column the rows are keyed in. */
	private static final Pattern KEY_HEADER = Pattern.compile("^(?:No\\.?|NO\\.?|№|番号)$");

	private static final int MAX_EXTRA_LINES = 3;

	private GroupedRows() {
	}

	static Optional<OneCellRuns.Run> table(List<ModelBuilder.Line> lines, int start, int columns, Path file) {
		int keyColumn = -1;
		for (int c = 1; c < columns && keyColumn < 0; c++) {
			if (KEY_HEADER.matcher(Words.key(lines.get(start + c).stripped())).matches()) {
				keyColumn = c;
			}
		}
		if (keyColumn < 1 || columns - keyColumn < 2) {
			return Optional.empty();
		}
		int keyed = columns - keyColumn;
		List<List<Cell>> rows = new ArrayList<>();
		rows.add(OneCellRuns.row(lines.subList(start, start + columns), file));
		List<ModelBuilder.Line> group = null;
		int groups = 0;
		int i = start + columns;
		while (true) {
			int j = OneCellRuns.skipFurniture(lines, i);
			if (j >= lines.size() || lines.get(j).isBlank()) {
				break;
			}
			List<ModelBuilder.Line> head = new ArrayList<>();
			if (!OneCellRuns.isKey(lines.get(j).stripped(), false)) {
				// 政策１ …, ５: the group's own cells, then its first key
				// a score under the group (５) may look like a key; the group's cells are as many as the columns before it
				while (head.size() < keyColumn && j < lines.size() && OneCellRuns.isCell(lines.get(j), head.isEmpty())) {
					head.add(lines.get(j));
					j++;
				}
				if (head.size() < keyColumn || j >= lines.size() || !OneCellRuns.isKey(lines.get(j).stripped(), false)) {
					break;
				}
				group = head;
				groups++;
			}
			if (group == null) {
				break;
			}
			int end = recordEnd(lines, j, keyed);
			List<ModelBuilder.Line> record = end < 0 ? null : OneCellRuns.fitted(lines.subList(j, end), keyed, false);
			if (record == null) {
				break;
			}
			List<Cell> row = new ArrayList<>();
			for (int c = 0; c < keyColumn; c++) {
				row.add(head.isEmpty() ? new Cell("", record.get(0).at(file)) : new Cell(head.get(c).stripped(), head.get(c).at(file)));
			}
			row.addAll(OneCellRuns.row(record, file));
			rows.add(row);
			i = end;
		}
		if (groups < 1 || rows.size() < 3) {
			return Optional.empty();
		}
		return Optional.of(new OneCellRuns.Run(Optional.empty(),
				new Table(rows, 1, lines.get(start).at(file), Table.Layout.ONE_CELL_PER_LINE), i));
	}

	/** Where the keyed row at {@code from} ends: at the next key, a blank line or the next group's head; -1 if too long. */
	private static int recordEnd(List<ModelBuilder.Line> lines, int from, int keyed) {
		int end = from + 1;
		while (end < lines.size() && end - from <= keyed + MAX_EXTRA_LINES) {
			ModelBuilder.Line line = lines.get(end);
			String text = line.stripped();
			if (line.isBlank() || ModelBuilder.isFurniture(line) || OneCellRuns.isKey(text, false) || !OneCellRuns.isCell(line, false)
					|| HeadingShapes.match(text, null).filter(heading -> !heading.title().isEmpty()).isPresent()) {
				break;
			}
			end++;
		}
		return end - from >= keyed && end - from <= keyed + MAX_EXTRA_LINES ? end : -1;
	}
}
