package org.govreview.readers.pledge;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govreview.readers.document.Block;
import org.govreview.readers.document.Cell;
import org.govreview.readers.document.DocumentModel;
import org.govreview.readers.document.Heading;
import org.govreview.readers.document.ListItem;
import org.govreview.readers.document.Paragraph;
import org.govreview.readers.document.Table;

/**
 * The summary table (総括表): one row per basic policy (Roman numeral) and pledge (number) with the published
 * percentage last, and the overall figure (全体). Rows are recognised by their shape, wherever the table stands;
 * cells may be separated by tabs (text extraction) or spaces (PDF extraction). The detail's headings can have the
 * same shape (政策 I … 65); when the numerals start over, a new table begins, and the one that ends in the overall
 * figure is the summary, so a report that prints its detail before its summary is read too.
 */
final class SummaryTable {

	private static final Pattern POLICY_ROW = Pattern
		.compile("^(?:政策\\s*)?(X|IX|VIII|VII|VI|V|IV|III|II|I)[\\s.:、]+(.+?)\\s+(\\d{1,3}(?:\\.\\d+)?)\\s*%?$");

	private static final Pattern PLEDGE_ROW = Pattern.compile("^(\\d{1,2})[\\s.、)]+(\\D.*?)\\s+(\\d{1,3}(?:\\.\\d+)?)\\s*%?$");

	private static final Pattern OVERALL_ROW = Pattern.compile("^(?:全体|合計|総合|全体平均|総計)[\\s:]*(\\d{1,3}(?:\\.\\d+)?)\\s*%?$");

	final List<PolicyRow> policies = new ArrayList<>();

	BigDecimal overall;

	int overallLine = -1;

	int firstLine = -1;

	int lastLine = -1;

	/**
	 * The summary among the model's rows: a table's rows with their cells side by side, and each line of running text,
	 * heading or list item the model did not set in a table (a row printed alone).
	 */
	static SummaryTable in(DocumentModel model) {
		List<Printed> rows = new ArrayList<>();
		for (Block block : model.blocks()) {
			if (block instanceof Table table) {
				for (List<Cell> row : table.rows()) {
					List<Cell> filled = row.stream().filter(cell -> !cell.isEmpty()).toList();
					if (!filled.isEmpty()) {
						rows.add(new Printed(String.join(" ", filled.stream().map(Cell::text).toList()),
								filled.get(0).location().line() - 1));
					}
				}
			}
			else if (block instanceof Paragraph paragraph) {
				for (int i = 0; i < paragraph.lines().size(); i++) {
					rows.add(new Printed(paragraph.lines().get(i), paragraph.lineLocations().get(i).line() - 1));
				}
			}
			else if (block instanceof Heading || block instanceof ListItem) {
				String marker = block instanceof ListItem item ? item.marker() + " " : "";
				rows.add(new Printed(marker + block.text(), block.location().line() - 1));
			}
		}
		return parse(rows);
	}

	private record Printed(String text, int line) {
	}

	private static SummaryTable parse(List<Printed> rows) {
		SummaryTable first = null;
		SummaryTable table = new SummaryTable();
		Set<String> seen = new HashSet<>();
		for (Printed printed : rows) {
			String line = printed.text();
			int i = printed.line();
			if (line.indexOf('<') >= 0) {
				continue;
			}
			String row = Normalizer.normalize(line, Normalizer.Form.NFKC).strip();
			Matcher overall = OVERALL_ROW.matcher(row.replaceAll("(?<=全)\\s+(?=体)", ""));
			if (overall.matches() && !table.policies.isEmpty()) {
				table.overall = new BigDecimal(overall.group(1));
				table.overallLine = i;
				table.lastLine = i;
				return table;
			}
			Matcher policy = POLICY_ROW.matcher(row);
			if (policy.matches()) {
				if (!seen.add(policy.group(1))) {
					first = first == null ? table : first;
					table = new SummaryTable();
					seen = new HashSet<>(Set.of(policy.group(1)));
				}
				if (table.policies.isEmpty()) {
					table.firstLine = i;
				}
				table.policies.add(new PolicyRow(policy.group(1), rawTitle(line), new BigDecimal(policy.group(3)), i));
				table.lastLine = i;
				continue;
			}
			Matcher pledge = PLEDGE_ROW.matcher(row);
			if (pledge.matches() && !table.policies.isEmpty()) {
				PolicyRow current = table.policies.get(table.policies.size() - 1);
				current.pledges.add(new PledgeRow(Integer.parseInt(pledge.group(1)), rawTitle(line),
						new BigDecimal(pledge.group(3)), i));
				table.lastLine = i;
			}
		}
		return first == null ? table : first;
	}

	/** The title as printed: leading numeral and trailing figure taken off, tabs made spaces. */
	private static String rawTitle(String line) {
		String text = line.strip().replace('\t', ' ');
		text = text.replaceFirst("[\\s\\p{Z}]+[0-9０-９]{1,3}(?:[.．][0-9０-９]+)?[\\s\\p{Z}]*[%％]?$", "");
		text = text.replaceFirst("^(?:政策[\\s\\p{Z}]*)?(?:[IVXⅠ-Ⅹ]+|[0-9０-９]{1,2})[\\s\\p{Z}.:、)]+", "");
		return text.strip();
	}

	boolean isEmpty() {
		return policies.isEmpty();
	}

	static final class PolicyRow {

		final String code;

		final String title;

		final BigDecimal percent;

		final int line;

		final List<PledgeRow> pledges = new ArrayList<>();

		PolicyRow(String code, String title, BigDecimal percent, int line) {
			this.code = code;
			this.title = title;
			this.percent = percent;
			this.line = line;
		}
	}

	record PledgeRow(int number, String title, BigDecimal percent, int line) {
	}
}
