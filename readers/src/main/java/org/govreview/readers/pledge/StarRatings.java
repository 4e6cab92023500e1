package org.govreview.readers.pledge;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govreview.readers.text.EvaluationMarks;

/**
 * 10-level star ratings as printed: ★★★★★ ★★☆☆☆ is 7, counted in runs of ten ★ and ☆, each run read by
 * {@link EvaluationMarks#stars}.
 */
final class StarRatings {

	/**
	 * A run of stars with any spacing between them. One character class under one quantifier: java.util.regex
	 * matches that in a loop, where a repeated group such as {@code (?:\\s*[★☆])*} would recurse once per star.
	 */
	private static final Pattern RUN = Pattern.compile("[★☆](?:[\\s\\p{Z}★☆]*[★☆])?");

	private StarRatings() {
	}

	/** The ratings in {@code text}, in order, and what is left when they are taken out. */
	static Parsed parse(String text) {
		List<Integer> ratings = new ArrayList<>();
		List<String> malformed = new ArrayList<>();
		Matcher matcher = RUN.matcher(text);
		StringBuilder rest = new StringBuilder();
		while (matcher.find()) {
			String run = matcher.group().replaceAll("[\\s\\p{Z}]+", "");
			if (run.length() % 10 == 0) {
				for (int i = 0; i < run.length(); i += 10) {
					ratings.add(EvaluationMarks.stars(run.substring(i, i + 10)).orElseThrow().level());
				}
			}
			else {
				malformed.add(matcher.group());
			}
			matcher.appendReplacement(rest, " ");
		}
		matcher.appendTail(rest);
		return new Parsed(ratings, malformed, rest.toString().strip());
	}

	record Parsed(List<Integer> ratings, List<String> malformed, String rest) {
	}
}
