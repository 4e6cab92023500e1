package org.govreview.domain.actionplan;

import java.util.List;

/**
 * 事業: a ward project with its description and its funding notes resolved: (★) → the programme the chapter's
 * note names, ※1 → the footnote's programme(s). {@code fundingMarkers} keeps the markers as printed.
 */
public record WardProject(String name, String description, List<String> fundingMarkers, List<String> fundingProgrammes) {

	public WardProject {
		fundingMarkers = List.copyOf(fundingMarkers);
		fundingProgrammes = List.copyOf(fundingProgrammes);
	}
}
