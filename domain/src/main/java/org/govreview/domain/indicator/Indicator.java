package org.govreview.domain.indicator;

/**
 * 目標 / 指標: a KPI with its baseline and target, each a year and a value (either may be absent).
 */
public record Indicator(String name, Integer baselineYear, IndicatorValue baseline, Integer targetYear,
		IndicatorValue target) {
}
