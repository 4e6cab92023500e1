package org.govreview.readers.source;

import java.nio.file.Path;

/**
 * An entry found under the source path, not yet read: a file to read, or an entry the listing could not use (an
 * unreadable folder, a symbolic link loop) with the reason, or a file listed when the run started and gone at a
 * restart. {@code name} is the path as stored and reported ({@link SourceNames#stored(Path)}), also the key a run
 * records it by.
 */
public record SourceFile(Path path, String name, Status status, String reason) {

	/** What the listing found. */
	public enum Status {
		/** A regular file to read. */
		FILE,
		/** An entry that cannot be read (reason says why); to be quarantined. */
		UNREADABLE,
		/** Listed when the run started, no longer there at a restart: reported, not read. */
		REMOVED
	}

	public SourceFile(Path path) {
		this(path, SourceNames.stored(path), Status.FILE, null);
	}

	public static SourceFile unreadable(Path path, String reason) {
		return new SourceFile(path, SourceNames.stored(path), Status.UNREADABLE, reason);
	}

	public static SourceFile removed(String name) {
		return new SourceFile(null, name, Status.REMOVED, "listed when the run started, no longer there: not read");
	}
}
