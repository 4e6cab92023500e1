package org.govreview.readers.inspection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govreview.domain.inspection.InspectionVisit.MemberOpinion;
import org.govreview.domain.inspection.InspectionVisit.QuestionAnswer;
import org.govreview.readers.document.Block;
import org.govreview.readers.document.DocumentModel;
import org.govreview.readers.document.Heading;
import org.govreview.readers.document.NumberingScheme;
import org.govreview.readers.document.Paragraph;
import org.govreview.readers.text.ClockTimes;

/**
 * Visits a report tells only in sentences, with no label, heading or table: a sentence that dates a visit (令和６年
 * １０月２２日（火）は、午後１時３０分から…, or 翌２３日（水）は after a dated one) and says a place was visited (長崎県大村市
 * 役所を訪れ) opens it, with the topic it names in brackets (「…について」); the sentences up to the next such one
 * state its figures and its questions (…について質問し). A sentence naming several places over several days is the
 * report's summary, no visit. Opinions are not read: the prose does not say where one ends. Stateless.
 */
final class ProseVisits {

	/** を訪問し, or the place where it was told: 佐賀市下水浄化センターにおいて…説明を受け, …を会場として…説明を受け. */
	private static final Pattern VISITED = Pattern
		.compile("を(?:訪れ|訪問し|訪問いたし|視察し|視察いたし|訪ね)|(?<=[市町村])(?:役所|役場)へ|(?:において|にて|を会場として)、?[^。]{0,80}?説明を受け"
				// 昨日の午後は福井県あわら市へ。: a post's sentence that ends where it went
				+ "|(?<=[市町村])へ\\s*$"
				// 初めに、１０月２２日、大分県由布市について御報告いたします。: a chair's report opens each place so
				+ "|(?<=[市町村])について(?:御|ご)?報告(?:いた|申し上げ)");

	/** 【所感・あわら市】, 【所感】: the label over the points a member makes of a visit. */
	private static final Pattern IMPRESSIONS = Pattern.compile("[【\\[]\\s*(?:所感|感想|考察)[^】\\]]{0,12}[】\\]]");

	/** 昨日, 今日, 本日: a day a post names from the day it was posted. */
	private static final Pattern RELATIVE_DAY = Pattern.compile("(?:^|[\\s、。]|まず)(昨日|今日|本日)(?:の|は|、)");

	/** 翌２３日, ２３日（水）は: the day of a visit in the month of the one before it. */
	private static final Pattern DAY = Pattern.compile("^(?:翌|同月)?\\s*(\\d{1,2})日");

	/** 同日は, 同日午後は: the day of the sentence before. */
	private static final Pattern SAME_DAY = Pattern.compile("^(?:同日|当日)|(?:午前|午後)中?は");

	/** Q. 土日の混雑対策は？: a question a post asks, as many as it marks. */
	private static final Pattern MARKED_QUESTION = Pattern.compile("(?:^|[？?。\\s）)])[QＱ](?:[.．:：]|\\s(?=\\S))");

	/** 「…について」, or 「…」について: the topic in brackets, with its について inside them or after. */
	private static final Pattern TOPIC = Pattern.compile("「([^「」]{4,60}?について)」|「([^「」]{4,60})」(?=について|に関して|に関する)");

	/** 長崎県大村市役所, 佐賀県武雄市の…: the place visited, its prefecture first, before what was visited there. */
	private static final Pattern PLACE = Pattern.compile("(?<![\\p{IsHan}])(?!(?:本|当|同|各|両|全|他)[市町村])((?:\\p{IsHan}{2,3}[都道府県])?\\p{IsHan}{1,5}?[市町村]|\\p{IsHan}{2,3}[都道府県][\\p{IsHiragana}\\p{IsKatakana}ー]{2,6}?[市町村])(?=の|役所|役場|議会|を|、|に|内|へ|$)");

	private static final Pattern ASKED = Pattern.compile("(?:質問し|伺った|尋ねた|質問に対し|質疑に対し)");

	/** …は本市でも検討の価値があるとの意見: an opinion minutes report, as many as they say との意見. */
	private static final Pattern OPINION = Pattern.compile("との意見");

	private ProseVisits() {
	}

	static List<VisitFacts> in(DocumentModel model) {
		return in(model, null);
	}

	/** As {@link #in(DocumentModel)}, {@code dated} the year of a date without one where the report states no full date. */
	static List<VisitFacts> in(DocumentModel model, LocalDate dated) {
		List<VisitFacts> visits = new ArrayList<>();
		VisitFacts current = null;
		StringBuilder told = new StringBuilder();
		LocalDate last = null;
		LocalDate anchor = anchor(model).orElse(dated);
		boolean impressions = false;
		for (Block block : model.blocks()) {
			if (current != null && block instanceof Heading heading && heading.scheme() == NumberingScheme.LETTER
					&& heading.number().matches("[QＱ]")) {
				// Q. 土日の混雑対策は？ set out like a lettered heading: a question asked at the visit being told
				current.questions.add(new QuestionAnswer(heading.title(), ""));
				continue;
			}
			if (current != null && block instanceof Heading heading) {
				if (heading.scheme() == NumberingScheme.BRACKETED) {
					// 【所感・あわら市】 on its line, then ①… ②… set out like headings: the member's points on the visit; any
					// other label (【質疑応答】) ends them
					impressions = IMPRESSIONS.matcher("【" + heading.title() + "】").find();
					continue;
				}
				if (impressions && heading.scheme() == NumberingScheme.CIRCLED) {
					current.opinions.add(new MemberOpinion("", heading.title()));
					continue;
				}
			}
			if (current != null && impressions && block instanceof org.govreview.readers.document.ListItem item
					&& item.marker().matches("[①-⑳]")) {
				current.opinions.add(new MemberOpinion("", item.body()));
				continue;
			}
			if (!(block instanceof Paragraph paragraph)) {
				continue;
			}
			String text = String.join("", paragraph.lines().stream().map(String::strip).toList());
			String[] sentences = InspectionDates.normalize(text).split("。");
			// ① is 1 once normalized: the numbered points of an impression are counted in the text as printed
			String[] printed = text.split("。");
			for (int n = 0; n < sentences.length; n++) {
				String sentence = sentences[n];
				String asPrinted = printed.length == sentences.length ? printed[n] : "";
				Optional<VisitFacts> opened = opened(sentence, last, anchor, paragraph.location().line());
				if (opened.isEmpty()) {
					// 10月15日（火）は午前中に…を出発し: the day the next sentences go on with (同日は…を訪問し)
					Optional<LocalDate> day = InspectionDates.firstEventDate(sentence);
					last = day.orElse(last);
				}
				if (opened.isPresent()) {
					impressions = false;
					finish(current, told);
					current = opened.get();
					last = current.date;
					visits.add(current);
					told.setLength(0);
				}
				if (current != null) {
					told.append(sentence).append('。');
					if (ASKED.matcher(sentence).find()) {
						current.questions.add(new QuestionAnswer(sentence.strip(), ""));
					}
					else {
						long marked = MARKED_QUESTION.matcher(sentence).results().count();
						for (long q = 0; q < marked; q++) {
							current.questions.add(new QuestionAnswer(sentence.strip(), ""));
						}
					}
					for (String opinion : opinions(sentence)) {
						current.opinions.add(new MemberOpinion("", opinion));
					}
					Matcher label = IMPRESSIONS.matcher(asPrinted);
					boolean labelled = label.find();
					impressions |= labelled;
					if (impressions) {
						// 【所感・あわら市】①駅を「通過点」にせず… ②一方、…: each numbered point an opinion
						String points = labelled ? asPrinted.substring(label.end()) : asPrinted;
						for (String point : points.split("(?=[①-⑳])")) {
							if (!point.isBlank() && point.charAt(0) >= '①' && point.charAt(0) <= '⑳') {
								current.opinions.add(new MemberOpinion("", point.substring(1).strip()));
							}
						}
					}
					if (opened.isEmpty() && current.start == null) {
						// 大東市では、大東市役所におきまして、午後1時30分から…「…について」説明を受け: the sentence after
						// the one that opened the visit tells when and what
						VisitFacts visit = current;
						InspectionDates.timeRange(sentence).ifPresent(range -> {
							visit.start = range.start();
							visit.end = range.end();
						});
						if (visit.topic == null) {
							visit.topic = topic(sentence);
						}
					}
				}
			}
		}
		finish(current, told);
		for (VisitFacts visit : visits) {
			if (visit.start == null) {
				timedInList(visit, model.source().lines());
			}
		}
		return visits;
	}

	/** 📍① 山形県東根市　10:00〜11:30: the one line that names the place visited with the hours, in a list of the day's visits. */
	private static void timedInList(VisitFacts visit, List<String> lines) {
		List<ClockTimes.TimeRange> ranges = new ArrayList<>();
		for (String line : lines) {
			if (line.contains(visit.placeName) && line.strip().length() <= LISTED_VISIT) {
				InspectionDates.timeRange(InspectionDates.normalize(line)).ifPresent(ranges::add);
			}
		}
		if (ranges.size() == 1) {
			visit.start = ranges.get(0).start();
			visit.end = ranges.get(0).end();
		}
	}

	private static final int LISTED_VISIT = 40;

	private static void finish(VisitFacts visit, CharSequence told) {
		if (visit != null) {
			visit.figures = StatedFigures.in(told.toString());
		}
	}

	/** The first date the report states in full (令和6年11月20日付けをもって…提出): the year of the dates it gives without one. */
	private static Optional<LocalDate> anchor(DocumentModel model) {
		for (Block block : model.blocks()) {
			if (block instanceof Paragraph paragraph) {
				Optional<LocalDate> date = InspectionDates.firstDate(String.join("", paragraph.lines()));
				if (date.isPresent()) {
					return date;
				}
			}
		}
		return Optional.empty();
	}

	private static Optional<VisitFacts> opened(String sentence, LocalDate last, LocalDate anchor, int line) {
		Matcher visited = VISITED.matcher(sentence);
		if (!visited.find() || sentence.contains("日間") || sentence.substring(0, visited.start()).matches(".*(?:及び|並びに|と[\\p{IsHan}]{1,4}[県都府道]).*")) {
			return Optional.empty();
		}
		LocalDate date = InspectionDates.firstEventDate(sentence).orElse(null);
		Matcher day = DAY.matcher(sentence.strip());
		if (date == null && last != null && SAME_DAY.matcher(sentence.strip()).find()) {
			// 同日は午後1時30分から…: the day the sentence before named
			date = last;
		}
		if (date == null && last != null && day.find()) {
			int dayOfMonth = Integer.parseInt(day.group(1));
			date = dayOfMonth >= last.getDayOfMonth() ? last.withDayOfMonth(dayOfMonth) : null;
		}
		if (date == null && anchor != null) {
			// 去る10月15日, 大阪府大東市を訪問: the year of the report's own date, a visit before the report
			Optional<java.time.MonthDay> monthDay = InspectionDates.firstMonthDay(sentence.substring(0, visited.start()));
			if (monthDay.isPresent()) {
				LocalDate dated = monthDay.get().atYear(anchor.getYear());
				date = dated.isAfter(anchor.plusMonths(1)) ? dated.minusYears(1) : dated;
			}
		}
		Matcher relative = RELATIVE_DAY.matcher(sentence.substring(0, visited.start()));
		if (relative.find() && (date != null || anchor != null)) {
			// 10月23日 … まず昨日の午後は…へ: the day before the day the post was posted
			LocalDate posted = date != null ? date : anchor;
			date = relative.group(1).equals("昨日") ? posted.minusDays(1) : posted;
		}
		if (date == null) {
			return Optional.empty();
		}
		// 安城市議会議員 … 10月23日 まず昨日の午後は福井県あわら市へ: the place nearest the visit, not the poster's council
		Matcher named = PLACE.matcher(sentence.substring(0, visited.start()));
		String place = null;
		while (named.find()) {
			place = named.group(1);
		}
		if (place == null) {
			return Optional.empty();
		}
		VisitFacts visit = new VisitFacts(line, null, new ArrayList<>(), new ArrayList<>());
		visit.date = date;
		visit.placeName = place;
		visit.place = new Fragments.Fragment(line, 0, place);
		InspectionDates.timeRange(sentence).ifPresent(range -> {
			visit.start = range.start();
			visit.end = range.end();
		});
		visit.topic = topic(sentence);
		return Optional.of(visit);
	}

	private static String topic(String sentence) {
		Matcher topic = TOPIC.matcher(sentence);
		return topic.find() ? (topic.group(1) != null ? topic.group(1) : topic.group(2)) : null;
	}

	/** The opinions a sentence reports: the text before each との意見, back to the clause that opens it. */
	private static List<String> opinions(String sentence) {
		List<String> opinions = new ArrayList<>();
		int from = 0;
		Matcher opinion = OPINION.matcher(sentence);
		while (opinion.find()) {
			opinions.add(sentence.substring(from, opinion.start()).replaceFirst("^[、\\s]*(?:また、|委員からは、)?", "").strip());
			from = opinion.end();
		}
		return opinions;
	}

}
