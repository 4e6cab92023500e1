package org.govreview.readers.text;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a document states it was issued: a line of its own holding only a date, optionally with what happened
 * on it (令 和 6 年 5 月, 令和6年5月31日(金), 令和7年8月19日提出, 令和6年5月 公表, R6.5.31, 2024年5月, 作成日：2024/5/31).
 * Only the head of the text (its first {@value #HEAD_LINES} non-blank lines) and its tail (last {@value #TAIL_LINES})
 * are searched, where title pages and colophons put it; a date inside a sentence or a table (令和4年7月から…, an
 * as-of date 現在) is not an issued date. A month without a day stands for the first of that month. Era years go
 * through {@link JapaneseYears}. Text is NFKC-normalized first. Stateless and thread-safe.
 */
public final class IssuedDates {

	static final int HEAD_LINES = 40;

	static final int TAIL_LINES = 15;

	private static final String WEEKDAY = "(?:\\((?:月|火|水|木|金|土|日)\\))?";

	private static final String PREFIX = "(?:(?:作成|発行|公表|提出|策定|改定|改訂|更新)(?:日|年月日)[:：]?)?";

	private static final String SUFFIX = "(?:作成|発行|公表|提出|策定|改定|改訂|更新|発表|版)?";

	private static final Pattern ERA = Pattern
		.compile(PREFIX + "(\\p{IsHan}{2})(元|\\d{1,2})年(\\d{1,2})月(?:(\\d{1,2})日)?" + WEEKDAY + SUFFIX);

	private static final Pattern INITIAL = Pattern
		.compile(PREFIX + "([A-Z])(元|\\d{1,2})\\.(\\d{1,2})(?:\\.(\\d{1,2}))?" + WEEKDAY + SUFFIX);

	private static final Pattern WESTERN = Pattern
		.compile(PREFIX + "(\\d{4})(?:年(\\d{1,2})月(?:(\\d{1,2})日)?|[./-](\\d{1,2})(?:[./-](\\d{1,2}))?)" + WEEKDAY + SUFFIX);

	private IssuedDates() {
	}

	public static Optional<LocalDate> in(SourceText text) {
		return in(text.lines());
	}

	/** The first issued date in the head of {@code lines}, else the last one in their tail. */
	public static Optional<LocalDate> in(List<String> lines) {
		int seen = 0;
		for (int i = 0; i < lines.size() && seen < HEAD_LINES; i++) {
			String line = compact(lines.get(i));
			if (!line.isEmpty()) {
				seen++;
				Optional<LocalDate> date = date(line);
				if (date.isPresent()) {
					return date;
				}
			}
		}
		for (int i = lines.size() - 1; i >= Math.max(0, lines.size() - TAIL_LINES); i--) {
			Optional<LocalDate> date = date(compact(lines.get(i)));
			if (date.isPresent()) {
				return date;
			}
		}
		return Optional.empty();
	}

	/** The date a single line states when it holds nothing else, e.g. 令和6年5月31日 → 2024-05-31. */
	static Optional<LocalDate> date(String compactLine) {
		Matcher era = ERA.matcher(compactLine);
		if (era.matches()) {
			return of(JapaneseYears.westernYear(era.group(1), yearOfEra(era.group(2))), era.group(3), era.group(4));
		}
		Matcher initial = INITIAL.matcher(compactLine);
		if (initial.matches()) {
			return of(JapaneseYears.westernYearOfInitial(initial.group(1), yearOfEra(initial.group(2))), initial.group(3),
					initial.group(4));
		}
		Matcher western = WESTERN.matcher(compactLine);
		if (western.matches()) {
			OptionalInt year = OptionalInt.of(Integer.parseInt(western.group(1)));
			return western.group(2) != null ? of(year, western.group(2), western.group(3))
					: of(year, western.group(4), western.group(5));
		}
		return Optional.empty();
	}

	private static String compact(String line) {
		return Normalizer.normalize(line, Normalizer.Form.NFKC).replaceAll("[\\s\\p{Z}]+", "").replaceAll("^[(\\[【](.*)[)\\]】]$", "$1");
	}

	private static int yearOfEra(String text) {
		return text.equals("元") ? 1 : Integer.parseInt(text);
	}

	private static Optional<LocalDate> of(OptionalInt year, String month, String day) {
		if (year.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.of(year.getAsInt(), Integer.parseInt(month), day == null ? 1 : Integer.parseInt(day)));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}
}
