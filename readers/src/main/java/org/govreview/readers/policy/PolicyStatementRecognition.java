package org.govreview.readers.policy;

import java.util.List;

import org.govreview.domain.document.DocumentKind;
import org.govreview.readers.document.DocumentModel;
import org.govreview.readers.recognition.KindAssessment;

/** Whether a document reads as a ward or bureau policy: see {@link #assess(DocumentModel)}. Stateless and thread-safe. */
public final class PolicyStatementRecognition {

	private PolicyStatementRecognition() {
	}

	/** The document assessed as this kind: recognised, with its evidence, or what it lacks. */
	public static KindAssessment assess(DocumentModel model) {
		if (PolicyStatementReader.recognises(model.source())) {
			return KindAssessment.recognised(DocumentKind.POLICY_STATEMENT, 1);
		}
		return KindAssessment.lacking(DocumentKind.POLICY_STATEMENT, 0, List.of("使命と課題"));
	}
}
