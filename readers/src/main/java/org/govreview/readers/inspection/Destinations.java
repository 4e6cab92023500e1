package org.govreview.readers.inspection;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Destination names as a visit's section prints them at its start: 北海道苫小牧市 (R6.12.31 現在 …), 札幌市 人口:…,
 * 石狩市役所. Only the name is taken; whether it is a municipality is for the master to say.
 */
final class Destinations {

	private static final String PREFECTURE = "(?:北海道|東京都|京都府|大阪府|\\p{IsHan}{2,3}県)";

	/** 長野県飯田市: a municipality with its prefecture, which names a place and never a person. */
	static final String PREFECTURE_CITY = PREFECTURE + "\\p{IsHan}{1,6}[市町村区]";

	/** A prefecture, a municipality and a ward, ending where a separator, a bracket or 役所 begins. */
	private static final Pattern NAME_AT_START = Pattern.compile("^[・●○■◆\\s]*((?:" + PREFECTURE
			+ "\\s*)?[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ヶケ]{1,10}?[市町村区](?:\\p{IsHan}{1,4}区)?)"
			+ "(?=$|[\\s(（【<＜:：・、,，]|役所|議会|役場)", Pattern.UNICODE_CHARACTER_CLASS);

	private static final Pattern LEADING_PREFECTURE = Pattern.compile("^" + PREFECTURE);

	/** （広島県） right after a name: the prefecture the name belongs to. */
	private static final Pattern BRACKETED_PREFECTURE = Pattern.compile("^\\s*[(（]\\s*(" + PREFECTURE + ")\\s*[)）]");

	/** A facility with its municipality in brackets: 北九州市エコタウンセンター（福岡県北九州市）. */
	private static final Pattern BRACKETED_NAME = Pattern.compile("[(（]\\s*((?:" + PREFECTURE
			+ "\\s*)?[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ヶケ]{1,10}?[市町村区])\\s*[)）]\\s*$", Pattern.UNICODE_CHARACTER_CLASS);

	/**
	 * What may follow a heading's name: a bracket (the date, the prefecture, a facility, ＜１月２７日＞), perhaps a note
	 * (※同日午後　現地視察), and nothing else.
	 */
	private static final Pattern BRACKET_ONLY = Pattern
		.compile("^(?:[\\s　]*(?:[(（](?:[^()（）]|[(（][^()（）]*[)）])*[)）]|[＜<〈【\\[［][^＜<〈【\\[［＞>〉】\\]］]*[＞>〉】\\]］]))*[\\s　]*(?:※.*)?$");

	/** 新潟県長岡市　　令和６年１０月２９日（火）　１３：３０～１５：００: the visit's date (and time) after its name. */
	private static final Pattern DATED_TAIL = Pattern
		.compile("^[\\s　]+(?:(?:令和|平成|R|H)?[0-9元]{1,4}[年.])?[0-9]{1,2}[月.][0-9]{1,2}日?(?:[(（][^()（）]{1,3}[)）])?[^。]{0,24}$");

	private Destinations() {
	}

	/** The name a text starts with, with the prefecture a bracket after it states (府中市（広島県） → 広島県府中市). */
	static Optional<String> nameAtStart(String text) {
		Matcher matcher = NAME_AT_START.matcher(text);
		if (!matcher.find()) {
			return Optional.empty();
		}
		String name = matcher.group(1).replaceAll("\\s+", "");
		Matcher prefecture = BRACKETED_PREFECTURE.matcher(text.substring(matcher.end()));
		if (prefecture.find() && !LEADING_PREFECTURE.matcher(name).find()) {
			name = prefecture.group(1) + name;
		}
		return Optional.of(name);
	}

	/**
	 * The destination a heading names, once its numbering is taken off: a name and nothing but brackets after it
	 * (石川県金沢市（8月20日）, 府中市（広島県）), or a facility followed by its municipality in brackets.
	 */
	static Optional<String> headingName(String body) {
		Matcher matcher = NAME_AT_START.matcher(body);
		if (matcher.find() && (BRACKET_ONLY.matcher(body.substring(matcher.end())).matches()
				|| DATED_TAIL.matcher(InspectionDates.normalize(body.substring(matcher.end()))).matches()
				|| namesPart(body.substring(matcher.end())))) {
			return nameAtStart(body);
		}
		Matcher bracketed = BRACKETED_NAME.matcher(body);
		if (!bracketed.find() || OTHER_REPORT.matcher(body.substring(0, bracketed.start())).find()) {
			// 令和4年度 会派行政視察報告（岐阜県多治見市）: a link to another year's report, no destination of this one
			return Optional.empty();
		}
		return Optional.of(bracketed.group(1).replaceAll("\\s+", ""));
	}

	/** Ⅰ　会津若松市議会, once its number is taken off: the council or the offices of a place, standing for the place. */
	static Optional<String> institutionName(String body) {
		Matcher matcher = NAME_AT_START.matcher(body);
		return matcher.find() && INSTITUTION.matcher(body.substring(matcher.end())).matches() ? nameAtStart(body)
				: Optional.empty();
	}

	/** Ⅰ　会津若松市議会: the council or the offices of the place, which stand for the place. */
	private static final Pattern INSTITUTION = Pattern.compile("^(?:議会|役所|役場|議会事務局)[\\s　]*$");

	/** 令和4年度 会派行政視察報告: the title of a report, where a facility's name would stand. */
	private static final Pattern OTHER_REPORT = Pattern.compile("報告書?\\s*$");

	/** The parts a report gives each destination under headings of their own: 概要, 視察内容, 質疑応答, 所感 … */
	private static final java.util.Set<String> PARTS = parts();

	private static java.util.Set<String> parts() {
		java.util.Set<String> parts = new java.util.HashSet<>(java.util.List.of("基本データ", "基本情報", "データ"));
		for (String concept : java.util.List.of("label-topic", "label-overview", "label-questions", "label-opinions",
				"label-figures", "label-purpose")) {
			InspectionReportRecognition.VOCABULARY.words(concept).forEach(word -> parts.add(InspectionDates.normalize(word)));
		}
		return java.util.Set.copyOf(parts);
	}

	/** 石川県野々市市　質疑応答: after the name and a space, the part of the destination's account the heading opens. */
	private static boolean namesPart(String tail) {
		if (tail.isEmpty() || !Character.isWhitespace(tail.charAt(0))) {
			return false;
		}
		// ～視察の概要～, ―質疑・所感―, （質疑応答）: the part set off by dashes or brackets, or two parts at once
		String part = DECORATION.matcher(InspectionDates.normalize(tail).replaceAll("[\\s　]", "")).replaceAll("");
		return PARTS.contains(part) || part.contains("・")
				&& java.util.Arrays.stream(part.split("・")).allMatch(PARTS::contains);
	}

	private static final Pattern DECORATION = Pattern.compile("^[～~〜―—\\-－(（【〈\\[]+|[～~〜―—\\-－)）】〉\\]]+$");

	/** 質疑応答 of 3. 石川県野々市市　質疑応答: the part of the account a destination's heading opens, if it names one. */
	static Optional<String> part(String heading) {
		String[] words = heading.strip().split("[\\s　]+");
		String last = words[words.length - 1];
		return words.length > 1 && PARTS.contains(InspectionDates.normalize(last)) ? Optional.of(last) : Optional.empty();
	}

	/** 広島県福山市、広島県府中市、広島県尾道市: a list of the report's destinations, no one visit's. */
	static boolean namesSeveral(String text) {
		// ①千葉県流山市（午前）⏎②茨城県守谷市: a numbered list, a place each
		// １　富山県南砺市　　２　石川県野々市市: the numbers a form's cell sets before each
		String[] parts = text.split("[、,，・\n]|[ 　]*(?=[②-⑳])|[ 　]{2,}(?=[0-9０-９]{1,2}[ 　.．、])");
		// 長野県飯田市　　１　飯田市役所　　２　飯田市立図書館: one place and two of its buildings, counted once
		return parts.length > 1 && java.util.Arrays.stream(parts)
			.map(part -> nameAtStart(part.strip().replaceFirst("^(?:[①-⑳]|[0-9０-９]{1,2}[ 　.．、]+)", "")))
			.flatMap(Optional::stream).map(Destinations::placeKey).distinct().count() > 1;
	}

	/** 長野県飯田市 and 飯田市 as one place: the name without its prefecture. */
	private static String placeKey(String name) {
		return key(LEADING_PREFECTURE.matcher(name).replaceFirst(""));
	}

	/** 北海道苫小牧市 and 苫小牧市 are the same name; spaces and widths do not count. */
	static boolean sameName(String one, String other) {
		return key(one).equals(key(other));
	}

	static String key(String name) {
		String key = InspectionDates.normalize(name).replaceAll("\\s+", "");
		String withoutPrefecture = LEADING_PREFECTURE.matcher(key).replaceFirst("");
		return withoutPrefecture.isEmpty() ? key : withoutPrefecture;
	}
}
