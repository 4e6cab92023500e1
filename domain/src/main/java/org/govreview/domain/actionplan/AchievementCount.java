package org.govreview.domain.actionplan;

import java.util.Objects;

/**
 * How many indicators a plan says fall in one achievement band or grade of its evaluation (80％以上: 57, A: 14):
 * {@code band} as printed, {@code count} the number of indicators.
 */
public record AchievementCount(String band, int count) {

	public AchievementCount {
		Objects.requireNonNull(band, "band");
		if (count < 0) {
			throw new IllegalArgumentException("negative count of indicators in band " + band + ": " + count);
		}
	}
}
