package org.govreview.readers.pledge;

import java.util.HashMap;
import java.util.Map;

/** Similarity of two titles as the Dice coefficient of their character bigrams (1 = same, 0 = nothing shared). */
final class TitleSimilarity {

	private TitleSimilarity() {
	}

	static double dice(String a, String b) {
		if (a.length() < 2 || b.length() < 2) {
			return a.equals(b) ? 1 : 0;
		}
		Map<String, Integer> bigrams = new HashMap<>();
		for (int i = 0; i < a.length() - 1; i++) {
			bigrams.merge(a.substring(i, i + 2), 1, Integer::sum);
		}
		int shared = 0;
		for (int i = 0; i < b.length() - 1; i++) {
			String bigram = b.substring(i, i + 2);
			Integer count = bigrams.get(bigram);
			if (count != null && count > 0) {
				shared++;
				bigrams.put(bigram, count - 1);
			}
		}
		return 2.0 * shared / (a.length() - 1 + b.length() - 1);
	}
}
