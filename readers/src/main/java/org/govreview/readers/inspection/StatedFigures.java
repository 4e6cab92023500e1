package org.govreview.readers.inspection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govreview.readers.text.JapaneseNumbers;

/**
 * The figures a report states for the destination, and the date they are as of: 人口：165,590人, 【人口】56,934人,
 * 人口は約16.5万人, 12万3,456人, 約9万8千人; 世帯数：91,421世帯; 面積：561.58km², 561.58平方キロメートル; (R6.12.31 現在), (令和7年7月1日現在).
 * A figure not stated is null, never zero. Stateless.
 */
record StatedFigures(Long population, Long households, BigDecimal areaKm2, LocalDate asOf) {

	/** A count as {@link JapaneseNumbers#number} reads it: 165,590; 16.5万; 12万3,456; 9万8千; 5万2,318. */
	private static final String COUNT = "(\\d[\\d,.]*(?:\\s*[十百千万億]+(?:\\s*\\d[\\d,.]*)?)*)";

	/**
	 * Up to six characters between the word and the number: 】, ：, は, 約, spaces. 移行時の人口, 合併前の人口,
	 * ピーク時人口: a moment past, no figure of today.
	 */
	private static final Pattern POPULATION = Pattern.compile("(?<!時の|前の)(?<!時)人\\s*口[^\\d]{0,6}?" + COUNT + "\\s*人");

	private static final Pattern HOUSEHOLDS = Pattern.compile("世\\s*帯\\s*数?[^\\d]{0,6}?" + COUNT + "\\s*世帯");

	/** 人口は30万5,580人、約13万8千世帯: the households right after the population, unlabelled. */
	private static final Pattern HOUSEHOLDS_AFTER_POPULATION = Pattern
		.compile("人\\s*口[^\\d]{0,6}?" + COUNT + "\\s*人\\s*[、,]\\s*約?\\s*" + COUNT + "\\s*世帯(?!数)");

	/** NFKC turns km² and ㎢ into km2. */
	private static final Pattern AREA = Pattern
		.compile("面\\s*積[^\\d]{0,6}?(\\d[\\d,]*(?:\\.\\d+)?)\\s*(?:km\\s*2|平方\\s*(?:キロ(?:メートル)?|km))");

	private static final Pattern HOME = Pattern.compile("(?:本市|本町|本村|当市|当町)(?:[（(][^）)]*[）)]|の人口[^。]*|は[^。]{0,12}人口[^。]*)");

	/** 人口※１ then ７５，８１２人: a note's mark after the label, no figure of it. */
	private static final Pattern NOTE_MARK = Pattern.compile("(?<=\\p{IsHan})[※＊*][0-9]{1,2}");

	static StatedFigures in(String text) {
		// 本市（人口約13万9千人）では…: the council's own city, no destination's figures
		String normalized = NOTE_MARK.matcher(HOME.matcher(InspectionDates.normalize(text)).replaceAll("")).replaceAll("");
		Long households = count(HOUSEHOLDS, normalized, 1);
		if (households == null) {
			households = count(HOUSEHOLDS_AFTER_POPULATION, normalized, 2);
		}
		return new StatedFigures(count(POPULATION, normalized, 1), households,
				number(AREA, normalized, 1).orElse(null), InspectionDates.asOf(text).orElse(null));
	}

	/** These figures, each completed from the other statement where this one states none. */
	StatedFigures or(StatedFigures other) {
		return new StatedFigures(this.population != null ? this.population : other.population,
				this.households != null ? this.households : other.households,
				this.areaKm2 != null ? this.areaKm2 : other.areaKm2, this.asOf != null ? this.asOf : other.asOf);
	}

	/** The whole number the pattern's {@code group} reads in the text, rounded; null when the text states none. */
	private static Long count(Pattern pattern, String text, int group) {
		return number(pattern, text, group).map(value -> value.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact())
			.orElse(null);
	}

	private static Optional<BigDecimal> number(Pattern pattern, String text, int group) {
		Matcher matcher = pattern.matcher(text);
		return matcher.find() ? JapaneseNumbers.number(matcher.group(group)) : Optional.empty();
	}
}
