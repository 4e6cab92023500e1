package org.govreview.jobs.nightly;

import java.time.Clock;

import org.govreview.domain.sanity.DocumentSanity;
import org.govreview.domain.sanity.ImplausibleDocumentException;

/**
 * Puts every read document through {@link DocumentSanity} before it is written: implausible facts are left out with
 * a finding; a document whose fiscal year cannot be true comes out as {@link IngestItem.Rejected}, to quarantine.
 */
final class SanityCheck {

	private static final DocumentSanity SANITY = new DocumentSanity(Clock.systemDefaultZone());

	private SanityCheck() {
	}

	static IngestItem check(IngestItem item) {
		try {
			if (item instanceof IngestItem.Report report) {
				return new IngestItem.Report(SANITY.check(report.report()), report.ref(), report.textFindings());
			}
			if (item instanceof IngestItem.Sheet sheet) {
				return new IngestItem.Sheet(SANITY.check(sheet.sheet()), sheet.municipality(), sheet.ref());
			}
			if (item instanceof IngestItem.Plan plan) {
				return new IngestItem.Plan(SANITY.check(plan.plan()), plan.ref(), plan.textFindings());
			}
			if (item instanceof IngestItem.Policy policy) {
				return new IngestItem.Policy(SANITY.check(policy.statement()), policy.ref(), policy.textFindings());
			}
			if (item instanceof IngestItem.Inspection inspection) {
				return new IngestItem.Inspection(SANITY.check(inspection.report()), inspection.ref(), inspection.textFindings());
			}
			return item;
		}
		catch (ImplausibleDocumentException ex) {
			return new IngestItem.Rejected(item.ref(), item.ref().path() + ": " + ex.getMessage());
		}
	}
}
