package org.govreview.readers.text;

/**
 * One evaluation as a document prints it, placed on its scale: ★★★★★★★☆☆☆ is level 7 of 10 on {@code stars}, 4/5 is
 * level 4 of 5 on {@code score}, ○ is level 3 of 4 on {@code symbol} (◎○△×), B is level 3 of 5 on {@code grade}
 * (S–D), やや遅れ is level 2 of 5 on {@code progress}. A higher level is always the better one. Immutable.
 *
 * @param scale the scale's name: stars, score, or a scale of {@code evaluation-marks.txt}
 * @param mark the canonical mark (○ for 〇, 概ね順調 for おおむね順調; the level as digits for stars and scores)
 * @param level the mark's place on its scale, 1 for the worst
 * @param levels how many levels the scale has (its maximum)
 * @param printed the text as printed
 */
public record Evaluation(String scale, String mark, int level, int levels, String printed) {

	public static final String STARS = "stars";

	public static final String SCORE = "score";
}
