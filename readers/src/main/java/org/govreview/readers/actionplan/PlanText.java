package org.govreview.readers.actionplan;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The three forms of a line's text the readers work with: as printed without markup and glued-in footnote numbers
 * ({@link #light}), normalized for matching ({@link #normalize}: NFKC, circled numbers kept), and cleaned for
 * display ({@link #clean}: the spaces that extraction put between Japanese characters removed).
 */
final class PlanText {

	/** Whitespace including the ideographic space, which {@code \s} does not match. */
	static final String WS = "[\\s\\u3000\\u00a0]";

	/**
	 * A footnote number glued into text (書かない窓口¹⁸²) or in its TeX-like form (^{*1}), with the spaces extraction
	 * put around it (RPA ¹⁹⁴ 等); tabs are cell borders and kept.
	 */
	private static final Pattern SPACED_SUPERSCRIPTS = Pattern
		.compile("([ \\u3000]*)(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\\^\\{[^}]*})([ \\u3000]*)");

	/** A footnote definition line: superscript number, then its text (¹⁸⁰ リソース：…). */
	private static final Pattern FOOTNOTE_DEFINITION = Pattern.compile("^" + WS + "*[⁰¹²³⁴⁵⁶⁷⁸⁹]+" + WS + "*\\S");

	private static final Pattern HTML = Pattern
		.compile("</?(?:p|ul|ol|li|br|div|span|td|tr|th|table|b|strong|em)\\b[^>]*>", Pattern.CASE_INSENSITIVE);

	private static final Pattern CIRCLED = Pattern.compile("[①-⑳]");

	private static final String CJK = "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{InCJKSymbolsAndPunctuation}"
			+ "\\p{InHalfwidthAndFullwidthForms}ー・“”]";

	private static final Pattern CJK_GAP = Pattern.compile("(?<=" + CJK + ")" + WS + "+(?=" + CJK + ")");

	private static final Pattern SPACES = Pattern.compile(WS + "+");

	private PlanText() {
	}

	/** Without HTML fragments and bold markers; the text as printed otherwise, tabs and superscripts kept. */
	static String withoutMarkup(String raw) {
		return HTML.matcher(raw).replaceAll("").replace("**", "");
	}

	/**
	 * Without markup and superscript footnote numbers. Spaces on both sides of a number were put there by extraction
	 * (RPA ¹⁹⁴ 等) and go with it, unless the number stood between two words of Latin script; a space on one side
	 * only may be a gap between cells (推進¹²³ 所管) and stays. Tabs kept.
	 */
	static String light(String raw) {
		String text = withoutMarkup(raw);
		Matcher matcher = SPACED_SUPERSCRIPTS.matcher(text);
		StringBuilder out = new StringBuilder(text.length());
		int last = 0;
		while (matcher.find()) {
			out.append(text, last, matcher.start());
			boolean spaceBefore = matcher.group(1).length() > 0;
			boolean spaceAfter = matcher.group(2).length() > 0;
			boolean betweenWords = matcher.start() > 0 && matcher.end() < text.length()
					&& isLatin(text.charAt(matcher.start() - 1)) && isLatin(text.charAt(matcher.end()));
			if (spaceBefore != spaceAfter || betweenWords) {
				out.append(' ');
			}
			last = matcher.end();
		}
		return out.append(text, last, text.length()).toString();
	}

	private static boolean isLatin(char c) {
		return c < 0x250 && Character.isLetterOrDigit(c);
	}

	/** NFKC, except circled numbers (①), which NFKC would turn into plain digits. */
	static String normalize(String text) {
		StringBuilder out = new StringBuilder(text.length());
		Matcher circled = CIRCLED.matcher(text);
		int last = 0;
		while (circled.find()) {
			out.append(Normalizer.normalize(text.substring(last, circled.start()), Normalizer.Form.NFKC));
			out.append(circled.group());
			last = circled.end();
		}
		return out.append(Normalizer.normalize(text.substring(last), Normalizer.Form.NFKC)).toString();
	}

	/** Display text: one line, single spaces, no gaps between Japanese characters, no footnote numbers. */
	static String clean(String text) {
		if (text == null) {
			return null;
		}
		String single = SPACES.matcher(light(text)).replaceAll(" ").strip();
		return CJK_GAP.matcher(single).replaceAll("");
	}

	/** Cleaned, or null when nothing is left. */
	static String cleanOrNull(String text) {
		String cleaned = clean(text);
		return cleaned == null || cleaned.isEmpty() ? null : cleaned;
	}

	/** For comparing titles: normalized, without footnote numbers and whitespace. */
	static String key(String text) {
		return SPACES.matcher(normalize(light(text))).replaceAll("");
	}

	static boolean isFootnoteDefinition(String raw) {
		return FOOTNOTE_DEFINITION.matcher(withoutMarkup(raw)).find();
	}

	/** Digits as ASCII: full-width (１) and superscript (¹) digits included. */
	static String digits(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\D", "");
	}
}
