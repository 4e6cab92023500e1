package org.govreview.readers.document;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Tables that extraction printed one cell per line: a run of at least two header words (指標名, 現状値, 目標値 …),
 * each alone on its line, then groups of as many lines, one group a row, as long as the groups keep the first
 * row's shape (figures under figures, words under words) and no line is a sentence. Where every row starts with a
 * key (１－１, (3)), the keys delimit the rows instead of their shape, and a line that is no key continues the last
 * cell of the row before it.
 */
final class OneCellRuns {

	record Run(Optional<ModelBuilder.Line> caption, Table table, int end) {
	}

	private static final int MAX_CELL = 60;

	/** 13:30～15:00, ９：３０: a time of day, no numbered heading. */
	private static final java.util.regex.Pattern CLOCK = java.util.regex.Pattern.compile("^[0-9０-９]{1,2}[:：][0-9０-９]{2}");

	/** 【基準値】47.3％, 目標値：55.0％: a label with its value is a field, not a header cell. */
	private static final java.util.regex.Pattern LABELLED_VALUE = java.util.regex.Pattern
		.compile("^(?:【[^】]{1,20}】|[^：:]{1,20}[：:])[\\s　]*\\S.*$");

	private static final int MAX_TEXT_CELL = 200;

	/** ✅ 実現　2項目: a count, which a header's words never hold. */
	private static final java.util.regex.Pattern COUNTED = java.util.regex.Pattern.compile("\\d+(?:項目|件|取組|事業)");

	/** A header over figures: 現状値（R5）→目標値（R8）, 目標値, 実績, 達成率, R9. */
	static final java.util.regex.Pattern VALUE_HEADER = java.util.regex.Pattern
		.compile(".*(?:値|目標|実績|見込|率|→|[0-9]).*");

	/** ＜数値目標＞, 〈KPI〉: a line that labels the rows after it. */
	private static final java.util.regex.Pattern GROUP_MARKER = java.util.regex.Pattern.compile("^[＜<〈《][^＞>〉》]{1,12}[＞>〉》]$");

	/** The key a row of a numbered table starts with: １－１, 2-3, (4), ⑤, No.6. */
	private static final java.util.regex.Pattern ROW_KEY = java.util.regex.Pattern
		.compile("^(?:No\\.?)?(?:\\d{1,3}(?:[-‐―ー]\\d{1,3}){0,2}|\\(\\d{1,3}\\)|[①-⑳])$");

	private OneCellRuns() {
	}

	static Optional<Run> table(List<ModelBuilder.Line> lines, int start, Path file) {
		List<ModelBuilder.Line> merged = new ArrayList<>(lines.subList(0, start));
		int qualifiers = 0;
		int i = start;
		if (BRACKETED.matcher(lines.get(start).stripped()).matches() && !Words.isHeaderWord(lines.get(start).stripped())) {
			// （若葉区の主な指標） over 項目 | 数値 | 時点: the table's caption, no column of it ((成果指標) is read as before)
			return Optional.empty();
		}
		while (i < lines.size() && (isHeaderLine(lines.get(i)) || i == start && isGroupHeader(lines, i)
				|| i > start && (isYearHeader(lines.get(i)) || isSpanning(lines.get(i))))) {
			ModelBuilder.Line header = lines.get(i);
			if (i + 2 < lines.size() && isSpanning(header) && isYearHeader(lines.get(i + 1)) && isYearHeader(lines.get(i + 2))) {
				// 年次計画 over R6 | R7 | R8 | R9: a heading over the year columns, no column of its own; each year
				// column is headed 年次計画R6, as a two-row header joins it
				int years = i + 1;
				while (years < lines.size() && isYearHeader(lines.get(years))) {
					ModelBuilder.Line year = lines.get(years);
					merged.add(new ModelBuilder.Line(header.stripped() + year.stripped(), year.number(), year.page()));
					years++;
				}
				qualifiers++;
				i = years;
				continue;
			}
			if (i + 1 < lines.size() && (isHeaderLine(lines.get(i + 1)) && Words.key(lines.get(i + 1).stripped()).length() <= 3
					&& Words.isHeaderWord(header.stripped() + lines.get(i + 1).stripped())
					|| Wraps.isBracketedQualifier(lines.get(i + 1).stripped())
					|| isYearHeader(header) && YEAR_KIND.matcher(lines.get(i + 1).stripped()).matches())) {
				// 進捗 then 状況, 現状値 then （H29）, (単位：人): a header cell printed over two lines
				header = withRest(header, lines.get(i + 1));
				qualifiers++;
				i++;
			}
			merged.add(header);
			i++;
		}
		if (qualifiers == 0) {
			return cells(lines, start, file);
		}
		merged.addAll(lines.subList(i, lines.size()));
		int shift = qualifiers;
		return cells(merged, start, file).map(run -> new Run(run.caption(), run.table(), run.end() + shift));
	}

	/** （若葉区の主な指標）, (単位：人): a line in brackets, a caption or a qualifier, never a table's first column. */
	private static final java.util.regex.Pattern BRACKETED = java.util.regex.Pattern.compile("^[（(][^（()）]+[）)]$");

	/** 実績, 目標 under 令和５年度: what the figures of a year's column are, the rest of its header cell. */
	private static final java.util.regex.Pattern YEAR_KIND = java.util.regex.Pattern.compile("^(?:実績|目標|見込み?|計画|実績値|目標値|推計|決算|予算)$");

	/** A cell's line with the rest its column's width put on the next line, where the first line was printed. */
	private static ModelBuilder.Line withRest(ModelBuilder.Line first, ModelBuilder.Line rest) {
		return new ModelBuilder.Line(first.stripped() + rest.stripped(), first.number(), first.page());
	}

	private static final String SPANNING = "(?:年次計画|年度別計画|実施スケジュール|スケジュール|工程|年度計画)";

	/** R6, 令和７年度, 2025年度, 年次計画R6: a year heading its column. */
	private static boolean isYearHeader(ModelBuilder.Line line) {
		String key = Words.key(line.stripped()).replaceFirst("^" + SPANNING, "");
		return key.length() <= 8 && key.matches("^(?:[RH](?:\\d{1,2}|元)|(?:令和|平成)(?:\\d{1,2}|元)|\\d{4})(?:年度?末?)?$");
	}

	/** 年次計画, スケジュール, 年度別計画: a heading printed once over several year columns. */
	private static boolean isSpanning(ModelBuilder.Line line) {
		return Words.key(line.stripped()).matches("^" + SPANNING + "$");
	}

	/** 政策 over 評価点, No., 取組: a group's label heading the column of groups, when header words follow it. */
	private static boolean isGroupHeader(List<ModelBuilder.Line> lines, int i) {
		return i + 2 < lines.size() && Words.HEADINGS.contains(Words.key(lines.get(i).stripped()))
				&& isHeaderLine(lines.get(i + 1)) && isHeaderLine(lines.get(i + 2));
	}

	private static boolean isHeaderLine(ModelBuilder.Line line) {
		String text = line.stripped();
		// かかりつけ医を持つ市民の割合 names an indicator: a header's words are nouns, with a の or two at most
		return isCell(line, true) && Words.isHeaderCell(text) && !LABELLED_VALUE.matcher(text).matches()
				&& !COUNTED.matcher(Words.key(text)).find()
				&& text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA).count() <= 3
				&& !text.matches("^[【［\\[〔].*[】］\\]〕]$")
				&& !isFigureCell(text) && HeadingShapes.match(text, null).isEmpty();
	}

	/**
	 * A header printed as one tab-separated row (No.⇥項目⇥取組状況⇥進捗率⇥担当課) over rows that extraction printed one
	 * cell per line, each starting with a key (1-5): the same table as if the header too stood one cell per line.
	 */
	static Optional<Run> underTabHeader(List<ModelBuilder.Line> lines, int start, Path file) {
		ModelBuilder.Line header = lines.get(start);
		List<String> cells = java.util.Arrays.stream(header.text().strip().split("\t")).map(String::strip).toList();
		if (cells.size() < 3 || !cells.stream().allMatch(cell -> !cell.isEmpty() && Words.isHeaderCell(cell))) {
			return Optional.empty();
		}
		int next = skipFurniture(lines, start + 1);
		if (next >= lines.size() || !ROW_KEY.matcher(Words.key(lines.get(next).stripped())).matches()) {
			return Optional.empty();
		}
		List<ModelBuilder.Line> expanded = new ArrayList<>(lines.subList(0, start));
		for (String cell : cells) {
			expanded.add(new ModelBuilder.Line(cell, header.number(), header.page()));
		}
		expanded.addAll(lines.subList(start + 1, lines.size()));
		int shift = cells.size() - 1;
		return rows(expanded, start, cells.size(), file).map(run -> new Run(run.caption(), run.table(), run.end() - shift));
	}

	private static Optional<Run> cells(List<ModelBuilder.Line> lines, int start, Path file) {
		int headers = 0;
		while (start + headers < lines.size()
				&& (isHeaderLine(lines.get(start + headers)) || headers == 0 && isGroupHeader(lines, start)
						|| headers > 0 && isYearHeader(lines.get(start + headers)))) {
			headers++;
		}
		Optional<Run> best = Optional.empty();
		// the first header word may be the table's caption (視察日程 over 月日, 時間, 視察先); the first row's first
		// cell may itself hold a header word (人事評価と連動した…), so fewer columns than header-like lines are tried too
		// 成果指標 over 成果指標名: the caption, never a column beside the one it names
		boolean named = headers >= 3 && Words.key(lines.get(start + 1).stripped()).startsWith(Words.key(lines.get(start).stripped()))
				&& Words.key(lines.get(start + 1).stripped()).length() > Words.key(lines.get(start).stripped()).length();
		for (int caption = named ? 1 : 0; caption <= 1 && headers - caption >= 2; caption++) {
			Optional<ModelBuilder.Line> captionLine = caption == 0 ? Optional.empty() : Optional.of(lines.get(start));
			int fewest = caption == 0 ? 2 : headers - caption;
			for (int columns = headers - caption; columns >= fewest; columns--) {
				// rows that wrap are anchored at their figures only under the whole header
				boolean whole = columns == headers - caption;
				Optional<Run> anchored = whole ? AnchoredRows.table(lines, start + caption, columns, file) : Optional.empty();
				Optional<Run> grouped = whole ? GroupedRows.table(lines, start + caption, columns, file) : Optional.empty();
				for (Optional<Run> found : List.of(rows(lines, start + caption, columns, file), anchored, grouped)) {
					Optional<Run> run = found.map(table -> new Run(captionLine, table.table(), table.end()));
					// 主要施設等の推移（各年度末現在） over 区分 | 単位 | …: read as a caption, the rows fill every column
					if (run.isPresent() && (best.isEmpty() || run.get().end() > best.get().end()
							|| run.get().end() == best.get().end() && emptyCells(run.get().table()) < emptyCells(best.get().table()))) {
						best = run;
					}
				}
			}
		}
		return best.map(run -> captionedFirstColumn(run, lines.get(start)));
	}

	/**
	 * 主要施設等の推移（各年度末現在） read as the first header cell over a column no row fills: the table's caption, and
	 * the rows' cells under the headers they stand under.
	 */
	private static Run captionedFirstColumn(Run run, ModelBuilder.Line first) {
		List<List<Cell>> rows = run.table().rows();
		if (run.caption().isPresent() || rows.size() < 3 || rows.get(0).size() < 3 || rows.get(0).get(0).isEmpty()
				|| rows.subList(1, rows.size()).stream().anyMatch(row -> row.isEmpty() || !row.get(0).isEmpty())) {
			return run;
		}
		List<List<Cell>> shifted = rows.stream().map(row -> (List<Cell>) new ArrayList<>(row.subList(1, row.size()))).toList();
		return new Run(Optional.of(first), run.table().withRows(shifted, run.table().headerRows()), run.end());
	}

	private static long emptyCells(Table table) {
		return table.rows().stream().flatMap(List::stream).filter(Cell::isEmpty).count();
	}

	private static Optional<Run> rows(List<ModelBuilder.Line> lines, int start, int columns, Path file) {
		int i = start + columns;
		List<List<Cell>> rows = new ArrayList<>();
		rows.add(row(lines.subList(start, i), file));
		String[] shape = null;
		boolean keyed = false;
		boolean records = false;
		boolean valueLast = VALUE_HEADER.matcher(Words.key(lines.get(i - 1).stripped())).matches();
		boolean valueSecond = columns >= 3 && VALUE_HEADER.matcher(Words.key(lines.get(start + 1).stripped())).matches()
				&& !VALUE_HEADER.matcher(Words.key(lines.get(start).stripped())).matches();
		int unitColumn = unitColumn(lines, start, columns);
		boolean departmentLast = Words.key(lines.get(start + columns - 1).stripped()).matches("^(?:担当課|所管課|担当|所管|担当部署|所管部署|担当部局|所管部局|主管課)$");
		// 月日 | 時間 | 視察先 | 視察事項: each day starts a row, as a key would
		boolean days = TableRuns.isDayHeader(lines.get(start).stripped());
		List<String> header = lines.subList(start, start + columns).stream().map(ModelBuilder.Line::stripped).toList();
		while (true) {
			List<ModelBuilder.Line> group = new ArrayList<>();
			int j = AnchoredRows.pastRepeatedHeader(lines, skipFurniture(lines, i), header);
			while (records && j < lines.size() && (lines.get(j).isBlank() || ModelBuilder.isFurniture(lines.get(j)))) {
				j++;
			}
			if (rows.size() == 1) {
				// 今後の方向性, a blank line, then 2-2: the header set apart from keyed rows
				int k = j;
				while (k < lines.size() && lines.get(k).isBlank()) {
					k++;
				}
				if (k > j && k < lines.size() && isKey(lines.get(k).stripped(), days)) {
					j = k;
				}
			}
			while (keyed && !records && j < lines.size() && isWrappedLastCell(rows.get(rows.size() - 1), lines.get(j), days)) {
				// 多言語サイトを開設。Ｗｉ－Ｆｉ整備は then 一部にとどまる。: the last cell wrapped, the next row starts at a key
				List<Cell> last = rows.get(rows.size() - 1);
				Cell cell = last.get(last.size() - 1);
				last.set(last.size() - 1, new Cell(Wraps.join(List.of(cell.text(), lines.get(j).stripped())), cell.location()));
				j = skipFurniture(lines, j + 1);
				i = j;
			}
			int length = recordLength(lines, j);
			// an itinerary's days delimit its rows before any blank line does
			int dayEnd = days ? keyedRecordEnd(lines, j, columns, keyed || rows.size() == 1, true) : -1;
			List<ModelBuilder.Line> record = dayEnd >= 0 ? null : record(lines, j, length, columns);
			int keyedEnd = record != null ? -1 : dayEnd >= 0 ? dayEnd : keyedRecordEnd(lines, j, columns, keyed || rows.size() == 1, days);
			List<ModelBuilder.Line> keyedRecord = keyedEnd < 0 ? null : fitted(lines.subList(j, keyedEnd), columns, days);
			if (keyedRecord != null) {
				// 1-4 | 中学生までの医療費無償化の継続と | 高校生への拡大 | …実施した。 | 75％ | 保険年金課 then 1-5: the
				// lines up to the next key are the row, its wrapped cells put back together
				group.addAll(keyedRecord);
				j = keyedEnd;
			}
			else if (record != null) {
				// 1 | 行政手続のオンライン化 | 市民の…から | 順次…進める。 | 情報政策課 …, then a blank line: a row whose
				// long cell wrapped, the blank line its end
				group.addAll(record);
				j += length;
				records = true;
			}
			while (group.size() < columns && j < lines.size()) {
				ModelBuilder.Line line = lines.get(j);
				if (ModelBuilder.isFurniture(line) || group.isEmpty() && GROUP_MARKER.matcher(line.stripped()).matches()) {
					// ＜数値目標＞, ＜ＫＰＩ＞ between rows: a label over the rows that follow, no row of its own
					j++;
					continue;
				}
				if (!isCell(line, group.isEmpty())) {
					break;
				}
				if (HeadingShapes.match(line.stripped(), null).filter(heading -> !heading.title().isEmpty())
					.filter(heading -> !(group.isEmpty() && !heading.label().isEmpty()
							&& Words.key(heading.label()).equals(Words.key(rows.get(0).get(0).text()))))
					.filter(heading -> !(group.isEmpty() && isMarkWithWord(heading)))
					.isPresent() && org.govreview.readers.text.JapaneseNumbers.quantity(line.stripped()).isEmpty()) {
					// 分野１ にぎわい… under the column 分野 is that column's cell, not the next section
					// ●1-2 公共施設の最適化: the next section, printed without a blank line before it
					break;
				}
				if (!group.isEmpty() && line.stripped().matches("^[のをにとやがは]\\p{IsHan}.*") && !isValue(group.get(group.size() - 1).stripped())
						&& !standsAlone(group.get(group.size() - 1).stripped()) && line.stripped().length() <= 20) {
					// 子育てしやすいまちだと感じる子育て世帯 then の割合: no cell starts with a particle, the name goes on
					group.set(group.size() - 1, withRest(group.get(group.size() - 1), line));
					j++;
					continue;
				}
				if (!group.isEmpty() && group.size() == unitColumn && !isUnit(line.stripped()) && !isValue(line.stripped())
						&& !isValue(group.get(group.size() - 1).stripped()) && line.stripped().length() <= 30 && !line.stripped().endsWith("。")) {
					// 健康ポイント事業「SUKSK」 then 参加者数 then ％ under 成果指標名 | 単位: the name goes on up to its unit
					group.set(group.size() - 1, withRest(group.get(group.size() - 1), line));
					j++;
					continue;
				}
				if (group.size() == 1 && valueSecond && !isValue(group.get(0).stripped()) && !isValue(line.stripped())
						&& namesGoOn(group.get(0).stripped(), line.stripped())

						&& !standsAlone(line.stripped()) && !standsAlone(group.get(0).stripped()) && line.stripped().length() <= 30
						&& !line.stripped().endsWith("。") && !isKey(line.stripped(), days)
						&& !Words.isHeaderCell(group.get(0).stripped())
						&& !GROUP_MARKER.matcher(line.stripped()).matches() && !GROUP_MARKER.matcher(group.get(0).stripped()).matches()) {
					// 新規就農者数 then （累計）, 町の起業支援制度を活用 then した起業件数（累計） over 基準値: a name the slide's
					// narrow cell wrapped, before the figures its row goes on with
					group.set(0, withRest(group.get(0), line));
					j++;
					continue;
				}
				if (!group.isEmpty() && Wraps.isBracketedQualifier(line.stripped()) && isValue(group.get(group.size() - 1).stripped())
						&& !isValue(line.stripped())) {
					// 52件 then （R3） under 基準値（年度）: the year of the figure above, the rest of its cell
					group.set(group.size() - 1, withRest(group.get(group.size() - 1), line));
					j++;
					continue;
				}
				group.add(line);
				j++;
			}
			if (group.size() == columns && !keyed && valueLast) {
				j = wrappedFirstCell(lines, group, j);
			}
			if (group.size() == columns && columns >= 3 && departmentLast && j < lines.size()
					&& !DEPARTMENT.matcher(group.get(columns - 1).stripped()).matches()
					&& DEPARTMENT.matcher(lines.get(j).stripped()).matches() && !isKey(lines.get(j).stripped(), days)) {
				// …通報システムの運 then 用と通報への迅速な対応 then 道路管理課 under 取組内容 | 担当課: the cell before the
				// department wrapped, and the department is the line after
				ModelBuilder.Line last = group.get(columns - 1);
				boolean figureBefore = isValue(group.get(columns - 2).stripped());
				if (DEPARTMENT.matcher(last.stripped() + lines.get(j).stripped()).matches() && lines.get(j).stripped().length() <= 5
						&& (figureBefore || last.stripped().matches(".*(?:課|室)・.*"))) {
					// 道路課・交通政 then 策課, 2,400千人 | 観光・シティプロモー then ション課: the department, cut at its width
					group.set(columns - 1, withRest(last, lines.get(j)));
					j++;
				}
				else if (!figureBefore) {
					ModelBuilder.Line cut = group.get(columns - 2);
					group.set(columns - 2, new ModelBuilder.Line(Wraps.join(List.of(cut.stripped(), last.stripped())), cut.number(),
							cut.page()));
					group.set(columns - 1, lines.get(j));
					j++;
				}
			}
			if (group.size() < columns) {
				break;
			}
			if (unitColumn > 0 && !isUnit(group.get(unitColumn).stripped()) && !isNoneMark(group.get(unitColumn).stripped())) {
				// a row whose cell under 単位 is no unit was not cut where the table's rows are
				break;
			}
			if (departmentLast && !org.govreview.readers.text.Departments.namesOnly(group.get(columns - 1).stripped())
					&& !isNoneMark(group.get(columns - 1).stripped())) {
				// a row whose cell under 担当課 names no department was not cut where the table's rows are
				break;
			}
			String[] groupShape = group.stream().map(line -> shape(line.stripped())).toArray(String[]::new);
			if (group.stream().allMatch(line -> Words.isHeaderCell(line.stripped()))) {
				break;
			}
			if (shape == null) {
				shape = groupShape;
				keyed = isKey(group.get(0).stripped(), days);
			}
			else if (keyed ? !isKey(group.get(0).stripped(), days)
					: differences(shape, groupShape) > 1) {
				// a keyed row is a row whatever its cells hold (１８歳までの無償化 beside 学校給食費の負担軽減)
				break;
			}
			rows.add(row(group, file));
			i = j;
		}
		if (rows.size() < 2) {
			return Optional.empty();
		}
		return Optional.of(new Run(Optional.empty(), new Table(rows, 1, lines.get(start).at(file), Table.Layout.ONE_CELL_PER_LINE), i));
	}

	/** The number of lines from {@code from} up to the next blank line. */
	private static int recordLength(List<ModelBuilder.Line> lines, int from) {
		int end = from;
		while (end < lines.size() && !lines.get(end).isBlank()) {
			end++;
		}
		return end - from;
	}

	/**
	 * The cells of a row set apart by blank lines that has one to three lines more than the table has columns: the
	 * lines that stop mid-phrase (…手続から) joined to the line after them until the row fits. Null when the
	 * {@code length} lines up to the blank line are as many as the columns (an ordinary row), or the row cannot be made
	 * to fit.
	 */
	private static List<ModelBuilder.Line> record(List<ModelBuilder.Line> lines, int from, int length, int columns) {
		if (length <= columns || length > columns + 3) {
			return null;
		}
		List<ModelBuilder.Line> record = new ArrayList<>(lines.subList(from, from + length));
		if (record.stream().anyMatch(line -> !isCell(line, false)) || !isCell(record.get(0), true)) {
			return null;
		}
		List<ModelBuilder.Line> printed = List.copyOf(record);
		while (record.size() > columns) {
			int wrapped = -1;
			for (int k = 1; k + 1 < record.size() && wrapped < 0; k++) {
				String text = record.get(k).stripped();
				String next = record.get(k + 1).stripped();
				if (!text.endsWith("。") && (Wraps.UNFINISHED.matcher(text).find() || next.matches("^[\\p{IsHiragana}、。）)].*")) && joinable(next)
						&& !HeaderRows.isFigure(text)) {
					wrapped = k;
				}
			}
			if (wrapped < 0) {
				// no line stops mid-phrase: the surer joins of a keyed row, widths among them
				return isKey(printed.get(0).stripped(), false) ? fitted(printed, columns, false) : null;
			}
			ModelBuilder.Line first = record.get(wrapped);
			record.set(wrapped, new ModelBuilder.Line(Wraps.join(List.of(first.stripped(), record.get(wrapped + 1).stripped())),
					first.number(), first.page()));
			record.remove(wrapped + 1);
		}
		return record;
	}

	/** A row's key: １－１, (3), ⑤, or under a column of days the day. */
	static boolean isKey(String text, boolean days) {
		return ROW_KEY.matcher(Words.key(text)).matches() || days && TableRuns.startsWithDay(text);
	}

	/**
	 * Where the row that starts at {@code from} with a key (1-1, (3)) ends: at the next key, when the lines before it
	 * are cells, at least as many as the columns and at most four more. -1 when no such row starts there.
	 */
	private static int keyedRecordEnd(List<ModelBuilder.Line> lines, int from, int columns, boolean keyedTable, boolean days) {
		if (!keyedTable || from >= lines.size() || !isKey(lines.get(from).stripped(), days)) {
			return -1;
		}
		int end = from + 1;
		while (end < lines.size() && end - from <= columns + 4) {
			ModelBuilder.Line line = lines.get(end);
			String text = line.stripped();
			if (isKey(text, days) || Words.LABELS.contains(Words.key(text))) {
				// 参加委員 after the last day's row: the form's next field, where the table ends
				break;
			}
			if (line.isBlank() || ModelBuilder.isFurniture(line) || !isCell(line, false) || Words.isHeaderCell(text)
					|| Words.isTotal(text) || HeadingShapes.match(text, null).filter(heading -> !heading.title().isEmpty()
						&& heading.scheme() != NumberingScheme.DOTTED).isPresent() && !isValue(text) && !Wraps.isBracketedQualifier(text)
						&& !CLOCK.matcher(text).lookingAt()) {
				return -1;
			}
			end++;
		}
		boolean nextKey = end < lines.size() && isKey(lines.get(end).stripped(), days);
		boolean tableEnds = end >= lines.size() || lines.get(end).isBlank() || ModelBuilder.isFurniture(lines.get(end))
				|| Words.LABELS.contains(Words.key(lines.get(end).stripped()));
		return (nextKey || tableEnds) && end - from >= columns && end - from <= columns + 4 ? end : -1;
	}

	/**
	 * The lines of a keyed row as its cells: where there are more lines than columns, the wrapped ones joined to the
	 * line before them, the surest first (…継続と then 高校生への拡大; 年度途中の待 then 機は解消した; 配 then 備).
	 * A figure or the row's last line never goes on another; null when the lines cannot be made to fit.
	 */
	static List<ModelBuilder.Line> fitted(List<ModelBuilder.Line> lines, int columns, boolean days) {
		List<ModelBuilder.Line> record = new ArrayList<>(lines);
		// the widest line that can wrap: a line as wide was cut at its column's edge
		int widest = lines.stream().map(ModelBuilder.Line::stripped).filter(OneCellRuns::joinable).mapToInt(String::length).max()
			.orElse(0);
		while (record.size() > columns) {
			int best = -1;
			int bestScore = 0;
			for (int k = 1; k + 1 < record.size(); k++) {
				// an itinerary's last column is what was studied, which wraps like any other
				int score = joinScore(record.get(k).stripped(), record.get(k + 1).stripped(), !days && k + 1 == record.size() - 1);
				if (score > bestScore) {
					best = k;
					bestScore = score;
				}
			}
			for (int k = 1; best < 0 && k + 1 < record.size(); k++) {
				// a line already joined is as wide as its two lines, not cut at its column's edge
				if (fillsWidth(record.get(k).stripped(), widest) && lines.contains(record.get(k)) && joinable(record.get(k + 1).stripped())
						&& (days || k + 1 < record.size() - 1)) {
					// 障がいのある人の就労支援と居場 then 所づくり, nothing surer left: a line as wide as the row's
					// widest, cut at its column's edge
					best = k;
				}
			}
			if (best < 0) {
				return null;
			}
			ModelBuilder.Line first = record.get(best);
			String separator = first.stripped().endsWith("。") || DEPARTMENT.matcher(first.stripped()).matches()
					&& DEPARTMENT.matcher(record.get(best + 1).stripped()).matches() ? "\n" : "";
			String joined = separator.isEmpty() ? Wraps.join(List.of(first.stripped(), record.get(best + 1).stripped()))
					: first.stripped() + separator + record.get(best + 1).stripped();
			record.set(best, new ModelBuilder.Line(joined, first.number(), first.page()));
			record.remove(best + 1);
		}
		return record;
	}

	private static boolean fillsWidth(String line, int widest) {
		return joinable(line) && !line.endsWith("。") && line.length() >= 12 && line.length() >= widest - 1;
	}

	static boolean joinable(String text) {
		return !isValue(text) && !standsAlone(text) && !ROW_KEY.matcher(Words.key(text)).matches();
	}

	/** How surely {@code next} is the rest of {@code line}'s cell: 0 for never, higher for surer. */
	private static int joinScore(String line, String next, boolean nextIsLast) {
		if (nextIsLast && next.length() <= 3 && !DEPARTMENT.matcher(line).matches() && DEPARTMENT.matcher(line + next).matches()
				&& line.matches(".*(?:課|室)・.*")) {
			// 道路課・交通政 then 策課: two departments of the last column, the second cut at its width
			return 4;
		}
		if (DEPARTMENT.matcher(line).matches() && DEPARTMENT.matcher(next).matches()) {
			// 企画政策課 then 財政課: two departments of one cell, one per line
			return 2;
		}
		if (isValue(next) || isValue(line) || standsAlone(next) || standsAlone(line)) {
			return 0;
		}
		if (Wraps.unbalanced(line)) {
			// 通学路の安全対策（ガードレー then ル・グリーンベルトの整備）: a bracket the next line closes
			return 3;
		}
		if (nextIsLast) {
			// 保育需要の推移を注視し、民間保 then 育所の誘致を進める。 at the row's end: a sentence that only its second
			// line finishes; anything else there is the last column's own cell
			return next.matches("^[\\p{IsHiragana}、。）)」].*") ? 2
					: !line.endsWith("。") && next.endsWith("。") && line.length() >= 10 ? 1 : 0;
		}
		if (next.length() <= 2 && line.length() > 2 || next.matches("^[\\p{IsHiragana}、。）)」].*") || line.matches(".*。[^。]+$")
				|| next.matches("^[（(][^（）()]{1,30}[）)]$") && !line.matches(".*[）)]$")) {
			// （大垣市役所本庁舎） under 岐阜県大垣市: where in the place, part of its cell
			// 配 then 備; 待 then 機は…; a sentence that goes on after its first full stop
			return 3;
		}
		if (Wraps.UNFINISHED.matcher(line).find()) {
			return 2;
		}
		if (line.endsWith("。") && !next.endsWith("課") && !next.endsWith("室")) {
			// …拡大した。 then 対象児童数　1,184人: the same account goes on
			return 1;
		}
		return 0;
	}


	/**
	 * A line after a row of a keyed table (１－１, (3), No.5 first) that is no key of the next row: the rest of the
	 * row's last cell, when that cell stops mid-sentence.
	 */
	private static boolean isWrappedLastCell(List<Cell> row, ModelBuilder.Line line, boolean days) {
		String text = line.stripped();
		String last = row.get(row.size() - 1).text();
		return !text.isEmpty() && !last.endsWith("。") && !isKey(text, days) && !Words.LABELS.contains(Words.key(text))
				&& !Words.isTotal(text) && !Words.isHeaderCell(text) && isCell(line, false)
				&& HeadingShapes.match(text, null).filter(heading -> !heading.title().isEmpty()).isEmpty();
	}

	/**
	 * A row whose first cell wrapped once (今治タオル組合員企業の年間, 生産量, ｔ, 10,870 → 12,000) in a table whose
	 * last column holds figures: when none of the row's lines is a figure and the line after them is one, the second
	 * line joins the first cell and the figure ends the row. Returns where the next row starts.
	 */
	private static int wrappedFirstCell(List<ModelBuilder.Line> lines, List<ModelBuilder.Line> group, int next) {
		int j = skipFurniture(lines, next);
		if (j >= lines.size() || !isValue(lines.get(j).stripped()) || !isCell(lines.get(j), false)
				|| group.stream().anyMatch(line -> !shape(line.stripped()).equals("word") || line.stripped().matches(".*[→⇒].*"))) {
			return next;
		}
		ModelBuilder.Line first = group.get(0);
		String joined = Wraps.join(List.of(first.stripped(), group.get(1).stripped()));
		List<ModelBuilder.Line> rest = new ArrayList<>(group.subList(2, group.size()));
		group.clear();
		group.add(new ModelBuilder.Line(joined, first.number(), first.page()));
		group.addAll(rest);
		group.add(lines.get(j));
		return j + 1;
	}

	/** What measures: 工房数, 入居率, 寄附額, 排出量, the end of an indicator's name. */
	private static final java.util.regex.Pattern MEASURE_END = java.util.regex.Pattern.compile(".*[数率額量](?:[（(][^（）()]*[)）])?$");

	/**
	 * Whether {@code next} goes on with the name {@code name} began: a bracket that qualifies it (（累計）), a name cut
	 * after a particle (子育て支援センターの, 婚活イベント等による), a line that starts with one (した起業件数), or the
	 * measure the name ends with (町内の家具・クラフト then 工房数).
	 */
	private static boolean namesGoOn(String name, String next) {
		return Wraps.isBracketedQualifier(next) || name.matches(".*(?:[のをにがとや、]|による|における|に関する)$")
				|| next.matches("^[ぁ-ゖ].*") && name.matches(".*\\p{IsHan}$")
				|| MEASURE_END.matcher(next).matches() && !MEASURE_END.matcher(name).matches() && next.length() <= 6;
	}

	private static final org.govreview.readers.text.EvaluationMarks MARKS = org.govreview.readers.text.EvaluationMarks.standard();

	private static final java.util.regex.Pattern DEPARTMENT = java.util.regex.Pattern.compile("^[^、。]{1,20}(?:課|室|係|センター)$");

	/** 順調, Ａ, ◎, 児童課: an evaluation or a department, a cell of its own that never wraps into another. */
	private static boolean standsAlone(String text) {
		return text.length() <= 8 && MARKS.read(text).isPresent() || DEPARTMENT.matcher(text).matches();
	}

	/** The column of the header at {@code start} headed 単位 (or （単位）), after the first; -1 when none is. */
	static int unitColumn(List<ModelBuilder.Line> lines, int start, int columns) {
		for (int c = 1; c < columns; c++) {
			if (Words.key(lines.get(start + c).stripped()).matches("^[(（]?単位[)）]?$")) {
				return c;
			}
		}
		return -1;
	}

	/** －, an empty cell: a cell that says its column has nothing for the row. */
	private static boolean isNoneMark(String text) {
		return text.matches("^[－―—‐\\-ー]?$");
	}

	/** ％, 人, 千人, 件, km2: a unit alone in its cell, short, without figures or words of a sentence. */
	static boolean isUnit(String text) {
		return UNIT.matcher(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).strip().replaceAll("^\\(|\\)$", "")).matches();
	}

	/** What a 単位 column prints: a counter or a symbol, perhaps over a period (件/年). */
	private static final java.util.regex.Pattern UNIT = java.util.regex.Pattern.compile("^(?:[%％‰]|ポイント|pt|[千万億百]?(?:人|円|件|世帯|回|校|団体|台|戸|人日)"
			+ "|か所|箇所|ヵ所|カ所|ヶ所|km2?|㎢|㎡|m2?|ha|t|トン|t-CO2|kg|g|施設|事業所|地区|店舗|機関|組|社|点|倍|日|時間|分|本|冊|品目|歳|年|か月|ヶ月|団地|隻|便|頭|件数|人数"
			+ "|橋|路線|基|棟|園|館|両|区画|枚|食|株|部|床|室|系統|停留所)"
			+ "(?:[/／](?:年|日|月|年度))?$");

	static boolean isValue(String text) {
		return HeaderRows.isFigure(text) || text.matches(".*[0-9０-９].*[→⇒].*|.*[→⇒].*[0-9０-９].*");
	}

	static int skipFurniture(List<ModelBuilder.Line> lines, int i) {
		while (i < lines.size() && ModelBuilder.isFurniture(lines.get(i))) {
			i++;
		}
		// a page break in a text without form feeds: blank lines around the page's running header and number
		int k = i;
		boolean furniture = false;
		while (k < lines.size() && (lines.get(k).isBlank() || ModelBuilder.isFurniture(lines.get(k)))) {
			furniture |= lines.get(k).runningHeader();
			k++;
		}
		// the next page opening with a heading (分野３　産業・雇用) starts something else
		return furniture && k < lines.size() && HeadingShapes.match(lines.get(k).stripped(), null).isEmpty() ? k : i;
	}

	static List<Cell> row(List<ModelBuilder.Line> group, Path file) {
		List<Cell> row = new ArrayList<>();
		for (int c = 0; c < group.size(); c++) {
			row.add(new Cell(group.get(c).stripped(), group.get(c).at(file)));
		}
		return row;
	}

	/** ◎　達成 opening a row of counts: a mark and the word for it, no section's heading. */
	private static boolean isMarkWithWord(Heading heading) {
		return heading.scheme() == NumberingScheme.SYMBOL && heading.label().matches("[◎○〇△×✕]")
				&& Words.key(heading.title()).matches("\\p{IsHan}{1,4}|\\p{IsHan}{1,3}\\p{IsHiragana}{1,2}");
	}

	/** A line that can be a cell: the first of a row short and no sentence, the others up to a few sentences. */
	static boolean isCell(ModelBuilder.Line line, boolean first) {
		String text = line.stripped();
		boolean fits = first ? text.length() <= MAX_CELL && !text.endsWith("。") : text.length() <= MAX_TEXT_CELL;
		return !text.isEmpty() && fits && line.text().indexOf('\t') < 0 && AlignedRows.split(line.text()).size() <= 1
				&& !ModelBuilder.isSpacedField(text);
	}

	/** 98.9％（2021年度）: a figure, which no header prints; a year (2025年度) may head a column. */
	private static boolean isFigureCell(String text) {
		String key = Words.key(text);
		return key.matches("^[▲△-]?[0-9].*") && org.govreview.readers.text.FiscalYears.yearOf(key).isEmpty();
	}

	private static String shape(String text) {
		return HeaderRows.isFigure(text) ? "figure" : text.matches(".*[0-9０-９].*") ? "mixed" : "word";
	}

	private static int differences(String[] a, String[] b) {
		int differences = 0;
		for (int i = 0; i < Math.min(a.length, b.length); i++) {
			if (!a[i].equals(b[i])) {
				differences++;
			}
		}
		return differences;
	}
}
