package org.govreview.readers.inspection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govreview.domain.inspection.InspectionVisit.QuestionAnswer;
import org.govreview.readers.document.Block;
import org.govreview.readers.document.DocumentModel;
import org.govreview.readers.document.Paragraph;

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
		.compile("を(?:訪れ|訪問し|視察し|訪ね)|(?:において|にて|を会場として)、?[^。]{0,80}?説明を受け");

	/** 翌２３日, ２３日（水）は: the day of a visit in the month of the one before it. */
	private static final Pattern DAY = Pattern.compile("^(?:翌|同月)?\\s*(\\d{1,2})日");

	/** 同日は, 同日午後は: the day of the sentence before. */
	private static final Pattern SAME_DAY = Pattern.compile("^(?:同日|当日)");

	/** 「…について」, or 「…」について: the topic in brackets, with its について inside them or after. */
	private static final Pattern TOPIC = Pattern.compile("「([^「」]{4,60}?について)」|「([^「」]{4,60})」(?=について|に関して|に関する)");

	/** 長崎県大村市役所, 佐賀県武雄市の…: the place visited, its prefecture first, before what was visited there. */
	private static final Pattern PLACE = Pattern.compile("(?<![\\p{IsHan}])(?!(?:本|当|同|各|両|全|他)[市町村])((?:\\p{IsHan}{2,3}[都道府県])?\\p{IsHan}{1,5}?[市町村])(?=の|役所|役場|議会|を|、|に|内|$)");

	private static final Pattern ASKED = Pattern.compile("(?:質問し|伺った|尋ねた)");

	private ProseVisits() {
	}

	static List<VisitFacts> in(DocumentModel model) {
		List<VisitFacts> visits = new ArrayList<>();
		VisitFacts current = null;
		StringBuilder told = new StringBuilder();
		LocalDate last = null;
		for (Block block : model.blocks()) {
			if (!(block instanceof Paragraph paragraph)) {
				continue;
			}
			String text = String.join("", paragraph.lines().stream().map(String::strip).toList());
			for (String sentence : InspectionDates.normalize(text).split("。")) {
				Optional<VisitFacts> opened = opened(sentence, last, paragraph.location().line());
				if (opened.isEmpty()) {
					// 10月15日（火）は午前中に…を出発し: the day the next sentences go on with (同日は…を訪問し)
					Optional<LocalDate> day = InspectionDates.firstEventDate(sentence);
					last = day.orElse(last);
				}
				if (opened.isPresent()) {
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
				}
			}
		}
		finish(current, told);
		return visits;
	}

	private static void finish(VisitFacts visit, CharSequence told) {
		if (visit != null) {
			visit.figures = StatedFigures.in(told.toString());
		}
	}

	private static Optional<VisitFacts> opened(String sentence, LocalDate last, int line) {
		Matcher visited = VISITED.matcher(sentence);
		if (!visited.find() || sentence.contains("日間") || sentence.substring(0, visited.start()).matches(".*(?:及び|並びに|と[\\p{IsHan}]{1,4}[県都府道]).*")) {
			return Optional.empty();
		}
		LocalDate date = InspectionDates.firstEventDate(sentence).orElse(null);
		Matcher day = DAY.matcher(sentence.strip());
		if (date == null && last != null && SAME_DAY.matcher(sentence.strip()).lookingAt()) {
			// 同日は午後1時30分から…: the day the sentence before named
			date = last;
		}
		if (date == null && last != null && day.find()) {
			int dayOfMonth = Integer.parseInt(day.group(1));
			date = dayOfMonth >= last.getDayOfMonth() ? last.withDayOfMonth(dayOfMonth) : null;
		}
		if (date == null) {
			return Optional.empty();
		}
		Matcher named = PLACE.matcher(sentence.substring(0, visited.start()));
		if (!named.find()) {
			return Optional.empty();
		}
		String place = named.group(1);
		VisitFacts visit = new VisitFacts(line, null, new ArrayList<>(), new ArrayList<>());
		visit.date = date;
		visit.placeName = place;
		visit.place = new Fragments.Fragment(line, 0, place);
		InspectionDates.timeRange(sentence).ifPresent(range -> {
			visit.start = range.start();
			visit.end = range.end();
		});
		Matcher topic = TOPIC.matcher(sentence);
		visit.topic = topic.find() ? (topic.group(1) != null ? topic.group(1) : topic.group(2)) : null;
		return Optional.of(visit);
	}

}
