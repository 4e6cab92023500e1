package org.govreview.domain.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.govreview.domain.pledge.ItemEvaluation;
import org.govreview.domain.pledge.OverallRule;
import org.junit.jupiter.api.Test;

/** Overall figures that cities publish for reports on their own scales, checked by the rule each states. */
class StatedRuleCheckTests {

	private static List<ItemEvaluation> items(int count, String scale, String mark, int level, int levels) {
		return Collections.nCopies(count, new ItemEvaluation(scale, mark, level, levels, mark));
	}

	private static List<ItemEvaluation> concat(List<List<ItemEvaluation>> parts) {
		List<ItemEvaluation> all = new ArrayList<>();
		parts.forEach(all::addAll);
		return all;
	}

	private static StatedEvaluations report(OverallRule rule, List<ItemEvaluation> items, List<BigDecimal> groups,
			String published) {
		return new StatedEvaluations(rule, items, List.of(), groups, published == null ? null : new BigDecimal(published),
				"%");
	}

	@Test
	void ayaseSharesOfCirclesAmongFortySixPledges() {
		List<ItemEvaluation> marks = concat(List.of(items(36, "symbol", "○", 3, 4), items(10, "symbol", "△", 2, 4)));

		RollupRow row = StatedRuleCheck.overall(report(OverallRule.SHARE_OF_MARKS, marks, List.of(), "78"));

		assertThat(row.status()).isEqualTo(ReconciliationStatus.MATCH);
		assertThat(row.computed()).isEqualByComparingTo("78.2609");
		assertThat(row.note()).contains("36 of 46");
	}

	@Test
	void higashiuraAchievedAndOnTrackOfSeventyTwo() {
		List<ItemEvaluation> words = concat(List.of(items(3, "progress", "達成", 5, 5), items(57, "progress", "順調", 4, 5),
				items(11, "progress", "やや遅れ", 2, 5), items(1, "progress", "遅れ", 1, 5)));

		RollupRow row = StatedRuleCheck.overall(report(OverallRule.SHARE_OF_MARKS, words, List.of(), "83"));

		assertThat(row.status()).isEqualTo(ReconciliationStatus.MATCH);
		assertThat(row.note()).contains("60 of 72");
	}

	@Test
	void yokosukaSevenHundredSixtyOnePointsOfOneThousandAndFive() {
		List<ItemEvaluation> scores = concat(List.of(items(161, "score", "4", 4, 5), items(37, "score", "3", 3, 5),
				items(3, "score", "2", 2, 5)));

		RollupRow row = StatedRuleCheck.overall(report(OverallRule.SUM_OVER_MAXIMUM, scores, List.of(), "75.7"));

		assertThat(row.status()).isEqualTo(ReconciliationStatus.MATCH);
		assertThat(row.note()).contains("761 of 1005 points over 201 items");
	}

	@Test
	void odawaraSimpleSumOfEightFieldsAndFourKeyIssues() {
		List<BigDecimal> groups = new ArrayList<>();
		for (String figure : List.of("8", "7.5", "8.5", "8", "7", "8", "8", "8", "2.5", "2", "2.5", "2.5")) {
			groups.add(new BigDecimal(figure));
		}

		RollupRow row = StatedRuleCheck.overall(report(OverallRule.SUM, List.of(), groups, "72.5"));

		assertThat(row.status()).isEqualTo(ReconciliationStatus.MATCH);
		assertThat(row.computed()).isEqualByComparingTo("72.5");
	}

	@Test
	void aFigureTheStatedRuleCannotGiveDisagreesWithTheNumbersInTheNote() {
		List<ItemEvaluation> marks = concat(List.of(items(36, "symbol", "○", 3, 4), items(10, "symbol", "△", 2, 4)));

		RollupRow row = StatedRuleCheck.overall(report(OverallRule.SHARE_OF_MARKS, marks, List.of(), "80"));

		assertThat(row.status()).isEqualTo(ReconciliationStatus.DISAGREES);
		assertThat(row.note()).contains("36 of 46").contains("80 is published");
	}

	@Test
	void withoutAStatedRuleNothingIsComputedByARuleTheReportDoesNotUse() {
		RollupRow row = StatedRuleCheck.overall(report(null, items(5, "grade", "A", 4, 5), List.of(), "54.5"));

		assertThat(row.status()).isEqualTo(ReconciliationStatus.PUBLISHED_ONLY);
		assertThat(row.computed()).isNull();
	}
}
