package org.govreview.readers.recognition;

import java.util.Optional;

import org.govreview.domain.document.DocumentKind;
import org.govreview.readers.actionplan.ActionPlanReader;
import org.govreview.readers.inspection.InspectionReportReader;
import org.govreview.readers.pledge.PledgeReportReader;
import org.govreview.readers.policy.PolicyStatementReader;
import org.govreview.readers.text.SourceText;

/**
 * Which kind of governance document a text is. The kinds are tried in a fixed order, the most specific vocabulary
 * first, so that a pledge report quoting a council visit is still a pledge report. Stateless and thread-safe.
 */
public final class DocumentRecognition {

	private DocumentRecognition() {
	}

	/** The kind of the text, empty when no reader recognises it. Rating sheets are workbooks, never text. */
	public static Optional<DocumentKind> kindOf(SourceText text) {
		if (PledgeReportReader.recognises(text)) {
			return Optional.of(DocumentKind.PLEDGE_REPORT);
		}
		if (InspectionReportReader.recognises(text)) {
			return Optional.of(DocumentKind.INSPECTION_REPORT);
		}
		if (PolicyStatementReader.recognises(text)) {
			return Optional.of(DocumentKind.POLICY_STATEMENT);
		}
		if (ActionPlanReader.recognises(text)) {
			return Optional.of(DocumentKind.ACTION_PLAN);
		}
		return Optional.empty();
	}
}
