package org.govreview.jobs.system;

/** Another govreview process owns the data directory's PostgreSQL; the message names it. */
public class DataDirectoryInUseException extends RuntimeException {

	DataDirectoryInUseException(String message) {
		super(message);
	}
}
