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

	/**
	 * A table cell and the rest of it that the column width wrapped onto the next line: joined as {@link #join} does,
	 * but a bulleted rest (・…, ※…) is an item of its own and goes on a line of its own.
	 */
	static String joinCell(String cell, String rest) {
		if (cell.isEmpty()) {
			return rest;
		}
		return rest.matches("^[・•●○◆◇■□※\\-－].*") ? cell + "\n" + rest : join(List.of(cell, rest));
	}

	private static boolean isLatin(char c) {
		return c < 0x3000 && Character.isLetterOrDigit(c);
	}
}
