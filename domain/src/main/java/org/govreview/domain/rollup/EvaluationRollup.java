package org.govreview.domain.rollup;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.govreview.domain.pledge.ItemEvaluation;
import org.govreview.domain.pledge.MarkCount;
import org.govreview.domain.pledge.OverallRule;

/**
 * The roll-up rules that pledge and manifesto evaluations on any scale state for their published figures: the mean or
 * the simple sum of figures (各分野の平均, 単純合計), the share of items with the better marks (達成＋順調の割合), the sum
 * of scores over their maximum (点数の合計÷満点), mark values (完了 100, 実施中 75 …) averaged, and achievement bands
 * (A ≥ 100 %, B ≥ 90 % …). Each result is rounded as the document says it rounds. These rules sit beside the
 * {@link RollupCalculator}'s level rules and do not change them. Stateless and thread-safe.
 */
public final class EvaluationRollup {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final MathContext EXACT_ENOUGH = MathContext.DECIMAL64;

	private EvaluationRollup() {
	}

	/** 各分野の平均: the mean of the figures. */
	public static BigDecimal mean(List<BigDecimal> figures, Rounding rounding) {
		requireSome(figures, "mean");
		return rounding.apply(sum(figures, Rounding.NONE).divide(BigDecimal.valueOf(figures.size()), EXACT_ENOUGH));
	}

	/** 単純合計: the figures added up. */
	public static BigDecimal sum(List<BigDecimal> figures, Rounding rounding) {
		requireSome(figures, "sum");
		return rounding.apply(figures.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
	}

	/** 点数の合計÷満点 as a percentage: {@code total} of {@code maximum} (761 of 1,005 → 75.7 at half-up:1). */
	public static BigDecimal sumOverMaximum(BigDecimal total, BigDecimal maximum, Rounding rounding) {
		if (maximum.signum() <= 0) {
			throw new IllegalArgumentException("sum over maximum: the maximum must be positive, was " + maximum);
		}
		return rounding.apply(total.multiply(HUNDRED).divide(maximum, EXACT_ENOUGH));
	}

	/** 点数の合計÷満点 over scored items: the sum of their levels over the sum of their scales' maxima, as a percentage. */
	public static BigDecimal sumOverMaximum(List<ItemEvaluation> items, Rounding rounding) {
		requireSome(items, "sum over maximum");
		BigDecimal total = BigDecimal.valueOf(items.stream().mapToLong(ItemEvaluation::level).sum());
		BigDecimal maximum = BigDecimal.valueOf(items.stream().mapToLong(ItemEvaluation::levels).sum());
		return sumOverMaximum(total, maximum, rounding);
	}

	/** 達成＋順調の割合: the items counted under {@code better} marks over all items counted, as a percentage. */
	public static BigDecimal shareOfMarks(List<MarkCount> counts, Collection<String> better, Rounding rounding) {
		long all = counts.stream().mapToLong(MarkCount::count).sum();
		if (all == 0) {
			throw new IllegalArgumentException("share of marks: no item counted in " + counts);
		}
		long good = counts.stream().filter(count -> better.contains(count.mark())).mapToLong(MarkCount::count).sum();
		return sumOverMaximum(BigDecimal.valueOf(good), BigDecimal.valueOf(all), rounding);
	}

	/** Mark values averaged (完了 100, 実施中 75, 着手 50, 未着手 0); a mark without a value is an error naming it. */
	public static BigDecimal meanOfMarkValues(List<String> marks, Map<String, BigDecimal> values, Rounding rounding) {
		requireSome(marks, "mean of mark values");
		List<BigDecimal> figures = marks.stream().map(mark -> {
			BigDecimal value = values.get(mark);
			if (value == null) {
				throw new IllegalArgumentException("mark '" + mark + "' has no value among " + values.keySet());
			}
			return value;
		}).toList();
		return mean(figures, rounding);
	}

	/** The band a rate falls in: the first of {@code bands} (best first) whose lower bound it reaches. */
	public static String band(BigDecimal rate, List<Band> bands) {
		for (Band band : bands) {
			if (band.lowerBound() == null || rate.compareTo(band.lowerBound()) >= 0) {
				return band.mark();
			}
		}
		throw new IllegalArgumentException("rate " + rate + " falls in no band of " + bands);
	}

	/**
	 * The overall figure by a stated rule from the figures it combines: for {@link OverallRule#MEAN} and
	 * {@link OverallRule#SUM} the groups' or items' figures; for {@link OverallRule#SUM_OVER_MAXIMUM} the scored items;
	 * for {@link OverallRule#SHARE_OF_MARKS} the counts per mark with the better marks.
	 */
	public static BigDecimal overall(OverallRule rule, List<BigDecimal> figures, List<ItemEvaluation> items,
			List<MarkCount> counts, Collection<String> better, Rounding rounding) {
		return switch (rule) {
			case MEAN -> mean(figures, rounding);
			case SUM -> sum(figures, rounding);
			case SUM_OVER_MAXIMUM, WEIGHTED -> sumOverMaximum(items, rounding);
			case SHARE_OF_MARKS -> shareOfMarks(counts, better, rounding);
		};
	}

	private static void requireSome(Collection<?> values, String rule) {
		if (values == null || values.isEmpty()) {
			throw new IllegalArgumentException(rule + ": nothing to combine");
		}
	}

	/** One achievement band: its mark and the lowest rate in it (inclusive); null for the band that takes the rest. */
	public record Band(String mark, BigDecimal lowerBound) {
	}
}
