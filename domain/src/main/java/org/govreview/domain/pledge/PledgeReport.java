package org.govreview.domain.pledge;

import java.math.BigDecimal;
import java.util.List;

import org.govreview.domain.document.Finding;
import org.govreview.domain.fiscal.FiscalYear;
import org.govreview.domain.municipality.Municipality;

/**
 * A pledge progress report (市長公約取組状況) as read: the hierarchy basic policy → pledge → measure →
 * activity with the figures the municipality published. {@code publishedOverall} is the 全体 figure, or
 * null when the report has none.
 */
public record PledgeReport(Municipality municipality, FiscalYear fiscalYear, List<BasicPolicy> basicPolicies,
		BigDecimal publishedOverall, List<Finding> findings) {

	public PledgeReport {
		basicPolicies = List.copyOf(basicPolicies);
		findings = List.copyOf(findings);
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
