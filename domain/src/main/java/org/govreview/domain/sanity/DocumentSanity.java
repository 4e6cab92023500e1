package org.govreview.domain.sanity;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.govreview.domain.actionplan.ActionPlan;
import org.govreview.domain.actionplan.Initiative;
import org.govreview.domain.actionplan.PolicyDirection;
import org.govreview.domain.document.Finding;
import org.govreview.domain.fiscal.FiscalYear;
import org.govreview.domain.indicator.Indicator;
import org.govreview.domain.indicator.IndicatorValue;
import org.govreview.domain.inspection.InspectionReport;
import org.govreview.domain.inspection.InspectionVisit;
import org.govreview.domain.pledge.BasicPolicy;
import org.govreview.domain.pledge.Pledge;
import org.govreview.domain.pledge.PledgeReport;
import org.govreview.domain.policy.PolicyStatement;
import org.govreview.domain.policy.Statistic;
import org.govreview.domain.rating.IndicatorActual;
import org.govreview.domain.rating.RatingSheet;

/**
 * The one place that checks what a reader read for facts that cannot be true, before any document is stored:
 * <ul>
 * <li>a fiscal year before 平成 (FY1989) or after next year: the document's key, so it is rejected
 * ({@link ImplausibleDocumentException}) and quarantined;</li>
 * <li>a percentage on a 0–100 scale (a published progress figure; a share: a % whose indicator is a 率 or 割合 that
 * is not a change or achievement rate) below 0 or over 100;</li>
 * <li>a visit dated outside its report's fiscal year, after the report's submission or in the future;</li>
 * <li>a destination's population, households or area of zero or less.</li>
 * </ul>
 * Any of the latter is left out (null, or an absent value) and reported as a warning finding on the document, never
 * silently stored. Immutable; thread-safe.
 */
public final class DocumentSanity {

	/** The first fiscal year of 平成: nothing a reader reads as a modern report is older. */
	public static final int FIRST_MODERN_FISCAL_YEAR = 1989;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final Pattern SHARE = Pattern.compile(".*(率|割合)$");

	private static final Pattern CHANGE_OR_ACHIEVEMENT = Pattern.compile(".*(増|減|伸|変化|達成|倍|前年|対比).*");

	private final Clock clock;

	public DocumentSanity(Clock clock) {
		this.clock = clock;
	}

	public PledgeReport check(PledgeReport report) {
		fiscalYear(report.fiscalYear());
		List<Finding> findings = new ArrayList<>(report.findings());
		List<BasicPolicy> policies = report.basicPolicies().stream().map(policy -> new BasicPolicy(policy.code(),
				policy.title(), percent(policy.publishedPercent(), policy.publishedUnit(), "basic policy " + policy.code(),
						findings),
				policy.pledges().stream().map(pledge -> new Pledge(pledge.code(), pledge.title(),
						percent(pledge.publishedPercent(), pledge.publishedUnit(), "pledge " + pledge.code(), findings),
						pledge.measures(), pledge.publishedUnit())).toList(),
				policy.publishedUnit()))
			.toList();
		BigDecimal overall = percent(report.publishedOverall(), report.overallUnit(), "overall", findings);
		return new PledgeReport(report.municipality(), report.fiscalYear(), policies, overall, findings, report.issuedOn(),
				report.overallUnit(), report.markCounts(), report.overallRule());
	}

	public InspectionReport check(InspectionReport report) {
		fiscalYear(report.fiscalYear());
		List<Finding> findings = new ArrayList<>(report.findings());
		List<InspectionVisit> visits = report.visits().stream().map(visit -> visit(visit, report, findings)).toList();
		return new InspectionReport(report.council(), report.fiscalYear(), report.submitted(), report.faction(),
				report.representative(), report.expenseNumber(), report.members(), visits, findings, report.issuedOn());
	}

	public ActionPlan check(ActionPlan plan) {
		fiscalYear(plan.fiscalYear());
		List<Finding> findings = new ArrayList<>(plan.findings());
		List<PolicyDirection> directions = plan.directions().stream().map(direction -> new PolicyDirection(
				direction.number(), direction.title(), direction.initiatives().stream().map(i -> new Initiative(i.code(),
						i.title(), i.description(), i.departments(), i.indicators().stream().map(indicator -> new Indicator(
								indicator.name(), indicator.baselineYear(),
								share(indicator.name(), indicator.baseline(), "initiative " + i.code() + " baseline", findings),
								indicator.targetYear(),
								share(indicator.name(), indicator.target(), "initiative " + i.code() + " target", findings)))
							.toList(), i.interimTargets()))
					.toList(), direction.indicators()))
			.toList();
		return new ActionPlan(plan.municipality(), plan.fiscalYear(), plan.title(), plan.periodStart(), plan.periodEnd(),
				plan.wards(), directions, findings, plan.issuedOn(), plan.achievementCounts());
	}

	public PolicyStatement check(PolicyStatement statement) {
		fiscalYear(statement.fiscalYear());
		List<Finding> findings = new ArrayList<>(statement.findings());
		List<Statistic> statistics = statement.statistics().stream().map(s -> new Statistic(s.indicator(), s.period(),
				s.fiscalYear(), share(s.indicator(), s.value(), "statistic " + s.indicator(), findings), s.issueId())).toList();
		return new PolicyStatement(statement.organisation(), statement.fiscalYear(), statement.title(), statement.mission(),
				statement.issues(), statistics, findings, statement.issuedOn());
	}

	public RatingSheet check(RatingSheet sheet) {
		fiscalYear(sheet.fiscalYear());
		List<Finding> findings = new ArrayList<>(sheet.findings());
		List<IndicatorActual> actuals = sheet.actuals().stream().map(a -> new IndicatorActual(a.initiativeCode(),
				a.indicator(), a.year(), share(a.indicator(), a.value(), a.location(), findings), a.location())).toList();
		return new RatingSheet(sheet.municipalityCode(), sheet.fiscalYear(), sheet.department(), sheet.ratings(), actuals,
				findings);
	}

	/** Rejects a fiscal year before 平成 (FY1989) or after next year by the clock. */
	public void fiscalYear(FiscalYear fiscalYear) {
		int nextYear = LocalDate.now(clock).getYear() + 1;
		if (fiscalYear.year() < FIRST_MODERN_FISCAL_YEAR) {
			throw new ImplausibleDocumentException("fiscal year " + label(fiscalYear) + " is before 平成 (FY" + FIRST_MODERN_FISCAL_YEAR + "): not a modern report");
		}
		if (fiscalYear.year() > nextYear) {
			throw new ImplausibleDocumentException("fiscal year " + label(fiscalYear) + " is after next year (" + nextYear + ")");
		}
	}

	private static String label(FiscalYear fiscalYear) {
		try {
			return fiscalYear + " (" + fiscalYear.japaneseLabel() + ")";
		}
		catch (DateTimeException ex) {
			return fiscalYear.toString();
		}
	}

	private InspectionVisit visit(InspectionVisit visit, InspectionReport report, List<Finding> findings) {
		String where = "visit " + visit.sequence();
		LocalDate date = visit.date();
		if (date != null) {
			FiscalYear year = report.fiscalYear();
			String wrong = null;
			if (date.isBefore(year.start()) || date.isAfter(year.end())) {
				wrong = "outside the report's fiscal year " + year + " (" + year.start() + " – " + year.end() + ")";
			}
			else if (report.submitted() != null && date.isAfter(report.submitted())) {
				wrong = "after the report's submission on " + report.submitted();
			}
			else if (date.isAfter(LocalDate.now(clock))) {
				wrong = "in the future";
			}
			if (wrong != null) {
				findings.add(Finding.warning(where, "visit date " + wrong + ": left out", date.toString()));
				date = null;
			}
		}
		Long population = positive(visit.population(), where, "population", findings);
		Long households = positive(visit.households(), where, "households", findings);
		BigDecimal area = visit.areaKm2();
		if (area != null && area.signum() <= 0) {
			findings.add(Finding.warning(where, "area of zero or less: left out", area.toPlainString() + " km²"));
			area = null;
		}
		return new InspectionVisit(visit.sequence(), visit.reportNumber(), date, visit.startTime(), visit.endTime(),
				visit.destination(), population, households, area, visit.statedAsOf(), visit.topic(), visit.purpose(),
				visit.homeSituation(), visit.reporters(), visit.participants(), visit.questions(), visit.opinions());
	}

	private static Long positive(Long value, String where, String what, List<Finding> findings) {
		if (value != null && value <= 0) {
			findings.add(Finding.warning(where, what + " of zero or less: left out", value.toString()));
			return null;
		}
		return value;
	}

	/** A figure in points (点) is not a percentage; a null unit means one. */
	private static BigDecimal percent(BigDecimal value, String unit, String where, List<Finding> findings) {
		if (value != null && (unit == null || unit.equals("%")) && (value.signum() < 0 || value.compareTo(HUNDRED) > 0)) {
			findings.add(Finding.warning(where, "published percentage outside the 0–100 scale: left out",
					value.toPlainString() + "%"));
			return null;
		}
		return value;
	}

	private static IndicatorValue share(String indicator, IndicatorValue value, String where, List<Finding> findings) {
		if (value == null || !value.isNumber() || value.unit() == null || !value.unit().equals("%") || indicator == null) {
			return value;
		}
		String name = indicator.strip();
		if (!SHARE.matcher(name).matches() || CHANGE_OR_ACHIEVEMENT.matcher(name).matches()) {
			return value;
		}
		if (value.number().signum() < 0 || value.number().compareTo(HUNDRED) > 0) {
			findings.add(Finding.warning(where, "percentage outside the 0–100 scale of " + name + ": left out", value.raw()));
			return IndicatorValue.absent(value.raw());
		}
		return value;
	}
}
