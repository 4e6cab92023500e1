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
			if (!isHeader(text(lines, at + n + 1))) {
				continue;
			}
			int units = run(lines, at + n + 2, ColumnRuns::isUnit);
			boolean unitColumn = units >= MIN_ROWS && units <= n && units >= n - MAX_WRAPS && isHeader(text(lines, at + n + 2 + units))
					&& allOf(lines, at + n + 3 + units, units, HeaderRows::isFigureOrNone);
			if (!unitColumn && !allOf(lines, at + n + 2, n, HeaderRows::isFigureOrNone)) {
				continue;
			}
			// 単位 over 人 / 人 / 万人, then the figures: as many rows as units, the names' wrapped lines joined
			int rows = unitColumn ? units : n;
			List<String> named = unitColumn ? unwrapped(cells(lines, at, n), rows) : cells(lines, at, n);
			if (named == null) {
				return 0;
			}
			List<String> names = named.subList(1, rows + 1);
			if (names.stream().filter(Words::isHeaderCell).count() * 2 > rows || names.stream().allMatch(ColumnRuns::isUnit)) {
				// 分野 / 項目数 / 得点 / 満点 / 達成率 / 子育て・教育 / 5 / 21 …: a header's words one a line, then its rows; 単位
				// over 人 / 万人 / 件: the units of the names printed before them, no names
				return 0;
			}
			List<List<String>> columns = new ArrayList<>();
			columns.add(named);
			int next = at + n + 1;
			if (unitColumn) {
				columns.add(cells(lines, next, rows));
				next += rows + 1;
			}
			columns.add(cells(lines, next, rows));
			next += rows + 1;
			n = rows;
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

	/** How many names may have wrapped onto a second line. */
	private static final int MAX_WRAPS = 2;

	/** 人, 万人, 件, ％, か所: a unit alone in its cell. */
	private static final Pattern UNIT = Pattern.compile(
			"^(?:[万千百]?(?:人|件|世帯|円|戸|台|本|回|校|社|店|冊|点|団体|施設|人日)|[％%‰]|か所|箇所|ha|㎡|m2|km|km2|㎢|t|kg|時間|日|年|歳)$");

	private static boolean isUnit(String cell) {
		return UNIT.matcher(cell.strip()).matches();
	}

	private static int run(List<BoxRows.Printed> lines, int from, java.util.function.Predicate<String> cell) {
		int n = 0;
		while (from + n < lines.size() && cell.test(text(lines, from + n))) {
			n++;
		}
		return n;
	}

	/**
	 * The header word and its names as {@code rows} names: a name the column's width wrapped goes on from the widest
	 * line (千葉都市モノレールの１日平均乗車 / 人員); null when the widest lines do not account for the extra lines.
	 */
	private static List<String> unwrapped(List<String> column, int rows) {
		List<String> names = new ArrayList<>(column.subList(1, column.size()));
		while (names.size() > rows) {
			int widest = names.stream().mapToInt(org.govreview.readers.text.DisplayWidth::of).max().orElse(0);
			int wrapped = -1;
			for (int k = 0; k + 1 < names.size(); k++) {
				if (org.govreview.readers.text.DisplayWidth.of(names.get(k)) >= widest - 2 && names.get(k + 1).length() < names.get(k).length()) {
					wrapped = k;
					break;
				}
			}
			if (wrapped < 0) {
				return null;
			}
			names.set(wrapped, names.get(wrapped) + names.remove(wrapped + 1));
		}
		List<String> out = new ArrayList<>();
		out.add(column.get(0));
		out.addAll(names);
		return out;
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
