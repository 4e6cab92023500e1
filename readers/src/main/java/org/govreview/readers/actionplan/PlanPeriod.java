package org.govreview.readers.actionplan;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govreview.domain.document.Finding;
import org.govreview.readers.text.JapaneseYears;

/**
 * The period a plan states for itself: a range of years (2023～2027, 2023年度～2027年度, 令和5年度～令和9年度,
 * 2023年度から2027年度まで) or, failing that, the year in its name (アクションプラン2023). A named plan whose year
 * is not after the year its indicators measure from is an earlier plan the text looks back on (the ward chapters'
 * "アクションプラン2019 におけるまちづくりの取組"), not this one.
 */
record PlanPeriod(Integer start, Integer end, String title, String location) {

	private static final Pattern WESTERN_RANGE = Pattern
		.compile("(?<!\\d)(\\d{4}) ?(?:\\([^()]{1,8}\\))? ?(?:年度|年)? ?[~〜] ?(\\d{4}) ?(?:\\([^()]{1,8}\\))? ?(?:年度|年)?|(?<!\\d)(\\d{4}) ?年度から ?(\\d{4}) ?年度|(?<!\\d)(\\d{4}) ?年度 ?[─━] ?(\\d{4}) ?年度");

	private static final Pattern ERA_RANGE = Pattern.compile("(\\p{IsHan}{2}) ?(元|\\d{1,2}) ?年度?(?: ?\\(\\d{4} ?年度?\\))? ?"
			+ "(?:[~〜]|(?<=度|度\\))から) ?(?:(\\p{IsHan}{2}) ?)?(元|\\d{1,2}) ?年度?");

	private static final Pattern NAMED = Pattern.compile("アクションプラン ?(\\d{4})");

	/**
	 * The period the indicators' own columns state when the text names none: from the year after their common
	 * baseline year to their common target year; null when they state no such pair.
	 */
	static PlanPeriod fromIndicators(Integer baselineYear, Integer targetYear, List<Finding> findings) {
		if (baselineYear == null || targetYear == null || targetYear <= baselineYear) {
			return null;
		}
		findings.add(Finding.info("indicator table", "no plan period stated: taken as " + (baselineYear + 1) + "–" + targetYear
				+ " from the indicators' baseline year " + baselineYear + " and target year " + targetYear,
				baselineYear + "→" + targetYear));
		return new PlanPeriod(baselineYear + 1, targetYear, null, "indicator table");
	}

	/**
	 * @param baselineYear the year most indicators measure from, null when there are none
	 * @return the stated period, or null when the text states none
	 */
	static PlanPeriod stated(List<PlanLine> lines, Integer baselineYear, List<Finding> findings) {
		// 計画期間：令和３年度から令和７年度まで near the top before a range the text looks back on (第１期、平成27年度～
		// 令和元年度); the next plan's, stated at the end, is not this one's
		// 第２期…総合戦略 at the top: the term this plan is, which tells another term's period from its own
		String own = null;
		for (PlanLine line : lines.subList(0, Math.min(lines.size(), 10))) {
			Matcher term = TERM.matcher(line.flat());
			if (own == null && term.find()) {
				own = term.group(1);
			}
		}
		for (int i = 0; i < Math.min(lines.size(), LABELLED_WITHIN); i++) {
			PlanLine line = lines.get(i);
			if (PERIOD_HEADING.matcher(line.flat()).matches() && i + 1 < lines.size()) {
				// ２ 計画期間 over 令和２年度から令和７年度までの６年間: the range the heading's first line states
				PlanPeriod headed = range(lines.get(i + 1), lines, true, 0);
				if (headed != null) {
					return headed;
				}
			}
			Matcher label = PERIOD_LABEL.matcher(line.flat());
			if (!label.find()) {
				continue;
			}
			String before = line.flat().substring(0, label.start());
			Matcher term = TERM.matcher(before.substring(before.lastIndexOf('。') + 1));
			if (own != null && term.find() && !term.group(1).equals(own)) {
				// 第１期総合戦略の計画期間は… in the second's text: the earlier plan's period
				continue;
			}
			// …（平成27年度～令和元年度）を策定…。計画期間は、令和２年度から…: the range the label names, after it
			PlanPeriod labelled = range(line, lines, true, label.start());
			if (labelled != null) {
				return labelled;
			}
		}
		for (PlanLine line : lines.subList(0, Math.min(lines.size(), LABELLED_WITHIN))) {
			int defined = line.flat().indexOf(DEFINED);
			// 令和２年度から令和６年度までの５年間を計画期間とし: the sentence that sets this plan's period, whatever
			// earlier plan's period a sentence before it names in brackets
			PlanPeriod set = defined < 0 ? null : range(line, lines, true, 0);
			if (set != null) {
				return set;
			}
		}
		// 基本構想：令和３年度～令和12年度 before 前期基本計画（令和３年度～令和７年度）: the vision's ten years are not
		// the plan's, when the text states the plan's too
		for (boolean vision : new boolean[] { false, true }) {
			for (PlanLine line : vision ? lines : lines.subList(0, Math.min(lines.size(), LABELLED_WITHIN))) {
				PlanPeriod range = range(line, lines, vision, 0);
				if (range != null) {
					return range;
				}
			}
		}
		List<String> earlier = new ArrayList<>();
		for (PlanLine line : lines) {
			Matcher named = NAMED.matcher(line.flat());
			while (named.find()) {
				int year = Integer.parseInt(named.group(1));
				if (baselineYear == null || year > baselineYear) {
					return new PlanPeriod(year, null, title(lines), line.location());
				}
				if (!earlier.contains(named.group())) {
					earlier.add(named.group());
					findings.add(Finding.info(line.location(), named.group() + " read as an earlier plan, not this one: "
							+ year + " is not after the indicators' baseline year " + baselineYear, PlanText.clean(line.raw())));
				}
			}
		}
		return null;
	}

	/** 計画期間：, 戦略の期間 ⇥ 令和５年度～, 対象期間: a label naming the plan's period, a colon or a gap before it. */
	private static final Pattern PERIOD_LABEL = Pattern
		.compile("^[\\s・•*]*(?:計画|戦略|対象|推進|取組)(?:の)?期間(?:\\s*[:：]|[\\s　]+(?=令和|平成|20[0-9]{2}))|(?:計画|戦略)(?:の)?期間は、?\\s*(?:令和|平成|20[0-9]{2})");

	/** ２ 計画期間, （２）戦略の期間: a numbered heading naming the plan's period and nothing else. */
	private static final Pattern PERIOD_HEADING = Pattern
		.compile("^[0-9０-９]{1,2}[.．、]? ?(?:計画|戦略|対象|推進|取組)(?:の)?期間$|^[(（][0-9０-９]{1,2}[)）] ?(?:計画|戦略|対象|推進|取組)(?:の)?期間$");

	private static final int LABELLED_WITHIN = 60;

	/** …までの５年間を計画期間とし: the words that set the period the sentence names as this plan's. */
	private static final String DEFINED = "を計画期間と";

	/** 第２期: which of a plan's terms. */
	private static final Pattern TERM = Pattern.compile("第([0-9０-９]+)期");

	/** 基本構想: a long-term vision's name, which states its own period before the plan's. */
	private static final Pattern VISION = Pattern.compile("基本構想[^、。]{0,3}$");

	private static PlanPeriod range(PlanLine line, List<PlanLine> lines, boolean vision, int from) {
		String flat = line.flat();
		Matcher western = WESTERN_RANGE.matcher(flat);
		while (western.find()) {
			if (western.start() < from) {
				continue;
			}
			if (!vision && VISION.matcher(flat.substring(Math.max(0, western.start() - 8), western.start())).find()) {
				continue;
			}
			int start = Integer.parseInt(western.group(1) != null ? western.group(1)
					: western.group(3) != null ? western.group(3) : western.group(5));
			int end = Integer.parseInt(western.group(2) != null ? western.group(2)
					: western.group(4) != null ? western.group(4) : western.group(6));
			if (plausible(start, end)) {
				return new PlanPeriod(start, end, title(lines), line.location());
			}
		}
		Matcher era = ERA_RANGE.matcher(flat);
		while (era.find()) {
			if (era.start() < from) {
				continue;
			}
			if (!vision && VISION.matcher(flat.substring(Math.max(0, era.start() - 8), era.start())).find()) {
				continue;
			}
			OptionalInt start = JapaneseYears.westernYear(era.group(1), yearOfEra(era.group(2)));
			OptionalInt end = JapaneseYears.westernYear(era.group(3) != null ? era.group(3) : era.group(1),
					yearOfEra(era.group(4)));
			if (start.isPresent() && end.isPresent() && plausible(start.getAsInt(), end.getAsInt())) {
				return new PlanPeriod(start.getAsInt(), end.getAsInt(), title(lines), line.location());
			}
		}
		return null;
	}

	/** The plan's name: a short line near the top that names an アクションプラン with its year. */
	private static String title(List<PlanLine> lines) {
		for (PlanLine line : lines.subList(0, Math.min(lines.size(), 40))) {
			String flat = line.flat();
			if (NAMED.matcher(flat).find() && flat.length() <= 60 && !flat.startsWith("<") && !flat.contains("における")
					&& !flat.endsWith("。")) {
				return PlanText.clean(line.raw());
			}
		}
		return null;
	}

	private static boolean plausible(int start, int end) {
		return start >= 1950 && end <= 2150 && end > start && end - start <= 20;
	}

	private static int yearOfEra(String printed) {
		return printed.equals("元") ? 1 : Integer.parseInt(printed);
	}
}
