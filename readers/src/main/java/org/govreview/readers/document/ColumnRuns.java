package org.govreview.readers.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A table that an extraction in content order (pdftotext -raw) printed one column after another with no blank line
 * between them: 項目 over its names a line each, then 早良区 over as many figures, 市全体 over as many, 時点 over as
 * many dates. Where a header word is followed by names and then every further header word by exactly as many figures
 * (or dates, or the mark of none), the columns are put back side by side as tab rows at the place of the first name.
 * Anything less regular is left as printed. Stateless.
 */
final class ColumnRuns {

	private static final int MIN_ROWS = 3;

	private static final int MAX_ROWS = 15;

	private static final int MIN_COLUMNS = 3;

	private static final int HEADER_LENGTH = 8;

	private static final int NAME_LENGTH = 20;

	/** －, R7.1.1, 2025/4/1: a cell of a column of dates, or none. */
	private static final Pattern DATE_OR_NONE = Pattern
		.compile("^(?:[－―‐\\-—]|(?:[RHＲＨ]|令和|平成)?[0-9０-９]{1,4}[.．/年][0-9０-９]{1,2}(?:[.．/月][0-9０-９]{1,2}日?)?)$");

	private ColumnRuns() {
	}

	static List<BoxRows.Printed> rows(List<BoxRows.Printed> lines) {
		List<BoxRows.Printed> out = new ArrayList<>(lines.size());
		int i = 0;
		while (i < lines.size()) {
			int taken = table(lines, i, out);
			if (taken > 0) {
				i += taken;
				continue;
			}
			out.add(lines.get(i));
			i++;
		}
		return out;
	}

	/** Adds the table whose header word is on line {@code at} to {@code out}; how many lines it took, or 0. */
	private static int table(List<BoxRows.Printed> lines, int at, List<BoxRows.Printed> out) {
		if (!isHeader(text(lines, at)) || !allOf(lines, at + 1, MIN_ROWS - 1, ColumnRuns::isName)) {
			return 0;
		}
		for (int n = MIN_ROWS; n <= MAX_ROWS && at + 2 * n + 1 < lines.size(); n++) {
			if (!isName(text(lines, at + n))) {
				return 0;
			}
			if (!isHeader(text(lines, at + n + 1)) || !allOf(lines, at + n + 2, n, HeaderRows::isFigureOrNone)) {
				continue;
			}
			List<String> names = cells(lines, at, n).subList(1, n + 1);
			if (names.stream().filter(Words::isHeaderCell).count() * 2 > n) {
				// 分野 / 項目数 / 得点 / 満点 / 達成率 / 子育て・教育 / 5 / 21 …: a header's words one a line, then its rows
				return 0;
			}
			List<List<String>> columns = new ArrayList<>();
			columns.add(cells(lines, at, n));
			columns.add(cells(lines, at + n + 1, n));
			int next = at + 2 * n + 2;
			while (next < lines.size() && isHeader(text(lines, next))
					&& allOf(lines, next + 1, n, cell -> HeaderRows.isFigureOrNone(cell) || DATE_OR_NONE.matcher(cell).matches())) {
				columns.add(cells(lines, next, n));
				next += n + 1;
			}
			if (columns.size() < MIN_COLUMNS) {
				return 0;
			}
			for (int r = 0; r <= n; r++) {
				List<String> row = new ArrayList<>();
				for (List<String> column : columns) {
					row.add(column.get(r));
				}
				BoxRows.Printed line = lines.get(at + r);
				out.add(new BoxRows.Printed(String.join("\t", row), line.number(), line.page()));
			}
			return next - at;
		}
		return 0;
	}

	private static String text(List<BoxRows.Printed> lines, int i) {
		return i < lines.size() ? lines.get(i).text().strip() : "";
	}

	/** The header word on line {@code at} and the {@code n} cells under it. */
	private static List<String> cells(List<BoxRows.Printed> lines, int at, int n) {
		List<String> cells = new ArrayList<>();
		for (int k = 0; k <= n; k++) {
			cells.add(text(lines, at + k));
		}
		return cells;
	}

	private static boolean allOf(List<BoxRows.Printed> lines, int from, int n, java.util.function.Predicate<String> test) {
		if (from + n > lines.size()) {
			return false;
		}
		for (int k = 0; k < n; k++) {
			if (!test.test(text(lines, from + k))) {
				return false;
			}
		}
		return true;
	}

	private static boolean isHeader(String text) {
		return !text.isEmpty() && text.length() <= HEADER_LENGTH && !text.contains(" ") && !text.contains("\t")
				&& !HeaderRows.isFigureOrNone(text) && !DATE_OR_NONE.matcher(text).matches() && !text.matches(".*[。、：:【】（）()].*");
	}

	private static boolean isName(String text) {
		return !text.isEmpty() && text.length() <= NAME_LENGTH && !text.contains("\t") && !HeaderRows.isFigureOrNone(text)
				&& !text.matches(".*[。、].*");
	}
}
