package org.govreview.domain.fiscal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class FiscalYearTests {

	@Test
	void fiscalYearRunsFromAprilFirstToTheNextMarch31() {
		FiscalYear fy2023 = FiscalYear.of(2023);

		assertThat(fy2023.start()).isEqualTo(LocalDate.of(2023, 4, 1));
		assertThat(fy2023.end()).isEqualTo(LocalDate.of(2024, 3, 31));
		assertThat(fy2023).hasToString("FY2023");
	}

	@Test
	void labelsFy2023AsReiwa5() {
		assertThat(FiscalYear.of(2023).japaneseLabel()).isEqualTo("令和5年度");
	}

	@Test
	void labelsTheFiscalYearReiwaBeganInAsReiwaGannen() {
		// Reiwa began on 2019-05-01, a month into FY2019, which is called 令和元年度, not 平成31年度
		assertThat(FiscalYear.of(2019).japaneseLabel()).isEqualTo("令和元年度");
		assertThat(FiscalYear.of(2020).japaneseLabel()).isEqualTo("令和2年度");
		assertThat(FiscalYear.of(2018).japaneseLabel()).isEqualTo("平成30年度");
	}

	@Test
	void labelsTheFiscalYearsAroundTheStartOfHeisei() {
		// Heisei began on 1989-01-08, in the last quarter of FY1988, which stayed 昭和63年度
		assertThat(FiscalYear.of(1988).japaneseLabel()).isEqualTo("昭和63年度");
		assertThat(FiscalYear.of(1989).japaneseLabel()).isEqualTo("平成元年度");
	}

	@Test
	void dateBelongsToTheFiscalYearThatStartedOnTheLastAprilFirst() {
		assertThat(FiscalYear.containing(LocalDate.of(2024, 3, 31))).isEqualTo(FiscalYear.of(2023));
		assertThat(FiscalYear.containing(LocalDate.of(2024, 4, 1))).isEqualTo(FiscalYear.of(2024));
		assertThat(FiscalYear.containing(LocalDate.of(2024, 1, 1))).isEqualTo(FiscalYear.of(2023));
	}

	@Test
	void ordersByYear() {
		assertThat(FiscalYear.of(2023)).isLessThan(FiscalYear.of(2024));
	}

	@Test
	void rejectsYearsOutOfRange() {
		assertThatThrownBy(() -> FiscalYear.of(202)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("202");
	}
}
