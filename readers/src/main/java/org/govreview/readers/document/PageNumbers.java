package org.govreview.readers.document;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page's number printed alone on its line, one grammar for every rule that sets it apart: － ３ －, 2/3, 1 / 4 ページ,
 * ４ページ, P.5, and, where the caller allows it, a bare 7. Stateless and thread-safe.
 */
final class PageNumbers {

	private static final String DASH = "[-－―‐ー−–—]";

	private static final String NUMBER = "[0-9０-９]{1,3}";

	/** The forms that say they are a page's number: set between dashes, over the page count, or named a page. */
	static final String LABELLED = DASH + "[\\s　]*" + NUMBER + "[\\s　]*" + DASH
			+ "|" + NUMBER + "[\\s　]*[/／][\\s　]*" + NUMBER + "(?:[\\s　]*ページ)?"
			+ "|" + NUMBER + "[\\s　]*ページ"
			+ "|P\\.?\\s?" + NUMBER;

	private static final Pattern LABELLED_LINE = Pattern.compile("^[\\s　]*(?:" + LABELLED + ")[\\s　]*$");

	private static final Pattern ANY_LINE = Pattern.compile("^[\\s　]*(?:" + LABELLED + "|" + NUMBER + ")[\\s　]*$");

	private static final Pattern DASHED = Pattern.compile("^[\\s　]*" + DASH + "[\\s　]*(" + NUMBER + ")[\\s　]*" + DASH + "[\\s　]*$");

	private PageNumbers() {
	}

	/** A page number in one of the {@link #LABELLED} forms, never a bare figure. */
	static boolean isLabelled(String text) {
		return LABELLED_LINE.matcher(text).matches();
	}

	/** A page number in a {@link #LABELLED} form or a bare figure of up to three digits. */
	static boolean isPageNumber(String text) {
		return ANY_LINE.matcher(text).matches();
	}

	/** A bare figure or one between dashes (- 7 -, ７): a page's number among one-cell lines, where 4/1 is a cell. */
	static boolean isBareOrDashed(String text) {
		return DASHED.matcher(text).matches() || BARE.matcher(text).matches();
	}

	private static final Pattern BARE = Pattern.compile("^[\\s　]*" + NUMBER + "[\\s　]*$");

	/** The number of a page number set between dashes (－ 3 －). */
	static OptionalInt dashed(String text) {
		Matcher matcher = DASHED.matcher(text);
		return matcher.matches() ? OptionalInt.of(Integer.parseInt(java.text.Normalizer.normalize(matcher.group(1),
				java.text.Normalizer.Form.NFKC))) : OptionalInt.empty();
	}
}
