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
			if (block instanceof Table table && labelledPairs(table, out)) {
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

	private static String label(Block block) {
		if (block instanceof Heading heading && heading.scheme() == NumberingScheme.BRACKETED
				&& Words.isLabel(heading.title())) {
			return heading.title().strip();
		}
		return null;
	}

	/** 【現状値】⇥78.3％（令和５年度）⇥【目標値】⇥85.0％（令和８年度）: a field per label. */
	private static boolean labelledPairs(Table table, List<Block> out) {
		if (table.rows().size() != 1) {
			return false;
		}
		List<Cell> row = table.rows().get(0).stream().filter(cell -> !cell.isEmpty()).toList();
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
