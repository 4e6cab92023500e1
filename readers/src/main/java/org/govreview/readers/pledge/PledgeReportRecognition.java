package org.govreview.readers.pledge;

import java.util.ArrayList;
import java.util.List;

import org.govreview.domain.document.DocumentKind;
import org.govreview.readers.document.Block;
import org.govreview.readers.document.DocumentModel;
import org.govreview.readers.recognition.KindAssessment;

/**
 * Whether a document reads as a pledge or manifesto evaluation: it names what it evaluates (公約, マニフェスト, 政策集
 * in its vocabulary) and evaluates it, with evaluated items on any scale or published figures per policy group.
 * Evidence counts those signals (0–10). Stateless and thread-safe.
 */
public final class PledgeReportRecognition {

	private static final int TITLE_BLOCKS = 6;

	private PledgeReportRecognition() {
	}

	/** The document assessed as this kind: recognised, with its evidence, or what it lacks. */
	public static KindAssessment assess(DocumentModel model) {
		int evidence = 0;
		List<String> missing = new ArrayList<>();
		StringBuilder title = new StringBuilder();
		List<Block> blocks = model.blocks();
		for (int b = 0; b < Math.min(TITLE_BLOCKS, blocks.size()); b++) {
			title.append(EvaluatedReportReader.textOf(blocks.get(b))).append('\n');
		}
		boolean named = PledgeText.WORDS.mentions("report", title.toString());
		if (named) {
			evidence += 2;
		}
		else if (PledgeText.WORDS.mentions("report", model.key())) {
			evidence += 1;
		}
		else {
			missing.add("no pledge or manifesto (公約, マニフェスト, 政策集) named");
		}
		if (PledgeText.WORDS.mentions("assessment", title.toString())) {
			evidence += 1;
		}
		boolean summaryAndStars = PledgeReportReader.recognises(model.source());
		EvaluationScan scan = EvaluationScan.of(model);
		int items = scan.itemCount();
		boolean evaluated = items >= 3 || scan.scoredGroups >= 2 && scan.overall != null;
		if (items >= 3) {
			evidence += items >= 10 ? 4 : 3;
		}
		if (scan.scoredGroups >= 2) {
			evidence += 1;
		}
		if (scan.overall != null) {
			evidence += 1;
		}
		if (!scan.markCounts.isEmpty()) {
			evidence += 1;
		}
		if (!evaluated && !summaryAndStars) {
			missing.add("no evaluation of items (★, scores, S–D, ◎○△×, 達成/順調 …) and no published figures per policy");
		}
		evidence = Math.min(evidence, 10);
		if (evidence > 0 && (named || evidence >= 5) && PledgeText.WORDS.mentions("report", model.key())
				&& (evaluated || summaryAndStars)) {
			return KindAssessment.recognised(DocumentKind.PLEDGE_REPORT, evidence).found(items);
		}
		return KindAssessment.lacking(DocumentKind.PLEDGE_REPORT, evidence, missing.isEmpty()
				? List.of("no evaluation of items (★, scores, S–D, ◎○△×, 達成/順調 …)") : missing);
	}
}
