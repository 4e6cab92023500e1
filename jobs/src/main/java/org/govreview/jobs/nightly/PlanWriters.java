package org.govreview.jobs.nightly;

import org.govreview.writers.warehouse.ActionPlanWarehouseWriter;
import org.govreview.writers.warehouse.InspectionReportWarehouseWriter;
import org.govreview.writers.warehouse.PolicyStatementWarehouseWriter;

/** The warehouse writers of the documents beyond the pledge report and rating sheets. */
record PlanWriters(ActionPlanWarehouseWriter actionPlans, PolicyStatementWarehouseWriter policyStatements,
		InspectionReportWarehouseWriter inspectionReports) {
}
