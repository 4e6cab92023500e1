package org.govreview.domain.document;

/**
 * Something a reader noticed about a document that it could not place or had to correct:
 * where it was ({@code location}: page, line, sheet and row), what the text said ({@code value}),
 * and why it matters ({@code message}).
 */
public record Finding(Severity severity, String location, String message, String value) {

	public enum Severity {
		/** The reader corrected or interpreted something; the facts are kept. */
		INFO,
		/** Something could not be placed; the rest of the document is kept. */
		WARNING,
		/** A part of the document was rejected (a bad sheet row); the rest is kept. */
		ERROR
	}

	public static Finding info(String location, String message, String value) {
		return new Finding(Severity.INFO, location, message, value);
	}

	public static Finding warning(String location, String message, String value) {
		return new Finding(Severity.WARNING, location, message, value);
	}

	public static Finding error(String location, String message, String value) {
		return new Finding(Severity.ERROR, location, message, value);
	}

	@Override
	public String toString() {
		return severity + " " + location + ": " + message + (value == null ? "" : " [" + value + "]");
	}
}
