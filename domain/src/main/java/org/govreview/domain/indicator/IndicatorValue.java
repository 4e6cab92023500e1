package org.govreview.domain.indicator;

import java.math.BigDecimal;

/**
 * A value as a plan or report states it, typed: a number with its unit after scaling (30.8 %; 2億2千万枚 =
 * 220,000,000 枚; 20,000千円 = 20,000,000 円), a milestone word (設置, 検討, 推進 …), or absent ('—'). A number is
 * never guessed from a word. {@code raw} keeps the printed text.
 */
public record IndicatorValue(Kind kind, BigDecimal number, String unit, String word, String raw) {

	public enum Kind {
		NUMBER, MILESTONE, ABSENT
	}

	public static IndicatorValue number(BigDecimal number, String unit, String raw) {
		return new IndicatorValue(Kind.NUMBER, number, unit, null, raw);
	}

	public static IndicatorValue milestone(String word, String raw) {
		return new IndicatorValue(Kind.MILESTONE, null, null, word, raw);
	}

	public static IndicatorValue absent(String raw) {
		return new IndicatorValue(Kind.ABSENT, null, null, null, raw);
	}

	public boolean isNumber() {
		return kind == Kind.NUMBER;
	}

	/** The value as a cell shows it: the scaled number and unit, the word, or '—'. */
	public String display() {
		return switch (kind) {
			case NUMBER -> number.stripTrailingZeros().toPlainString() + (unit == null ? "" : " " + unit);
			case MILESTONE -> word;
			case ABSENT -> "—";
		};
	}
}
