package org.govreview.readers.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A form's label set vertically in a tall cell, one letter a line at the left of the value's lines (概 over 要, 質
 * over 疑, 所 over 感), as a text extraction prints a sheet's merged label cell: the letters are taken out of the lines
 * they open, so that 疑　問3　… reads as the question it is. Only two letters that make a label or a section's word
 * count, the second at the first's column a few lines below. Stateless.
 */
final class StackedLetters {

	/** A letter alone at the left, then the line's text after a wide gap, or nothing. */
	private static final Pattern LETTER = Pattern.compile("^( {0,8})(\\p{IsHan})(?: {4,}\\S.*| *)$");

	/** How many lines below the first letter the second may stand. */
	private static final int SPAN = 8;

	private StackedLetters() {
	}

	/** A letter alone on its line, nothing beside it. */
	private static final Pattern LONE_LETTER = Pattern.compile("^[ 　]*\\p{IsHan}[ 　]*$");

	/** How many letters a label set one a line may have, at the most (調 / 査 / 事 / 項). */
	private static final int MAX_LONE_LETTERS = 6;

	static List<String> removed(List<String> lines) {
		List<String> out = new ArrayList<>(lines);
		for (int i = 0; i < out.size(); i++) {
			int run = 0;
			while (i + run < out.size() && run < MAX_LONE_LETTERS && LONE_LETTER.matcher(out.get(i + run)).matches()) {
				run++;
			}
			// 調 / 査 / 事 / 項 / 目 / 的: the longest run from the first letter that makes a label, the rest another's
			while (run >= 2 && !Words.isLabelOrPart(String.join("", out.subList(i, i + run)).replaceAll("[ 　]", ""))) {
				run--;
			}
			String letters = run >= 2 ? String.join("", out.subList(i, i + run)).replaceAll("[ 　]", "") : "";
			if (run >= 2) {
				// 調 / 査 / 事 / 項 over 農家民宿と…について: a label cell's letters a line each, as mutool prints a narrow
				// cell, closed up on the last letter's line, over the value they label
				for (int k = i; k < i + run - 1; k++) {
					out.set(k, "");
				}
				out.set(i + run - 1, letters);
				i += run - 1;
				continue;
			}
			Matcher first = LETTER.matcher(out.get(i));
			if (!first.matches()) {
				continue;
			}
			for (int j = i + 1; j < Math.min(out.size(), i + SPAN + 1); j++) {
				Matcher second = LETTER.matcher(out.get(j));
				if (second.matches() && second.group(1).length() == first.group(1).length()) {
					String word = first.group(2) + second.group(2);
					if (Words.isLabelOrPart(word)) {
						out.set(i, blanked(out.get(i), first.group(1).length()));
						out.set(j, blanked(out.get(j), second.group(1).length()));
						i = j;
					}
					break;
				}
			}
		}
		return out;
	}

	/** The line with its letter at {@code at} turned into the two columns of space it took. */
	private static String blanked(String line, int at) {
		String rest = line.substring(at + 1);
		return rest.isBlank() ? "" : line.substring(0, at) + "  " + rest;
	}
}
