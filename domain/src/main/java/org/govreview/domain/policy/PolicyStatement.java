package org.govreview.domain.policy;

import java.time.LocalDate;
import java.util.List;

import org.govreview.domain.document.Finding;
import org.govreview.domain.fiscal.FiscalYear;
import org.govreview.domain.municipality.Municipality;

/**
 * A ward or bureau policy (局区X方針): the organisation, its mission (組織の使命), its issues (課題) and the
 * statistics the text states. {@code issuedOn} is the date the text states it was issued, or null.
 */
public record PolicyStatement(Municipality organisation, FiscalYear fiscalYear, String title, String mission,
		List<PolicyIssue> issues, List<Statistic> statistics, List<Finding> findings, LocalDate issuedOn) {

	public PolicyStatement {
		issues = List.copyOf(issues);
		statistics = List.copyOf(statistics);
		findings = List.copyOf(findings);
	}

	/** A statement that states no issued date. */
	public PolicyStatement(Municipality organisation, FiscalYear fiscalYear, String title, String mission,
			List<PolicyIssue> issues, List<Statistic> statistics, List<Finding> findings) {
		this(organisation, fiscalYear, title, mission, issues, statistics, findings, null);
	}

	public PolicyStatement withIssuedOn(LocalDate date) {
		return new PolicyStatement(organisation, fiscalYear, title, mission, issues, statistics, findings, date);
	}
}
