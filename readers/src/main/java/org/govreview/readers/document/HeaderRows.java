package org.govreview.readers.document;

import java.text.Normalizer;
import org.govreview.readers.text.EvaluationMarks;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How many of a table's first rows are its header: a first row of header words (or of words over a body with
 * figures), and a second row that only qualifies the first (年度 in parentheses, units, years) under fewer columns,
 * or under more when a cell of the first spans several (目標値 over R6 | R7 | R8 | R9).
 */
final class HeaderRows {

	private HeaderRows() {
	}

	static int count(List<List<Cell>> rows) {
		if (rows.size() < 2) {
			return rows.size() == 1 && mostlyHeader(rows.get(0)) && rows.get(0).size() >= 3 ? 1 : 0;
		}
		List<Cell> first = rows.get(0);
		boolean header = mostlyHeader(first) || marksOverCounts(first, rows.subList(1, rows.size()))
				|| first.stream().noneMatch(cell -> isDatedFigure(cell.text())) && bodyHasFigures(rows.subList(1, rows.size()));
		if (!header) {
			return 0;
		}
		if (rows.size() > 2 && qualifies(rows.get(1), first)) {
			// 基準値 | 実績値 over （Ｒ７） | （％） over 値 | 年度 | Ｒ５ | Ｒ６: the parts of the spanning labels on a third line
			return rows.size() > 3 && isSubLabelRow(rows.get(2)) ? 3 : 2;
		}
		long filled = first.stream().filter(cell -> !cell.isEmpty()).count();
		if (filled * 2 <= first.size() && first.size() >= 4 && mostlyHeader(rows.get(1))
				&& rows.get(1).stream().filter(cell -> !cell.isEmpty()).count() > filled
				&& rows.get(1).stream().noneMatch(cell -> isFigure(cell.text()))) {
			// 基準 | 目標値 over a few columns of 施策 | 成果指標 | 単位 | 基準値 | 年度 | R6 …: a row of spanning words over the
			// header proper; 策定時 | 目標値 over 指標名 | 単位 | R4実績 … over （R1） | （R7）: and the years of its columns
			return rows.size() > 3 && qualifiers(rows.get(2)) ? 3 : 2;
		}
		if (rows.size() == 2 && mostlyHeader(first) && qualifies(rows.get(1), first)
				&& rows.get(1).stream().filter(cell -> isBracketOrYear(cell.text())).count() >= 2
				&& rows.get(1).stream().noneMatch(cell -> isFigure(cell.text()))) {
			// 基準値 | 実績値 | 目標値 | 達成 over （R5） | （R6） | 状況, the rows below it after a blank line: the years of
			// the columns, a header of two rows
			return 2;
		}
		if (rows.size() == 2 && mostlyHeader(first) && mostlyHeader(rows.get(1)) && qualifies(rows.get(1), first)
				&& rows.get(1).stream().noneMatch(cell -> isFigure(cell.text()))) {
			// 現状値 | 目標値 over 施策 | 成果指標 | 単位 | （令和4年度） | （令和10年度） | 所管課, the rows below it after a
			// blank line: a header of two rows standing alone
			return 2;
		}
		return 1;
	}

	/** 値 | 年度 | Ｒ５ | Ｒ６, 年度末 | 前年度末: a row of short labels, two or more, that name the parts of a spanning label and hold no figure. */
	private static boolean isSubLabelRow(List<Cell> row) {
		List<String> filled = row.stream().map(Cell::text).map(String::strip).filter(text -> !text.isEmpty()).toList();
		return filled.size() >= 2 && filled.stream().allMatch(text -> SUB_LABEL.matcher(text).matches() && !isFigure(text));
	}

	private static final java.util.regex.Pattern SUB_LABEL = java.util.regex.Pattern
		.compile("^(?:[\\p{IsHan}\\p{IsKatakana}ー]{1,3}|(?:前|当|本|昨)年度末?|[ＲRＨH][0-9０-９元]{1,2}(?:年度)?|[0-9０-９]{4}年度?)$");

	/** A row of bracketed qualifiers only ((R1) | (R7) | (%)), two or more. */
	private static boolean qualifiers(List<Cell> row) {
		return row.stream().filter(cell -> !cell.isEmpty()).count() >= 2
				&& row.stream().allMatch(cell -> cell.isEmpty() || isBracketed(cell.text()));
	}

	/**
	 * A second row of qualifiers only ((R4) | R6 | R7 …) that is shorter than the body rows and has lost its blank
	 * first cell stands over their last columns: a PDF drops the blank cells before it, so it is moved right to end
	 * under the last column.
	 */
	static void alignQualifiers(List<List<Cell>> rows) {
		if (rows.size() < 3) {
			return;
		}
		List<Cell> second = rows.get(1);
		int width = rows.subList(2, rows.size()).stream().mapToInt(List::size).max().orElse(0);
		boolean qualifiers = !second.isEmpty() && second.stream().allMatch(cell -> cell.isEmpty() || isQualifier(cell.text()))
				&& second.stream().anyMatch(cell -> !cell.isEmpty());
		if (!qualifiers || second.size() >= width || second.get(0).text().isEmpty()) {
			return;
		}
		int offset = width - second.size();
		List<Cell> first = rows.get(0);
		if (!under(first, offset, second.size())) {
			// R元 | R3 | R4 | R5 | R7 under 基準値 | 実績値 | | | 目標値 with 達成率 | 評価 after them: the one place they fit
			List<Integer> fits = java.util.stream.IntStream.range(0, offset)
				.filter(start -> under(first, start, second.size()))
				.boxed()
				.toList();
			if (fits.size() != 1) {
				return;
			}
			offset = fits.get(0);
		}
		rows.set(1, Wraps.shiftedRight(second, offset));
	}

	/** Whether the header cells from {@code start} can head qualifiers: a value's column, or empty under one. */
	private static boolean under(List<Cell> header, int start, int count) {
		if (start >= header.size() || header.get(start).isEmpty()) {
			return false;
		}
		// past the header's last cell: under that cell, spanning the columns after it
		for (int c = start; c < Math.min(start + count, header.size()); c++) {
			String text = Normalizer.normalize(header.get(c).text(), Normalizer.Form.NFKC);
			if (!text.isEmpty() && (!text.matches(".*(?:値|目標|実績|基準|現状|見込|策定時|年度|[0-9]).*")
					|| text.matches(".*(?:率|評価|区分|単位|担当|所管|備考).*"))) {
				return false;
			}
		}
		return true;
	}

	static boolean mostlyHeader(List<Cell> row) {
		long filled = row.stream().filter(cell -> !cell.isEmpty()).count();
		long header = row.stream().filter(cell -> Words.isHeaderCell(cell.text())).count();
		return filled >= 2 && header * 2 >= filled;
	}

	/** 政策の柱 | 項目数 | ◎ | ○ | △ | × over rows of counts: marks that head the columns counting them. */
	private static boolean marksOverCounts(List<Cell> first, List<List<Cell>> body) {
		int marks = 0;
		// under the marks, a row of the words they stand for (実施済み | 順調 …) still heads the counts
		List<List<Cell>> counts = !body.isEmpty() && body.get(0).stream().noneMatch(cell -> isFigure(cell.text()))
				? body.subList(1, body.size()) : body;
		for (int c = 0; c < first.size(); c++) {
			int column = c;
			// ＫＰＩ数 | 9件 … and 割合 | 37.5％ … under the marks: their counts, and the shares those make
			if (LONE_MARK.matcher(first.get(c).text().strip()).matches() && !counts.isEmpty() && counts.stream()
				.filter(row -> column < row.size() && !row.get(column).isEmpty())
				.allMatch(row -> Normalizer.normalize(row.get(column).text(), Normalizer.Form.NFKC).strip().matches("^\\d{1,3}(?:件|項目)?$|^\\d{1,3}(?:\\.\\d)?%$"))
					&& counts.stream().anyMatch(row -> column < row.size()
							&& Normalizer.normalize(row.get(column).text(), Normalizer.Form.NFKC).strip().matches("^\\d{1,3}(?:件|項目)?$"))) {
				marks++;
			}
		}
		return marks >= 2 && first.stream().noneMatch(cell -> !LONE_MARK.matcher(cell.text().strip()).matches() && isFigure(cell.text()));
	}

	/** ◎, ○, △: a mark alone in its cell. */
	private static final Pattern LONE_MARK = Pattern.compile("^[◎○〇△×●▲－" + EvaluationMarks.FILLS + "]$");

	private static boolean bodyHasFigures(List<List<Cell>> body) {
		return body.stream().flatMap(List::stream).anyMatch(cell -> isFigure(cell.text()));
	}

	private static boolean qualifies(List<Cell> second, List<Cell> first) {
		// 成果指標 over 成果指標 where a cell spans both header rows (rowspan): the copy below qualifies nothing
		List<Cell> own = new ArrayList<>();
		int copies = 0;
		for (int c = 0; c < second.size(); c++) {
			Cell cell = second.get(c);
			if (!cell.isEmpty() && c < first.size() && cell.text().equals(first.get(c).text())) {
				copies++;
			}
			else if (!cell.isEmpty()) {
				own.add(cell);
			}
		}
		long filled = own.size();
		long firstFilled = first.stream().filter(cell -> !cell.isEmpty()).count() - copies;
		boolean spanning = second.size() > first.size() && mostlyHeader(first)
				&& own.stream().allMatch(cell -> isQualifier(cell.text()));
		return filled > 0 && (filled < firstFilled || spanning || copies > 0 && filled <= 2 * firstFilled)
				&& own.stream().allMatch(cell -> isQualifier(cell.text()) || Words.isHeaderCell(cell.text()))
				|| underSpanningCells(second, first, copies);
	}

	/**
	 * 政策分野 | No. | 評価 | | | 担当課 over 政策分野 | No. | R5（参考） | R6 | 評価点 | 担当課: the cells spanning both rows
	 * copied, and words only under a cell spanning columns (the blanks after it), no figure: the second row of a header.
	 */
	private static boolean underSpanningCells(List<Cell> second, List<Cell> first, int copies) {
		// 達成度（％） over 令和６年度 | （参考）令和５年度: the upper row's last cell spans the columns its row leaves out
		if (copies < 2 || second.size() != first.size() && !(second.size() > first.size() && !first.isEmpty()
				&& !first.get(first.size() - 1).isEmpty())) {
			return false;
		}
		boolean own = false;
		for (int c = 0; c < second.size(); c++) {
			Cell cell = second.get(c);
			if (cell.isEmpty() || c < first.size() && cell.text().equals(first.get(c).text())) {
				continue;
			}
			boolean spanned = c >= first.size() - 1 || first.get(c).isEmpty() || first.get(c + 1).isEmpty();
			// 評価別の取組数 over ● | ◕ | ◑: the marks that head the counts under them, no figures
			boolean mark = LONE_MARK.matcher(cell.text().strip()).matches();
			if (!spanned || isFigure(cell.text()) && !mark || cell.text().length() > 12) {
				return false;
			}
			own = true;
		}
		return own;
	}

	private static boolean isQualifier(String text) {
		String t = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
		// 中間（R9）, 最終（R14）: a short word and the year its column is for
		return isBracketOrYear(text) || t.matches("^(?:単位)?[:：]?[^0-9]{1,4}$") || t.matches("(?s)^[^0-9()]{1,4}\\s*\\(.{1,12}\\)$");
	}

	/** （R1）, （H30）, （%）: a short word in brackets and nothing else, as a header or a cell qualifies the one above. */
	static boolean isBracketed(String text) {
		return BRACKETED.matcher(text.strip()).matches();
	}

	private static final java.util.regex.Pattern BRACKETED = java.util.regex.Pattern.compile("^[（(][^（）()]{1,10}[）)]$");

	/** (令和4年度), R6, 2024年度: a cell that says when the column above it is, no column of its own. */
	static boolean isBracketOrYear(String text) {
		String t = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
		return t.matches("^\\(.{1,12}\\)$") || t.matches("^(?:[RHS]\\d{1,2}|(?:令和|平成)(?:\\d{1,2}|元)|\\d{4})(?:年度?)?末?$");
	}

	/** A figure, or one with the year it is for after it: 186社（R1）, 4,512億円（H30）. */
	static boolean isDatedFigure(String text) {
		return isFigure(Normalizer.normalize(text, Normalizer.Form.NFKC).strip().replaceFirst("(?<=.)\\([^()]{1,12}\\)$", ""));
	}

	/** A figure's cell: a figure, or the dash a table prints where it has none (－). */
	static boolean isFigureOrNone(String text) {
		return !text.isEmpty() && (isFigure(text) || NONE.matcher(text.strip()).matches());
	}

	private static final java.util.regex.Pattern NONE = java.util.regex.Pattern.compile("^[－―‐\\-—]$");

	/** A cell that is a figure: digits with a unit or a mark, not words. */
	static boolean isFigure(String text) {
		String t = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
		return t.matches("^[約▲△+\\-−]?[0-9][0-9,.]*[万億千]?[0-9,.]*(?:[^0-9]{0,4}|[^0-9]{0,3}m[23])$") || t.matches("^[★☆◎○△×●" + EvaluationMarks.FILLS + "]+$");
	}
}
