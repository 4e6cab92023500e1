package org.govreview.readers.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A sheet saved as comma-separated values (Excel's CSV), or as Excel's Unicode text (tab-separated, quoted where a
 * cell holds a line break): each record a tab-separated row on the line it starts on,
 * a quoted cell's line breaks kept inside the cell, as an HTML cell's {@code <br>}. Text is taken for CSV when
 * nearly every record has one and the same number of fields, four or more, as a spreadsheet pads every row to its
 * widest; running text with a figure such as 1,200人 never does. Commons CSV parses it; a line of a PDF that the page's
 * right edge broke is joined to the next first. Stateless.
 */
final class CommaRows {

	private static final int MIN_FIELDS = 4;

	private static final int MIN_RECORDS = 5;

	/** Records of four fields or more that make a text a sheet even among many rows of one cell. */
	private static final int MANY_RECORDS = 10;

	/** A first record this wide with this few cells filled is the sheet's title row. */
	private static final int TITLED_WIDTH = 8;

	private static final int TITLE_CELLS = 3;

	/** How many lines a page may wrap one record into. */
	private static final int MAX_LINES_A_RECORD = 8;

	private CommaRows() {
	}

	/** The rows of the text, or empty when it is not comma-separated values. */
	static Optional<List<BoxRows.Printed>> of(List<String> lines, IntUnaryOperator page, Set<Integer> softWraps) {
		if (lines.stream().anyMatch(HtmlLines::isReadTable)) {
			// a PDF's ruled tables, set out as the reader reads them: their figures' commas part no fields
			return Optional.empty();
		}
		List<Integer> sheetStarts = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			if (SHEET.matcher(lines.get(i)).matches()) {
				sheetStarts.add(i);
			}
		}
		if (sheetStarts.isEmpty()) {
			// a PDF of the text prints no empty cell, so its records are as wide as their filled cells: a tabbed sheet is
			// known by its quoted cells, not by its padding
			// LibreOffice's CSV with ; between fields, as a locale that writes decimal commas exports it
			return sheet(lines, page, softWraps, false, ',').or(() -> sheet(lines, page, softWraps, false, ';')).or(() -> quotedTabs(lines)
					? sheet(lines, page, softWraps, true, '\t').filter(CommaRows::cellsOfASheet) : Optional.empty());
		}
		// a workbook's sheets, each as wide as its own widest row: a sheet is read alone
		List<BoxRows.Printed> rows = new ArrayList<>();
		boolean padded = false;
		sheetStarts.add(lines.size());
		rows.addAll(sheetAt(lines, 0, sheetStarts.get(0), page, softWraps, true).orElse(List.of()));
		for (int s = 0; s + 1 < sheetStarts.size(); s++) {
			int start = sheetStarts.get(s);
			int end = sheetStarts.get(s + 1);
			// the sheet's tab name (柱1 子ども・教育) is a short label of what its title row says in full: a break only
			rows.add(new BoxRows.Printed("", start + 1, page.applyAsInt(start)));
			Optional<List<BoxRows.Printed>> sheet = sheetAt(lines, start + 1, end, page, softWraps, false);
			padded |= sheet.isPresent();
			rows.addAll(sheet.or(() -> sheetAt(lines, start + 1, end, page, softWraps, true)).orElse(List.of()));
		}
		return padded ? Optional.of(rows) : Optional.empty();
	}

	/**
	 * Excel's Unicode text (tab-separated, a cell holding a line break quoted across lines): tabbed rows and at least
	 * one such cell, without which the tabs are read as any tabbed text is.
	 */
	private static boolean quotedTabs(List<String> lines) {
		long tabbed = lines.stream().filter(line -> line.indexOf('\t') >= 0).count();
		long printed = lines.stream().filter(line -> !line.isBlank()).count();
		// a sheet is rows from top to bottom; a page of text with a table in it is not, nor is markup with quoted values
		return tabbed >= MIN_RECORDS && tabbed * 10 >= printed * 3
				&& lines.stream().filter(line -> OPEN_QUOTED_CELL.matcher(line).find()).count() >= 2;
	}

	/** Most lines a quoted cell of a sheet holds; a stray quote in running text would swallow pages. */
	private static final int MAX_CELL_LINES = 16;

	private static boolean cellsOfASheet(List<BoxRows.Printed> rows) {
		return rows.size() >= MIN_RECORDS && rows.stream()
			.flatMap(row -> java.util.Arrays.stream(row.text().split("\t")))
			.allMatch(cell -> cell.chars().filter(c -> c == '\n').count() < MAX_CELL_LINES);
	}

	/** A cell that opens with a quote and runs on past the line's end: "・令和6年4月から… */
	private static final Pattern OPEN_QUOTED_CELL = Pattern.compile("(?:^|\t)\"(?:[^\"\t]|\"\")*$");

	/** xlsx2csv -a: -------- 2 - 柱1 子ども・教育, the sheet's number and name above its rows. */
	private static final Pattern SHEET = Pattern.compile("-{8} \\d+ - .+");

	/** The rows of the sheet on lines {@code from} to {@code to}, numbered as lines of the whole text. */
	private static Optional<List<BoxRows.Printed>> sheetAt(List<String> lines, int from, int to, IntUnaryOperator page,
			Set<Integer> softWraps, boolean any) {
		if (from >= to) {
			return Optional.empty();
		}
		Set<Integer> wraps = new java.util.HashSet<>();
		softWraps.forEach(line -> wraps.add(line - from));
		return sheet(lines.subList(from, to), line -> page.applyAsInt(line + from), wraps, any, ',')
			.map(rows -> rows.stream().map(row -> new BoxRows.Printed(row.text(), row.number() + from, row.page())).toList());
	}

	/**
	 * The rows of one sheet, or empty when it is not comma-separated values; a sheet of a workbook ({@code any}) is
	 * whatever its records are.
	 */
	private static Optional<List<BoxRows.Printed>> sheet(List<String> lines, IntUnaryOperator page, Set<Integer> softWraps,
			boolean any, char delimiter) {
		long delimited = lines.stream().filter(line -> line.indexOf(delimiter) >= 0).count();
		if (delimited < MIN_RECORDS && !any) {
			return Optional.empty();
		}
		Joined joined = joinedAtSoftWraps(lines, softWraps, delimiter);
		if (!softWraps.isEmpty()) {
			// a page that wrapped records where its own rules for Japanese text broke them (基準 / 値,2022,…), or ended a
			// record flush with its edge (…,法定報告値 / 38,122203,…): each record starts where a line starts as the
			// records do, and whichever reading gives more whole records is the sheet's
			Optional<Joined> byStarts = joinedAtRecordStarts(lines, softWraps, delimiter);
			if (byStarts.isPresent() && (!paddedToOneWidth(joined.records())
					|| wholeRecords(byStarts.get().records()) > wholeRecords(joined.records()))) {
				joined = byStarts.get();
			}
		}
		List<CSVRecord> records = joined.records();
		int[] lineStarts = joined.lineStarts();
		boolean stacked = !any && !paddedToOneWidth(records);
		if (stacked && !stackedTables(records)) {
			return Optional.empty();
		}
		List<BoxRows.Printed> rows = new ArrayList<>();
		int width = -1;
		List<List<String>> header = new ArrayList<>();
		int repeated = 0;
		for (CSVRecord record : records) {
			int line = lineOf(lineStarts, record.getCharacterPosition());
			if (isTableMarker(record.toList())) {
				// # page 4, table 1 and 0,1,2,…: a table extractor's marks between its tables, no row of them
				if (!rows.isEmpty() && !rows.get(rows.size() - 1).text().isEmpty()) {
					rows.add(new BoxRows.Printed("", line + 1, page.applyAsInt(line)));
				}
				width = -1;
				header.clear();
				repeated = 0;
				continue;
			}
			if (stacked) {
				List<String> values = record.toList();
				if (record.size() != width) {
					// the next table of the stack: as wide as its own columns
					if (!rows.isEmpty()) {
						rows.add(new BoxRows.Printed("", line + 1, page.applyAsInt(line)));
					}
					header.clear();
					repeated = 0;
				}
				width = record.size();
				if (header.size() < 2) {
					header.add(values);
				}
				else if (repeated < header.size() && values.equals(header.get(repeated))) {
					// the table's header printed again at the top of the next page: the table goes on
					repeated++;
					continue;
				}
				else {
					repeated = 0;
				}
			}
			List<String> cells = new ArrayList<>();
			for (String value : record.values()) {
				cells.add(value.replace('\t', ' ').strip().replaceAll("[ 　]*\n[ 　]*", "\n").replaceAll("\n+", "\n"));
			}
			while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
				// a spreadsheet pads every row to its widest: the padding is no cell
				cells.remove(cells.size() - 1);
			}
			long filled = cells.stream().filter(cell -> !cell.isEmpty()).count();
			// a title row above the header (第2次…総合計画　成果指標進捗管理表,,,,※評価…): a line of text, no row
			String row = rows.isEmpty() && cells.size() >= TITLED_WIDTH && filled <= TITLE_CELLS
					? String.join("　", cells.stream().filter(cell -> !cell.isEmpty()).toList()) : String.join("\t", cells);
			rows.add(new BoxRows.Printed(row, line + 1, page.applyAsInt(line)));
		}
		return Optional.of(rows);
	}

	/** # page 4, table 1 (camelot, tabula): a table's place; 0,1,2,… (pandas): the numbers of its columns. */
	private static final Pattern TABLE_PLACE = Pattern.compile("^#+\\s*(?:page|p\\.|table)\\s*\\d+.*", Pattern.CASE_INSENSITIVE);

	private static boolean isTableMarker(List<String> values) {
		List<String> filled = values.stream().filter(value -> !value.isBlank()).toList();
		if (!filled.isEmpty() && TABLE_PLACE.matcher(filled.get(0).strip()).matches()) {
			return true;
		}
		if (values.size() < 3) {
			return false;
		}
		for (int c = 0; c < values.size(); c++) {
			if (!values.get(c).strip().equals(Integer.toString(c))) {
				return false;
			}
		}
		return true;
	}

	/** The records of the lines, and where each line starts in the text they were parsed from. */
	private record Joined(List<CSVRecord> records, int[] lineStarts) {
	}

	/** The lines joined where the page's right edge broke them, a cell's own line break kept. */
	private static Joined joinedAtSoftWraps(List<String> lines, Set<Integer> softWraps, char delimiter) {
		int[] lineStarts = new int[lines.size()];
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < lines.size(); i++) {
			lineStarts[i] = text.length();
			text.append(lines.get(i).replace("\r", ""));
			if (!softWraps.contains(i)) {
				// a record the PDF page's right edge broke goes on, unlike a cell's own line break
				text.append('\n');
			}
		}
		return new Joined(parsed(text.toString(), delimiter).orElse(List.of()), lineStarts);
	}

	/** The lines joined into records that start where lines open as most records do; empty when too few do. */
	private static Optional<Joined> joinedAtRecordStarts(List<String> lines, Set<Integer> softWraps, char delimiter) {
		List<Integer> starts = recordStarts(lines, delimiter);
		long printed = lines.stream().filter(line -> !line.isBlank()).count();
		if (starts.size() < MIN_RECORDS || printed > starts.size() * MAX_LINES_A_RECORD) {
			// a few lines shaped like a record's start among pages of text: no sheet
			return Optional.empty();
		}
		int[] lineStarts = new int[lines.size()];
		StringBuilder text = new StringBuilder();
		int recordStart = 0;
		for (int i = 0; i < lines.size(); i++) {
			if (starts.contains(i) && i > 0) {
				text.append('\n');
				recordStart = text.length();
			}
			else if (i > 0 && !softWraps.contains(i - 1) && quoted(text, recordStart)) {
				// a quoted cell's own line break (観光振興課 / ふるさとPR課) is kept inside the cell
				text.append('\n');
			}
			lineStarts[i] = text.length();
			text.append(lines.get(i).replace("\r", ""));
		}
		return Optional.of(new Joined(parsed(text.toString(), delimiter).orElse(List.of()), lineStarts));
	}

	/** How many records have the width most records have. */
	private static long wholeRecords(List<CSVRecord> records) {
		Map<Integer, Long> widths = new HashMap<>();
		records.forEach(record -> widths.merge(record.size(), 1L, Long::sum));
		return widths.entrySet().stream().filter(width -> width.getKey() >= MIN_FIELDS).mapToLong(Map.Entry::getValue).max().orElse(0);
	}

	private static Optional<List<CSVRecord>> parsed(String text, char delimiter) {
		try (CSVParser parser = CSVParser.parse(text,
				CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get())) {
			return Optional.of(parser.getRecords());
		}
		catch (IOException | UncheckedIOException | IllegalStateException notCsv) {
			return Optional.empty();
		}
	}

	/**
	 * The lines that start a record: the first, and each that opens with a field shaped as most records open (an ID,
	 * a year) once the record before it has nearly all its fields.
	 */
	private static List<Integer> recordStarts(List<String> lines, char delimiter) {
		Map<String, Integer> shapes = new HashMap<>();
		for (String line : lines) {
			if (line.chars().filter(c -> c == delimiter).count() >= MIN_FIELDS - 1) {
				shapes.merge(shape(line, delimiter), 1, Integer::sum);
			}
		}
		String opening = shapes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
		List<Integer> byShape = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			if (i == 0 || shape(lines.get(i), delimiter).equals(opening)) {
				byShape.add(i);
			}
		}
		Map<Integer, Integer> widths = new HashMap<>();
		for (int r = 0; r < byShape.size(); r++) {
			widths.merge(fields(lines, byShape.get(r), r + 1 < byShape.size() ? byShape.get(r + 1) : lines.size(), delimiter), 1,
					Integer::sum);
		}
		int width = widths.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0);
		List<Integer> starts = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < lines.size(); i++) {
			int before = i == 0 ? 0 : fields(lines, start, i, delimiter);
			// a header under a title row opens as no record does, but the row above it is whole
			boolean whole = before >= width && lines.get(i).chars().filter(c -> c == delimiter).count() >= MIN_FIELDS - 1;
			if (i == 0 || byShape.contains(i) && before >= width - 1 || whole) {
				starts.add(i);
				start = i;
			}
		}
		return starts;
	}

	/** 12,122203,流山市,… → "9,9", 45,1-01,… → "9,9-9": what a line's first two fields are, each run of digits one class. */
	private static String shape(String line, char delimiter) {
		String[] fields = line.split(Pattern.quote(String.valueOf(delimiter)), 3);
		StringBuilder shape = new StringBuilder();
		for (int f = 0; f < Math.min(2, fields.length); f++) {
			String field = fields[f].strip();
			shape.append(field.length() <= 12 ? field.replaceAll("\\d+", "9") : "…").append(',');
		}
		return shape.toString();
	}

	/** Whether the record that starts at {@code from} has a quoted cell still open. */
	private static boolean quoted(CharSequence text, int from) {
		int quotes = 0;
		for (int i = from; i < text.length(); i++) {
			if (text.charAt(i) == '"') {
				quotes++;
			}
		}
		return quotes % 2 == 1;
	}

	private static int fields(List<String> lines, int from, int to, char delimiter) {
		String record = String.join("", lines.subList(from, to));
		return parsed(record, delimiter).filter(parsed -> !parsed.isEmpty()).map(parsed -> parsed.get(0).size()).orElse(0);
	}

	/**
	 * Tables pulled out of a PDF one after another (Tabula's CSV): each table as wide as its own columns, so no width
	 * is the sheet's, but every line is a record of several cells, and no cell holds a run of spaces as a line of
	 * aligned text read as values would.
	 */
	private static boolean stackedTables(List<CSVRecord> records) {
		List<CSVRecord> filled = records.stream().filter(record -> record.size() > 1 || !record.get(0).isBlank()).toList();
		long wide = filled.stream().filter(record -> record.size() >= MIN_FIELDS).count();
		// a sheet's titles and notes one cell a row (xls2csv writes no padding) around many rows of the table
		boolean rowsOfCells = filled.stream().filter(record -> record.size() >= 2).count() * 10 >= filled.size() * 9
				|| wide >= MANY_RECORDS && wide * 10 >= filled.size() * 6;
		return wide >= MIN_RECORDS && rowsOfCells
				&& filled.stream()
					.flatMap(record -> record.stream())
					.noneMatch(cell -> cell.contains("  ") || cell.chars().filter(c -> c == '\n').count() >= MAX_CELL_LINES);
	}

	private static boolean paddedToOneWidth(List<CSVRecord> records) {
		Map<Integer, Integer> widths = new HashMap<>();
		int filled = 0;
		for (CSVRecord record : records) {
			if (record.size() > 1 || !record.get(0).isBlank()) {
				widths.merge(record.size(), 1, Integer::sum);
				filled++;
			}
		}
		double most = filled * 0.8;
		// an export that writes one empty field more on some rows (an item's row against its subtotal's) is still a sheet
		return widths.entrySet()
			.stream()
			.filter(width -> width.getKey() >= MIN_FIELDS)
			.anyMatch(width -> width.getValue() >= MIN_RECORDS
					&& width.getValue() + widths.getOrDefault(width.getKey() + 1, 0) >= most);
	}

	private static int lineOf(int[] lineStarts, long position) {
		int low = 0;
		int high = lineStarts.length - 1;
		while (low < high) {
			int middle = (low + high + 1) >>> 1;
			if (lineStarts[middle] <= position) {
				low = middle;
			}
			else {
				high = middle - 1;
			}
		}
		return low;
	}
}
