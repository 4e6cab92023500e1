package org.govreview.readers.document;

import java.util.List;

/**
 * Consecutive lines of running text, as printed, each with where it stands ({@link #lineLocations()}: the same line
 * twice where HTML broke one source line into two); {@link #text()} joins them without the wrap breaks. Immutable.
 */
public record Paragraph(List<String> lines, Location location, List<Location> lineLocations) implements Block {

	public Paragraph {
		lines = List.copyOf(lines);
		lineLocations = List.copyOf(lineLocations);
		if (lineLocations.size() != lines.size()) {
			throw new IllegalArgumentException("a location for each of the " + lines.size() + " lines");
		}
	}

	/** A paragraph of one line. */
	public Paragraph(String line, Location location) {
		this(List.of(line), location, List.of(location));
	}

	@Override
	public String text() {
		return Wraps.join(lines);
	}

	/** Lines of running text joined as {@link #text()} joins a paragraph's: a Latin word broken at the line keeps its space. */
	public static String joined(List<String> lines) {
		return Wraps.join(lines);
	}
}
