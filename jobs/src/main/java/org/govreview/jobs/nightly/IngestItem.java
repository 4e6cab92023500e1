package org.govreview.jobs.nightly;

import org.govreview.domain.municipality.Municipality;
import org.govreview.domain.pledge.PledgeReport;
import org.govreview.domain.rating.RatingSheet;
import org.govreview.writers.warehouse.DocumentRef;

/** A source file after reading: a document to write into the warehouse, or one to quarantine. */
sealed interface IngestItem {

	DocumentRef ref();

	record Report(PledgeReport report, DocumentRef ref) implements IngestItem {
	}

	record Sheet(RatingSheet sheet, Municipality municipality, DocumentRef ref) implements IngestItem {
	}

	record Rejected(DocumentRef ref, String reason) implements IngestItem {
	}
}
