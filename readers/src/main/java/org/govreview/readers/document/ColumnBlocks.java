package org.govreview.readers.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A ruled table that a reading-order extraction (pdftotext without -layout or -raw) printed column by column, each
 * column a block between blank lines: the indicators' names, then their units, then 現状値（R5） over one figure a
 * line, then 目標値（R9） over as many. Where every column of figures holds exactly as many figures as there are names
 * (a bracket under a figure, （R6.4.1）, is that figure's own year), the columns are put back side by side as tab rows
 * at the place of the first name, under a header row; the blocks that only stood between them (【主な事業】) stay where
 * they were. Anything less regular is left as printed. Stateless.
 */
final class ColumnBlocks {

	/** 現状値, 目標値（R9）, 基準値: the word that heads a column of figures. */
	private static final Pattern VALUE_HEADER = Pattern
		.compile("^(?:現状値?|基準値?|目標値?|実績値?|策定時|計画策定時|中間目標値?|最終目標値?|現況値?)(?:[（(][^）)]{1,12}[）)])?$");

	/** （R5）, (令和５年度): the year under a column's word. */
	private static final Pattern YEAR_LINE = Pattern.compile("^[（(]\\s*(?:R|H|令和|平成)?\\s*[0-9０-９元]{1,4}\\s*(?:年度?)?[^）)]{0,8}[）)]$");

	/** 33.8, 3,412, 約1,200人, －: one figure, or the mark of none. */
	private static final Pattern FIGURE = Pattern
		.compile("^(?:約)?[0-9０-９][0-9０-９,，.．]*\\s*[^\\s0-9０-９（）()]{0,5}(?:[（(][^（）()]{1,12}[）)])?$|^[－―‐\\-—]$|^(?:策定|改定|導入|実施|完了|設置|開設|整備|運用|維持)$");

	/** 担当課, 担 当 課, 所管課: the word over a column of offices. */
	private static final Pattern OFFICE_HEADER = Pattern.compile("^(?:担\\s*当\\s*課|所\\s*管\\s*課|担\\s*当|所\\s*管|担当部署|主管課|担当部局)$");

	/** 工業振興課, 生涯学習スポーツ課: an office's name, whole. */
	private static final Pattern OFFICE = Pattern.compile("^[^\\s、。（）()]{1,20}(?:課|室|部|局|センター|事務所)$");

	/** （R6.4.1）, （累計）: a bracket of its own, the figure above's year or note. */
	private static final Pattern OWN_BRACKET = Pattern.compile("^[（(][^（）()]{1,14}[）)]$");

	/** ％, 人, か所, 千t-CO2: a unit alone on its line. */
	private static final Pattern UNIT = Pattern.compile("^(?:[^\\s0-9０-９（）()。、]{1,5}|[^\\s（）()。、]{0,4}CO2|[－―‐\\-—])$");

	/** 成果指標, 単位: a column's own word, over its block. */
	private static final Pattern NAME_HEADER = Pattern.compile("^(?:成果指標|指標|指標名|KPI|ＫＰＩ|重要業績評価指標|項目)$");

	private static final Pattern UNIT_HEADER = Pattern.compile("^単\\s*位$");

	/** How many blocks that are no column may stand among a table's columns (【主な事業】, a wrapped line's rest). */
	private static final int STRAYS = 2;

	private ColumnBlocks() {
	}

	static List<BoxRows.Printed> rows(List<BoxRows.Printed> lines) {
		List<int[]> blocks = blocks(lines);
		if (blocks.size() < 4) {
			return lines;
		}
		List<BoxRows.Printed> out = new ArrayList<>(lines);
		for (int b = 0; b < blocks.size(); b++) {
			int end = group(out, blocks, b);
			if (end > b) {
				b = end;
			}
		}
		return out;
	}

	/** Rewrites the table whose names start at block {@code b}; the last block it took, or -1. */
	private static int group(List<BoxRows.Printed> out, List<int[]> blocks, int b) {
		if (!isNames(out, blocks.get(b))) {
			return -1;
		}
		List<String> names = new ArrayList<>();
		List<String> units = new ArrayList<>();
		List<String> headers = new ArrayList<>();
		List<List<String>> columns = new ArrayList<>();
		List<int[]> taken = new ArrayList<>();
		int strays = 0;
		int last = b;
		for (int k = b; k < blocks.size(); k++) {
			int[] block = blocks.get(k);
			List<String> texts = texts(out, block);
			if (columns.isEmpty() && isNames(out, block)) {
				names.addAll(joinedNames(texts));
			}
			else if (columns.isEmpty() && !names.isEmpty() && texts.stream().allMatch(text -> UNIT.matcher(text).matches())
					&& units.size() + texts.size() <= names.size()) {
				units.addAll(texts);
			}
			else if (columns.isEmpty() && texts.size() == 1 && UNIT_HEADER.matcher(texts.get(0)).matches()) {
				// 単位 over its column, printed after the names' block
			}
			else if (VALUE_HEADER.matcher(texts.get(0)).matches() || !columns.isEmpty() && OFFICE_HEADER.matcher(texts.get(0)).matches()) {
				// 担当課 after the figures' columns: the offices of the rows, a name a line
				boolean offices = OFFICE_HEADER.matcher(texts.get(0)).matches();
				List<String> column = offices ? offices(texts, headers) : figures(texts, headers);
				// 24件（H30） / then, a blank line on, 18人（H30）: a column the extraction broke at a tall row goes on in
				// the blocks after it
				while (column != null && column.size() < names.size() && k + 1 < blocks.size()) {
					List<String> more = texts(out, blocks.get(k + 1));
					List<String> rest = offices ? offices(prepend("担当課", more), new ArrayList<>()) : figures(prepend("現状値", more), new ArrayList<>());
					if (rest == null || rest.isEmpty() || column.size() + rest.size() > names.size()) {
						break;
					}
					column.addAll(rest);
					k++;
					taken.add(blocks.get(k));
				}
				if (offices && (column == null || column.size() != names.size())) {
					// offices the names do not match one to one (教育委員会, two to a row): no column, the figures stand
					continue;
				}
				if (column == null || column.size() != names.size()) {
					return -1;
				}
				columns.add(column);
				last = k;
			}
			else if (!columns.isEmpty() && isNames(out, block)) {
				break;
			}
			else if (++strays > STRAYS) {
				break;
			}
			else {
				continue;
			}
			taken.add(block);
		}
		if (columns.isEmpty() || !units.isEmpty() && units.size() != names.size()) {
			return -1;
		}
		int[] first = blocks.get(b);
		BoxRows.Printed anchor = out.get(first[0]);
		List<BoxRows.Printed> rows = new ArrayList<>();
		List<String> header = new ArrayList<>(List.of("指標"));
		if (!units.isEmpty()) {
			header.add("単位");
		}
		header.addAll(headers);
		rows.add(new BoxRows.Printed(String.join("\t", header), anchor.number(), anchor.page()));
		for (int r = 0; r < names.size(); r++) {
			List<String> cells = new ArrayList<>(List.of(names.get(r)));
			if (!units.isEmpty()) {
				cells.add(units.get(r));
			}
			for (List<String> column : columns) {
				cells.add(column.get(r));
			}
			rows.add(new BoxRows.Printed(String.join("\t", cells), anchor.number(), anchor.page()));
		}
		for (int[] block : taken) {
			for (int i = block[0]; i < block[1]; i++) {
				BoxRows.Printed line = out.get(i);
				out.set(i, new BoxRows.Printed("", line.number(), line.page()));
			}
		}
		// the header over the names (成果指標) ends the block before them
		int above = first[0] - 1;
		while (above >= 0 && out.get(above).text().isBlank()) {
			above--;
		}
		if (above >= 0 && (NAME_HEADER.matcher(out.get(above).text().strip()).matches()
				|| UNIT_HEADER.matcher(out.get(above).text().strip()).matches())) {
			out.set(above, new BoxRows.Printed("", out.get(above).number(), out.get(above).page()));
			int before = above - 1;
			while (before >= 0 && out.get(before).text().isBlank()) {
				before--;
			}
			if (before >= 0 && NAME_HEADER.matcher(out.get(before).text().strip()).matches()) {
				out.set(before, new BoxRows.Printed("", out.get(before).number(), out.get(before).page()));
			}
		}
		List<BoxRows.Printed> spliced = new ArrayList<>(out.subList(0, first[0]));
		spliced.add(new BoxRows.Printed("", anchor.number(), anchor.page()));
		spliced.addAll(rows);
		spliced.add(new BoxRows.Printed("", anchor.number(), anchor.page()));
		spliced.addAll(out.subList(first[0], out.size()));
		out.clear();
		out.addAll(spliced);
		// the lines moved down: the blocks after are found again from here
		blocks.clear();
		blocks.addAll(blocks(out));
		int resume = 0;
		while (resume < blocks.size() && blocks.get(resume)[0] < first[0] + rows.size() + 2) {
			resume++;
		}
		return Math.max(b, resume - 1);
	}

	/** 現状値 / （R5） / 33.8 / 14.6 / 3,412: the figures, each with its own bracket; null when a line is no figure. */
	private static List<String> figures(List<String> texts, List<String> headers) {
		String header = texts.get(0);
		int i = 1;
		if (i < texts.size() && YEAR_LINE.matcher(texts.get(i)).matches()) {
			header += texts.get(i);
			i++;
		}
		List<String> figures = new ArrayList<>();
		for (; i < texts.size(); i++) {
			String text = texts.get(i);
			if (FIGURE.matcher(text).matches()) {
				figures.add(text);
			}
			else if (OWN_BRACKET.matcher(text).matches() && !figures.isEmpty()) {
				figures.set(figures.size() - 1, figures.get(figures.size() - 1) + text);
			}
			else {
				return null;
			}
		}
		headers.add(header);
		return figures;
	}

	private static List<String> prepend(String header, List<String> texts) {
		List<String> all = new ArrayList<>(List.of(header));
		all.addAll(texts);
		return all;
	}

	/** 担当課 / 工業振興課 / 生涯学習スポー / ツ課: the offices, a name its column's width cut joined; null when a line is none. */
	private static List<String> offices(List<String> texts, List<String> headers) {
		List<String> offices = new ArrayList<>();
		StringBuilder pending = new StringBuilder();
		for (String text : texts.subList(1, texts.size())) {
			if (text.contains("。") || FIGURE.matcher(text).matches() || text.length() > 20) {
				return null;
			}
			pending.append(text.replace(" ", ""));
			if (OFFICE.matcher(pending).matches()) {
				offices.add(pending.toString());
				pending.setLength(0);
			}
		}
		if (pending.length() > 0) {
			return null;
		}
		headers.add(texts.get(0).replace(" ", ""));
		return offices;
	}

	/**
	 * 中小企業の設備投資に対する支援件数 / （年間）, 創業支援事業計画に基づく創業者数（年 / 間）: a name its column's width
	 * wrapped, its rest a line of its own, joined back.
	 */
	private static List<String> joinedNames(List<String> texts) {
		List<String> names = new ArrayList<>();
		for (String text : texts) {
			String last = names.isEmpty() ? null : names.get(names.size() - 1);
			boolean open = last != null && count(last, '（') + count(last, '(') > count(last, '）') + count(last, ')');
			boolean qualifier = last != null && text.matches("^[（(][^（）()]{1,8}[）)]$") && !last.matches(".*[）)]$");
			if (open || qualifier) {
				names.set(names.size() - 1, last + text);
			}
			else {
				names.add(text);
			}
		}
		return names;
	}

	private static int count(String text, char c) {
		return (int) text.chars().filter(ch -> ch == c).count();
	}

	/** Lines of names: each long enough to name something, none a figure, a unit, a label or a sentence. */
	private static boolean isNames(List<BoxRows.Printed> lines, int[] block) {
		for (String text : joinedNames(texts(lines, block))) {
			if (text.length() < 4 || text.length() > 60 || text.contains("。") || FIGURE.matcher(text).matches()
					|| VALUE_HEADER.matcher(text).matches() || NAME_HEADER.matcher(text).matches()
					|| text.matches("^[【［\\[〔※・■●◆○◎].*") || text.contains("：") || text.contains(":")
					|| !text.matches(".*[\\p{IsHan}\\p{IsKatakana}].*") || text.matches(".*\\s{2,}.*")) {
				return false;
			}
		}
		return true;
	}

	private static List<String> texts(List<BoxRows.Printed> lines, int[] block) {
		List<String> texts = new ArrayList<>();
		for (int i = block[0]; i < block[1]; i++) {
			texts.add(lines.get(i).text().strip());
		}
		return texts;
	}

	/** The runs of lines with text, as [first, end). */
	private static List<int[]> blocks(List<BoxRows.Printed> lines) {
		List<int[]> blocks = new ArrayList<>();
		int start = -1;
		for (int i = 0; i <= lines.size(); i++) {
			boolean blank = i == lines.size() || lines.get(i).text().isBlank();
			if (!blank && start < 0) {
				start = i;
			}
			else if (blank && start >= 0) {
				blocks.add(new int[] { start, i });
				start = -1;
			}
		}
		return blocks;
	}
}
