package org.govreview.readers.policy;

import java.text.Normalizer;

/**
 * A text in NFKC with the way back: figures are matched on the normalized form (１５，６４４件 → 15,644件, （ → ()
 * and reported as printed. Each character is normalized together with the marks that combine with it (ｶﾞ → ガ),
 * which is what NFKC of the whole text gives.
 */
final class NormalizedText {

	private final String original;

	private final String normalized;

	/** For each normalized character, where the original characters it came from start and end. */
	private final int[] starts;

	private final int[] ends;

	NormalizedText(String original) {
		this.original = original;
		StringBuilder out = new StringBuilder(original.length());
		int[] starts = new int[original.length() * 3 + 1];
		int[] ends = new int[starts.length];
		int i = 0;
		while (i < original.length()) {
			int start = i;
			i += Character.charCount(original.codePointAt(i));
			while (i < original.length() && combines(original.codePointAt(i))) {
				i += Character.charCount(original.codePointAt(i));
			}
			String piece = Normalizer.normalize(original.substring(start, i), Normalizer.Form.NFKC);
			if (out.length() + piece.length() >= starts.length) {
				starts = java.util.Arrays.copyOf(starts, starts.length * 2 + piece.length());
				ends = java.util.Arrays.copyOf(ends, starts.length);
			}
			for (int k = 0; k < piece.length(); k++) {
				starts[out.length() + k] = start;
				ends[out.length() + k] = i;
			}
			out.append(piece);
		}
		this.normalized = out.toString();
		this.starts = starts;
		this.ends = ends;
	}

	private static boolean combines(int codePoint) {
		int type = Character.getType(codePoint);
		return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
				|| type == Character.ENCLOSING_MARK || codePoint == 0xFF9E || codePoint == 0xFF9F;
	}

	String normalized() {
		return this.normalized;
	}

	/** The original characters behind {@code normalized[from, to)}. */
	String original(int from, int to) {
		if (from >= to) {
			return "";
		}
		return this.original.substring(originalOffset(from), this.ends[to - 1]);
	}

	/** Where in the original the normalized character at {@code index} starts. */
	int originalOffset(int index) {
		return index >= this.normalized.length() ? this.original.length() : this.starts[index];
	}
}
