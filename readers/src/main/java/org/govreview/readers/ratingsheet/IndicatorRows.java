package org.govreview.readers.ratingsheet;

import static org.govreview.domain.rating.RatingSheetLayout.MAX_ACTUAL_YEAR;
import static org.govreview.domain.rating.RatingSheetLayout.MIN_ACTUAL_YEAR;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.govreview.domain.document.Finding;
import org.govreview.domain.indicator.IndicatorValue;
import org.govreview.domain.rating.IndicatorActual;
import org.govreview.readers.text.JapaneseNumbers;

/**
 * Validates the data rows of the indicator sheet (指標実績) in order: keeps the reported actuals as
 * {@link IndicatorActual}s, typed by {@link JapaneseNumbers#value(String)}, and turns each rejected row into an
 * error {@link Finding} that names the row and the raw value. A row without 実績値 is not reported yet: skipped and
 * counted.
 */
final class IndicatorRows {

	private final String sheetLocation;

	private final List<IndicatorActual> actuals = new ArrayList<>();

	private final List<Finding> findings = new ArrayList<>();

	private final Map<String, Integer> rowOfKey = new HashMap<>();

	private final SkippedRows unreported = new SkippedRows();

	IndicatorRows(String sheetLocation) {
		this.sheetLocation = sheetLocation;
	}

	/**
	 * Takes one data row; {@code rowNumber} is 1-based, as Excel shows it. Blank rows are ignored; the initiative
	 * title, department and comment are for people and are not kept.
	 */
	void accept(int rowNumber, String initiativeCode, String initiative, String indicator, String department,
			String year, String value, String comment) {
		if (Text.isBlank(initiativeCode) && Text.isBlank(initiative) && Text.isBlank(indicator)
				&& Text.isBlank(department) && Text.isBlank(year) && Text.isBlank(value) && Text.isBlank(comment)) {
			return;
		}
		if (Text.isBlank(value)) {
			this.unreported.add(rowNumber);
			return;
		}
		String location = this.sheetLocation + ", row " + rowNumber;
		int errors = this.findings.size();
		String code = normalizeInitiativeCode(initiativeCode);
		if (code.isEmpty()) {
			error(location, "initiative code (取組コード) missing", Text.isBlank(indicator) ? value : indicator);
		}
		if (Text.isBlank(indicator)) {
			error(location, "indicator (指標) missing", Text.isBlank(initiativeCode) ? value : initiativeCode);
		}
		Integer actualYear = null;
		if (!Text.isBlank(year)) {
			actualYear = actualYear(year);
			if (actualYear == null) {
				error(location, "year (実績年度) must be a 4-digit western year from " + MIN_ACTUAL_YEAR + " to "
						+ MAX_ACTUAL_YEAR, year);
			}
		}
		if (this.findings.size() > errors) {
			return;
		}
		String key = code + '\u0000' + Text.normalize(indicator) + '\u0000' + actualYear;
		Integer earlier = this.rowOfKey.putIfAbsent(key, rowNumber);
		if (earlier != null) {
			error(location, "duplicate of row " + earlier + " (same initiative code, indicator and year)",
					initiativeCode.strip() + " " + indicator.strip());
			return;
		}
		IndicatorValue actual = JapaneseNumbers.value(value);
		this.actuals.add(new IndicatorActual(code, indicator.strip(), actualYear, actual, location));
	}

	List<IndicatorActual> actuals() {
		return this.actuals;
	}

	/** The row findings, then one summary of the rows not reported yet if there were any. */
	List<Finding> findings() {
		List<Finding> all = new ArrayList<>(this.findings);
		this.unreported.finding(this.sheetLocation, "not reported yet (実績値 blank)").ifPresent(all::add);
		return all;
	}

	private void error(String location, String message, String value) {
		this.findings.add(Finding.error(location, message, value));
	}

	/** The year as a 4-digit western year in range: "2024", "２０２４"; null for anything else. */
	static Integer actualYear(String raw) {
		String year = Text.normalize(raw);
		if (!year.matches("[0-9]{4}")) {
			return null;
		}
		int value = Integer.parseInt(year);
		return (value >= MIN_ACTUAL_YEAR && value <= MAX_ACTUAL_YEAR) ? value : null;
	}

	/**
	 * An initiative code as the action plan prints it: full-width letters and digits and Roman numerals as ASCII
	 * (１－Ⅱ－２ → 1-II-2), dashes unified, no spaces, upper case, but circled numbers kept (3-3-① stays 3-3-①,
	 * where NFKC would make it 3-3-1).
	 */
	static String normalizeInitiativeCode(String raw) {
		if (raw == null) {
			return "";
		}
		StringBuilder code = new StringBuilder();
		raw.codePoints().forEach((c) -> {
			if (isEnclosed(c)) {
				code.appendCodePoint(c);
			}
			else {
				code.append(Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFKC));
			}
		});
		return RatingRows.DASHES.matcher(code).replaceAll("-").replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
	}

	/** Circled and parenthesized numbers and letters: ①, ⑴, ❶, ㉑, ㊿. */
	private static boolean isEnclosed(int c) {
		return (c >= 0x2460 && c <= 0x24FF) || (c >= 0x2776 && c <= 0x2793) || (c >= 0x3248 && c <= 0x325F)
				|| (c >= 0x3280 && c <= 0x32BF);
	}
}
