package org.govreview.readers.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.IntStream;

import org.govreview.domain.fiscal.FiscalYear;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class FiscalYearsTests {

	@ParameterizedTest(name = "{0} → FY{1}")
	@CsvSource(delimiter = '|', value = { "令和6年度 | 2024", "令和元年度 | 2019", "平成25年度 | 2013", "H25年度 | 2013",
			"R6年度 | 2024", "2024年度 | 2024", "2020（令和2）年度 | 2020", "令和６年度　区運営方針 | 2024", "現状値（H25） | 2013", "(R4) | 2022",
			"令 和 6 年 度 | 2024" })
	void readsAStatedFiscalYear(String printed, int expected) {
		assertThat(FiscalYears.first(printed)).hasValue(FiscalYear.of(expected));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "昭和19年度", "令和5年度末", "令和6年", "2024年", "第19年度", "大正5年度", "R4.5.1",
			"3000年度" })
	void readsNoFiscalYearFromAYearEndACalendarYearOrAnImplausibleYear(String printed) {
		assertThat(FiscalYears.first(printed)).isEmpty();
	}

	@ParameterizedTest(name = "a figure as of {0} is {1}'s")
	@CsvSource({ "2024-03-31, 2023", "2025-01-01, 2024", "2025-02-28, 2024", "2024-04-01, 2024", "2024-12-31, 2024",
			"2024-03-30, 2023" })
	void givesAFigureAsOfADateTheFiscalYearTheDateFallsIn(LocalDate date, int expected) {
		assertThat(FiscalYears.yearOfFigureAsOf(date)).isEqualTo(expected);
	}

	@Test
	void acceptsAnEarlierYearOnlyWhenTheCallerAllowsIt() {
		assertThat(FiscalYears.all("昭和60年度", 1950, 2100)).extracting(found -> found.year().year()).containsExactly(1985);
		assertThat(FiscalYears.all("昭和60年度")).isEmpty();
	}

	@Test
	void readsEveryFiscalYearInOrder() {
		assertThat(FiscalYears.all("2023年度から令和9年度まで（H25比）"))
			.extracting(found -> found.year().year())
			.containsExactly(2023, 2027);
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', value = { "2024-03-31 | 2023", "2024-04-01 | 2024", "2019-05-01 | 2019",
			"2025-01-15 | 2024" })
	void placesADateInTheAprilToMarchYear(LocalDate date, int expected) {
		assertThat(FiscalYears.of(date)).isEqualTo(FiscalYear.of(expected));
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', value = { "H25 | 2013", "R4 | 2022", "令和4年度 | 2022", "令和元年 | 2019",
			"2022年 | 2022", "2022 | 2022", "Ｈ２５ | 2013", "令和9年度末 | 2027", "R5年度末 | 2023",
			"2023年度時点 | 2023" })
	void readsATokenThatIsAYear(String token, int expected) {
		assertThat(FiscalYears.yearOf(token)).hasValue(expected);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "S19", "昭和19年", "1944", "H25比", "25", "R", "令和4年4月" })
	void readsNoYearFromAnythingElse(String token) {
		assertThat(FiscalYears.yearOf(token)).isEmpty();
	}

	/** For every plausible year, its 令和/平成 年度 and its western 年度 read as the same fiscal year. */
	@ParameterizedTest(name = "{0}")
	@MethodSource("plausibleYears")
	void readsEveryPlausibleYearTheSameInEveryNotation(int year) {
		String era = year >= 2019 ? "令和" : "平成";
		String initial = year >= 2019 ? "R" : "H";
		int yearOfEra = year >= 2019 ? year - 2018 : year - 1988;
		if (year == 2019) {
			assertThat(FiscalYears.first("平成31年度")).hasValue(FiscalYear.of(2019));
		}

		assertThat(FiscalYears.first(era + (yearOfEra == 1 ? "元" : yearOfEra) + "年度")).hasValue(FiscalYear.of(year));
		assertThat(FiscalYears.first(initial + yearOfEra + "年度")).hasValue(FiscalYear.of(year));
		assertThat(FiscalYears.first(year + "年度")).hasValue(FiscalYear.of(year));
		assertThat(FiscalYears.yearOf(initial + yearOfEra)).hasValue(year);
	}

	static IntStream plausibleYears() {
		return IntStream.rangeClosed(FiscalYears.EARLIEST, 2100);
	}
}
