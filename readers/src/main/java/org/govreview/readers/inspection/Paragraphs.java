package org.govreview.readers.inspection;

/**
 * Joins the fragments of one passage. Extraction breaks a sentence where the printed line or page ended (本市におい /
 * ても), so a fragment continues the previous one directly unless that one ended a sentence, when it starts a new
 * line.
 */
final class Paragraphs {

	private static final String SENTENCE_ENDS = "。．.！!？?」』）)";

	private Paragraphs() {
	}

	static void append(StringBuilder passage, String fragment) {
		if (!passage.isEmpty()) {
			char last = passage.charAt(passage.length() - 1);
			if (SENTENCE_ENDS.indexOf(last) >= 0) {
				passage.append('\n');
			}
		}
		passage.append(fragment.strip());
	}

	static String join(Iterable<String> fragments) {
		StringBuilder passage = new StringBuilder();
		for (String fragment : fragments) {
			append(passage, fragment);
		}
		return passage.toString();
	}
}
