package org.govreview.domain.inspection;

import java.time.LocalDate;
import java.util.List;

import org.govreview.domain.document.Finding;
import org.govreview.domain.fiscal.FiscalYear;
import org.govreview.domain.municipality.Municipality;

/**
 * A council inspection report (政務活動報告書 / 行政視察報告書 / 管外行政調査報告書): the council's municipality, when
 * it was submitted, by which faction or committee and representative, the expense number, the members, and the
 * visits. {@code fiscalYear} is the fiscal year of the first visit. {@code issuedOn} is the date the text states it
 * was issued, or null (the submission date, when stated, is the usual one).
 */
public record InspectionReport(Municipality council, FiscalYear fiscalYear, LocalDate submitted, String faction,
		String representative, String expenseNumber, List<String> members, List<InspectionVisit> visits,
		List<Finding> findings, LocalDate issuedOn) {

	public InspectionReport {
		members = List.copyOf(members);
		visits = List.copyOf(visits);
		findings = List.copyOf(findings);
	}

	/** A report that states no issued date. */
	public InspectionReport(Municipality council, FiscalYear fiscalYear, LocalDate submitted, String faction,
			String representative, String expenseNumber, List<String> members, List<InspectionVisit> visits,
			List<Finding> findings) {
		this(council, fiscalYear, submitted, faction, representative, expenseNumber, members, visits, findings, null);
	}

	public InspectionReport withIssuedOn(LocalDate date) {
		return new InspectionReport(council, fiscalYear, submitted, faction, representative, expenseNumber, members, visits,
				findings, date);
	}
}
