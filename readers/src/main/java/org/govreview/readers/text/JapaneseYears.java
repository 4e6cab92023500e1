package org.govreview.readers.text;

import java.text.Normalizer;
import java.time.chrono.JapaneseChronology;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Era years as documents print them (令和5年, 令和元年度, 平成31年) turned into western years with
 * {@link JapaneseChronology} ({@link JapaneseDate}'s calendar), which knows the eras; nothing here lists them by hand. Thread-safe.
 */
public final class JapaneseYears {

	/** An era name, year of era and 年; PDF extraction may put spaces between any of them (令 和 6 年). */
	private static final Pattern ERA_YEAR = Pattern.compile("(\\p{IsHan})\\s*(\\p{IsHan})\\s*(元|\\d{1,2})\\s*年");

	private JapaneseYears() {
	}

	/** The western year of an era name and year of era (令和, 5 → 2023), empty for an unknown era name. */
	public static OptionalInt westernYear(String eraName, int yearOfEra) {
		for (JapaneseEra era : JapaneseEra.values()) {
			if (era.getDisplayName(TextStyle.FULL, Locale.JAPANESE).equals(eraName)) {
				return yearIn(era, yearOfEra);
			}
		}
		return OptionalInt.empty();
	}

	/**
	 * The western year of an era's initial, as java.time's narrow era names have it (R for 令和, H for 平成), and a
	 * year of era (R, 6 → 2024); empty for an unknown initial.
	 */
	public static OptionalInt westernYearOfInitial(String initial, int yearOfEra) {
		for (JapaneseEra era : JapaneseEra.values()) {
			if (era.getDisplayName(TextStyle.NARROW, Locale.ROOT).equals(initial)) {
				return yearIn(era, yearOfEra);
			}
		}
		return OptionalInt.empty();
	}

	/**
	 * The western year of a year of an era, counted from the era's first year: a plan printed before 2019 states
	 * 平成33年度 (H33) for 2021, a year the era never reached, and means it.
	 */
	private static OptionalInt yearIn(JapaneseEra era, int yearOfEra) {
		if (yearOfEra < 1 || yearOfEra > 99) {
			return OptionalInt.empty();
		}
		return OptionalInt.of(JapaneseChronology.INSTANCE.prolepticYear(era, 1) + yearOfEra - 1);
	}

	/** The western year of the first era year in {@code text} (令和5年度末 → 2023), NFKC-normalized first. */
	public static OptionalInt firstWesternYear(String text) {
		Matcher matcher = ERA_YEAR.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC));
		while (matcher.find()) {
			int yearOfEra = matcher.group(3).equals("元") ? 1 : Integer.parseInt(matcher.group(3));
			OptionalInt year = westernYear(matcher.group(1) + matcher.group(2), yearOfEra);
			if (year.isPresent()) {
				return year;
			}
		}
		return OptionalInt.empty();
	}
}
