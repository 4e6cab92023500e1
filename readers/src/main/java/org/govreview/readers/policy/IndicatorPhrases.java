package org.govreview.readers.policy;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the indicator a figure is stated for: a noun phrase of kanji, katakana and Latin letters, its parts joined by
 * の, での, における … (小倉行政サービスコーナーでの取扱件数). The phrase named after the figure's own head noun (…率,
 * …数, …割合, …額 …) wins; without one, the phrase the figure follows as its topic (来庁者は、令和5年度…). The
 * indicator's name is the phrase as a compound, particles and quotation brackets dropped
 * (小倉行政サービスコーナー取扱件数), the way indicators are named in plans.
 */
final class IndicatorPhrases {

	/** Kanji, katakana, Latin letters and digits; a kana between two kanji is okurigana (待ち時間), not a particle. */
	private static final String PIECE = "(?:[\\p{IsHan}\\p{IsKatakana}ー・々〆ヶA-Za-z0-9「」『』]"
			+ "|(?<=\\p{IsHan})[ぁ-ゖ&&[^のがはをにでともやへかないうくたるてつ]](?=\\p{IsHan})){1,64}";

	private static final String CONNECTOR = "(?:での|における|に係る|にかかる|に関する|による|に占める|への|の)";

	private static final Pattern PHRASE = Pattern.compile(PIECE + "(?:" + CONNECTOR + PIECE + "){0,8}");

	private static final Pattern HEAD = Pattern.compile(
			"(?:率|割合|数|額|量|人口|比|度|高|費|時間|距離|面積|延長|指数|順位|倍率|シェア|残高|単価|人員|規模|水準)$");

	private static final Pattern NOT_A_HEAD = Pattern
		.compile("(?:年度|程度|今度|都度|毎度|再度|複数|多数|少数|半数|無数|一定数)$");

	/** Words that qualify a figure (最大で90分) rather than name where it holds. */
	private static final Pattern QUALIFIER = Pattern.compile("^(?:最大|最小|最高|最低|平均|合計|累計|全体|約)$");

	private static final Pattern TOPIC_TAIL = Pattern.compile("^\\s*(?:とは|では|は|が|も)?\\s*[、,]?\\s*[:：]?\\s*$");

	private static final Pattern JOINS = Pattern.compile("(?<=[\\p{IsHan}\\p{IsKatakana}ー々ヶA-Za-z0-9」』])" + CONNECTOR
			+ "(?=[\\p{IsHan}\\p{IsKatakana}ー々ヶA-Za-z0-9「『])");

	/** 市, 本市, その約６割, これ: a word that points at what a sentence names elsewhere, no indicator of its own. */
	private static final java.util.regex.Pattern POINTER = java.util.regex.Pattern
		.compile("^(?:本?[市町村区]|当[市町村]|(?:その|この|これ|それ)(?:約?[0-9０-９].*|ら)?)$");

	/** Whether the words a figure was read under only point at something named elsewhere in the text. */
	static boolean pointsElsewhere(String indicator) {
		return indicator == null || POINTER.matcher(java.text.Normalizer.normalize(indicator, java.text.Normalizer.Form.NFKC).strip()).matches();
	}

	private IndicatorPhrases() {
	}

	/** A phrase found in a region: its span and the indicator name it gives. */
	record Phrase(int start, int end, String name) {
	}

	/** The indicator phrase in {@code masked[from, to)}, empty when the region names none. */
	static Optional<Phrase> find(String masked, int from, int to) {
		if (from >= to) {
			return Optional.empty();
		}
		Phrase headed = null;
		Phrase last = null;
		Matcher matcher = PHRASE.matcher(masked).region(from, to);
		while (matcher.find()) {
			String text = matcher.group();
			if (!names(text) || QUALIFIER.matcher(text).matches()) {
				continue;
			}
			Phrase phrase = new Phrase(matcher.start(), matcher.end(), name(text));
			if (HEAD.matcher(phrase.name()).find() && !NOT_A_HEAD.matcher(phrase.name()).find()) {
				headed = phrase;
			}
			last = phrase;
		}
		if (headed != null) {
			return Optional.of(headed);
		}
		if (last != null && TOPIC_TAIL.matcher(masked.substring(last.end(), to)).matches()) {
			return Optional.of(last);
		}
		return Optional.empty();
	}

	/** Whether a phrase is in {@code masked[from, to)} at all (a scope such as 市全体 after the indicator). */
	static Optional<String> anyPhrase(String masked, int from, int to) {
		if (from >= to) {
			return Optional.empty();
		}
		Matcher matcher = PHRASE.matcher(masked).region(from, to);
		while (matcher.find()) {
			if (names(matcher.group()) && !QUALIFIER.matcher(matcher.group()).matches()) {
				return Optional.of(name(matcher.group()));
			}
		}
		return Optional.empty();
	}

	/** A phrase names something when it holds a kanji or katakana word, not only digits, letters or a dot. */
	private static boolean names(String text) {
		return text.codePoints()
			.anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
					|| Character.UnicodeScript.of(cp) == Character.UnicodeScript.KATAKANA);
	}

	static String name(String phrase) {
		String name = JOINS.matcher(phrase).replaceAll("");
		name = name.replaceAll("[「」『』]", "");
		return plain(name).replaceAll("^・+|・+$", "");
	}

	/**
	 * An indicator's name without what only explains it: 高齢化率（６５歳以上人口の割合） is 高齢化率, the definition
	 * bracketed after the term dropped; うちコンビニ交付の割合 (a part of the row above) is コンビニ交付の割合; a long
	 * description with its short name in brackets (…を超えた管路の割合（経年化率）) is the short name; 本町の before a
	 * name (the organisation's own) is dropped. The subject suffix （市全体） stays.
	 */
	static String plain(String name) {
		String suffix = name.endsWith(ProseFigures.CITY_SUFFIX) ? ProseFigures.CITY_SUFFIX : "";
		String base = name.substring(0, name.length() - suffix.length());
		base = DEFINED.matcher(base).replaceFirst("$1");
		base = base.replaceFirst("^うち(?=\\p{IsHan}|\\p{IsKatakana}|[0-9０-９])", "");
		// 現状と課題1人1日当たり…: a box's label a slide's text ran into the name
		base = base.replaceFirst("^現状と課題(?=.{4})", "");
		// ○市内の製造品出荷額等: a list's mark before the name, no part of it
		base = base.replaceFirst("^[○●◎・■□◆◇▪][\\s　]*(?=.{2})", "");
		// 本町の不登校児童生徒数: the organisation's own figure, named without the words that say so
		base = base.replaceFirst("^(?:本|当)(?:市|町|村|区)の(?=.{2})", "");
		java.util.regex.Matcher named = NAMED_AFTER.matcher(base);
		if (named.matches()) {
			// 法定耐用年数を超えた管路の割合（経年化率）: the description, then the short name it is known by
			base = named.group(1);
		}
		return base + suffix;
	}

	/** A long description ending in 割合, 数 or 率, then in brackets the short name of what it describes. */
	private static final java.util.regex.Pattern NAMED_AFTER = java.util.regex.Pattern
		.compile("^.{16,}(?:割合|数|率|量)[（(]([\\p{IsHan}\\p{IsKatakana}ー]{2,8}(?:率|数|量|額))[）)]$");

	private static final java.util.regex.Pattern DEFINED = java.util.regex.Pattern
		.compile("^([^（(]{2,10}?)[（(]([^（）()]{1,24}?(?:以上|未満|以下)[^（）()]*の(?:割合|人数|人口))[）)]$");
}
