package org.govreview.readers.corpus;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * One fact a document states, or one a reader stored: a type from the corpus schema, the subject it is about (a
 * title, a name, a municipality code), its value, and optionally the year and unit of the value.
 */
record Fact(String type, String subject, String value, Integer year, String unit) {

	private static final java.util.Set<String> YEARLESS = java.util.Set.of("overall", "policy-score", "pledge-score", "mark-count",
			"item-evaluation");

	/** Types the schema gives no unit: an item's evaluation is a mark or a score (80 on a scale of %). */
	private static final java.util.Set<String> UNITLESS = java.util.Set.of("item-evaluation");

	/** Types whose value is prose: compared as loosely as titles. */
	private static final Set<String> PROSE_VALUES = Set.of("mission", "action", "visit-topic", "title", "department",
			"item-department");

	static Fact of(String type, String subject, Object value) {
		return new Fact(type, subject, value == null ? null : String.valueOf(value), null, null);
	}

	static Fact of(String type, String subject, Object value, Integer year, String unit) {
		return new Fact(type, subject, value == null ? null : String.valueOf(value), year, unit);
	}

	/** True when a stored fact states what this expected fact states. */
	boolean matchedBy(Fact stored) {
		if (!type.equals(stored.type)) {
			return false;
		}
		if (!sameSubject(subject, stored.subject)) {
			return false;
		}
		boolean sameQuantity = sameQuantity(stored);
		if (!sameQuantity && !sameValue(stored.value)) {
			return false;
		}
		if (year != null && !year.equals(stored.year) && !(stored.year == null && YEARLESS.contains(type))) {
			// the schema gives an overall figure, a group's score, a count and an item's evaluation no year: the report's
			// own is implied
			return false;
		}
		return sameQuantity || unit == null || stored.unit == null && UNITLESS.contains(type)
				|| stored.unit != null && normalUnit(unit).equals(normalUnit(stored.unit));
	}

	/** 45,200 千円 and 45,200,000 円: one amount, whichever unit multiplier the fact list or the reader chose. */
	private boolean sameQuantity(Fact stored) {
		if (unit == null || stored.unit == null || value == null || stored.value == null) {
			return false;
		}
		BigDecimal expected = number(value);
		BigDecimal read = number(stored.value);
		if (expected == null || read == null) {
			return false;
		}
		String[] expectedUnit = scaledUnit(normalUnit(unit));
		String[] storedUnit = scaledUnit(normalUnit(stored.unit));
		// 万トン and t: the base units compared as spelled alike (トン is t)
		return normalUnit(expectedUnit[1]).equals(normalUnit(storedUnit[1])) && !expectedUnit[1].isEmpty()
				&& expected.multiply(new BigDecimal(expectedUnit[0])).compareTo(read.multiply(new BigDecimal(storedUnit[0]))) == 0;
	}

	/** {multiplier, base unit}: 千人 is {1000, 人}, 百万円 {1000000, 円}. */
	private static String[] scaledUnit(String unit) {
		for (String[] prefix : new String[][] { { "百万", "1000000" }, { "千万", "10000000" }, { "千", "1000" },
				{ "万", "10000" }, { "億", "100000000" } }) {
			if (unit.length() > prefix[0].length() && unit.startsWith(prefix[0])) {
				return new String[] { prefix[1], unit.substring(prefix[0].length()) };
			}
		}
		return new String[] { "1", unit };
	}

	private boolean sameValue(String storedValue) {
		if (value == null) {
			return true;
		}
		if (storedValue == null) {
			return false;
		}
		BigDecimal expected = number(value);
		BigDecimal stored = number(storedValue);
		if (expected != null && stored != null) {
			return expected.compareTo(stored) == 0;
		}
		if (PROSE_VALUES.contains(type)) {
			return Similarity.similar(value, storedValue);
		}
		return Similarity.normal(value).equals(Similarity.normal(storedValue));
	}

	private static boolean sameSubject(String expected, String stored) {
		if (expected == null || expected.isBlank()) {
			return true;
		}
		if (stored == null) {
			return false;
		}
		if (expected.matches("\\d{6}")) {
			return expected.equals(stored);
		}
		return Similarity.similar(expected, stored);
	}

	static BigDecimal number(String text) {
		if (text == null) {
			return null;
		}
		try {
			return new BigDecimal(text.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	static String normalUnit(String unit) {
		String normal = Normalizer.normalize(unit, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
		return switch (normal) {
			case "km²", "平方キロメートル", "km^2" -> "km2";
			case "パーセント", "％" -> "%";
			case "トン" -> "t";
			case "ｇ", "グラム" -> "g";
			default -> normal;
		};
	}

	@Override
	public String toString() {
		StringBuilder printed = new StringBuilder(type);
		if (subject != null) {
			printed.append(" [").append(subject).append(']');
		}
		if (value != null) {
			printed.append(" = ").append(value);
		}
		if (unit != null) {
			printed.append(' ').append(unit);
		}
		if (year != null) {
			printed.append(" (").append(year).append(')');
		}
		return printed.toString();
	}
}
