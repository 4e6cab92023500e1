package org.govreview.readers.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govreview.readers.text.DisplayWidth;

/**
 * A form whose labels stand in a column at the left of their values, as pdftotext -layout prints a form's rows: the
 * label set vertically in the middle of a value wrapped over several lines (具体的な取組 beside the value's third
 * line), and spaced out to the label column's width (部　の　使　命). The label is moved onto the first line of its
 * value and closed up, so that a label and its value read as every other label–value pair; the lines keep their
 * numbers. Stateless.
 */
final class LeftLabels {

	/** 部　の　使　命, 現 状 と 課 題, 重 点 目 標 １: a short label at the left, then a gap, then the value. */
	private static final Pattern LABELLED = Pattern.compile("^([ 　]{0,6})(\\S(?:[ 　]?\\S){1,11}?)([ 　]{2,})(?=\\S)(.*)$");

	/** What a label is made of: words, perhaps a number, no sentence and no figure with a unit. */
	private static final Pattern LABEL = Pattern.compile("^[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー・]{2,10}[0-9０-９]{0,2}$");

	private static final int MIN_VALUE = 3;

	/** Where a value column starts, at the least: further left, a line is text, not a form's value. */
	private static final int VALUE_COLUMN = 12;

	/** Two spaces or a full-width one inside a value: cells of a table, which this is not. */
	private static final Pattern CELL_GAP = Pattern.compile("\\S(?: {2,}|　{2,})\\S");

	/** 部　の　使　命: one letter, a space, one letter … */
	private static final Pattern LETTER_SPACED = Pattern.compile("^\\S(?:[ 　]\\S){1,9}$");

	/** 小　林　由美子, 福祉部長　佐藤　隆之: words a space apart in the value, names beside their roles. */
	private static final Pattern SPACED_WORDS = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}][ 　]+[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");

	private LeftLabels() {
	}

	static List<BoxRows.Printed> raised(List<BoxRows.Printed> printed) {
		List<BoxRows.Printed> lines = new ArrayList<>(printed);
		for (int i = 0; i < lines.size(); i++) {
			Matcher labelled = LABELLED.matcher(lines.get(i).text());
			if (!labelled.matches()) {
				continue;
			}
			String label = labelled.group(2).replaceAll("[ 　]", "");
			int column = DisplayWidth.of(lines.get(i).text(), 0, labelled.start(4));
			if (!LABEL.matcher(label).matches() || column < VALUE_COLUMN || CELL_GAP.matcher(labelled.group(4)).find()
					|| labelled.group(4).strip().length() < MIN_VALUE) {
				// オ　概　　要: the last letter of a label spaced wider, no value
				continue;
			}
			int first = i;
			while (first > 0 && isValueLine(lines.get(first - 1).text(), column)) {
				first--;
			}
			if (first < i && first > 0 && isLabelLine(lines.get(first - 1).text())) {
				// 部の使命　市民… then its value's lines, then 現状と課題: the lines above are the value of the label above
				first = i;
			}
			String indent = labelled.group(1);
			String value = " ".repeat(column) + labelled.group(4);
			if (first == i) {
				if (LETTER_SPACED.matcher(labelled.group(2)).matches() && !SPACED_WORDS.matcher(labelled.group(4).strip()).find()
						&& (i + 1 < lines.size() && isValueLine(lines.get(i + 1).text(), column) || label.matches(".*[0-9０-９]$"))) {
					// 部　の　使　命 on the line its wrapped sentence starts, 重 点 目 標 １ before its title: closed up, the
					// value where it stood
					lines.set(i, with(lines.get(i), pad(indent + label, column) + labelled.group(4)));
				}
				continue;
			}
			String top = lines.get(first).text();
			int topIndent = DisplayWidth.of(top, 0, top.length() - top.stripLeading().length());
			lines.set(first, with(lines.get(first), pad(indent + label, topIndent) + top.stripLeading()));
			lines.set(i, with(lines.get(i), value));
		}
		return lines;
	}

	private static boolean isLabelLine(String text) {
		Matcher labelled = LABELLED.matcher(text);
		return labelled.matches() && LABEL.matcher(labelled.group(2).replaceAll("[ 　]", "")).matches();
	}

	/** A line of a value wrapped in the value column: nothing left of it, no cells in it. */
	private static boolean isValueLine(String text, int column) {
		if (text.isBlank() || LABELLED.matcher(text).matches() && !text.startsWith(" ".repeat(column - 1))) {
			return false;
		}
		int indent = DisplayWidth.of(text, 0, text.length() - text.stripLeading().length());
		// ①… then its wrapped rest two columns further in: the label may stand beside either
		// further right it is no value's line but a page's number or a date set apart
		return indent >= column - 3 && indent <= column + 4 && !CELL_GAP.matcher(text.strip()).find();
	}

	private static String pad(String text, int column) {
		return text + " ".repeat(Math.max(2, column - DisplayWidth.of(text)));
	}

	private static BoxRows.Printed with(BoxRows.Printed line, String text) {
		return new BoxRows.Printed(text, line.number(), line.page());
	}
}
