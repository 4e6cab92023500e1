package org.govreview.readers.actionplan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The funding notes of a ward chapter: the markers a project name carries ((★), ★, ※1, ^{※1}, * ¹, a programme
 * named with its page, "(手稲ふるさと創生事業 P.74)") and the chapter's note lines that say which programme each
 * marker stands for ("注) 事業名内の (★) は、「…」(P.73) による実施", "※1 「…」(P.57)、「…」(P.44) による実施").
 * Page references without a programme ((P.103)) are dropped from the name.
 */
final class FundingNotes {

	static final String STAR = "★";

	private static final String DIGIT = "[0-9０-９⁰¹²³⁴⁵⁶⁷⁸⁹]";

	/**
	 * Markers in a project name: ^{※1} / ^{*1}, (★) / ★, ※1 / *1 / * ¹, and a parenthesized page reference with an
	 * optional programme name.
	 */
	private static final Pattern NAME_MARKER = Pattern.compile("\\^\\{\\s*[※*＊]?\\s*(" + DIGIT + "+)\\s*}"
			+ "|[(（]\\s*★\\s*[)）]|★" + "|[※*＊]\\s*(" + DIGIT + "+)"
			+ "|[(（]\\s*([^()（）]*?)\\s*[PＰ]\\s*[.．]?\\s*[0-9０-９]+\\s*[)）]");

	/** Markers in the note lines, each followed by what it stands for. */
	private static final Pattern NOTE_MARKER = Pattern.compile("★|[※*＊]\\s*(" + DIGIT + "+)");

	private static final Pattern PROGRAMME = Pattern.compile("「([^」]+)」");

	private static final Pattern NOTE_LINE = Pattern.compile("^(?:注\\s*[)）:：]|[(（]注[)）]|[※*＊]\\s*" + DIGIT + ")");

	private FundingNotes() {
	}

	/** A project's name with its markers taken out: keys are ★ or the footnote number. */
	record MarkedName(String name, List<String> markers, List<String> keys, List<String> namedProgrammes) {
	}

	static boolean isNoteLine(PlanLine line) {
		return NOTE_LINE.matcher(PlanText.withoutMarkup(line.raw()).strip()).find();
	}

	static MarkedName markedName(String printed) {
		String text = PlanText.withoutMarkup(printed);
		List<String> markers = new ArrayList<>();
		List<String> keys = new ArrayList<>();
		List<String> programmes = new ArrayList<>();
		StringBuilder name = new StringBuilder();
		Matcher matcher = NAME_MARKER.matcher(text);
		int last = 0;
		while (matcher.find()) {
			name.append(text, last, matcher.start()).append(' ');
			last = matcher.end();
			String marker = matcher.group().strip();
			if (matcher.group(1) != null || matcher.group(2) != null) {
				markers.add(marker);
				keys.add(PlanText.digits(matcher.group(1) != null ? matcher.group(1) : matcher.group(2)));
			}
			else if (marker.contains(STAR)) {
				markers.add(marker);
				keys.add(STAR);
			}
			else if (!matcher.group(3).isBlank()) {
				markers.add(marker);
				programmes.add(PlanText.clean(matcher.group(3)));
			}
		}
		name.append(text.substring(last));
		return new MarkedName(PlanText.clean(name.toString()), markers, keys, programmes);
	}

	/**
	 * Where a project row without tabs (PDF text) ends its name: after the first run of markers, if one comes before
	 * the description's first sentence ends; -1 when the name carries no marker.
	 */
	static int endOfMarkedName(String printed) {
		String text = PlanText.withoutMarkup(printed);
		int sentenceEnd = text.indexOf('。');
		Matcher matcher = NAME_MARKER.matcher(text);
		int end = -1;
		while (matcher.find()) {
			if (end < 0 && sentenceEnd >= 0 && matcher.start() > sentenceEnd) {
				return -1;
			}
			if (end >= 0 && !text.substring(end, matcher.start()).isBlank()) {
				break;
			}
			end = matcher.end();
		}
		return end;
	}

	/** The programmes each marker stands for, from the chapter's note lines in order. */
	static Map<String, List<String>> programmes(List<PlanLine> noteLines) {
		StringBuilder all = new StringBuilder();
		for (PlanLine line : noteLines) {
			all.append(PlanText.withoutMarkup(line.raw())).append(' ');
		}
		Map<String, List<String>> programmes = new LinkedHashMap<>();
		Matcher marker = NOTE_MARKER.matcher(all);
		List<int[]> spans = new ArrayList<>();
		List<String> keys = new ArrayList<>();
		while (marker.find()) {
			spans.add(new int[] { marker.start(), marker.end() });
			keys.add(marker.group(1) == null ? STAR : PlanText.digits(marker.group(1)));
		}
		for (int i = 0; i < spans.size(); i++) {
			int end = i + 1 < spans.size() ? spans.get(i + 1)[0] : all.length();
			Matcher programme = PROGRAMME.matcher(all.substring(spans.get(i)[1], end));
			List<String> names = programmes.computeIfAbsent(keys.get(i), key -> new ArrayList<>());
			while (programme.find()) {
				names.add(PlanText.clean(programme.group(1)));
			}
		}
		return programmes;
	}
}
