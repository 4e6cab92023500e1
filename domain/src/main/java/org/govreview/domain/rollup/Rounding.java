package org.govreview.domain.rollup;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A rounding step: a mode (floor, half-up, half-even) and a number of decimal digits, written in rule files as
 * {@code floor:0} or {@code half-up:1}; {@code none} keeps the value as computed.
 */
public record Rounding(RoundingMode mode, int digits) {

	public static final Rounding NONE = new Rounding(null, 0);

	public BigDecimal apply(BigDecimal value) {
		return mode == null ? value : value.setScale(digits, mode);
	}

	public boolean isNone() {
		return mode == null;
	}

	/**
	 * The interval of true values that this rounding turns into {@code shown}: [shown − ½ulp, shown + ½ulp] for
	 * half-up and half-even, [shown, shown + ulp] for floor.
	 */
	public BigDecimal[] interval(BigDecimal shown) {
		if (mode == null) {
			return new BigDecimal[] { shown, shown };
		}
		BigDecimal ulp = BigDecimal.ONE.movePointLeft(digits);
		if (mode == RoundingMode.FLOOR) {
			return new BigDecimal[] { shown, shown.add(ulp) };
		}
		BigDecimal half = ulp.divide(BigDecimal.valueOf(2));
		return new BigDecimal[] { shown.subtract(half), shown.add(half) };
	}

	static Rounding parse(String text, String key) {
		String spec = text.strip();
		if (spec.equals("none")) {
			return NONE;
		}
		String[] parts = spec.split(":");
		if (parts.length != 2 || !parts[1].matches("\\d")) {
			throw new IllegalArgumentException(key + ": rounding must be none or MODE:DIGITS (e.g. floor:0), was '" + text + "'");
		}
		RoundingMode mode = switch (parts[0]) {
			case "floor" -> RoundingMode.FLOOR;
			case "half-up" -> RoundingMode.HALF_UP;
			case "half-even" -> RoundingMode.HALF_EVEN;
			default -> throw new IllegalArgumentException(
					key + ": rounding mode must be floor, half-up or half-even, was '" + parts[0] + "'");
		};
		return new Rounding(mode, Integer.parseInt(parts[1]));
	}

	@Override
	public String toString() {
		return mode == null ? "none" : mode.name().toLowerCase().replace('_', '-') + ":" + digits;
	}
}
