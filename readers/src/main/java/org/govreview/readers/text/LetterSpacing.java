package org.govreview.readers.text;

import java.util.List;

/**
 * Spaces an OCR engine sets between the letters of Japanese text (基 本 目 標 ２ 　 安 心 し て, 担 当 課 | 産業 支援課):
 * taken out, so that every reader sees the words a printed document has. A single space beside a Japanese letter goes;
 * runs of two spaces or more, which part a table's columns, stay, as does a space between two Latin letters or digits
 * (12(R元) 21 23). Only a text spaced so throughout is read so; in an ordinary document only a heading spread over its
 * width letter by letter (区 の 将 来 像, 所 感) is closed up, a stretch of its line apart from the rest by wider gaps.
 * A page set vertically gives its long vowel marks back as bars (セ｜フティネット): they are read as ー again.
 * Stateless; thread-safe.
 */
public final class LetterSpacing {

	/** Japanese letters a line holds, at the least, to count as evidence one way or the other. */
	private static final int LETTERS = 6;

	/** Lines with letters spaced apart, at the least, and their share of the lines with Japanese letters. */
	private static final int SPACED_LINES = 10;

	private static final double SPACED_SHARE = 0.4;

	private LetterSpacing() {
	}

	/** ホ｜ム, セ｜フティネット: a vertical font's long vowel mark, read back from a page set vertically as a bar. */
	private static final java.util.regex.Pattern VERTICAL_LONG_VOWEL = java.util.regex.Pattern
		.compile("(?<=[\\p{IsKatakana}&&[^・ー]])[｜︱](?=[\\p{IsKatakana}\\p{IsHiragana}\\p{IsHan}&&[^・]]|[、。）」])");

	/** The lines with a vertical text's long vowel marks back as ー: a bar right after a katakana letter. */
	public static List<String> horizontal(List<String> lines) {
		long bars = lines.stream().mapToLong(line -> VERTICAL_LONG_VOWEL.matcher(line).results().count()).sum();
		if (bars < 3) {
			return lines;
		}
		return lines.stream().map(line -> VERTICAL_LONG_VOWEL.matcher(line).replaceAll("ー")).toList();
	}

	/** ． . . . ． as a typesetter's dot leader prints it (LaTeX's \\dotfill): four dots or more with spaces between. */
	private static final java.util.regex.Pattern SPACED_LEADER = java.util.regex.Pattern.compile("[.．](?:[ \t]+[.．]){3,}");

	/**
	 * The lines with each leader of dots set apart (「達成」. . . . 5項目, a tab between some of them where a PDF's
	 * glyphs stand wide) closed up into one run of dots, as a word processor's leader prints, so that the label and
	 * its value stay one line's two ends.
	 */
	public static List<String> leadersClosed(List<String> lines) {
		return lines.stream()
			.map(line -> line.indexOf('.') < 0 && line.indexOf('．') < 0 ? line
					: SPACED_LEADER.matcher(line).replaceAll(leader -> leader.group().replaceAll("[ \\t]+", "")))
			.toList();
	}

	/** The lines with the spaces between Japanese letters taken out, or the lines themselves when the text is not so. */
	public static List<String> closed(List<String> lines) {
		int japanese = 0;
		int spaced = 0;
		for (String line : lines) {
			if (line.codePoints().filter(LetterSpacing::isJapanese).count() < LETTERS) {
				continue;
			}
			japanese++;
			if (spacedPairs(line) >= 3) {
				spaced++;
			}
		}
		if (spaced < SPACED_LINES || spaced < SPACED_SHARE * japanese) {
			return lines.stream().map(LetterSpacing::spreadHeadingsClosed).toList();
		}
		return lines.stream().map(LetterSpacing::closedLine).toList();
	}

	/**
	 * 視 察 の 概 要, 視 察 ①　飛 騨 市, 所 感, 質 疑 応 答（飛騨市）: a heading spread over a slide's width letter by
	 * letter, whatever the rest of the text does.
	 */
	private static final java.util.regex.Pattern SPREAD = java.util.regex.Pattern
		.compile("[^\\x00-\\x7F　](?:　[^\\x00-\\x7F　])?(?: [^\\x00-\\x7F　](?:　[^\\x00-\\x7F　])?)+(?:[（(][^）)]{1,12}[）)])?");

	/** The longest stretch of a line that may be one heading. */
	private static final int HEADING = 60;

	/** The line with each stretch of it that is one spread heading closed up; the gaps between stretches stay. */
	private static String spreadHeadingsClosed(String line) {
		if (line.indexOf(' ') < 0) {
			return line;
		}
		StringBuilder out = new StringBuilder(line.length());
		int k = 0;
		while (k < line.length()) {
			if (line.charAt(k) == ' ') {
				out.append(' ');
				k++;
				continue;
			}
			// a stretch runs on over single spaces and ends at two
			int end = k;
			while (end < line.length() && !(line.charAt(end) == ' ' && (end + 1 == line.length() || line.charAt(end + 1) == ' '))) {
				end++;
			}
			String text = line.substring(k, end);
			// ２ 参 加 者, キ 所 感: the section's number or outline kana keeps its space, the label closes up
			boolean kana = OUTLINE_KANA.matcher(text).matches();
			String spreadText = kana ? text.substring(2) : text;
			out.append(text.length() <= HEADING && spread(spreadText)
					? (kana ? text.substring(0, 2) : "") + spreadText.replaceAll("(?<![0-9０-９]) (?![0-9０-９])", "") : text);
			k = end;
		}
		return out.toString();
	}

	/** キ 所 感: an outline's kana before a spread word. */
	private static final java.util.regex.Pattern OUTLINE_KANA = java.util.regex.Pattern
		.compile("^[アイウエオカキクケコサシスセソタチツテト] \\p{IsHan}(?: \\p{IsHan})+$");

	private static boolean spread(String text) {
		return text.indexOf(' ') > 0 && SPREAD.matcher(text).matches() && text.codePoints().filter(LetterSpacing::isLetter).count() >= 2;
	}

	/** 基 本: a Japanese letter, one space, another Japanese letter. */
	private static int spacedPairs(String line) {
		int pairs = 0;
		for (int k = 1; k + 1 < line.length(); k++) {
			if (single(line, k) && isJapanese(line.charAt(k - 1)) && isJapanese(line.charAt(k + 1))) {
				pairs++;
			}
		}
		return pairs;
	}

	private static String closedLine(String line) {
		StringBuilder out = new StringBuilder(line.length());
		for (int k = 0; k < line.length(); k++) {
			if (k > 0 && k + 1 < line.length() && single(line, k)
					&& (isJapanese(line.charAt(k - 1)) || isJapanese(line.charAt(k + 1)))) {
				continue;
			}
			out.append(line.charAt(k));
		}
		return out.toString();
	}

	/** One ASCII space with no other space of either kind beside it: none that parts columns. */
	private static boolean single(String line, int k) {
		return line.charAt(k) == ' ' && line.charAt(k - 1) != ' ' && line.charAt(k + 1) != ' ';
	}

	private static boolean isJapanese(int c) {
		return isLetter(c) || c >= 0x3000 && c <= 0x303F || c >= 0xFF01 && c <= 0xFF60 || c == 'ー' || c == '々';
	}

	/** A kanji, hiragana or katakana letter. */
	static boolean isLetter(int c) {
		Character.UnicodeScript script = Character.UnicodeScript.of(c);
		return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
				|| script == Character.UnicodeScript.KATAKANA;
	}

	private static final String JAPANESE = "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー々〆「」『』【】・：（）％]";

	/** R6, 72.5, Instagram, NPO: a run of Latin letters and digits with no space in it. */
	private static final String LATIN = "([0-9A-Za-z][0-9A-Za-z.,:/%\\-]*)";

	/**
	 * The spaces a word processor sets on both sides of Latin letters or digits inside Japanese text, which extraction
	 * prints: 区公式 Instagram の, 平成 27 年, や NPO、, R6 年度, 72.5 ％, （ 29.4 ％ ）. A space on one side only (2021年度
	 * 5,284千t-CO2) parts a label from its figure and stays, as do wider gaps, which part columns.
	 */
	private static final java.util.regex.Pattern SCRIPT_SPACE = java.util.regex.Pattern.compile(
			"(?<=" + JAPANESE + ") " + LATIN + "(?: (?=" + JAPANESE + ")|(?=[、。]))|(?:^|(?<=[\\s(（]))" + LATIN + " (?=" + JAPANESE + ")",
			java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);

	private static final java.util.regex.Pattern SPACED_UNIT = java.util.regex.Pattern.compile("(?<=[0-9]) (?=[%％])|(?<=[(（]) (?! )|(?<! ) (?=[)）])");

	/** The text without the spaces set on both sides of Latin script in Japanese (R6 年度 → R6年度, 72.5 ％ → 72.5％). */
	public static String betweenScripts(String text) {
		return SCRIPT_SPACE.matcher(SPACED_UNIT.matcher(text).replaceAll("")).replaceAll(match -> java.util.regex.Matcher
			.quoteReplacement(match.group(1) != null ? match.group(1) : match.group(2)));
	}
}
