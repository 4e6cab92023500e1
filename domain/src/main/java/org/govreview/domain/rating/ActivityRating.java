package org.govreview.domain.rating;

/**
 * One row of a rating sheet: a department's 10-level rating of one activity under a measure.
 * {@code policyCode} is the measure's code (e.g. "I-1-2"); {@code location} says sheet and row.
 */
public record ActivityRating(String policyCode, String activity, String department, int rating, String comment,
		String location) {

	public ActivityRating {
		if (rating < 1 || rating > 10) {
			throw new IllegalArgumentException(location + ": rating must be 1-10, was " + rating);
		}
	}
}
