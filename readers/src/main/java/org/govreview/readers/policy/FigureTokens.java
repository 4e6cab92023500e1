package org.govreview.readers.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govreview.domain.fiscal.FiscalYear;
import org.govreview.domain.indicator.IndicatorValue;
import org.govreview.readers.text.JapaneseNumbers;
import org.govreview.readers.text.JapaneseYears;

/**
 * The two kinds of token a stated figure is made of, found in NFKC-normalized text: periods (令和3年度, 令和5年度末,
 * 令和6年4月, 2023年度) and values (9.6%, 34,712件, 約7割, 2億2千万円, 第1位). A value is a number followed by a
 * unit of count or measure; numbers followed by anything else (8月, 19時, 1F, 7区中) are dates, times, names or
 * qualifiers, not figures. A period is printed without what only says how the figure was obtained (令和2年度調査 →
 * 令和2年度, 令和6年4月実績 → 令和6年4月); it is a fiscal year when it is a 年度 (令和5年度末 included), and a month or
 * calendar year otherwise.
 */
final class FigureTokens {

	/** Era year (the era checked against java.time), optionally 度 and 末 or a month; a survey/actuals suffix. */
	private static final Pattern ERA_PERIOD = Pattern.compile("(\\p{IsHan}{2})\\s?(元|\\d{1,2})\\s?年(\\s?度)?(末)?"
			+ "(?:\\s?(\\d{1,2})\\s?月(末)?)?(?:\\s?(?:調査|実績|時点|現在|見込み?))?");

	private static final Pattern WESTERN_PERIOD = Pattern.compile(
			"(?<![\\d.,])((?:19|20)\\d{2})\\s?年(\\s?度)?(末)?(?:\\s?(\\d{1,2})\\s?月(末)?)?(?:\\s?(?:調査|実績|時点|現在|見込み?))?");

	private static final Pattern SUFFIX = Pattern.compile("\\s?(?:調査|実績|時点|現在|見込み?)$");

	private static final String UNITS = "%|‰|ポイント|pt(?![A-Za-z])|割|件|人|名|戸|世帯|円|回|か所|カ所|ヶ所|ケ所|箇所|団体|施設"
			+ "|校|台|枚|冊|本|社|店舗|店|棟|倍|°C|時間|日間|か月|カ月|ヶ月|年間|分|km2(?![A-Za-z])|km(?![A-Za-z])"
			+ "|m2(?![A-Za-z])|ha(?![A-Za-z])|kg(?![A-Za-z])|歳|位|組|基|頭|匹";

	private static final Pattern VALUE = Pattern.compile("(?<![\\d.,])(約|およそ|概ね|最大|最小)?(第)?"
			+ "(\\d[\\d,]*(?:\\.\\d+)?(?:[十百千万億兆]+(?:\\d[\\d,]*(?:\\.\\d+)?[十百千万億兆]*){0,16})?)\\s?(" + UNITS + ")"
			+ "(/(?:年|月|日|週|回|人|件))?");

	private FigureTokens() {
	}

	/** A period as printed, its span in the normalized text, and its fiscal year when it is a 年度. */
	record Period(int start, int end, String printed, Integer fiscalYear, FiscalYear knownFrom) {

		boolean isFiscalYear() {
			return this.fiscalYear != null;
		}
	}

	/** A value token: its span, the typed value (raw as printed) and whether it is a rank (第1位). */
	record Value(int start, int end, IndicatorValue value, boolean rank) {

		String unit() {
			return this.value.unit() == null ? "" : this.value.unit();
		}
	}

	/** The periods in {@code normalized[from, to)}; {@code text} gives the printed form. */
	static List<Period> periods(NormalizedText text, int from, int to) {
		String normalized = text.normalized();
		List<Period> periods = new ArrayList<>();
		Matcher era = ERA_PERIOD.matcher(normalized).region(from, to);
		while (era.find()) {
			int yearOfEra = era.group(2).equals("元") ? 1 : Integer.parseInt(era.group(2));
			OptionalInt year = JapaneseYears.westernYear(era.group(1), yearOfEra);
			if (year.isPresent()) {
				periods.add(period(text, era.start(), era.end(), year.getAsInt(), era.group(3) != null, era.group(5)));
			}
			else {
				era.region(era.start() + 1, to);
			}
		}
		Matcher western = WESTERN_PERIOD.matcher(normalized).region(from, to);
		while (western.find()) {
			int start = western.start();
			if (periods.stream().noneMatch(p -> p.start() <= start && start < p.end())) {
				periods.add(period(text, start, western.end(), Integer.parseInt(western.group(1)), western.group(2) != null,
						western.group(4)));
			}
		}
		periods.sort(java.util.Comparator.comparingInt(Period::start));
		return periods;
	}

	private static Period period(NormalizedText text, int start, int end, int year, boolean fiscal, String month) {
		String span = text.normalized().substring(start, end);
		Matcher suffix = SUFFIX.matcher(span);
		int printedEnd = suffix.find() ? start + suffix.start() : end;
		String printed = text.original(start, printedEnd).strip();
		Integer fiscalYear = fiscal && month == null ? year : null;
		FiscalYear knownFrom;
		if (fiscal) {
			// a fiscal year's figure (or its year-end state) is known once the year has ended
			knownFrom = FiscalYear.of(year + 1);
		}
		else if (month != null) {
			knownFrom = FiscalYear.containing(LocalDate.of(year, Math.max(1, Math.min(12, Integer.parseInt(month))), 1));
		}
		else {
			knownFrom = FiscalYear.containing(LocalDate.of(year + 1, 1, 1));
		}
		return new Period(start, end, printed, fiscalYear, knownFrom);
	}

	/** 建設後５０年を経過した, 時間雨量５０ミリを超える: what follows a bound inside the name of what is counted. */
	static final Pattern MODIFIER_AFTER = Pattern.compile("[\\p{IsHan}\\p{IsKatakana}A-Za-zー]{0,3}?(?:以上)?(?:を経過[しす]|を超え|経過[しす])");

	/**
	 * The values in {@code masked[from, to)}, where periods are already masked; ordinals (第2回) are not values.
	 * {@code text} gives the printed form.
	 */
	static List<Value> values(NormalizedText text, String masked, int from, int to) {
		List<Value> values = new ArrayList<>();
		Matcher matcher = VALUE.matcher(masked).region(from, to);
		while (matcher.find()) {
			boolean ordinal = matcher.group(2) != null;
			String unit = matcher.group(4);
			if (ordinal && !unit.equals("位")) {
				continue;
			}
			if (unit.equals("分") && matcher.start() > 0 && masked.charAt(matcher.start() - 1) == '時') {
				continue;
			}
			String number = matcher.group(3) + unit + (matcher.group(5) == null ? "" : matcher.group(5));
			IndicatorValue parsed = JapaneseNumbers.value(number);
			if (!parsed.isNumber()) {
				continue;
			}
			String raw = text.original(matcher.start(), matcher.end()).strip();
			values.add(new Value(matcher.start(), matcher.end(), IndicatorValue.number(parsed.number(), parsed.unit(), raw),
					ordinal));
		}
		return values;
	}

	/** A table cell: a value with or without unit, or '—' (null: no figure). {@code unit} applies to bare numbers. */
	static IndicatorValue cell(String printed, String unit) {
		IndicatorValue value = JapaneseNumbers.value(printed);
		if (value.isNumber() && value.unit() == null && unit != null) {
			IndicatorValue scaled = JapaneseNumbers.value(printed.strip() + unit);
			if (scaled.isNumber()) {
				return IndicatorValue.number(scaled.number(), scaled.unit(), printed.strip());
			}
		}
		return value.isNumber() ? value : null;
	}

	/** True when the whole token is one period (a table's column heading). */
	static boolean isWholePeriod(NormalizedText token) {
		List<Period> periods = periods(token, 0, token.normalized().length());
		return periods.size() == 1 && periods.get(0).start() == 0
				&& periods.get(0).end() == token.normalized().strip().length();
	}

	/** True when the token is a number or '—', as a table's cell holds. */
	static boolean isCell(String normalizedToken) {
		String token = normalizedToken.strip();
		if (token.matches("[—―‐\\-−ー–]+")) {
			return true;
		}
		return token.matches("(約)?\\d[\\d,]*(?:\\.\\d+)?[十百千万億兆]*(" + UNITS + ")?");
	}

	/** The text with each span replaced by a character no pattern matches, keeping offsets. */
	static String mask(String text, List<int[]> spans) {
		char[] chars = text.toCharArray();
		for (int[] span : spans) {
			java.util.Arrays.fill(chars, span[0], span[1], '\u0000');
		}
		return new String(chars);
	}
}
