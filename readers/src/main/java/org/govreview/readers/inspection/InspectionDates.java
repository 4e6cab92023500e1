package org.govreview.readers.inspection;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.chrono.JapaneseChronology;
import java.time.chrono.JapaneseEra;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govreview.readers.text.JapaneseYears;

/**
 * Dates and times as inspection reports print them: 令和7年8月19日, R6.12.31 (an era's initial, as java.time's
 * narrow era names have it), 2025年7月8日, a month and day alone (7月 8日) whose year the context supplies, weekday
 * suffixes (火) ignored; time ranges 14時00分～15時30分, 午後2時から午後3時30分まで, 14:00~15:30. Eras come from
 * {@link JapaneseChronology}; none is listed here. Text is NFKC-normalized first. Stateless and thread-safe.
 */
final class InspectionDates {

	private static final Pattern ERA_DATE = Pattern
		.compile("(\\p{IsHan})\\s*(\\p{IsHan})\\s*(元|\\d{1,2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");

	/** R6.12.31, H31.4.1, R7年7月1日. */
	private static final Pattern INITIAL_DATE = Pattern.compile(
			"(?<![A-Za-z])([A-Z])\\s*(元|\\d{1,2})\\s*(?:[./]\\s*(\\d{1,2})\\s*[./]\\s*(\\d{1,2})(?!\\d)|年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日)");

	private static final Pattern WESTERN_DATE = Pattern
		.compile("(?<!\\d)(\\d{4})\\s*(?:年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日|[./](\\d{1,2})[./](\\d{1,2})(?!\\d))");

	private static final Pattern AS_OF = Pattern.compile("[\\s)）]*(?:現在|時点)");

	private static final Pattern MONTH_DAY = Pattern.compile("(?<!\\d)(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");

	private static final String TIME = "(午前|午後)?\\s*(\\d{1,2})\\s*(?:時\\s*(?:(\\d{1,2})\\s*分|(半))?|:\\s*(\\d{2}))";

	private static final Pattern TIME_RANGE = Pattern.compile(TIME + "\\s*(?:~|〜|-|－|―|‐|ー|から)\\s*" + TIME);

	private InspectionDates() {
	}

	/** A date found in text, with where it stood in the normalized text. */
	record Found(LocalDate date, int start, int end) {
	}

	/** A time range: start and end. */
	record TimeRange(LocalTime start, LocalTime end) {
	}

	static String normalize(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC);
	}

	/** Every full date (with its year) in text already normalized, in order of appearance. */
	static List<Found> fullDates(String normalized) {
		List<Found> found = new ArrayList<>();
		Matcher era = ERA_DATE.matcher(normalized);
		while (era.find()) {
			westernYear(era.group(1) + era.group(2), era.group(3))
				.ifPresent(year -> date(year, era.group(4), era.group(5))
					.ifPresent(date -> found.add(new Found(date, era.start(), era.end()))));
		}
		Matcher initial = INITIAL_DATE.matcher(normalized);
		while (initial.find()) {
			OptionalInt year = initialYear(initial.group(1), initial.group(2));
			String month = initial.group(3) != null ? initial.group(3) : initial.group(5);
			String day = initial.group(3) != null ? initial.group(4) : initial.group(6);
			if (year.isPresent()) {
				date(year.getAsInt(), month, day).ifPresent(date -> found.add(new Found(date, initial.start(), initial.end())));
			}
		}
		Matcher western = WESTERN_DATE.matcher(normalized);
		while (western.find()) {
			String month = western.group(2) != null ? western.group(2) : western.group(4);
			String day = western.group(2) != null ? western.group(3) : western.group(5);
			date(Integer.parseInt(western.group(1)), month, day)
				.ifPresent(date -> found.add(new Found(date, western.start(), western.end())));
		}
		found.sort(Comparator.comparingInt(Found::start));
		return found;
	}

	/** The first full date in text. */
	static Optional<LocalDate> firstDate(String text) {
		return fullDates(normalize(text)).stream().findFirst().map(Found::date);
	}

	/** The first month and day written without a year (7月 8日) in text, outside any full date. */
	static Optional<MonthDay> firstMonthDay(String text) {
		String normalized = normalize(text);
		List<Found> full = fullDates(normalized);
		Matcher matcher = MONTH_DAY.matcher(normalized);
		while (matcher.find()) {
			int at = matcher.start();
			if (full.stream().anyMatch(f -> at >= f.start() && at < f.end())) {
				continue;
			}
			try {
				return Optional.of(MonthDay.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))));
			}
			catch (DateTimeException ex) {
				// 13月 or 2月30日: not a date
			}
		}
		return Optional.empty();
	}

	/** The date a statement of figures is as of: a full date followed by 現在 or 時点 (R6.12.31 現在). */
	static Optional<LocalDate> asOf(String text) {
		String normalized = normalize(text);
		return fullDates(normalized).stream().filter(found -> isAsOf(normalized, found)).findFirst().map(Found::date);
	}

	/** The first full date in text that is not the as-of date of a statement of figures: when something happened. */
	static Optional<LocalDate> firstEventDate(String text) {
		String normalized = normalize(text);
		return fullDates(normalized).stream().filter(found -> !isAsOf(normalized, found)).findFirst().map(Found::date);
	}

	private static boolean isAsOf(String normalized, Found found) {
		return AS_OF.matcher(normalized).region(found.end(), normalized.length()).lookingAt();
	}

	/** The first time range in text (14時00分～15時30分 → 14:00–15:30). */
	static Optional<TimeRange> timeRange(String text) {
		Matcher matcher = TIME_RANGE.matcher(normalize(text));
		while (matcher.find()) {
			Optional<LocalTime> start = time(matcher, 1);
			Optional<LocalTime> end = time(matcher, 6);
			if (start.isPresent() && end.isPresent()) {
				return Optional.of(new TimeRange(start.get(), end.get()));
			}
		}
		return Optional.empty();
	}

	private static Optional<LocalTime> time(Matcher matcher, int first) {
		int hour = Integer.parseInt(matcher.group(first + 1));
		String minutes = matcher.group(first + 2) != null ? matcher.group(first + 2) : matcher.group(first + 4);
		int minute = matcher.group(first + 3) != null ? 30 : minutes == null ? 0 : Integer.parseInt(minutes);
		if ("午後".equals(matcher.group(first)) && hour < 12) {
			hour += 12;
		}
		try {
			return Optional.of(LocalTime.of(hour, minute));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

	private static OptionalInt westernYear(String eraName, String yearOfEra) {
		return JapaneseYears.westernYear(eraName, yearOfEra.equals("元") ? 1 : Integer.parseInt(yearOfEra));
	}

	/** R → 令和 by the era's narrow name in java.time (M, T, S, H, R). */
	private static OptionalInt initialYear(String initial, String yearOfEra) {
		int year = yearOfEra.equals("元") ? 1 : Integer.parseInt(yearOfEra);
		for (JapaneseEra era : JapaneseEra.values()) {
			if (era.getDisplayName(TextStyle.NARROW, Locale.ROOT).equals(initial)) {
				return OptionalInt.of(JapaneseChronology.INSTANCE.prolepticYear(era, year));
			}
		}
		return OptionalInt.empty();
	}

	private static Optional<LocalDate> date(int year, String month, String day) {
		try {
			return Optional.of(LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day)));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}
}
