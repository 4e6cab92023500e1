package org.govreview.readers.recognition;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.govreview.domain.document.DocumentKind;
import org.govreview.readers.actionplan.ActionPlanRecognition;
import org.govreview.readers.document.DocumentModel;
import org.govreview.readers.inspection.InspectionReportRecognition;
import org.govreview.readers.pledge.PledgeReportRecognition;
import org.govreview.readers.policy.PolicyStatementRecognition;
import org.govreview.readers.text.LaidOutGrids;
import org.govreview.readers.text.SourceText;

/**
 * Which kind of governance document a text is. Every kind assesses the document's model; of the kinds that
 * recognise it, the one with the most evidence wins (ties go to the more specific vocabulary: pledge report,
 * inspection report, policy statement, action plan). A document no kind recognises is described by the kind it came
 * closest to and what that kind was missing. Stateless and thread-safe.
 */
public final class DocumentRecognition {

	/** The outcome: the kind (empty when none), the model the readers go on with, and every kind's assessment. */
	public record Recognition(Optional<DocumentKind> kind, DocumentModel model, List<KindAssessment> assessments) {

		/** This reading's assessment as the given kind (every kind is assessed). */
		KindAssessment assessmentAs(DocumentKind as) {
			return assessments.stream().filter(assessment -> assessment.kind() == as).findFirst().orElseThrow();
		}

		/** Why no kind accepted the document: the closest kind and what it lacked. */
		public String reason() {
			KindAssessment closest = assessments.stream()
				.max(Comparator.comparingInt(KindAssessment::evidence))
				.orElseThrow();
			if (closest.evidence() == 0) {
				return "not a recognised governance document (nothing in it reads as a pledge progress report, action "
						+ "plan, ward or bureau policy or council inspection report)";
			}
			return "not a recognised governance document: closest to " + describe(closest.kind()) + ", but "
					+ String.join("; ", closest.missing());
		}
	}

	private DocumentRecognition() {
	}

	private static final int TOP = 5;

	private static final int PAGE_TOP = 40;

	/** A policy named under a page's navigation before any plan is (令和6年度 …運営方針, then the 計画 it serves). */
	private static boolean policyTitledFirst(DocumentModel model) {
		int policy = PolicyStatementRecognition.titledAt(model, PAGE_TOP);
		int plan = ActionPlanRecognition.titledAt(model, PAGE_TOP);
		return policy >= 0 && (plan < 0 || policy < plan);
	}

	/**
	 * The kind of the text (empty when no reader recognises it) with its model. Rating sheets are workbooks, never
	 * text. A laid-out text whose tables take several lines a row is read a second time with those tables rebuilt
	 * from their columns ({@link LaidOutGrids}); that reading is kept when it finds more of a plan's or a pledge
	 * report's matter than the text as it stands, read as the same kind, or when the text as it stands is recognised as
	 * nothing and came closest to the kind that reading recognises, or that reading has twice the closest kind's
	 * evidence.
	 */
	public static Recognition recognise(SourceText text) {
		Recognition plain = reading(text);
		if (plain.kind().isPresent() && !MEASURED.contains(plain.kind().get())) {
			return plain;
		}
		SourceText gridded = LaidOutGrids.gridded(text);
		if (gridded == text) {
			return plain;
		}
		Recognition grid = reading(gridded);
		if (grid.kind().isEmpty() || plain.kind().isPresent() && !plain.kind().equals(grid.kind())
				|| !MEASURED.contains(grid.kind().get())) {
			return plain;
		}
		if (plain.kind().isEmpty()) {
			// the text as it stands came closest to the kind the grid reading recognises, or that reading has twice the
			// evidence the closest kind had (a policy's table of figures is no plan for having rows)
			DocumentKind kind = grid.kind().get();
			int closest = plain.assessments().stream().mapToInt(KindAssessment::evidence).max().orElse(0);
			boolean nearest = plain.assessmentAs(kind).evidence() == closest;
			return nearest || grid.assessmentAs(kind).evidence() >= 2 * closest ? grid : plain;
		}
		DocumentKind kind = plain.kind().get();
		return grid.assessmentAs(kind).extent() > plain.assessmentAs(kind).extent() ? grid : plain;
	}

	/** The kinds whose assessment measures the matter a reading found (indicators with targets, items evaluated). */
	private static final Set<DocumentKind> MEASURED = EnumSet.of(DocumentKind.ACTION_PLAN,
			DocumentKind.PLEDGE_REPORT);

	private static Recognition reading(SourceText text) {
		DocumentModel model = DocumentModel.of(text);
		List<KindAssessment> assessments = List.of(
				guarded(DocumentKind.PLEDGE_REPORT, () -> PledgeReportRecognition.assess(model)),
				guarded(DocumentKind.INSPECTION_REPORT, () -> InspectionReportRecognition.assess(model)),
				guarded(DocumentKind.POLICY_STATEMENT, () -> PolicyStatementRecognition.assess(model)),
				guarded(DocumentKind.ACTION_PLAN, () -> ActionPlanRecognition.assess(model)));
		Optional<DocumentKind> kind = assessments.stream()
			.filter(KindAssessment::recognised)
			.reduce((best, next) -> next.evidence() > best.evidence() ? next : best)
			.map(KindAssessment::kind);
		boolean policy = assessments.stream().anyMatch(assessment -> assessment.kind() == DocumentKind.POLICY_STATEMENT
				&& assessment.recognised());
		if (kind.equals(Optional.of(DocumentKind.ACTION_PLAN)) && policy
				&& (PolicyStatementRecognition.titled(model, TOP) && !ActionPlanRecognition.titled(model, TOP)
						|| policyTitledFirst(model))) {
			// 健康福祉部 経営方針 with its indicators' targets: the title says what the document is, at the top or, on a
			// saved web page, under the site's navigation
			kind = Optional.of(DocumentKind.POLICY_STATEMENT);
		}
		if (kind.equals(Optional.of(DocumentKind.ACTION_PLAN)) && !policy && PolicyStatementRecognition.titled(model, TOP)
				&& !ActionPlanRecognition.titled(model, TOP)) {
			// 健康福祉部 経営方針書 whose mission and issues stand where the policy reader does not find them: its indicators
			// are a policy's, never a plan's; read as what its title says it is (or set aside with what it lacks)
			kind = Optional.of(DocumentKind.POLICY_STATEMENT);
		}
		boolean plan = assessments.stream().anyMatch(assessment -> assessment.kind() == DocumentKind.ACTION_PLAN
				&& assessment.recognised());
		if (kind.equals(Optional.of(DocumentKind.POLICY_STATEMENT)) && plan && ActionPlanRecognition.titled(model, TOP)
				&& !PolicyStatementRecognition.titled(model, TOP)) {
			// 第六次東松山市総合計画 実施計画 whose sheets a printer's page broke: the title says it is a plan
			kind = Optional.of(DocumentKind.ACTION_PLAN);
		}
		return new Recognition(kind, model, assessments);
	}

	/**
	 * One kind's assessment; a reader that fails on a layout it was never shown does not stop the others, and the
	 * failure is named as what that kind lacked.
	 */
	private static KindAssessment guarded(DocumentKind kind, java.util.function.Supplier<KindAssessment> assessment) {
		try {
			return assessment.get();
		}
		catch (RuntimeException ex) {
			return KindAssessment.lacking(kind, 0, List.of("its reader failed on this layout (" + ex + ")"));
		}
	}

	static String describe(DocumentKind kind) {
		return switch (kind) {
			case PLEDGE_REPORT -> "a pledge progress report";
			case ACTION_PLAN -> "an action plan with indicators";
			case POLICY_STATEMENT -> "a ward or bureau policy";
			case INSPECTION_REPORT -> "a council inspection report";
			case RATING_SHEET -> "a rating sheet";
		};
	}
}
