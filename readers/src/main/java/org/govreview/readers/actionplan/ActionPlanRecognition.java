package org.govreview.readers.actionplan;

import java.util.List;

import org.govreview.domain.document.DocumentKind;
import org.govreview.readers.document.DocumentModel;
import org.govreview.readers.recognition.KindAssessment;

/** Whether a document reads as an action plan: see {@link #assess(DocumentModel)}. Stateless and thread-safe. */
public final class ActionPlanRecognition {

	private ActionPlanRecognition() {
	}

	/** The document assessed as this kind: recognised, with its evidence, or what it lacks. */
	public static KindAssessment assess(DocumentModel model) {
		if (ActionPlanReader.recognises(model.source())) {
			return KindAssessment.recognised(DocumentKind.ACTION_PLAN, 1);
		}
		return KindAssessment.lacking(DocumentKind.ACTION_PLAN, 0, List.of("指標と現状値・目標値"));
	}
}
