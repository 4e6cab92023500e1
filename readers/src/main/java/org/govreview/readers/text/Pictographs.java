package org.govreview.readers.text;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

/**
 * Emoji that posts on social media and messaging apps (a council faction's LINE or Instagram report) set where a
 * printed page has a bullet, a number or nothing: 📍 and 🗓 before a line's label, 1️⃣ 2️⃣ before numbered points, 🍵
 * and 🙇‍♀️ after a sentence. A keycap number at a line's start is read as the circled numeral a page numbers points
 * with (1️⃣ → ①), one inside a line as its digit; pictographs (Unicode's Extended_Pictographic, as ICU4J knows them,
 * among the emoji planes and the blocks of symbols and dingbats), their variation selectors, joiners and skin tones
 * are dropped, so that 🗓 11/7(木) 13:30〜 is a date and time and 💬質疑から a label. Marks that evaluations use (★ ☆
 * ✅ ○ ◎ △ × ❌, and the coloured shapes a post marks its items with: 🔺 🔴 🟢 ⭕) and the bullets and arrows of print
 * (▶ ▪ ↔, ©) are kept, except a ✅ set close before a label (✅視察項目), where it is the label's bullet. Stateless;
 * thread-safe.
 */
public final class Pictographs {

	/** 1️⃣, 1⃣, #️⃣ and 🔟: a digit in a key's frame. */
	private static final Pattern KEYCAP = Pattern.compile("([0-9])\\x{FE0F}?\\x{20E3}|\\x{1F51F}");

	/** ✅視察項目: a check mark used as the bullet of a label, not before a count (✅3). */
	private static final Pattern CHECK_BULLET = Pattern.compile("^(\\s*)\\x{2705}(?=[^\\s0-9０-９])");

	/** ☑ ✅ ✔ ✖ ❌ ❎ 🔴 🔵 🔶 🔷 🔸 🔹 🔺 🔻: pictographs an evaluation marks its items with. */
	private static final Set<Integer> MARKS = Set.of(0x2611, 0x2705, 0x2714, 0x2716, 0x274C, 0x274E, 0x1F534, 0x1F535, 0x1F536,
			0x1F537, 0x1F538, 0x1F539, 0x1F53A, 0x1F53B);

	/** A keycap's digit, set apart by the marks {@link #plain(String)} puts around it, opening the line. */
	private static final Pattern OPENING_KEY = Pattern.compile("^(\\s*)\u0000(\\d+)\u0000\\s*");

	private static final int ZERO_WIDTH_JOINER = 0x200D;

	private static final int EMOJI_STYLE = 0xFE0F;

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
		return line.codePoints().anyMatch(c -> c >= 0x1F000 && isDecoration(c) || c == 0x20E3 || c == EMOJI_STYLE)
				|| CHECK_BULLET.matcher(line).find();
	}

	/**
	 * A pictograph of the emoji planes or of the symbol and dingbat blocks (not a mark), an emoji-style selector, a
	 * joiner, a skin tone: nothing a page would print.
	 */
	private static boolean isDecoration(int c) {
		if (c == EMOJI_STYLE || c == ZERO_WIDTH_JOINER || UCharacter.hasBinaryProperty(c, UProperty.EMOJI_MODIFIER)) {
			return true;
		}
		boolean emojiBlock = c >= 0x1F000 || c >= 0x2600 && c <= 0x27BF;
		// 🟠 🟡 🟢 …: the coloured circles and squares a post marks its items with
		boolean colouredShape = c >= 0x1F7E0 && c <= 0x1F7EB;
		return emojiBlock && !colouredShape && !MARKS.contains(c) && UCharacter.hasBinaryProperty(c, UProperty.EXTENDED_PICTOGRAPHIC);
	}

	static String plain(String line) {
		if (!decorated(line)) {
			return line;
		}
		String text = CHECK_BULLET.matcher(line).replaceFirst("$1");
		String keyed = KEYCAP.matcher(text).replaceAll(m -> "\u0000" + keyDigit(m) + "\u0000");
		// 🗓 11/7(木): the pictographs a line opens with, and the spaces after them
		int indent = 0;
		while (indent < keyed.length() && Character.isWhitespace(keyed.charAt(indent))) {
			indent++;
		}
		int body = indent;
		boolean opened = false;
		while (body < keyed.length()) {
			int c = keyed.codePointAt(body);
			if (isDecoration(c) || opened && (c == ' ' || c == '\u3000')) {
				opened = true;
				body += Character.charCount(c);
			}
			else {
				break;
			}
		}
		StringBuilder kept = new StringBuilder(keyed.substring(0, indent));
		keyed.substring(body).codePoints().filter(c -> !isDecoration(c)).forEach(kept::appendCodePoint);
		String withoutPictographs = kept.toString();
		Matcher opening = OPENING_KEY.matcher(withoutPictographs);
		if (opening.find()) {
			int n = Integer.parseInt(opening.group(2));
			String circled = n >= 1 && n <= 20 ? String.valueOf((char) ('\u2460' + n - 1)) : opening.group(2);
			withoutPictographs = opening.group(1) + circled + " " + withoutPictographs.substring(opening.end());
		}
		return withoutPictographs.replace("\u0000", "").stripTrailing();
	}

	private static String keyDigit(java.util.regex.MatchResult keycap) {
		return keycap.group(1) != null ? keycap.group(1) : "10";
	}
}
