package org.govreview.domain.pledge;

import java.math.BigDecimal;
import java.util.List;

/**
 * 公約: {@code code} is policy and number, e.g. "III-2"; {@code publishedPercent} null when not printed;
 * {@code publishedUnit} its unit ("%" or "点"), null meaning "%".
 */
public record Pledge(String code, String title, BigDecimal publishedPercent, List<Measure> measures, String publishedUnit) {

	public Pledge {
		measures = List.copyOf(measures);
	}

	/** A pledge whose published figure, if any, is a percentage. */
	public Pledge(String code, String title, BigDecimal publishedPercent, List<Measure> measures) {
		this(code, title, publishedPercent, measures, null);
	}
}
