package org.govreview.readers.inspection;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govreview.readers.document.Cell;
import org.govreview.readers.document.DocumentModel;
import org.govreview.readers.document.Table;
import org.govreview.readers.text.ClockTimes;
import org.govreview.readers.text.JapaneseDates;

/**
 * The itinerary table a report opens with: per day the destination and what was studied there. Faction reports
 * write a row as one cell (1 7月 8日 | 用務先 北海道苫小牧市 内 容 …); committee reports as a table under a header
 * row (月日 | 視察先 | 調査事項), its cells separated by tabs, or by spaces once a PDF has been through extraction.
 * The lines of the table are the itinerary's alone: the visits' own sections are read elsewhere. Immutable.
 */
final class Itinerary {

	private static final Pattern ERRAND_ROW = Pattern.compile(
			"(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日\\s*(?:[(（][月火水木金土日][)）])?\\s*用務先\\s*(\\S+)\\s*内\\s*容\\s*(.*)$",
			Pattern.UNICODE_CHARACTER_CLASS);

	/** Header words of an itinerary table's columns, by meaning; a table needs a date and a place column. */
	private static final List<String> DATE_COLUMN = InspectionReportRecognition.VOCABULARY.words("itinerary-date");

	private static final List<String> TIME_COLUMN = InspectionReportRecognition.VOCABULARY.words("itinerary-time");

	private static final List<String> PLACE_COLUMN = InspectionReportRecognition.VOCABULARY.words("itinerary-place");

	private static final List<String> TOPIC_COLUMN = InspectionReportRecognition.VOCABULARY.words("itinerary-topic");

	private final List<Entry> entries;

	private final Set<Integer> lines;

	private final Set<String> cells;

	private Itinerary(List<Entry> entries, Set<Integer> lines, Set<String> cells) {
		this.entries = List.copyOf(entries);
		this.lines = Set.copyOf(lines);
		this.cells = Set.copyOf(cells);
	}

	/**
	 * One row: the day (with its year when the row states one), the destination as printed and the topic, if any.
	 * {@code line} is 0-based.
	 */
	record Entry(int line, MonthDay day, LocalDate date, String place, String topic, ClockTimes.TimeRange time) {
	}

	/**
	 * The itinerary of a document: rows of errands (1 7月 8日 用務先 … 内 容 …) and every table of the model whose
	 * header (or first row) names a date and a place column: 月日 | 時間 | 視察先 | 調査事項, 視察先 | 日時 | 調査事項.
	 * A row without a date is of the day above it; a row whose place names no municipality (福山駅着, 福山市内泊) is
	 * travel, not a visit.
	 */
	static Itinerary scan(DocumentModel model) {
		List<String> text = model.source().lines();
		List<Entry> entries = new ArrayList<>();
		Set<Integer> covered = new HashSet<>();
		Set<String> coveredCells = new HashSet<>();
		for (int i = 0; i < text.size(); i++) {
			String line = text.get(i).replace('\t', ' ');
			String key = InspectionDates.normalize(line).replaceAll("\\s+", "");
			if (key.contains("用務先") && key.contains("内容")) {
				covered.add(i);
				Matcher row = ERRAND_ROW.matcher(line);
				if (row.find()) {
					entry(i, line, row.group(1), row.group(2), row.group(3), row.group(4), null).ifPresent(entries::add);
				}
			}
		}
		Continued day = new Continued();
		for (Table table : model.tables()) {
			scan(table, entries, covered, coveredCells, day);
		}
		if (entries.isEmpty()) {
			prose(model, entries, covered);
		}
		entries.sort(java.util.Comparator.comparingInt(Entry::line));
		return new Itinerary(entries, covered, coveredCells);
	}

	/** The header and the last day of the itinerary table read before: a table a page break cut goes on with that day. */
	private static final class Continued {

		private List<String> header = List.of();

		private String day;

		private int page;
	}

	private static void scan(Table table, List<Entry> entries, Set<Integer> covered, Set<String> coveredCells, Continued continued) {
		List<List<Cell>> rows = table.rows();
		int bodyFrom = table.headerRows();
		List<String> header = table.header();
		if (bodyFrom == 0 && !rows.isEmpty()) {
			header = rows.get(0).stream().map(Cell::text).toList();
			bodyFrom = 1;
		}
		int date = column(header, DATE_COLUMN, -1);
		int place = column(header, PLACE_COLUMN, date);
		for (int r = bodyFrom; (date < 0 || place < 0) && r < rows.size(); r++) {
			// 視察期間 | … and 参加委員 | … over 視察日 | 視察先 | 調査事項: a sheet's form, its list under a header of its own
			List<String> words = rows.get(r).stream().map(Cell::text).toList();
			int dateAt = column(words, DATE_COLUMN, -1);
			int placeAt = column(words, PLACE_COLUMN, dateAt);
			if (dateAt >= 0 && placeAt >= 0 && rows.get(r).size() >= 3) {
				header = words;
				date = dateAt;
				place = placeAt;
				bodyFrom = r + 1;
			}
		}
		if (date < 0 || place < 0) {
			// a table of another kind between: no itinerary table goes on past it
			continued.header = List.of();
			return;
		}
		int time = column(header, TIME_COLUMN, date);
		int topic = column(header, TOPIC_COLUMN, place);
		// 視察先 over 都道府県 | 市町村: the place is the two cells read together
		boolean municipalityBeside = place + 1 < header.size() && key(header.get(place)).endsWith("都道府県")
				&& key(header.get(place + 1)).matches(".*(?:市町村|市区町村|自治体)$");
		// 10/29 then （水） over the rows of the next page: a date cell a page break cut, the day goes on
		String dayText = header.equals(continued.header) && table.location().page() == continued.page + 1 ? continued.day : null;
		// a sheet saved as HTML places every row on the line its table starts on: its rows are told by their cells
		// (the form's rows above a list's own header are no part of the list)
		boolean oneLine = bodyFrom > 1 && rows.size() > 1 && rows.stream().filter(row -> !row.isEmpty())
			.map(row -> row.get(0).location().line()).distinct().count() == 1;
		int headerAt = Math.max(0, bodyFrom - 1);
		for (int r = 0; r < rows.size(); r++) {
			if (!oneLine) {
				rows.get(r).forEach(cell -> covered.add(cell.location().line() - 1));
			}
			else if (r >= headerAt - 1) {
				rows.get(r).forEach(cell -> coveredCells.add(cell.text().strip()));
			}
			if (r < bodyFrom) {
				continue;
			}
			List<Cell> row = rows.get(r);
			Optional<String> dateCell = Table.cell(row, date).filter(Itinerary::isDay);
			// a row of the day above whose empty leading cells extraction dropped: its cells sit further left
			int shift = dateCell.isEmpty() && date == 0 ? Math.max(0, header.size() - row.size()) : 0;
			if (dateCell.isPresent()) {
				dayText = dateCell.get();
			}
			int at = place - shift;
			Optional<String> placed = Table.cell(row, at)
				.map(cell -> municipalityBeside ? cell.strip() + Table.cell(row, at + 1).orElse("").strip() : cell)
				.map(cell -> VISIT_TAG.matcher(cell).replaceFirst(""));
			Optional<String> name = placed.flatMap(Destinations::nameAtStart);
			if (dayText == null || name.isEmpty()) {
				continue;
			}
			String when = Table.cell(row, time - shift).orElse(dateCell.orElse(""));
			ClockTimes.TimeRange range = InspectionDates.timeRange(when).orElse(null);
			String stated = dayText;
			Optional<MonthDay> day = JapaneseDates.firstMonthDay(stated).or(() -> slashedDay(stated));
			LocalDate full = InspectionDates.firstDate(dayText).orElse(null);
			MonthDay monthDay = full != null ? MonthDay.from(full) : day.orElse(null);
			if (monthDay != null) {
				entries.add(new Entry(row.get(0).location().line() - 1, monthDay, full, name.get(),
						topic < 0 ? null : Table.cell(row, topic - shift).map(Itinerary::wrapsJoined).orElse(null), range));
			}
		}
		continued.header = header;
		continued.day = dayText;
		continued.page = table.location().page();
	}

	/** 小松市役所において, 鯖江市で, 守山市を訪問: where a sentence of the itinerary says the visit took place. */
	private static final Pattern VISITED_AT = Pattern
		.compile("([\\p{IsHan}ヶケが]{1,8}?[市町村区])(?:役所|役場|議会|庁舎|本庁舎)?(?:において|にて|で|を訪問|を視察)");

	/** 13:30～, 15:00, 9:30～11:00: a time, or a range of times, alone on its line. */
	private static final Pattern TIME_ONLY = Pattern
		.compile("^[\\s　]*\\d{1,2}\\s*[:：]\\s*\\d{2}\\s*(?:[~～〜\\-－―]\\s*(?:\\d{1,2}\\s*[:：]\\s*\\d{2})?)?[\\s　]*$");

	/** A line that is a day and nothing else: １０月２２日（火）. */
	private static final Pattern DAY_LINE = Pattern
		.compile("^[\\s　]*[◇◆■□●○]?[\\s　]*(?:令和\\s*\\d{1,2}\\s*年\\s*)?\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日\\s*(?:[（(][月火水木金土日][）)])?[\\s　]*$");

	/**
	 * The itinerary told as prose, a day on its line and the day's account after it: each sentence that states a time
	 * range and a municipality where it was spent (午後１時３０分から午後３時まで、小松市役所において…) is a visit of that
	 * day. Travel (小松駅に到着, 帰着) states no range and is no visit.
	 */
	private static void prose(DocumentModel model, List<Entry> entries, Set<Integer> covered) {
		MonthDay day = null;
		LocalDate full = null;
		MonthDay listedDay = null;
		LocalDate listedFull = null;
		int dayLine = -1;
		for (org.govreview.readers.document.Block block : model.blocks()) {
			if (!(block instanceof org.govreview.readers.document.Paragraph paragraph)) {
				String normalized = InspectionDates.normalize(block.text());
				if (DAY_LINE.matcher(normalized).matches()) {
					day = JapaneseDates.firstMonthDay(normalized).orElse(null);
					full = InspectionDates.firstDate(normalized).orElse(null);
					dayLine = block.location().line() - 1;
				}
				else if (block instanceof org.govreview.readers.document.Heading heading
						&& heading.scheme() != org.govreview.readers.document.NumberingScheme.CIRCLED) {
					// ① 克雪住宅の普及促進について under the day: one of the day's topics, the day goes on
					day = null;
					listedDay = null;
				}
				continue;
			}
			if (listed(paragraph, day, full, entries)) {
				covered.add(dayLine);
				paragraph.lineLocations().forEach(location -> covered.add(location.line() - 1));
				listedDay = day;
				listedFull = full;
				day = null;
				continue;
			}
			if (day == null && listedDay != null && paragraph.lines().stream()
				.allMatch(line -> TIME_ONLY.matcher(InspectionDates.normalize(line)).matches())) {
				// 13:30～ / 15:00 after a place listed under its day: the day's next visit, its place below
				day = listedDay;
				full = listedFull;
				continue;
			}
			StringBuilder account = new StringBuilder();
			for (String line : paragraph.lines()) {
				String normalized = InspectionDates.normalize(line);
				if (DAY_LINE.matcher(normalized).matches()) {
					visits(account.toString(), day, full, block.location().line() - 1, entries);
					account.setLength(0);
					day = JapaneseDates.firstMonthDay(normalized).orElse(null);
					full = InspectionDates.firstDate(normalized).orElse(null);
				}
				else if (datedTimedPlace(normalized, block.location().line() - 1, entries)) {
					covered.add(block.location().line() - 1);
				}
				else if (!timedPlace(normalized, day, full, block.location().line() - 1, entries)) {
					account.append(normalized.strip());
				}
			}
			visits(account.toString(), day, full, block.location().line() - 1, entries);
		}
	}

	/**
	 * ◇10月29日（火） over 石川県加賀市 / デジタル技術を活用したスマートシティの推進について: a day on its line over a place
	 * that fills a line of its own and the topic after it, as a newsletter's box of destinations lists them.
	 */
	private static boolean listed(org.govreview.readers.document.Paragraph paragraph, MonthDay day, LocalDate full,
			List<Entry> entries) {
		List<String> lines = paragraph.lines();
		if (day == null || lines.size() < 2) {
			return false;
		}
		String first = InspectionDates.normalize(lines.get(0)).replaceAll("\\s+", "");
		Optional<String> place = Destinations.nameAtStart(first).filter(first::equals);
		if (place.isEmpty()) {
			return false;
		}
		// 新潟県南魚沼市 over （南魚沼市役所）: where the visit took place, in brackets under the place, is no topic
		String topic = String.join("", lines.subList(1, lines.size()).stream()
			.filter(line -> !InspectionDates.normalize(line).strip().matches("^[（(][^（）()]*[）)]$")).toList())
			.replaceAll("[\\s　]+", "");
		entries.add(new Entry(paragraph.location().line() - 1, day, full, place.get(), topic.isEmpty() ? null : topic, null));
		return true;
	}

	/** 9:30~11:00 真庭市 (真庭市役所 本庁舎 3 階): a line of the day that spends a time range at a municipality. */
	private static final Pattern TIMED_PLACE = Pattern
		.compile("^[\\s　]*(\\d{1,2}\\s*[:：]\\s*\\d{2}\\s*[~～〜\\-－―]\\s*\\d{1,2}\\s*[:：]\\s*\\d{2})[\\s　]*(\\S.*)$");

	private static boolean timedPlace(String line, MonthDay day, LocalDate full, int at, List<Entry> entries) {
		Matcher timed = TIMED_PLACE.matcher(line);
		if (day == null || !timed.matches()) {
			return false;
		}
		Optional<ClockTimes.TimeRange> range = InspectionDates.timeRange(timed.group(1));
		Optional<String> place = Destinations.nameAtStart(timed.group(2).replaceAll("[\\s　]+", ""));
		if (range.isEmpty() || place.isEmpty()) {
			return false;
		}
		entries.add(new Entry(at, day, full, place.get(), null, range.get()));
		return true;
	}

	/** 10月22日（火） before the rest of a line: the day of the time range and municipality the rest names. */
	private static final Pattern DAY_BEFORE = Pattern.compile("^[\\s　]*[・◇◆■□●○]?[\\s　]*((?:令和\\s*(?:\\d{1,2}|元)\\s*年\\s*)?\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)"
			+ "\\s*(?:[（(][月火水木金土日][）)])?(.*)$");

	/** 10月22日（火）13:30～15:00 福井県あわら市: a day, a time range and a municipality, the line holding nothing else. */
	private static boolean datedTimedPlace(String line, int at, List<Entry> entries) {
		Matcher dated = DAY_BEFORE.matcher(line);
		if (!dated.matches()) {
			return false;
		}
		Optional<MonthDay> day = JapaneseDates.firstMonthDay(dated.group(1));
		return day.isPresent()
				&& timedPlace(dated.group(2), day.get(), InspectionDates.firstDate(dated.group(1)).orElse(null), at, entries);
	}

	private static void visits(String account, MonthDay day, LocalDate full, int line, List<Entry> entries) {
		if (day == null) {
			return;
		}
		for (String sentence : account.split("(?<=。)")) {
			Optional<ClockTimes.TimeRange> range = InspectionDates.timeRange(sentence);
			Matcher place = VISITED_AT.matcher(sentence);
			if (range.isPresent() && place.find()) {
				entries.add(new Entry(line, day, full, place.group(1), null, range.get()));
			}
		}
	}

	/** ①, ・, (2), 2.: a line that opens a topic of its own. */
	private static final Pattern TOPIC_MARK = Pattern.compile("^\\s*(?:[①-⑳・●○■◆◇□※-]|[(（][0-9０-９]{1,2}[)）]|[0-9０-９]{1,2}[.．、)）])");

	/** について, に関して, 。: the end of a topic, after which a line starts the next. */
	private static final Pattern TOPIC_END = Pattern.compile("(?:について|に関して|に関する調査|の取組み?|[。）)」』])\\s*$");

	/**
	 * 空き家バンクを活用した移住・定住の over 促進について: a topic a system broke at a fixed width inside its cell, one
	 * line again; a line that opens with its own mark, or follows a topic's end, stays a topic of its own.
	 */
	static String wrapsJoined(String cell) {
		String[] lines = cell.split("\n");
		StringBuilder joined = new StringBuilder(lines[0].strip());
		for (int i = 1; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty()) {
				continue;
			}
			String before = joined.substring(joined.lastIndexOf("\n") + 1);
			// 空き家対策 over 移住定住促進: two topics; …自主防災 over 組織の育成について: one the cell's width broke
			boolean cut = before.matches(".*[\\p{IsHiragana}・、]$") || before.length() >= line.length();
			boolean own = TOPIC_MARK.matcher(line).lookingAt() || TOPIC_END.matcher(joined).find() || joined.isEmpty() || !cut;
			joined.append(own ? "\n" : "").append(line);
		}
		return joined.toString();
	}

	/** 10/29 alone in a date column: a month and a day. */
	private static final Pattern SLASHED_DAY = Pattern.compile("^\\s*(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*$");

	private static Optional<MonthDay> slashedDay(String cell) {
		Matcher day = SLASHED_DAY.matcher(cell);
		try {
			return day.matches() ? Optional.of(MonthDay.of(Integer.parseInt(day.group(1)), Integer.parseInt(day.group(2)))) : Optional.empty();
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

	/** 【視察１】, ［視察先２］: the row's tag before the place it names. */
	private static final Pattern VISIT_TAG = Pattern.compile("^\\s*[【［\\[〔][^】］\\]〕]{1,8}[】］\\]〕]\\s*");

	private static String key(String header) {
		return InspectionDates.normalize(header).replaceAll("\\s+", "");
	}

	private static boolean isDay(String cell) {
		return SLASHED_DAY.matcher(cell).matches() || JapaneseDates.firstMonthDay(cell).isPresent() || InspectionDates.firstDate(cell).isPresent();
	}

	/** The first column (other than {@code except}) whose header contains one of the words. */
	private static int column(List<String> header, List<String> words, int except) {
		for (int column = 0; column < header.size(); column++) {
			String key = key(header.get(column));
			if (column != except && !key.isEmpty() && key.length() <= 12 && words.stream().anyMatch(key::contains)) {
				return column;
			}
		}
		return -1;
	}

	private static Optional<Entry> entry(int line, String text, String month, String day, String place, String topic,
			ClockTimes.TimeRange time) {
		LocalDate date = InspectionDates.firstDate(text).orElse(null);
		String stated = topic == null || topic.isBlank() ? null : topic.strip();
		try {
			return Optional.of(new Entry(line, MonthDay.of(Integer.parseInt(month), Integer.parseInt(day)), date,
					place.strip(), stated, time));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

	List<Entry> entries() {
		return this.entries;
	}

	/** True when the line belongs to the itinerary table. */
	boolean covers(int line) {
		return this.lines.contains(line);
	}

	/** True when the fragment belongs to the itinerary table: its line, or its cell where a sheet's rows share a line. */
	boolean covers(Fragments.Fragment fragment) {
		return covers(fragment.line()) || this.cells.contains(fragment.text().strip());
	}
}
