package org.govreview.readers.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.govreview.readers.text.Departments;

/**
 * A table of items that extraction in content order gave one piece of a cell a line (PyMuPDF, pdftotext without
 * -layout on a Word table): a header of short lines naming a number, an evaluation and a department (No. / マニフェスト
 * 項目／工程 / 令和６年度の取組実績 / 評価 / 担当課), then item after item, each opening on its number alone on a line
 * (1-1), its title wrapped over lines, the account of its year, its score alone on a line and the word for it (５ /
 * 完了, ３ / 概ね順 / 調), its departments last (生涯学習推進 / 課). Each item becomes a tab row (No. | title | score |
 * departments) under a tab header; the title ends where a plan line (工程：…) or the account begins. The item's other
 * lines go on as printed after its table. Stateless.
 */
final class KeyedCellStreams {

	/** 1-1, 2-13, ３－２: an item's number alone on its line. */
	private static final Pattern KEY = Pattern.compile("^[0-9０-９]{1,2}[-－‐][0-9０-９]{1,2}$");

	/** ５, 3: a score alone on its line. */
	private static final Pattern SCORE = Pattern.compile("^[1-5１-５]$");

	/** 工程：R5 制度設計 → R6 実施: the item's plan, printed in its title's cell under the title. */
	private static final Pattern PLAN = Pattern.compile("^(?:工程|計画|スケジュール|年次計画)\\s*[：:].*");


	/** How many lines the header may take, at the most. */
	private static final int HEADER_LINES = 10;

	/** How long a mark's word may be wrapped over, in lines. */
	private static final int WORD_LINES = 2;

	private static final int MIN_ITEMS = 2;

	/** How long a department's name wrapped over lines may grow before it is taken for no name. */
	private static final int MAX_DEPARTMENT = 16;

	private KeyedCellStreams() {
	}

	static List<BoxRows.Printed> rows(List<BoxRows.Printed> lines) {
		List<BoxRows.Printed> out = new ArrayList<>(lines.size());
		boolean continued = false;
		int i = 0;
		while (i < lines.size()) {
			int header = headerEnd(lines, i);
			if (header < 0) {
				out.add(lines.get(i));
				i++;
				continue;
			}
			List<BoxRows.Printed> rows = new ArrayList<>();
			List<BoxRows.Printed> rest = new ArrayList<>();
			int end = items(lines, header, rows, rest);
			// one item under the header again on the next page: the rest of a table read before
			if (rows.isEmpty() || rows.size() < MIN_ITEMS && !continued) {
				out.add(lines.get(i));
				i++;
				continue;
			}
			out.add(new BoxRows.Printed("No.\t項目\t評価\t担当課", lines.get(i).number(), lines.get(i).page()));
			out.addAll(rows);
			out.addAll(rest);
			continued = true;
			i = end;
		}
		return out;
	}

	/** The index of the first item's number when a header starts at {@code at}, else -1. */
	private static int headerEnd(List<BoxRows.Printed> lines, int at) {
		if (!lines.get(at).text().strip().matches("(?i)^(?:No\\.?|Ｎｏ．?|番号)$")) {
			return -1;
		}
		boolean evaluation = false;
		boolean department = false;
		for (int j = at + 1; j < lines.size() && j <= at + HEADER_LINES; j++) {
			String text = lines.get(j).text().strip();
			if (KEY.matcher(text).matches()) {
				return evaluation && department ? j : -1;
			}
			if (text.length() > 16) {
				return -1;
			}
			evaluation |= text.matches("^(?:評価|進捗|達成度|自己評価|評価点)$");
			department |= text.matches("^(?:担当課|所管課|担当部署|担当)$");
		}
		return -1;
	}

	/** The items from {@code from}, as rows; the lines they leave in {@code rest}; the index past the last item. */
	private static int items(List<BoxRows.Printed> lines, int from, List<BoxRows.Printed> rows, List<BoxRows.Printed> rest) {
		int i = from;
		while (i < lines.size() && KEY.matcher(lines.get(i).text().strip()).matches()) {
			int next = i + 1;
			while (next < lines.size() && !KEY.matcher(lines.get(next).text().strip()).matches()) {
				next++;
			}
			// the last score the departments follow, within a word's lines: a page's number alone is none
			int score = -1;
			for (int j = i + 1; j < next; j++) {
				if (SCORE.matcher(lines.get(j).text().strip()).matches() && departmentsFollow(lines, j, next)) {
					score = j;
				}
			}
			if (score < 0) {
				return i;
			}
			// ５ / 完了, ３ / 概ね順 / 調: the score's word, then the departments, each perhaps wrapped
			int after = Math.min(next, score + 1 + WORD_LINES);
			int departmentsFrom = score + 1;
			while (departmentsFrom < after && !startsDepartment(lines, departmentsFrom, next)) {
				departmentsFrom++;
			}
			List<String> departments = new ArrayList<>();
			int j = departmentsFrom;
			StringBuilder pending = new StringBuilder();
			for (; j < next; j++) {
				String text = lines.get(j).text().strip();
				pending.append(text);
				if (Departments.isOne(pending.toString())) {
					departments.add(pending.toString());
					pending.setLength(0);
				}
				else if (pending.length() > MAX_DEPARTMENT) {
					break;
				}
			}
			int itemEnd = j;
			if (departments.isEmpty()) {
				return i;
			}
			StringBuilder title = new StringBuilder();
			int titleEnd = i + 1;
			int width = i + 1 < score ? lines.get(i + 1).text().strip().length() : 0;
			for (; titleEnd < score; titleEnd++) {
				String text = lines.get(titleEnd).text().strip();
				// the account's lines run wider than the title's cell, or open a sentence
				if (PLAN.matcher(text).matches() || text.contains("。") || title.length() > 0 && (text.contains("、") || text.length() > width + 2)) {
					break;
				}
				title.append(text);
			}
			rows.add(new BoxRows.Printed(lines.get(i).text().strip() + "\t" + title + "\t" + lines.get(score).text().strip() + "\t"
					+ String.join("、", departments), lines.get(i).number(), lines.get(i).page()));
			// the plan and the account after the table, the cells it holds not again
			for (int k = titleEnd; k < score; k++) {
				rest.add(lines.get(k));
			}
			if (itemEnd < next) {
				// 政策２　健康で… after the last item's departments: the next part, no line of the item
				return itemEnd;
			}
			i = next;
		}
		return i;
	}

	/** Whether a department's name starts within the score's word's lines after the score. */
	private static boolean departmentsFollow(List<BoxRows.Printed> lines, int score, int end) {
		for (int j = score + 1; j < end && j <= score + 1 + WORD_LINES; j++) {
			if (startsDepartment(lines, j, end)) {
				return true;
			}
		}
		return false;
	}

	/** Whether a department's name starts at the line: it, or it with the next, names an office. */
	private static boolean startsDepartment(List<BoxRows.Printed> lines, int at, int end) {
		String text = lines.get(at).text().strip();
		// 調 / 教育総務課: the end of the score's word over a whole name, not a name's first part
		return Departments.isOne(text) || at + 1 < end && Departments.isOne(text + lines.get(at + 1).text().strip())
				&& !Departments.isOne(lines.get(at + 1).text().strip());
	}
}
