package org.govreview.readers.inspection;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govreview.readers.text.SourceText;

/**
 * A council's minutes (会議録): the turns of its speakers, each opening with a mark and the speaker
 * (○議長（山田太郎君）, ◎総務常任委員長（佐藤花子君）). An inspection is reported in the turn of the committee chair who
 * reports it (…行政視察につきまして、その概要を御報告申し上げます); the chair's turn before it says when the report was
 * submitted. Those two turns are the report; the rest of the sitting (attendance, other bills) is none of it.
 * Stateless.
 */
final class Minutes {

	/** ○議長（津久井孝君）, ◎教育民生委員長（森田悦子君）: a speaker's turn begins. */
	private static final Pattern SPEAKER = Pattern.compile("^[○◎◆◇●]\\s*[^（(\\s　]{1,24}[（(]([^）)]{1,16})[）)]");

	private static final int MIN_TURNS = 3;

	/** How many lines at the top may name the sitting: its title and date, before the roll call. */
	private static final int SITTING_LINES = 8;

	/** 関口健太郎副委員長、新井勝利委員…及び高草木誠委員の計6名: members named before their posts in a sentence. */
	private static final Pattern MEMBER = Pattern
		.compile("([\\p{IsHan}][\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]{1,6}?)(?:副委員長|委員長|委員|議員)(?=、|及び|並びに|と|の計|の[0-9]+名|$)");

	/** 委員長の私、森田悦子のほか: the reporting chair among the members. */
	private static final Pattern SPEAKER_MEMBER = Pattern.compile("(?:委員長|副委員長|議長)の私、([\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]{2,7})のほか");

	/** The sentence that lists who took part: 計6名が参加し. */
	private static final Pattern TOOK_PART = Pattern
		.compile("(?:計|合計)?[0-9０-９]+名(?:が|で)参加|が参加し|参加(?:者|委員|議員)は|視察者は|参加(?:いた)?しましたのは|参加したのは");

	private Minutes() {
	}

	/** The lines of the report within the minutes, every other line left blank (so each keeps its number); empty when none. */
	static Optional<SourceText> report(SourceText text) {
		List<String> lines = text.lines();
		List<Integer> turns = turns(lines);
		int t = reportingTurn(lines, turns);
		if (t < 0) {
			return Optional.empty();
		}
		int from = t > 0 ? turns.get(t - 1) : turns.get(t);
		int to = t + 1 < turns.size() ? turns.get(t + 1) : lines.size();
		List<String> kept = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			// the sitting's title names the council (令和6年第4回桐生市議会定例会会議録)
			boolean sitting = i < turns.get(0) && i < SITTING_LINES && lines.get(i).contains("議会");
			kept.add(i >= from && i < to || sitting ? lines.get(i) : "");
		}
		return Optional.of(new SourceText(text.file(), kept, text.origin(), text.findings(), text.pageStarts(), text.softWraps()));
	}

	/** The lines a speaker's turn opens on. */
	private static List<Integer> turns(List<String> lines) {
		List<Integer> turns = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			if (SPEAKER.matcher(lines.get(i).strip()).lookingAt()) {
				turns.add(i);
			}
		}
		return turns;
	}

	/** Which of the turns reports an inspection, not counting the presiding chair's; -1 in text that is no minutes. */
	private static int reportingTurn(List<String> lines, List<Integer> turns) {
		if (turns.size() < MIN_TURNS) {
			return -1;
		}
		for (int t = 0; t < turns.size(); t++) {
			if (!presides(lines.get(turns.get(t))) && reportsInspection(opening(lines, turns.get(t)))) {
				return t;
			}
		}
		return -1;
	}

	/** The day of the sitting (令和6年12月12日（木曜日） under its title): the year of dates the report gives without one. */
	static Optional<java.time.LocalDate> sittingDate(List<String> lines) {
		for (int i = 0; i < Math.min(lines.size(), SITTING_LINES); i++) {
			if (SPEAKER.matcher(lines.get(i).strip()).lookingAt()) {
				break;
			}
			Optional<java.time.LocalDate> date = InspectionDates.firstDate(lines.get(i));
			if (date.isPresent()) {
				return date;
			}
		}
		return Optional.empty();
	}

	/** Whether a turn's opening says it reports an inspection: ◎教育民生委員長（森田悦子君）　…行政視察につきまして…御報告. */
	private static boolean reportsInspection(String opening) {
		Matcher speaker = SPEAKER.matcher(opening);
		if (!speaker.lookingAt()) {
			return false;
		}
		String said = opening.substring(speaker.end());
		return InspectionReportRecognition.VOCABULARY.mentions("activity", said)
				&& InspectionReportRecognition.VOCABULARY.mentions("report", said);
	}

	/** Whether the text is minutes with a turn that reports an inspection. */
	static boolean reportsInspection(List<String> lines) {
		return reportingTurn(lines, turns(lines)) >= 0;
	}

	/** ○議長（…）: the turn of the one who presides, who puts the report on the agenda and does not give it. */
	private static boolean presides(String opening) {
		return opening.strip().matches("^[○◎◆◇●]\\s*(?:副?議長|委員長席)[（(].*");
	}

	/** How many lines a page may have wrapped a turn's first sentence over. */
	private static final int OPENING_LINES = 4;

	/** The first sentence of the turn that starts on line {@code i}, its lines joined as a page may have wrapped it. */
	private static String opening(List<String> lines, int i) {
		StringBuilder opening = new StringBuilder(lines.get(i).strip());
		for (int k = i + 1; k < Math.min(lines.size(), i + OPENING_LINES + 1) && sentences(opening) < 2
				&& !SPEAKER.matcher(lines.get(k).strip()).lookingAt(); k++) {
			opening.append(lines.get(k).strip());
		}
		int end = opening.indexOf("。");
		Matcher speaker = SPEAKER.matcher(opening);
		if (end >= 0 && speaker.lookingAt() && end - speaker.end() <= GREETING && opening.indexOf("。", end + 1) >= 0) {
			// ○経済建設常任委員長（室井孝之君）　登壇 / おはようございます。経済建設常任委員会の行政視察について御報告…: the
			// greeting first, then what the turn is about
			end = opening.indexOf("。", end + 1);
		}
		return end < 0 ? opening.toString() : opening.substring(0, end + 1);
	}

	/** How long a greeting (登壇　おはようございます。) before the first sentence that says anything may be. */
	private static final int GREETING = 16;

	private static int sentences(CharSequence text) {
		return (int) text.chars().filter(c -> c == '。').count();
	}

	/** The members a sentence of the report names as taking part, the reporting chair first. */
	static List<String> members(List<String> lines) {
		Set<String> members = new LinkedHashSet<>();
		// a page may have wrapped a sentence anywhere: its lines are one text
		for (String paragraph : String.join("", lines.stream().map(String::strip).toList()).split("(?=[○◎◆◇●])")) {
			for (String sentence : paragraph.split("。")) {
				if (!TOOK_PART.matcher(sentence).find()) {
					continue;
				}
				Matcher chair = SPEAKER_MEMBER.matcher(sentence);
				Matcher speaker = SPEAKER.matcher(paragraph);
				int from = 0;
				// （室井孝之君）: the name in the turn's brackets, without the honorific
				String speaking = speaker.find() ? speaker.group(1).replaceFirst("君$", "") : "";
				if (sentence.contains("私のほか") && speaking.length() >= 2 && !presides(paragraph)) {
					// 参加いたしましたのは、私のほか、阿久津里美副委員長…: the chair whose turn it is, then the others
					members.add(speaking.replaceAll("[\\s　]", ""));
					from = sentence.indexOf("私のほか");
				}
				else if (chair.find()) {
					members.add(chair.group(1));
					from = chair.end();
				}
				Matcher member = MEMBER.matcher(sentence.substring(from));
				while (member.find()) {
					members.add(member.group(1).replaceFirst("^(?:及び|並びに|と)", ""));
				}
			}
		}
		return List.copyOf(members);
	}
}
