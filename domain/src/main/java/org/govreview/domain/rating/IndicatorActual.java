package org.govreview.domain.rating;

import org.govreview.domain.indicator.IndicatorValue;

/**
 * The latest actual of an action-plan indicator as a department reports it on its rating sheet: the initiative's
 * code (e.g. "1-I-1"), the indicator's name, the year the actual is for, and the typed value. {@code location}
 * says sheet and row.
 */
public record IndicatorActual(String initiativeCode, String indicator, Integer year, IndicatorValue value,
		String location) {
}
