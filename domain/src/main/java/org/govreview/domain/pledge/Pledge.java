package org.govreview.domain.pledge;

import java.math.BigDecimal;
import java.util.List;

/**
 * 公約: {@code code} is policy and number, e.g. "III-2"; {@code publishedPercent} null when not printed;
 * {@code publishedUnit} its unit ("%" or "点"), null meaning "%". A report with two levels only (group → item) has,
 * under each basic policy, one pledge numbered 0 ("III-0") that stands for the policy itself and carries its title.
 */
public record Pledge(String code, String title, BigDecimal publishedPercent, List<Measure> measures, String publishedUnit) {

	public Pledge {
		measures = List.copyOf(measures);
	}

	/** True for the pledge that stands for its basic policy in a report without a pledge level (code "…-0"). */
	public boolean standsForItsPolicy() {
		return code.endsWith("-0");
	}

	/** A pledge whose published figure, if any, is a percentage. */
	public Pledge(String code, String title, BigDecimal publishedPercent, List<Measure> measures) {
		this(code, title, publishedPercent, measures, null);
	}
}
