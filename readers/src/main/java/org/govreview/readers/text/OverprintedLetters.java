package org.govreview.readers.text;

/**
 * Bold faked by printing each letter twice, as some PDF producers do, and the extraction that reads both prints
 * (【【部部のの使使命命】】 for 【部の使命】): each doubled letter read once. Only a run of at least {@link #PAIRS} doubled
 * letters in a row, some of them Japanese and not all the same, is read so: ここ or ーー in running text stays.
 * Stateless; thread-safe.
 */
public final class OverprintedLetters {

	/** Doubled letters in a row, at the least, for a run to be one overprinted word. */
	static final int PAIRS = 3;

	private OverprintedLetters() {
	}

	/** The line with its overprinted runs read once; the line itself when it has none. */
	public static String once(String line) {
		StringBuilder out = null;
		int k = 0;
		int copied = 0;
		while (k + 1 < line.length()) {
			int end = k;
			int japanese = 0;
			boolean varied = false;
			while (end + 1 < line.length() && line.charAt(end) == line.charAt(end + 1)
					&& !Character.isWhitespace(line.charAt(end))) {
				if (LetterSpacing.isLetter(line.charAt(end))) {
					japanese++;
				}
				varied |= line.charAt(end) != line.charAt(k);
				end += 2;
			}
			int pairs = (end - k) / 2;
			if (pairs >= PAIRS && japanese >= 2 && varied) {
				if (out == null) {
					out = new StringBuilder(line.length());
				}
				out.append(line, copied, k);
				for (int j = k; j < end; j += 2) {
					out.append(line.charAt(j));
				}
				copied = end;
				k = end;
			}
			else {
				// a run too short or of one letter: the next start worth trying is its last pair's second letter, so
				// that a long run of one letter is walked once
				k = Math.max(k + 1, end - 1);
			}
		}
		if (out == null) {
			return line;
		}
		return out.append(line, copied, line.length()).toString();
	}

}
