package org.govreview.domain.policy;

import java.util.List;

import org.govreview.domain.document.Finding;
import org.govreview.domain.fiscal.FiscalYear;
import org.govreview.domain.municipality.Municipality;

/**
 * A ward or bureau policy (局区X方針): the organisation, its mission (組織の使命), its issues (課題) and the
 * statistics the text states.
 */
public record PolicyStatement(Municipality organisation, FiscalYear fiscalYear, String title, String mission,
		List<PolicyIssue> issues, List<Statistic> statistics, List<Finding> findings) {

	public PolicyStatement {
		issues = List.copyOf(issues);
		statistics = List.copyOf(statistics);
		findings = List.copyOf(findings);
	}
}
