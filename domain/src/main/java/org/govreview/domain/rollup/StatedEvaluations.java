package org.govreview.domain.rollup;

import java.math.BigDecimal;
import java.util.List;

import org.govreview.domain.pledge.ItemEvaluation;
import org.govreview.domain.pledge.MarkCount;
import org.govreview.domain.pledge.OverallRule;

/**
 * What a report that does not rate its items in stars gives to check its overall figure with: the rule it states
 * (null when none), its items' evaluations, its counts per mark, its groups' published figures, and the published
 * overall figure with its unit.
 */
public record StatedEvaluations(OverallRule rule, List<ItemEvaluation> items, List<MarkCount> counts,
		List<BigDecimal> groupFigures, BigDecimal publishedOverall, String unit) {

	public StatedEvaluations {
		items = List.copyOf(items);
		counts = List.copyOf(counts);
		groupFigures = List.copyOf(groupFigures);
	}

	/** True when the items are evaluated on a scale other than 10-level stars, so the star rule does not apply. */
	public boolean onAnotherScale() {
		return items.stream().anyMatch(item -> !"stars".equals(item.scale())) || items.isEmpty() && !counts.isEmpty();
	}
}
