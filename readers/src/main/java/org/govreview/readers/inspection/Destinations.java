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

	/** A prefecture, a municipality and a ward, ending where a separator, a bracket or 役所 begins. */
	private static final Pattern NAME_AT_START = Pattern.compile("^[・●○■◆\\s]*((?:" + PREFECTURE
			+ "\\s*)?[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ヶケ]{1,10}?[市町村区](?:\\p{IsHan}{1,4}区)?)"
			+ "(?=$|[\\s(（【<＜:：・、,，]|役所|議会|役場)", Pattern.UNICODE_CHARACTER_CLASS);

	private static final Pattern LEADING_PREFECTURE = Pattern.compile("^" + PREFECTURE);

	private Destinations() {
	}

	static Optional<String> nameAtStart(String text) {
		Matcher matcher = NAME_AT_START.matcher(text);
		return matcher.find() ? Optional.of(matcher.group(1).replaceAll("\\s+", "")) : Optional.empty();
	}

	/** 北海道苫小牧市 and 苫小牧市 are the same name; spaces and widths do not count. */
	static boolean sameName(String one, String other) {
		return key(one).equals(key(other));
	}

	private static String key(String name) {
		String key = InspectionDates.normalize(name).replaceAll("\\s+", "");
		String withoutPrefecture = LEADING_PREFECTURE.matcher(key).replaceFirst("");
		return withoutPrefecture.isEmpty() ? key : withoutPrefecture;
	}
}
