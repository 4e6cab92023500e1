package org.govreview.domain.rating;

/** A measure and activity a department is asked to rate: one pre-filled row of a generated rating sheet. */
public record RatingSheetRow(String policyCode, String measure, String activity, String department) {
}
