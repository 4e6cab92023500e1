package org.govreview.readers.text;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A number as a document states it, with its unit and whether it was printed as approximate (約9万8千人, およそ3割,
 * 概ね500件): 約9万8千人 is {@code 98000 人, approximate}. The unit is what followed the number, normalized (km², ㎢
 * and 平方キロメートル are {@code km2}); null when none followed. Immutable.
 *
 * @param number the value, scaled by its kanji multipliers and signed (▲1,234 is -1234)
 * @param unit the unit as printed after the number, normalized; null when none
 * @param approximate true when printed with 約, およそ, 概ね or 約で
 * @param raw the text as printed
 */
public record Quantity(BigDecimal number, String unit, boolean approximate, String raw) {

	public Quantity {
		Objects.requireNonNull(number, "number");
	}
}
