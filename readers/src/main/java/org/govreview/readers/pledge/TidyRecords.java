package org.govreview.readers.pledge;

import static org.govreview.readers.pledge.PledgeText.WORDS;
import static org.govreview.readers.pledge.PledgeText.clean;
import static org.govreview.readers.pledge.PledgeText.key;
import static org.govreview.readers.pledge.PledgeText.markOf;
import static org.govreview.readers.pledge.PledgeText.nfkc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govreview.domain.pledge.MarkCount;
import org.govreview.readers.document.Cell;
import org.govreview.readers.document.Table;
import org.govreview.readers.pledge.EvaluationScan.Entry;
import org.govreview.readers.pledge.EvaluationScan.Role;
import org.govreview.readers.text.EvaluationMarks;
import org.govreview.readers.text.Evaluation;

/**
 * An open-data sheet of one record a row (政策名 | 公約名 | 取組名 | 進捗段階 | 担当課 | … | 達成度(%)): each group's name
 * repeated on every row of its items, the items scored in a column, and rows without an item title (公約計, 政策計, 全体)
 * giving the group's or the whole report's figure and counts of items per score.
 */
final class TidyRecords {

	/** 進捗段階(5:完了 4:順調 …): the scores the header itself defines. */
	private static final Pattern DEFINED_SCORE = Pattern.compile("(\\d{1,2})\\s*[:：=＝]");

	/** 段階5件数, 評価A件数: the count of items given one score or mark. */
	private static final Pattern COUNT_HEADER = Pattern.compile("^(?:段階|評価|進捗)?([0-9A-ESＳＡＢＣＤ◎○△×])(?:の)?(?:件数|数)$");

	private static final Pattern EVALUATION_WORD = Pattern.compile("評価|進捗|達成状況|段階|判定|評定");

	private final List<String> header;

	private final List<Integer> groupColumns = new ArrayList<>();

	private int titleColumn = -1;

	private int evaluationColumn = -1;

	private int levels;

	private TidyRecords(List<String> header) {
		this.header = header;
	}

	/** Reads the table as records when it is one, adding its entries to the scan; false when it is not. */
	static boolean read(Table table, EvaluationScan scan, List<Entry> entries) {
		if (table.headerRows() != 1 || table.body().size() < 6) {
			return false;
		}
		TidyRecords records = new TidyRecords(table.header());
		if (!records.columns(table)) {
			return false;
		}
		records.entries(table, scan, entries);
		return true;
	}

	private boolean columns(Table table) {
		for (int c = 0; c < header.size(); c++) {
			String bare = bare(header.get(c));
			if (!bare.endsWith("名") || bare.length() < 2) {
				continue;
			}
			String word = bare.substring(0, bare.length() - 1);
			if (WORDS.is("title-header", bare) || WORDS.is("title-header", word) && !WORDS.is("group-label", word)) {
				titleColumn = c;
			}
			else if (WORDS.is("group-label", word) && titleColumn < 0) {
				groupColumns.add(c);
			}
		}
		if (titleColumn < 0 || groupColumns.isEmpty()) {
			return false;
		}
		for (int c = 0; c < header.size() && evaluationColumn < 0; c++) {
			String bare = bare(header.get(c));
			if (c == titleColumn || groupColumns.contains(c) || !EVALUATION_WORD.matcher(bare).find()
					|| bare.matches("^(?:前年度|前回|昨年度).*") || COUNT_HEADER.matcher(bare).matches()) {
				continue;
			}
			int defined = 0;
			Matcher score = DEFINED_SCORE.matcher(nfkc(header.get(c)));
			while (score.find()) {
				defined = Math.max(defined, Integer.parseInt(score.group(1)));
			}
			int maximum = defined > 0 ? defined : 0;
			boolean scored = true;
			boolean any = false;
			for (List<Cell> row : table.body()) {
				String title = Table.cell(row, titleColumn).orElse("").strip();
				String cell = Table.cell(row, c).orElse("").strip();
				if (title.isEmpty() || cell.isEmpty()) {
					continue;
				}
				any = true;
				if (markOf(cell).isPresent()) {
					continue;
				}
				if (!nfkc(cell).matches("\\d{1,2}")) {
					scored = false;
					break;
				}
				maximum = defined > 0 ? defined : Math.max(maximum, Integer.parseInt(nfkc(cell)));
			}
			if (any && scored) {
				evaluationColumn = c;
				levels = defined > 0 ? defined : maximum <= 5 ? 5 : 10;
			}
		}
		return evaluationColumn >= 0;
	}

	private void entries(Table table, EvaluationScan scan, List<Entry> entries) {
		int department = PledgeText.column(header, "department-header");
		int figure = figureColumn();
		Map<Integer, String> current = new HashMap<>();
		Map<String, Entry> groups = new HashMap<>();
		for (List<Cell> row : table.body()) {
			boolean changed = false;
			for (int g : groupColumns) {
				String name = Table.cell(row, g).orElse("").strip().replace("\n", "");
				changed |= !name.isEmpty() && !name.equals(current.get(g));
				if (changed && !name.isEmpty()) {
					current.put(g, name);
					Entry group = new Entry();
					group.role = Role.GROUP;
					group.title = clean(name);
					group.signature = "T|" + key(header.get(g)) + "|";
					group.location = row.get(g).location();
					groups.put(g + "|" + name, group);
					entries.add(group);
				}
			}
			String title = Table.cell(row, titleColumn).orElse("").strip().replace("\n", "");
			if (!title.isEmpty()) {
				item(row, title, department).ifPresent(entries::add);
				continue;
			}
			Optional<BigDecimal> published = figure < 0 ? Optional.empty() : number(Table.cell(row, figure).orElse(""));
			String deepest = null;
			for (int g : groupColumns) {
				String name = Table.cell(row, g).orElse("").strip().replace("\n", "");
				deepest = name.isEmpty() ? deepest : g + "|" + name;
			}
			if (published.isEmpty()) {
				continue;
			}
			if (deepest != null && groups.containsKey(deepest)) {
				groups.get(deepest).figure = published.get();
				groups.get(deepest).unit = "%";
			}
			else if (deepest == null && scan.overall == null) {
				// 全体 | | | 43 | 164 | 215 | 76.3: the whole report's figure, and how many items got each score
				scan.overall = published.get();
				scan.overallUnit = "%";
				counts(row, scan);
			}
		}
	}

	private Optional<Entry> item(List<Cell> row, String title, int department) {
		String cell = Table.cell(row, evaluationColumn).orElse("").strip();
		Optional<Evaluation> evaluation = EvaluationMarks.score(cell, levels).or(() -> markOf(cell));
		if (evaluation.isEmpty()) {
			return Optional.empty();
		}
		Entry item = new Entry();
		item.role = Role.ITEM;
		item.title = clean(title);
		item.evaluation = evaluation.get();
		item.location = row.get(titleColumn).location();
		if (department >= 0) {
			// 子育て支援課;教育総務課: several departments in one cell
			for (String name : Table.cell(row, department).orElse("").split("[;；/／、,，・]")) {
				if (!name.isBlank()) {
					item.departments.add(clean(name.strip()));
				}
			}
		}
		return Optional.of(item);
	}

	private void counts(List<Cell> row, EvaluationScan scan) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (int c = 0; c < header.size(); c++) {
			Matcher count = COUNT_HEADER.matcher(bare(header.get(c)));
			String value = nfkc(Table.cell(row, c).orElse("")).strip();
			if (count.matches() && value.matches("\\d{1,4}")) {
				counts.put(nfkc(count.group(1)), Integer.parseInt(value));
			}
		}
		if (counts.size() >= 2) {
			counts.forEach((mark, count) -> scan.markCounts.add(new MarkCount(mark, count)));
		}
	}

	/** 達成度(%), 進捗率: the column of each group's published figure. */
	private int figureColumn() {
		for (int c = 0; c < header.size(); c++) {
			if (c != evaluationColumn && WORDS.is("rate-header", bare(header.get(c)))) {
				return c;
			}
		}
		return -1;
	}

	private static Optional<BigDecimal> number(String cell) {
		String text = nfkc(cell).strip().replaceFirst("\\s*%$", "");
		return text.matches("\\d{1,3}(?:\\.\\d{1,2})?") ? Optional.of(new BigDecimal(text)) : Optional.empty();
	}

	private static String bare(String cell) {
		return key(cell).replaceAll("(?<=.)[(（][^()（）]*[)）]$", "");
	}
}
