package org.govreview.domain.actionplan;

import java.util.List;

import org.govreview.domain.indicator.Indicator;

/**
 * A numbered initiative (取組): {@code code} locates it (direction, group numeral, number and sub-number as
 * printed, e.g. "1-II-2-①"); departments are expanded from their abbreviations (総) 行政部 → 総務局 行政部).
 * The same indicator text under two initiatives is two indicators. {@code interimTargets} are the yearly targets
 * a series states before each indicator's final target.
 */
public record Initiative(String code, String title, String description, List<String> departments,
		List<Indicator> indicators, List<InterimTarget> interimTargets) {

	public Initiative {
		departments = List.copyOf(departments);
		indicators = List.copyOf(indicators);
		interimTargets = List.copyOf(interimTargets);
	}

	/** An initiative without interim targets. */
	public Initiative(String code, String title, String description, List<String> departments,
			List<Indicator> indicators) {
		this(code, title, description, departments, indicators, List.of());
	}
}
