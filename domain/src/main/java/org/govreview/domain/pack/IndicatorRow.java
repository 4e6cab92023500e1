package org.govreview.domain.pack;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

import org.govreview.domain.indicator.IndicatorValue;

/**
 * An indicator as a pack shows it: baseline, target, and the latest actual a rating sheet supplied (null when
 * none did).
 */
public record IndicatorRow(String initiativeCode, String initiative, String indicator, List<String> departments,
		Integer baselineYear, IndicatorValue baseline, Integer targetYear, IndicatorValue target, Integer actualYear,
		IndicatorValue actual) {

	public IndicatorRow {
		departments = List.copyOf(departments);
	}

	/**
	 * (actual − baseline) / (target − baseline) in percent, one decimal, for numeric values in one unit; null when
	 * any of the three is not a number, the units differ, or target equals baseline.
	 */
	public BigDecimal achievementRate() {
		if (!numeric(baseline) || !numeric(target) || !numeric(actual)) {
			return null;
		}
		if (!Objects.equals(baseline.unit(), target.unit()) || !Objects.equals(target.unit(), actual.unit())) {
			return null;
		}
		BigDecimal span = target.number().subtract(baseline.number());
		if (span.signum() == 0) {
			return null;
		}
		return actual.number().subtract(baseline.number()).multiply(BigDecimal.valueOf(100))
			.divide(span, MathContext.DECIMAL64).setScale(1, RoundingMode.HALF_UP);
	}

	private static boolean numeric(IndicatorValue value) {
		return value != null && value.isNumber();
	}
}
