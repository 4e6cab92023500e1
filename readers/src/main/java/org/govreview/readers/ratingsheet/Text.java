package org.govreview.readers.ratingsheet;

import java.text.Normalizer;

/** Cell text as the reader compares it: NFKC-normalized, stripped, runs of white space as one space. */
final class Text {

	private Text() {
	}

	/** The normalized form of {@code value}; "" for null. */
	static String normalize(String value) {
		if (value == null) {
			return "";
		}
		return Normalizer.normalize(value, Normalizer.Form.NFKC).replaceAll("\\s+", " ").strip();
	}

	static boolean isBlank(String value) {
		return value == null || normalize(value).isEmpty();
	}

	/** The text as written, stripped, for display; null when blank. */
	static String display(String value) {
		return isBlank(value) ? null : value.strip();
	}
}
