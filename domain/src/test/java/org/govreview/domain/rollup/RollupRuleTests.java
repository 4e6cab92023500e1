package org.govreview.domain.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RollupRuleTests {

	private static final String VALID = """
			measure.input-scale=10
			measure.scale=10
			measure.aggregation=mean
			measure.published-rounding=half-up:0
			pledge.input-scale=10
			pledge.scale=100
			pledge.aggregation=mean
			pledge.rounding=half-up:0
			basic-policy.input-scale=100
			basic-policy.scale=100
			basic-policy.aggregation=mean
			basic-policy.rounding=floor:0
			overall.input-scale=100
			overall.scale=100
			overall.aggregation=mean
			overall.rounding=half-up:1
			""";

	@Test
	void readsTheDefaultRuleFileOfThePledgeReport() throws IOException {
		RollupRule rule;
		try (Reader source = Files.newBufferedReader(Path.of("..", "templates", "rollup", "pledge-report.properties"),
				StandardCharsets.UTF_8)) {
			rule = RollupRule.load("pledge-report", source);
		}

		LevelRule measure = rule.level(RollupLevel.MEASURE);
		assertThat(measure.publishedRounding()).isEqualTo(new Rounding(RoundingMode.HALF_UP, 0));
		assertThat(measure.publishesExactFigures()).isFalse();
		assertThat(measure.rounding().isNone()).isTrue();
		LevelRule pledge = rule.level(RollupLevel.PLEDGE);
		assertThat(pledge.inputScale()).isEqualByComparingTo("10");
		assertThat(pledge.scale()).isEqualByComparingTo("100");
		assertThat(pledge.publishesExactFigures()).isTrue();
		assertThat(rule.level(RollupLevel.BASIC_POLICY).rounding()).isEqualTo(new Rounding(RoundingMode.FLOOR, 0));
		assertThat(rule.level(RollupLevel.OVERALL).rounding()).isEqualTo(new Rounding(RoundingMode.HALF_UP, 1));
		assertThat(rule.level(RollupLevel.OVERALL).aggregation()).isEqualTo(Aggregation.MEAN);
	}

	@Test
	void readsEveryAggregationWordAndToleratesSurroundingBlanks() throws IOException {
		RollupRule rule = load(VALID + "pledge.aggregation=  weighted-mean  \nbasic-policy.aggregation=sum\n"
				+ "overall.scale= 50 \n");

		assertThat(rule.level(RollupLevel.PLEDGE).aggregation()).isEqualTo(Aggregation.WEIGHTED_MEAN);
		assertThat(rule.level(RollupLevel.BASIC_POLICY).aggregation()).isEqualTo(Aggregation.SUM);
		assertThat(rule.level(RollupLevel.OVERALL).scale()).isEqualByComparingTo("50");
	}

	@Test
	void ruleWithoutALevelIsRejectedNamingTheMissingKey() {
		String withoutOverall = VALID.lines()
			.filter(line -> !line.startsWith("overall."))
			.reduce("", (text, line) -> text + line + "\n");

		assertThatThrownBy(() -> load(withoutOverall)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("overall.input-scale");
	}

	@Test
	void levelWithoutAnAggregationIsRejectedNamingTheKey() {
		String withoutAggregation = VALID.replace("pledge.aggregation=mean\n", "");

		assertThatThrownBy(() -> load(withoutAggregation)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("pledge.aggregation");
	}

	@Test
	void ruleBuiltInCodeWithoutALevelIsRejectedNamingTheLevel() {
		assertThatThrownBy(() -> new RollupRule("partial", Map.of())).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("partial")
			.hasMessageContaining("measure");
	}

	@Test
	void unknownAggregationWordIsRejectedNamingTheKeyAndTheWord() {
		assertThatThrownBy(() -> load(VALID + "pledge.aggregation=median\n")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("pledge.aggregation")
			.hasMessageContaining("median");
	}

	@Test
	void unknownRoundingModeIsRejectedNamingTheKeyAndTheMode() {
		assertThatThrownBy(() -> load(VALID + "basic-policy.rounding=truncate:0\n"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("basic-policy.rounding")
			.hasMessageContaining("truncate");
	}

	@Test
	void malformedRoundingSpecIsRejectedNamingTheKeyAndTheSpec() {
		assertThatThrownBy(() -> load(VALID + "overall.rounding=half-up\n")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("overall.rounding")
			.hasMessageContaining("'half-up'");
		assertThatThrownBy(() -> load(VALID + "overall.rounding=floor:x\n")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("overall.rounding")
			.hasMessageContaining("floor:x");
		assertThatThrownBy(() -> load(VALID + "measure.published-rounding=stars\n"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("measure.published-rounding")
			.hasMessageContaining("stars");
	}

	@Test
	void zeroOrNegativeScaleIsRejectedNamingTheKeyAndTheValue() {
		assertThatThrownBy(() -> load(VALID + "overall.scale=0\n")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("overall.scale")
			.hasMessageContaining("'0'");
		assertThatThrownBy(() -> load(VALID + "pledge.input-scale=-10\n")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("pledge.input-scale")
			.hasMessageContaining("-10");
	}

	@Test
	void nonNumericScaleIsRejectedNamingTheKeyAndTheValue() {
		assertThatThrownBy(() -> load(VALID + "measure.scale=ten\n")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("measure.scale")
			.hasMessageContaining("ten");
	}

	private static RollupRule load(String properties) throws IOException {
		return RollupRule.load("test", new StringReader(properties));
	}
}
