package org.govreview.readers.text;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govreview.domain.indicator.IndicatorValue;

/**
 * Values as Japanese documents print them, typed: 30.8% → 30.8 %, 2億2千万枚 → 220,000,000 枚, 20,000千円 →
 * 20,000,000 円, １，９６７，８７３人 → 1,967,873 人; a value without digits is a milestone word (設置, 検討); '—' is
 * absent. A number is never made from a word. Stateless and thread-safe.
 */
public final class JapaneseNumbers {

	private static final Pattern ABSENT = Pattern.compile("^[—―‐\\-−－ー–]*$");

	/** A leading quantity: digits with separators, each optionally followed by kanji multipliers. */
	private static final Pattern QUANTITY = Pattern
		.compile("^((?:\\d[\\d,]*(?:\\.\\d+)?[十百千万億兆]*){1,16}|[十百千]?[万億兆])(.*)$");

	private static final Pattern GROUP = Pattern.compile("(\\d[\\d,]*(?:\\.\\d+)?)?([十百千万億兆]*)");

	private static final Map<Character, BigDecimal> SMALL = Map.of('十', BigDecimal.TEN, '百', BigDecimal.valueOf(100),
			'千', BigDecimal.valueOf(1000));

	private static final Map<Character, BigDecimal> LARGE = Map.of('万', BigDecimal.TEN.pow(4), '億',
			BigDecimal.TEN.pow(8), '兆', BigDecimal.TEN.pow(12));

	private JapaneseNumbers() {
	}

	/** The typed value of a cell or phrase; never throws. */
	public static IndicatorValue value(String printed) {
		String raw = printed == null ? "" : printed.strip();
		String text = Normalizer.normalize(raw, Normalizer.Form.NFKC).replaceAll("\\s+", "");
		if (ABSENT.matcher(text).matches()) {
			return IndicatorValue.absent(raw);
		}
		Matcher quantity = QUANTITY.matcher(text);
		if (quantity.matches() && Character.isDigit(text.charAt(0))) {
			Optional<BigDecimal> number = number(quantity.group(1));
			if (number.isPresent()) {
				String unit = quantity.group(2).strip();
				return IndicatorValue.number(number.get(), unit.isEmpty() ? null : unit, raw);
			}
		}
		// a word, or words around digits that do not lead (前年度比増加): kept as printed, never made a number
		return IndicatorValue.milestone(text, raw);
	}

	/** The number of a digits-and-multipliers run (2億2千万 → 220000000), empty when it is not one. */
	public static Optional<BigDecimal> number(String printed) {
		String text = Normalizer.normalize(printed, Normalizer.Form.NFKC).replaceAll("\\s+", "");
		if (text.isEmpty()) {
			return Optional.empty();
		}
		BigDecimal total = BigDecimal.ZERO;
		BigDecimal section = BigDecimal.ZERO;
		Matcher group = GROUP.matcher(text);
		int end = 0;
		while (end < text.length() && group.find(end) && group.start() == end && group.end() > end) {
			BigDecimal number = group.group(1) == null ? null : new BigDecimal(group.group(1).replace(",", ""));
			BigDecimal value = number;
			for (char multiplier : group.group(2).toCharArray()) {
				if (SMALL.containsKey(multiplier)) {
					value = (value == null ? BigDecimal.ONE : value).multiply(SMALL.get(multiplier));
				}
				else {
					section = section.add(value == null ? BigDecimal.ZERO : value);
					if (section.signum() == 0) {
						section = BigDecimal.ONE;
					}
					total = total.add(section.multiply(LARGE.get(multiplier)));
					section = BigDecimal.ZERO;
					value = null;
				}
			}
			if (value != null) {
				section = section.add(value);
			}
			end = group.end();
		}
		if (end != text.length()) {
			return Optional.empty();
		}
		return Optional.of(total.add(section));
	}
}
