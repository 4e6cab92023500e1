package org.govreview.readers.actionplan;

import java.util.List;
import java.util.stream.Stream;

import org.govreview.domain.actionplan.ActionPlan;
import org.govreview.domain.indicator.Indicator;

/** A plan's indicators as tests look them up: every one, under its directions and their initiatives. */
final class PlanIndicators {

	private PlanIndicators() {
	}

	static List<Indicator> all(ActionPlan plan) {
		return plan.directions().stream()
			.flatMap(direction -> Stream.concat(direction.indicators().stream(),
					direction.initiatives().stream().flatMap(initiative -> initiative.indicators().stream())))
			.toList();
	}

	/** The indicator of that name; fails naming the plan's indicators when there is none. */
	static Indicator named(ActionPlan plan, String name) {
		return all(plan).stream().filter(indicator -> indicator.name().equals(name)).findFirst()
			.orElseThrow(() -> new AssertionError("no indicator " + name + " among " + all(plan).stream().map(Indicator::name).toList()));
	}
}
