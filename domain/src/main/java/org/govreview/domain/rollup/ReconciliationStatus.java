package org.govreview.domain.rollup;

/** How a published figure compares with what the rule computes for it. */
public enum ReconciliationStatus {
	/** Computed exactly from the level below and equal to the published figure. */
	MATCH,
	/** Only rounded inputs (stars) below; the published figure lies within what they allow. */
	CONSISTENT,
	/** The published figure cannot follow from the level below under the rule. */
	DISAGREES,
	/** Computed, but nothing was published to compare with. */
	COMPUTED_ONLY,
	/** Published, but nothing below it to check against. */
	PUBLISHED_ONLY,
	/** Neither published nor computable. */
	NO_DATA
}
