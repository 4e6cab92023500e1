package org.govreview.jobs.nightly;

import java.util.List;

import org.govreview.domain.actionplan.ActionPlan;
import org.govreview.domain.document.Finding;
import org.govreview.domain.inspection.InspectionReport;
import org.govreview.domain.municipality.Municipality;
import org.govreview.domain.pledge.PledgeReport;
import org.govreview.domain.policy.PolicyStatement;
import org.govreview.domain.rating.RatingSheet;
import org.govreview.writers.warehouse.DocumentRef;

/**
 * A source file after reading: a document to write into the warehouse (with what loading its text corrected, e.g.
 * NUL bytes removed), one to quarantine, or a file gone since the run started.
 */
sealed interface IngestItem {

	DocumentRef ref();

	/** Findings of the text loader, stored with the document. */
	default List<Finding> textFindings() {
		return List.of();
	}

	record Report(PledgeReport report, DocumentRef ref, List<Finding> textFindings) implements IngestItem {
	}

	record Sheet(RatingSheet sheet, Municipality municipality, DocumentRef ref) implements IngestItem {
	}

	record Plan(ActionPlan plan, DocumentRef ref, List<Finding> textFindings) implements IngestItem {
	}

	record Policy(PolicyStatement statement, DocumentRef ref, List<Finding> textFindings) implements IngestItem {
	}

	record Inspection(InspectionReport report, DocumentRef ref, List<Finding> textFindings) implements IngestItem {
	}

	record Rejected(DocumentRef ref, String reason) implements IngestItem {
	}

	/** Listed when the run started and gone at a restart: reported, nothing stored. */
	record Removed(DocumentRef ref) implements IngestItem {
	}
}
