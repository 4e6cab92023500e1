package org.govreview.readers.actionplan;

import java.util.ArrayList;
import java.util.List;

import org.govreview.domain.document.DocumentKind;
import org.govreview.readers.document.DocumentModel;
import org.govreview.readers.recognition.KindAssessment;

/**
 * Whether a document reads as an action plan with KPIs: see {@link #assess(DocumentModel)}. Stateless and
 * thread-safe.
 */
public final class ActionPlanRecognition {

	private static final int MAX_EVIDENCE = 10;

	private ActionPlanRecognition() {
	}

	/** Whether one of the document's first lines calls it a plan (実施計画, アクションプラン, 総合戦略 …). */
	public static boolean titled(DocumentModel model, int lines) {
		return model.opensWith(PlanVocabulary.builtIn().words("plan"), lines);
	}

	/** Where among the first {@code lines} non-blank lines the text first names a plan; -1 when it does not. */
	public static int titledAt(DocumentModel model, int lines) {
		return model.firstLineWith(PlanVocabulary.builtIn().words("plan"), lines);
	}

	/**
	 * The document assessed as this kind. Recognised when it has the seed's shape (目標 rows with 所管 cells,
	 * 取組方針, ward goals), or when it calls itself a plan (実施計画, アクションプラン, 総合戦略 …) or has direction
	 * headings, and states at least two indicators with a target, one of them with a year. Evidence counts the
	 * indicators (halved), the directions and the plan wording, up to {@value #MAX_EVIDENCE}.
	 */
	public static KindAssessment assess(DocumentModel model) {
		if (ActionPlanReader.recognises(model.source())) {
			return KindAssessment.recognised(DocumentKind.ACTION_PLAN, MAX_EVIDENCE).found(Integer.MAX_VALUE);
		}
		PlanVocabulary words = PlanVocabulary.builtIn();
		KpiPlan.Reading reading = KpiPlan.read(model, words, new ArrayList<>());
		boolean planWording = model.mentions(words.words("plan"));
		long targets = reading.directions()
			.stream()
			.flatMap(direction -> java.util.stream.Stream.concat(direction.indicators().stream(),
					direction.initiatives().stream().flatMap(initiative -> initiative.indicators().stream())))
			.filter(indicator -> indicator.target() != null)
			.count();
		boolean dated = reading.directions()
			.stream()
			.flatMap(direction -> java.util.stream.Stream.concat(direction.indicators().stream(),
					direction.initiatives().stream().flatMap(initiative -> initiative.indicators().stream())))
			.anyMatch(indicator -> indicator.targetYear() != null || indicator.baselineYear() != null);
		long titled = reading.directions().stream().filter(direction -> direction.title() != null).count();
		int evidence = (int) Math.min(MAX_EVIDENCE, targets / 2 + titled + (planWording ? 1 : 0)
				+ (reading.achievementCounts().isEmpty() ? 0 : 1));
		List<String> missing = new ArrayList<>();
		if (targets < 2 || !dated) {
			missing.add("no indicators with a target and its year (指標 | 現状値 | 目標値, 基準値→目標値, KPI：… → …)");
		}
		if (!planWording && titled == 0) {
			missing.add("no plan wording (実施計画, アクションプラン, 総合戦略) and no directions (基本目標, 政策, 柱)");
		}
		return (missing.isEmpty() ? KindAssessment.recognised(DocumentKind.ACTION_PLAN, evidence)
				: KindAssessment.lacking(DocumentKind.ACTION_PLAN, evidence, missing)).found((int) targets);
	}
}
