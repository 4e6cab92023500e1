package org.govreview.domain.rollup;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.govreview.domain.pledge.ItemEvaluation;

/**
 * The overall figure of a report on a scale other than stars, computed by the rule the report states and
 * reconciled with the published figure at the precision it is printed with (rounded half up or cut, as cities do
 * both): a mean or a simple sum of the groups' published figures, the items' scores over their maximum, or the share
 * of items with one of the scale's two best marks (達成＋順調, ◎＋○, S＋A). Stateless.
 */
public final class StatedRuleCheck {

	private StatedRuleCheck() {
	}

	/**
	 * The overall row by the stated rule; a row without computation when the report states no rule or the rule lacks
	 * what it combines, never a figure computed by a rule the report does not use.
	 */
	public static RollupRow overall(StatedEvaluations report) {
		Optional<Computed> computed = compute(report);
		BigDecimal published = report.publishedOverall();
		if (computed.isEmpty()) {
			return new RollupRow(RollupLevel.OVERALL, "overall", "overall", null, false, null, null, published, published,
					published == null ? ReconciliationStatus.NO_DATA : ReconciliationStatus.PUBLISHED_ONLY,
					report.rule() == null ? "no rule stated for a report on its own scale"
							: "stated rule " + report.rule().code() + ": nothing to combine");
		}
		BigDecimal value = computed.get().value();
		if (published == null) {
			return new RollupRow(RollupLevel.OVERALL, "overall", "overall", value, true, value, value, null, value,
					ReconciliationStatus.COMPUTED_ONLY, computed.get().how());
		}
		int digits = Math.max(published.stripTrailingZeros().scale(), 0);
		boolean matches = value.setScale(digits, RoundingMode.HALF_UP).compareTo(published) == 0
				|| value.setScale(digits, RoundingMode.DOWN).compareTo(published) == 0;
		return new RollupRow(RollupLevel.OVERALL, "overall", "overall", value, true, value, value, published, value,
				matches ? ReconciliationStatus.MATCH : ReconciliationStatus.DISAGREES,
				matches ? computed.get().how() : computed.get().how() + "; " + published.toPlainString() + " is published");
	}

	private record Computed(BigDecimal value, String how) {
	}

	private static Optional<Computed> compute(StatedEvaluations report) {
		if (report.rule() == null) {
			return Optional.empty();
		}
		List<BigDecimal> groups = report.groupFigures();
		List<ItemEvaluation> items = report.items();
		return switch (report.rule()) {
			case MEAN -> groups.isEmpty() ? Optional.empty()
					: Optional.of(new Computed(EvaluationRollup.mean(groups, Rounding.NONE).setScale(4, RoundingMode.HALF_UP),
							"stated rule mean: mean of " + groups.size() + " group figures"));
			case SUM -> groups.isEmpty() ? Optional.empty()
					: Optional.of(new Computed(EvaluationRollup.sum(groups, Rounding.NONE),
							"stated rule sum: " + groups.size() + " group figures added"));
			case SUM_OVER_MAXIMUM, WEIGHTED -> scored(items);
			case SHARE_OF_MARKS -> share(items);
		};
	}

	private static Optional<Computed> scored(List<ItemEvaluation> items) {
		if (items.isEmpty()) {
			return Optional.empty();
		}
		int total = items.stream().mapToInt(ItemEvaluation::level).sum();
		int maximum = items.stream().mapToInt(ItemEvaluation::levels).sum();
		BigDecimal value = BigDecimal.valueOf(total).multiply(BigDecimal.valueOf(100))
			.divide(BigDecimal.valueOf(maximum), 4, RoundingMode.HALF_UP);
		return Optional.of(new Computed(value, String.format(Locale.ROOT,
				"stated rule sum over maximum: %d of %d points over %d items", total, maximum, items.size())));
	}

	private static Optional<Computed> share(List<ItemEvaluation> items) {
		if (items.isEmpty()) {
			return Optional.empty();
		}
		long better = items.stream().filter(item -> item.level() >= item.levels() - 1).count();
		BigDecimal value = BigDecimal.valueOf(better).multiply(BigDecimal.valueOf(100))
			.divide(BigDecimal.valueOf(items.size()), 4, RoundingMode.HALF_UP);
		return Optional.of(new Computed(value, String.format(Locale.ROOT,
				"stated rule share of marks: %d of %d items with one of the two best marks", better, items.size())));
	}
}
