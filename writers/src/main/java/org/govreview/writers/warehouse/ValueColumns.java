package org.govreview.writers.warehouse;

import org.govreview.domain.indicator.IndicatorValue;

/** An {@link IndicatorValue} as the warehouse stores it: kind, number, unit, word, printed text. */
final class ValueColumns {

	private ValueColumns() {
	}

	static Object[] of(IndicatorValue value) {
		if (value == null) {
			return new Object[] { null, null, null, null, null };
		}
		return new Object[] { value.kind().name(), value.number(), value.unit(), value.word(), value.raw() };
	}
}
