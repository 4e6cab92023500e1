package org.govreview.readers.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
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
			List<String> stacked = header == null ? null : stacked(lines, i, header);
			if (stacked != null) {
				// 現状値 目標値 / 指標名 単位 方向 / (R5) (R9): the header's two-line labels printed a line above and below it
				// a header of three lines is evidence enough for a table of one row (its others over the page)
				Rows table = table(lines, i + 1, stacked.size(), 1);
				if (table != null && !out.isEmpty() && out.get(out.size() - 1) == lines.get(i - 1)) {
					out.remove(out.size() - 1);
					out.add(new BoxRows.Printed(String.join("\t", stacked), lines.get(i).number(), lines.get(i).page()));
					out.addAll(table.rows());
					i = table.end();
					continue;
				}
			}
			Rows table = header == null ? null : table(lines, i, header.size(), MIN_ROWS);
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

	/** ↑, ↓, →: the way a target lies, printed after the figures. */
	private static final Pattern DIRECTION = Pattern.compile("^[↑↓→↗↘]$");

	/** (R5), （R6.4.1）: a year or a date in brackets, under a label or a figure. */
	private static final Pattern BRACKETED_YEAR = Pattern.compile("^[(（](?:[RHSＲＨ]|令和|平成)[0-9０-９元.．]{1,8}[)）]$");

	/**
	 * The header on line {@code at} with the labels of the lines above and below it put in: labels over bracketed
	 * years as many (現状値 over (R5)), set where the first row's figures stand, before the labels of what follows the
	 * figures (方向 over ↑). Null when the lines round the header are no such labels.
	 */
	private static List<String> stacked(List<BoxRows.Printed> lines, int at, List<String> header) {
		if (at == 0 || at + 2 >= lines.size()) {
			return null;
		}
		String above = lines.get(at - 1).text().strip();
		String below = lines.get(at + 1).text().strip();
		if (!printedSingleSpaced(above) || !printedSingleSpaced(below) || above.matches(".*[。、，,：:].*")) {
			return null;
		}
		List<String> labels = List.of(above.split(" "));
		List<String> years = List.of(below.split(" "));
		if (labels.size() != years.size() || labels.stream().anyMatch(label -> label.length() > HEADER_WORD_LENGTH || HeaderRows.isFigureOrNone(label))
				|| years.stream().anyMatch(year -> !BRACKETED_YEAR.matcher(year).matches())) {
			return null;
		}
		List<String> row = List.of(lines.get(at + 2).text().strip().split(" "));
		int marks = 0;
		while (marks < row.size() && DIRECTION.matcher(row.get(row.size() - 1 - marks)).matches()) {
			marks++;
		}
		if (marks >= header.size()) {
			return null;
		}
		List<String> merged = new ArrayList<>(header.subList(0, header.size() - marks));
		for (int l = 0; l < labels.size(); l++) {
			merged.add(labels.get(l) + years.get(l));
		}
		merged.addAll(header.subList(header.size() - marks, header.size()));
		return merged.size() > MAX_COLUMNS ? null : merged;
	}

	/** The rows under the header on line {@code at}, each with its name's lines joined; null when fewer than two follow. */
	private static Rows table(List<BoxRows.Printed> lines, int at, int columns, int minRows) {
		List<BoxRows.Printed> rows = new ArrayList<>();
		List<BoxRows.Printed> name = new ArrayList<>();
		int figures = -1;
		int directionColumns = -1;
		boolean namesBefore = false;
		int end = at + 1;
		for (int i = at + 1; i < lines.size(); i++) {
			String text = lines.get(i).text().strip();
			if (!printedSingleSpaced(text)) {
				break;
			}
			List<String> words = List.of(text.split(" "));
			int marks = 0;
			while (marks < words.size() - 1 && DIRECTION.matcher(words.get(words.size() - 1 - marks)).matches()) {
				marks++;
			}
			List<String> directions = words.subList(words.size() - marks, words.size());
			words = words.subList(0, words.size() - marks);
			int trailing = trailing(words);
			List<String> parted = name.isEmpty() ? null : gluedApart(words, trailing);
			boolean glued = parted != null && trailing + 1 == (figures >= 0 ? figures : columns - marks - 1);
			if (glued) {
				// 生徒の割合８０．２％ ８５．０％: the rest of a wrapped name run into the first figure (pypdf)
				words = parted;
				trailing++;
			}
			if (trailing >= 1 && !name.isEmpty() && words.size() == columns - marks && !glued) {
				if (marks == 0 || rows.isEmpty() || namesBefore || !tail(rows, name, columns - marks - figures)) {
					// 有害鳥獣による農作物 千円 48,260 … / 被害額: a row complete without the lines before it, whose name a
					// browser wrapped under its figures; which row a line goes with cannot be told
					return null;
				}
				// … 人 9,842 12,000 ↑ / 間） / the next row: the lines between rows that end on a direction go on
				// with the row above, as pdfplumber prints a wrapped cell after its row
				name.clear();
			}
			List<String> cells = trailing >= 1 && (figures < 0 || trailing == figures) && (directionColumns < 0 || marks == directionColumns)
					? cells(words, trailing, columns - marks, name) : null;
			if (cells != null && marks > 0) {
				cells = new ArrayList<>(cells);
				cells.addAll(directions);
			}
			if (cells != null) {
				// a first row whose name was wrapped over the lines before it: the table's names are printed so
				namesBefore |= rows.isEmpty() && !name.isEmpty();
				directionColumns = marks;
				figures = trailing;
				BoxRows.Printed first = name.isEmpty() ? lines.get(i) : name.get(0);
				rows.add(new BoxRows.Printed(String.join("\t", cells), first.number(), first.page()));
				name.clear();
				end = i + 1;
				continue;
			}
			if (i + 1 < lines.size() && header(lines.get(i + 1).text()) != null
					&& stacked(lines, i + 1, header(lines.get(i + 1).text())) != null) {
				// 現状値 目標値 over the next table's header: no name's line
				break;
			}
			if (name.size() < NAME_LINES && text.length() <= NAME_LINE_LENGTH && trailing == 0 && !text.contains("。")
					&& !OTHER_START.matcher(text).lookingAt() && header(text) == null) {
				name.add(lines.get(i));
				continue;
			}
			break;
		}
		if (!name.isEmpty() && directionColumns > 0 && !namesBefore && tail(rows, name, columns - directionColumns - figures)) {
			// the last row's name wrapped under it
			end += name.size();
		}
		return rows.size() < minRows ? null : new Rows(rows, end);
	}

	private static int trailing(List<String> words) {
		int trailing = 0;
		while (trailing < words.size() && HeaderRows.isFigureOrNone(words.get(words.size() - 1 - trailing))) {
			trailing++;
		}
		return trailing;
	}

	/** The words with the one before the trailing figures parted into its text and the figure it ends on; or null. */
	private static List<String> gluedApart(List<String> words, int trailing) {
		if (trailing >= words.size()) {
			return null;
		}
		int at = words.size() - 1 - trailing;
		Matcher glued = GLUED_FIGURE.matcher(words.get(at));
		if (!glued.matches() || !HeaderRows.isFigureOrNone(glued.group(2))) {
			return null;
		}
		List<String> parted = new ArrayList<>(words.subList(0, at));
		parted.add(glued.group(1));
		parted.add(glued.group(2));
		parted.addAll(words.subList(at + 1, words.size()));
		return parted;
	}

	/** 生徒の割合８０．２％, 計）２校: words of a name, then a figure with no space between. */
	private static final Pattern GLUED_FIGURE = Pattern
		.compile("^(.*[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー）)」])([0-9０-９][0-9０-９,，.．]*[^0-9０-９,，.．\\s]{0,4})$");

	/**
	 * 間） or 診率 (R4) after a row: the end of the row's name, and the year of its first figure in brackets under it,
	 * added to the last row. False when a line holds anything else.
	 */
	private static boolean tail(List<BoxRows.Printed> rows, List<BoxRows.Printed> name, int firstFigure) {
		if (rows.isEmpty() || firstFigure < 1) {
			return false;
		}
		BoxRows.Printed last = rows.get(rows.size() - 1);
		List<String> cells = new ArrayList<>(List.of(last.text().split("\t", -1)));
		for (BoxRows.Printed line : name) {
			for (String word : line.text().strip().split(" ")) {
				if (BRACKETED_YEAR.matcher(word).matches()) {
					cells.set(firstFigure, cells.get(firstFigure) + word);
				}
				else if (!HeaderRows.isFigureOrNone(word) && !DIRECTION.matcher(word).matches()) {
					cells.set(0, cells.get(0) + word);
				}
				else {
					return false;
				}
			}
		}
		rows.set(rows.size() - 1, new BoxRows.Printed(String.join("\t", cells), last.number(), last.page()));
		return true;
	}

	/** A row's cells: its name (the lines it wrapped over first), the words before its figures, its figures; or null. */
	private static List<String> cells(List<String> words, int figures, int columns, List<BoxRows.Printed> name) {
		int named = columns - figures;
		if (named < 1) {
			return null;
		}
		List<String> leading = new ArrayList<>(words.subList(0, words.size() - figures));
		// 要介護認定を受けていない 高齢者の: a space pypdf put inside a name where its font changed
		String wrapped = String.join("", name.stream().map(line -> INNER_SPACE.matcher(line.text().strip()).replaceAll("")).toList());
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

	private static final Pattern INNER_SPACE = Pattern
		.compile("(?<=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー・（「]) (?=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー・）」])");

	/** Text with no tab, wide gap, rule or pipe: cells one space apart, if any. */
	private static boolean printedSingleSpaced(String text) {
		return !text.isEmpty() && text.indexOf('\t') < 0 && !text.contains("  ") && !RULED.matcher(text).find();
	}

	private static final Pattern RULED = Pattern.compile("[|｜\u2500-\u257F]");
}
