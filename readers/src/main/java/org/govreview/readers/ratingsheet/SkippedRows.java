package org.govreview.readers.ratingsheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.govreview.domain.document.Finding;

/**
 * Rows of a sheet that are skipped because the department has not filled them in yet, summed up in one info
 * finding that lists the first {@value #LISTED_ROWS} row numbers.
 */
final class SkippedRows {

	private static final int LISTED_ROWS = 20;

	private final List<Integer> listed = new ArrayList<>();

	private int count;

	/** Counts a row; {@code rowNumber} is 1-based, as Excel shows it. */
	void add(int rowNumber) {
		this.count++;
		if (this.listed.size() < LISTED_ROWS) {
			this.listed.add(rowNumber);
		}
	}

	/**
	 * The summary, e.g. "3 rows not rated yet (評価 blank), skipped" with the value "rows 8, 10, 11"; empty when no
	 * row was skipped. {@code why} is "not rated yet (評価 blank)".
	 */
	Optional<Finding> finding(String sheetLocation, String why) {
		if (this.count == 0) {
			return Optional.empty();
		}
		StringBuilder rows = new StringBuilder(this.count == 1 ? "row " : "rows ");
		for (int i = 0; i < this.listed.size(); i++) {
			rows.append(i == 0 ? "" : ", ").append(this.listed.get(i));
		}
		if (this.count > this.listed.size()) {
			rows.append(" and ").append(this.count - this.listed.size()).append(" more");
		}
		String count = this.count + (this.count == 1 ? " row " : " rows ");
		return Optional.of(Finding.info(sheetLocation, count + why + ", skipped", rows.toString()));
	}
}
