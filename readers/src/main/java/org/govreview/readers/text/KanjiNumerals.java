package org.govreview.readers.text;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers that minutes and formal prose write in kanji (去る十月十五日, 午後一時三十分, 人口は十一万六千九百二十八人, 面積は
 * 十八・二七平方キロメートル, 令和六年), written again in figures, so that one grammar of dates, times and quantities reads
 * them. Only a document that dates itself in kanji is so rewritten, and only a numeral before what it counts (年, 月, 日,
 * 人, 世帯, 平方キロメートル, 件, 円 …): 一体的, 十分な, 一時保育 and place names (四日市, 十日町, 千葉) stay as they are.
 * Stateless and thread-safe.
 */
public final class KanjiNumerals {

	/** A digit's value is its place here; 零 is written for 〇 too. */
	private static final String DIGITS = "〇一二三四五六七八九";

	private static final String NUMERAL = "[〇零一二三四五六七八九十百千万億]+(?:・[〇零一二三四五六七八九]+)?";

	/** What a number written in kanji counts; 時 and 分 only where they tell the time. */
	private static final String COUNTED = "(?=年|か月|ヶ月|箇月|月|日(?![市町])|時(?:[〇一二三四五六七八九十半0-9]|から|まで|～|〜|ごろ|頃|、)"
			+ "|分(?:から|まで|間|～|〜|、|。|ほど|程度)|人|世帯|平方|キロ|メートル|ヘクタール|か所|箇所|カ所|ヶ所|件|円|回|校|園|名|歳|倍"
			+ "|割|パーセント|％|%|戸|台|団体|地区|施設|社|店|点|項目|期|号|条|億円|万円)";

	/** A kanji before the numeral that makes it part of a word (統一, 唯一), unless it leads a number (令和, 約, 第, 午後). */
	private static final Pattern NUMBER = Pattern.compile("(?<![\\p{IsHan}&&[^和成治正約第計毎各全前後同月年時日度数総延及並]])("
			+ NUMERAL + ")" + COUNTED);

	private static final Pattern PRECEDED_BY_TIME = Pattern.compile("時(" + NUMERAL + ")(?=分)");

	/** 令和六年, 平成二十一年, 十月十五日: a date written in kanji. */
	private static final Pattern KANJI_DATE = Pattern
		.compile("(?:令和|平成|昭和)[元一二三四五六七八九十]+年|[一二三四五六七八九十]+月[一二三四五六七八九十]+日");

	private static final Pattern FIGURE_DATE = Pattern.compile("(?:令和|平成|昭和|[RH])\\s*[0-9０-９元]+\\s*年|[0-9０-９]+\\s*月\\s*[0-9０-９]+\\s*日");

	private static final int MIN_KANJI_DATES = 3;

	private KanjiNumerals() {
	}

	/** Whether the text dates itself in kanji (令和六年十月十五日) more often than in figures. */
	public static boolean writtenInKanji(List<String> lines) {
		long kanji = 0;
		long figures = 0;
		for (String line : lines) {
			kanji += KANJI_DATE.matcher(line).results().count();
			figures += FIGURE_DATE.matcher(line).results().count();
		}
		return kanji >= MIN_KANJI_DATES && kanji > figures;
	}

	/** The lines with their kanji numbers in figures, where the text dates itself in kanji; else the lines as they are. */
	public static List<String> inFigures(List<String> lines) {
		return inFigures(lines, java.util.Set.of());
	}

	/**
	 * As {@link #inFigures(List)}, for a PDF's lines: a number the page's right edge broke (五万五 / 千六百四十一世帯) is
	 * read whole, its first part moved to the line its end is on.
	 */
	public static List<String> inFigures(List<String> lines, java.util.Set<Integer> softWraps) {
		if (!writtenInKanji(lines)) {
			return lines;
		}
		List<String> moved = new java.util.ArrayList<>(lines);
		for (int i = 0; i + 1 < moved.size(); i++) {
			Matcher end = NUMERAL_END.matcher(moved.get(i));
			if (softWraps.contains(i) && end.find() && NUMERAL_START.matcher(moved.get(i + 1)).lookingAt()) {
				moved.set(i + 1, end.group() + moved.get(i + 1));
				moved.set(i, moved.get(i).substring(0, end.start()));
			}
		}
		return moved.stream().map(KanjiNumerals::inFigures).toList();
	}

	private static final Pattern NUMERAL_END = Pattern.compile("[〇零一二三四五六七八九十百千万億・]+$");

	private static final Pattern NUMERAL_START = Pattern.compile("[〇零一二三四五六七八九十百千万億・]");

	/** The line with each kanji number before what it counts written in figures. */
	public static String inFigures(String line) {
		String timed = PRECEDED_BY_TIME.matcher(line).replaceAll(match -> "時" + figures(match.group(1)));
		return NUMBER.matcher(timed).replaceAll(match -> Matcher.quoteReplacement(figures(match.group(1))));
	}

	/** 十一万六千九百二十八 → 116928, 十八・二七 → 18.27, 二〇二四 → 2024. */
	static String figures(String numeral) {
		int point = numeral.indexOf('・');
		if (point >= 0) {
			StringBuilder fraction = new StringBuilder();
			for (char c : numeral.substring(point + 1).toCharArray()) {
				fraction.append(digit(c));
			}
			return figures(numeral.substring(0, point)) + "." + fraction;
		}
		if (numeral.chars().noneMatch(c -> "十百千万億".indexOf(c) >= 0)) {
			StringBuilder positional = new StringBuilder();
			for (char c : numeral.toCharArray()) {
				positional.append(digit(c));
			}
			return positional.toString();
		}
		BigDecimal total = BigDecimal.ZERO;
		long section = 0;
		long pending = -1;
		for (char c : numeral.toCharArray()) {
			int small = "十百千".indexOf(c);
			int large = "万億".indexOf(c);
			if (small >= 0) {
				section += (pending < 0 ? 1 : pending) * (long) Math.pow(10, small + 1);
				pending = -1;
			}
			else if (large >= 0) {
				section += Math.max(pending, 0);
				total = total.add(BigDecimal.valueOf(section == 0 ? 1 : section).multiply(BigDecimal.TEN.pow(4 * (large + 1))));
				section = 0;
				pending = -1;
			}
			else {
				pending = (pending < 0 ? 0 : pending * 10) + digit(c);
			}
		}
		return total.add(BigDecimal.valueOf(section + Math.max(pending, 0))).toPlainString();
	}

	private static int digit(char c) {
		return c == '零' ? 0 : DIGITS.indexOf(c);
	}
}
