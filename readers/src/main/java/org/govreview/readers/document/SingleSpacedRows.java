package org.govreview.readers.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A table that an extraction in content order (pdftotext -raw, an OCR engine's plain text) printed with one space
 * between cells: a header of short words (指標 単位 Ｒ５実績 Ｒ６実績 Ｒ７目標) over rows that end on as many figures
 * (校区防災訓練の参加者数 人 9,214 9,862 10,500), a row's name wrapped onto lines of its own above its figures
 * (個別避難計画の作成件数 / （累計） / 件 486 713 900). Where at least two rows follow the header with one and the same
 * number of figures, they are put back as tab rows under it; anything less regular is left as printed. Stateless.
 */
final class SingleSpacedRows {

	private static final int MIN_COLUMNS = 3;

	private static final int MAX_COLUMNS = 9;

	private static final int MIN_ROWS = 2;

	/** How many lines a row's name may be wrapped over before its figures. */
	private static final int NAME_LINES = 3;

	private static final int NAME_LINE_LENGTH = 24;

	private static final int HEADER_WORD_LENGTH = 10;

	/** 【成果指標】, ※, ・, ①, 所管：: a line that opens something else, no row's name. */
	private static final Pattern OTHER_START = Pattern.compile("^(?:[【〔■□◆◇●○・※①-⑳]|所管|担当|出典|資料)");

	private SingleSpacedRows() {
	}

	static List<BoxRows.Printed> rows(List<BoxRows.Printed> lines) {
		List<BoxRows.Printed> out = new ArrayList<>(lines.size());
		int i = 0;
		while (i < lines.size()) {
			List<String> header = header(lines.get(i).text());
			Rows table = header == null ? null : table(lines, i, header.size());
			if (table != null) {
				out.add(new BoxRows.Printed(String.join("\t", header), lines.get(i).number(), lines.get(i).page()));
				out.addAll(table.rows());
				i = table.end();
				continue;
			}
			out.add(lines.get(i));
			i++;
		}
		return out;
	}

	/** The rows put back under a header, and the index of the first line after them. */
	private record Rows(List<BoxRows.Printed> rows, int end) {
	}

	/** The header's words, or null when the line is no header of short words. */
	private static List<String> header(String line) {
		String text = line.strip();
		if (!printedSingleSpaced(text) || text.contains("　") || text.matches(".*[。、，,：:].*")) {
			return null;
		}
		List<String> words = List.of(text.split(" "));
		if (words.size() < MIN_COLUMNS || words.size() > MAX_COLUMNS
				|| words.stream().anyMatch(word -> word.length() > HEADER_WORD_LENGTH || HeaderRows.isFigureOrNone(word))) {
			return null;
		}
		return words;
	}

	/** The rows under the header on line {@code at}, each with its name's lines joined; null when fewer than two follow. */
	private static Rows table(List<BoxRows.Printed> lines, int at, int columns) {
		List<BoxRows.Printed> rows = new ArrayList<>();
		List<BoxRows.Printed> name = new ArrayList<>();
		int figures = -1;
		int end = at + 1;
		for (int i = at + 1; i < lines.size(); i++) {
			String text = lines.get(i).text().strip();
			if (!printedSingleSpaced(text)) {
				break;
			}
			List<String> words = List.of(text.split(" "));
			int trailing = 0;
			while (trailing < words.size() && HeaderRows.isFigureOrNone(words.get(words.size() - 1 - trailing))) {
				trailing++;
			}
			if (trailing >= 1 && !name.isEmpty() && words.size() - trailing == columns - trailing) {
				// 有害鳥獣による農作物 千円 48,260 … / 被害額: a row complete without the lines before it, whose name a
				// browser wrapped under its figures; which row a line goes with cannot be told
				return null;
			}
			List<String> cells = trailing >= 1 && (figures < 0 || trailing == figures)
					? cells(words, trailing, columns, name) : null;
			if (cells != null) {
				figures = trailing;
				BoxRows.Printed first = name.isEmpty() ? lines.get(i) : name.get(0);
				rows.add(new BoxRows.Printed(String.join("\t", cells), first.number(), first.page()));
				name.clear();
				end = i + 1;
				continue;
			}
			if (name.size() < NAME_LINES && text.length() <= NAME_LINE_LENGTH && trailing == 0 && !text.contains("。")
					&& !OTHER_START.matcher(text).lookingAt() && header(text) == null) {
				name.add(lines.get(i));
				continue;
			}
			break;
		}
		return rows.size() < MIN_ROWS ? null : new Rows(rows, end);
	}

	/** A row's cells: its name (the lines it wrapped over first), the words before its figures, its figures; or null. */
	private static List<String> cells(List<String> words, int figures, int columns, List<BoxRows.Printed> name) {
		int named = columns - figures;
		if (named < 1) {
			return null;
		}
		List<String> leading = new ArrayList<>(words.subList(0, words.size() - figures));
		String wrapped = String.join("", name.stream().map(line -> line.text().strip()).toList());
		if (leading.size() > named) {
			// 区公式 LINE の子育て情報登録者数 人 …: a name with spaces in it, the cells after it one word each
			int spill = leading.size() - named + 1;
			String joined = String.join(" ", leading.subList(0, spill));
			leading = new ArrayList<>(leading.subList(spill, leading.size()));
			leading.add(0, joined);
		}
		if (leading.size() == named - 1 && !wrapped.isEmpty()) {
			leading.add(0, wrapped);
		}
		else if (leading.size() == named && !wrapped.isEmpty()) {
			leading.set(0, wrapped + leading.get(0));
		}
		if (leading.size() != named) {
			return null;
		}
		List<String> cells = new ArrayList<>(leading);
		cells.addAll(words.subList(words.size() - figures, words.size()));
		return cells;
	}

	/** Text with no tab, wide gap, rule or pipe: cells one space apart, if any. */
	private static boolean printedSingleSpaced(String text) {
		return !text.isEmpty() && text.indexOf('\t') < 0 && !text.contains("  ") && !RULED.matcher(text).find();
	}

	private static final Pattern RULED = Pattern.compile("[|｜\u2500-\u257F]");
}
