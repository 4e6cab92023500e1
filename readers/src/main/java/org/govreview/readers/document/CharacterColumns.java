package org.govreview.readers.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govreview.readers.text.DisplayWidth;

/**
 * Text whose columns line up by characters, not by display width: pdftotext -layout puts each cell at the column
 * its position on the page gives and counts a kanji as one column, so a cell after Japanese text starts at the same
 * character offset as the cell above it, not at the same display position. Such text is recognised by its cells
 * lining up better by characters than by display width, and each cell is then moved to twice its character offset,
 * a display position every line can reach, so that the tables read the same as text aligned for the eye.
 */
final class CharacterColumns {

	/** Two or more spaces between cells: the gaps pdftotext -layout writes. */
	private static final Pattern GAP = Pattern.compile(" {2,}");

	private static final int MIN_EVIDENCE = 5;

	private CharacterColumns() {
	}

	/** The lines widened when they line up by characters; the lines themselves otherwise. */
	static List<String> displayAligned(List<String> lines) {
		if (!byCharacters(lines)) {
			return lines;
		}
		List<String> widened = new ArrayList<>(lines.size());
		for (String line : lines) {
			widened.add(widened(line));
		}
		return widened;
	}

	private static boolean byCharacters(List<String> lines) {
		int characters = 0;
		int display = 0;
		List<Integer> above = null;
		String aboveLine = null;
		for (String line : lines) {
			List<Integer> starts = line.indexOf('\t') >= 0 ? List.of() : starts(line);
			if (starts.size() < 2) {
				above = line.isBlank() ? null : above;
				continue;
			}
			if (above != null) {
				for (int start : starts.subList(1, starts.size())) {
					int width = DisplayWidth.of(line, 0, start);
					String upper = aboveLine;
					characters += above.stream().anyMatch(a -> Math.abs(a - start) <= 1) ? 1 : 0;
					display += above.stream().anyMatch(a -> Math.abs(DisplayWidth.of(upper, 0, a) - width) <= 1) ? 1 : 0;
				}
			}
			above = starts;
			aboveLine = line;
		}
		return characters >= MIN_EVIDENCE && characters * 2 > display * 3;
	}

	/** Where the cells of a line start, in characters. */
	private static List<Integer> starts(String line) {
		List<Integer> starts = new ArrayList<>();
		String text = line.stripTrailing();
		int from = 0;
		while (from < text.length() && text.charAt(from) == ' ') {
			from++;
		}
		Matcher gap = GAP.matcher(text);
		while (from < text.length()) {
			starts.add(from);
			from = gap.find(from) ? gap.end() : text.length();
		}
		return starts;
	}

	private static String widened(String line) {
		List<Integer> starts = line.indexOf('\t') >= 0 ? List.of() : starts(line);
		if (starts.isEmpty()) {
			return line;
		}
		String text = line.stripTrailing();
		StringBuilder widened = new StringBuilder();
		for (int s = 0; s < starts.size(); s++) {
			int start = starts.get(s);
			int end = s + 1 < starts.size() ? starts.get(s + 1) : text.length();
			String cell = text.substring(start, end).stripTrailing();
			int target = 2 * start;
			int width = DisplayWidth.of(widened);
			widened.append(" ".repeat(Math.max(s == 0 ? 0 : 2, target - width))).append(cell);
		}
		return widened.toString();
	}
}
