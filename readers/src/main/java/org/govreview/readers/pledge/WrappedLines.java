package org.govreview.readers.pledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.govreview.readers.text.SourceText;

/**
 * Undoes what a word processor's layout does to a report: page furniture (a page number such as "- 3 -" or
 * "3 / 17", and the running header or footer printed beside it on several pages) is blanked, and paragraphs wrapped
 * at the page width are joined back into one line each. Text is taken to be wrapped when many lines end within a
 * few characters of one width and almost none is wider; a line that reaches that width continues on the next,
 * unless it closes a measure (…ます) or the next line is a new item. Joined text stands on the paragraph's first
 * line and its other lines are left empty, so that line numbers still point into the extracted text. In text that is
 * not wrapped (one line per row, as tab-separated extraction gives) only a line that starts with a character no line
 * may start with (。、」…) and the rest of a ten-star rating are joined to the line before.
 * Stateless; thread-safe.
 */
final class WrappedLines {

	private static final Pattern PAGE_NUMBER = Pattern
		.compile("^[\\s\\p{Z}]*(?:[-－–—][\\s\\p{Z}]*\\d{1,4}[\\s\\p{Z}]*[-－–—]|\\d{1,4}[\\s\\p{Z}]*[/／][\\s\\p{Z}]*\\d{1,4}"
				+ "|(?:Page|P\\.)[\\s\\p{Z}]*\\d{1,4}|第?[\\s\\p{Z}]*\\d{1,4}[\\s\\p{Z}]*(?:ページ|頁))[\\s\\p{Z}]*$");

	private static final Pattern FIGURE = Pattern.compile("^[\\s\\p{Z}]*[0-9０-９]{1,3}(?:[.．][0-9０-９]+)?[\\s\\p{Z}]*[%％]?[\\s\\p{Z}]*$");

	/** Words that open a sentence continuing the one before it. */
	private static final Pattern CONJUNCTION = Pattern
		.compile("(?:また|なお|さらに|更に|加えて|併せて|あわせて|一方|このほか|その際|ただし|特に|これにより)[、,，]");

	private static final Pattern ITEM_START = Pattern
		.compile("[・･●•◆■※★☆\\-]|\\d{1,2}[\\s\\p{Z}.、)]|(?:X|IX|VIII|VII|VI|V|IV|III|II|I|[Ⅰ-Ⅹ])[\\s\\p{Z}]|政策|基本政策|全[\\s\\p{Z}]*体");

	/** A row that closes with its progress figure. */
	private static final Pattern CLOSING_FIGURE = Pattern.compile("[\\s\\p{Z}][0-9０-９]{1,3}(?:[.．][0-9０-９]+)?[%％]?$");

	/** Characters that never begin a line in Japanese typesetting (kinsoku): their line continues the previous one. */
	private static final String CLOSING = "。、，．）」』】〕ー々ゃゅょっャュョッ!?！？%％)";

	/** Width in half-width units within which a line counts as reaching the wrap width. */
	private static final int TOLERANCE = 6;

	private static final Pattern CLOSED_END = Pattern
		.compile("(?:[。．.★☆]|ます|[0-9０-９]{1,3}(?:[.．][0-9０-９]+)?[%％]?)[\\s\\p{Z}]*$");

	private WrappedLines() {
	}

	/** The text with its layout undone; {@code flowed} when its lines had been wrapped at a page width. */
	record Unwrapped(SourceText text, boolean flowed) {
	}

	static Unwrapped unwrap(SourceText text) {
		List<String> lines = new ArrayList<>(text.lines());
		boolean[] furniture = furniture(lines);
		for (int i = 0; i < lines.size(); i++) {
			if (furniture[i]) {
				lines.set(i, "");
			}
		}
		int wrapWidth = wrapWidth(lines);
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (line.isBlank()) {
				continue;
			}
			StringBuilder joined = new StringBuilder(line.stripTrailing());
			int last = i;
			int width = width(line);
			while (true) {
				int next = nextLine(lines, furniture, last);
				if (next < 0 || lines.get(next).isBlank()) {
					break;
				}
				String following = lines.get(next).strip();
				String separator = separator(joined, following, wrapWidth > 0 && width >= wrapWidth - TOLERANCE);
				if (separator == null) {
					break;
				}
				joined.append(separator).append(following);
				lines.set(next, "");
				width = width(following);
				last = next;
			}
			lines.set(i, joined.toString());
			i = last;
		}
		SourceText unwrapped = lines.equals(text.lines()) ? text : new SourceText(text.file(), lines, text.origin());
		return new Unwrapped(unwrapped, wrapWidth > 0);
	}

	/**
	 * How {@code following} continues the text so far, or null when it begins a new line: a line that stopped short
	 * of the wrap width ends its paragraph, except where the next line starts with a character no line may start
	 * with or continues a run of stars.
	 */
	private static String separator(CharSequence joined, String following, boolean full) {
		char end = joined.charAt(joined.length() - 1);
		char start = following.charAt(0);
		if (isStar(end) && isStar(start) && incompleteStarRun(joined)) {
			return " ";
		}
		if (CLOSING.indexOf(start) >= 0) {
			return "";
		}
		if (!full) {
			return null;
		}
		if (FIGURE.matcher(following).matches()) {
			return " ";
		}
		String text = joined.toString();
		// a list of departments that ends at the margin with a whole name is a cell of its own
		if (DepartmentNames.parse(text).isPresent()) {
			return null;
		}
		if (text.endsWith("。")) {
			// a sentence that ends at the margin: the next begins a new item, or continues the item (また、…), or is
			// the next item of the same cell, whose separating space the line break took
			if (startsItem(following)) {
				return null;
			}
			return CONJUNCTION.matcher(following).lookingAt() ? "" : " ";
		}
		if (text.endsWith("ます") || isStar(end) || CLOSING_FIGURE.matcher(text).find()) {
			return null;
		}
		return isAsciiWord(end) && isAsciiWord(start) ? " " : "";
	}

	/** A bullet, a numbered title, a heading numeral, stars, a figure or a department list begins an item. */
	private static boolean startsItem(String line) {
		return ITEM_START.matcher(line).lookingAt() || FIGURE.matcher(line).matches()
				|| DepartmentNames.parse(line).isPresent();
	}

	private static int nextLine(List<String> lines, boolean[] furniture, int from) {
		for (int j = from + 1; j < lines.size(); j++) {
			if (!furniture[j]) {
				return j;
			}
		}
		return -1;
	}

	/**
	 * Page numbers, and the lines printed next to them (before or after, blank lines aside) that recur beside
	 * at least half of them and at least twice: running headers and footers.
	 */
	private static boolean[] furniture(List<String> lines) {
		boolean[] furniture = new boolean[lines.size()];
		List<Integer> pageNumbers = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			if (PAGE_NUMBER.matcher(lines.get(i)).matches()) {
				furniture[i] = true;
				pageNumbers.add(i);
			}
		}
		Map<String, Integer> besidePageNumbers = new HashMap<>();
		// the first page's running header has no page number above it: it is the document's first line
		int first = firstNonBlank(lines);
		if (first >= 0 && !pageNumbers.isEmpty()) {
			besidePageNumbers.put(lines.get(first).strip(), 1);
		}
		for (int page : pageNumbers) {
			for (int neighbour : neighbours(lines, page)) {
				besidePageNumbers.merge(lines.get(neighbour).strip(), 1, Integer::sum);
			}
		}
		// a running header stands beside most page numbers; a row that two pages happen to end with does not
		int recurring = Math.max(2, (pageNumbers.size() + 1) / 2);
		for (int page : pageNumbers) {
			for (int neighbour : neighbours(lines, page)) {
				if (besidePageNumbers.get(lines.get(neighbour).strip()) >= recurring) {
					furniture[neighbour] = true;
					if (lines.get(neighbour).strip().equals(lines.get(first).strip())) {
						furniture[first] = true;
					}
				}
			}
		}
		return furniture;
	}

	private static int firstNonBlank(List<String> lines) {
		for (int i = 0; i < lines.size(); i++) {
			if (!lines.get(i).isBlank()) {
				return i;
			}
		}
		return -1;
	}

	private static List<Integer> neighbours(List<String> lines, int index) {
		List<Integer> neighbours = new ArrayList<>(2);
		for (int j = index - 1; j >= 0; j--) {
			if (!lines.get(j).isBlank()) {
				neighbours.add(j);
				break;
			}
		}
		for (int j = index + 1; j < lines.size(); j++) {
			if (!lines.get(j).isBlank()) {
				neighbours.add(j);
				break;
			}
		}
		return neighbours;
	}

	/**
	 * The width the text is wrapped at, in half-width units, or -1 when it is not wrapped: the width just above which
	 * the most lines end, provided that hardly any line is wider and at least a tenth of the lines end there.
	 */
	private static int wrapWidth(List<String> lines) {
		List<Integer> widths = new ArrayList<>();
		for (String line : lines) {
			if (line.indexOf('\t') >= 0) {
				// tab-separated cells come from a table's extraction, not from a paragraph's layout
				return -1;
			}
			if (!line.isBlank()) {
				widths.add(width(line));
			}
		}
		if (widths.size() < 20) {
			return -1;
		}
		int maxWidth = widths.stream().mapToInt(Integer::intValue).max().orElse(0);
		int[] counts = new int[maxWidth + 1];
		widths.forEach(width -> counts[width]++);
		int allowedWider = Math.max(2, widths.size() / 100);
		int best = -1;
		int bestBand = 0;
		int wider = 0;
		for (int width = maxWidth; width > TOLERANCE; width--) {
			if (width + 3 <= maxWidth) {
				wider += counts[width + 3];
			}
			if (wider > allowedWider) {
				break;
			}
			int band = 0;
			for (int w = width - TOLERANCE; w <= Math.min(maxWidth, width + 2); w++) {
				band += counts[w];
			}
			if (band > bestBand) {
				bestBand = band;
				best = width;
			}
		}
		if (bestBand < Math.max(3, widths.size() / 10)) {
			return -1;
		}
		return mostlyOpen(lines, best) ? best : -1;
	}

	/**
	 * Lines broken at a page width mostly end mid-sentence; the widest rows of a table drawn one row per line end
	 * closed (a sentence, a figure, stars), and joining them would run a row into the next heading.
	 */
	private static boolean mostlyOpen(List<String> lines, int wrapWidth) {
		int full = 0;
		int open = 0;
		for (String line : lines) {
			if (line.isBlank() || width(line) < wrapWidth - TOLERANCE) {
				continue;
			}
			full++;
			if (!CLOSED_END.matcher(line).find()) {
				open++;
			}
		}
		return open * 2 >= full;
	}

	/** Display width in half-width units: CJK, full-width forms and kana count two, the rest one. */
	static int width(String line) {
		int width = 0;
		String text = line.strip();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean halfWidthForm = c >= '\uFF61' && c <= '\uFFDC' || c >= '\uFFE8' && c <= '\uFFEE';
			width += c >= '\u2E80' && !halfWidthForm ? 2 : 1;
		}
		return width;
	}

	/** True when the stars closing the text are not a whole number of ten-star ratings. */
	private static boolean incompleteStarRun(CharSequence text) {
		int stars = 0;
		for (int i = text.length() - 1; i >= 0; i--) {
			char c = text.charAt(i);
			if (isStar(c)) {
				stars++;
			}
			else if (!Character.isWhitespace(c) && Character.getType(c) != Character.SPACE_SEPARATOR) {
				break;
			}
		}
		return stars % 10 != 0;
	}

	private static boolean isStar(char c) {
		return c == '★' || c == '☆';
	}

	private static boolean isAsciiWord(char c) {
		return c < 0x80 && Character.isLetterOrDigit(c);
	}
}
