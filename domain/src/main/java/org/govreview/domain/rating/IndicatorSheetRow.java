package org.govreview.domain.rating;

/** An indicator a department is asked to report the actual of: one pre-filled row of a generated rating sheet. */
public record IndicatorSheetRow(String initiativeCode, String initiative, String indicator, String department) {
}
