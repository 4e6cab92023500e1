package org.govreview.writers.warehouse;

/** What ingesting a document did to the warehouse. */
public enum IngestOutcome {
	/** First version of this document: its facts were inserted. */
	NEW,
	/**
	 * A later version (same kind, municipality, fiscal year and scope, other checksum, a later date): it is current
	 * now; the earlier one is kept, superseded.
	 */
	REPLACED,
	/** An earlier version than the current one: stored with its facts as superseded; the current one stays. */
	SUPERSEDED,
	/** The same bytes were ingested before: nothing changed. */
	UNCHANGED
}
