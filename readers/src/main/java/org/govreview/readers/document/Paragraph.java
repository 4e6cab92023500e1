package org.govreview.readers.document;

import java.util.List;

/** Consecutive lines of running text, as printed; {@link #text()} joins them without the wrap breaks. */
public record Paragraph(List<String> lines, Location location) implements Block {

	public Paragraph {
		lines = List.copyOf(lines);
	}

	@Override
	public String text() {
		return Wraps.join(lines);
	}
}
