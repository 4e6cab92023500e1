package org.govreview.readers.actionplan;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govreview.domain.indicator.IndicatorValue;
import org.govreview.readers.text.JapaneseNumbers;

/**
 * Indicators a report states in running text, however its sentences are built: 「朝食を毎日食べている児童生徒の割合」は、
 * 令和８年度の目標を95.0％としていますが、令和５年度は91.4％と、策定時の93.1％（令和３年度）を下回りました. Each
 * indicator is named in quotes, or as the subject of a sentence that ends in a measure (…の割合は、); what follows it up
 * to the next indicator is read as figures and years: a figure after 策定時 (基準値, 現状値) is the baseline, a figure
 * after 目標 (目標値である, 目標を, 目標は) or before …とすることを目標 (…へ引き上げることを目指す) the target, any other
 * figure a result, not kept. A figure's year is the one bracketed after it, else the one stated just before it. An
 * indicator is read only with a baseline or a target that has its year. Stateless; thread-safe.
 */
final class ProseIndicators {

	/** One indicator a paragraph states; a figure or year it does not state is null. */
	record Stated(String name, IndicatorValue baseline, Integer baselineYear, IndicatorValue target, Integer targetYear) {
	}

	/** 「…」は、 「…」を、 成果指標「…」について: a quoted name, then the particle that makes it the sentence's subject. */
	private static final Pattern QUOTED = Pattern.compile("「([^「」]{4,60})」(?=\\s*(?:は|を|について|が)[、\\s]?)");

	/** 不登校児童生徒のうち、…を受けた児童生徒の割合は、: a sentence opening with a name that ends in what it measures. */
	private static final Pattern SUBJECT = Pattern.compile("(?:^|(?<=[。)]))\\s*([^。「」()（）\\d]{6,60}?(?:割合|率|数|件数|人数|者数|回数|冊数|時間|量|額))は、");

	private static final String YEAR = "(?:令和|平成|R|H)\\s*(?:元|\\d{1,2})\\s*年度?(?:末)?|\\d{4}\\s*年度(?:末)?";

	/** A figure with its unit: 76.8%, 約41万件, 31万2千人, 18,420人, 6.2冊, 0校. */
	private static final Pattern FIGURE = Pattern.compile("(?<![\\d.,])約?\\d[\\d,]*(?:\\.\\d+)?(?:万(?:\\d[\\d,]*千?)?|千)?\\d*(?:%|‰|ポイント|[\\p{IsHan}&&[^年度月日時分の以未超内外末中間各毎全約]]{1,2})");

	private static final Pattern YEAR_TOKEN = Pattern.compile(YEAR);

	/** What makes the figure after it a baseline. */
	private static final Pattern BASELINE_WORD = Pattern.compile("策定時|基準値|現状値|現況値|計画策定時");

	/** What makes the figure after it a target. */
	private static final Pattern TARGET_WORD = Pattern.compile("目標値?|最終目標");

	/** …とすることを目標, …へ引き上げることを目指: the target stated after its figure. */
	private static final Pattern TARGET_AFTER = Pattern.compile("^\\s*(?:以上|以下)?\\s*(?:と|に|へ|まで)[^。、]{0,12}?(?:目標|目指|めざ)");

	/** How far before its figure a word or a year may stand and still be the figure's. */
	private static final int NEAR = 14;

	private ProseIndicators() {
	}

	/** The indicators stated in a paragraph's text (its lines joined). */
	static List<Stated> in(String paragraph) {
		String text = Normalizer.normalize(paragraph, Normalizer.Form.NFKC).replaceAll("[\\r\\n]+", "");
		List<int[]> anchors = new ArrayList<>();
		List<String> names = new ArrayList<>();
		Matcher quoted = QUOTED.matcher(text);
		while (quoted.find()) {
			anchors.add(new int[] { quoted.start(), quoted.end() });
			names.add(quoted.group(1).strip());
		}
		Matcher subject = SUBJECT.matcher(text);
		while (subject.find()) {
			int at = subject.start(1);
			if (anchors.stream().noneMatch(anchor -> anchor[0] <= at && at < anchor[1] + 4)) {
				anchors.add(new int[] { at, subject.end() });
				names.add(subject.group(1).strip());
			}
		}
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < anchors.size(); i++) {
			order.add(i);
		}
		order.sort(java.util.Comparator.comparingInt(i -> anchors.get(i)[0]));
		List<Stated> stated = new ArrayList<>();
		for (int k = 0; k < order.size(); k++) {
			int i = order.get(k);
			int from = anchors.get(i)[1];
			int to = k + 1 < order.size() ? anchors.get(order.get(k + 1))[0] : text.length();
			if (to > from) {
				read(names.get(i), text.substring(from, to)).ifPresent(stated::add);
			}
		}
		return stated;
	}

	private static java.util.Optional<Stated> read(String name, String span) {
		IndicatorValue baseline = null;
		Integer baselineYear = null;
		IndicatorValue target = null;
		Integer targetYear = null;
		Matcher figure = FIGURE.matcher(span);
		int previousEnd = 0;
		while (figure.find()) {
			if (YEAR_TOKEN.matcher(span.substring(figure.start())).lookingAt() || precededByYearWord(span, figure.start())) {
				// 令和８年度, 2026年度: a year, no figure
				continue;
			}
			// 約41万件: a rounded figure is the figure printed
			IndicatorValue value = JapaneseNumbers.value(figure.group().replaceFirst("^約", ""));
			if (!value.isNumber()) {
				continue;
			}
			String before = span.substring(Math.max(previousEnd, figure.start() - NEAR), figure.start());
			String after = span.substring(figure.end());
			Integer bracketed = bracketedYear(after);
			Integer stated = yearBefore(before);
			previousEnd = figure.end();
			if (baseline == null && BASELINE_WORD.matcher(before).find()) {
				baseline = value;
				baselineYear = bracketed != null ? bracketed : stated;
			}
			else if (target == null && (TARGET_WORD.matcher(before).find() && !before.matches(".*目標[^、。]{0,4}に対し.*")
					|| TARGET_AFTER.matcher(after).find())) {
				target = value;
				targetYear = bracketed != null ? bracketed : stated != null ? stated : yearBefore(
						span.substring(Math.max(0, figure.start() - NEAR * 2), figure.start()));
			}
		}
		if (baseline != null && baselineYear == null) {
			baseline = null;
		}
		if (target != null && targetYear == null) {
			target = null;
		}
		if (baseline == null && target == null) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(new Stated(name, baseline, baselineYear, target, targetYear));
	}

	/** 令和5: the digits of an era year, which the figure pattern would read as a count. */
	private static boolean precededByYearWord(String span, int at) {
		String before = span.substring(Math.max(0, at - 3), at);
		return before.matches(".*(?:令和|平成|R|H|昭和)\\s*$");
	}

	/** （令和３年度）right after a figure: its year. */
	private static Integer bracketedYear(String after) {
		Matcher bracket = Pattern.compile("^\\s*\\(\\s*(" + YEAR + ")\\s*\\)").matcher(after);
		return bracket.find() ? year(bracket.group(1)) : null;
	}

	/** The last year stated in the words before a figure: 令和８年度に, 策定時（令和元年度）の. */
	private static Integer yearBefore(String before) {
		Matcher years = YEAR_TOKEN.matcher(before);
		Integer last = null;
		while (years.find()) {
			last = year(years.group());
		}
		return last;
	}

	private static Integer year(String printed) {
		OptionalInt year = KpiPlan.year(printed.replaceAll("\\s", "").replaceFirst("末$", ""));
		return year.isPresent() ? year.getAsInt() : null;
	}
}
