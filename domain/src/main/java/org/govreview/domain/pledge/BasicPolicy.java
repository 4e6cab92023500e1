package org.govreview.domain.pledge;

import java.math.BigDecimal;
import java.util.List;

/**
 * 基本政策 (政策分野, 基本目標, 政策の柱 …): {@code code} is its numbering, e.g. "III". {@code publishedPercent} is the
 * figure the report publishes for it, null when not printed; {@code publishedUnit} its unit ("%" or "点"), null
 * meaning "%".
 */
public record BasicPolicy(String code, String title, BigDecimal publishedPercent, List<Pledge> pledges,
		String publishedUnit) {

	public BasicPolicy {
		pledges = List.copyOf(pledges);
	}

	/** A policy whose published figure, if any, is a percentage. */
	public BasicPolicy(String code, String title, BigDecimal publishedPercent, List<Pledge> pledges) {
		this(code, title, publishedPercent, pledges, null);
	}
}
