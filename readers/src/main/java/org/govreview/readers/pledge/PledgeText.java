package org.govreview.readers.pledge;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govreview.domain.pledge.ItemEvaluation;
import org.govreview.readers.document.Vocabulary;
import org.govreview.readers.text.Departments;
import org.govreview.readers.text.Evaluation;
import org.govreview.readers.text.EvaluationMarks;
import org.govreview.readers.text.JapaneseNumbers;
import org.govreview.readers.text.Quantity;

/**
 * The words and small readings of pledge evaluations: the vocabulary resource, evaluation marks as facts state them,
 * titles without their numbering, departments, header columns, figures with their units. Stateless and thread-safe.
 */
final class PledgeText {

	private PledgeText() {
	}

	static final Vocabulary WORDS = Vocabulary.load(PledgeText.class, "vocabulary.txt");

	static final EvaluationMarks MARKS = EvaluationMarks.standard();

	/** Numbering in front of an item or group title: ①, (1), （１）, 1-1, Ⅰ-1, No.1, ア, 【1】, 1., Ⅱ. */
	static final Pattern NUMBERING = Pattern.compile("^(?:No\\.?\\s*\\d+|[\\u2460-\\u2473]|[\\(（]\\d{1,2}[\\)）]"
			+ "|【\\s*\\d{1,2}\\s*】|〔\\d{1,2}〕|[IVXⅠ-Ⅻ]+\\s*[-－]\\s*\\d{1,2}|\\d{1,2}\\s*[-－]\\s*\\d{1,2}|[IVXⅠ-Ⅻ]{1,4}(?![A-Za-z])"
			+ "|[A-DＡ-Ｄ](?=\\s)|\\d{1,2}(?:[.．、)）]|(?=\\s)|(?=[^\\d.．歳人件年月日回か所万千億%％円世点倍〜～~]))|[ア-ン](?=\\s))[.．、\\s]*");

	static final Pattern LEADING_SYMBOL = Pattern.compile("^[■◆●□◇◎・･•▼▽▲◯〇\\s]+");

	static final Pattern FIGURE = Pattern.compile("(\\d+(?:[.・]\\d+)?)\\s*(%|％|点)");

	static final Pattern BRACKETED_TAIL = Pattern.compile("\\s*[（(【〔\\[]([^（()）【】〔〕\\[\\]]*)[）)】〕\\]]\\s*$");

	/** 達成　（前年度　達成）, 5 (R5:4): this year's mark without last year's, printed beside it for reference. */
	private static final Pattern EARLIER_MARK = Pattern.compile(
			"\\s*[(（](?:前年度|昨年度|前年|前回|[RHＲＨ]\\s*[0-9０-９元]{1,2}(?:年度)?\\s*[:：]|(?:令和|平成)\\s*[0-9０-９元]{1,2}\\s*年度?末?\\s*[:：])[^()（）]{0,10}[)）]$");

	static String withoutEarlier(String cell) {
		Matcher scored = SCORE_OVER_WORD.matcher(nfkc(cell).strip());
		if (scored.matches() && MARKS.read(scored.group(2)).isPresent()) {
			// 5 over 達成（4）: the score, the word for it and last year's score in brackets; the score is the evaluation
			return scored.group(1);
		}
		String without = EARLIER_MARK.matcher(cell).replaceFirst("").strip();
		// a title's bracket (…の推進（前年度からの継続）) stays: only a mark or a score goes without its earlier one
		return !without.equals(cell.strip()) && (MARKS.read(nfkc(without)).isPresent() || SCORE.matcher(nfkc(without)).matches())
				? without : cell.strip();
	}

	/** 5 over 達成（4）: a score on its line, the word for it on the next, perhaps an earlier score in brackets. */
	private static final Pattern SCORE_OVER_WORD = Pattern.compile("^([0-9]{1,2})[ 　]*\\n[ 　]*([^\\s()]{1,8}?)[ 　]*(?:\\([^()]{1,8}\\))?$");

	/** 5, 3.5: a score alone. */
	private static final Pattern SCORE = Pattern.compile("^[0-9]{1,3}(?:\\.[0-9])?$");

	static Optional<Evaluation> markOf(String cell) {
		String text = nfkc(cell == null ? "" : cell).strip();
		text = withoutEarlier(text);
		if (text.isEmpty() || text.length() > 12) {
			return Optional.empty();
		}
		Optional<Evaluation> read = MARKS.read(text);
		if (read.isEmpty() && text.matches("^\\S{1,3}\\([^()]{1,8}\\)$")) {
			// Ｓ（達成）: a grade with its meaning in brackets
			read = MARKS.read(text.replaceFirst("\\([^()]{1,8}\\)$", "").strip());
		}
		if (read.isEmpty() && text.matches("^(?:評価|評点)?[0-9]{1,2}(?:点)?\\s*\\([★☆]{2,10}\\)$")) {
			// 評価５（★★★★★）: a score named with its stars in brackets
			read = MARKS.read(text.replaceFirst("^.*\\(([★☆]+)\\)$", "$1"));
		}
		if (read.isEmpty() && text.matches("^[★☆]{2,10}\\s*\\([0-9]{1,2}(?:\\.[0-9])?\\)$")) {
			// ★★★★☆（4）: the stars with their count in brackets
			read = MARKS.read(text.replaceFirst("\\s*\\([^()]+\\)$", ""));
		}
		return read;
	}

	/** The departments a cell names, as {@link Departments#split} reads them. */
	static List<String> departments(String cell) {
		return Departments.split(cell);
	}

	/** The evaluation as a fact states it: stars and scores as their number, marks and grades canonical, words as printed. */
	static String display(Evaluation evaluation) {
		return switch (evaluation.scale()) {
			case Evaluation.STARS, Evaluation.SCORE, "symbol", "grade" -> evaluation.mark();
			default -> key(evaluation.printed());
		};
	}

	static ItemEvaluation toDomain(Evaluation evaluation) {
		return new ItemEvaluation(evaluation.scale(), display(evaluation), evaluation.level(), evaluation.levels(),
				evaluation.printed());
	}

	static OptionalInt count(String cell) {
		// ９取組（23.7％）: the count, its share of all in brackets after it
		String text = nfkc(cell == null ? "" : cell).strip().replaceFirst("\\s*[(（]\\s*\\d{1,3}(?:\\.\\d+)?\\s*%\\s*[)）]$", "")
			.replaceFirst("(件|項目|事業|取組|施策)$", "");
		return text.matches("\\d{1,5}") ? OptionalInt.of(Integer.parseInt(text)) : OptionalInt.empty();
	}

	/** A row with more cells than its header (a numbering cell the header does not name) is aligned on the right. */
	static int shifted(int column, int offset) {
		return column < 0 ? column : column + offset;
	}

	static int column(List<String> header, String concept) {
		// 評価（5～1）, 担当課（室）: the header word, whatever its brackets add
		List<String> bare = header.stream().map(cell -> key(cell).replaceAll("(?<=.)\\([^()]*\\)$", "")).toList();
		for (String word : WORDS.words(concept)) {
			for (int c = 0; c < header.size(); c++) {
				if (bare.get(c).equals(key(word))) {
					return c;
				}
			}
		}
		// 公約の項目 is a kind of 項目 and 取組状況 of 状況: a compound names what its last word names
		for (String word : WORDS.words(concept)) {
			for (int c = 0; c < header.size(); c++) {
				if (bare.get(c).endsWith(key(word)) && bare.get(c).length() <= key(word).length() + 3) {
					return c;
				}
			}
		}
		for (String word : WORDS.words(concept)) {
			for (int c = 0; c < header.size(); c++) {
				if (bare.get(c).contains(key(word)) && bare.get(c).length() <= key(word).length() + 3) {
					return c;
				}
			}
		}
		return -1;
	}

	private static final Pattern DEPARTMENT_LABEL = Pattern
		.compile("^(?:" + String.join("|", WORDS.words("department-label")) + ")\\s*[:：]\\s*");

	static String takeDepartments(String text, List<String> departments) {
		StringBuilder rest = new StringBuilder();
		Pattern labelled = Pattern.compile("[（(]?(" + String.join("|", WORDS.words("department-label"))
				+ ")\\s*[:：]\\s*([^）)\\s]+)[）)]?");
		Matcher matcher = labelled.matcher(text);
		int from = 0;
		while (matcher.find()) {
			departments.add(clean(matcher.group(2)));
			rest.append(text, from, matcher.start()).append(' ');
			from = matcher.end();
		}
		rest.append(text.substring(from));
		return rest.toString().strip();
	}

	/** 進捗状況：達成 → 達成. */
	static String withoutEvaluationLabel(String token) {
		String[] parts = token.split("[:：]", 2);
		return parts.length == 2 && WORDS.is("evaluation-label", parts[0]) ? parts[1].strip() : token;
	}

	/** ◎ 子ども医療費の無料化（子育て支援課）: a department in brackets after the title is taken out of it. */
	static String bracketedDepartment(String title, List<String> departments) {
		Matcher tail = BRACKETED_TAIL.matcher(title);
		if (!tail.find()) {
			return title;
		}
		// （所管：保育幼稚園課）: the label before the department is no part of its name
		String inside = DEPARTMENT_LABEL.matcher(tail.group(1)).replaceFirst("");
		List<String> named = departments(inside);
		if (isDepartment(inside) && named.size() <= 1) {
			departments.add(clean(inside));
			return title.substring(0, tail.start()).strip();
		}
		if (named.size() >= 2 && named.stream().allMatch(name -> isDepartment(name) || key(name).matches(".{2,15}所"))) {
			// （教育指導課・教育研究所）: two departments share the item
			named.stream().map(PledgeText::clean).forEach(departments::add);
			return title.substring(0, tail.start()).strip();
		}
		return title;
	}

	/** 学校給食費の負担軽減【学校給食センター】物価高騰分を…: a title, its departments in brackets, then what was done. */
	private static final Pattern TITLE_THEN_ACCOUNT = Pattern
		.compile("^([^。【】\\n]{4,80}[【〔]([^【】〔〕]{2,40})[】〕])\\s*(\\S[\\s\\S]*)$");

	/**
	 * The title of a cell that goes on past the departments its title ends with into sentences of what was done: the
	 * title with its bracket, or the cell itself when it is not so.
	 */
	static String beforeAccount(String cell) {
		Matcher matcher = TITLE_THEN_ACCOUNT.matcher(cell.strip());
		if (!matcher.matches() || !matcher.group(3).contains("。") && !matcher.group(3).contains("、")) {
			return cell;
		}
		List<String> named = departments(matcher.group(2));
		return !named.isEmpty() && named.stream().allMatch(PledgeText::isDepartment) ? matcher.group(1) : cell;
	}

	static int lastGap(String text) {
		for (int i = text.length() - 1; i > 0; i--) {
			if (Character.isWhitespace(text.charAt(i))) {
				return i;
			}
		}
		return -1;
	}

	static boolean isDepartment(String cell) {
		String text = key(cell);
		return text.length() >= 2 && text.length() <= 20 && !text.matches(".*[\\d%％].*")
				&& WORDS.words("department-ending").stream().anyMatch(text::endsWith);
	}

	/** ６取組（達成２・実施中３・検討中１・未着手０）: how many items a group holds and what they got, no title. */
	static final java.util.regex.Pattern COUNT_SUMMARY = java.util.regex.Pattern
		.compile("^[0-9]{0,3}\\s*(?:取組|項目|件|事業|施策|公約)\\s*[(（][^)）]*\\D[0-9]{1,3}\\s*[・、,，][^)）]*[0-9]");

	/** A title: at least three letters, not a figure, not a sentence. */
	static boolean isTitle(String text) {
		if (text == null) {
			return false;
		}
		String compact = key(text);
		long letters = compact.codePoints().filter(c -> Character.isLetter(c)).count();
		String printed = nfkc(text).strip();
		return letters >= 3 && compact.length() <= 80 && !compact.contains("。") && !HEADER_WORDS_ONLY.matcher(compact).matches()
				&& !MARK_COUNTS.matcher(printed.replaceAll("[\\s　]", "")).matches() && !SWALLOWED_ROW.matcher(printed).matches()
				&& !COUNT_SUMMARY.matcher(printed).lookingAt() && !COUNT_AND_SHARE.matcher(printed).matches()
				&& !EARLIER_COUNT.matcher(printed).matches();
	}

	/** 前年度 12項目: how many items a mark had the year before, beside its count chip. */
	private static final java.util.regex.Pattern EARLIER_COUNT = java.util.regex.Pattern
		.compile("^(?:前年度末?|昨年度末?|前回)[\\s　:：]*[0-9]{1,3}\\s*(?:項目|件|取組)$");

	/** 未着手 1 3.8%: a mark's word, how many items got it and their share, one space apart. */
	private static final java.util.regex.Pattern COUNT_AND_SHARE = java.util.regex.Pattern
		.compile("^[^\\s0-9]{1,6}\\s+[0-9]{1,3}\\s+[0-9.]+\\s*%$");

	/**
	 * 指定避難所の環境改善 (空調・非常体育館の空調整備…と一体で検討しており、令危機管理課: a row an OCR engine printed one
	 * space between cells, its title, what was done and its department run together (and a mark misread after them).
	 */
	private static final java.util.regex.Pattern SWALLOWED_ROW = java.util.regex.Pattern
		.compile("^.{20,}[\\p{IsHan}\\p{IsKatakana}]{2,}課(?:\\s+[@OoA0Xx×△○◎〇])?$");

	/** R6, Ｒ 5, 令和6: the year of an era a column or a figure is labelled with (spaces between its parts allowed). */
	/** 項目数, 取組数: a header counting a group's items. */
	static final String ITEM_COUNT = "(?:取組|項目|事業|施策|公約)数";

	/** （参考）令和５年度, (参考)R5, （参考）2023: a year given for comparison. */
	static final String REFERENCE_YEAR = "[(（]参考[)）]\\s*(?:令和|平成|[RHＲＨ]\\s*[0-9０-９元]|20[0-9]{2})";

	static final String ERA_YEAR = "(?:[RH]\\s*[0-9]{1,2}|令和\\s*[0-9元]{1,2})";

	/** 6項目中　◎3　○2　△1　×0: how many of a group's items got each mark, no title. */
	private static final java.util.regex.Pattern MARK_COUNTS = java.util.regex.Pattern
		.compile("^(?:[0-9]{0,3}(?:項目|件|事業|施策|取組)中?)?(?:" + org.govreview.readers.text.EvaluationMarks.MARK_COUNT
				+ ")+(?:(?:達成率|進捗率|達成度|実現率|進捗度)[:：]?[0-9.]+[%％])?$");

	/** 項目達成順調: a count table's header read along its row, words of the header and marks and nothing else. */
	private static final java.util.regex.Pattern HEADER_WORDS_ONLY = java.util.regex.Pattern
		.compile("^(?:項目数?|分野|番号|評価|達成|完了|概ね順調|おおむね順調|順調|やや遅れ|遅れ|未着手|件数|合計|計|進捗状況|進捗率|達成状況|達成率|進捗度|達成度|前年度末?|担当課)+$");

	/** A legend's definition (…したもの, …している), not an item's title. */
	static boolean isDefinition(String title) {
		String compact = key(title);
		// 達成　公約の内容を実現したもの　100%: a legend's row, the value a mark counts for after its meaning
		String bare = withoutBrackets(compact).replaceFirst("[0-9.]+[%％点]$", "");
		// を1点、○を0.5点…: a sentence that goes on from the mark before it, no title
		// 計画どおり進んでおり、任期中の実現が見込まれる: what a mark means, said in a clause; （参考）…: a figure to compare
		return bare.matches(".*(もの|ている|いる|した|ない|こと|見込み|見込まれる|遅れている|必要|以上|未満)$") || compact.contains("：")
				|| compact.contains(":") || bare.matches("^を.*") || compact.matches("^[（(]参考[）)].*");
	}

	/** 政策１ 安全・安心なまちづくり: the title after the word and number that label its group. */
	static String withoutGroupLabel(String text) {
		for (String word : WORDS.words("group-label")) {
			if (text.startsWith(word) && text.length() > word.length()
					&& Character.isDigit(nfkc(text.substring(word.length(), word.length() + 1)).charAt(0))) {
				return text.substring(word.length());
			}
			Matcher roman = ROMAN_AFTER_LABEL.matcher(text);
			if (text.startsWith(word) && roman.region(word.length(), text.length()).lookingAt()) {
				// 基本目標Ⅰ⏎子どもと若者が…: the label's Roman number, then the name
				return text.substring(roman.end()).strip();
			}
		}
		return text;
	}

	/** Ⅲ or III after a group's label, before a break or the name. */
	private static final Pattern ROMAN_AFTER_LABEL = Pattern.compile("(?:[Ⅰ-Ⅻ]|[IVX]{1,4})(?:[\\s　:：.．、]+|(?=\\p{IsHan}|\\p{IsHiragana}|\\p{IsKatakana}))");

	static String stripNumbering(String text) {
		String stripped = LEADING_SYMBOL.matcher(nfkc(text).strip()).replaceFirst("");
		return NUMBERING.matcher(stripped).replaceFirst("").strip();
	}

	static String numberingShape(String text) {
		String t = LEADING_SYMBOL.matcher(nfkc(text).strip()).replaceFirst("");
		if (t.matches("^(No\\.?\\s*)?\\d{1,2}\\s*[-－]\\s*\\d.*")) {
			return "N-N";
		}
		if (t.matches("^[IVXⅠ-Ⅻ]+\\s*[-－].*")) {
			return "R-N";
		}
		if (t.matches("^[\\(（]\\d.*")) {
			return "(N)";
		}
		if (t.matches("^【\\s*\\d.*")) {
			return "[N]";
		}
		if (t.matches("^[\\u2460-\\u2473].*")) {
			return "C";
		}
		if (t.matches("^[IVXⅠ-Ⅻ]+.*")) {
			return "R";
		}
		if (t.matches("^\\d.*")) {
			return "N";
		}
		if (t.matches("^[ア-ン]\\s.*")) {
			return "K";
		}
		if (t.matches("^[A-D]\\s.*")) {
			return "A";
		}
		return "";
	}

	static String clean(String text) {
		String t = nfkc(text).strip();
		// …民間学童クラブの誘致⏎〔目標〕令和８年４月 待機児童ゼロ: a labelled part of the item's cell, no part of its name
		Matcher part = LABELLED_PART.matcher(t);
		if (part.find() && part.start() >= MIN_TITLE) {
			t = t.substring(0, part.start()).strip();
		}
		t = withoutQualifier(t);
		t = t.replaceAll("(?<=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー・、])\\s+(?=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー・、])", "");
		return t;
	}

	/** …待機児童ゼロの継続⏎（目標年度：毎年度）: the item's name without the deadline or goal in brackets closing it. */
	static String withoutQualifier(String name) {
		Matcher qualifier = LABELLED_QUALIFIER.matcher(name);
		return qualifier.find() && qualifier.start() >= MIN_TITLE ? name.substring(0, qualifier.start()).strip() : name;
	}

	/** （目標年度：令和７年度）, (目標:受診率40%): a labelled qualifier closing the item's name. */
	private static final java.util.regex.Pattern LABELLED_QUALIFIER = java.util.regex.Pattern
		.compile("\\s*[(（](?:目標|目標年度|達成目標|達成時期|実施時期|期限|指標)\\s*[:：][^()（）]*[)）]$");

	/** 〔目標〕, 【成果】 after an item's name in its cell: a part of the cell with a label of its own. */
	private static final java.util.regex.Pattern LABELLED_PART = java.util.regex.Pattern
		.compile("\\s*[〔【\\[](?:目標|指標|成果|実績|取組|内容|概要|課題|備考|参考|進捗)[〕】\\]]");

	private static final int MIN_TITLE = 4;

	static String withoutBrackets(String text) {
		String previous;
		String current = text;
		do {
			previous = current;
			current = current.replaceAll("[（(【〔][^（()）【】〔〕]*[）)】〕]", "");
		}
		while (!current.equals(previous));
		return current;
	}

	static Optional<BigDecimal> number(String printed) {
		return JapaneseNumbers.quantity(printed).map(Quantity::number);
	}

	static String unit(String printed) {
		return printed.equals("点") ? "点" : "%";
	}

	static String nfkc(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC);
	}

	static String key(String text) {
		return nfkc(text).replaceAll("[\\s\\p{Z}]+", "");
	}
}
