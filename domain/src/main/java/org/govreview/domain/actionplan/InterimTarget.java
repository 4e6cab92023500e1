package org.govreview.domain.actionplan;

import java.util.Objects;

import org.govreview.domain.indicator.IndicatorValue;

/**
 * A target an indicator has for one year before its final target (a year-by-year series: R6 800, R7 840 …):
 * the indicator's name as printed, the year and the value.
 */
public record InterimTarget(String indicator, int year, IndicatorValue value) {

	public InterimTarget {
		Objects.requireNonNull(indicator, "indicator");
		Objects.requireNonNull(value, "value");
	}
}
