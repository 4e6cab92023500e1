package org.govreview.readers.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two values joined by an arrow or a range mark, each optionally followed by the year it is stated for in brackets:
 * {@code 5.5‰（H25）→ 5.9‰（H31）}, {@code 120万人（R4）⇒150万人（R9）}, {@code 30%から50%へ}, {@code 30～50%}. The
 * arrows are →, ⇒, ➡, ⇨, ＞ and から…(へ|まで|に); the range marks are ～, 〜, ~. A value printed without a unit takes
 * the unit of the other side (30～50% is 30 % to 50 %). A side whose unit is a period (年, 年度, 月, 日, 時) is a
 * span of time, not a value, and the pair is not read. Numbers go through {@link JapaneseNumbers#quantity}, years
 * through {@link FiscalYears#yearOf}; a bracket that is not a plausible year (（注1）, （見込み）) leaves the year
 * unknown. Stateless and thread-safe.
 */
public final class ValueTransitions {

	private static final String VALUE = "((?:約|およそ|概ね)?[▲△]?\\d[\\d,.・]*(?:[十百千万億兆]+[\\d,.]*)*[^\\s\\d()→⇒➡⇨>~〜,、。;]{0,8}?)";

	private static final String YEAR = "(?:\\s*\\(([^()]{1,12})\\))?";

	private static final Pattern PAIR = Pattern.compile("(?<![\\d.,])" + VALUE + YEAR + "\\s*(→|⇒|➡|⇨|>|から|~|〜)\\s*"
			+ VALUE + YEAR + "(?=\\s|$|[、。,;)]|へ|まで|に|と|を|で)");

	private static final Pattern PERIOD_UNIT = Pattern.compile("^(?:年|月|日|時|か月|カ月|ヶ月|箇月)");

	private ValueTransitions() {
	}

	/** Two values in order: where a figure stands (or starts) and where it goes (or ends). */
	public record Transition(DatedQuantity from, DatedQuantity to, boolean range) {
	}

	/** Every transition in {@code text}, in order. */
	public static List<Transition> all(String text) {
		List<Transition> found = new ArrayList<>();
		Matcher matcher = PAIR.matcher(JapaneseDates.normalize(text));
		while (matcher.find()) {
			boolean range = matcher.group(3).equals("~") || matcher.group(3).equals("〜");
			Optional<Quantity> from = JapaneseNumbers.quantity(matcher.group(1));
			Optional<Quantity> to = JapaneseNumbers.quantity(matcher.group(4));
			if (from.isEmpty() || to.isEmpty() || isPeriod(from.get()) || isPeriod(to.get())) {
				continue;
			}
			Quantity start = withUnitOf(from.get(), to.get());
			Quantity end = withUnitOf(to.get(), from.get());
			found.add(new Transition(new DatedQuantity(start, year(matcher.group(2))),
					new DatedQuantity(end, year(matcher.group(5))), range));
		}
		return found;
	}

	/** The first transition in {@code text}. */
	public static Optional<Transition> first(String text) {
		return all(text).stream().findFirst();
	}

	private static boolean isPeriod(Quantity quantity) {
		return quantity.unit() != null && PERIOD_UNIT.matcher(quantity.unit()).find();
	}

	private static Quantity withUnitOf(Quantity value, Quantity other) {
		if (value.unit() != null || other.unit() == null) {
			return value;
		}
		return new Quantity(value.number(), other.unit(), value.approximate(), value.raw());
	}

	private static Integer year(String bracket) {
		if (bracket == null) {
			return null;
		}
		OptionalInt year = FiscalYears.yearOf(bracket);
		return year.isPresent() ? year.getAsInt() : null;
	}
}
