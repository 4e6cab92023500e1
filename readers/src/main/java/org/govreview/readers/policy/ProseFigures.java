package org.govreview.readers.policy;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govreview.domain.document.Finding;
import org.govreview.domain.indicator.IndicatorValue;
import org.govreview.domain.policy.Statistic;
import org.govreview.readers.document.Vocabulary;
import org.govreview.readers.text.JapaneseNumbers;

/**
 * The statistics of one sentence of running text: each figure with a unit gets the period printed nearest before it
 * (or alone in brackets after it) and the indicator the sentence is about (the phrase before は or が, or before a
 * colon). A figure the sentence labels as the city's (市平均（41.2％）, 市全体では57.8％, 名古屋市全体（35.6％）) is
 * recorded under the indicator with the subject suffix （市全体）; a figure in brackets that is neither the city's nor
 * dated (（参考：12.1％）, （39拠点中36拠点）), an approximate one (約６割), a target (60％以上, までに), a count of a whole
 * (14地域中) and a figure without a certain year are never statistics; the last become findings. Not thread-safe:
 * one instance per document.
 */
final class ProseFigures {

	/** The suffix that marks a figure of the whole city, stored beside the ward's or the office's own. */
	static final String CITY_SUFFIX = "（市全体）";

	private static final Pattern HEAD = Pattern
		.compile("(?:率|割合|数|人口|額|量|時間|地域|件数|者|指数|人|世帯|相談|住民)$");

	private static final Pattern TARGET_AFTER = Pattern.compile("^\\s*(?:(?:\\d+[^\\d\\s]{1,2})?(?:当たり|あたり|につき)|以上|以下|未満|超|まで(?!減|増|低|上|回復|改善)|以内|を目指|を目標|増|減|中|倍|割|歳|か月|ヶ月|号|年(?:以上|未満|超|を超|[）)]))");

	private static final Pattern CHANGE_BEFORE = Pattern.compile("(?:前年度?比|前年度?から|前回比|約|全|第|月額|年額)\\s*$");

	/** 90分程度, 300人前後, 40件余り: a figure given only roughly. */
	private static final Pattern APPROXIMATE_AFTER = Pattern.compile("^\\s*(?:程度|前後|ほど|余り|あまり|強|弱)");

	private static final Pattern CITY_NAMED = Pattern.compile("[\\p{IsHan}]{1,4}市全体");

	private static final Pattern IGNORABLE = Pattern.compile("[〓\\s:：]*(?:実績|現在|時点|末|見込)?[〓\\s:：]*");

	private static final Pattern PERIOD_WORD = Pattern.compile("^(?:実績|現在|時点|末|見込|調査)+$");

	/** 名古屋市人口: a figure named for a city in a ward's statement is not certainly the ward's. */
	private static final Pattern CITY_PREFIX = Pattern.compile("[\\p{IsHan}]{1,4}市(?![民内営立場政])");

	/** ・京都府 95.2％, 県平均 62.0％: a prefecture's figure set beside the city's. */
	private static final Pattern PREFECTURE_BEFORE = Pattern.compile("(?:^|[・、,\\s])(?:\\p{IsHan}{1,3}[県府]|東京都|北海道)(?:平均|全体)?[\\s:：]*$");

	private static final Pattern CITY_WORDS = Pattern.compile("市全体|市平均|全市|全国");

	private static final Pattern DELIMITER = Pattern.compile("[、,。■●◆◇□〔〕:：\\s]");

	private final Vocabulary vocabulary;

	private final Pattern value;

	private final List<Statistic> statistics;

	private final List<Finding> findings;

	ProseFigures(Vocabulary vocabulary, List<Statistic> statistics, List<Finding> findings) {
		this.vocabulary = vocabulary;
		List<String> units = new ArrayList<>(vocabulary.words("unit").stream().map(ProseFigures::nfkc).toList());
		units.sort(Comparator.comparingInt(String::length).reversed());
		String unitAlternatives = String.join("|", units.stream().map(Pattern::quote).toList());
		// 1日平均入院患者数, 1人当たり: a number that is part of a name, no figure
		this.value = Pattern.compile("(?<![\\d.,])(\\d[\\d,]*(?:\\.\\d+)?(?:[万千億]+\\d[\\d,]*)*[万千億]*)(?![\\d.,]|日平均)("
				+ unitAlternatives + ")?");
		this.statistics = statistics;
		this.findings = findings;
	}

	static String nfkc(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC);
	}

	private static final Pattern DEFINED_NAME = Pattern.compile("^.{2,}である([\\p{IsHan}\\p{IsKatakana}ー・]{2,12})$");

	/** （同）, (同), （同日）: the same date as the figure before. */
	private static final Pattern SAME_AS_BEFORE = Pattern.compile("^\\s*[（(]\\s*同(?:日|年度?|時点)?\\s*[）)]");

	/** 同日現在の…, 同時点で: a sentence that dates its figures as the one before dated its own. */
	private static final Pattern SAME_DAY = Pattern.compile("^\\s*(?:同日|同時点|同月末)(?:現在|時点)?(?:で|の|に|、)");

	/** Whether the last sentence read ended on figures of a subject it named itself. */
	private boolean finishedOnOwn;

	/** The year of the last figure stored, which a later （同） refers to. */
	private Integer lastStated;

	private String lastPrinted;

	/** The date a section's heading states its figures as of (【区の概況】（令和６年１月１日現在）); null when it states none. */
	private StatedPeriods.Period sectionAsOf;

	private String sectionPrinted;

	/** The heading line of the section the next texts stand in: its date, when it states one as of (…現在), dates them. */
	void section(String headingLine) {
		String text = nfkc(headingLine == null ? "" : headingLine);
		List<StatedPeriods.Period> periods = StatedPeriods.in(text);
		boolean asOf = periods.size() == 1 && text.substring(periods.get(0).end()).matches("^\\s*(?:現在|時点).*");
		this.sectionAsOf = asOf ? periods.get(0) : null;
		this.sectionPrinted = asOf ? text.substring(periods.get(0).start(), periods.get(0).end()) : null;
	}

	/**
	 * Reads the sentences of a text. {@code pending} is the indicator a preceding label named (アウトカム指標 …),
	 * used when a sentence of figures names none; returns the indicator the text was last about.
	 */
	String read(String text, String issueId, String location, String pending) {
		String last = pending;
		// 現状値 27箇所（R6.3.31）→ 目標値 30箇所（R7.3.31）: what follows the arrow to a target is no statistic
		String measured = FOOTNOTE_MARK.matcher(TARGET_AFTER_ARROW.matcher(org.govreview.readers.text.LetterSpacing.betweenScripts(nfkc(text))).replaceAll("")).replaceAll("");
		String[] sentences = measured.split("(?<=。)");
		for (String sentence : sentences) {
			last = sentence(sentence, issueId, location, last);
		}
		// …相談は令和５年度に498件と増加しており、…課題である。 then 7人 printed apart: a text whose last sentence was
		// finished on figures it named itself hands its subject to no figure printed after it
		return this.finishedOnOwn ? null : last;
	}

	/** 地域振興会（町会）の加入率も、: words naming a subject of their own, whatever the reader made of them. */
	private static final Pattern OWN_SUBJECT = Pattern.compile("[\\p{IsHan}\\p{IsKatakana}ー]{3,}");

	/**
	 * Whether the words before a sentence's first figure name a subject of their own (人権相談は、令和５年度に2,846件): the
	 * subject the text was about before is then not this figure's. 2022年度は368人でした names none.
	 */
	private static boolean namesOwnSubject(String gap) {
		// 令和４年度末時点では: a period's words, no subject
		String words = gap.replaceAll("[（(][^）)]*[）)]", "").replace("〓", "")
			.replaceAll("前年度|前年|年度|年|月|日|末|時点|現在|実績|見込み?|比", "");
		return OWN_SUBJECT.matcher(words).find();
	}

	/**
	 * 有収率1, 経費回収率5は: a word processor's footnote reference after a name of what is counted, its superscript lost
	 * in copying; a table's name ends with it, a sentence's name is followed by its particle.
	 */
	static final String FOOTNOTE_DIGIT = "(?<=[率数量額])[1-9]";

	private static final Pattern FOOTNOTE_MARK = Pattern.compile(FOOTNOTE_DIGIT + "(?=[はがを、]\\D)");

	private static final Pattern TARGET_AFTER_ARROW = Pattern.compile("\\s*[→⇒➡]\\s*(?:目標値?|見込み?)[^。→⇒➡]*");

	/** （参考）全国の…, 【参考】県平均, 参考として、…: a figure given for comparison, of somewhere other than the city. */
	private static final Pattern FOR_REFERENCE = Pattern.compile("^[\\s)）]*(?:[（(【〔\\[]\\s*参考\\s*[）)】〕\\]]|参考(?:として|までに)[、,]?)");

	private String sentence(String sentence, String issueId, String location, String pending) {
		this.finishedOnOwn = false;
		Matcher reference = FOR_REFERENCE.matcher(sentence);
		if (reference.find() && (!this.vocabulary.mentions("city-wide", sentence) || !reference.group().contains("参考）")
				&& !reference.group().contains("参考)") && !reference.group().matches(".*参考\\s*[】〕\\]].*"))) {
			// （参考）市全体：38.9％ is the city's own figure beside the ward's, and kept
			return pending;
		}
		List<StatedPeriods.Period> periods = StatedPeriods.in(sentence);
		// （いずれも令和６年１月１日現在）: one date for every figure before it
		StatedPeriods.Period forAll = null;
		for (StatedPeriods.Period period : periods) {
			if (sentence.substring(0, period.start()).matches("(?s).*[（(]\\s*(?:いずれも|共に|ともに)\\s*$")) {
				forAll = period;
			}
		}
		String text = StatedPeriods.masked(sentence, periods, '〓');
		Matcher values = this.value.matcher(text);
		int anchor = 0;
		Integer lastYear = null;
		StatedPeriods.Period lastPeriod = null;
		String indicator = null;
		String fallback = pending;
		while (values.find()) {
			int start = values.start();
			int end = values.end();
			String unit = values.group(2);
			String gap = text.substring(anchor, start);
			String after = text.substring(end);
			if (start > 0 && "△▲".indexOf(text.charAt(start - 1)) >= 0 || APPROXIMATE_AFTER.matcher(after).lookingAt()) {
				// 社会増減は△598人: a change printed with its sign, read by the tables that state it, not from the sentence;
				// 最大で90分程度: an approximate figure
				anchor = end;
				continue;
			}
			if (FigureTokens.MODIFIER_AFTER.matcher(after).lookingAt()) {
				// 建設後５０年を経過した橋梁の割合: a bound inside the name, no figure of its own
				this.findings.add(Finding.warning(location, "figure " + values.group()
						+ " bounds what a name counts (…を超える, …を経過した): not recorded as a statistic", sentence.strip()));
				continue;
			}
			StatedPeriods.Period own = null;
			for (StatedPeriods.Period period : periods) {
				if (period.start() >= anchor && period.end() <= start) {
					own = period;
				}
			}
			String sameDay = null;
			Optional<String> topic = topic(gap);
			StatedPeriods.Period opened = own == null ? bracketPeriod(text, periods, start) : null;
			if (opened != null) {
				own = opened;
			}
			Matcher listed = LISTED_NAME.matcher(text.substring(own != null && own.end() > anchor ? own.end() : anchor, start).strip());
			if (topic.isEmpty() && (own != null || anchor > 0) && listed.matches() && HEAD.matcher(listed.group(1)).find()
					&& (own != null || insideBrackets(text, start))) {
				// 令和４年度（不登校児童数101人、不登校生徒数209人）: names listed each before its figure
				topic = Optional.of(listed.group(1));
			}
			boolean renamed = false;
			if (topic.isEmpty() && own != null) {
				String between = text.substring(own.end(), start).strip();
				if (between.matches("[\\p{IsHan}\\p{IsKatakana}ー・]{2,24}") && HEAD.matcher(between).find()) {
					topic = Optional.of(between);
				}
				else if (own.start() >= anchor && between.replaceAll("実績|現在|時点|調査|見込み?|末", "").matches(".*\\p{IsHan}{2,}.*")) {
					// …延べ28人でした。また、R6.4.1現在、部の職員84人のうち: a new date and new words before the figure, whose
					// name is none of the figure's before
					renamed = true;
				}
			}
			if (topic.isPresent()) {
				// 令和5年4月1日現在部予算額: the 現在 of the date before it is no part of the name
				indicator = topic.get().replaceFirst("^(?:現在|時点)(?=\\S{2})", "").replaceFirst("^(?:同日|同時点|同月末)(?:現在|時点)?の(?=\\S{2})", "");
			}
			int next = end;
			if (own == null) {
				own = periodInBracketsAfter(sentence, periods, end);
				if (own != null) {
					next = own.end();
				}
			}
			if (insideQuotes(text, start)) {
				// 「家庭で３日分以上の水・食料を備蓄している」: a figure in a quoted phrase is part of a name
				continue;
			}
			// 高齢化率は18.9％と市平均を下回る一方、単身世帯の割合は: the city the figure before was compared with is not
			// this figure's subject
			String clause = anchor > 0 ? gap.replaceFirst("^.*[、，,]", "") : gap;
			boolean city = this.vocabulary.mentions("city-wide", clause) || CITY_NAMED.matcher(clause).find();
			boolean bracketed = insideBrackets(text, start);
			// 全国 98.3％（R4年度末） beside the city's own figure: the nation's, for comparison
			boolean elsewhere = topic.isEmpty() && !city && (this.vocabulary.mentions("reference", clause) || PREFECTURE_BEFORE.matcher(gap).find());
			if (TARGET_AFTER.matcher(after).lookingAt() || CHANGE_BEFORE.matcher(text.substring(0, start)).find()
					|| bracketed && this.vocabulary.mentions("reference", gap) || bracketed && own == null && !city || elsewhere) {
				if (!TARGET_AFTER.matcher(after).lookingAt()) {
					anchor = next;
				}
				continue;
			}
			anchor = next;
			if (!renamed && indicator == null && fallback != null && topic.isEmpty() && !city && namesOwnSubject(gap)) {
				// 地域振興会（町会）の加入率も、令和５年度は48.6％: words of its own the sentence names, not the last subject,
				// for this figure and the ones after it (平成30年度の55.1％から)
				fallback = null;
				continue;
			}
			String name = renamed ? null : indicator != null ? indicator : fallback;
			if (unit == null && (name == null || !name.matches(".*(?:率|指数)$") || after.matches("^[\\p{IsHan}\\p{IsKatakana}].*"))) {
				continue;
			}
			if (own != null && sentence.substring(own.end()).matches("^\\s*比.*")) {
				// 2013年度比46％削減: the year figures are compared with, not the figure's
				own = null;
			}
			if (name != null && name.matches(".*(?:目標|目標値|見込み?)$")) {
				continue;
			}
			if (name != null && name.chars().filter(c -> c == '「').count() != name.chars().filter(c -> c == '」').count()) {
				// 分以上の水・食料を備蓄している」と回答した人: a name cut inside a quotation is no name
				this.findings.add(Finding.warning(location, "figure " + values.group() + " (" + name
						+ ") names its indicator only in part: not recorded as a statistic", sentence.strip()));
				continue;
			}
			Integer year = own != null ? Integer.valueOf(own.year()) : city ? lastYear : null;
			if (year == null && own == null && forAll != null && start < forAll.start()) {
				year = forAll.year();
			}
			if (year == null && own == null && SAME_AS_BEFORE.matcher(after).lookingAt() && this.lastStated != null) {
				// 世帯数は9万3,806世帯（同）: as of the date the figure before it was stated as of
				year = this.lastStated;
			}
			if (year == null && own == null && this.lastStated != null && SAME_DAY.matcher(sentence).lookingAt()) {
				// 同日現在の小学校の学級数は339学級: as of the day the sentence before gave
				year = this.lastStated;
				sameDay = this.lastPrinted;
			}
			if (year == null && lastYear == null && this.sectionAsOf != null && !city) {
				// 人口　307,912人 under 【区の概況】（令和６年１月１日現在）: the section's date holds for its figures
				year = this.sectionAsOf.year();
			}
			if (year == null && topic.isPresent() && lastYear != null && !gap.matches(".*(?:前年|前回|比べ|比較|から).*")) {
				// 人口は令和6年4月1日現在で22万8,415人、世帯数は10万1,237世帯: the sentence's date holds for both
				year = lastYear;
				own = lastPeriod;
			}
			String expectedUnit = unitOfName(name);
			if (name != null && unit != null && expectedUnit != null && !expectedUnit.equals(nfkc(unit))) {
				// 世帯数 … 23万8,260人: a figure in another unit is not the named indicator's
				this.findings.add(Finding.warning(location, "figure " + values.group() + " is not in the unit of " + name
						+ ": not recorded as a statistic", sentence.strip()));
				continue;
			}
			if (name != null && CLAUSE_IN_NAME.matcher(name).find()) {
				// 千葉駅周辺では大型商業施設の開業により…48,260人: a clause of the sentence before the figure, no name of what is counted
				this.findings.add(Finding.warning(location, "figure " + values.group() + " follows a clause (" + name
						+ "), not the name of what it counts: not recorded as a statistic", sentence.strip()));
				continue;
			}
			if (name == null || year == null) {
				this.findings.add(Finding.warning(location, "figure " + values.group() + (name == null
						? " names no indicator" : " (" + name + ") states no certain year") + ": not recorded as a statistic",
						sentence.strip()));
				continue;
			}
			lastYear = year;
			lastPeriod = own;
			IndicatorValue number = JapaneseNumbers.value(values.group(1) + (unit == null ? "" : unit));
			if (!number.isNumber()) {
				continue;
			}
			// ・職員数　4,126人: the bullet is no part of the name
			String bare = name.replaceFirst("^[・･•]\\s*", "");
			// 65歳以上の人口の割合である高齢化率: what the name is, said before it, is no part of it
			Matcher defined = DEFINED_NAME.matcher(bare);
			if (defined.matches()) {
				bare = defined.group(1);
			}
			// 向島ニュータウンでは、…高齢化率が41.8％: the figure of a part of the ward, named by that part
			Matcher part = PART_SCOPE.matcher(text.substring(0, start));
			String scope = null;
			while (part.find()) {
				scope = part.group(1);
			}
			if (scope != null && !city && !bare.contains(scope)) {
				bare = scope + "の" + bare;
			}
			String subject = city ? bare + CITY_SUFFIX : bare;
			String printed = own != null ? sentence.substring(own.start(), own.end()) : sameDay != null ? sameDay : this.sectionAsOf != null && year != null && year == this.sectionAsOf.year() ? this.sectionPrinted : "";
			add(new Statistic(subject, printed, year, number, issueId));
			this.lastStated = year;
			this.lastPrinted = printed;
		}
		this.finishedOnOwn = sentence.strip().endsWith("。") && indicator != null && !indicator.equals(pending);
		if (indicator == null && !values.reset().find()) {
			return text.strip().matches(".*[:：]$") ? topic(text.strip()).orElse(pending) : pending;
		}
		return indicator != null ? indicator : pending;
	}

	/**
	 * により, の影響, 【, or では before anything but a measure (千葉駅周辺では大型商業施設の開業, not 向島ニュータウンでは高齢化率): what a
	 * clause of the sentence holds and the name of a counted thing does not.
	 */
	private static final Pattern CLAUSE_IN_NAME = Pattern.compile("により|によって|影響|【|】|では(?!.*(?:数|率|額|量|人口|世帯|割合|者)(?:[（(][^）)]*[）)])?$)");

	/** 向島ニュータウンでは, 醍醐地域では, 桃山学区では: a part of the organisation's area the clause speaks of. */
	private static final Pattern PART_SCOPE = Pattern.compile(
			"([\\p{IsHan}\\p{IsKatakana}ー・]{1,12}(?:ニュータウン|団地|地区|地域|学区|校区|エリア))では[、，,]?(?=[^。]*$)");

	/** The unit an indicator's name implies (世帯数 → 世帯, 人口 → 人, 件数 → 件, 率 → %), or null. */
	private static String unitOfName(String name) {
		if (name == null) {
			return null;
		}
		String key = nfkc(name).strip().replaceAll("[（(][^）)]*[）)]$", "");
		if (key.matches(".*世帯数?$")) {
			return "世帯";
		}
		if (key.matches(".*(?:人口|人数|者数)$")) {
			return "人";
		}
		if (key.matches(".*件数$")) {
			return "件";
		}
		if (key.matches(".*(?:率|割合)$")) {
			return "%";
		}
		return null;
	}

	/** 埼玉県平均, 全国平均: a prefecture's or the nation's figure, named first (市道全体 is the city's own). */
	private static final java.util.regex.Pattern OTHER_BODY = java.util.regex.Pattern
		.compile("^(?:北海道|東京都|京都府|大阪府|\\p{IsHan}{2,3}県|全国|国)(?:平均|全体)");

	void add(Statistic statistic) {
		if (IndicatorPhrases.pointsElsewhere(statistic.indicator())) {
			// その約６割, 市: words that point elsewhere, no indicator
			return;
		}
		if (OTHER_BODY.matcher(nfkc(statistic.indicator())).lookingAt()) {
			// 埼玉県平均の…は837ｇ, 全国平均: another body's figure, set beside the city's for comparison
			return;
		}
		if (this.statistics.stream().noneMatch(other -> sameFact(other, statistic))) {
			this.statistics.add(statistic);
		}
	}

	/** One fact stated twice: the same figure under the same name, or under words that share a name ({@link #sameFigureRenamed}). */
	static boolean sameFact(Statistic one, Statistic other) {
		return sameFigure(one, other) || sameFigureRenamed(one, other);
	}

	/**
	 * The same figure of the same year, named by sentences and tables in words that share a name of four letters or more
	 * (小学校区を単位とした地域自治組織の設立 and 地域自治組織の設立数（累計）, 12団体 in 令和５年度 both): one fact.
	 */
	private static boolean sameFigureRenamed(Statistic one, Statistic other) {
		if (!java.util.Objects.equals(one.fiscalYear(), other.fiscalYear()) || one.value().number() == null
				|| other.value().number() == null || one.value().number().compareTo(other.value().number()) != 0
				|| !java.util.Objects.equals(one.value().unit(), other.value().unit())) {
			return false;
		}
		String a = one.indicator().replaceAll("[（(][^）)]*[）)]", "");
		String b = other.indicator().replaceAll("[（(][^）)]*[）)]", "");
		for (int i = 0; i + 4 <= a.length(); i++) {
			if (b.contains(a.substring(i, i + 4))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The same figure told twice, in a table and in the prose about it: one year, one number, and one name the end of
	 * the other (区内の刑法犯認知件数 and 刑法犯認知件数).
	 */
	static boolean sameFigure(Statistic one, Statistic other) {
		String a = one.indicator();
		String b = other.indicator();
		return java.util.Objects.equals(one.fiscalYear(), other.fiscalYear())
				&& one.value().number().compareTo(other.value().number()) == 0
				&& (a.equals(b) || a.endsWith(b) && b.length() >= 4 || b.endsWith(a) && a.length() >= 4);
	}

	private static StatedPeriods.Period periodInBracketsAfter(String text, List<StatedPeriods.Period> periods, int end) {
		for (StatedPeriods.Period period : periods) {
			if (period.start() >= end && text.substring(end, period.start()).matches("\\s*[(（]\\s*")) {
				// 26,470千円（令和５年度　24,680千円）: a year with its own figure after it in the brackets is that figure's
				int close = text.substring(period.end()).replace('）', ')').indexOf(')');
				String rest = close < 0 ? "" : text.substring(period.end(), period.end() + close);
				return rest.matches("^[\\s　:：]*(?:は|が|の)?[0-9０-９].*") ? null : period;
			}
		}
		return null;
	}

	private static boolean insideQuotes(String text, int at) {
		int open = text.lastIndexOf('「', at);
		return open >= 0 && text.lastIndexOf('」', at) < open && text.indexOf('」', at) > at;
	}

	private static boolean insideBrackets(String text, int at) {
		return openingBracket(text, at) >= 0;
	}

	/** Where the bracket that {@code at} stands inside opens, or -1. */
	private static int openingBracket(String text, int at) {
		int depth = 0;
		for (int i = at - 1; i >= 0; i--) {
			char c = text.charAt(i);
			if (c == ')' || c == '）') {
				depth++;
			}
			else if (c == '(' || c == '（') {
				if (depth == 0) {
					return i;
				}
				depth--;
			}
		}
		return -1;
	}

	/** 令和４年度（不登校児童数101人、不登校生徒数209人）: the period the bracket the figure stands in is opened after. */
	private static StatedPeriods.Period bracketPeriod(String text, List<StatedPeriods.Period> periods, int at) {
		int open = openingBracket(text, at);
		if (open < 0) {
			return null;
		}
		for (StatedPeriods.Period period : periods) {
			if (period.end() <= open && text.substring(period.end(), open).matches("\\s*(?:の|実績)?\\s*")) {
				return period;
			}
		}
		return null;
	}

	/** 、不登校生徒数209人: a name set straight before its figure, after a comma. */
	private static final Pattern LISTED_NAME = Pattern.compile("^[（(、,]?([\\p{IsHan}\\p{IsKatakana}ー・]{2,24})$");

	/** The indicator a region names: the phrase before its topic marker (は, が) or before a closing colon. */
	static Optional<String> topic(String region) {
		List<String> candidates = new ArrayList<>();
		for (int i = 1; i < region.length(); i++) {
			char c = region.charAt(i);
			char before = region.charAt(i - 1);
			boolean marker = (c == 'は' || c == 'が') && isNounEnd(before);
			boolean colon = (c == ':' || c == '：' || c == '(' || c == '（')
					&& (IGNORABLE.matcher(region.substring(i + 1)).matches() || region.substring(i + 1).startsWith("〓"))
					&& isNounEnd(before);
			boolean space = Character.isWhitespace(c) && isNounEnd(before);
			if (marker || colon || space) {
				int from = i - 1;
				while (from >= 0 && !DELIMITER.matcher(String.valueOf(region.charAt(from))).matches()
						&& region.charAt(from) != '〓') {
					from--;
				}
				String segment = clean(region.substring(from + 1, i));
				if (segment.length() >= 2 && !CITY_PREFIX.matcher(segment).lookingAt() && !PERIOD_WORD.matcher(segment).matches() && !segment.matches(".*[（(][^）)]*") && !segment.matches("[^（(]*[）)].*")
						&& !CITY_NAMED.matcher(segment).find() && !CITY_WORDS.matcher(segment).find()
						&& (!space || HEAD.matcher(segment).find())) {
					candidates.add(segment);
				}
			}
		}
		return candidates.stream()
			.filter(candidate -> HEAD.matcher(candidate).find())
			.reduce((first, second) -> second)
			.or(() -> candidates.stream().reduce((first, second) -> second));
	}

	private static boolean isNounEnd(char c) {
		Character.UnicodeScript script = Character.UnicodeScript.of(c);
		return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.KATAKANA || c == 'ー'
				|| c == '」' || c == '』' || c == ')' || c == '）' || Character.isLetterOrDigit(c) && c < 128;
	}

	/** The indicator's name without what only places it: a leading survey clause, 区の/区内の, …における. */
	static String clean(String phrase) {
		String name = phrase.strip();
		name = name.replaceFirst("^(?:[（(][^）)]{1,8}[）)])+", "");
		name = name.replaceFirst("^.*?(?:における|において|によると|アンケートで|調査で|など)(?=.{4,})", "");
		// 令和３年経済センサス‐活動調査による本市の事業所数: the survey that counted it, no part of the name
		name = name.replaceFirst("^.*?(?:センサス|調査|統計)[^、。]{0,12}?による(?=.{2,})", "");
		name = name.replaceFirst("^.*?で(?=「)", "");
		name = name.replaceFirst("^(?:末|時点|現在)?の", "");
		name = name.replaceFirst("^(?!\\p{IsHan}{0,3}[学地校挙]区の)[\\p{IsHan}\\p{IsKatakana}ヶケ]{1,5}区の(?=.{2,})", "");
		name = name.replaceFirst("^(?:区内|区民|区|本市|市内)の(?=.{2,})", "");
		// 出石地域のマイナンバーカードの保有率: the area the statement is about, no part of the name
		name = name.replaceFirst("^\\p{IsHan}{1,4}地域(?:内)?の(?=.{4,})", "");
		// 令和5年度に防災訓練を…: a particle the date before it left at the start
		name = name.replaceFirst("^[にはをがでと](?=\\p{IsHan})", "");
		// 防災訓練を実施した区の割合（防災訓練実施率）: the short name the statement gives it in brackets
		name = name.replaceFirst("^.{2,}(?:した|する|している|された|される)[^（(]{1,12}[（(]([^（）()]{3,16}(?:率|数|割合))[）)]$", "$1");
		name = name.replaceFirst("^(?:また|なお|一方|さらに|そのうち|このうち|うち)(?=.{3,})", "");
		name = name.replaceFirst("^(?:アウトカム指標|成果指標|評価指標|参考)(?=.{3,})", "");
		// 北部の丘陵地には土砂災害警戒区域が412か所: where the thing counted is, before には, no part of its name
		name = name.replaceFirst("^[^、。]{1,16}?には(?=.{3,})", "");
		return name.strip();
	}
}
