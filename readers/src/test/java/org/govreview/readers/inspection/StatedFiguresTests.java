package org.govreview.readers.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatedFiguresTests {

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', value = { "人口：165,590人 | 165590", "人口 12万3,456人 | 123456", "人口は約9万8千人 | 98000",
			"【人口】5万2,318人 | 52318", "人口：１２万３，４５６人 | 123456", "人口は約16.5万人 | 165000",
			"政令指定都市に移行しました（移行時の人口は約81万3千人）。人口は768,114人 | 768114" })
	void readsAPopulationInMixedForms(String printed, long population) {
		assertThat(StatedFigures.in(printed).population()).isEqualTo(population);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = { "人口 12万3,456人、世帯数 5万2,318世帯（令和7年4月1日現在） | 52318 | 2025-04-01" })
	void readsHouseholdsAndTheDateTheyAreAsOf(String printed, long households, LocalDate asOf) {
		StatedFigures figures = StatedFigures.in(printed);

		assertThat(figures.households()).isEqualTo(households);
		assertThat(figures.asOf()).isEqualTo(asOf);
	}
}
