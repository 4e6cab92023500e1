package org.govreview.domain.pledge;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.govreview.domain.document.Finding;
import org.govreview.domain.fiscal.FiscalYear;
import org.govreview.domain.municipality.Municipality;

/**
 * A pledge progress report (市長公約取組状況) as read: the hierarchy basic policy → pledge → measure →
 * activity with the figures the municipality published. {@code publishedOverall} is the 全体 figure, or
 * null when the report has none; {@code overallUnit} its unit ("%" or "点"), null meaning "%". {@code issuedOn} is
 * the date the report states it was issued (作成/公表), or null when it states none. {@code markCounts} are the
 * counts of items per mark the report prints (達成 3, 順調 57 …), {@code overallRule} how it says the overall figure
 * is computed, null when it does not say.
 */
public record PledgeReport(Municipality municipality, FiscalYear fiscalYear, List<BasicPolicy> basicPolicies,
		BigDecimal publishedOverall, List<Finding> findings, LocalDate issuedOn, String overallUnit,
		List<MarkCount> markCounts, OverallRule overallRule) {

	public PledgeReport {
		basicPolicies = List.copyOf(basicPolicies);
		findings = List.copyOf(findings);
		markCounts = markCounts == null ? List.of() : List.copyOf(markCounts);
	}

	/** A report with a percentage overall (if any), no counts per mark and no stated rule. */
	public PledgeReport(Municipality municipality, FiscalYear fiscalYear, List<BasicPolicy> basicPolicies,
			BigDecimal publishedOverall, List<Finding> findings, LocalDate issuedOn) {
		this(municipality, fiscalYear, basicPolicies, publishedOverall, findings, issuedOn, null, List.of(), null);
	}

	/** A report that states no issued date. */
	public PledgeReport(Municipality municipality, FiscalYear fiscalYear, List<BasicPolicy> basicPolicies,
			BigDecimal publishedOverall, List<Finding> findings) {
		this(municipality, fiscalYear, basicPolicies, publishedOverall, findings, null);
	}

	public PledgeReport withIssuedOn(LocalDate date) {
		return new PledgeReport(municipality, fiscalYear, basicPolicies, publishedOverall, findings, date, overallUnit,
				markCounts, overallRule);
	}

	public List<Pledge> pledges() {
		return basicPolicies.stream().flatMap(policy -> policy.pledges().stream()).toList();
	}

	public List<Measure> measures() {
		return pledges().stream().flatMap(pledge -> pledge.measures().stream()).toList();
	}

	public long ratedMeasureCount() {
		return measures().stream().filter(measure -> measure.rating() != null).count();
	}
}
