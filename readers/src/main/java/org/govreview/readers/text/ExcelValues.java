package org.govreview.readers.text;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cells as a spreadsheet stores them rather than as it shows them, the way CSV exports and sheet dumps write them: a
 * binary fraction's tail ({@code 0.38100000000000001}, {@code 0.94999999999999996}) and a rate kept as a fraction of
 * one under a percentage format ({@code 0.875} shown as 87.5％, told by a double's tail or by three places or more).
 * Stateless and thread-safe.
 */
public final class ExcelValues {

	/** A decimal with the tail a double leaves when written with 17 significant digits. */
	private static final Pattern DOUBLE_TAIL = Pattern.compile("^-?\\d+\\.\\d{12,}$");

	private static final Pattern DECIMAL = Pattern.compile("^-?\\d+(?:\\.\\d+)?$");

	private static final Pattern FRACTION = Pattern.compile("^0\\.\\d{3,}$");

	/** Significant digits a spreadsheet shows at most. */
	private static final MathContext SHOWN = new MathContext(15);

	/** A date a sheet stores as its day number, five digits: 44286 is 2021-03-31. */
	private static final Pattern SERIAL_DATE = Pattern.compile("^[0-9]{5}$");

	/** The day numbers of 2000-01-01 and 2049-12-31, the dates a plan's cells hold. */
	private static final long FIRST_DAY = 36526;

	private static final long LAST_DAY = 54788;

	/** Day 0 of a spreadsheet's dates, after the 1900 leap-year error Excel keeps. */
	private static final java.time.LocalDate EPOCH = java.time.LocalDate.of(1899, 12, 30);

	private ExcelValues() {
	}

	/**
	 * The date a cell holds as the sheet stores it, a day number (44286 for 2021-03-31), as an export of the stored
	 * value (xls2csv) writes a date cell; empty for any other text.
	 */
	public static java.util.Optional<java.time.LocalDate> serialDate(String cell) {
		String text = cell.strip();
		if (!SERIAL_DATE.matcher(text).matches()) {
			return java.util.Optional.empty();
		}
		long day = Long.parseLong(text);
		return day >= FIRST_DAY && day <= LAST_DAY ? java.util.Optional.of(EPOCH.plusDays(day)) : java.util.Optional.empty();
	}

	/**
	 * The cells of one row of figures as the sheet displays them: each double's tail rounded off; under a percentage
	 * unit, when every figure is at most 1 and one of them carries a double's tail or is a fraction to three places or
	 * more (0.268), every figure times 100. Cells that are no plain decimal come back as they were.
	 */
	public static List<String> displayed(List<String> cells, String unit) {
		return displayed(cells, unit, cells);
	}

	/**
	 * As {@link #displayed(List, String)}, with the whole row as evidence of stored values: a target column not read
	 * may be the one cell that shows a double's tail.
	 */
	public static List<String> displayed(List<String> cells, String unit, List<String> row) {
		boolean percent = unit != null && unit.strip().matches("[%％]");
		// 0.268 under ％: a fraction to three places or more, which no one types for a percentage
		boolean stored = row.stream().anyMatch(cell -> DOUBLE_TAIL.matcher(cell.strip()).matches())
				|| percent && cells.stream().map(String::strip).anyMatch(cell -> FRACTION.matcher(cell).matches());
		if (!stored) {
			return cells;
		}
		boolean fractions = percent && java.util.stream.Stream.concat(cells.stream(),
				row.stream().filter(cell -> DOUBLE_TAIL.matcher(cell.strip()).matches()))
			.map(String::strip).filter(cell -> DECIMAL.matcher(cell).matches())
			.allMatch(cell -> new BigDecimal(cell).abs().compareTo(BigDecimal.ONE) <= 0);
		List<String> shown = new ArrayList<>(cells.size());
		for (String cell : cells) {
			String text = cell.strip();
			if (!DECIMAL.matcher(text).matches()) {
				shown.add(cell);
				continue;
			}
			BigDecimal value = new BigDecimal(text).round(SHOWN);
			if (fractions) {
				value = value.movePointRight(2);
			}
			shown.add(value.stripTrailingZeros().toPlainString());
		}
		return shown;
	}
}
