package org.govreview.domain.municipality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalGovernmentCodeTests {

	@ParameterizedTest
	@ValueSource(strings = { "012131", "011053", "401064", "232025" })
	void acceptsRealCodes(String code) {
		assertThat(LocalGovernmentCode.of(code).value()).isEqualTo(code);
	}

	@Test
	void tomakomaiIsInHokkaido() {
		LocalGovernmentCode tomakomai = LocalGovernmentCode.of(" 012131 ");

		assertThat(tomakomai).hasToString("012131");
		assertThat(tomakomai.prefectureCode()).isEqualTo("01");
		assertThat(LocalGovernmentCode.checkDigit("01213")).isEqualTo(1);
	}

	@Test
	void rejectsAWrongCheckDigitNamingTheDigitFoundAndTheOneExpected() {
		assertThatThrownBy(() -> LocalGovernmentCode.of("012132")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("012132")
			.hasMessageContaining("check digit 2")
			.hasMessageContaining("expected 1");
	}

	@ParameterizedTest
	@ValueSource(strings = { "12131", "0121310", "01213A", "", "０１２１３１" })
	void rejectsAnythingButSixDigits(String code) {
		assertThatThrownBy(() -> LocalGovernmentCode.of(code)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("6 digits");
	}

	@Test
	void rejectsNoCode() {
		assertThatThrownBy(() -> LocalGovernmentCode.of(null)).isInstanceOf(IllegalArgumentException.class);
	}
}
