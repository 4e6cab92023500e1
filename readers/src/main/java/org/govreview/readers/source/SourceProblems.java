package org.govreview.readers.source;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;

/** Says in plain words why a file or folder could not be read: "permission denied", "loop", … */
public final class SourceProblems {

	private SourceProblems() {
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
