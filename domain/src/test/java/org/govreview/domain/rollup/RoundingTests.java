package org.govreview.domain.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.junit.jupiter.api.Test;

class RoundingTests {

	@Test
	void floorShownValueCameFromAnywhereUpToTheNextUnit() {
		BigDecimal[] interval = new Rounding(RoundingMode.FLOOR, 0).interval(new BigDecimal("62"));

		assertThat(interval[0]).isEqualByComparingTo("62");
		assertThat(interval[1]).isEqualByComparingTo("63");
	}

	@Test
	void halfUpShownValueCameFromHalfAUnitEitherSide() {
		BigDecimal[] stars = new Rounding(RoundingMode.HALF_UP, 0).interval(new BigDecimal("7"));
		BigDecimal[] oneDecimal = new Rounding(RoundingMode.HALF_UP, 1).interval(new BigDecimal("59.2"));

		assertThat(stars[0]).isEqualByComparingTo("6.5");
		assertThat(stars[1]).isEqualByComparingTo("7.5");
		assertThat(oneDecimal[0]).isEqualByComparingTo("59.15");
		assertThat(oneDecimal[1]).isEqualByComparingTo("59.25");
	}

	@Test
	void noRoundingShowsTheValueItself() {
		BigDecimal[] interval = Rounding.NONE.interval(new BigDecimal("7.25"));

		assertThat(interval[0]).isEqualByComparingTo("7.25");
		assertThat(interval[1]).isEqualByComparingTo("7.25");
		assertThat(Rounding.NONE.apply(new BigDecimal("7.25"))).isEqualByComparingTo("7.25");
	}

	@Test
	void appliesTheModeAtTheGivenDigits() {
		assertThat(new Rounding(RoundingMode.FLOOR, 0).apply(new BigDecimal("62.6"))).isEqualByComparingTo("62");
		assertThat(new Rounding(RoundingMode.HALF_UP, 0).apply(new BigDecimal("2.5"))).isEqualByComparingTo("3");
		assertThat(new Rounding(RoundingMode.HALF_EVEN, 0).apply(new BigDecimal("2.5"))).isEqualByComparingTo("2");
		assertThat(new Rounding(RoundingMode.HALF_UP, 1).apply(new BigDecimal("59.25"))).isEqualByComparingTo("59.3");
	}

	@Test
	void parsesTheRuleFileSpellingAndWritesItBack() {
		assertThat(Rounding.parse("floor:0", "k")).isEqualTo(new Rounding(RoundingMode.FLOOR, 0));
		assertThat(Rounding.parse(" half-even:2 ", "k")).isEqualTo(new Rounding(RoundingMode.HALF_EVEN, 2));
		assertThat(Rounding.parse("none", "k").isNone()).isTrue();
		assertThat(new Rounding(RoundingMode.HALF_UP, 1)).hasToString("half-up:1");
		assertThat(Rounding.NONE).hasToString("none");
	}
}
