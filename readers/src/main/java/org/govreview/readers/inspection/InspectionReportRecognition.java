package org.govreview.readers.inspection;

import java.util.List;

import org.govreview.domain.document.DocumentKind;
import org.govreview.readers.document.DocumentModel;
import org.govreview.readers.recognition.KindAssessment;

/** Whether a document reads as a council inspection report: see {@link #assess(DocumentModel)}. Stateless and thread-safe. */
public final class InspectionReportRecognition {

	private InspectionReportRecognition() {
	}

	/** The document assessed as this kind: recognised, with its evidence, or what it lacks. */
	public static KindAssessment assess(DocumentModel model) {
		if (InspectionReportReader.recognises(model.source())) {
			return KindAssessment.recognised(DocumentKind.INSPECTION_REPORT, 1);
		}
		return KindAssessment.lacking(DocumentKind.INSPECTION_REPORT, 0, List.of("視察先と視察日"));
	}
}
