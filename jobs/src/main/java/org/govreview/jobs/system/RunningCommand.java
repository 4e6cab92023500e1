package org.govreview.jobs.system;

/**
 * The command this process carries out, as other processes see it in the data directory's lock file, and what it
 * needs of the database. Absent (as in tests that start the application context directly), the process owns the
 * server.
 */
public record RunningCommand(String description, DatabaseUse databaseUse) {

	static RunningCommand ofThisProcess() {
		return new RunningCommand(ProcessHandle.current().info().commandLine().orElse("java"), DatabaseUse.RUN_JOBS);
	}
}
