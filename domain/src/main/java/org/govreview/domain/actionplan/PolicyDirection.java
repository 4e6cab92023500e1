package org.govreview.domain.actionplan;

import java.util.List;

import org.govreview.domain.indicator.Indicator;

/**
 * 取組方針N, 基本目標N, 政策の柱N: a policy direction and its initiatives; {@code indicators} are the direction's own
 * (数値目標 of a 基本目標), not those of its initiatives.
 */
public record PolicyDirection(String number, String title, List<Initiative> initiatives, List<Indicator> indicators) {

	public PolicyDirection {
		initiatives = List.copyOf(initiatives);
		indicators = List.copyOf(indicators);
	}

	/** A direction whose indicators all belong to its initiatives. */
	public PolicyDirection(String number, String title, List<Initiative> initiatives) {
		this(number, title, initiatives, List.of());
	}
}
