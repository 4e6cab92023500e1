package org.govreview.readers.corpus;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.govreview.domain.actionplan.ActionPlan;
import org.govreview.domain.actionplan.AchievementCount;
import org.govreview.domain.actionplan.Initiative;
import org.govreview.domain.actionplan.InterimTarget;
import org.govreview.domain.actionplan.PolicyDirection;
import org.govreview.domain.actionplan.WardGoal;
import org.govreview.domain.actionplan.WardPlan;
import org.govreview.domain.actionplan.WardProject;
import org.govreview.domain.indicator.Indicator;
import org.govreview.domain.indicator.IndicatorValue;
import org.govreview.domain.inspection.InspectionReport;
import org.govreview.domain.inspection.InspectionVisit;
import org.govreview.domain.pledge.BasicPolicy;
import org.govreview.domain.pledge.MarkCount;
import org.govreview.domain.pledge.Measure;
import org.govreview.domain.pledge.Pledge;
import org.govreview.domain.pledge.PledgeReport;
import org.govreview.domain.policy.PolicyIssue;
import org.govreview.domain.policy.PolicyStatement;
import org.govreview.domain.policy.Statistic;

/** The facts a reader's result would store, in the corpus schema's types. */
final class StoredFacts {

	private StoredFacts() {
	}

	static List<Fact> of(Object document) {
		List<Fact> facts = new ArrayList<>();
		if (document instanceof PledgeReport report) {
			pledgeReport(report, facts);
		}
		else if (document instanceof ActionPlan plan) {
			actionPlan(plan, facts);
		}
		else if (document instanceof PolicyStatement statement) {
			policyStatement(statement, facts);
		}
		else if (document instanceof InspectionReport report) {
			inspectionReport(report, facts);
		}
		else {
			throw new IllegalArgumentException("not a document: " + document);
		}
		return facts;
	}

	private static void pledgeReport(PledgeReport report, List<Fact> facts) {
		facts.add(Fact.of("municipality", null, report.municipality().code().value()));
		facts.add(Fact.of("fiscal-year", null, report.fiscalYear().year()));
		if (report.publishedOverall() != null) {
			facts.add(Fact.of("overall", null, plain(report.publishedOverall()), null, unitOrPercent(report.overallUnit())));
		}
		for (BasicPolicy policy : report.basicPolicies()) {
			if (policy.title() != null) {
				facts.add(Fact.of("policy", policy.title(), null));
				if (policy.publishedPercent() != null) {
					facts.add(Fact.of("policy-score", policy.title(), plain(policy.publishedPercent()), null,
							unitOrPercent(policy.publishedUnit())));
				}
			}
			for (Pledge pledge : policy.pledges()) {
				if (pledge.title() != null && !pledge.standsForItsPolicy()) {
					facts.add(Fact.of("pledge", pledge.title(), null));
					if (pledge.publishedPercent() != null) {
						facts.add(Fact.of("pledge-score", pledge.title(), plain(pledge.publishedPercent()), null,
								unitOrPercent(pledge.publishedUnit())));
					}
				}
				for (Measure measure : pledge.measures()) {
					facts.add(Fact.of("item", measure.title(), null));
					if (measure.evaluation() != null) {
						facts.add(Fact.of("item-evaluation", measure.title(), measure.evaluation().mark()));
					}
					else if (measure.rating() != null) {
						facts.add(Fact.of("item-evaluation", measure.title(), measure.rating()));
					}
					for (String department : measure.departments()) {
						facts.add(Fact.of("item-department", measure.title(), department));
					}
				}
			}
		}
		for (MarkCount count : report.markCounts()) {
			facts.add(Fact.of("mark-count", count.mark(), count.count()));
		}
		if (report.overallRule() != null) {
			facts.add(Fact.of("rule", null, report.overallRule().code()));
		}
	}

	private static String unitOrPercent(String unit) {
		return unit == null ? "%" : unit;
	}

	private static void actionPlan(ActionPlan plan, List<Fact> facts) {
		facts.add(Fact.of("municipality", null, plan.municipality().code().value()));
		facts.add(Fact.of("fiscal-year", null, plan.fiscalYear().year()));
		if (plan.periodStart() != null && plan.periodEnd() != null) {
			facts.add(Fact.of("period", null, plan.periodStart() + "-" + plan.periodEnd()));
		}
		for (WardPlan ward : plan.wards()) {
			for (WardGoal goal : ward.goals()) {
				facts.add(Fact.of("direction", goal.title(), null));
				for (WardProject project : goal.projects()) {
					facts.add(Fact.of("initiative", project.name(), null));
				}
			}
		}
		for (PolicyDirection direction : plan.directions()) {
			if (direction.title() != null) {
				facts.add(Fact.of("direction", direction.title(), null));
			}
			planIndicators(direction.indicators(), facts);
			for (Initiative initiative : direction.initiatives()) {
				facts.add(Fact.of("initiative", initiative.title(), null));
				for (String department : initiative.departments()) {
					facts.add(Fact.of("department", initiative.title(), department));
				}
				planIndicators(initiative.indicators(), facts);
				for (InterimTarget interim : initiative.interimTargets()) {
					value("target", interim.indicator(), interim.value(), interim.year(), facts);
				}
			}
		}
		for (AchievementCount count : plan.achievementCounts()) {
			facts.add(Fact.of("achievement-count", count.band(), count.count()));
		}
	}

	private static void planIndicators(List<Indicator> indicators, List<Fact> facts) {
		for (Indicator indicator : indicators) {
			facts.add(Fact.of("indicator", indicator.name(), null));
			value("baseline", indicator.name(), indicator.baseline(), indicator.baselineYear(), facts);
			value("target", indicator.name(), indicator.target(), indicator.targetYear(), facts);
		}
	}

	private static void policyStatement(PolicyStatement statement, List<Fact> facts) {
		facts.add(Fact.of("municipality", null, statement.organisation().code().value()));
		facts.add(Fact.of("fiscal-year", null, statement.fiscalYear().year()));
		if (statement.title() != null) {
			facts.add(Fact.of("title", null, statement.title()));
		}
		if (statement.mission() != null && !statement.mission().isBlank()) {
			facts.add(Fact.of("mission", null, statement.mission()));
		}
		for (PolicyIssue issue : statement.issues()) {
			facts.add(Fact.of("issue", issue.title(), null));
			for (String action : issue.actions()) {
				facts.add(Fact.of("action", issue.title(), action));
			}
		}
		for (Statistic statistic : statement.statistics()) {
			value("statistic", statistic.indicator(), statistic.value(), statistic.fiscalYear(), facts);
		}
	}

	private static void inspectionReport(InspectionReport report, List<Fact> facts) {
		facts.add(Fact.of("municipality", null, report.council().code().value()));
		facts.add(Fact.of("fiscal-year", null, report.fiscalYear().year()));
		if (report.submitted() != null) {
			facts.add(Fact.of("submitted", null, report.submitted()));
		}
		for (String member : report.members()) {
			facts.add(Fact.of("member", member.replaceAll("\\s+", ""), null));
		}
		for (InspectionVisit visit : report.visits()) {
			String code = visit.destination() == null ? null : visit.destination().code().value();
			facts.add(Fact.of("visit", code, visit.date()));
			if (visit.startTime() != null) {
				facts.add(Fact.of("visit-start", code, visit.startTime()));
			}
			if (visit.endTime() != null) {
				facts.add(Fact.of("visit-end", code, visit.endTime()));
			}
			if (visit.topic() != null && !visit.topic().isBlank()) {
				// a visit on several topics holds them a line each
				visit.topic().lines().filter(topic -> !topic.isBlank()).forEach(topic -> facts.add(Fact.of("visit-topic", code, topic)));
			}
			if (visit.population() != null) {
				facts.add(Fact.of("visit-population", code, visit.population(), null, "人"));
			}
			if (visit.households() != null) {
				facts.add(Fact.of("visit-households", code, visit.households(), null, "世帯"));
			}
			if (visit.areaKm2() != null) {
				facts.add(Fact.of("visit-area", code, plain(visit.areaKm2()), null, "km2"));
			}
			if (visit.statedAsOf() != null) {
				facts.add(Fact.of("visit-as-of", code, visit.statedAsOf()));
			}
			if (!visit.questions().isEmpty()) {
				facts.add(Fact.of("visit-questions", code, visit.questions().size()));
			}
			if (!visit.opinions().isEmpty()) {
				facts.add(Fact.of("visit-opinions", code, visit.opinions().size()));
			}
		}
	}

	private static void value(String type, String subject, IndicatorValue value, Integer year, List<Fact> facts) {
		if (value == null || value.kind() == IndicatorValue.Kind.ABSENT) {
			return;
		}
		if (value.isNumber()) {
			facts.add(Fact.of(type, subject, plain(value.number()), year, value.unit()));
		}
		else {
			facts.add(Fact.of(type, subject, value.word(), year, null));
		}
	}

	private static String plain(BigDecimal number) {
		return number.stripTrailingZeros().toPlainString();
	}
}
