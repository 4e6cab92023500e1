package org.govreview.readers.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class JapaneseDatesTests {

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', value = { "令和6年7月9日(火) | 2024-07-09", "令和6年7月9日（火） | 2024-07-09",
			"令和元年5月1日 | 2019-05-01", "令 和 6 年 7 月 9 日 | 2024-07-09", "令和６年１２月３１日 | 2024-12-31",
			"平成31年4月30日 | 2019-04-30", "昭和64年1月7日 | 1989-01-07", "R6.12.31 | 2024-12-31", "R6/7/9 | 2024-07-09",
			"H31.4.1 | 2019-04-01", "R7年7月1日 | 2025-07-01", "Ｒ６．１２．３１ | 2024-12-31", "2024年7月9日 | 2024-07-09",
			"2024/7/9 | 2024-07-09", "2024.7.9 | 2024-07-09", "2024-07-09 | 2024-07-09",
			"視察日：令和7年8月19日(火)～20日(水) | 2025-08-19", "October 15, 2024 → October 16, 2024 | 2024-10-15",
			"Oct. 5 2024 | 2024-10-05", "15 October 2024 | 2024-10-15", "令和7年（2025年）2月1日 | 2025-02-01" })
	void readsAFullDate(String printed, LocalDate expected) {
		assertThat(JapaneseDates.firstDate(printed)).hasValue(expected);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "令和6年2月30日", "令和6年13月1日", "西暦6年7月9日", "7月9日", "R6", "人口12.3.4人",
			"Q6.12.31" })
	void readsNoFullDateWhereTheYearOrTheDayIsMissingOrImpossible(String printed) {
		assertThat(JapaneseDates.firstDate(printed)).isEmpty();
	}

	@ParameterizedTest(name = "{0} in {1} → {2}")
	@CsvSource(delimiter = '|', value = { "7月9日 | 2024 | 2024-07-09", "７月９日（火）13時 | 2025 | 2025-07-09",
			"令和6年7月9日 | 2030 | 2024-07-09", "2月29日 | 2024 | 2024-02-29" })
	void readsAMonthAndDayInTheContextYear(String printed, int contextYear, LocalDate expected) {
		assertThat(JapaneseDates.firstDate(printed, contextYear)).hasValue(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "翌１３日（水）は、西宮市役所で|13", "同14日(木)に訪問|14", "5日（金曜日）午前|5" })
	void readsADayPrintedWithItsWeekdayButNoMonth(String text, int day) {
		assertThat(JapaneseDates.firstDayWithWeekday(text)).hasValue(day);
	}

	@ParameterizedTest
	@ValueSource(strings = { "7月13日（水）", "令和6年7月13日（水）", "13日に訪問", "R6.7.13（水）" })
	void takesNoDayWithAMonthOrWithoutAWeekday(String text) {
		assertThat(JapaneseDates.firstDayWithWeekday(text)).isEmpty();
	}

	@Test
	void readsNoDayThatTheContextYearDoesNotHave() {
		assertThat(JapaneseDates.firstDate("2月29日", 2023)).isEmpty();
	}

	@ParameterizedTest(name = "{0} (context {1}) → {2}")
	@CsvSource(delimiter = '|', nullValues = "null", value = { "（令和6年12月31日現在） | null | 2024-12-31",
			"R6.12.31 現在 | null | 2024-12-31", "令和5年度末 | null | 2024-03-31", "令和元年度末 | null | 2020-03-31",
			"2023年度末時点 | null | 2024-03-31", "R5年度末 | null | 2024-03-31", "12月末現在 | 2024 | 2024-12-31",
			"2月末時点 | 2024 | 2024-02-29", "4月1日現在 | 2025 | 2025-04-01",
			"令和６年７月末現在 | null | 2024-07-31", "2024年2月末時点 | null | 2024-02-29", "R6.9月末現在 | null | 2024-09-30",
			"令和５年１２月末日現在 | null | 2023-12-31" })
	void readsTheDateFiguresAreStatedAsOf(String printed, Integer contextYear, LocalDate expected) {
		assertThat(JapaneseDates.asOf(printed, contextYear)).hasValue(expected);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "12月末現在", "4月1日現在", "令和6年7月9日に視察" })
	void readsNoAsOfDateWithoutAYearOrWithout現在(String printed) {
		assertThat(JapaneseDates.asOf(printed, null)).isEmpty();
	}

	@Test
	void tellsTheEventDateFromTheAsOfDateOfItsFigures() {
		String text = "人口 12万3,456人（令和7年4月1日現在） 視察日 令和7年8月19日";

		assertThat(JapaneseDates.firstEventDate(text)).hasValue(LocalDate.of(2025, 8, 19));
		assertThat(JapaneseDates.asOf(text, null)).hasValue(LocalDate.of(2025, 4, 1));
	}

	@Test
	void theFirstDayStatedIsTheFiguresOwnWhetherAMonthsEndOrADay() {
		// the figures' day under their table, then another figure's day in the sentence after it
		String text = "35,612 17,205 18,407 13,402 420.93 令和７年１月末現在（住民基本台帳） 高齢化率は３７．２％（令和６年１０月１日現在）";

		assertThat(JapaneseDates.asOf(text, null)).hasValue(LocalDate.of(2025, 1, 31));
		assertThat(JapaneseDates.asOf("人口 4万4,126人（令和7年1月1日現在）、令和6年12月末現在の世帯数", null))
			.hasValue(LocalDate.of(2025, 1, 1));
	}

	@Test
	void givesPositionsInTheNormalizedText() {
		String text = "提出日　令和７年８月１９日";
		StatedDate found = JapaneseDates.fullDates(text).get(0);

		assertThat(JapaneseDates.normalize(text).substring(found.start(), found.end())).isEqualTo("令和7年8月19日");
	}

	/** Every era java.time knows, every year of it that starts after its first day: name, initial and 元年 agree. */
	@ParameterizedTest(name = "{0}")
	@MethodSource("eraDates")
	void readsEveryEraDateAsJavaTimeHasIt(LocalDate date) {
		JapaneseDate japanese = JapaneseDate.from(date);
		JapaneseEra era = japanese.getEra();
		int yearOfEra = japanese.get(java.time.temporal.ChronoField.YEAR_OF_ERA);
		String name = era.getDisplayName(TextStyle.FULL, Locale.JAPANESE);
		String initial = era.getDisplayName(TextStyle.NARROW, Locale.ROOT);
		String printedYear = yearOfEra == 1 ? "元" : String.valueOf(yearOfEra);

		assertThat(JapaneseDates.firstDate(name + printedYear + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日"))
			.hasValue(date);
		assertThat(JapaneseDates.firstDate(initial + yearOfEra + "." + date.getMonthValue() + "." + date.getDayOfMonth()))
			.hasValue(date);
	}

	static Stream<Arguments> eraDates() {
		return Stream.iterate(LocalDate.of(1927, 1, 1), date -> date.isBefore(LocalDate.of(2101, 1, 1)),
				date -> date.plusDays(97)).map(Arguments::of);
	}
}
