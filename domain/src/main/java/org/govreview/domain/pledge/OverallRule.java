package org.govreview.domain.pledge;

/**
 * How a report says its published figures are computed: the mean of the items' or groups' figures (平均), their
 * simple sum (単純合計), the share of items with the better marks (達成＋順調の割合), the sum of scores over the maximum
 * (点数の合計÷満点), or a mean weighted by the number of items.
 */
public enum OverallRule {

	MEAN("mean"), SUM("sum"), SHARE_OF_MARKS("share-of-marks"), SUM_OVER_MAXIMUM("sum-over-maximum"), WEIGHTED("weighted");

	private final String code;

	OverallRule(String code) {
		this.code = code;
	}

	/** The rule's name in facts and files: mean, sum, share-of-marks, sum-over-maximum, weighted. */
	public String code() {
		return code;
	}
}
