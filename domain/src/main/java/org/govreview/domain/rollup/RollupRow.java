package org.govreview.domain.rollup;

import java.math.BigDecimal;

/**
 * The result for one node. {@code computed} is exact when {@code exact}, otherwise an estimate from rounded
 * inputs bounded by {@code lowerBound}..{@code upperBound}. {@code value} is what the level above used: the
 * computed figure, else the published one when it is exact data. {@code note} explains a disagreement with the
 * numbers involved.
 */
public record RollupRow(RollupLevel level, String code, String name, BigDecimal computed, boolean exact,
		BigDecimal lowerBound, BigDecimal upperBound, BigDecimal published, BigDecimal value,
		ReconciliationStatus status, String note) {
}
