package org.govreview.domain.pledge;

import java.util.List;

/**
 * 施策: {@code code} is pledge and number, e.g. "III-2-1". {@code rating} is the 10-level star rating
 * the report prints for it (★★★★★ ★★☆☆☆ = 7), or null when the report has none: missing, never 0.
 */
public record Measure(String code, String title, List<String> departments, Integer rating, List<Activity> activities) {

	public Measure {
		departments = List.copyOf(departments);
		activities = List.copyOf(activities);
		if (rating != null && (rating < 0 || rating > 10)) {
			throw new IllegalArgumentException("measure " + code + " rating out of range 0-10: " + rating);
		}
	}
}
