package org.govreview.jobs.nightly;

import org.govreview.domain.actionplan.ActionPlan;
import org.govreview.domain.inspection.InspectionReport;
import org.govreview.domain.municipality.Municipality;
import org.govreview.domain.pledge.PledgeReport;
import org.govreview.domain.policy.PolicyStatement;
import org.govreview.domain.rating.RatingSheet;
import org.govreview.writers.warehouse.DocumentRef;

/** A source file after reading: a document to write into the warehouse, or one to quarantine. */
sealed interface IngestItem {

	DocumentRef ref();

	record Report(PledgeReport report, DocumentRef ref) implements IngestItem {
	}

	record Sheet(RatingSheet sheet, Municipality municipality, DocumentRef ref) implements IngestItem {
	}

	record Plan(ActionPlan plan, DocumentRef ref) implements IngestItem {
	}

	record Policy(PolicyStatement statement, DocumentRef ref) implements IngestItem {
	}

	record Inspection(InspectionReport report, DocumentRef ref) implements IngestItem {
	}

	record Rejected(DocumentRef ref, String reason) implements IngestItem {
	}
}
