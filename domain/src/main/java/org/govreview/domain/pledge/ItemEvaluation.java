package org.govreview.domain.pledge;

/**
 * The evaluation a report prints for one item, on whatever scale it uses: 10-level stars (★★★★★★★☆☆☆ → mark "7",
 * level 7 of 10), a score (4 of 5), a grade (B of S–D), a mark (○ of ◎○△×) or a progress word (やや遅れ). A higher
 * level is always the better one.
 *
 * @param scale the scale's name: stars, score, symbol, grade, progress, start …
 * @param mark the canonical mark (○ for 〇, the level as digits for stars and scores)
 * @param level the mark's place on its scale, 1 for the worst
 * @param levels how many levels the scale has (its maximum)
 * @param printed the evaluation as printed
 */
public record ItemEvaluation(String scale, String mark, int level, int levels, String printed) {

	public ItemEvaluation {
		if (levels < 1 || level < 0 || level > levels) {
			throw new IllegalArgumentException("evaluation " + printed + ": level " + level + " not on a scale of " + levels);
		}
	}
}
