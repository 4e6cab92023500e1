package org.govreview.readers.text;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Look-alike letters an OCR engine gives for a kanji in a scanned page's text layer: the katakana ロ for the kanji 口
 * (人ロ for 人口, 窓ロ for 窓口). A ロ is read as 口 where a kanji stands beside it and no katakana does, as in no
 * katakana word (ロボット, プロジェクト, ゼロ); an evaluation's marks given as letters (© for ◎, O for ○) where the
 * document's own legend pairs those letters with the words of the marks. Stateless; thread-safe.
 */
public final class OcrGlyphs {

	private static final Pattern KATAKANA_RO = Pattern.compile("(?<=\\p{IsHan})ロ(?![\\p{IsKatakana}ー])|(?<![\\p{IsKatakana}ー])ロ(?=\\p{IsHan})");

	/** © 達成, O 順調, A 遅れ, X 未着手: a legend's mark as an OCR engine read it, before the word it stands for. */
	private static final Pattern LEGEND = Pattern.compile("^\\s*([©OAXΔ])\\s*(達成|完了|実現|順調|概ね順調|おおむね順調|遅れ|やや遅れ|未着手|着手)(?:\\s|$)");

	/** The mark each letter an OCR engine gives stands for. */
	private static final Map<String, String> MARK = Map.of("©", "◎", "O", "○", "A", "△", "Δ", "△", "X", "×");

	/** How many legend lines must pair the letters with words before they are read as marks. */
	private static final int LEGEND_LINES = 2;

	private OcrGlyphs() {
	}

	/**
	 * The lines with the marks of an evaluation read where an OCR engine gave letters for them (© for ◎, O for ○, A or
	 * Δ for △, X for ×), as the document's own legend pairs them with their words (O 順調, A 遅れ): a line that is the
	 * letter alone, or the letter before a word of the legend. Without such a legend the lines themselves.
	 */
	public static List<String> marksOfLegend(List<String> lines) {
		long legend = lines.stream().map(LEGEND::matcher).filter(Matcher::find).map(found -> found.group(1)).distinct().count();
		if (legend < LEGEND_LINES) {
			return lines;
		}
		return lines.stream().map(OcrGlyphs::markOfLegend).toList();
	}

	private static String markOfLegend(String line) {
		String stripped = line.strip();
		if (MARK.containsKey(stripped)) {
			return line.replace(stripped, MARK.get(stripped));
		}
		Matcher legend = LEGEND.matcher(line);
		if (legend.find()) {
			return line.substring(0, legend.start(1)) + MARK.get(legend.group(1)) + line.substring(legend.end(1));
		}
		return line;
	}

	/** The lines with look-alike letters read as the kanji they stand for; the lines themselves when none has one. */
	public static List<String> asKanji(List<String> lines) {
		if (lines.stream().noneMatch(line -> line.indexOf('ロ') >= 0 && KATAKANA_RO.matcher(line).find()
				|| line.indexOf('※') >= 0 && NOTE_ONE.matcher(line).find())) {
			return lines;
		}
		return lines.stream()
			.map(line -> line.indexOf('ロ') < 0 ? line : KATAKANA_RO.matcher(line).replaceAll("口"))
			.map(line -> line.indexOf('※') < 0 ? line : NOTE_ONE.matcher(line).replaceAll("※1"))
			.toList();
	}

	/** ※l, ※I: the note mark ※1 with the one read as a letter. */
	private static final Pattern NOTE_ONE = Pattern.compile("※[lI|](?![A-Za-z])");
}
