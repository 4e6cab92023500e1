package org.govreview.writers.warehouse;

/** What ingesting a document did to the warehouse. */
public enum IngestOutcome {
	/** First version of this document: its facts were inserted. */
	NEW,
	/** A new version (same kind, municipality, fiscal year and scope, other checksum): the old facts were replaced. */
	REPLACED,
	/** The same bytes were ingested before: nothing changed. */
	UNCHANGED
}
