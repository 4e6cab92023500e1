package org.govreview.domain.pledge;

import java.math.BigDecimal;
import java.util.List;

/** 公約: {@code code} is policy and number, e.g. "III-2"; {@code publishedPercent} null when not printed. */
public record Pledge(String code, String title, BigDecimal publishedPercent, List<Measure> measures) {

	public Pledge {
		measures = List.copyOf(measures);
	}
}
