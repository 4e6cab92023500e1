package org.govreview.readers.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JapaneseYearsTests {

	@ParameterizedTest(name = "{0}{1}年 = {2}")
	@CsvSource({ "令和, 5, 2023", "令和, 1, 2019", "平成, 31, 2019", "平成, 1, 1989", "昭和, 64, 1989", "大正, 15, 1926",
			"平成, 33, 2021", "平成, 35, 2023" })
	void convertsAnEraYearToTheWesternYear(String era, int yearOfEra, int western) {
		assertThat(JapaneseYears.westernYear(era, yearOfEra)).hasValue(western);
	}

	@Test
	void knowsNoEraThatJavaTimeDoesNotKnow() {
		assertThat(JapaneseYears.westernYear("西暦", 5)).isEmpty();
		assertThat(JapaneseYears.westernYear("大化", 1)).isEmpty();
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', value = { "令和5年度末 | 2023", "令和元年度 | 2019", "平成31年3月31日 | 2019",
			"令和５年度 | 2023", "令 和 6 年 5 月 | 2024", "(令和4年7月から令和6年3月まで) | 2022",
			"西暦2023年、令和7年 | 2025" })
	void findsTheFirstEraYearInText(String text, int western) {
		assertThat(JapaneseYears.firstWesternYear(text)).hasValue(western);
	}

	@Test
	void findsNothingInTextWithoutAnEraYear() {
		assertThat(JapaneseYears.firstWesternYear("2023年度末の状況")).isEqualTo(OptionalInt.empty());
		assertThat(JapaneseYears.firstWesternYear("")).isEmpty();
	}

	/** Each era's first western year, written by hand; every year of era n is that year + n - 1, by name and initial. */
	@ParameterizedTest(name = "{0} ({1}) starts in {2}")
	@CsvSource({ "明治, M, 1868, 45", "大正, T, 1912, 15", "昭和, S, 1926, 64", "平成, H, 1989, 31", "令和, R, 2019, 82" })
	void readsEveryYearOfEveryEra(String era, String initial, int firstYear, int years) {
		for (int yearOfEra = 1; yearOfEra <= years; yearOfEra++) {
			assertThat(JapaneseYears.westernYear(era, yearOfEra)).as(era + yearOfEra).hasValue(firstYear + yearOfEra - 1);
			assertThat(JapaneseYears.westernYearOfInitial(initial, yearOfEra)).as(initial + yearOfEra)
				.hasValue(firstYear + yearOfEra - 1);
		}
		String first = era + "元年度";
		assertThat(JapaneseYears.firstWesternYear(first)).as(first).hasValue(firstYear);
	}
}
