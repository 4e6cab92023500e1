package org.govreview.domain.inspection;

import java.time.LocalDate;
import java.util.List;

import org.govreview.domain.document.Finding;
import org.govreview.domain.fiscal.FiscalYear;
import org.govreview.domain.municipality.Municipality;

/**
 * A council inspection report (政務活動報告書 / 行政視察報告書 / 管外行政調査報告書): the council's municipality, when
 * it was submitted, by which faction or committee and representative, the expense number, the members, and the
 * visits. {@code fiscalYear} is the fiscal year of the first visit.
 */
public record InspectionReport(Municipality council, FiscalYear fiscalYear, LocalDate submitted, String faction,
		String representative, String expenseNumber, List<String> members, List<InspectionVisit> visits,
		List<Finding> findings) {

	public InspectionReport {
		members = List.copyOf(members);
		visits = List.copyOf(visits);
		findings = List.copyOf(findings);
	}
}
