package org.govreview.readers.source;

import java.nio.file.Path;

/**
 * Thrown by a reader when a whole document cannot be read as its kind: the document is quarantined with this
 * message, which names the file, the place (page, line, sheet and row, or field) and the offending value.
 */
public class RejectedDocumentException extends RuntimeException {

	private final Path file;

	private final String location;

	private final String value;

	public RejectedDocumentException(Path file, String location, String reason, String value) {
		this(file, location, reason, value, null);
	}

	public RejectedDocumentException(Path file, String location, String reason, String value, Throwable cause) {
		super(file + (location == null ? "" : ", " + location) + ": " + reason
				+ (value == null ? "" : " [" + abbreviate(value) + "]"), cause);
		this.file = file;
		this.location = location;
		this.value = value;
	}

	private static String abbreviate(String value) {
		String oneLine = value.replaceAll("\\s+", " ").strip();
		return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 77) + "...";
	}

	public Path file() {
		return file;
	}

	public String location() {
		return location;
	}

	public String value() {
		return value;
	}
}
