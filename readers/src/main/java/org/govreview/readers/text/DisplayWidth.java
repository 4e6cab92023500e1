package org.govreview.readers.text;

/**
 * The columns a monospaced print gives text: two for a wide character (kanji, kana, full-width forms), one for any
 * other, half-width katakana included. Stateless; thread-safe.
 */
public final class DisplayWidth {

	private DisplayWidth() {
	}

	public static int of(CharSequence text) {
		return of(text, 0, text.length());
	}

	/** The width of the whitespace a line starts with: how far right its text begins. */
	public static int indent(String line) {
		return of(line, 0, line.length() - line.stripLeading().length());
	}

	/** The width of the characters from {@code from} (inclusive) to {@code to} (exclusive). */
	public static int of(CharSequence text, int from, int to) {
		int columns = 0;
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			columns += c >= 0x1100 && !(c >= 0xFF61 && c <= 0xFF9F) ? 2 : 1;
		}
		return columns;
	}
}
