package org.govreview.jobs.system;

/** The database could not be started or reached; the message says which and why. */
public class DatabaseUnavailableException extends RuntimeException {

	DatabaseUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}
}
