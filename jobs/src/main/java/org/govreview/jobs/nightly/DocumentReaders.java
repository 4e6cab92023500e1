package org.govreview.jobs.nightly;

import org.govreview.readers.actionplan.ActionPlanReader;
import org.govreview.readers.inspection.InspectionReportReader;
import org.govreview.readers.pledge.PledgeReportReader;
import org.govreview.readers.policy.PolicyStatementReader;
import org.govreview.readers.ratingsheet.RatingSheetReader;

/** One reader per kind of governance document. */
record DocumentReaders(PledgeReportReader pledgeReports, ActionPlanReader actionPlans,
		PolicyStatementReader policyStatements, InspectionReportReader inspectionReports, RatingSheetReader ratingSheets) {
}
