package org.govreview.domain.fiscal;

import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * A Japanese fiscal year (年度): April 1 of {@code year} to March 31 of the next year.
 * 令和5年度 is FY2023, and 令和5年度末 is 2024-03-31.
 */
public record FiscalYear(int year) implements Comparable<FiscalYear> {

	public FiscalYear {
		if (year < 1868 || year > 2200) {
			throw new IllegalArgumentException("fiscal year out of range: " + year);
		}
	}

	public static FiscalYear of(int year) {
		return new FiscalYear(year);
	}

	/** The fiscal year a calendar date falls in. */
	public static FiscalYear containing(LocalDate date) {
		return new FiscalYear(date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1);
	}

	public LocalDate start() {
		return LocalDate.of(year, 4, 1);
	}

	public LocalDate end() {
		return LocalDate.of(year + 1, 3, 31);
	}

	/**
	 * The era label, e.g. 令和5年度, as the documents write it. A fiscal year is named by the era in force at the
	 * end of the calendar year it starts in: FY2019 (Reiwa began on 2019-05-01) is 令和元年度, while FY1988 (Heisei
	 * began on 1989-01-08, in its last quarter) stayed 昭和63年度.
	 */
	public String japaneseLabel() {
		JapaneseDate date = JapaneseDate.from(LocalDate.of(year, 12, 31));
		JapaneseEra era = date.getEra();
		int yearOfEra = date.get(java.time.temporal.ChronoField.YEAR_OF_ERA);
		return era.getDisplayName(TextStyle.FULL, Locale.JAPANESE) + (yearOfEra == 1 ? "元" : String.valueOf(yearOfEra)) + "年度";
	}

	@Override
	public int compareTo(FiscalYear other) {
		return Integer.compare(year, other.year);
	}

	@Override
	public String toString() {
		return "FY" + year;
	}
}
