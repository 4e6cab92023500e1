package org.govreview.readers.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A document's running lines: a title or date that stands among the first or last lines of two pages or more, its
 * numbers aside (令和７年３月31日現在 over every page), and a page's number (3 / 7, － 1 －, a bare 3) at the top or
 * foot of most pages. A short value at the edge of pages (100％, 8) is a table's cell, never a running line. Tables
 * that go on over a page are read past them. Immutable once made.
 */
final class RunningLines {

	/** Lines at a page's top or foot: the first and last few of a page. */
	private static final int PAGE_EDGE = 3;

	/** The length from which a line at the edge of pages, without a number, is a running title. */
	private static final int TITLE = 12;

	/** What a value's unit may add to its figure (100％, 412ha, 8人): no running line. */
	private static final int UNIT = 2;

	/** The key of a bare number at a page's edge, before its distance from the page's count. */
	private static final String BARE = "#bare:";

	private static final Pattern BARE_NUMBER = Pattern.compile("[0-9０-９]{1,3}");

	private static final Pattern NUMBERING_MARKS = Pattern.compile("[\\s\\p{Punct}－ー―‐／（）・．　Pp頁]");

	private final Set<String> texts;

	/** The lines that number their page: at its edge on most pages, a bare number counting with the pages. */
	private final Set<Integer> pageNumbers;

	private RunningLines(Set<String> texts, Set<Integer> pageNumbers) {
		this.texts = texts;
		this.pageNumbers = pageNumbers;
	}

	static RunningLines of(List<BoxRows.Printed> lines) {
		Map<String, Set<Integer>> pagesOf = new HashMap<>();
		Map<String, Set<Integer>> numberingPagesOf = new HashMap<>();
		Map<String, List<Integer>> numberingLinesOf = new HashMap<>();
		int pageCount = 0;
		int from = 0;
		while (from < lines.size()) {
			pageCount++;
			int to = from;
			while (to < lines.size() && lines.get(to).page() == lines.get(from).page()) {
				to++;
			}
			List<Integer> printed = new ArrayList<>();
			for (int j = from; j < to; j++) {
				if (!lines.get(j).text().isBlank()) {
					printed.add(j);
				}
			}
			for (int k = 0; k < printed.size(); k++) {
				if (k >= PAGE_EDGE && k < printed.size() - PAGE_EDGE) {
					continue;
				}
				BoxRows.Printed line = lines.get(printed.get(k));
				String bare = line.text().strip();
				if (BARE_NUMBER.matcher(bare).matches()) {
					// 3 under page 3: the same distance from the page's count on the pages it numbers
					bare = BARE + (Integer.parseInt(java.text.Normalizer.normalize(bare, java.text.Normalizer.Form.NFKC)) - line.page());
				}
				else {
					bare = edgeText(bare);
				}
				if (isNumbering(bare)) {
					numberingPagesOf.computeIfAbsent(bare, text -> new HashSet<>()).add(line.page());
					numberingLinesOf.computeIfAbsent(bare, text -> new ArrayList<>()).add(line.number());
				}
				else {
					pagesOf.computeIfAbsent(bare, text -> new HashSet<>()).add(line.page());
				}
			}
			from = to;
		}
		Set<String> running = new HashSet<>();
		pagesOf.forEach((text, pages) -> {
			String words = text.replace("#", "");
			// a title or a dated heading: a short word at two pages' edges (こども課, 100％) may be a table's cell
			if (pages.size() >= 2 && words.length() > UNIT && (text.indexOf('#') >= 0 || text.length() >= TITLE)) {
				running.add(text);
			}
		});
		Set<Integer> pageNumbers = new HashSet<>();
		int most = Math.max(2, (pageCount + 1) / 2);
		numberingPagesOf.forEach((text, pages) -> {
			// a page's number stands on most pages; row numbers that happen to fall at two pages' feet do not
			if (pages.size() >= most) {
				pageNumbers.addAll(numberingLinesOf.get(text));
			}
		});
		return new RunningLines(running, pageNumbers);
	}

	boolean contains(BoxRows.Printed line) {
		return !line.text().isBlank() && (pageNumbers.contains(line.number()) || texts.contains(edgeText(line.text())));
	}

	/** － # －, # / #, P.#: a number with marks only. */
	private static boolean isNumbering(String text) {
		return text.startsWith(BARE) || text.indexOf('#') >= 0 && NUMBERING_MARKS.matcher(text.replace("#", "")).replaceAll("").isEmpty();
	}

	private static String edgeText(String text) {
		return SPACES.matcher(DIGITS.matcher(text).replaceAll("#")).replaceAll(" ").strip();
	}

	private static final Pattern DIGITS = Pattern.compile("[0-9０-９]+");

	private static final Pattern SPACES = Pattern.compile("[ 　]+");
}
