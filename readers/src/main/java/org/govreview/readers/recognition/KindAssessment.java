package org.govreview.readers.recognition;

import java.util.List;

import org.govreview.domain.document.DocumentKind;

/**
 * How far a document reads as one kind: whether it is recognised as that kind, how much of the kind's vocabulary
 * and structure it has (evidence, comparable between kinds), what the document lacks of the kind, each a phrase
 * starting "no …" (no evaluation of items (★ …)), for the quarantine reason of a document no reader accepts, and how
 * much of the kind's matter a reading of it found (extent: the indicators with a target, the items evaluated; the
 * evidence where the kind counts nothing more; {@link Integer#MAX_VALUE} for a plan in the seed's own shape, which no
 * other reading outdoes), to choose between two readings of one document.
 */
public record KindAssessment(DocumentKind kind, boolean recognised, int evidence, List<String> missing, int extent) {

	public KindAssessment {
		missing = List.copyOf(missing);
	}

	public static KindAssessment recognised(DocumentKind kind, int evidence) {
		return new KindAssessment(kind, true, evidence, List.of(), evidence);
	}

	public static KindAssessment lacking(DocumentKind kind, int evidence, List<String> missing) {
		return new KindAssessment(kind, false, evidence, missing, evidence);
	}

	/** The assessment with the extent of the matter its reading found. */
	public KindAssessment found(int matter) {
		return new KindAssessment(kind, recognised, evidence, missing, matter);
	}
}
