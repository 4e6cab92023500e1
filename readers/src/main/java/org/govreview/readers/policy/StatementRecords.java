package org.govreview.readers.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govreview.readers.document.Cell;
import org.govreview.readers.document.DocumentModel;
import org.govreview.readers.document.Table;
import org.govreview.readers.document.Vocabulary;

/**
 * A statement published as an open-data sheet of one record a row, each record's kind in a column of its own: 区分 |
 * 番号 | 項目 | 内容 | 指標名 | 単位 | 基準値 | 基準値時点 | 現状値 | 現状値時点 | 目標値 … with 方針名, 使命, 重点課題 1, 主な取組
 * 1-1, 成果指標 1-1 and 部の概要 rows. Read by the words of the kinds, an action under the issue its number names, and
 * the figures reached (基準値, 現状値; never 目標値) with the dates beside them. 参考, 注記, 前年度評価 and the like are
 * no part of this year's statement. Not thread-safe; one per document.
 */
final class StatementRecords {

	private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$");

	private static final Pattern ISSUE_NUMBER = Pattern.compile("^(\\d{1,2})(?:[-－‐]\\d{1,2})?$");

	String title;

	/** Where the sheet is. */
	org.govreview.readers.document.Location location;

	String mission;

	/** Each issue's title by its number. */
	final Map<String, String> issues = new LinkedHashMap<>();

	final Map<String, List<String>> actions = new LinkedHashMap<>();

	/** Name, unit, value and the date or year stated beside it, with the issue's number, of each figure reached. */
	final List<String[]> figures = new ArrayList<>();

	private StatementRecords() {
	}

	static Optional<StatementRecords> of(DocumentModel model, Vocabulary words) {
		for (Table table : model.tables()) {
			if (table.headerRows() != 1 || table.body().size() < 5) {
				continue;
			}
			List<String> header = table.header().stream().map(StatementRecords::bare).toList();
			int kind = header.indexOf("区分");
			int item = header.indexOf("項目");
			int text = header.indexOf("内容");
			if (kind < 0 || item < 0 || text < 0) {
				continue;
			}
			StatementRecords records = new StatementRecords();
			records.location = table.location();
			records.read(table, header, kind, item, text, words);
			if (records.title != null && (records.mission != null || records.issues.size() >= 2)) {
				return Optional.of(records);
			}
		}
		return Optional.empty();
	}

	private void read(Table table, List<String> header, int kind, int item, int text, Vocabulary words) {
		int number = header.indexOf("番号");
		int indicator = column(header, "指標名", "指標");
		int unit = header.indexOf("単位");
		String lastIssue = null;
		for (List<Cell> row : table.body()) {
			String recordKind = bare(cell(row, kind));
			String name = cell(row, item);
			String content = cell(row, text);
			String numbered = bare(cell(row, number));
			if (recordKind.matches("^(?:名称|方針名|表題|タイトル)$") || bare(name).matches("^(?:方針名|名称)$")) {
				title = title == null ? content : title;
			}
			else if (words.is("mission", recordKind) || words.mentions("mission", bare(name)) && recordKind.contains("使命")) {
				mission = mission == null ? content : mission;
			}
			else if (words.is("issue", recordKind) && !name.isEmpty()) {
				Matcher issueNumber = ISSUE_NUMBER.matcher(numbered);
				lastIssue = issueNumber.matches() ? issueNumber.group(1) : String.valueOf(issues.size() + 1);
				issues.put(lastIssue, name.replace("\n", ""));
			}
			else if (StatementModel.isActionLabel(recordKind) && !name.isEmpty()) {
				Matcher issueNumber = ISSUE_NUMBER.matcher(numbered);
				String owner = issueNumber.matches() && issues.containsKey(issueNumber.group(1)) ? issueNumber.group(1) : lastIssue;
				if (owner != null) {
					actions.computeIfAbsent(owner, key -> new ArrayList<>()).add(name.replace("\n", ""));
				}
			}
			else if (!recordKind.matches("^(?:参考|注記|注|備考|前年度評価|前年度の評価|基本姿勢|所管課)$")) {
				// 成果指標 1-1 with its name under 指標名, 部の概要 with its name under 項目: figures reached
				String figure = indicator >= 0 && !cell(row, indicator).isEmpty() ? cell(row, indicator) : name;
				Matcher issueNumber = ISSUE_NUMBER.matcher(numbered);
				String issue = indicator >= 0 && !cell(row, indicator).isEmpty() && issueNumber.matches() ? issueNumber.group(1) : null;
				for (String concept : List.of("baseline", "current")) {
					int value = concept.equals("baseline") ? column(header, "基準値") : column(header, "現状値", "現況値", "実績値");
					int date = value < 0 ? -1 : header.indexOf(header.get(value) + "時点");
					if (value >= 0 && !cell(row, value).isEmpty() && !figure.isEmpty()) {
						figures.add(new String[] { figure.replace("\n", ""), cell(row, unit), cell(row, value),
								date < 0 ? "" : cell(row, date), issue });
					}
				}
			}
		}
	}

	/** 2024-03-31 as a reader of the statement writes it (2024年3月31日現在), any other stated date as printed. */
	static String asOf(String stated) {
		Matcher iso = ISO_DATE.matcher(bare(stated));
		return iso.matches() ? iso.group(1) + "年" + Integer.parseInt(iso.group(2)) + "月" + Integer.parseInt(iso.group(3)) + "日現在"
				: stated;
	}

	private static int column(List<String> header, String... names) {
		for (String name : names) {
			int at = header.indexOf(name);
			if (at >= 0) {
				return at;
			}
		}
		return -1;
	}

	private static String cell(List<Cell> row, int column) {
		return column < 0 ? "" : Table.cell(row, column).orElse("").strip();
	}

	private static String bare(String text) {
		return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).replaceAll("\\s+", "");
	}
}
