package org.govreview.domain.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govreview.domain.rollup.PolicyTrees.aMeasure;
import static org.govreview.domain.rollup.PolicyTrees.aMeasureWithStars;
import static org.govreview.domain.rollup.PolicyTrees.aPledge;
import static org.govreview.domain.rollup.PolicyTrees.aReport;
import static org.govreview.domain.rollup.PolicyTrees.anActivity;
import static org.govreview.domain.rollup.PolicyTrees.pledge;
import static org.govreview.domain.rollup.PolicyTrees.weighted;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RollupCalculatorTests {

	/** The rule file the jobs use by default, relative to the domain module. */
	private static final Path PLEDGE_REPORT_RULE = Path.of("..", "templates", "rollup", "pledge-report.properties");

	/** Every level a plain mean on a 10-level scale, measures published as exact figures; tests override lines. */
	private static final String PLAIN_RULE = """
			measure.input-scale=10
			measure.scale=10
			measure.aggregation=mean
			measure.rounding=none
			pledge.input-scale=10
			pledge.scale=100
			pledge.aggregation=mean
			pledge.rounding=none
			basic-policy.input-scale=100
			basic-policy.scale=100
			basic-policy.aggregation=mean
			basic-policy.rounding=none
			overall.input-scale=100
			overall.scale=100
			overall.aggregation=mean
			overall.rounding=none
			""";

	private static RollupCalculator pledgeReport;

	@BeforeAll
	static void loadTheRealRuleFile() throws IOException {
		try (Reader source = Files.newBufferedReader(PLEDGE_REPORT_RULE, StandardCharsets.UTF_8)) {
			pledgeReport = new RollupCalculator(RollupRule.load("pledge-report", source));
		}
	}

	/** 苫小牧市 市長公約取組状況, 令和5年度末: the published figures; stars where the extracted text shows them. */
	private static PolicyTrees.ReportBuilder tomakomaiFy2023() {
		return aReport().publishedOverall("59.2")
			.basicPolicy("I", "62", pledge("73"), pledge("66"), pledge("70"), pledge("43"), pledge("61"))
			.basicPolicy("II", "56", pledge("58"), pledge("52"), pledge("52"), pledge("57"), pledge("65", 7, 5))
			.basicPolicy("III", "60", pledge("77", 8, null), pledge("52", 5, null), pledge("72", 8, null),
					pledge("45", 7, null), pledge("56"))
			.basicPolicy("IV", "56", pledge("53"), pledge("61"), pledge("45"), pledge("70"), pledge("52"))
			.basicPolicy("V", "62", pledge("74"), pledge("75"), pledge("41", 4, 4), pledge("61", 6, 6),
					pledge("60", 5, 5));
	}

	@Test
	void reproducesTheBasicPoliciesAndTheOverallFigureTomakomaiPublishedForFy2023() {
		List<RollupRow> rows = pledgeReport.calculate(tomakomaiFy2023().build());

		// expected values are the figures printed in the report, not what the code happens to give
		String[][] published = { { "I", "62" }, { "II", "56" }, { "III", "60" }, { "IV", "56" }, { "V", "62" },
				{ "overall", "59.2" } };
		for (String[] figure : published) {
			RollupRow row = row(rows, figure[0]);
			assertThat(row.exact()).as(figure[0] + " exact").isTrue();
			assertThat(row.computed()).as(figure[0] + " computed").isEqualByComparingTo(figure[1]);
			assertThat(row.status()).as(figure[0] + " status").isEqualTo(ReconciliationStatus.MATCH);
			assertThat(row.note()).as(figure[0] + " note").isNull();
		}
		assertThat(row(rows, "overall").computed()).isEqualByComparingTo("59.2");
	}

	@Test
	void checksEachPledgeAgainstTheStarsOfItsMeasuresAndFlagsTheOnesThatCannotFollow() {
		List<RollupRow> rows = pledgeReport.calculate(tomakomaiFy2023().build());

		assertThat(row(rows, "II-5").status()).isEqualTo(ReconciliationStatus.CONSISTENT); // ★7 ★5 → 55–65
		assertThat(row(rows, "V-3").status()).isEqualTo(ReconciliationStatus.CONSISTENT); // ★4 ★4 → 35–45
		assertThat(row(rows, "V-4").status()).isEqualTo(ReconciliationStatus.CONSISTENT); // ★6 ★6 → 55–65
		RollupRow v5 = row(rows, "V-5"); // ★5 ★5 allow 45–55, the report prints 60
		assertThat(v5.status()).isEqualTo(ReconciliationStatus.DISAGREES);
		assertThat(v5.lowerBound()).isEqualByComparingTo("45");
		assertThat(v5.upperBound()).isEqualByComparingTo("55");
		assertThat(v5.note()).contains("60", "45", "55");
		// a pledge whose measures printed nothing is taken as published; its figure is still exact data above
		assertThat(row(rows, "I-1").status()).isEqualTo(ReconciliationStatus.PUBLISHED_ONLY);
		assertThat(row(rows, "I-1").value()).isEqualByComparingTo("73");
		// the stars themselves have nothing below them to check against
		assertThat(row(rows, "V-5-1").status()).isEqualTo(ReconciliationStatus.PUBLISHED_ONLY);
		assertThat(row(rows, "V-5-1").value()).as("stars are not exact data").isNull();
		assertThat(row(rows, "I-1-1").status()).isEqualTo(ReconciliationStatus.NO_DATA);
	}

	@Test
	void listsEveryParentBeforeItsSubtreeAndTheOverallFigureLast() {
		List<RollupRow> rows = pledgeReport.calculate(tomakomaiFy2023().build());

		List<String> expected = new ArrayList<>();
		for (String policy : List.of("I", "II", "III", "IV", "V")) {
			expected.add(policy);
			for (int pledge = 1; pledge <= 5; pledge++) {
				expected.add(policy + "-" + pledge);
				expected.add(policy + "-" + pledge + "-1");
				expected.add(policy + "-" + pledge + "-2");
			}
		}
		expected.add("overall");
		assertThat(rows).extracting(RollupRow::code).containsExactlyElementsOf(expected);
		assertThat(rows.get(rows.size() - 1).level()).isEqualTo(RollupLevel.OVERALL);
	}

	@Test
	void pledgeAboveWhatItsStarsAllowDisagreesWithBoundsAndANoteNamingThePublishedFigure() {
		List<RollupRow> rows = pledgeReport
			.calculate(aPledge("P", "61", aMeasureWithStars("M1", 7), aMeasureWithStars("M2", 4)));

		RollupRow pledge = row(rows, "P");
		assertThat(pledge.status()).isEqualTo(ReconciliationStatus.DISAGREES);
		assertThat(pledge.exact()).isFalse();
		assertThat(pledge.lowerBound()).isEqualByComparingTo("50"); // (6.5 + 3.5) / 2 × 10
		assertThat(pledge.upperBound()).isEqualByComparingTo("60"); // (7.5 + 4.5) / 2 × 10
		assertThat(pledge.note()).contains("61", "50", "60");
	}

	@Test
	void pledgeAtTheEdgeOfWhatItsStarsAllowIsConsistent() {
		List<RollupRow> rows = pledgeReport
			.calculate(aPledge("P", "45", aMeasureWithStars("M1", 5), aMeasureWithStars("M2", 5)));

		RollupRow pledge = row(rows, "P");
		assertThat(pledge.status()).isEqualTo(ReconciliationStatus.CONSISTENT);
		assertThat(pledge.lowerBound()).isEqualByComparingTo("45");
		assertThat(pledge.upperBound()).isEqualByComparingTo("55");
		assertThat(pledge.note()).isNull();
	}

	@Test
	void measureWithoutStarsWidensThePledgeBoundsToItsWholeScale() {
		List<RollupRow> rows = pledgeReport.calculate(aPledge("P", "73", aMeasureWithStars("M1", 7), aMeasure("M2", null)));

		RollupRow pledge = row(rows, "P");
		assertThat(pledge.status()).isEqualTo(ReconciliationStatus.CONSISTENT);
		assertThat(pledge.lowerBound()).isEqualByComparingTo("33"); // (6.5 + 0) / 2 × 10 = 32.5, half-up
		assertThat(pledge.upperBound()).isEqualByComparingTo("88"); // (7.5 + 10) / 2 × 10 = 87.5, half-up
		assertThat(pledge.computed()).as("no estimate without a figure for every measure").isNull();
	}

	@Test
	void starsAreClippedToTheScaleWhenWidened() {
		List<RollupRow> rows = pledgeReport
			.calculate(aPledge("P", "100", aMeasureWithStars("M1", 10), aMeasureWithStars("M2", 10)));

		RollupRow pledge = row(rows, "P");
		assertThat(pledge.upperBound()).isEqualByComparingTo("100");
		assertThat(pledge.lowerBound()).isEqualByComparingTo("95");
		assertThat(pledge.status()).isEqualTo(ReconciliationStatus.CONSISTENT);
	}

	@Test
	void measureIsTheExactMeanOfItsActivityRatingsWhateverItsStarsSay() {
		List<RollupRow> rows = pledgeReport
			.calculate(aPledge("P", null, aMeasureWithStars("M1", 4, anActivity("A1", 8), anActivity("A2", 6))));

		RollupRow measure = row(rows, "M1");
		assertThat(measure.exact()).isTrue();
		assertThat(measure.computed()).isEqualByComparingTo("7");
		assertThat(measure.value()).isEqualByComparingTo("7");
		assertThat(measure.status()).isEqualTo(ReconciliationStatus.DISAGREES);
		assertThat(measure.note()).contains("published 4", "7");
	}

	@Test
	void measureWhoseStarsShowItsRatingsRoundedMatches() {
		List<RollupRow> rows = pledgeReport
			.calculate(aPledge("P", null, aMeasureWithStars("M1", 8, anActivity("A1", 8), anActivity("A2", 7))));

		RollupRow measure = row(rows, "M1");
		assertThat(measure.computed()).isEqualByComparingTo("7.5");
		assertThat(measure.status()).isEqualTo(ReconciliationStatus.MATCH); // 7.5 is shown as ★8
	}

	@Test
	void pledgeWhoseMeasuresAreAllRatedIsComputedExactlyAndComparedWithItsPublishedFigure() {
		PolicyNode m1 = aMeasureWithStars("M1", 4, anActivity("A1", 8), anActivity("A2", 6)); // 7
		PolicyNode m2 = aMeasureWithStars("M2", 4, anActivity("A3", 5), anActivity("A4", 4)); // 4.5

		RollupRow matching = row(pledgeReport.calculate(aPledge("P", "58", m1, m2)), "P");
		assertThat(matching.exact()).isTrue();
		assertThat(matching.computed()).isEqualByComparingTo("58"); // 57.5, half-up; the stars would give 40
		assertThat(matching.status()).isEqualTo(ReconciliationStatus.MATCH);

		RollupRow disagreeing = row(pledgeReport.calculate(aPledge("P", "40", m1, m2)), "P");
		assertThat(disagreeing.computed()).isEqualByComparingTo("58");
		assertThat(disagreeing.status()).isEqualTo(ReconciliationStatus.DISAGREES);
		assertThat(disagreeing.note()).contains("published 40", "58");
	}

	@Test
	void pledgeComputedButNotPublishedIsComputedOnlyAndItsValueFeedsTheLevelAbove() {
		List<RollupRow> rows = pledgeReport.calculate(aPledge("P", null,
				aMeasure("M1", null, anActivity("A1", 6)), aMeasure("M2", null, anActivity("A2", 9))));

		RollupRow pledge = row(rows, "P");
		assertThat(pledge.status()).isEqualTo(ReconciliationStatus.COMPUTED_ONLY);
		assertThat(pledge.value()).isEqualByComparingTo("75");
	}

	@Test
	void missingMeasureIsNeverCountedAsZero() {
		// were the missing measure 0, the pledge would be computed exactly as (7 + 0) / 2 × 10 = 35
		List<RollupRow> rows = pledgeReport.calculate(aPledge("P", "35",
				aMeasure("M1", null, anActivity("A1", 8), anActivity("A2", 6)), aMeasure("M2", null)));

		RollupRow pledge = row(rows, "P");
		assertThat(pledge.exact()).isFalse();
		assertThat(pledge.computed()).isNull();
		assertThat(pledge.value()).isEqualByComparingTo("35"); // the published figure, which is exact data
		assertThat(pledge.status()).isNotEqualTo(ReconciliationStatus.MATCH);
		assertThat(pledge.lowerBound()).isEqualByComparingTo("35");
		assertThat(pledge.upperBound()).isEqualByComparingTo("85");
	}

	@Test
	void unratedActivityIsNeverCountedAsZero() {
		List<RollupRow> rows = pledgeReport
			.calculate(aPledge("P", null, aMeasure("M1", null, anActivity("A1", 8), anActivity("A2", null))));

		RollupRow measure = row(rows, "M1");
		assertThat(measure.exact()).isFalse();
		assertThat(measure.computed()).isNull();
		assertThat(measure.lowerBound()).isEqualByComparingTo("4");
		assertThat(measure.upperBound()).isEqualByComparingTo("9");
		assertThat(row(rows, "A2").status()).isEqualTo(ReconciliationStatus.NO_DATA);
	}

	@Test
	void starsOfAPartlyRatedMeasureAreCheckedAsARoundedDisplay() {
		// ratings 7 and (missing) leave the measure anywhere in 3.5–8.5, which half-up shows as ★4…★9
		PolicyNode highest = aMeasureWithStars("M1", 9, anActivity("A1", 7), anActivity("A2", null));
		PolicyNode lowest = aMeasureWithStars("M1", 4, anActivity("A1", 7), anActivity("A2", null));
		PolicyNode tooLow = aMeasureWithStars("M1", 3, anActivity("A1", 7), anActivity("A2", null));

		assertThat(row(pledgeReport.calculate(aPledge("P", null, highest)), "M1").status())
			.isEqualTo(ReconciliationStatus.CONSISTENT);
		assertThat(row(pledgeReport.calculate(aPledge("P", null, lowest)), "M1").status())
			.isEqualTo(ReconciliationStatus.CONSISTENT);
		RollupRow disagreeing = row(pledgeReport.calculate(aPledge("P", null, tooLow)), "M1");
		assertThat(disagreeing.status()).isEqualTo(ReconciliationStatus.DISAGREES);
		assertThat(disagreeing.note()).contains("published 3");
	}

	@Test
	void weightedMeanUsesTheWeightsOfTheChildren() throws IOException {
		RollupCalculator calculator = calculator(PLAIN_RULE + "pledge.aggregation=weighted-mean\n");

		List<RollupRow> rows = calculator.calculate(aPledge("P", "70",
				weighted(aMeasure("M1", "8"), "3"), weighted(aMeasure("M2", "4"), "1")));

		RollupRow pledge = row(rows, "P");
		assertThat(pledge.computed()).isEqualByComparingTo("70"); // (3 × 8 + 1 × 4) / 4 × 10; a plain mean gives 60
		assertThat(pledge.status()).isEqualTo(ReconciliationStatus.MATCH);
	}

	@Test
	void sumAddsTheChildrenOnTheLevelsScale() throws IOException {
		RollupCalculator calculator = calculator(
				PLAIN_RULE + "pledge.aggregation=sum\npledge.input-scale=100\npledge.scale=100\n");

		List<RollupRow> rows = calculator.calculate(
				aPledge("P", "72.5", aMeasure("M1", "30"), aMeasure("M2", "20"), aMeasure("M3", "22.5")));

		RollupRow pledge = row(rows, "P");
		assertThat(pledge.computed()).isEqualByComparingTo("72.5");
		assertThat(pledge.status()).isEqualTo(ReconciliationStatus.MATCH);
	}

	@Test
	void halfEvenAndHalfUpRoundATrueHalfDifferently() throws IOException {
		// (6 + 6.5) / 2 × 10 = 62.5
		PolicyNode pledge = aPledge("P", null, aMeasure("M1", "6"), aMeasure("M2", "6.5"));

		RollupRow halfEven = row(calculator(PLAIN_RULE + "pledge.rounding=half-even:0\n").calculate(pledge), "P");
		RollupRow halfUp = row(calculator(PLAIN_RULE + "pledge.rounding=half-up:0\n").calculate(pledge), "P");

		assertThat(halfEven.computed()).isEqualByComparingTo("62");
		assertThat(halfUp.computed()).isEqualByComparingTo("63");
	}

	@Test
	void floorTruncatesTowardsTheLowerWholeNumber() throws IOException {
		// (6.7 + 6.98) / 2 × 10 = 68.4
		PolicyNode pledge = aPledge("P", "68", aMeasure("M1", "6.7"), aMeasure("M2", "6.98"));

		RollupRow row = row(calculator(PLAIN_RULE + "pledge.rounding=floor:0\n").calculate(pledge), "P");

		assertThat(row.computed()).isEqualByComparingTo("68");
		assertThat(row.status()).isEqualTo(ReconciliationStatus.MATCH);
	}

	@Test
	void fullMarksOnAThreeLevelScaleAreAHundredPercentEvenWhenFloored() throws IOException {
		// ◎○△ evaluations: 3 of 3 is 100 %; 100 / 3 must not be rounded before it is multiplied back
		RollupCalculator calculator = calculator(
				PLAIN_RULE + "pledge.input-scale=3\npledge.rounding=floor:0\n");

		RollupRow pledge = row(calculator.calculate(aPledge("P", "100", aMeasure("M1", "3"), aMeasure("M2", "3"))), "P");

		assertThat(pledge.computed()).isEqualByComparingTo("100");
		assertThat(pledge.status()).isEqualTo(ReconciliationStatus.MATCH);
	}

	@Test
	void exactFigurePublishedAtAMeasureFeedsThePledgeWhenTheRuleSaysItIsNotARoundedDisplay() throws IOException {
		List<RollupRow> rows = calculator(PLAIN_RULE)
			.calculate(aPledge("P", "55", aMeasure("M1", "7"), aMeasure("M2", "4")));

		RollupRow pledge = row(rows, "P");
		assertThat(pledge.exact()).isTrue();
		assertThat(pledge.computed()).isEqualByComparingTo("55");
		assertThat(pledge.status()).isEqualTo(ReconciliationStatus.MATCH);
	}

	private static RollupCalculator calculator(String properties) throws IOException {
		return new RollupCalculator(RollupRule.load("test", new StringReader(properties)));
	}

	private static RollupRow row(List<RollupRow> rows, String code) {
		return rows.stream()
			.filter(row -> row.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no row for " + code + " in " + rows));
	}
}
