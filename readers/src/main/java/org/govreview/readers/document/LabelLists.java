package org.govreview.readers.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Label–value blocks as forms print them, made into the blocks they mean:
 * <ul>
 * <li>labels each over a numbered list of the same length (【成果指標】 ①…②…, 【現状値】 ①…②…, 【目標値】 ①…②…) are the
 * columns of one table, a row per number;</li>
 * <li>a row of bracketed labels each beside its value (【現状値】 78.3％ 【目標値】 85.0％) is a field per label.</li>
 * </ul>
 * Stateless.
 */
final class LabelLists {

	private static final Set<NumberingScheme> ITEMS = Set.of(NumberingScheme.CIRCLED, NumberingScheme.NUMBER,
			NumberingScheme.PARENTHESISED_NUMBER);

	/** ①, ②: the number of an item of a label's list. */
	private static final Pattern CIRCLED_ITEM = Pattern.compile("^([①-⑳])[\\s　]*");

	private static final Pattern BRACKETED_LABEL = Pattern.compile("^[【\\[［〔]([^】\\]］〕]{1,20})[】\\]］〕]$");

	private LabelLists() {
	}

	static List<Block> restructure(List<Block> blocks) {
		List<Block> out = new ArrayList<>();
		int i = 0;
		while (i < blocks.size()) {
			int end = parallelLists(blocks, i, out);
			if (end > i) {
				i = end;
				continue;
			}
			Block block = blocks.get(i);
			if (block instanceof Table table && (labelledPairs(table, out) || records(table, out) || sheetLists(table, out))) {
				i++;
				continue;
			}
			out.add(block);
			i++;
		}
		return out;
	}

	/** Labels over numbered lists of one length, from {@code start}: adds their table and returns the end, else start. */
	private static int parallelLists(List<Block> blocks, int start, List<Block> out) {
		List<String> labels = new ArrayList<>();
		List<List<String>> columns = new ArrayList<>();
		int i = start;
		while (i < blocks.size() && label(blocks.get(i)) != null) {
			List<String> items = new ArrayList<>();
			int j = i + 1;
			while (j < blocks.size() && blocks.get(j) instanceof Heading item && ITEMS.contains(item.scheme())
					&& !item.title().isEmpty()) {
				items.add(item.title());
				j++;
			}
			if (items.size() < 2) {
				break;
			}
			labels.add(label(blocks.get(i)));
			columns.add(items);
			i = j;
		}
		int rows = columns.isEmpty() ? 0 : columns.get(0).size();
		if (labels.size() < 2 || columns.stream().anyMatch(column -> column.size() != rows)) {
			return start;
		}
		Location at = blocks.get(start).location();
		List<List<Cell>> table = new ArrayList<>();
		table.add(labels.stream().map(label -> new Cell(label, at)).toList());
		for (int r = 0; r < rows; r++) {
			int row = r;
			table.add(columns.stream().map(column -> new Cell(column.get(row), at)).toList());
		}
		out.add(new Table(table, 1, at));
		return i;
	}

	/**
	 * A sheet of labels whose values are numbered lists of one length (【調査日】 ①… ②… ③…, 【調査先】 ①… ②… ③…):
	 * those labels become the columns of a table, a row per number, and a line without a number goes on the item
	 * above it; the sheet's other rows stay a sheet of their own.
	 */
	private static boolean sheetLists(Table table, List<Block> out) {
		if (table.columnCount() != 2) {
			return false;
		}
		List<List<Cell>> rest = new ArrayList<>();
		List<String> labels = new ArrayList<>();
		List<List<Cell>> columns = new ArrayList<>();
		String label = null;
		List<List<Cell>> labelRows = new ArrayList<>();
		List<List<Cell>> rows = new ArrayList<>(table.rows());
		rows.add(List.of(new Cell("【】", table.location()), new Cell("", table.location())));
		for (List<Cell> row : rows) {
			String first = row.get(0).text().strip();
			if (!first.isEmpty()) {
				if (label != null) {
					List<Cell> items = numbered(labelRows);
					if (items.size() >= 2) {
						labels.add(label);
						columns.add(items);
						labelRows.stream().filter(r -> !r.get(0).isEmpty() && !isNumbered(Table.cell(r, 1).orElse("")))
							.map(r -> List.of(r.get(0), r.size() > 1 ? r.get(1) : new Cell("", r.get(0).location())))
							.filter(r -> !r.get(1).isEmpty()).forEach(rest::add);
					}
					else {
						rest.addAll(labelRows);
					}
				}
				Matcher bracketed = BRACKETED_LABEL.matcher(first);
				label = bracketed.matches() ? bracketed.group(1).strip() : Words.isLabel(first) ? first : null;
				labelRows = new ArrayList<>();
				if (label == null && !first.equals("【】")) {
					rest.add(row);
					continue;
				}
			}
			if (label != null) {
				labelRows.add(row);
			}
			else if (!first.equals("【】")) {
				rest.add(row);
			}
		}
		int count = columns.isEmpty() ? 0 : columns.get(0).size();
		if (labels.size() < 2 || columns.stream().anyMatch(column -> column.size() != count)) {
			return false;
		}
		if (!rest.isEmpty()) {
			out.add(new Table(rest, 0, rest.get(0).get(0).location(), table.layout()));
		}
		List<List<Cell>> listed = new ArrayList<>();
		listed.add(labels.stream().map(text -> new Cell(Words.key(text), table.location())).toList());
		for (int r = 0; r < count; r++) {
			int row = r;
			listed.add(columns.stream().map(column -> column.get(row)).toList());
		}
		out.add(new Table(listed, 1, columns.get(0).get(0).location(), table.layout()));
		return true;
	}

	/** The numbered items of a label's rows (①…, its unnumbered lines joined on), or none when one is out of turn. */
	private static List<Cell> numbered(List<List<Cell>> rows) {
		List<Cell> items = new ArrayList<>();
		for (List<Cell> row : rows) {
			String value = Table.cell(row, 1).orElse("").strip();
			if (value.isEmpty()) {
				continue;
			}
			Matcher number = CIRCLED_ITEM.matcher(value);
			if (number.lookingAt()) {
				if (number.group(1).charAt(0) - '①' != items.size()) {
					return List.of();
				}
				items.add(new Cell(value.substring(number.end()).strip(), row.get(1).location()));
			}
			else if (!items.isEmpty()) {
				Cell last = items.get(items.size() - 1);
				items.set(items.size() - 1, new Cell(Wraps.joinCell(last.text(), value), last.location()));
			}
		}
		return items;
	}

	private static boolean isNumbered(String value) {
		return CIRCLED_ITEM.matcher(value.strip()).lookingAt();
	}

	private static String label(Block block) {
		if (block instanceof Heading heading && heading.scheme() == NumberingScheme.BRACKETED
				&& Words.isLabel(heading.title())) {
			return heading.title().strip();
		}
		return null;
	}

	/** 成果指標1, 指標②: a record's first label, numbered. */
	private static final Pattern NUMBERED_LABEL = Pattern.compile("^(\\S{1,12}?)[\\s　]*(?:[0-9０-９]{1,2}|[①-⑳])$");

	private static final int MAX_LABEL = 12;

	/**
	 * 成果指標1 | 「授業がわかる」…, 現状値 | 82.1％（令和５年度）, 目標値 | 85.0％（令和９年度）, 成果指標2 | …: labels
	 * over values in turn, a record a number (a web page's definition list), made a table with the labels as its header,
	 * a row per record. Labels after the last record's (備考 | …) stay the record's when it has none of its own.
	 */
	private static boolean records(Table table, List<Block> out) {
		if (table.columnCount() != 2 || table.rows().size() < 4) {
			return false;
		}
		// 担当課 | 危機管理課 before 成果指標1 | …: the sheet's own fields, then its records
		int from = 0;
		while (from < table.rows().size() && !NUMBERED_LABEL.matcher(table.rows().get(from).get(0).text().strip()).matches()) {
			from++;
		}
		if (from >= table.rows().size() - 3) {
			return false;
		}
		Matcher first = NUMBERED_LABEL.matcher(table.rows().get(from).get(0).text().strip());
		first.matches();
		String start = first.group(1);
		if (!Words.isLabel(start)) {
			// 問１ | …, 答 | …: a question and its answer, numbered, no record of a form's labels
			return false;
		}
		List<String> labels = new ArrayList<>();
		List<java.util.Map<String, Cell>> records = new ArrayList<>();
		for (List<Cell> row : table.rows().subList(from, table.rows().size())) {
			String label = row.get(0).text().strip();
			Matcher numbered = NUMBERED_LABEL.matcher(label);
			if (row.size() < 2 || label.isEmpty() || label.length() > MAX_LABEL) {
				return false;
			}
			if (numbered.matches() && !numbered.group(1).equals(start)) {
				// Q１ | …, A１ | …, Q２ | …: questions and answers numbered alike, no records of labels
				return false;
			}
			String key = numbered.matches() ? start : label;
			if (key.equals(start)) {
				records.add(new java.util.LinkedHashMap<>());
			}
			if (records.get(records.size() - 1).containsKey(key)) {
				return false;
			}
			records.get(records.size() - 1).put(key, row.get(1));
			if (!labels.contains(key)) {
				labels.add(key);
			}
		}
		if (records.size() < 2 || labels.size() < 2) {
			return false;
		}
		List<List<Cell>> rows = new ArrayList<>();
		rows.add(labels.stream().map(label -> new Cell(label, table.location())).toList());
		for (java.util.Map<String, Cell> record : records) {
			rows.add(labels.stream().map(label -> record.getOrDefault(label, new Cell("", table.location()))).toList());
		}
		if (from > 0) {
			out.add(table.withRows(table.rows().subList(0, from), 0));
		}
		out.add(table.withRows(rows, 1));
		return true;
	}

	/**
	 * 【現状値】⇥78.3％（令和５年度）⇥【目標値】⇥85.0％（令和８年度）: a field per label; 基準値⇥38,412人 alone (a card's
	 * row, a page's label beside its value): a field.
	 */
	private static boolean labelledPairs(Table table, List<Block> out) {
		if (table.rows().size() != 1) {
			return false;
		}
		List<Cell> row = table.rows().get(0).stream().filter(cell -> !cell.isEmpty()).toList();
		if (row.size() == 2 && table.rows().get(0).size() == 2 && Words.isLabel(row.get(0).text().strip())
				&& !Words.isLabel(row.get(1).text().strip())) {
			out.add(new Field(Words.key(row.get(0).text()), row.get(1).text().strip(), row.get(0).location()));
			return true;
		}
		if (row.size() < 4 || row.size() % 2 != 0) {
			return false;
		}
		List<Field> fields = new ArrayList<>();
		for (int c = 0; c < row.size(); c += 2) {
			Matcher label = BRACKETED_LABEL.matcher(row.get(c).text().strip());
			if (!label.matches() || !Words.isLabel(label.group(1)) || BRACKETED_LABEL.matcher(row.get(c + 1).text().strip()).matches()) {
				return false;
			}
			fields.add(new Field(Words.key(label.group(1)), row.get(c + 1).text().strip(), row.get(c).location()));
		}
		out.addAll(fields);
		return true;
	}
}
