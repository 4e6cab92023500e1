package org.govreview.readers.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Readings set after kanji in brackets, as a page with furigana for readers learning Japanese writes them
 * (区民（くみん）の安全（あんぜん）, 待機児童数（たいきじどうすう）): taken out, so that every reader sees the words a
 * printed document has. Only a text that gives readings throughout is read so; a reading or two in an ordinary
 * document (a member's name with its reading) stays. Stateless; thread-safe.
 */
public final class Furigana {

	/** A reading: hiragana in brackets right after a kanji (or 々, ヶ), as ruby text written out inline. */
	private static final Pattern READING = Pattern.compile("(?<=[\\p{IsHan}々ヶ])[（(][ぁ-ゖー]{1,16}[）)]");

	/** Readings in a text that gives them throughout: more than any ordinary document gives. */
	private static final int THROUGHOUT = 20;

	private Furigana() {
	}

	/** The lines without their readings, or the lines themselves when the text gives few. */
	public static List<String> withoutReadings(List<String> lines) {
		long readings = lines.stream().mapToLong(line -> READING.matcher(line).results().count()).sum();
		if (readings < THROUGHOUT) {
			return lines;
		}
		return lines.stream().map(line -> READING.matcher(line).replaceAll("")).toList();
	}
}
