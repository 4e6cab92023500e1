package org.govreview.domain.pack;

import java.time.LocalDate;
import java.util.List;

/**
 * An inspection visit as a pack shows it: {@code made} when the pack's municipality's council made it, otherwise
 * received. Population and its as-of date are as the report states them.
 */
public record VisitRow(boolean made, String councilCode, String councilName, String faction, LocalDate date,
		String destinationCode, String destinationName, String topic, Long population, LocalDate populationAsOf,
		List<String> reporters) {

	public VisitRow {
		reporters = List.copyOf(reporters);
	}
}
