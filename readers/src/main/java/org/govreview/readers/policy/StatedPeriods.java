package org.govreview.readers.policy;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govreview.readers.text.FiscalYears;
import org.govreview.readers.text.JapaneseDates;
import org.govreview.readers.text.StatedDate;

/**
 * The periods a piece of NFKC text states, each with the year its figures belong to: a date (令和6年4月1日現在,
 * R6.4.1) or a month's end (令和6年3月末) gives the year {@link FiscalYears#yearOfFigureAsOf} says, a 年度 or 年度末
 * the fiscal year, a calendar year (2023年, 令和4年) itself, an era initial before 実績 or 現在 (R5実績) its year. Every year is read by the shared token grammar;
 * this class only finds where each stands. Stateless.
 */
final class StatedPeriods {

	/** A period in the text: where it stands and the year it gives. */
	record Period(int start, int end, int year) {
	}

	private static final String YEAR = "(?:(?:\\p{IsHan}\\p{IsHan}|[A-Z])\\s*(?:元|\\d{1,2})|(?<!\\d)\\d{4})";

	private static final Pattern MONTH = Pattern.compile("(" + YEAR + ")\\s*年\\s*(\\d{1,2})\\s*月(?!\\s*\\d{1,2}\\s*日)\\s*末?");

	private static final Pattern CALENDAR_YEAR = Pattern.compile("(" + YEAR + ")\\s*年(?![\\s\\d]*[度月])");

	private static final Pattern INITIAL_WITH_WORD = Pattern
		.compile("(?<![A-Za-z])([A-Z]\\s*(?:元|\\d{1,2}))(?=\\s*(?:実績|見込|末|時点|現在|調査))");

	private StatedPeriods() {
	}

	/** Every period in {@code normalized} (already NFKC), in order, none overlapping another. */
	static List<Period> in(String normalized) {
		List<Period> found = new ArrayList<>();
		for (StatedDate date : JapaneseDates.fullDates(normalized)) {
			add(found, new Period(date.start(), date.end(), FiscalYears.yearOfFigureAsOf(date.date())));
		}
		String yearEnds = normalized.replace("年度末", "年度 ");
		for (FiscalYears.StatedFiscalYear year : FiscalYears.all(yearEnds)) {
			add(found, new Period(year.start(), year.end(), year.year().year()));
		}
		Matcher month = MONTH.matcher(normalized);
		while (month.find()) {
			OptionalInt year = FiscalYears.yearOf(month.group(1) + "年");
			int m = Integer.parseInt(month.group(2));
			if (year.isPresent() && m >= 1 && m <= 12) {
				add(found, new Period(month.start(), month.end(),
						FiscalYears.yearOfFigureAsOf(YearMonth.of(year.getAsInt(), m).atEndOfMonth())));
			}
		}
		Matcher calendar = CALENDAR_YEAR.matcher(normalized);
		while (calendar.find()) {
			OptionalInt year = FiscalYears.yearOf(calendar.group(1) + "年");
			if (year.isPresent()) {
				add(found, new Period(calendar.start(), calendar.end(), year.getAsInt()));
			}
		}
		Matcher initial = INITIAL_WITH_WORD.matcher(normalized);
		while (initial.find()) {
			OptionalInt year = FiscalYears.yearOf(initial.group(1));
			if (year.isPresent()) {
				add(found, new Period(initial.start(), initial.end(), year.getAsInt()));
			}
		}
		found.sort(Comparator.comparingInt(Period::start));
		return found;
	}

	/** The one year a cell or label states (令和6年4月1日現在, 令和2年国勢調査, R6.4.1), empty when none or several. */
	static OptionalInt yearOf(String normalized) {
		List<Period> periods = in(normalized);
		if (periods.isEmpty() || periods.stream().mapToInt(Period::year).distinct().count() > 1) {
			return OptionalInt.empty();
		}
		return OptionalInt.of(periods.get(0).year());
	}

	/** {@code normalized} with every character of {@code periods} replaced by {@code mask}, so that positions hold. */
	static String masked(String normalized, List<Period> periods, char mask) {
		StringBuilder masked = new StringBuilder(normalized);
		for (Period period : periods) {
			for (int i = period.start(); i < period.end(); i++) {
				masked.setCharAt(i, mask);
			}
		}
		return masked.toString();
	}

	private static void add(List<Period> found, Period period) {
		boolean overlaps = found.stream().anyMatch(other -> period.start() < other.end() && other.start() < period.end());
		if (!overlaps) {
			found.add(period);
		}
	}
}
