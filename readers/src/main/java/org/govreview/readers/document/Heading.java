package org.govreview.readers.document;

/**
 * A heading: its numbering scheme, the word of a labelled heading (政策 in 政策1) or the symbol, the number as printed
 * (empty for a bracketed or symbol heading), the title after it, and its level (1 is the top).
 */
public record Heading(NumberingScheme scheme, String label, String number, String title, int level,
		Location location) implements Block {

	@Override
	public String text() {
		return (label + number + " " + title).strip();
	}

	/** The scheme and label together: two headings of one kind share it (政策1 and 政策2, but not 施策1). */
	public String kind() {
		if (scheme == NumberingScheme.DOTTED && number.matches("^[①-⑳].*")) {
			// ①－1 under ① 経済面の取組: the circled number's parts, not 1.1's kind
			return scheme + ":①";
		}
		if (scheme == NumberingScheme.CHAPTER && number.matches(".*[章節部編]$")) {
			// 第１章 over 第１節: one outline's two levels, each its own kind
			return scheme + ":" + number.charAt(number.length() - 1);
		}
		return scheme == NumberingScheme.LABELLED || scheme == NumberingScheme.SYMBOL ? scheme + ":" + label
				: scheme.name();
	}
}
