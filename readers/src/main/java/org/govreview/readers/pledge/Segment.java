package org.govreview.readers.pledge;

import java.text.Normalizer;

/** One cell of extracted text: what lies between tabs and HTML tags on a line. {@code line} is 0-based. */
record Segment(String text, int line) {

	String normalized() {
		return Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
	}

	/** Normalized, without any whitespace: PDF extraction scatters spaces inside words (苫 小 牧 市). */
	String key() {
		return normalized().replaceAll("\\s+", "");
	}

	String location() {
		return "line " + (line + 1);
	}
}
