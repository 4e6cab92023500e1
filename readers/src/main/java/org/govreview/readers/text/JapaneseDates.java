package org.govreview.readers.text;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calendar dates as Japanese documents print them: 令和6年7月9日(火), 令和元年5月1日, 令 和 6 年 7 月 9 日 (PDF
 * spacing), R6.12.31, R6/7/9, R7年7月1日, 2024年7月9日, 2024/7/9, 2024.7.9; a month and day alone (7月9日) with a
 * year the context supplies; as-of dates (令和6年12月31日現在, 12月末現在, 4月1日現在, 令和5年度末 = 2024-03-31).
 * Weekdays in brackets are ignored. Era names and initials go through {@link JapaneseYears}, that is java.time's
 * {@code JapaneseChronology}; no era is listed here. An impossible date (2月30日, 13月) is no date. Text is
 * NFKC-normalized first, and positions refer to {@link #normalize(String)}. Stateless and thread-safe.
 */
public final class JapaneseDates {

	private static final String ENGLISH_MONTHS = "January|February|March|April|May|June|July|August|September|October|November"
			+ "|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";

	/** 令和6年10月22日, 令和7年（2025年）2月1日: an era date, perhaps with its Western year in brackets. */
	private static final Pattern ERA_DATE = Pattern
		.compile("(\\p{IsHan})\\s*(\\p{IsHan})\\s*(元|\\d{1,2})\\s*年\\s*(?:\\(\\s*\\d{4}\\s*年?\\s*\\)\\s*)?(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");

	/** R6.12.31, R6/7/9, H31.4.1, R7年7月1日. */
	private static final Pattern INITIAL_DATE = Pattern.compile(
			"(?<![A-Za-z])([A-Z])\\s*(元|\\d{1,2})\\s*(?:([./])\\s*(\\d{1,2})\\s*[./]\\s*(\\d{1,2})(?!\\d)|年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日)");

	private static final Pattern WESTERN_DATE = Pattern.compile(
			"(?<!\\d)(\\d{4})\\s*(?:年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日|([./-])(\\d{1,2})\\4(\\d{1,2})(?!\\d))");

	/** October 15, 2024, Oct. 15 2024, 15 October 2024: an English tool's date (Notion, a spreadsheet's English locale). */
	private static final Pattern ENGLISH_DATE = Pattern.compile("(?i)(?<![A-Za-z])(?:(" + ENGLISH_MONTHS
			+ ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})|(\\d{1,2})\\s+(" + ENGLISH_MONTHS + ")\\.?,?\\s+(\\d{4}))(?![\\d])");

	private static final Pattern MONTH_DAY = Pattern.compile("(?<![\\d./])(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");

	private static final Pattern AS_OF = Pattern.compile("[\\s)]*(?:現在|時点)");

	/** 12月末現在, 3月末時点: the last day of a month, the year from context. */
	private static final Pattern MONTH_END_AS_OF = Pattern.compile("(?<![\\d年])(\\d{1,2})\\s*月\\s*末\\s*日?\\s*(?:現在|時点)");

	/**
	 * The year an end (月末, 年度末) is dated by: an era name (group 1, 2), an era initial (3) or a western year (4), and
	 * the year of an era (5); read by {@link #yearBeforeEnd(Matcher)}.
	 */
	private static final String YEAR_BEFORE_END = "(?:(\\p{IsHan})\\s*(\\p{IsHan})|([A-Z])|(?<!\\d)(\\d{4}))"
			+ "\\s*(元|\\d{1,2}|(?<=\\d{4}))";

	/** 令和6年7月末現在, 2024年7月末時点: the last day of a month whose year is printed. */
	private static final Pattern YEAR_MONTH_END_AS_OF = Pattern.compile(YEAR_BEFORE_END + "\\s*[年.]\\s*(\\d{1,2})\\s*月\\s*末\\s*日?\\s*(?:現在|時点)");

	/** 令和5年度末, 2023年度末: the last day of a fiscal year. */
	private static final Pattern FISCAL_YEAR_END = Pattern.compile(YEAR_BEFORE_END + "\\s*年\\s*度\\s*末");

	private JapaneseDates() {
	}

	/** NFKC: full-width digits and letters to ASCII, ～ to ~, ： to :. Positions in this class refer to it. */
	public static String normalize(String text) {
		return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC);
	}

	/** Every full date (one that states its year) in {@code text}, in order of appearance. */
	public static List<StatedDate> fullDates(String text) {
		String normalized = normalize(text);
		List<StatedDate> found = new ArrayList<>();
		Matcher era = ERA_DATE.matcher(normalized);
		while (era.find()) {
			JapaneseYears.westernYear(era.group(1) + era.group(2), yearOfEra(era.group(3)))
				.ifPresent(year -> date(year, era.group(4), era.group(5))
					.ifPresent(date -> found.add(new StatedDate(date, era.start(), era.end()))));
		}
		Matcher initial = INITIAL_DATE.matcher(normalized);
		while (initial.find()) {
			OptionalInt year = JapaneseYears.westernYearOfInitial(initial.group(1), yearOfEra(initial.group(2)));
			boolean dotted = initial.group(3) != null;
			String month = dotted ? initial.group(4) : initial.group(6);
			String day = dotted ? initial.group(5) : initial.group(7);
			if (year.isPresent()) {
				date(year.getAsInt(), month, day)
					.ifPresent(date -> found.add(new StatedDate(date, initial.start(), initial.end())));
			}
		}
		Matcher western = WESTERN_DATE.matcher(normalized);
		while (western.find()) {
			boolean kanji = western.group(2) != null;
			date(Integer.parseInt(western.group(1)), kanji ? western.group(2) : western.group(5),
					kanji ? western.group(3) : western.group(6))
				.ifPresent(date -> found.add(new StatedDate(date, western.start(), western.end())));
		}
		Matcher english = ENGLISH_DATE.matcher(normalized);
		while (english.find()) {
			boolean monthFirst = english.group(1) != null;
			String month = String.valueOf(englishMonth(monthFirst ? english.group(1) : english.group(5)));
			date(Integer.parseInt(monthFirst ? english.group(3) : english.group(6)), month,
					monthFirst ? english.group(2) : english.group(4))
				.ifPresent(date -> found.add(new StatedDate(date, english.start(), english.end())));
		}
		found.sort(Comparator.comparingInt(StatedDate::start));
		return found;
	}

	private static int englishMonth(String name) {
		String prefix = name.substring(0, 3).toUpperCase(java.util.Locale.ROOT);
		for (java.time.Month month : java.time.Month.values()) {
			if (month.name().startsWith(prefix)) {
				return month.getValue();
			}
		}
		throw new IllegalArgumentException(name);
	}

	/** The first full date in {@code text}. */
	public static Optional<LocalDate> firstDate(String text) {
		return fullDates(text).stream().findFirst().map(StatedDate::date);
	}

	/** 翌13日（水）, 同14日(木): a day with its weekday but no month; 7月13日（水） is not one. */
	private static final Pattern DAY_WITH_WEEKDAY = Pattern.compile("(?<![月\\d/.])(\\d{1,2})\\s*日\\s*[(（][月火水木金土日](?:曜日?)?[)）]");

	/**
	 * The first day printed with its weekday but without its month (翌13日（水）) in {@code text}: the day of the month,
	 * for the caller to place in the month its context gives.
	 */
	public static java.util.OptionalInt firstDayWithWeekday(String text) {
		Matcher matcher = DAY_WITH_WEEKDAY.matcher(normalize(text));
		while (matcher.find()) {
			int day = Integer.parseInt(matcher.group(1));
			if (day >= 1 && day <= 31) {
				return java.util.OptionalInt.of(day);
			}
		}
		return java.util.OptionalInt.empty();
	}

	/** The first month and day printed without a year (7月9日) in {@code text}, outside any full date. */
	public static Optional<MonthDay> firstMonthDay(String text) {
		String normalized = normalize(text);
		List<StatedDate> full = fullDates(normalized);
		for (Pattern shape : List.of(MONTH_DAY, SLASHED_MONTH_DAY)) {
			Matcher matcher = shape.matcher(normalized);
			while (matcher.find()) {
				int at = matcher.start();
				if (full.stream().anyMatch(date -> at >= date.start() && at < date.end())) {
					continue;
				}
				try {
					return Optional.of(MonthDay.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))));
				}
				catch (DateTimeException ex) {
					// 13月 or 2月30日: not a date
				}
			}
		}
		return Optional.empty();
	}

	/** 11/7(木): a month and day with a slash, known from a fraction or a ratio by the weekday after it. */
	private static final Pattern SLASHED_MONTH_DAY = Pattern
		.compile("(?<![\\d./])(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*[(（][月火水木金土日](?:曜日?)?[)）]");

	/**
	 * The first date in {@code text}: a full date, else a month and day (7月9日) in {@code contextYear}; empty when
	 * neither is there or the day does not exist in that year (2月29日 of 2023).
	 */
	public static Optional<LocalDate> firstDate(String text, int contextYear) {
		Optional<LocalDate> full = firstDate(text);
		if (full.isPresent()) {
			return full;
		}
		return firstMonthDay(text).filter(day -> day.isValidYear(contextYear)).map(day -> day.atYear(contextYear));
	}

	/** The full dates in {@code text} not followed by 現在 or 時点: when something happened, not as-of dates. */
	public static List<StatedDate> eventDates(String text) {
		String normalized = normalize(text);
		return fullDates(normalized).stream().filter(date -> !isAsOf(normalized, date)).toList();
	}

	/** The first full date in {@code text} not followed by 現在 or 時点: when something happened, not an as-of date. */
	public static Optional<LocalDate> firstEventDate(String text) {
		return eventDates(text).stream().findFirst().map(StatedDate::date);
	}

	/**
	 * The date figures are stated as of: a full date followed by 現在 or 時点 (R6.12.31 現在), a fiscal year's end
	 * (令和5年度末 → 2024-03-31), or, with a year from the context, a month's end or a day (12月末現在 → 12-31,
	 * 4月1日現在 → 04-01). {@code contextYear} may be null, in which case only the forms that state a year are read.
	 */
	public static Optional<LocalDate> asOf(String text, Integer contextYear) {
		String normalized = normalize(text);
		Optional<StatedDate> stated = fullDates(normalized).stream()
			.filter(date -> isAsOf(normalized, date))
			.findFirst();
		Optional<StatedDate> end = statedMonthEnd(normalized);
		if (stated.isPresent()) {
			// 令和７年１月末現在 under the table, then 高齢化率は…（令和６年１０月１日現在）: the figures' own day comes first
			return (end.isPresent() && end.get().start() < stated.get().start() ? end : stated).map(StatedDate::date);
		}
		Optional<LocalDate> yearEnd = fiscalYearEnd(normalized);
		if (yearEnd.isEmpty()) {
			yearEnd = monthEnd(normalized);
		}
		if (yearEnd.isPresent() || contextYear == null) {
			return yearEnd;
		}
		Matcher monthEnd = MONTH_END_AS_OF.matcher(normalized);
		if (monthEnd.find()) {
			int month = Integer.parseInt(monthEnd.group(1));
			return month >= 1 && month <= 12 ? Optional.of(YearMonth.of(contextYear, month).atEndOfMonth()) : Optional.empty();
		}
		Matcher day = MONTH_DAY.matcher(normalized);
		while (day.find()) {
			if (AS_OF.matcher(normalized).region(day.end(), normalized.length()).lookingAt()) {
				return date(contextYear, day.group(1), day.group(2));
			}
		}
		return Optional.empty();
	}

	/** The last day of the first month whose end the text names with its year (令和6年7月末現在 → 2024-07-31). */
	private static Optional<LocalDate> monthEnd(String normalized) {
		return statedMonthEnd(normalized).map(StatedDate::date);
	}

	/** The last day of the first month whose end the text names with its year, and where the text names it. */
	private static Optional<StatedDate> statedMonthEnd(String normalized) {
		Matcher matcher = YEAR_MONTH_END_AS_OF.matcher(normalized);
		while (matcher.find()) {
			OptionalInt year = yearBeforeEnd(matcher);
			int month = Integer.parseInt(matcher.group(6));
			if (year.isPresent() && month >= 1 && month <= 12) {
				return Optional.of(new StatedDate(YearMonth.of(year.getAsInt(), month).atEndOfMonth(), matcher.start(), matcher.end()));
			}
		}
		return Optional.empty();
	}

	private static OptionalInt yearBeforeEnd(Matcher matcher) {
		if (matcher.group(1) != null) {
			return JapaneseYears.westernYear(matcher.group(1) + matcher.group(2), yearOfEra(matcher.group(5)));
		}
		if (matcher.group(3) != null) {
			return JapaneseYears.westernYearOfInitial(matcher.group(3), yearOfEra(matcher.group(5)));
		}
		return OptionalInt.of(Integer.parseInt(matcher.group(4)));
	}

	/** The last day of the first fiscal year whose end the text names (令和5年度末 → 2024-03-31). */
	public static Optional<LocalDate> fiscalYearEnd(String text) {
		Matcher matcher = FISCAL_YEAR_END.matcher(normalize(text));
		while (matcher.find()) {
			OptionalInt year = yearBeforeEnd(matcher);
			if (year.isPresent()) {
				return Optional.of(LocalDate.of(year.getAsInt() + 1, 3, 31));
			}
		}
		return Optional.empty();
	}

	private static boolean isAsOf(String normalized, StatedDate date) {
		return AS_OF.matcher(normalized).region(date.end(), normalized.length()).lookingAt();
	}

	static int yearOfEra(String printed) {
		return printed.equals("元") ? 1 : Integer.parseInt(printed);
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
