package org.govreview.readers.document;

/** One cell of a table row, as printed (stripped), and where it stands. */
public record Cell(String text, Location location) {

	public boolean isEmpty() {
		return text.isEmpty();
	}
}
