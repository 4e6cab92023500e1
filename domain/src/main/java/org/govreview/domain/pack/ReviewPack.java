package org.govreview.domain.pack;

import java.time.Instant;
import java.util.List;

import org.govreview.domain.document.Finding;
import org.govreview.domain.fiscal.FiscalYear;
import org.govreview.domain.municipality.Municipality;
import org.govreview.domain.policy.PolicyIssue;
import org.govreview.domain.policy.Statistic;
import org.govreview.domain.rollup.ReconciliationStatus;
import org.govreview.domain.rollup.RollupRow;

/**
 * Everything one review pack shows for a municipality and fiscal year: the roll-up rows (basic policies,
 * pledges, measures, overall; root last; empty when there is no pledge report), the measure detail, the source
 * documents and what the readers found, its indicators, policy issues and statistics, and the inspection visits
 * its council made and received.
 */
public record ReviewPack(Municipality municipality, FiscalYear fiscalYear, String ruleName, List<RollupRow> rollup,
		List<MeasureDetail> measures, List<SourceDocument> sources, List<Finding> documentFindings, Instant generatedAt,
		List<IndicatorRow> indicators, List<PolicyIssue> issues, List<Statistic> statistics, List<VisitRow> visits) {

	public ReviewPack {
		rollup = List.copyOf(rollup);
		measures = List.copyOf(measures);
		sources = List.copyOf(sources);
		documentFindings = List.copyOf(documentFindings);
		indicators = List.copyOf(indicators);
		issues = List.copyOf(issues);
		statistics = List.copyOf(statistics);
		visits = List.copyOf(visits);
	}

	/** A pack of a pledge report's roll-up only, with no indicators, issues or visits. */
	public ReviewPack(Municipality municipality, FiscalYear fiscalYear, String ruleName, List<RollupRow> rollup,
			List<MeasureDetail> measures, List<SourceDocument> sources, List<Finding> documentFindings, Instant generatedAt) {
		this(municipality, fiscalYear, ruleName, rollup, measures, sources, documentFindings, generatedAt, List.of(),
				List.of(), List.of(), List.of());
	}

	/** The reconciliation findings: rows whose published figure cannot follow from the level below. */
	public List<RollupRow> disagreements() {
		return rollup.stream().filter(row -> row.status() == ReconciliationStatus.DISAGREES).toList();
	}

	/** The base file name, without extension: holds the local government code and the fiscal year. */
	public String fileBaseName() {
		return "review-pack_" + municipality.code() + "_FY" + fiscalYear.year();
	}

	/** A document the pack's facts came from. */
	public record SourceDocument(String kind, String path, String sha256) {
	}
}
