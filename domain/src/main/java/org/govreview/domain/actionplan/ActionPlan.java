package org.govreview.domain.actionplan;

import java.time.LocalDate;
import java.util.List;

import org.govreview.domain.document.Finding;
import org.govreview.domain.fiscal.FiscalYear;
import org.govreview.domain.municipality.Municipality;

/**
 * An action plan with KPIs (アクションプラン): the plan's municipality and period, the ward chapters, and the
 * administrative chapter's policy directions (取組方針) with their initiatives and indicators. {@code fiscalYear} is
 * the first year of the period, or the one given on the command line when the text states none. {@code issuedOn} is
 * the date the plan states it was issued (策定/公表), or null. {@code achievementCounts} are the counts of indicators
 * per achievement band or grade the plan publishes for its (previous) targets.
 */
public record ActionPlan(Municipality municipality, FiscalYear fiscalYear, String title, Integer periodStart,
		Integer periodEnd, List<WardPlan> wards, List<PolicyDirection> directions, List<Finding> findings,
		LocalDate issuedOn, List<AchievementCount> achievementCounts) {

	public ActionPlan {
		wards = List.copyOf(wards);
		directions = List.copyOf(directions);
		findings = List.copyOf(findings);
		achievementCounts = List.copyOf(achievementCounts);
	}

	/** A plan that publishes no achievement counts. */
	public ActionPlan(Municipality municipality, FiscalYear fiscalYear, String title, Integer periodStart,
			Integer periodEnd, List<WardPlan> wards, List<PolicyDirection> directions, List<Finding> findings,
			LocalDate issuedOn) {
		this(municipality, fiscalYear, title, periodStart, periodEnd, wards, directions, findings, issuedOn, List.of());
	}

	/** A plan that states no issued date. */
	public ActionPlan(Municipality municipality, FiscalYear fiscalYear, String title, Integer periodStart,
			Integer periodEnd, List<WardPlan> wards, List<PolicyDirection> directions, List<Finding> findings) {
		this(municipality, fiscalYear, title, periodStart, periodEnd, wards, directions, findings, null, List.of());
	}

	public ActionPlan withIssuedOn(LocalDate date) {
		return new ActionPlan(municipality, fiscalYear, title, periodStart, periodEnd, wards, directions, findings, date,
				achievementCounts);
	}

	public List<Initiative> initiatives() {
		return directions.stream().flatMap(direction -> direction.initiatives().stream()).toList();
	}
}
