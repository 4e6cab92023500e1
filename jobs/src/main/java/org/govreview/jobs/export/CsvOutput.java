package org.govreview.jobs.export;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV for standard output, header first, safe to open in a spreadsheet: a text cell that begins with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return is prefixed with a single quote (OWASP, CSV
 * injection), so a spreadsheet shows it as text instead of evaluating it. Numbers stay numbers: a numeric value, or
 * a text cell that is a plain number such as {@code -1.5}, is written as it is.
 */
public final class CsvOutput {

	private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

	private CsvOutput() {
	}

	public static void print(List<String> header, List<? extends Iterable<?>> rows, PrintStream out) {
		StringBuilder text = new StringBuilder();
		try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get())) {
			for (Iterable<?> row : rows) {
				List<Object> cells = new ArrayList<>();
				row.forEach(cell -> cells.add(neutralised(cell)));
				printer.printRecord(cells);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		out.print(text);
		out.flush();
	}

	/** The cell as a spreadsheet should see it: formula-like text behind a single quote. */
	static Object neutralised(Object cell) {
		if (!(cell instanceof CharSequence sequence) || sequence.isEmpty()) {
			return cell;
		}
		String text = sequence.toString();
		char first = text.charAt(0);
		boolean formulaLike = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
		return formulaLike && !PLAIN_NUMBER.matcher(text).matches() ? "'" + text : text;
	}
}
