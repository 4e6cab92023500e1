package org.govreview.readers.source;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.NoSuchFileException;

/** Says in plain words why a file or folder could not be read: "permission denied", "loop", … */
public final class SourceProblems {

	private SourceProblems() {
	}

	/**
	 * Why an entry that is neither a folder nor a regular file is not read: a symbolic link that could not be
	 * followed (it loops, or its target is gone), or a pipe, socket or device, which could block the run.
	 */
	public static String notARegularFile(Path file, BasicFileAttributes attrs) {
		if (attrs.isSymbolicLink()) {
			try {
				file.toRealPath();
				return "symbolic link that cannot be followed";
			}
			catch (NoSuchFileException ex) {
				return "broken symbolic link: its target does not exist";
			}
			catch (IOException ex) {
				return "symbolic link loop: it leads back to itself (" + ex.getMessage() + ")";
			}
		}
		return "not a regular file (a pipe, socket or device): not read";
	}

	public static String describe(IOException ex) {
		if (ex instanceof AccessDeniedException) {
			return "permission denied";
		}
		if (ex instanceof FileSystemLoopException) {
			return "symbolic link loop: it leads back to a folder above it";
		}
		if (ex instanceof NoSuchFileException) {
			return "no such file (removed while the run was reading)";
		}
		String message = ex.getMessage();
		if (message != null && message.toLowerCase(java.util.Locale.ROOT).contains("permission denied")) {
			return "permission denied (" + message + ")";
		}
		return ex.getClass().getSimpleName() + (message == null ? "" : ": " + message);
	}
}
