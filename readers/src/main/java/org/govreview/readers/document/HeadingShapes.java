package org.govreview.readers.document;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The numbering shapes of headings, matched on one stripped line. A numbered line that ends a sentence (。) is a
 * numbered list item, not a heading; a title longer than {@link #MAX_TITLE} characters is running text.
 */
final class HeadingShapes {

	static final int MAX_TITLE = 70;

	private static final String SPACE = "[\\s　]";

	private static final String ROMAN_CHARS = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ";

	private static final String DIGITS = "[0-9０-９]{1,2}";

	private static final Pattern CHAPTER = Pattern
		.compile("^(第" + SPACE + "*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})" + SPACE + "*(?:章|節|部|編|(?=[\\s　.．、:：]))"
				+ ")"
				+ SPACE + "*[.．:：、]?" + SPACE + "*(.*)$");

	private static final Pattern ROMAN = Pattern.compile("^([" + ROMAN_CHARS + "]{1,3}|(?:I|II|III|IV|V|VI|VII|VIII|IX|X)(?=[.．" + "\\s　]))"
			+ "[.．、" + "\\s　]*(.+)$");

	/** 49.17 ㎢, 31.6 ％: a figure and its unit, no numbered title. */
	private static final Pattern UNIT_ONLY = Pattern
		.compile("^(?:[㎢㎡%％]|[kKｋＫ]?[mｍ][2２²]?|ha|ｈａ|人|件|世帯|円|千円|万円|億円|万人|千人|か所|箇所|回|t|ｔ|kg|ｋｇ|g|ｇ|点|倍)$");

	/** 77.91平方キロメートルで…: a figure's unit right after it, where a section number would leave a space. */
	private static final String UNIT_AFTER = "平方|㎢|㎡|キロ|世帯|ポイント|[千万億](?:人|円|世帯|t|ｔ)|人(?![口材間権])|件|円|倍|ha|ｈａ|km|ｋｍ";

	private static final Pattern DOTTED = Pattern
		.compile("^((?:" + DIGITS + "|[①-⑳])(?:[-－‐―.．]" + DIGITS + "){1,3})(?![0-9０-９%％]|" + UNIT_AFTER + ")" + SPACE + "*[.．、]?" + SPACE + "*([^0-9０-９].*)$");

	private static final Pattern NUMBER = Pattern
		.compile("^(" + DIGITS + ")(?:[.．、）)]" + SPACE + "*|" + SPACE + "+)([^0-9０-９].*)$");

	private static final Pattern PARENTHESISED_NUMBER = Pattern
		.compile("^([（(]" + DIGITS + "[）)]|[⑴-⒇])" + SPACE + "*(.+)$");

	private static final Pattern CIRCLED = Pattern.compile("^([①-⑳㉑-㉟❶-❿➀-➉➊-➓])" + SPACE + "*(.+)$");

	private static final Pattern KATAKANA = Pattern
		.compile("^([アイウエオカキクケコサシスセソタチツテトナニヌネノ])(?:" + SPACE + "+|[.．、])(.+)$");

	private static final Pattern PARENTHESISED_KATAKANA = Pattern
		.compile("^([（(][アイウエオカキクケコサシスセソタチツテトナニヌネノ][）)])" + SPACE + "*(.+)$");

	/** （どのような役割を担うのか）: the question a bracketed heading answers, printed after it. */
	static final String QUESTION = "[（(][^（）()]{1,30}か[）)]";

	/** 【区の使命】, 〈取組〉, 【区の使命】（どのような役割を担うのか）: a bracketed heading, perhaps with the question it answers. */
	private static final Pattern BRACKETED = Pattern
		.compile("^[【［〔〈《]([^】］〕【［〔〈〉《》]{1,40})[】］〕〉》](?:[\\s　]*" + QUESTION + ")?$");

	/** 真 庭 市, 視 察 の 目 的: single characters, one space apart. */
	private static final Pattern LETTER_SPACED = Pattern.compile("^(?:[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー々ヶ] ){2,9}[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー々ヶ]$");

	private static final Pattern LETTER = Pattern
		.compile("^([A-ZＡ-Ｚ])(?:[.．、]" + SPACE + "*|" + SPACE + "+)([\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}「].*)$");

	/** ■ …, ● …, and a Markdown heading's ## … (a web page's text), whose hashes mark its level. */
	private static final Pattern SYMBOL = Pattern.compile("^([■□◆◇●▼▽◎○◯★☆▲△〇▶▷►]|#{1,6}(?=[ \\t　]))" + SPACE + "*(\\S.*)$");

	private static final Pattern LABELLED;

	static {
		String words = Words.HEADINGS.stream()
			.sorted((a, b) -> b.length() - a.length())
			.map(Pattern::quote)
			.collect(Collectors.joining("|"));
		// 環境目標1, 分野別目標２: a heading word qualified by a few kanji before it, the word the label
		LABELLED = Pattern.compile("^(?:[【［\\[]|(?:\\p{IsHan}{1,3}?)??)(" + words + ")" + SPACE + "*("
				+ "[0-9０-９]{1,2}(?:[-－‐.．][0-9０-９]{1,2}){0,2}|[（(][0-9０-９]{1,2}[）)]|[" + ROMAN_CHARS + "]{1,3}(?:[-－‐][0-9０-９]{1,2}){0,2}"
				+ "|[A-ZＡ-Ｚ](?:" + SPACE + "*[（(][0-9０-９]{1,2}[）)])?|[一二三四五六七八九十]{1,3}|[①-⑳])"
				+ "(?![0-9０-９%％年月日人件A-Za-zＡ-Ｚａ-ｚ])[】］\\]]?" + SPACE + "*[.．:：、）)]?" + SPACE + "*(.*)$");
	}

	/** A heading word, then a space, then the title: the label of a heading numbered before it. */
	private static final Pattern WORD_AFTER_NUMBER = Pattern.compile("^(" + Words.HEADINGS.stream()
		.sorted((a, b) -> b.length() - a.length())
		.map(Pattern::quote)
		.collect(Collectors.joining("|")) + ")[\\s　]+(\\S.*)$");

	private HeadingShapes() {
	}

	/** 6）」については、…: a figure and the brackets of the line above closing, as a wrapped sentence goes on; no number. */
	private static final Pattern CLOSES_ABOVE = Pattern.compile("^[0-9０-９]{1,2}[）)][」』】〕]");

	/** The heading a line is, with level 0 (levels are the document's to assign); empty when it is none. */
	static Optional<Heading> match(String stripped, Location location) {
		String line = stripped.strip();
		if (line.isEmpty() || line.length() > MAX_TITLE + 12 || CLOSES_ABOVE.matcher(line).lookingAt()) {
			return Optional.empty();
		}
		Matcher m;
		if ((m = CHAPTER.matcher(line)).matches()) {
			return heading(NumberingScheme.CHAPTER, "", m.group(1), m.group(2), location, true);
		}
		if ((m = LABELLED.matcher(line)).matches() && !m.group(3).startsWith("の")
				&& !(m.start(1) > 0 && !line.matches("^[【［\\[].*") && Words.LABELS.contains(Words.key(line.substring(0, m.end(1)))))) {
			// 調査項目　ICTを…: a field's label that ends in a heading word, and its value; 施策１－１の成果指標 names a
			// table of the heading's, no heading of its own
			String title = m.group(3);
			if (line.matches("^[【［\\[].*") && title.matches(".*[】］\\]]$") && !title.matches(".*[【［\\[].*")) {
				// 【基本目標１　…をつくる】: the brackets wrap the whole heading, the title ends before the closing one
				title = title.substring(0, title.length() - 1).strip();
			}
			return heading(NumberingScheme.LABELLED, m.group(1), m.group(2), title, location, true);
		}
		if ((m = BRACKETED.matcher(line)).matches()) {
			return heading(NumberingScheme.BRACKETED, "", "", m.group(1), location, false);
		}
		if ((m = DOTTED.matcher(line)).matches() && !UNIT_ONLY.matcher(m.group(2).strip()).matches()) {
			return heading(NumberingScheme.DOTTED, "", m.group(1), m.group(2), location, false);
		}
		if ((m = PARENTHESISED_NUMBER.matcher(line)).matches()) {
			return heading(NumberingScheme.PARENTHESISED_NUMBER, "", m.group(1), m.group(2), location, false);
		}
		if ((m = PARENTHESISED_KATAKANA.matcher(line)).matches()) {
			return heading(NumberingScheme.PARENTHESISED_KATAKANA, "", m.group(1), m.group(2), location, false);
		}
		if ((m = CIRCLED.matcher(line)).matches()) {
			return heading(NumberingScheme.CIRCLED, "", m.group(1), m.group(2), location, false);
		}
		if ((m = ROMAN.matcher(line)).matches()) {
			return heading(NumberingScheme.ROMAN, "", m.group(1), m.group(2), location, false);
		}
		if ((m = NUMBER.matcher(line)).matches()) {
			return heading(NumberingScheme.NUMBER, "", m.group(1), m.group(2), location, false);
		}
		if ((m = KATAKANA.matcher(line)).matches()) {
			return heading(NumberingScheme.KATAKANA, "", m.group(1), m.group(2), location, false);
		}
		if ((m = LETTER.matcher(line)).matches()) {
			return heading(NumberingScheme.LETTER, "", m.group(1), m.group(2), location, false);
		}
		if ((m = SYMBOL.matcher(line)).matches() && !m.group(2).matches("^[：:].*")) {
			Matcher labelled = LABELLED.matcher(m.group(2));
			if (labelled.matches()) {
				// ■ 組織目標１　待機児童ゼロの継続: the symbol only decorates a labelled heading
				return heading(NumberingScheme.LABELLED, labelled.group(1), labelled.group(2), labelled.group(3), location, true);
			}
			if (m.group(1).startsWith("#")) {
				// # １　基本理念, ## （１）施設の概要: a Markdown heading over a numbered title is numbered as the title is
				Optional<Heading> numbered = match(m.group(2), location).filter(title -> title.scheme() != NumberingScheme.SYMBOL);
				if (numbered.isPresent()) {
					return numbered;
				}
			}
			return heading(NumberingScheme.SYMBOL, m.group(1), "", m.group(2), location, false);
		}
		return Optional.empty();
	}

	/** The number of a numbered sentence (1. 本計画は…。), for a list item's marker. */
	static Optional<String[]> numberedSentence(String stripped) {
		for (Pattern pattern : new Pattern[] { NUMBER, PARENTHESISED_NUMBER, CIRCLED, KATAKANA, PARENTHESISED_KATAKANA, DOTTED }) {
			Matcher m = pattern.matcher(stripped.strip());
			if (m.matches()) {
				return Optional.of(new String[] { m.group(1), m.group(2) });
			}
		}
		return Optional.empty();
	}

	private static Optional<Heading> heading(NumberingScheme scheme, String label, String number, String title,
			Location location, boolean titleMayBeEmpty) {
		String text = title.strip();
		if (LETTER_SPACED.matcher(text).matches()) {
			// 3 真 庭 市: a scan's reading sets a space between every character of a short title
			text = text.replace(" ", "");
		}
		if (text.isEmpty() && !titleMayBeEmpty) {
			return Optional.empty();
		}
		if (text.length() > MAX_TITLE || text.endsWith("。") || text.endsWith(".")) {
			return Optional.empty();
		}
		String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC);
		if (!normalized.isEmpty() && normalized.matches("^[0-9.\\s]+$") && scheme == NumberingScheme.DOTTED) {
			// 2.4　8.9　12.3: a list of numbers (the SDGs targets a KPI serves), no numbered title
			return Optional.empty();
		}
		// a number followed by a unit or a bare figure is a value, not a heading (1 人, 2 件, 3 %)
		if (normalized.matches("^[0-9,.]*[%人件回年月日時分点円t]?$") && scheme != NumberingScheme.CHAPTER
				&& scheme != NumberingScheme.LABELLED) {
			return Optional.empty();
		}
		Matcher worded = WORD_AFTER_NUMBER.matcher(text);
		if (scheme != NumberingScheme.LABELLED && scheme != NumberingScheme.CHAPTER && scheme != NumberingScheme.SYMBOL
				&& scheme != NumberingScheme.BRACKETED && worded.matches()) {
			// Ⅰ　基本目標　食と農が育む豊かな暮らし: the numbered heading is a labelled one written number first
			return Optional.of(new Heading(NumberingScheme.LABELLED, worded.group(1), number.strip(), worded.group(2).strip(), 0,
					location));
		}
		return Optional.of(new Heading(scheme, label, number.strip(), text, 0, location));
	}
}
