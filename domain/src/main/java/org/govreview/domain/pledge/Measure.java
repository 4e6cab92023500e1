package org.govreview.domain.pledge;

import java.util.List;

/**
 * 施策 (or the item that carries the evaluation): {@code code} is pledge and number, e.g. "III-2-1". {@code rating} is
 * the 10-level star rating the report prints for it (★★★★★ ★★☆☆☆ = 7), or null when the report has none: missing,
 * never 0. {@code evaluation} is the evaluation on any scale (stars, score, grade, mark, word), or null when none is
 * printed; a star rating read as such keeps {@code rating} as well.
 */
public record Measure(String code, String title, List<String> departments, Integer rating, List<Activity> activities,
		ItemEvaluation evaluation) {

	public Measure {
		departments = List.copyOf(departments);
		activities = List.copyOf(activities);
		if (rating != null && (rating < 0 || rating > 10)) {
			throw new IllegalArgumentException("measure " + code + " rating out of range 0-10: " + rating);
		}
	}

	/** A measure with a 10-level star rating (or none) and no evaluation on another scale. */
	public Measure(String code, String title, List<String> departments, Integer rating, List<Activity> activities) {
		this(code, title, departments, rating, activities, null);
	}
}
