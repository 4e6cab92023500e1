package org.govreview.readers.actionplan;

import java.util.Arrays;
import java.util.List;

import org.govreview.readers.text.SourceText;

/**
 * One line of the document in the forms the readers need: {@code raw} as extracted, {@code light} without markup
 * and footnote numbers, and {@code text} normalized for matching (see {@link PlanText}). Tab-separated cells are
 * kept in each form.
 */
record PlanLine(int index, String raw, String light, String text) {

	static PlanLine of(int index, String raw) {
		String light = PlanText.light(raw);
		return new PlanLine(index, raw, light, PlanText.normalize(light));
	}

	static List<PlanLine> all(SourceText source) {
		List<String> lines = source.lines();
		PlanLine[] all = new PlanLine[lines.size()];
		for (int i = 0; i < all.length; i++) {
			all[i] = of(i, lines.get(i));
		}
		return Arrays.asList(all);
	}

	boolean isBlank() {
		return text.isBlank();
	}

	boolean hasTab() {
		return raw.indexOf('\t') >= 0;
	}

	/** The normalized text on one line: cells joined by single spaces. */
	String flat() {
		return text.replaceAll(PlanText.WS + "+", " ").strip();
	}

	/** The light text on one line: cells joined by single spaces, characters as printed. */
	String lightFlat() {
		return light.replaceAll(PlanText.WS + "+", " ").strip();
	}

	List<String> lightCells() {
		return Arrays.stream(light.split("\t", -1)).map(String::strip).toList();
	}

	List<String> textCells() {
		return Arrays.stream(text.split("\t", -1)).map(String::strip).toList();
	}

	long filledCells() {
		return textCells().stream().filter(cell -> !cell.isEmpty()).count();
	}

	/** A row of a table: tab-separated, with at least two cells filled. */
	boolean isTableRow() {
		return hasTab() && filledCells() >= 2;
	}

	boolean isFootnoteDefinition() {
		return PlanText.isFootnoteDefinition(raw);
	}

	String location() {
		return "line " + (index + 1);
	}
}
