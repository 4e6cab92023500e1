package org.govreview.domain.pack;

import java.math.BigDecimal;
import java.util.List;

/**
 * A measure as the pack's detail shows it: the report's star rating (null when the report has none), the mean of
 * the departments' sheet ratings (null when no sheet rated it), its departments and activities, and the evaluation
 * as the report prints it on a scale other than stars (4, B, ○, やや遅れ; null when none).
 */
public record MeasureDetail(String code, String title, List<String> departments, Integer starRating,
		BigDecimal sheetRating, List<ActivityDetail> activities, String evaluation) {

	public MeasureDetail {
		departments = List.copyOf(departments);
		activities = List.copyOf(activities);
	}

	public MeasureDetail(String code, String title, List<String> departments, Integer starRating,
			BigDecimal sheetRating, List<ActivityDetail> activities) {
		this(code, title, departments, starRating, sheetRating, activities, null);
	}

	/** An activity and the ratings departments gave it on their sheets. */
	public record ActivityDetail(String code, String text, List<DepartmentRating> ratings) {

		public ActivityDetail {
			ratings = List.copyOf(ratings);
		}
	}

	/** One department's rating of an activity, with its comment (may be empty). */
	public record DepartmentRating(String department, int rating, String comment) {
	}
}
