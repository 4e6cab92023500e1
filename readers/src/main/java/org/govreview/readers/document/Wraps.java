package org.govreview.readers.document;

import java.util.List;

/** Joins lines that a page width wrapped: no space between Japanese characters, one between Latin words. */
final class Wraps {

	private Wraps() {
	}

	static String join(List<String> lines) {
		StringBuilder joined = new StringBuilder();
		for (String line : lines) {
			String part = line.strip();
			if (part.isEmpty()) {
				continue;
			}
			if (!joined.isEmpty() && isLatin(joined.charAt(joined.length() - 1)) && isLatin(part.charAt(0))) {
				joined.append(' ');
			}
			joined.append(part);
		}
		return joined.toString();
	}

	private static boolean isLatin(char c) {
		return c < 0x3000 && Character.isLetterOrDigit(c);
	}
}
