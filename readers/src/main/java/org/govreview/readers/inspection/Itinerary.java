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

	private static final Pattern HEADER = Pattern.compile("^.{0,6}(?:月日|日付|年月日).{0,8}(?:視察先|調査先|訪問先|用務先).{0,12}$");

	private static final Pattern TABLE_ROW = Pattern.compile(
			"^\\s*(?:\\d{1,2}\\s+)?(?:(\\p{IsHan}{2}|[A-Z])?\\s*(?:元|\\d{1,2})\\s*年\\s*)?(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日\\s*(?:[(（][月火水木金土日][)）])?\\s+(\\S+)(?:\\s+(.+))?$",
			Pattern.UNICODE_CHARACTER_CLASS);

	private final List<Entry> entries;

	private final Set<Integer> lines;

	private Itinerary(List<Entry> entries, Set<Integer> lines) {
		this.entries = List.copyOf(entries);
		this.lines = Set.copyOf(lines);
	}

	/**
	 * One row: the day (with its year when the row states one), the destination as printed and the topic, if any.
	 * {@code line} is 0-based.
	 */
	record Entry(int line, MonthDay day, LocalDate date, String place, String topic) {
	}

	static Itinerary scan(List<String> text) {
		List<Entry> entries = new ArrayList<>();
		Set<Integer> covered = new HashSet<>();
		boolean inTable = false;
		for (int i = 0; i < text.size(); i++) {
			String line = text.get(i).replace('\t', ' ');
			String key = InspectionDates.normalize(line).replaceAll("\\s+", "");
			if (key.contains("用務先") && key.contains("内容")) {
				covered.add(i);
				Matcher row = ERRAND_ROW.matcher(line);
				if (row.find()) {
					entry(i, line, row.group(1), row.group(2), row.group(3), row.group(4)).ifPresent(entries::add);
				}
				continue;
			}
			if (HEADER.matcher(key).matches()) {
				covered.add(i);
				inTable = true;
				continue;
			}
			if (inTable && key.isEmpty()) {
				continue;
			}
			Matcher row = TABLE_ROW.matcher(line);
			if (inTable && row.matches()) {
				covered.add(i);
				entry(i, line, row.group(2), row.group(3), row.group(4), row.group(5)).ifPresent(entries::add);
				continue;
			}
			inTable = false;
		}
		return new Itinerary(entries, covered);
	}

	private static Optional<Entry> entry(int line, String text, String month, String day, String place, String topic) {
		LocalDate date = InspectionDates.firstDate(text).orElse(null);
		String stated = topic == null || topic.isBlank() ? null : topic.strip();
		try {
			return Optional.of(new Entry(line, MonthDay.of(Integer.parseInt(month), Integer.parseInt(day)), date,
					place.strip(), stated));
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
}
