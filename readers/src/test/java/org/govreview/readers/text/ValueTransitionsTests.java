package org.govreview.readers.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.govreview.readers.text.ValueTransitions.Transition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValueTransitionsTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "null", value = {
			"5.5‰（H25）→ 5.9‰（H31） | 5.5 | ‰ | 2013 | 5.9 | ‰ | 2019 | false",
			"120万人（R4）⇒150万人（R9） | 1200000 | 人 | 2022 | 1500000 | 人 | 2027 | false",
			"30%から50%へ | 30 | % | null | 50 | % | null | false",
			"出生率 1.23（平成25年度）→1.50（令和6年度） | 1.23 | null | 2013 | 1.50 | null | 2024 | false",
			"３０％（２０２２年度）→５０％（２０２７年度） | 30 | % | 2022 | 50 | % | 2027 | false",
			"30～50% | 30 | % | null | 50 | % | null | true",
			"約9万8千人（R2）→10万人（R7）を目指す | 98000 | 人 | 2020 | 100000 | 人 | 2025 | false",
			"▲1,234千円（R5）→0千円（R8） | -1234000 | 円 | 2023 | 0 | 円 | 2026 | false",
			"72・5点 → 80点 | 72.5 | 点 | null | 80 | 点 | null | false",
			"3.1万TJ（注1）→2.5万TJ | 31000 | TJ | null | 25000 | TJ | null | false",
			"（R4）120万人→（R9）150万人 | 1200000 | 人 | 2022 | 1500000 | 人 | 2027 | false",
			"H25：5.5‰→H31：5.9‰ | 5.5 | ‰ | 2013 | 5.9 | ‰ | 2019 | false",
			"2022年度: 30% ⇒ 2027年度: 50% | 30 | % | 2022 | 50 | % | 2027 | false" })
	void readsTwoValuesWithTheirYears(String printed, String fromNumber, String fromUnit, Integer fromYear, String toNumber,
			String toUnit, Integer toYear, boolean range) {
		Transition transition = ValueTransitions.first(printed).orElseThrow();

		assertThat(transition.from().quantity().number()).isEqualByComparingTo(new BigDecimal(fromNumber));
		assertThat(transition.from().quantity().unit()).isEqualTo(fromUnit);
		assertThat(transition.from().year()).isEqualTo(fromYear);
		assertThat(transition.to().quantity().number()).isEqualByComparingTo(new BigDecimal(toNumber));
		assertThat(transition.to().quantity().unit()).isEqualTo(toUnit);
		assertThat(transition.to().year()).isEqualTo(toYear);
		assertThat(transition.range()).isEqualTo(range);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "2023年度～2027年度", "令和5年4月から令和6年3月まで", "14:00～16:00", "現状維持→増加",
			"7月～9月", "10時から12時まで" })
	void readsNoValuesFromSpansOfTimeOrWords(String printed) {
		assertThat(ValueTransitions.all(printed)).isEmpty();
	}

	@Test
	void readsEveryTransitionInALine() {
		assertThat(ValueTransitions.all("利用者 120人（R4）→150人（R9）、満足度 60%（R4）→80%（R9）"))
			.extracting(transition -> transition.to().quantity().number().intValue())
			.containsExactly(150, 80);
	}
}
