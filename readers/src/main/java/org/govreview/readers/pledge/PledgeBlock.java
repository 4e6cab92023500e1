package org.govreview.readers.pledge;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.govreview.domain.document.Finding;

/**
 * Reads the detail of one pledge: the segments between its title and the next pledge's. Measures are stated
 * intentions (…します), activities are things done (…しました。); fragments that a page or cell break cut off are
 * joined to what follows. Department lists and star ratings are given to the measures in the order they appear.
 */
final class PledgeBlock {

	private static final Pattern ITEM_BREAK = Pattern.compile("(?<=。)\\s+|\\s*[●•◆■]\\s*|(?:^|\\s+)[・･]\\s*");

	private static final Pattern LEADING_BULLET = Pattern.compile("^[・･●•◆■]+\\s*");

	private static final Pattern FIGURE = Pattern.compile("^\\d{1,3}(?:\\.\\d+)?%?$");

	private static final Pattern TABLE_HEADER = Pattern.compile("^(基本政策|公約内容|施策内容|取組事業内容|進捗状況|担当部署|施策区分|政策)");

	private final String pledgeCode;

	private final List<DraftMeasure> measures = new ArrayList<>();

	private final List<String> pledgeDepartments = new ArrayList<>();

	private final Deque<Integer> unplacedRatings = new ArrayDeque<>();

	private final List<Finding> findings;

	private final StringBuilder fragment = new StringBuilder();

	private int fragmentLine;

	private int departmentCursor;

	private int ratingCursor;

	BigDecimal detailFigure;

	PledgeBlock(String pledgeCode, List<Finding> findings) {
		this.pledgeCode = pledgeCode;
		this.findings = findings;
	}

	void accept(Segment segment) {
		StarRatings.Parsed stars = StarRatings.parse(segment.text());
		for (String malformed : stars.malformed()) {
			findings.add(Finding.warning(segment.location(), "pledge " + pledgeCode
					+ ": star rating is not a run of ten ★/☆, left out", malformed));
		}
		String rest = stars.rest();
		if (!rest.isEmpty()) {
			content(new Segment(rest, segment.line()));
		}
		for (int rating : stars.ratings()) {
			unplacedRatings.add(rating);
			placeRatings();
		}
	}

	private void content(Segment segment) {
		String key = segment.key();
		if (FIGURE.matcher(key).matches()) {
			if (detailFigure == null) {
				detailFigure = new BigDecimal(key.replace("%", ""));
			}
			return;
		}
		if (DepartmentNames.isHeaderOnly(segment.text())) {
			return;
		}
		Optional<List<String>> departments = DepartmentNames.parse(segment.text());
		if (departments.isPresent()) {
			departments(departments.get());
			return;
		}
		if (TABLE_HEADER.matcher(key).find() && !key.contains("ます")) {
			return;
		}
		prose(segment);
	}

	private void prose(Segment segment) {
		List<String> departmentRun = new ArrayList<>();
		for (String piece : ITEM_BREAK.split(segment.text())) {
			String item = LEADING_BULLET.matcher(piece.strip()).replaceFirst("");
			if (item.isEmpty()) {
				continue;
			}
			Optional<List<String>> departments = fragment.isEmpty() ? DepartmentNames.parse(item) : Optional.empty();
			if (departments.isPresent()) {
				departmentRun.addAll(departments.get());
				continue;
			}
			if (!departmentRun.isEmpty()) {
				departments(departmentRun);
				departmentRun = new ArrayList<>();
			}
			item(item, segment);
		}
		if (!departmentRun.isEmpty()) {
			departments(departmentRun);
		}
	}

	private void item(String item, Segment segment) {
		if (fragment.isEmpty()) {
			fragmentLine = segment.line();
		}
		fragment.append(item);
		String text = fragment.toString();
		if (text.endsWith("。")) {
			if (measures.isEmpty()) {
				findings.add(Finding.warning("line " + (fragmentLine + 1), "pledge " + pledgeCode
						+ ": activity before any measure, left out", text));
			}
			else {
				measures.get(measures.size() - 1).activities.add(text);
			}
			fragment.setLength(0);
		}
		else if (text.endsWith("ます")) {
			measures.add(new DraftMeasure(text, fragmentLine));
			fragment.setLength(0);
			placeRatings();
		}
	}

	private void departments(List<String> names) {
		if (measures.isEmpty()) {
			pledgeDepartments.addAll(names);
		}
		else if (departmentCursor < measures.size()) {
			measures.get(departmentCursor++).departments.addAll(names);
		}
		else {
			measures.get(measures.size() - 1).departments.addAll(names);
		}
	}

	private void placeRatings() {
		while (!unplacedRatings.isEmpty() && ratingCursor < measures.size()) {
			measures.get(ratingCursor++).rating = unplacedRatings.poll();
		}
	}

	/** Ends the block: what could not be placed becomes a finding. */
	List<DraftMeasure> finish(int lastLine) {
		if (!fragment.isEmpty()) {
			findings.add(Finding.warning("line " + (fragmentLine + 1), "pledge " + pledgeCode
					+ ": text is neither a measure (…ます) nor an activity (…。), left out", fragment.toString()));
			fragment.setLength(0);
		}
		if (!unplacedRatings.isEmpty()) {
			findings.add(Finding.warning("line " + (lastLine + 1), "pledge " + pledgeCode + ": " + unplacedRatings.size()
					+ " star rating(s) more than measures, left out", unplacedRatings.toString()));
		}
		// a department cell spanning several measures' rows is printed once, for the first of them
		List<String> previous = pledgeDepartments;
		for (DraftMeasure measure : measures) {
			if (measure.departments.isEmpty()) {
				measure.departments.addAll(previous);
			}
			previous = measure.departments;
		}
		return measures;
	}

	static final class DraftMeasure {

		final String title;

		final int line;

		final List<String> departments = new ArrayList<>();

		final List<String> activities = new ArrayList<>();

		Integer rating;

		DraftMeasure(String title, int line) {
			this.title = title;
			this.line = line;
		}
	}
}
