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

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A sheet saved as comma-separated values (Excel's CSV): each record a tab-separated row on the line it starts on,
 * a quoted cell's line breaks kept inside the cell, as an HTML cell's {@code <br>}. Text is taken for CSV when
 * nearly every record has one and the same number of fields, four or more, as a spreadsheet pads every row to its
 * widest; running text with a figure such as 1,200人 never does. Commons CSV parses it; a line of a PDF that the page's
 * right edge broke is joined to the next first. Stateless.
 */
final class CommaRows {

	private static final int MIN_FIELDS = 4;

	private static final int MIN_RECORDS = 5;

	private CommaRows() {
	}

	/** The rows of the text, or empty when it is not comma-separated values. */
	static Optional<List<BoxRows.Printed>> of(List<String> lines, IntUnaryOperator page, Set<Integer> softWraps) {
		long commaLines = lines.stream().filter(line -> line.indexOf(',') >= 0).count();
		if (commaLines < MIN_RECORDS) {
			return Optional.empty();
		}
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
		List<CSVRecord> records;
		try (CSVParser parser = CSVParser.parse(text.toString(), CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get())) {
			records = parser.getRecords();
		}
		catch (IOException | UncheckedIOException | IllegalStateException notCsv) {
			return Optional.empty();
		}
		if (!paddedToOneWidth(records)) {
			return Optional.empty();
		}
		List<BoxRows.Printed> rows = new ArrayList<>();
		for (CSVRecord record : records) {
			int line = lineOf(lineStarts, record.getCharacterPosition());
			List<String> cells = new ArrayList<>();
			for (String value : record.values()) {
				cells.add(value.replace('\t', ' ').strip().replaceAll("[ 　]*\n[ 　]*", "\n").replaceAll("\n+", "\n"));
			}
			while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
				// a spreadsheet pads every row to its widest: the padding is no cell
				cells.remove(cells.size() - 1);
			}
			String row = String.join("\t", cells);
			rows.add(new BoxRows.Printed(row, line + 1, page.applyAsInt(line)));
		}
		return Optional.of(rows);
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
		return widths.entrySet()
			.stream()
			.filter(width -> width.getKey() >= MIN_FIELDS)
			.anyMatch(width -> width.getValue() >= MIN_RECORDS && width.getValue() >= most);
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
