package org.govreview.writers.pack;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes a pack file so that readers of the directory only ever see a complete file: the content goes to a hidden
 * temporary file next to the target ({@code .<name>.<random>.tmp}), which is moved into place atomically (or, where
 * the file system cannot, replacing the old file) once complete, and deleted if anything fails.
 */
final class AtomicPackFile {

	/** Writes the whole content to the stream; the stream is closed by the caller. */
	@FunctionalInterface
	interface Content {

		void writeTo(OutputStream out) throws IOException;

	}

	private AtomicPackFile() {
	}

	static Path write(Path directory, String fileName, Content content) {
		Path target = directory.resolve(fileName);
		Path temp = directory.resolve("." + fileName + "." + UUID.randomUUID().toString().substring(0, 8) + ".tmp");
		boolean moved = false;
		try {
			Files.createDirectories(directory);
			try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
				content.writeTo(out);
			}
			move(temp, target);
			moved = true;
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not write review pack " + target + ": " + ex.getMessage(), ex);
		}
		finally {
			if (!moved) {
				deleteQuietly(temp);
			}
		}
	}

	private static void move(Path temp, Path target) throws IOException {
		try {
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private static void deleteQuietly(Path temp) {
		try {
			Files.deleteIfExists(temp);
		}
		catch (IOException ex) {
			// the original failure is what the caller needs to see
		}
	}
}
