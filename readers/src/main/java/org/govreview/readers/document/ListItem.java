package org.govreview.readers.document;

/** One item of a bullet list or note: the marker as printed (・, -, ※, ※1, a numbered sentence's number) and its text. */
public record ListItem(String marker, String body, Location location) implements Block {

	@Override
	public String text() {
		return body;
	}
}
