package org.govreview.readers.pledge;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govreview.domain.document.Finding;

/**
 * Reads the detail of one pledge: the segments between its title and the next pledge's. Measures are stated
 * intentions (…します), activities are things done (…しました。); fragments that a page or cell break cut off are
 * joined to what follows. Department lists and star ratings are given to the measures in the order they appear.
 */
final class PledgeBlock {

	/** Items of a cell; any Unicode space counts, as producers that print no tab stops align with U+3000. */
	private static final Pattern ITEM_BREAK = Pattern
		.compile("(?<=。)[\\s\\p{Z}]+|[\\s\\p{Z}]*[●•◆■][\\s\\p{Z}]*|(?:^|[\\s\\p{Z}]+)[・･][\\s\\p{Z}]*");

	private static final Pattern LEADING_BULLET = Pattern.compile("^[・･●•◆■]+[\\s\\p{Z}]*");

	private static final Pattern FIGURE = Pattern.compile("^\\d{1,3}(?:\\.\\d+)?%?$");

	private static final Pattern TABLE_HEADER = Pattern.compile("^(基本政策|公約内容|施策内容|取組事業内容|進捗状況|担当部署|施策区分|政策)");

	/** Column and section headings as printed above and between the tables; a cell of nothing else is a header. */
	private static final Pattern HEADING_WORDS = Pattern.compile(
			"市長公約取組状況|総括表|基本政策|公約内容|施策内容|取組事業内容|担当部署|進捗状況|施策区分|数値"
					+ "|\\p{IsHan}{2}(?:元|\\d{1,2})年(?:\\d{1,2}月)?(?:度末?)?" // 令和6年度末, 令和7年3月
					+ "|[(（][^()（）]*[)）]" // (数値 : %), (令和4年7月～令和6年3月末)
					+ "|(?<![A-Za-z])(?:X|IX|VIII|VII|VI|V|IV|III|II|I)(?![A-Za-z])" // section numerals
					+ "|[%:：~～]");

	/** A progress figure closing a cell, after its text: PDF extraction puts the figure column on the same line. */
	private static final Pattern TRAILING_FIGURE = Pattern.compile("^(.*?)\\s+(\\d{1,3}(?:\\.\\d+)?)\\s*%?$");

	private static final Pattern LAST_SENTENCE = Pattern.compile("^.*(?:。|ます)");

	/** A closing figure as printed: full-width digits, and any Unicode space (U+3000, U+00A0, U+2002 …) before it. */
	private static final Pattern PRINTED_TRAILING_FIGURE = Pattern
		.compile("[\\s\\p{Z}]+[0-9０-９]{1,3}(?:[.．][0-9０-９]+)?[\\s\\p{Z}]*[%％]?[\\s\\p{Z}]*$");

	private final String pledgeCode;

	private final List<DraftMeasure> measures = new ArrayList<>();

	private final List<String> pledgeDepartments = new ArrayList<>();

	private final Deque<PrintedRating> unplacedRatings = new ArrayDeque<>();

	private final List<Finding> findings;

	private final StringBuilder fragment = new StringBuilder();

	private int fragmentLine;

	private int departmentCursor;

	private int ratingCursor;

	BigDecimal detailFigure;

	/** True when the text flowed (wrapped paragraphs): its lines say nothing of table rows. */
	private final boolean flowed;

	PledgeBlock(String pledgeCode, List<Finding> findings, boolean flowed) {
		this.pledgeCode = pledgeCode;
		this.flowed = flowed;
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
			unplacedRatings.add(new PrintedRating(rating, segment.line()));
			placeRatings();
		}
	}

	/**
	 * One cell's content. A cell may close with progress figures after its text (PDF extraction puts the figure
	 * column on the same line); they are taken off one at a time, in a loop that shortens the text every turn.
	 */
	private void content(Segment segment) {
		Segment current = segment;
		while (true) {
			String key = current.key();
			if (FIGURE.matcher(key).matches()) {
				figure(key.replace("%", ""), current);
				return;
			}
			if (isHeading(key)) {
				return;
			}
			Matcher trailing = TRAILING_FIGURE.matcher(current.normalized());
			if (!trailing.matches() || !closesText(trailing.group(1).strip())) {
				break;
			}
			figure(trailing.group(2), current);
			current = new Segment(withoutTrailingFigure(current.text(), trailing.group(1)), current.line());
		}
		Optional<List<String>> departments = DepartmentNames.parse(current.text());
		if (departments.isPresent()) {
			departments(departments.get(), current.line());
			return;
		}
		if (TABLE_HEADER.matcher(current.key()).find() && !current.key().contains("ます")) {
			return;
		}
		prose(current);
	}

	/**
	 * The printed text without its closing figure; where the printed spacing is one that normalization alone
	 * turns into a space, the normalized text before the figure.
	 */
	private static String withoutTrailingFigure(String printed, String normalizedBefore) {
		String cut = PRINTED_TRAILING_FIGURE.matcher(printed).replaceFirst("").strip();
		return cut.length() < printed.strip().length() ? cut : normalizedBefore.strip();
	}

	private void figure(String figure, Segment segment) {
		BigDecimal value = new BigDecimal(figure);
		if (detailFigure == null) {
			detailFigure = value;
		}
		else if (detailFigure.compareTo(value) != 0) {
			findings.add(Finding.warning(segment.location(), "pledge " + pledgeCode + ": a second progress figure "
					+ value + "% besides " + detailFigure + "%, left out", segment.text()));
		}
	}

	private static boolean isHeading(String key) {
		return !key.isEmpty() && HEADING_WORDS.matcher(key).replaceAll("").isEmpty();
	}

	/**
	 * True when a figure after this text is the progress column: the text ends in a whole sentence (…。, …ます) or
	 * in a department list, not in the middle of a sentence whose number it would be.
	 */
	private static boolean closesText(String text) {
		String tail = LAST_SENTENCE.matcher(text).replaceFirst("").strip();
		return tail.isEmpty() || DepartmentNames.parse(tail).isPresent();
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
				departments(departmentRun, segment.line());
				departmentRun = new ArrayList<>();
			}
			item(item, segment);
		}
		if (!departmentRun.isEmpty()) {
			departments(departmentRun, segment.line());
		}
	}

	private void item(String item, Segment segment) {
		if (fragment.isEmpty()) {
			fragmentLine = segment.line();
		}
		fragment.append(item);
		// the fragment is copied only once it closes: an item that never closes must not cost a copy per piece
		if (endsWith(fragment, "。")) {
			String text = fragment.toString();
			if (measures.isEmpty()) {
				findings.add(Finding.warning("line " + (fragmentLine + 1), "pledge " + pledgeCode
						+ ": activity before any measure, left out", text));
			}
			else {
				measures.get(measures.size() - 1).activities.add(text);
			}
			fragment.setLength(0);
		}
		else if (endsWith(fragment, "ます")) {
			measures.add(new DraftMeasure(fragment.toString(), fragmentLine));
			fragment.setLength(0);
			placeRatings();
		}
	}

	private static boolean endsWith(CharSequence text, String suffix) {
		int start = text.length() - suffix.length();
		return start >= 0 && suffix.contentEquals(text.subSequence(start, text.length()));
	}

	private void departments(List<String> names, int line) {
		if (measures.isEmpty()) {
			pledgeDepartments.addAll(names);
		}
		else if (departmentCursor < measures.size()) {
			departmentCursor = rowStart(departmentCursor, line);
			measures.get(departmentCursor++).departments.addAll(names);
		}
		else {
			measures.get(measures.size() - 1).departments.addAll(names);
		}
	}

	private void placeRatings() {
		while (!unplacedRatings.isEmpty() && ratingCursor < measures.size()) {
			ratingCursor = rowStart(ratingCursor, unplacedRatings.peek().line());
			measures.get(ratingCursor++).rating = unplacedRatings.poll().value();
		}
	}

	/**
	 * The measure that a rating or department list printed on {@code line} belongs to, from {@code cursor} on. Cells
	 * are given to the measures in order (a row of several measures has its ratings side by side), but where each
	 * measure has a row of its own, a measure whose row is over before the latest measure's row began has none. In
	 * flowed text there are no rows: cells are given in order.
	 */
	private int rowStart(int cursor, int line) {
		if (flowed) {
			return cursor;
		}
		int row = -1;
		for (DraftMeasure measure : measures) {
			if (measure.line <= line) {
				row = Math.max(row, measure.line);
			}
		}
		while (cursor < measures.size() - 1 && measures.get(cursor).line < row) {
			cursor++;
		}
		return cursor;
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
					+ " star rating(s) more than measures, left out",
					unplacedRatings.stream().map(rating -> String.valueOf(rating.value())).toList().toString()));
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

	private record PrintedRating(int value, int line) {
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
