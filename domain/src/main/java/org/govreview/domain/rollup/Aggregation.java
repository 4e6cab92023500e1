package org.govreview.domain.rollup;

/** How a level combines the values of its children. */
public enum Aggregation {
	MEAN, WEIGHTED_MEAN, SUM;

	static Aggregation parse(String text, String key) {
		return switch (text.strip()) {
			case "mean" -> MEAN;
			case "weighted-mean" -> WEIGHTED_MEAN;
			case "sum" -> SUM;
			default -> throw new IllegalArgumentException(
					key + ": aggregation must be mean, weighted-mean or sum, was '" + text + "'");
		};
	}
}
