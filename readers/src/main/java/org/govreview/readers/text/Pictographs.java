package org.govreview.readers.text;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Emoji that posts on social media and messaging apps (a council faction's LINE or Instagram report) set where a
 * printed page has a bullet, a number or nothing: 📍 and 🗓 before a line's label, 1️⃣ 2️⃣ before numbered points, 🍵
 * and 🙇‍♀️ after a sentence. A keycap number at a line's start is read as the circled numeral a page numbers points
 * with (1️⃣ → ①), one inside a line as its digit; pictographs, their variation selectors, joiners and skin tones are
 * dropped, so that 🗓 11/7(木) 13:30〜 is a date and time and 💬質疑から a label. Marks that evaluations use (★ ☆ ✅ ○
 * ◎ △ ×, and the coloured shapes a post marks its items with: 🔺 🔴 🟢 ⭕) are kept, except a ✅ set close before a label
 * (✅視察項目), where it is the label's bullet. Stateless; thread-safe.
 */
public final class Pictographs {

	/** 1️⃣, 1⃣, #️⃣ and 🔟: a digit in a key's frame. */
	private static final Pattern KEYCAP = Pattern.compile("([0-9])\\x{FE0F}?\\x{20E3}|\\x{1F51F}");

	/** Pictographs, their modifiers and joiners, and the few dingbats posts use as decoration. */
	private static final Pattern PICTOGRAPH = Pattern.compile(
			"[\\x{1F000}-\\x{1F533}\\x{1F53E}-\\x{1F7DF}\\x{1F7EC}-\\x{1FAFF}\\x{2700}-\\x{2704}\\x{2706}-\\x{2709}\\x{270C}-\\x{270F}\\x{2728}\\x{2744}\\x{2764}"
					+ "\\x{2600}-\\x{2604}\\x{260E}\\x{2614}\\x{2615}\\x{261D}\\x{263A}\\x{2640}\\x{2642}\\x{26A0}\\x{26A1}\\x{26C4}\\x{26C5}\\x{26F3}\\x{26F5}"
					+ "\\x{2B06}\\x{2B07}\\x{2934}\\x{2935}\\x{2757}\\x{2753}\\x{2754}\\x{2755}\\x{FE0F}\\x{200D}]");

	/** ✅視察項目: a check mark used as the bullet of a label, not before a count (✅3). */
	private static final Pattern CHECK_BULLET = Pattern.compile("^(\\s*)\\x{2705}(?=[^\\s0-9０-９])");

	private static final Pattern LEADING = Pattern.compile(
			"^(\\s*)(?:[\\x{1F000}-\\x{1F533}\\x{1F53E}-\\x{1F7DF}\\x{1F7EC}-\\x{1FAFF}\\x{FE0F}\\x{200D}\\x{2640}\\x{2642}]+[ 　]*)+");

	private Pictographs() {
	}

	/** The lines without decoration; the lines themselves when none has any. */
	public static List<String> plain(List<String> lines) {
		if (lines.stream().noneMatch(Pictographs::decorated)) {
			return lines;
		}
		return lines.stream().map(Pictographs::plain).toList();
	}

	static boolean decorated(String line) {
		return line.codePoints().anyMatch(c -> c >= 0x1F000 && c <= 0x1FAFF || c == 0x20E3 || c == 0xFE0F)
				|| CHECK_BULLET.matcher(line).find();
	}

	static String plain(String line) {
		if (!decorated(line)) {
			return line;
		}
		// 🗓 11/7(木): the pictograph a line opens with, and the space after it
		String text = LEADING.matcher(CHECK_BULLET.matcher(line).replaceFirst("$1")).replaceFirst("$1");
		String withoutPictographs = PICTOGRAPH.matcher(KEYCAP.matcher(text).replaceAll(m -> "\u0000" + keyDigit(m) + "\u0000"))
			.replaceAll("");
		Matcher leading = Pattern.compile("^(\\s*)\u0000(\\d+)\u0000\\s*").matcher(withoutPictographs);
		if (leading.find()) {
			int n = Integer.parseInt(leading.group(2));
			String circled = n >= 1 && n <= 20 ? String.valueOf((char) ('\u2460' + n - 1)) : leading.group(2);
			withoutPictographs = leading.group(1) + circled + " " + withoutPictographs.substring(leading.end());
		}
		return withoutPictographs.replace("\u0000", "").stripTrailing();
	}

	private static String keyDigit(java.util.regex.MatchResult keycap) {
		return keycap.group(1) != null ? keycap.group(1) : "10";
	}
}
