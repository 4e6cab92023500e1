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

	/** How many lines apart two lines of cells may stand and still be compared. */
	private static final int NEAR = 6;

	private CharacterColumns() {
	}

	/**
	 * The lines widened when they line up by characters; the lines themselves otherwise. In a text a table's rows may
	 * stand a few lines apart (an item's account under each row) and are compared so; a PDF's lines, set out from
	 * their glyphs' positions, are compared only where no blank line parts them.
	 */
	static List<String> displayAligned(List<String> lines, boolean fromPdf) {
		if (!byCharacters(lines, fromPdf)) {
			return lines;
		}
		List<String> widened = new ArrayList<>(lines.size());
		for (String line : lines) {
			widened.add(widened(line));
		}
		return widened;
	}

	private static boolean byCharacters(List<String> lines, boolean fromPdf) {
		int[] adjacent = evidence(lines, false);
		boolean lineByLine = adjacent[0] >= MIN_EVIDENCE && adjacent[0] * 2 > adjacent[1] * 3;
		if (lineByLine || fromPdf) {
			return lineByLine;
		}
		// rows a line of account or a blank line parts: compared too, on more evidence
		int[] near = evidence(lines, true);
		return near[0] >= 2 * MIN_EVIDENCE && near[0] * 2 > near[1] * 3;
	}

	/**
	 * How many cells start where a cell of the line of cells above starts, counted by characters and by display
	 * width. That line is the last one before with cells of its own: within a run of lines, or, {@code apart}, up to
	 * a few lines back past blank lines and lines of one cell.
	 */
	private static int[] evidence(List<String> lines, boolean apart) {
		int characters = 0;
		int display = 0;
		List<Integer> above = null;
		String aboveLine = null;
		int aboveAt = 0;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			List<Integer> starts = line.indexOf('\t') >= 0 ? List.of() : starts(line);
			if (apart ? i - aboveAt > NEAR : line.isBlank()) {
				above = null;
			}
			if (starts.size() < 2) {
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
			aboveAt = i;
		}
		return new int[] { characters, display };
	}

	/** Where the cells of a line start, in characters. */
	private static List<Integer> starts(String line) {
		return cells(line).stream().map(cell -> cell[0]).toList();
	}

	/** The cells of a line, runs of text two or more spaces apart, as [start, end) character offsets. */
	static List<int[]> cells(String line) {
		List<int[]> cells = new ArrayList<>();
		String text = line.stripTrailing();
		int from = 0;
		while (from < text.length() && text.charAt(from) == ' ') {
			from++;
		}
		Matcher gap = GAP.matcher(text);
		while (from < text.length()) {
			int end = gap.find(from) ? gap.start() : text.length();
			cells.add(new int[] { from, end });
			from = end < text.length() ? gap.end() : text.length();
		}
		return cells;
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
