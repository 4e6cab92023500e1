package org.govreview.domain.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.govreview.domain.pledge.ItemEvaluation;
import org.govreview.domain.pledge.MarkCount;
import org.govreview.domain.pledge.OverallRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The published figures of real evaluations, recomputed by the rule each states. */
class EvaluationRollupTests {

	private static final Rounding ONE_DECIMAL = new Rounding(RoundingMode.HALF_UP, 1);

	private static final Rounding WHOLE = new Rounding(RoundingMode.HALF_UP, 0);

	private static List<BigDecimal> figures(String... values) {
		return Arrays.stream(values).map(BigDecimal::new).toList();
	}

	/** 小田原市: 8 fields out of 10 and 4 key issues out of 5, simple sum 72.5 (printed 72・5). */
	@Test
	void odawaraSumsItsFieldAndKeyIssueScores() {
		List<BigDecimal> scores = figures("7.5", "8.0", "6.5", "7.0", "8.5", "6.0", "7.5", "7.0", "4.0", "3.5", "3.0", "4.0");
		assertThat(EvaluationRollup.sum(scores, Rounding.NONE)).isEqualByComparingTo("72.5");
	}

	/** 横須賀市: 201 projects × 5 points, 761 of 1,005 → 75.7, while its 10 field scores average 77.25. */
	@Test
	void yokosukaWeighsByProjectNotByField() {
		assertThat(EvaluationRollup.sumOverMaximum(new BigDecimal("761"), new BigDecimal("1005"), ONE_DECIMAL))
			.isEqualByComparingTo("75.7");
		List<BigDecimal> fields = figures("80", "75", "70", "85", "72.5", "77.5", "80", "75", "77.5", "80");
		assertThat(EvaluationRollup.mean(fields, Rounding.NONE)).isEqualByComparingTo("77.25");
	}

	@Test
	void sumOverMaximumOfScoredItemsAddsLevelsAndMaxima() {
		List<ItemEvaluation> items = Stream.of(5, 4, 3, 4, 4, 2, 5, 5, 4, 3, 2, 4)
			.map(level -> new ItemEvaluation("score", String.valueOf(level), level, 5, String.valueOf(level)))
			.toList();
		assertThat(EvaluationRollup.sumOverMaximum(items, ONE_DECIMAL)).isEqualByComparingTo("75.0");
	}

	static Stream<Arguments> shares() {
		return Stream.of(
				Arguments.of("東浦町", List.of(new MarkCount("達成", 3), new MarkCount("順調", 57), new MarkCount("やや遅れ", 11),
						new MarkCount("遅れ", 1)), Set.of("達成", "順調"), WHOLE, "83"),
				Arguments.of("東浦町 to one decimal", List.of(new MarkCount("達成", 3), new MarkCount("順調", 57),
						new MarkCount("やや遅れ", 11), new MarkCount("遅れ", 1)), Set.of("達成", "順調"), ONE_DECIMAL, "83.3"),
				Arguments.of("綾瀬市", List.of(new MarkCount("○", 36), new MarkCount("△", 10), new MarkCount("×", 0)), Set.of("○"),
						WHOLE, "78"),
				Arguments.of("沼津市", List.of(new MarkCount("◎", 7), new MarkCount("○", 18), new MarkCount("△", 6),
						new MarkCount("×", 1)), Set.of("◎", "○"), ONE_DECIMAL, "78.1"));
	}

	@ParameterizedTest(name = "{0} → {4}")
	@MethodSource("shares")
	void shareOfTheBetterMarks(String city, List<MarkCount> counts, Set<String> better, Rounding rounding, String published) {
		assertThat(EvaluationRollup.shareOfMarks(counts, better, rounding)).isEqualByComparingTo(published);
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', value = { "完了,完了,実施中 | 92", "着手,実施中 | 63", "着手,完了,未着手 | 50", "実施中,実施中 | 75" })
	void markValuesAveraged(String marks, String published) {
		Map<String, BigDecimal> values = Map.of("完了", new BigDecimal("100"), "実施中", new BigDecimal("75"), "着手",
				new BigDecimal("50"), "未着手", BigDecimal.ZERO);
		assertThat(EvaluationRollup.meanOfMarkValues(List.of(marks.split(",")), values, WHOLE)).isEqualByComparingTo(published);
	}

	@ParameterizedTest(name = "{0} % → {1}")
	@CsvSource(delimiter = '|', value = { "116.7 | A", "100.0 | A", "99.6 | B", "90.0 | B", "86.7 | C", "70.0 | C", "66.5 | D",
			"0 | D" })
	void achievementBands(String rate, String band) {
		List<EvaluationRollup.Band> bands = List.of(new EvaluationRollup.Band("A", new BigDecimal("100")),
				new EvaluationRollup.Band("B", new BigDecimal("90")), new EvaluationRollup.Band("C", new BigDecimal("70")),
				new EvaluationRollup.Band("D", null));
		assertThat(EvaluationRollup.band(new BigDecimal(rate), bands)).isEqualTo(band);
	}

	@Test
	void overallFollowsTheStatedRule() {
		List<MarkCount> counts = List.of(new MarkCount("○", 36), new MarkCount("△", 10), new MarkCount("×", 0));
		assertThat(EvaluationRollup.overall(OverallRule.SHARE_OF_MARKS, List.of(), List.of(), counts, Set.of("○"), WHOLE))
			.isEqualByComparingTo("78");
		assertThat(EvaluationRollup.overall(OverallRule.MEAN, figures("65", "70", "55", "75"), List.of(), List.of(), Set.of(),
				ONE_DECIMAL)).isEqualByComparingTo("66.3");
		assertThat(EvaluationRollup.overall(OverallRule.SUM, figures("58.0", "14.5"), List.of(), List.of(), Set.of(),
				Rounding.NONE)).isEqualByComparingTo("72.5");
	}

	@Test
	void nothingToCombineOrAnUnvaluedMarkIsAnError() {
		assertThatThrownBy(() -> EvaluationRollup.mean(Collections.emptyList(), WHOLE)).hasMessageContaining("nothing to combine");
		assertThatThrownBy(() -> EvaluationRollup.meanOfMarkValues(List.of("保留"), Map.of("完了", BigDecimal.TEN), WHOLE))
			.hasMessageContaining("保留");
		assertThatThrownBy(() -> EvaluationRollup.shareOfMarks(List.of(new MarkCount("○", 0)), Set.of("○"), WHOLE))
			.hasMessageContaining("no item counted");
	}
}
