package org.govreview.jobs.hostile;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** A command's CSV standard output, parsed with Commons CSV: header first, one map per record. */
final class CsvOutput {

	private CsvOutput() {
	}

	/** The records of {@code stdout}, whose first line must be the header. */
	static List<Map<String, String>> parse(String stdout) {
		try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
			.parse(new StringReader(stdout))) {
			List<Map<String, String>> rows = new ArrayList<>();
			for (CSVRecord record : parser) {
				if (!record.isConsistent()) {
					throw new IllegalArgumentException("record " + record.getRecordNumber() + " has " + record.size()
							+ " cells, the header " + parser.getHeaderNames().size() + ": " + record);
				}
				rows.add(record.toMap());
			}
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The records after the first line that starts with {@code headerStart}, whatever precedes it: for the tests
	 * that check what the export holds rather than how clean its output is.
	 */
	static List<Map<String, String>> parseFrom(String stdout, String headerStart) {
		int at = stdout.startsWith(headerStart) ? 0 : stdout.indexOf("\n" + headerStart);
		if (at < 0) {
			throw new IllegalArgumentException("no header line starting '" + headerStart + "' in:\n" + stdout);
		}
		return parse(stdout.substring(at == 0 ? 0 : at + 1));
	}
}
