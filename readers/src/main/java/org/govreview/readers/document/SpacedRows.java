package org.govreview.readers.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A table whose cells one space parts, as text copied from a PDF without its layout gives it: a header of short
 * words (番号 公約の項目 区分 担当課) over rows of as many space-parted cells (1-1 第３子以降の学校給食費の無償化 達成
 * 学校教育課), perhaps with a group's line between them (【柱１】子どもの笑顔があふれるまち). Japanese writes a cell
 * without spaces, so where a header and three rows or more agree on the count of cells, each space is a cell's edge;
 * those lines are set out with tabs. A row one cell longer whose first cell is a numbered label (柱１ 子どもの…) keeps
 * the label with the name after it. Stateless.
 */
final class SpacedRows {

	private static final Pattern SPACE = Pattern.compile("[ 　]");

	/** A header's word: a few kanji or kana (a bracketed qualifier after them), No., or a year; no bullet or rule. */
	private static final Pattern HEADER_WORD = Pattern
		.compile("^(?:No[.．]?|Ｎｏ[.．]?|(?:令和|平成|R|Ｒ|H|Ｈ)?[0-9０-９元]{1,4}年度?|[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー・]{1,8}(?:[（(][^（）()\\s]{1,12}[）)])?)$");

	/** 柱１, 分野2: a label numbering the name after it. */
	private static final Pattern NUMBERED_LABEL = Pattern.compile("^[\\p{IsHan}]{1,3}[0-9０-９ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]{1,2}$");

	/** 【柱１】子どもの笑顔があふれるまち: a group's line among the rows, no spaces in it. */
	private static final Pattern GROUP_LINE = Pattern.compile("^[^ 　。]{2,40}$");

	private static final Pattern DIGIT = Pattern.compile("[0-9０-９]");

	/** No., 番号: a column of row numbers, before the name. */
	private static final Pattern NUMBER_HEADER = Pattern.compile("^(?:No|Ｎｏ|番号)");

	/** 指標の説明, 備考, 事業概要: a column of running text, the one whose cells wrap onto lines of their own. */
	private static final Pattern DESCRIPTION = Pattern.compile("説明|備考|概要|内容|摘要|定義|状況|実績");

	/** 【柱１】…, ■施策２: a group's line among the rows, marked as one. */
	private static boolean isGroupHeading(String line) {
		return line.strip().matches("^[【■□◆◇●○〔\\[].*");
	}

	/** 件数, 率, 割合, 来場者数（累計）: how an indicator's name ends. */
	private static final Pattern INDICATOR_END = Pattern.compile("(?:数|率|割合|量|額|度|者|人口)(?:[（(][^（）()]{1,10}[）)])?$");

	/** A wrapped cell's rest on a line of its own: no space in it. */
	private static final Pattern WRAPPED_REST = Pattern.compile("^[^ 　]{1,40}$");

	/** 現状値, 目標値, 基準値, 実績: a column of figures, which a year line under the header dates. */
	private static final Pattern VALUE_HEADER = Pattern.compile("値|目標|実績|基準|現状|見込");

	/** （R5）, (令和9年度): a column's year in brackets. */
	private static final Pattern BRACKETED_YEAR = Pattern.compile("^[（(](?:R|H|令和|平成)?[0-9０-９元]{1,4}(?:年度?)?[）)]$");

	private static final int MIN_COLUMNS = 3;

	private static final int MAX_COLUMNS = 10;

	private static final int MIN_ROWS = 3;

	/** How long the rest of a wrapped name may be: a name column is narrow. */
	private static final int NAME_REST = 12;

	private SpacedRows() {
	}

	static List<BoxRows.Printed> tabbed(List<BoxRows.Printed> printed) {
		List<String> read = tabbedLines(printed.stream().map(BoxRows.Printed::text).toList());
		List<BoxRows.Printed> tabbed = new ArrayList<>(printed.size());
		for (int i = 0; i < printed.size(); i++) {
			BoxRows.Printed line = printed.get(i);
			tabbed.add(read.get(i).equals(line.text()) ? line : new BoxRows.Printed(read.get(i), line.number(), line.page()));
		}
		return tabbed;
	}

	private static List<String> tabbedLines(List<String> lines) {
		List<String> read = new ArrayList<>(lines);
		for (int i = 0; i < read.size(); i++) {
			String[] header = cells(read.get(i));
			if (header.length < MIN_COLUMNS || header.length > MAX_COLUMNS || read.get(i).indexOf('\t') >= 0
					|| !Arrays.stream(header).allMatch(word -> HEADER_WORD.matcher(word).matches())) {
				continue;
			}
			List<Integer> rows = new ArrayList<>();
			int described = -1;
			for (int c = header.length - 1; c >= 0 && described < 0; c--) {
				described = DESCRIPTION.matcher(header[c]).find() ? c : -1;
			}
			// 保育料を所得制限なしで無償化した。 under a row: the rest of its account, which a sentence may end
			boolean describing = described >= 0;
			boolean numbered = NUMBER_HEADER.matcher(header[0]).lookingAt();
			int j = i + 1;
			String[] years = j < read.size() ? cells(read.get(j)) : new String[0];
			long valueHeaders = Arrays.stream(header).filter(word -> VALUE_HEADER.matcher(word).find()).count();
			boolean yearLine = years.length > 0 && years.length == valueHeaders
					&& Arrays.stream(years).allMatch(year -> BRACKETED_YEAR.matcher(year).matches());
			if (yearLine) {
				// 指標名 単位 現状値 目標値 over （R5） （R9）: each value column's year, under its word
				int y = 0;
				for (int c = 0; c < header.length; c++) {
					if (VALUE_HEADER.matcher(header[c]).find()) {
						header[c] = header[c] + years[y++];
					}
				}
				j++;
			}
			for (; j < read.size(); j++) {
				String line = read.get(j).strip();
				if (line.isEmpty() || line.indexOf('\t') >= 0 || line.indexOf('|') >= 0 || line.indexOf('｜') >= 0) {
					break;
				}
				String[] cells = cells(line);
				int count = cells.length;
				// a row states a number, a code or a figure; 委員　鈴木 英明 under 副委員長　石井 奈緒子 is a roster of names
				boolean figured = Arrays.stream(cells).anyMatch(cell -> DIGIT.matcher(cell).find());
				if (figured && (count == header.length
						|| count == header.length + 1 && NUMBERED_LABEL.matcher(cells[0]).matches())) {
					rows.add(j);
				}
				else if (!GROUP_LINE.matcher(line).matches() && !(describing && !rows.isEmpty() && WRAPPED_REST.matcher(line).matches())) {
					break;
				}
			}
			if (rows.size() < MIN_ROWS) {
				continue;
			}
			read.set(i, String.join("\t", header));
			if (yearLine) {
				read.set(i + 1, "");
			}
			if (described < 0 && !numbered) {
				// 区分 単位 令和３年度 …: only the name before the unit and the figures is text that wraps
				described = 0;
			}
			java.util.Map<Integer, String> rests = new java.util.HashMap<>();
			for (int k = 0; k < rows.size() && described >= 0; k++) {
				// a description's rest, wrapped by the column's width onto a line of its own: that cell goes on
				int row = rows.get(k);
				int next = k + 1 < rows.size() ? rows.get(k + 1) : j;
				StringBuilder rest = new StringBuilder();
				for (int c = row + 1; c < next; c++) {
					String piece = read.get(c).strip();
					if (piece.matches("^[※＊*注].*") || described == 0 && piece.length() > NAME_REST) {
						// a note under the table, or a line too long for a name's rest: the table's cells end here
						break;
					}
					if (!piece.isEmpty() && !isGroupHeading(piece) && !NUMBERED_LABEL.matcher(piece).lookingAt()) {
						rest.append(piece);
						read.set(c, "");
					}
				}
				if (rest.length() > 0) {
					rests.put(row, rest.toString());
				}
			}
			for (int row : rows) {
				String[] cells = cells(read.get(row));
				if (cells.length > header.length) {
					String[] joined = new String[header.length];
					joined[0] = cells[0] + " " + cells[1];
					System.arraycopy(cells, 2, joined, 1, header.length - 1);
					cells = joined;
				}
				if (rests.containsKey(row)) {
					int name = numbered ? 1 : 0;
					String rest = rests.get(row);
					// 克雪住宅（屋根融雪・耐雪化）への改修 … over 支援件数（累計）: the rest of a name the column cut, not of the account
					boolean nameGoesOn = described != name && name < cells.length && INDICATOR_END.matcher(rest).find()
							&& !INDICATOR_END.matcher(cells[name]).find();
					int cell = nameGoesOn ? name : described;
					cells[cell] = cells[cell] + rest;
				}
				read.set(row, String.join("\t", cells));
			}
			i = j - 1;
		}
		return read;
	}

	private static String[] cells(String line) {
		String stripped = line.strip();
		return stripped.isEmpty() ? new String[0] : SPACE.split(stripped);
	}
}
