package org.govreview.readers.inspection;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;

import org.govreview.readers.text.ClockTimes;
import org.govreview.readers.text.FiscalYears;
import org.govreview.readers.text.JapaneseDates;
import org.govreview.readers.text.StatedDate;

/**
 * Dates and times as inspection reports print them, read by the shared grammar: dates by {@link JapaneseDates}
 * (令和7年8月19日, R6.12.31, 2025年7月8日, a month and day alone whose year the context supplies), time ranges by
 * {@link ClockTimes} (14時00分～15時30分, 午後2時から午後3時30分まで, １４：００～１６：００, 午前10時から正午まで).
 * A visit or a submission happens in a year {@link FiscalYears#isPlausible plausible} for a report of today: a date
 * from the history a report recounts (昭和19年4月1日開校) is not taken for one. Text is NFKC-normalized first.
 * Stateless and thread-safe.
 */
final class InspectionDates {

	private InspectionDates() {
	}

	static String normalize(String text) {
		return JapaneseDates.normalize(text);
	}

	/** Every full date (with its year, a plausible one) in text already normalized, in order of appearance. */
	static List<StatedDate> fullDates(String normalized) {
		return JapaneseDates.fullDates(normalized).stream().filter(found -> isPlausible(found.date())).toList();
	}

	/** The first full date in text. */
	static Optional<LocalDate> firstDate(String text) {
		return fullDates(normalize(text)).stream().map(StatedDate::date).findFirst();
	}

	/** The first month and day written without a year (7月 8日) in text, outside any full date. */
	static Optional<MonthDay> firstMonthDay(String text) {
		return JapaneseDates.firstMonthDay(text);
	}

	/** The date a statement of figures is as of: a full date followed by 現在 or 時点 (R6.12.31 現在). */
	static Optional<LocalDate> asOf(String text) {
		return JapaneseDates.asOf(text, null);
	}

	/** The first full date in text that is not the as-of date of a statement of figures: when something happened. */
	static Optional<LocalDate> firstEventDate(String text) {
		return JapaneseDates.eventDates(text).stream().map(StatedDate::date).filter(InspectionDates::isPlausible).findFirst();
	}

	private static boolean isPlausible(LocalDate date) {
		return FiscalYears.isPlausible(FiscalYears.of(date).year());
	}

	/** The first time range in text (14時00分～15時30分 → 14:00–15:30). */
	static Optional<ClockTimes.TimeRange> timeRange(String text) {
		return ClockTimes.firstRange(text);
	}
}
