package org.govreview.readers.inspection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labels under which inspection reports state their facts, by meaning: 視察日時, 調査日時 and 日時 all label a
 * visit's date and time. A label is recognised at the start of a cell or paragraph, spaced out or not (視 察 日 時),
 * after a bullet or number (4. Q &amp; A, (1), ●) and inside brackets (【Q&amp;A】), when a separator follows (a colon,
 * a space, a bracket, or the end). Short words that also open running text (日時, 目的, 概要) count as labels only
 * when nothing but a colon and a value follows them.
 */
enum Label {

	// the document's header
	SUBMITTED(true, "提出日", "提出年月日", "報告日"),
	FACTION(true, "会派名", "委員会名", "団体名", "会派"),
	REPRESENTATIVE(true, "代表者名", "代表者", "代表議員"),
	EXPENSE_NUMBER(true, "支出番号"),
	MEMBERS(true, "氏名", "議員名", "議員氏名", "参加議員", "調査委員", "派遣委員", "参加委員", "視察議員", "視察委員", "参加者名"),
	ACTIVITY_PERIOD(true, "活動年月日", "活動期間", "視察期間", "調査期間", "視察日程", "調査日程"),
	REMARKS(true, "備考"),

	// a visit's fields
	REPORTERS(false, "報告者", "記録者", "報告議員"),
	PARTICIPANTS(false, "視察者", "視察参加者", "参加者", "出席者"),
	DATE_TIME(false, "視察日時", "調査日時", "訪問日時", "研修日時", "視察日", "調査日", "訪問日", "研修日", "日時"),
	TIME(false, "視察時間", "調査時間", "訪問時間", "研修時間", "時間"),
	DESTINATION(false, "視察先・概要", "視察先及び概要", "視察先", "調査先", "訪問先", "視察地", "視察場所", "訪問場所"),
	/** One figure of the destination, its label part of the statement: 人口, 世帯数, 面積, and the date they are as of. */
	FIGURE(false, "人口", "世帯数", "面積", "基準日"),
	FIGURES(false, "視察先の概要", "市の概要", "町の概要", "区の概要", "市勢", "区勢", "町勢", "市の姿", "市の状況", "概況"),
	TOPIC(false, "視察内容", "視察項目", "視察事項", "調査事項", "調査項目", "研修内容", "研修項目", "研修テーマ", "視察テーマ",
			"調査テーマ", "テーマ"),
	PURPOSE(false, "選定理由", "視察目的", "調査目的", "視察の目的", "調査の目的", "目的"),
	HOME_SITUATION(false),
	OVERVIEW(false, "視察概要", "調査概要", "視察の概要", "調査の概要", "説明内容", "説明の概要", "説明の要旨", "説明要旨",
			"説明の内容", "調査内容", "視察の内容", "研修の内容", "概要"),
	/** Who explained, who came along, what it cost: nothing of it is a fact of the visit or a participant. */
	ASIDE(false, "応対者", "対応者", "説明者", "対応", "随行者", "随行", "同行者", "同行", "視察経費", "経費"),
	QUESTIONS(false, "質疑応答", "主な質疑", "質疑の内容", "質疑内容", "質疑", "質問と回答", "意見交換"),
	OPINIONS(false, "本市への反映", "本市への提言", "委員の所感", "各委員の所感", "各議員の所感", "議員の所感", "委員意見",
			"所感・考察", "所感", "考察", "感想", "まとめ", "意見");

	private static final String FLAGS_AND_BULLETS = "^(?:[●○◎■□◆◇▼▽・＊*〓]+|[ア-ン](?=[\\s\u3000])|[(（]?[0-9０-９]{1,2}[)）.．、]|[0-9０-９]{1,2}(?=\\s)|[①-⒇])?\\s*[【\\[［<＜〈《]?\\s*";

	private static final String SEPARATOR = "\\s*[】\\]］>＞〉》]?(?=$|[\\s:：(（【<＜\\[［])";

	/** 岡崎市の現状と課題, 本市の現状と課題, 本市の現状. */
	private static final String HOME_SITUATION_WORD = "(?:本|[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ヶケ]{1,8}?[市町村区])\\s*(?:の|における)\\s*現\\s*状(?:\\s*(?:と|及び|および)\\s*課\\s*題)?";

	/** 北九州市の概要, 伊達市の状況: the destination's figures. */
	private static final String FIGURES_WORD = "(?![本当])[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ヶケ]{1,8}?[市町村区]\\s*の\\s*(?:概要|状況|姿)";

	/** Q&amp;A, Ｑ＆Ａ, Q & A. */
	private static final String QA_WORD = "[QＱ]\\s*[&＆]\\s*[AＡ]";

	/** A parenthesis that annotates the label rather than starting its value: （目的）, (意見・課題など). */
	private static final Pattern ANNOTATION = Pattern.compile("^[(（]([^)）]{0,20}(?:目的|意見|課題|所感|考察|感想|など|理由|概要)[^)）]{0,20})[)）]\\s*");

	/** Words that open running text too (日時は…, 概要 …): labels only when a colon and a value, or nothing, follow. */
	private static final Set<String> WEAK = Set.of("日時", "目的", "概要", "意見", "感想", "対応", "同行", "経費", "まとめ", "時間");

	private static final List<Word> WORDS = words();

	private final boolean header;

	private final List<String> words;

	Label(boolean header, String... words) {
		this.header = header;
		this.words = List.of(words);
	}

	/** True for the labels of the document's header; the others label a visit's fields. */
	boolean header() {
		return this.header;
	}

	/** A label recognised at the start of a fragment, and what follows it ({@code rest}, possibly empty). */
	record Match(Label label, String rest) {
	}

	static Optional<Match> match(String fragment) {
		for (Word word : WORDS) {
			Matcher matcher = word.pattern.matcher(fragment);
			if (!matcher.find()) {
				continue;
			}
			String rest = fragment.substring(matcher.end()).strip();
			boolean colon = rest.startsWith(":") || rest.startsWith("：");
			rest = ANNOTATION.matcher(stripColon(rest)).replaceFirst("");
			rest = stripColon(rest);
			if (word.weak && !colon && !rest.isEmpty()) {
				continue;
			}
			return Optional.of(new Match(word.label, rest));
		}
		return Optional.empty();
	}

	/** A parenthesis standing alone that annotates the label before it: (意見・課題など). */
	static boolean isAnnotation(String fragment) {
		Matcher matcher = ANNOTATION.matcher(fragment.strip());
		return matcher.lookingAt() && matcher.end() == fragment.strip().length();
	}

	private static String stripColon(String text) {
		return text.replaceFirst("^[:：]\\s*", "").strip();
	}

	private record Word(Label label, Pattern pattern, boolean weak, int length) {
	}

	/** Every word of every label, the longest first so that 視察先・概要 wins over 視察先. */
	private static List<Word> words() {
		List<Word> words = new ArrayList<>();
		for (Label label : values()) {
			for (String word : label.words) {
				words.add(new Word(label, compile(spaced(word)), WEAK.contains(word), word.length()));
			}
		}
		words.add(new Word(HOME_SITUATION, compile(HOME_SITUATION_WORD), false, 6));
		words.add(new Word(FIGURES, compile(FIGURES_WORD), false, 5));
		words.add(new Word(QUESTIONS, compile(QA_WORD), false, 3));
		words.sort(Comparator.comparingInt(Word::length).reversed());
		return words;
	}

	private static Pattern compile(String word) {
		return Pattern.compile(FLAGS_AND_BULLETS + "(?:" + word + ")" + SEPARATOR, Pattern.UNICODE_CHARACTER_CLASS);
	}

	/** 視察日時 → 視\s*察\s*日\s*時: extraction spaces out table labels. */
	private static String spaced(String word) {
		return String.join("\\s*", Arrays.stream(word.split("")).map(Pattern::quote).toList());
	}
}
