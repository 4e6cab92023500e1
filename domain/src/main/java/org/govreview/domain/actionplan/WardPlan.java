package org.govreview.domain.actionplan;

import java.util.List;

import org.govreview.domain.municipality.Municipality;

/** A ward's chapter of an action plan: the ward (with its own local government code) and its goals. */
public record WardPlan(Municipality ward, List<WardGoal> goals) {

	public WardPlan {
		goals = List.copyOf(goals);
	}
}
