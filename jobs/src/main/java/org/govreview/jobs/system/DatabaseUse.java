package org.govreview.jobs.system;

/**
 * What a command needs of the embedded PostgreSQL of its data directory. A command that runs or restarts jobs
 * must own the server; a read-only command may use the server another govreview process runs on the same
 * directory, as a plain client.
 */
public enum DatabaseUse {

	/** Runs or restarts jobs: starts and owns the server, or refuses when another process owns it. */
	RUN_JOBS,

	/** Only reads: owns the server when nobody does, else connects to the owner's server. */
	READ_ONLY
}
