package org.govreview.readers.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govreview.domain.fiscal.FiscalYear;

/**
 * Fiscal years (年度, April to March) as documents state them: 令和6年度, 令和元年度, 平成25年度, R6年度, H25年度,
 * 2024年度, and the era initial alone as tables print a year in brackets (（H25）, （R4）). The fiscal year of a date
 * is the one its April–March span contains. A year is only returned when it is plausible for a document of today:
 * {@value #EARLIEST} to {@value #LATEST} unless the caller gives its own range, so that a misread (昭和19, a
 * number that was not a year) never becomes a fiscal year. Era names and initials go through {@link JapaneseYears}.
 * Stateless and thread-safe.
 */
public final class FiscalYears {

	/** The first fiscal year of 平成: no document the project reads states an earlier one as its own. */
	public static final int EARLIEST = 1989;

	public static final int LATEST = 2100;

	private static final Pattern ERA_FISCAL_YEAR = Pattern
		.compile("(\\p{IsHan})\\s*(\\p{IsHan})\\s*(元|\\d{1,2})\\s*年\\s*度(?!\\s*末)");

	private static final Pattern INITIAL_FISCAL_YEAR = Pattern
		.compile("(?<![A-Za-z])([A-Z])\\s*(元|\\d{1,2})(?:\\s*年\\s*度(?!\\s*末)|(?=\\s*\\)))");

	private static final Pattern WESTERN_FISCAL_YEAR = Pattern
		.compile("(?<![\\d.,])(\\d{4})\\s*(?:\\([^()]{1,6}\\)\\s*)?年\\s*度(?!\\s*末)");

	/** A token that is nothing but a year: 令和4年, 令和4年度, R4, H25年度, 2022年, 2022年度, 2022. */
	private static final Pattern WHOLE_YEAR = Pattern
		.compile("(?:(\\p{IsHan}\\s*\\p{IsHan})|([A-Z]))\\s*(元|\\d{1,2})\\s*(?:年\\s*度?)?|(\\d{4})\\s*(?:年\\s*度?)?");

	/**
	 * 令和６年度, R6, H30年: an era year as a table heads a column of it or a list labels a line, the body of a pattern;
	 * {@link #yearOf} reads the year it gives.
	 */
	public static final String ERA_YEAR = "(?:令和|平成|R|H)\\s*(?:\\d{1,2}|元)\\s*年度?";

	/** 年度末, 時点, 現在 after a figure's year: the figure stands at the end of (or during) that year. */
	private static final Pattern YEAR_END = Pattern.compile("(?<=[年度\\dA-Z])\\s*(?:末|時点|現在|産)$");

	private FiscalYears() {
	}

	/** A fiscal year stated in text, with where it stands in {@link JapaneseDates#normalize normalized} text. */
	public record StatedFiscalYear(FiscalYear year, int start, int end) {
	}

	/** The fiscal year {@code date} falls in: 2024-03-31 → FY2023, 2024-04-01 → FY2024. */
	public static FiscalYear of(LocalDate date) {
		return FiscalYear.containing(date);
	}

	/**
	 * The year a figure stated as of {@code date} belongs to: the fiscal year the date falls in (令和6年3月31日, 令和6年3月末
	 * and a population on 令和6年1月1日 → 2023; 令和6年4月1日 → 2024), as every fact's year is a fiscal year.
	 */
	public static int yearOfFigureAsOf(LocalDate date) {
		return of(date).year();
	}

	/** True when {@code year} is within {@value #EARLIEST}..{@value #LATEST}. */
	public static boolean isPlausible(int year) {
		return year >= EARLIEST && year <= LATEST;
	}

	/** Every plausible fiscal year stated in {@code text} (a 年度, or an era initial in brackets), in order. */
	public static List<StatedFiscalYear> all(String text) {
		return all(text, EARLIEST, LATEST);
	}

	/** Every fiscal year stated in {@code text} within {@code earliest..latest}, in order. */
	public static List<StatedFiscalYear> all(String text, int earliest, int latest) {
		String normalized = JapaneseDates.normalize(text);
		List<StatedFiscalYear> found = new ArrayList<>();
		Matcher era = ERA_FISCAL_YEAR.matcher(normalized);
		while (era.find()) {
			add(found, JapaneseYears.westernYear(era.group(1) + era.group(2), JapaneseDates.yearOfEra(era.group(3))), era,
					earliest, latest);
		}
		Matcher initial = INITIAL_FISCAL_YEAR.matcher(normalized);
		while (initial.find()) {
			add(found, JapaneseYears.westernYearOfInitial(initial.group(1), JapaneseDates.yearOfEra(initial.group(2))),
					initial, earliest, latest);
		}
		Matcher western = WESTERN_FISCAL_YEAR.matcher(normalized);
		while (western.find()) {
			add(found, OptionalInt.of(Integer.parseInt(western.group(1))), western, earliest, latest);
		}
		found.sort(java.util.Comparator.comparingInt(StatedFiscalYear::start));
		return found;
	}

	/** The first plausible fiscal year stated in {@code text}. */
	public static Optional<FiscalYear> first(String text) {
		return all(text).stream().findFirst().map(StatedFiscalYear::year);
	}

	/**
	 * The western year of a token that is a year and nothing else, as tables print beside a figure (H25 → 2013,
	 * 令和4年度 → 2022, R4 → 2022, 2022年 → 2022); empty for anything else or an implausible year.
	 */
	public static OptionalInt yearOf(String token) {
		Matcher matcher = WHOLE_YEAR.matcher(YEAR_END.matcher(JapaneseDates.normalize(token).strip()).replaceFirst(""));
		if (!matcher.matches()) {
			return OptionalInt.empty();
		}
		OptionalInt year;
		if (matcher.group(4) != null) {
			year = OptionalInt.of(Integer.parseInt(matcher.group(4)));
		}
		else if (matcher.group(1) != null) {
			year = JapaneseYears.westernYear(matcher.group(1).replaceAll("\\s+", ""), JapaneseDates.yearOfEra(matcher.group(3)));
		}
		else {
			year = JapaneseYears.westernYearOfInitial(matcher.group(2), JapaneseDates.yearOfEra(matcher.group(3)));
		}
		return year.isPresent() && isPlausible(year.getAsInt()) ? year : OptionalInt.empty();
	}

	private static void add(List<StatedFiscalYear> found, OptionalInt year, Matcher matcher, int earliest, int latest) {
		if (year.isPresent() && year.getAsInt() >= earliest && year.getAsInt() <= latest) {
			found.add(new StatedFiscalYear(FiscalYear.of(year.getAsInt()), matcher.start(), matcher.end()));
		}
	}
}
