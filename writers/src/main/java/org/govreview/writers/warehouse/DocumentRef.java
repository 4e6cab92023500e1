package org.govreview.writers.warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;

/**
 * A source file as ingested: its path, the SHA-256 of its bytes, how its text was obtained, and its modification
 * time (null when unknown), which decides between two versions of a document whose texts state no different dates.
 */
public record DocumentRef(String path, String sha256, String origin, Instant modifiedAt) {

	/** A file whose modification time is read from {@code path} now (null when it cannot be read). */
	public DocumentRef(String path, String sha256, String origin) {
		this(path, sha256, origin, modificationTime(path));
	}

	private static Instant modificationTime(String path) {
		try {
			return Files.getLastModifiedTime(Path.of(path)).toInstant();
		}
		catch (IOException | InvalidPathException | SecurityException ex) {
			return null;
		}
	}
}
