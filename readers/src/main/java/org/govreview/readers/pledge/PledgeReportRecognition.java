package org.govreview.readers.pledge;

import java.util.List;

import org.govreview.domain.document.DocumentKind;
import org.govreview.readers.document.DocumentModel;
import org.govreview.readers.recognition.KindAssessment;

/** Whether a document reads as a pledge progress report: see {@link #assess(DocumentModel)}. Stateless and thread-safe. */
public final class PledgeReportRecognition {

	private PledgeReportRecognition() {
	}

	/** The document assessed as this kind: recognised, with its evidence, or what it lacks. */
	public static KindAssessment assess(DocumentModel model) {
		if (PledgeReportReader.recognises(model.source())) {
			return KindAssessment.recognised(DocumentKind.PLEDGE_REPORT, 1);
		}
		return KindAssessment.lacking(DocumentKind.PLEDGE_REPORT, 0, List.of("公約・マニフェストとその進捗の評価"));
	}
}
