package org.govreview.domain.rollup;

import java.math.BigDecimal;

/**
 * How one level is computed from the level below: children's values are on {@code inputScale}, this level's on
 * {@code scale}; they are aggregated, rescaled and rounded. {@code publishedRounding}, when not none, says the
 * figures published at this level are rounded displays (stars are whole numbers): such figures are checked with
 * their rounding interval and never used as exact data for the level above.
 */
public record LevelRule(RollupLevel level, BigDecimal inputScale, BigDecimal scale, Aggregation aggregation,
		Rounding rounding, Rounding publishedRounding) {

	public boolean publishesExactFigures() {
		return publishedRounding.isNone();
	}
}
