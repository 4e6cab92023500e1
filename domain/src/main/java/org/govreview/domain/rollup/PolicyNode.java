package org.govreview.domain.rollup;

import java.math.BigDecimal;
import java.util.List;

/**
 * One node of the tree a roll-up runs over: overall → basic policies → pledges → measures → activity ratings.
 * {@code published} is the figure the municipality printed for it (a star rating for a measure, a department's
 * rating for an activity), or null.
 */
public record PolicyNode(RollupLevel level, String code, String name, BigDecimal published, BigDecimal weight,
		List<PolicyNode> children) {

	public PolicyNode {
		children = List.copyOf(children);
		if (weight == null) {
			weight = BigDecimal.ONE;
		}
	}

	public static PolicyNode of(RollupLevel level, String code, String name, BigDecimal published, List<PolicyNode> children) {
		return new PolicyNode(level, code, name, published, BigDecimal.ONE, children);
	}
}
