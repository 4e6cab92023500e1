package org.govreview.readers.document;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govreview.readers.text.DisplayWidth;

/**
 * A form's label spaced out to fill its cell (視   察   日, 会   派   名, 時           間) closed up to the word it is,
 * and padded so that what follows on the line keeps its column; a part's word spaced out alone on its line (8. 所　　感)
 * closed up too. Only the words of label–value fields are closed up:
 * a table's header words spaced out (取    組    内    容) span their column, and stay as they are. Stateless.
 */
final class SpacedLabels {

	/** Two to five letters, each after a run of two spaces or more, standing alone between gaps or the line's ends. */
	private static final Pattern SPACED = Pattern
		.compile("(?:^|(?<=[ 　]{2}))[ 　]*(\\p{IsHan}(?:[ 　]{2,12}\\p{IsHan}){1,4})(?=[ 　]|$)");

	private SpacedLabels() {
	}

	static List<String> closed(List<String> lines) {
		return lines.stream().map(SpacedLabels::closed).toList();
	}

	/** 8. 所　　感, キ 所 感: a part's word spaced out alone on its line, after its number. */
	private static final Pattern SPACED_PART = Pattern.compile(
			"^([ 　]*(?:(?:[0-9０-９]{1,2}[.．、]|[(（][0-9０-９]{1,2}[)）]|[ア-ン]|[①-⑳])[ 　]+)?)(\\p{IsHan}(?:[ 　]{1,12}\\p{IsHan}){1,4})[ 　]*$");

	static String closed(String line) {
		Matcher part = SPACED_PART.matcher(line);
		if (part.matches()) {
			String word = part.group(2).replaceAll("[ 　]", "");
			return Words.isLabelOrPart(word) ? part.group(1) + word : line;
		}
		Matcher spaced = SPACED.matcher(line);
		StringBuilder out = null;
		int last = 0;
		while (spaced.find()) {
			String word = spaced.group(1).replaceAll("[ 　]", "");
			if (!Words.LABELS.contains(word)) {
				continue;
			}
			if (out == null) {
				out = new StringBuilder();
			}
			int width = DisplayWidth.of(spaced.group(1));
			out.append(line, last, spaced.start(1)).append(word).append(" ".repeat(Math.max(1, width - DisplayWidth.of(word))));
			last = spaced.end(1);
		}
		return out == null ? line : out.append(line.substring(last)).toString();
	}
}
