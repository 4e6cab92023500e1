package org.govreview.readers.inspection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labels under which inspection reports state their facts, by meaning, their words kept in {@code vocabulary.txt}
 * ({@code label-date-time: 視察日時, 調査日時, …}): 視察日時, 調査日時 and 日時 all label a
 * visit's date and time. A label is recognised at the start of a cell or paragraph, spaced out or not (視 察 日 時),
 * after a bullet or number (4. Q &amp; A, (1), ●) and inside brackets (【Q&amp;A】), when a separator follows (a colon,
 * a space, a bracket, or the end). Short words that also open running text (日時, 目的, 概要) count as labels only
 * when nothing but a colon and a value follows them.
 */
enum Label {

	// the document's header
	SUBMITTED(true),
	FACTION(true),
	REPRESENTATIVE(true),
	EXPENSE_NUMBER(true),
	MEMBERS(true),
	ACTIVITY_PERIOD(true),
	REMARKS(true),

	// a visit's fields
	REPORTERS(false),
	PARTICIPANTS(false),
	DATE_TIME(false),
	TIME(false),
	DESTINATION(false),
	/** One figure of the destination, its label part of the statement: 人口, 世帯数, 面積, and the date they are as of. */
	FIGURE(false),
	FIGURES(false),
	TOPIC(false),
	PURPOSE(false),
	HOME_SITUATION(false),
	OVERVIEW(false),
	/** Who explained, who came along, what it cost: nothing of it is a fact of the visit or a participant. */
	ASIDE(false),
	QUESTIONS(false),
	OPINIONS(false);

	private static final String FLAGS_AND_BULLETS = "^(?:[●○◎■□◆◇▼▽・＊*〓#＃]+|[ア-ン](?=[\\s\u3000])|[(（]?[0-9０-９]{1,2}[)）.．、]|[0-9０-９]{1,2}(?=\\s)|[①-⒇])?\\s*[【\\[［<＜〈《]?\\s*";

	private static final Pattern LEAD = Pattern.compile(FLAGS_AND_BULLETS, Pattern.UNICODE_CHARACTER_CLASS);

	private static final String CLOSING = "】]］>＞〉》";

	private static final Pattern ROUND_BRACKETED = Pattern.compile("^[（(]([^（）()]{2,8})[）)]$");

	private static final String SEPARATOR = "(?:\\s*[】\\]］>＞〉》]|(?=$|[\\s:：(（【<＜\\[［]))";

	/** 岡崎市の現状と課題, 本市の現状と課題, 本市の現状. */
	private static final String HOME_SITUATION_WORD = "(?:本|[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ヶケ]{1,8}?[市町村区])\\s*(?:の|における)\\s*現\\s*状(?:\\s*(?:と|及び|および)\\s*課\\s*題)?";

	/** 北九州市の概要, 伊達市の状況: the destination's figures. */
	private static final String FIGURES_WORD = "(?![本当])[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ヶケ]{1,8}?[市町村区]\\s*の\\s*(?:概要|概況|状況|姿|あらまし)";

	/** Q&amp;A, Ｑ＆Ａ, Q & A. */
	private static final String QA_WORD = "[QＱ]\\s*[&＆]\\s*[AＡ]";

	/** A parenthesis that annotates the label rather than starting its value: （目的）, (意見・課題など). */
	private static final Pattern ANNOTATION = Pattern.compile("^[(（]([^)）]{0,20}(?:目的|意見|課題|所感|考察|感想|など|理由|概要)[^)）]{0,20})[)）]\\s*");

	/** Words that open running text too (日時は…, 概要 …): labels only when a colon and a value, or nothing, follow. */
	private static final Set<String> WEAK = Set.copyOf(InspectionReportRecognition.VOCABULARY.words("weak-label"));

	private static final List<Word> WORDS = words();

	private final boolean header;

	private final List<String> words;

	Label(boolean header) {
		this.header = header;
		this.words = InspectionReportRecognition.VOCABULARY.words("label-" + name().toLowerCase(Locale.ROOT).replace('_', '-'));
	}

	/** True for the labels of the document's header; the others label a visit's fields. */
	boolean header() {
		return this.header;
	}

	/** A label recognised at the start of a fragment, and what follows it ({@code rest}, possibly empty). */
	record Match(Label label, String rest) {
	}

	static Optional<Match> match(String fragment) {
		Matcher bracketed = ROUND_BRACKETED.matcher(fragment.strip());
		if (bracketed.matches()) {
			// （質疑）, （所感） alone on their line: a section's label in round brackets
			return match("【" + bracketed.group(1) + "】").filter(found -> found.rest().isEmpty());
		}
		Matcher lead = LEAD.matcher(fragment);
		int at = lead.lookingAt() ? lead.end() : 0;
		if (at >= fragment.length()) {
			return Optional.empty();
		}
		char first = fragment.charAt(at);
		for (Word word : WORDS) {
			// most fragments open with no label's first character: the patterns need not be tried
			if (word.first != null && word.first.indexOf(first) < 0
					|| word.required != null && !fragment.contains(word.required)) {
				continue;
			}
			Matcher matcher = word.pattern.matcher(fragment);
			if (!matcher.find()) {
				continue;
			}
			String rest = fragment.substring(matcher.end()).strip();
			// a closing bracket separates a label from its value as a colon does: 【視察項目】ものづくり…
			boolean colon = rest.startsWith(":") || rest.startsWith("：") || CLOSING.indexOf(fragment.charAt(matcher.end() - 1)) >= 0;
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

	/** The characters a word may start with (null: any) and a text it cannot match without (null: none). */
	private record Word(Label label, Pattern pattern, boolean weak, int length, String first, String required) {
	}

	/** Every word of every label, the longest first so that 視察先・概要 wins over 視察先. */
	private static List<Word> words() {
		List<Word> words = new ArrayList<>();
		for (Label label : values()) {
			for (String word : label.words) {
				words.add(new Word(label, compile(spaced(word)), WEAK.contains(word), word.length(), word.substring(0, 1), null));
			}
		}
		words.add(new Word(HOME_SITUATION, compile(HOME_SITUATION_WORD), false, 6, null, "現"));
		words.add(new Word(FIGURES, compile(FIGURES_WORD), false, 5, null, "の"));
		words.add(new Word(QUESTIONS, compile(QA_WORD), false, 3, "QＱ", null));
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
