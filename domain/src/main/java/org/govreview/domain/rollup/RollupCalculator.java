package org.govreview.domain.rollup;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Rolls a {@link PolicyNode} tree up under a {@link RollupRule} and reconciles every published figure.
 * <p>
 * Each node is computed from its children when every child has exact data (a department's rating, an exact
 * published figure, or a computed value): the roll-up starts from the lowest level that has data and never
 * counts a missing value as 0. Rounded displays such as stars are not exact data; a node whose children only have
 * those gets an estimate with bounds, and its published figure is checked against the bounds. Stateless and
 * thread-safe.
 */
public final class RollupCalculator {

	private static final MathContext PRECISION = MathContext.DECIMAL64;

	private final RollupRule rule;

	public RollupCalculator(RollupRule rule) {
		this.rule = rule;
	}

	/** One row per node, each parent before its subtree, the root (overall) last. */
	public List<RollupRow> calculate(PolicyNode root) {
		List<RollupRow> rows = new ArrayList<>();
		visit(root, rows);
		return rows;
	}

	private RollupRow visit(PolicyNode node, List<RollupRow> rows) {
		List<RollupRow> children = new ArrayList<>();
		int firstChildRow = rows.size();
		for (PolicyNode child : node.children()) {
			children.add(visit(child, rows));
		}
		RollupRow row = node.level() == RollupLevel.ACTIVITY ? activity(node) : compute(node, children);
		// parents precede their subtree in reading order, the root comes last
		if (node.level() == RollupLevel.OVERALL) {
			rows.add(row);
		}
		else {
			rows.add(firstChildRow, row);
		}
		return row;
	}

	private RollupRow activity(PolicyNode node) {
		BigDecimal rating = node.published();
		return new RollupRow(node.level(), node.code(), node.name(), null, false, null, null, rating, rating,
				rating == null ? ReconciliationStatus.NO_DATA : ReconciliationStatus.PUBLISHED_ONLY, null);
	}

	private RollupRow compute(PolicyNode node, List<RollupRow> children) {
		LevelRule level = rule.level(node.level());
		BigDecimal published = node.published();
		BigDecimal publishedAsData = level.publishesExactFigures() ? published : null;
		if (children.isEmpty()) {
			return new RollupRow(node.level(), node.code(), node.name(), null, false, null, null, published,
					publishedAsData, published == null ? ReconciliationStatus.NO_DATA : ReconciliationStatus.PUBLISHED_ONLY,
					null);
		}
		if (children.stream().allMatch(child -> child.value() != null)) {
			List<BigDecimal> values = children.stream().map(RollupRow::value).toList();
			BigDecimal computed = level.rounding().apply(aggregate(level, values, weights(node)));
			ReconciliationStatus status = published == null ? ReconciliationStatus.COMPUTED_ONLY
					: matches(level, computed, published) ? ReconciliationStatus.MATCH : ReconciliationStatus.DISAGREES;
			String note = status == ReconciliationStatus.DISAGREES
					? "published " + plain(published) + " but " + describe(node, children, level) + " gives " + plain(computed)
					: null;
			return new RollupRow(node.level(), node.code(), node.name(), computed, true, computed, computed, published,
					computed, status, note);
		}
		return estimate(node, children, level, published, publishedAsData);
	}

	private RollupRow estimate(PolicyNode node, List<RollupRow> children, LevelRule level, BigDecimal published,
			BigDecimal publishedAsData) {
		boolean anyInput = children.stream().anyMatch(child -> child.value() != null || child.published() != null
				|| child.lowerBound() != null);
		if (!anyInput) {
			return new RollupRow(node.level(), node.code(), node.name(), null, false, null, null, published,
					publishedAsData, published == null ? ReconciliationStatus.NO_DATA : ReconciliationStatus.PUBLISHED_ONLY,
					null);
		}
		List<BigDecimal> lows = new ArrayList<>();
		List<BigDecimal> highs = new ArrayList<>();
		List<BigDecimal> points = new ArrayList<>();
		for (RollupRow child : children) {
			BigDecimal[] bounds = bounds(child, level);
			lows.add(bounds[0]);
			highs.add(bounds[1]);
			BigDecimal point = child.value() != null ? child.value() : child.computed() != null ? child.computed() : child.published();
			if (point != null) {
				points.add(point);
			}
		}
		List<BigDecimal> weights = weights(node);
		BigDecimal low = level.rounding().apply(aggregate(level, lows, weights));
		BigDecimal high = level.rounding().apply(aggregate(level, highs, weights));
		BigDecimal estimate = points.size() == children.size()
				? level.rounding().apply(aggregate(level, points, weights)) : null;
		ReconciliationStatus status;
		String note = null;
		if (published == null) {
			status = ReconciliationStatus.COMPUTED_ONLY;
		}
		else if (published.compareTo(shown(level, low)) >= 0 && published.compareTo(shown(level, high)) <= 0) {
			status = ReconciliationStatus.CONSISTENT;
		}
		else {
			status = ReconciliationStatus.DISAGREES;
			note = "published " + plain(published) + " cannot follow from " + describe(node, children, level)
					+ (estimate == null ? "" : ": gives " + plain(estimate)) + ", possible range " + plain(low) + "–"
					+ plain(high);
		}
		return new RollupRow(node.level(), node.code(), node.name(), estimate, false, low, high, published,
				publishedAsData, status, note);
	}

	/** What a child can have been: exact value, a rounded display widened to its interval, or anything on its scale. */
	private BigDecimal[] bounds(RollupRow child, LevelRule parent) {
		if (child.value() != null) {
			return new BigDecimal[] { child.value(), child.value() };
		}
		if (child.lowerBound() != null) {
			return new BigDecimal[] { child.lowerBound(), child.upperBound() };
		}
		if (child.published() != null) {
			Rounding shown = rule.level(child.level()).publishedRounding();
			BigDecimal[] interval = shown.interval(child.published());
			return new BigDecimal[] { interval[0].max(BigDecimal.ZERO), interval[1].min(parent.inputScale()) };
		}
		return new BigDecimal[] { BigDecimal.ZERO, parent.inputScale() };
	}

	private static List<BigDecimal> weights(PolicyNode node) {
		return node.children().stream().map(PolicyNode::weight).toList();
	}

	/**
	 * Aggregates and rescales in one division, (Σ w·v × scale) / (Σ w × inputScale), so that a result that is a
	 * whole number (3 of 3 → 100 %) is exact and not 99.99… truncated by a floor.
	 */
	private static BigDecimal aggregate(LevelRule level, List<BigDecimal> values, List<BigDecimal> weights) {
		BigDecimal numerator = BigDecimal.ZERO;
		BigDecimal denominator = switch (level.aggregation()) {
			case SUM -> BigDecimal.ONE;
			case MEAN -> BigDecimal.valueOf(values.size());
			case WEIGHTED_MEAN -> weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		};
		for (int i = 0; i < values.size(); i++) {
			BigDecimal value = values.get(i);
			numerator = numerator.add(level.aggregation() == Aggregation.WEIGHTED_MEAN ? value.multiply(weights.get(i)) : value);
		}
		return numerator.multiply(level.scale()).divide(denominator.multiply(level.inputScale()), PRECISION);
	}

	private static boolean matches(LevelRule level, BigDecimal computed, BigDecimal published) {
		return shown(level, computed).compareTo(published) == 0;
	}

	/** How the level prints a value: rounded when its published figures are rounded displays (stars). */
	private static BigDecimal shown(LevelRule level, BigDecimal value) {
		return level.publishedRounding().isNone() ? value : level.publishedRounding().apply(value);
	}

	private static String describe(PolicyNode node, List<RollupRow> children, LevelRule level) {
		String inputs = children.stream()
			.map(child -> child.code() + "=" + (child.value() != null ? plain(child.value())
					: child.published() != null ? publishedLabel(child) : "missing"))
			.collect(Collectors.joining(", "));
		return level.aggregation().name().toLowerCase().replace('_', '-') + " of " + inputs;
	}

	private static String publishedLabel(RollupRow child) {
		return (child.level() == RollupLevel.MEASURE ? "★" : "published ") + plain(child.published());
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}
}
