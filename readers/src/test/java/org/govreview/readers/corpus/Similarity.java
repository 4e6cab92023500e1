package org.govreview.readers.corpus;

import java.text.Normalizer;

/**
 * Loose comparison of titles and prose, written for the scorer alone so that it shares no rule with the readers it
 * scores: NFKC, whitespace, brackets and punctuation ignored, then an edit-distance ratio of at least 0.85.
 */
final class Similarity {

	private static final double THRESHOLD = 0.85;

	private Similarity() {
	}

	static String normal(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC)
			.replaceAll("[\\s\\p{Punct}「」『』（）【】〔〕［］｛｝〈〉《》・、。，．：；！？…―ー－〜～]", "");
	}

	static boolean similar(String expected, String stored) {
		String a = normal(expected);
		String b = normal(stored);
		if (a.equals(b)) {
			return true;
		}
		if (a.isEmpty() || b.isEmpty()) {
			return false;
		}
		int longer = Math.max(a.length(), b.length());
		return 1.0 - (double) distance(a, b) / longer >= THRESHOLD;
	}

	private static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}
}
