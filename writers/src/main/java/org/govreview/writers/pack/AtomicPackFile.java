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
 * the file system cannot, replacing the old file) once complete, and deleted if anything fails. A process killed
 * while writing leaves its temporary file behind: {@link #removeLeftovers(Path)} deletes those of review packs.
 * Thread-safe: each write uses its own temporary name.
 */
public final class AtomicPackFile {

	/** The temporary files of review packs: {@code .review-pack_<code>_FY<year>.<ext>.<random>.tmp}. */
	private static final String LEFTOVER_GLOB = ".review-pack_*.tmp";

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

	/**
	 * Deletes the temporary files that pack writes killed before they completed left in {@code directory}; run before
	 * any pack of a run is written there.
	 * @return the files deleted (none when the directory does not exist)
	 */
	public static java.util.List<Path> removeLeftovers(Path directory) {
		java.util.List<Path> removed = new java.util.ArrayList<>();
		if (!Files.isDirectory(directory)) {
			return removed;
		}
		try (java.nio.file.DirectoryStream<Path> leftovers = Files.newDirectoryStream(directory, LEFTOVER_GLOB)) {
			for (Path leftover : leftovers) {
				if (Files.isRegularFile(leftover, java.nio.file.LinkOption.NOFOLLOW_LINKS) && Files.deleteIfExists(leftover)) {
					removed.add(leftover);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not remove the temporary files of killed pack writes in " + directory
					+ ": " + ex.getMessage(), ex);
		}
		return removed;
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
