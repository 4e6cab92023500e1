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

	/** 所　　　管: letters set wide apart to fill a label's column, which no name or phrase is. */
	private static final Pattern WIDE_SPREAD = Pattern.compile("^\\S(?:[ 　]{3,}\\S)+$");

	/** 部　の　使　命: one letter, a space, one letter … */
	private static final Pattern LETTER_SPACED = Pattern.compile("^\\S(?:[ 　]{1,16}\\S){1,9}$");

	/** 小　林　由美子, 福祉部長　佐藤　隆之: words a space apart in the value, names beside their roles. */
	private static final Pattern SPACED_WORDS = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}][ 　]+[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");

	private LeftLabels() {
	}

	/**
	 * Where a form label's value stands: its lines start at {@code floor} at the least, the value on the label's own
	 * line at {@code column}, and at {@code valueStart} in that line's characters.
	 */
	record ValueColumn(int floor, int column, int valueStart) {
	}

	static List<BoxRows.Printed> raised(List<BoxRows.Printed> printed) {
		List<BoxRows.Printed> lines = new ArrayList<>(printed);
		// オ　概　　要, the last letter of a label spaced wider with no value, is no form label
		java.util.TreeMap<Integer, ValueColumn> labels = labelColumns(printed);
		java.util.Map<Integer, Integer> centredFirst = centred(printed, labels) ? CentredLabels.firsts(printed, labels)
				: java.util.Map.of();
		for (int i : labels.keySet()) {
			// a line is changed only at or above the label it belongs to: this one is still as printed
			Matcher labelled = labelled(printed.get(i).text());
			String label = labelled.group(2).replaceAll("[ 　]", "");
			int column = labels.get(i).column();
			int first = valueAbove(printed, i, column);
			if (first < i && first > 0 && isLabelLine(printed.get(first - 1).text())) {
				// 部の使命　市民… then its value's lines, then 現状と課題: the lines above are the value of the label above,
				// unless the form sets its labels in the middle of their values
				first = centredFirst.getOrDefault(i, i);
			}
			String indent = labelled.group(1);
			if (first == i) {
				if (LETTER_SPACED.matcher(labelled.group(2)).matches() && !SPACED_WORDS.matcher(labelled.group(4).strip()).find()
						&& (i + 1 < lines.size() && isValueLine(printed.get(i + 1).text(), column) || label.matches(".*[0-9０-９]$")
								|| WIDE_SPREAD.matcher(labelled.group(2)).find())) {
					// 部　の　使　命 on the line its wrapped sentence starts, 重 点 目 標 １ before its title: closed up, the
					// value where it stood
					lines.set(i, with(lines.get(i), pad(indent + label, column) + labelled.group(4)));
				}
				continue;
			}
			String top = lines.get(first).text();
			int topIndent = DisplayWidth.indent(top);
			lines.set(first, with(lines.get(first), pad(indent + label, topIndent) + top.stripLeading()));
			// the value's line under the others of its value, where the label pushed it right or left
			lines.set(i, with(lines.get(i), " ".repeat(Math.max(column, topIndent)) + labelled.group(4)));
		}
		return lines;
	}

	/** Each form label's line with where its value stands, in order. */
	private static java.util.TreeMap<Integer, ValueColumn> labelColumns(List<BoxRows.Printed> lines) {
		java.util.TreeMap<Integer, ValueColumn> labels = new java.util.TreeMap<>();
		for (int i = 0; i < lines.size(); i++) {
			Matcher labelled = labelled(lines.get(i).text());
			if (labelled == null) {
				continue;
			}
			int column = DisplayWidth.of(lines.get(i).text(), 0, labelled.start(4));
			if (isFormLabel(labelled, labelled.group(2).replaceAll("[ 　]", ""), column)) {
				labels.put(i, new ValueColumn(floor(lines.get(i), column), column, labelled.start(4)));
			}
		}
		return labels;
	}

	static boolean isValueLineOf(String text, ValueColumn label) {
		return isValueLine(text, label.floor(), label.column());
	}

	private static boolean isFormLabel(Matcher labelled, String label, int column) {
		return LABEL.matcher(label).matches() && column >= VALUE_COLUMN && !CELL_GAP.matcher(labelled.group(4)).find()
				&& labelled.group(4).strip().length() >= MIN_VALUE;
	}

	/** Where a value's lines start, at the least: under the label's spread letters, well right of where it starts. */
	private static int floor(BoxRows.Printed line, int column) {
		return Math.min(column - 3, DisplayWidth.indent(line.text()) + LABEL_TO_VALUE);
	}

	private static final int LABEL_TO_VALUE = 8;

	/**
	 * How far right of the value on the label's line the value's other lines may start: a wrapped item's rest, or a
	 * label spread narrower than the grid the text was aligned on; further right stand page numbers and dates.
	 */
	private static final int VALUE_INDENT = 20;

	/** Characters of a page's number or a date set apart at the right, at the most. */
	private static final int SET_APART = 8;

	private static int valueAbove(List<BoxRows.Printed> lines, int label, int column) {
		int first = label;
		int floor = floor(lines.get(label), column);
		while (first > 0 && isValueLine(lines.get(first - 1).text(), floor, column)) {
			first--;
		}
		return first;
	}

	private static int valueBelow(List<BoxRows.Printed> lines, int label, int column) {
		int below = 0;
		int floor = floor(lines.get(label), column);
		while (label + below + 1 < lines.size() && isValueLine(lines.get(label + below + 1).text(), floor, column)) {
			below++;
		}
		return below;
	}

	/**
	 * Whether the form sets its labels in the middle of their values: some label has lines of its value both above and
	 * below it, and no other label above those lines.
	 */
	private static boolean centred(List<BoxRows.Printed> lines, java.util.TreeMap<Integer, ValueColumn> labels) {
		for (int i : labels.keySet()) {
			int column = labels.get(i).column();
			int first = valueAbove(lines, i, column);
			if (first < i && (first == 0 || !isLabelLine(lines.get(first - 1).text())) && valueBelow(lines, i, column) > 0) {
				return true;
			}
		}
		return false;
	}

	private static boolean isLabelLine(String text) {
		Matcher labelled = labelled(text);
		return labelled != null && LABEL.matcher(labelled.group(2).replaceAll("[ 　]", "")).matches();
	}

	/**
	 * 課　　題　　名 課題Ⅰ …, 所　　　管 まちづくり課: a label spread letter by letter over its column's width (均等割付),
	 * one space before its value.
	 */
	private static final Pattern SPREAD = Pattern.compile("^([ 　]{0,6})(\\S(?:[ 　]{1,16}\\S){1,9})([ 　]+)(?=\\S\\S)(.*)$");

	/** 安 心 し て: a value spaced letter by letter itself, as OCR gives a whole line. */
	private static final Pattern LETTERS_APART = Pattern.compile("(?:\\S[ 　]){3}\\S");

	private static Matcher labelled(String text) {
		Matcher labelled = LABELLED.matcher(text);
		if (labelled.matches()) {
			return labelled;
		}
		Matcher spread = SPREAD.matcher(text);
		return spread.matches() && LABEL.matcher(spread.group(2).replaceAll("[ 　]", "")).matches()
				&& spread.group(2).matches("^\\S(?:[ 　]+\\S)+$") && !LETTERS_APART.matcher(spread.group(4)).find() ? spread : null;
	}

	/** A line of a value wrapped in the value column: nothing left of it, no cells in it. */
	private static boolean isValueLine(String text, int column) {
		return isValueLine(text, column - 3, column);
	}

	/**
	 * As above, from {@code floor}: a label spread over its column pushes the value on its own line further right than
	 * the value's other lines start (現 状 と 課 題    一方、… over lines that start under 状).
	 */
	private static boolean isValueLine(String text, int floor, int column) {
		if (text.isBlank() || labelled(text) != null && !text.startsWith(" ".repeat(column - 1))) {
			return false;
		}
		int indent = DisplayWidth.indent(text);
		// ①… then its wrapped rest two columns further in: the label may stand beside either
		// further right it is no value's line but a page's number or a date set apart
		return indent >= floor && (indent <= column + 4 || indent <= column + VALUE_INDENT && text.strip().length() > SET_APART)
				&& !CELL_GAP.matcher(text.strip()).find();
	}

	private static String pad(String text, int column) {
		return text + " ".repeat(Math.max(2, column - DisplayWidth.of(text)));
	}

	private static BoxRows.Printed with(BoxRows.Printed line, String text) {
		return new BoxRows.Printed(text, line.number(), line.page());
	}
}
