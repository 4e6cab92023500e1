package org.govreview.readers.text;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;

/**
 * Kanji a PDF's font maps to the radical blocks of Unicode rather than to the ideographs (⼈⼝ for 人口, ⾏政 for 行政,
 * ⻑野 for 長野), as text extracted from PDFs that some word processors and Mac applications make gives them: read as
 * the ideographs they print, so that a place, a label or a topic is the one a reader looks for. Kangxi radicals have a
 * compatibility mapping of their own; the radicals supplement's standalone Japanese forms are mapped here, its
 * component shapes (⺅, ⻖) stay. Stateless; thread-safe.
 */
public final class RadicalGlyphs {

	private static final Map<Character, Character> SUPPLEMENT = Map.ofEntries(Map.entry('⺟', '母'),
			Map.entry('⺠', '民'), Map.entry('⻄', '西'), Map.entry('⻆', '角'), Map.entry('⻑', '長'),
			Map.entry('⻘', '青'), Map.entry('⻝', '食'), Map.entry('⻣', '骨'), Map.entry('⻤', '鬼'), Map.entry('⻫', '斉'),
			Map.entry('⻩', '黄'), Map.entry('⻭', '歯'), Map.entry('⻯', '竜'), Map.entry('⻲', '亀'));

	/**
	 * Kangxi radicals whose compatibility mapping is the traditional form where Japanese text prints the new one
	 * (⼾ to 戶 for 戸, ⿊ to 黑 for 黒 in 黒川).
	 */
	private static final Map<Character, Character> KANGXI_JAPANESE = Map.of('⼾', '戸', '⾭', '青', '⿆', '麦', '⿈', '黄',
			'⿊', '黒', '⿑', '斉', '⿒', '歯', '⿔', '亀');

	private RadicalGlyphs() {
	}

	/** The lines with radical glyphs read as the ideographs they stand for; the lines themselves when none has one. */
	public static List<String> asIdeographs(List<String> lines) {
		if (lines.stream().noneMatch(RadicalGlyphs::hasRadical)) {
			return lines;
		}
		return lines.stream().map(RadicalGlyphs::asIdeographs).toList();
	}

	static String asIdeographs(String line) {
		if (!hasRadical(line)) {
			return line;
		}
		StringBuilder out = new StringBuilder(line.length());
		for (int k = 0; k < line.length(); k++) {
			char c = line.charAt(k);
			if (KANGXI_JAPANESE.containsKey(c)) {
				out.append(KANGXI_JAPANESE.get(c));
			} else if (isKangxi(c)) {
				out.append(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC));
			} else {
				out.append(SUPPLEMENT.getOrDefault(c, c));
			}
		}
		return out.toString();
	}

	private static boolean hasRadical(String line) {
		for (int k = 0; k < line.length(); k++) {
			char c = line.charAt(k);
			if (isKangxi(c) || SUPPLEMENT.containsKey(c)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isKangxi(char c) {
		return c >= '\u2F00' && c <= '\u2FD5';
	}
}
