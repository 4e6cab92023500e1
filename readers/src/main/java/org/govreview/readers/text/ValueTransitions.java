package org.govreview.readers.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two values joined by an arrow or a range mark, each optionally with the year it is stated for, in brackets after or
 * before it or as a label before it: {@code 5.5‰（H25）→ 5.9‰（H31）}, {@code 120万人（R4）⇒150万人（R9）},
 * {@code （R4）120万人→（R9）150万人}, {@code H25：5.5‰→H31：5.9‰}, {@code 30%から50%へ}, {@code 30～50%}. The
 * arrows are →, ⇒, ➡, ⇨, ＞ and から…(へ|まで|に); the range marks are ～, 〜, ~. A value printed without a unit takes
 * the unit of the other side (30～50% is 30 % to 50 %). A side whose unit is a period (年, 年度, 月, 日, 時) is a
 * span of time, not a value, and the pair is not read. Numbers go through {@link JapaneseNumbers#quantity}, years
 * through {@link FiscalYears#yearOf}; a bracket that is not a plausible year (（注1）, （見込み）) leaves the year
 * unknown. Stateless and thread-safe.
 */
public final class ValueTransitions {

	private static final String VALUE = "(?:約|およそ|概ね)?[▲△]?\\d[\\d,.・]*(?:[十百千万億兆]+[\\d,.]*)*[^\\s\\d()→⇒➡⇨>~〜,、。;:]{0,8}?";

	/** A year before a value: in brackets, （R4）120万人, or as a label, H25：5.5‰, 2022年度: 30%. */
	private static final String YEAR_BEFORE = "(?:\\((?<%1$sbracket>[^()]{1,12})\\)\\s*|(?<%1$slabel>(?:[A-Z]|\\p{IsHan}{2})(?:元|\\d{1,2})(?:年度?)?|\\d{4}(?:年度?)?)\\s*:\\s*)?";

	/** A year after a value, in brackets: 5.5‰（H25）. */
	private static final String YEAR_AFTER = "(?:\\s*\\((?<%1$safter>[^()]{1,12})\\))?";

	private static final Pattern PAIR = Pattern.compile("(?<![\\d.,])" + side("from")
			+ "\\s*(?<arrow>→|⇒|➡|⇨|>|から|~|〜)\\s*" + side("to") + "(?=\\s|$|[、。,;)]|へ|まで|に|と|を|で)");

	private static final Pattern PERIOD_UNIT = Pattern.compile("^(?:年|月|日|時|か月|カ月|ヶ月|箇月)");

	private ValueTransitions() {
	}

	private static String side(String name) {
		return YEAR_BEFORE.formatted(name) + "(?<" + name + ">" + VALUE + ")" + YEAR_AFTER.formatted(name);
	}

	/** Two values in order: where a figure stands (or starts) and where it goes (or ends). */
	public record Transition(DatedQuantity from, DatedQuantity to, boolean range) {
	}

	/** Every transition in {@code text}, in order. */
	public static List<Transition> all(String text) {
		List<Transition> found = new ArrayList<>();
		Matcher matcher = PAIR.matcher(JapaneseDates.normalize(text));
		while (matcher.find()) {
			String arrow = matcher.group("arrow");
			boolean range = arrow.equals("~") || arrow.equals("〜");
			Optional<Quantity> from = JapaneseNumbers.quantity(matcher.group("from"));
			Optional<Quantity> to = JapaneseNumbers.quantity(matcher.group("to"));
			if (from.isEmpty() || to.isEmpty() || isPeriod(from.get()) || isPeriod(to.get())) {
				continue;
			}
			Quantity start = withUnitOf(from.get(), to.get());
			Quantity end = withUnitOf(to.get(), from.get());
			found.add(new Transition(new DatedQuantity(start, year(matcher, "from")), new DatedQuantity(end, year(matcher, "to")),
					range));
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

	/** The year printed after a value, else before it; null when none is a plausible year. */
	private static Integer year(Matcher matcher, String side) {
		for (String printed : new String[] { matcher.group(side + "after"), matcher.group(side + "bracket"),
				matcher.group(side + "label") }) {
			if (printed != null) {
				OptionalInt year = FiscalYears.yearOf(printed);
				if (year.isPresent()) {
					return year.getAsInt();
				}
				// （令和5年4月1日）: a figure as of a date, of the fiscal year that date falls in
				java.util.Optional<java.time.LocalDate> date = JapaneseDates.firstDate(printed);
				if (date.isPresent()) {
					return FiscalYears.yearOfFigureAsOf(date.get());
				}
			}
		}
		return null;
	}
}
