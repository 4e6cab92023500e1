package org.govreview.domain.actionplan;

import java.util.List;

/** 目標N of a ward: {@code number} as printed ("1"; empty for a single unnumbered goal), title, description, projects. */
public record WardGoal(String number, String title, String description, List<WardProject> projects) {

	public WardGoal {
		projects = List.copyOf(projects);
	}
}
