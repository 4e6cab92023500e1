package org.govreview.domain.municipality;

import java.util.regex.Pattern;

/**
 * The official 6-digit local government code (全国地方公共団体コード, JIS X 0402): two digits of
 * prefecture, three of municipality, and a check digit. 苫小牧市 is 012131.
 */
public record LocalGovernmentCode(String value) implements Comparable<LocalGovernmentCode> {

	private static final int[] WEIGHTS = { 6, 5, 4, 3, 2 };

	private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");

	public LocalGovernmentCode {
		if (value == null || !SIX_DIGITS.matcher(value).matches()) {
			throw new IllegalArgumentException("local government code must be 6 digits: '" + value + "'");
		}
		int expected = checkDigit(value.substring(0, 5));
		if (value.charAt(5) - '0' != expected) {
			throw new IllegalArgumentException(
					"local government code " + value + " has check digit " + value.charAt(5) + ", expected " + expected);
		}
	}

	public static LocalGovernmentCode of(String value) {
		return new LocalGovernmentCode(value == null ? null : value.strip());
	}

	/** The check digit of a 5-digit code: 11 minus the weighted sum modulo 11, last digit. */
	public static int checkDigit(String fiveDigits) {
		int sum = 0;
		for (int i = 0; i < 5; i++) {
			sum += (fiveDigits.charAt(i) - '0') * WEIGHTS[i];
		}
		return (11 - sum % 11) % 10;
	}

	public String prefectureCode() {
		return value.substring(0, 2);
	}

	@Override
	public int compareTo(LocalGovernmentCode other) {
		return value.compareTo(other.value);
	}

	@Override
	public String toString() {
		return value;
	}
}
