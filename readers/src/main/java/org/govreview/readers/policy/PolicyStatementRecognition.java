package org.govreview.readers.policy;

import org.govreview.domain.document.DocumentKind;
import org.govreview.readers.document.DocumentModel;
import org.govreview.readers.recognition.KindAssessment;

/** Whether a document reads as a ward or bureau policy: see {@link #assess(DocumentModel)}. Stateless and thread-safe. */
public final class PolicyStatementRecognition {

	private PolicyStatementRecognition() {
	}

	/** Whether one of the document's first lines calls it a policy (運営方針, 経営方針, 組織目標, 部長マニフェスト …). */
	public static boolean titled(DocumentModel model, int lines) {
		return model.opensWith(StatementModel.VOCABULARY.words("title"), lines);
	}

	/** Where among the first {@code lines} non-blank lines the text first names a policy; -1 when it does not. */
	public static int titledAt(DocumentModel model, int lines) {
		return model.firstLineWith(StatementModel.VOCABULARY.words("title"), lines);
	}

	/** The document assessed as this kind: recognised, with its evidence, or what it lacks. */
	public static KindAssessment assess(DocumentModel model) {
		if (PolicyStatementReader.recognises(model.source())) {
			return KindAssessment.recognised(DocumentKind.POLICY_STATEMENT, 8);
		}
		StatementModel statement = new StatementModel(model);
		if (statement.recognised()) {
			return KindAssessment.recognised(DocumentKind.POLICY_STATEMENT, statement.evidence());
		}
		return KindAssessment.lacking(DocumentKind.POLICY_STATEMENT, statement.evidence(), statement.missing());
	}
}
