package org.govreview.jobs.cli;

import java.sql.SQLException;

import org.govreview.jobs.system.DataDirectoryInUseException;
import org.govreview.jobs.system.DatabaseUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * The exit statuses of the command line, and the one line on standard error that reports a failure (its full trace
 * goes to the log file only).
 */
public final class ExitStatus {

	/** The command did what it was asked; for a job, the execution COMPLETED. */
	public static final int OK = 0;

	/** The command failed, or the job execution did not complete. */
	public static final int FAILED = 1;

	/** The command line cannot be run: an unknown command or option, a missing or malformed value. */
	public static final int USAGE = 2;

	/** Another govreview process owns the data directory (a job command never shares it). */
	public static final int DATA_DIRECTORY_IN_USE = 3;

	/** The database could not be started (embedded) or reached (--db-url). */
	public static final int DATABASE_UNAVAILABLE = 4;

	private static final Logger failures = LoggerFactory.getLogger("org.govreview.failures");

	private ExitStatus() {
	}

	/** Reports a failure of the application's start (before any command ran) and returns its exit status. */
	public static int ofStartup(Throwable failure, String databaseUrl) {
		int status = classify(failure);
		if (status == FAILED && reachesTheDatabase(failure)) {
			status = DATABASE_UNAVAILABLE;
		}
		String message = switch (status) {
			case DATA_DIRECTORY_IN_USE -> find(failure, DataDirectoryInUseException.class).getMessage();
			case USAGE -> find(failure, CommandLine.UsageException.class).getMessage();
			case DATABASE_UNAVAILABLE -> {
				DatabaseUnavailableException unavailable = find(failure, DatabaseUnavailableException.class);
				yield unavailable != null ? unavailable.getMessage()
						: "cannot connect to the database "
								+ (databaseUrl == null ? "" : databaseUrl.replaceAll("(?i)(password=)[^&]*", "$1***") + " ") + "("
								+ rootMessage(failure) + ")";
			}
			default -> "could not start: " + rootMessage(failure);
		};
		return print(status, message);
	}

	/** Reports a command's failure and returns its exit status. */
	static int ofCommand(Throwable failure) {
		failures.error("command failed", failure);
		int status = classify(failure);
		if (status == FAILED && reachesTheDatabase(failure)) {
			status = DATABASE_UNAVAILABLE;
		}
		String message = failure.getMessage() != null && !(failure.getCause() instanceof SQLException)
				&& status != DATABASE_UNAVAILABLE ? failure.getMessage() : rootMessage(failure);
		return print(status, message);
	}

	private static int print(int status, String message) {
		System.out.flush();
		System.err.println("govreview: " + oneLine(message));
		System.err.flush();
		return status;
	}

	private static int classify(Throwable failure) {
		if (find(failure, DataDirectoryInUseException.class) != null) {
			return DATA_DIRECTORY_IN_USE;
		}
		if (find(failure, DatabaseUnavailableException.class) != null) {
			return DATABASE_UNAVAILABLE;
		}
		if (find(failure, CommandLine.UsageException.class) != null) {
			return USAGE;
		}
		return FAILED;
	}

	private static boolean reachesTheDatabase(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && (sql.getSQLState() == null || sql.getSQLState().startsWith("08")
					|| sql.getSQLState().startsWith("28") || sql.getSQLState().startsWith("3D"))) {
				return true;
			}
			if (cause instanceof DataAccessResourceFailureException || String.valueOf(cause.getMessage()).contains("jdbcUrl")
					|| cause.getClass().getName().startsWith("com.zaxxer.hikari")) {
				return true;
			}
		}
		return false;
	}

	private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}

	private static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getMessage() == null || root.getMessage().isBlank() ? root.getClass().getSimpleName() : root.getMessage();
	}

	private static String oneLine(String message) {
		return String.valueOf(message).strip().replaceAll("\\s*\\R\\s*", " ");
	}
}
