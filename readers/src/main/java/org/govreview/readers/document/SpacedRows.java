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

	/** A header's word: a few kanji or kana, no figure, bracket, bullet or table rule. */
	private static final Pattern HEADER_WORD = Pattern.compile("^[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー・]{1,8}$");

	/** 柱１, 分野2: a label numbering the name after it. */
	private static final Pattern NUMBERED_LABEL = Pattern.compile("^[\\p{IsHan}]{1,3}[0-9０-９ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]{1,2}$");

	/** 【柱１】子どもの笑顔があふれるまち: a group's line among the rows, no spaces in it. */
	private static final Pattern GROUP_LINE = Pattern.compile("^[^ 　。]{2,40}$");

	private static final Pattern DIGIT = Pattern.compile("[0-9０-９]");

	private static final int MIN_COLUMNS = 3;

	private static final int MAX_COLUMNS = 10;

	private static final int MIN_ROWS = 3;

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
			int j = i + 1;
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
				else if (!GROUP_LINE.matcher(line).matches()) {
					break;
				}
			}
			if (rows.size() < MIN_ROWS) {
				continue;
			}
			read.set(i, String.join("\t", header));
			for (int row : rows) {
				String[] cells = cells(read.get(row));
				if (cells.length > header.length) {
					String[] joined = new String[header.length];
					joined[0] = cells[0] + " " + cells[1];
					System.arraycopy(cells, 2, joined, 1, header.length - 1);
					cells = joined;
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
