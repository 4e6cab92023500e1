package org.govreview.readers.ratingsheet;

import static org.govreview.domain.rating.RatingSheetLayout.MAX_RATING;
import static org.govreview.domain.rating.RatingSheetLayout.MIN_RATING;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govreview.domain.document.Finding;
import org.govreview.domain.rating.ActivityRating;

/**
 * Validates the data rows of one rating sheet in order: keeps the valid ones as {@link ActivityRating}s and turns
 * each rejected row into an error {@link Finding} that names the row and the raw value.
 */
final class RatingRows {

	private static final Pattern WHOLE_NUMBER = Pattern.compile("0*([0-9]{1,9})(?:\\.0+)?");

	/** Dashes people type for a hyphen in a code, after NFKC. */
	static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212\\u30FC\\uFF70]");

	private final String sheetLocation;

	private final String headerDepartment;

	private final Predicate<String> knownPolicyCode;

	private final List<ActivityRating> ratings = new ArrayList<>();

	private final List<Finding> findings = new ArrayList<>();

	private final Map<String, Integer> rowOfKey = new HashMap<>();

	private final SkippedRows unrated = new SkippedRows();

	RatingRows(String sheetLocation, String headerDepartment, Predicate<String> knownPolicyCode) {
		this.sheetLocation = sheetLocation;
		this.headerDepartment = headerDepartment;
		this.knownPolicyCode = knownPolicyCode;
	}

	/** Takes one data row; {@code rowNumber} is 1-based, as Excel shows it. Blank rows are ignored. */
	void accept(int rowNumber, String policyCode, String measure, String activity, String department,
			String rating, String comment) {
		if (Text.isBlank(policyCode) && Text.isBlank(measure) && Text.isBlank(activity) && Text.isBlank(department)
				&& Text.isBlank(rating) && Text.isBlank(comment)) {
			return;
		}
		if (Text.isBlank(rating)) {
			this.unrated.add(rowNumber);
			return;
		}
		String location = this.sheetLocation + ", row " + rowNumber;
		int errors = this.findings.size();
		Integer value = wholeRating(rating);
		if (value == null) {
			error(location, "rating (評価) must be a whole number from " + MIN_RATING + " to " + MAX_RATING, rating);
		}
		String code = normalizeCode(policyCode);
		if (code.isEmpty()) {
			error(location, "policy code (政策コード) missing", activity);
		}
		else if (!this.knownPolicyCode.test(code)) {
			error(location, "unknown policy code (政策コード): not a measure of this review", policyCode);
		}
		if (Text.isBlank(activity)) {
			error(location, "activity (取組事業) missing", policyCode);
		}
		String rowDepartment = Text.isBlank(department) ? this.headerDepartment : department.strip();
		if (this.findings.size() > errors) {
			return;
		}
		String key = code + '\u0000' + Text.normalize(activity) + '\u0000' + Text.normalize(rowDepartment);
		Integer earlier = this.rowOfKey.putIfAbsent(key, rowNumber);
		if (earlier != null) {
			error(location, "duplicate of row " + earlier + " (same policy code, activity and department)",
					policyCode.strip() + " " + activity.strip());
			return;
		}
		this.ratings.add(new ActivityRating(code, activity.strip(), rowDepartment, value, Text.display(comment),
				location));
	}

	List<ActivityRating> ratings() {
		return this.ratings;
	}

	/** The row findings, then one summary of the unrated rows if there were any. */
	List<Finding> findings() {
		List<Finding> all = new ArrayList<>(this.findings);
		this.unrated.finding(this.sheetLocation, "not rated yet (評価 blank)").ifPresent(all::add);
		return all;
	}

	private void error(String location, String message, String value) {
		this.findings.add(Finding.error(location, message, value));
	}

	/** The rating as a whole number 1–10: "7", "７", "07", "7.0"; null for anything else. */
	static Integer wholeRating(String raw) {
		Matcher matcher = WHOLE_NUMBER.matcher(Text.normalize(raw));
		if (!matcher.matches()) {
			return null;
		}
		int value = Integer.parseInt(matcher.group(1));
		return (value >= MIN_RATING && value <= MAX_RATING) ? value : null;
	}

	/** A measure code as the report writes it: NFKC (Ⅰ→I, full-width), dashes unified, upper case. */
	static String normalizeCode(String raw) {
		String code = DASHES.matcher(Text.normalize(raw)).replaceAll("-");
		return code.replace(" ", "").toUpperCase(Locale.ROOT);
	}
}
