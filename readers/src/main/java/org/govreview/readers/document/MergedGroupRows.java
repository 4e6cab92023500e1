package org.govreview.readers.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.govreview.readers.text.DisplayWidth;

/**
 * A wide table as pdftotext -layout prints it when a spreadsheet merges its first column over the rows of each group
 * (分野 | No. | 公約項目 | … | 担当課, 施策 | 重要業績評価指標（ＫＰＩ） | 単位 | 基準値 | …): the group's name is printed
 * once, centred beside the middle of its rows, perhaps wrapped over lines of its own between them, and the rows are
 * set apart by blank lines, a wrapped cell's lines round the line of the row's one-line cells. The columns are the
 * header's labels, as {@link NamedRowBlocks} finds them. Each row becomes a line of tab-separated cells; the group's
 * name goes to the first row of its rows, which are told from the group's centre: each group takes the run of rows
 * whose middle its name sits beside, the runs chosen so the names sit nearest the middles. Only a table whose first
 * column names fewer groups than it has rows, each name near the middle of its run and most groups of several rows
 * not named from their first line on (a column set at the top of its cells, which the ordinary reading takes), and no
 * row holding two lines of figures, is read so. Stateless.
 */
final class MergedGroupRows {

	/** 分野, 施策, 政策, 基本目標: the header of a column that groups the rows. */
	static final Pattern GROUP_HEADER = Pattern.compile("^(?:政策)?分野$|^(?:基本)?施策$|^政策$|^基本目標$|^柱$|^目標$");

	/** 公約項目, 重要業績評価指標（ＫＰＩ）, 指標名: the header of the column that names each row. */
	static final Pattern ROW_HEADER = Pattern
		.compile("^(?:公約|マニフェスト)?項目$|^公約$|指標|^KPI|^ＫＰＩ|^(?:事務)?事業名?$|^取組(?:名|項目|内容)?$");

	/** 指標, 成果指標, KPI: the header of a column of indicators. */
	private static final Pattern INDICATOR = Pattern.compile("指標|^KPI|^ＫＰＩ");

	private static final int MAX_LABEL = 16;

	private static final int MIN_COLUMNS = 4;

	private static final int MAX_COLUMNS = 14;

	/** How far apart two lines of one group's name may be: a row's line between them at most. */
	static final int NAME_GAP = 2;

	/** How far, on average, a group's name may sit from the middle of its rows. */
	private static final double MAX_OFF_CENTRE = 1.5;

	/** How many rows one group's name may stand beside, at the most. */
	private static final int MAX_RUN = 40;

	/** Running lines at a page turn, at the most. */
	static final int MAX_FURNITURE = 8;

	/** (1), （２）, 1., ①: a group's number, which starts its name. */
	static final Pattern NUMBERED = Pattern.compile("^(?:[(（][0-9０-９]{1,2}[)）]|[0-9０-９]{1,2}(?:[-－][0-9０-９]{1,2})?[.．、\\s　]|[①-⑳])");

	/** ２－２, (3), ④ alone: a group's number with no title after it. */
	private static final Pattern BARE_NUMBER = Pattern.compile("^(?:[(（]?[0-9０-９]{1,2}[)）]?(?:[-－][0-9０-９]{1,2})?|[①-⑳])$");

	/** 基本目標２, 施策３: a group's label and number, which starts its name. */
	static final Pattern LABELLED = Pattern.compile("^(?:基本目標|施策|政策|分野|柱|目標)\\s*[0-9０-９]");

	/** ※ a note, 【…】 a label, 基本目標２ a goal's heading: the table has ended. */
	private static final Pattern NOT_A_CELL = Pattern.compile("^[※＊*●■◆【〔]|。|^(?:基本目標|重点目標|目標|基本方針|政策|柱)\\s*[0-9０-９]");

	/** ・ a bullet, unless it goes on with a group's name on the line above (農林水産業 over ・商工業). */
	private static final Pattern BULLET = Pattern.compile("^[・･]");

	private MergedGroupRows() {
	}

	static List<BoxRows.Printed> joined(List<BoxRows.Printed> printed) {
		return NamedRowBlocks.tablesRead(printed, MergedGroupRows::isHeader, MergedGroupRows::table);
	}

	private static boolean isHeader(String text) {
		if (text.indexOf('\t') >= 0) {
			return false;
		}
		List<KeyedRowBlocks.Segment> labels = KeyedRowBlocks.segments(NamedRowBlocks.closed(text));
		if (labels.size() < MIN_COLUMNS || labels.stream()
			.anyMatch(label -> NamedRowBlocks.unclosed(label.text()).length() > MAX_LABEL || label.text().contains("。") || label.text().contains("："))) {
			return false;
		}
		return GROUP_HEADER.matcher(bare(labels.get(0).text())).matches()
				&& labels.subList(1, 3).stream().anyMatch(label -> ROW_HEADER.matcher(bare(label.text())).find());
	}

	static String bare(String label) {
		return NamedRowBlocks.unclosed(label).replaceAll("\\s", "");
	}

	/** A line of the table: its pieces, each in its column. */
	record Line(int at, double position, List<KeyedRowBlocks.Segment> pieces, List<Integer> columns) {

		boolean groupOnly() {
			return groupsOnly(1);
		}

		/** Whether the line holds only pieces of the first {@code groups} columns, the groups' names. */
		boolean groupsOnly(int groups) {
			return this.columns.stream().allMatch(column -> column < groups);
		}
	}

	/** A group's name as printed: its pieces' text and the lines they stand on. */
	static final class Name {

		final StringBuilder text = new StringBuilder();

		double first = -1;

		double last = -1;

		double centre() {
			return (this.first + this.last) / 2.0;
		}
	}

	/** Reads the table whose header is at {@code key}; the index of its last line. */
	private static int table(List<BoxRows.Printed> lines, int key, RunningLines[] runningOnce) {
		int page = lines.get(key).page();
		int top = NamedRowBlocks.headerTop(lines, key);
		int bottom = NamedRowBlocks.headerBottom(lines, key);
		List<NamedRowBlocks.Column> columns = NamedRowBlocks.headerColumns(lines, top, bottom, key);
		if (columns.size() < MIN_COLUMNS || columns.size() > MAX_COLUMNS) {
			return key;
		}
		// a group's name fills its column up to where the next one's label starts
		double firstZone = Math.max((columns.get(0).centre() + columns.get(1).centre()) / 2, columns.get(1).start());
		List<Line> body = new ArrayList<>();
		java.util.Map<Integer, Integer> otherStarts = new java.util.HashMap<>();
		int at = bottom;
		int furniture = 0;
		while (at < lines.size()) {
			BoxRows.Printed line = lines.get(at);
			if (line.text().isBlank()) {
				at++;
				continue;
			}
			if (line.page() != page || NamedRowBlocks.isRunning(lines, at)) {
				if (NamedRowBlocks.running(lines, runningOnce).contains(line) && furniture < MAX_FURNITURE) {
					furniture++;
					at++;
					continue;
				}
				if (line.page() != page && isHeader(line.text())) {
					// the header again at the head of the next page
					page = line.page();
					at++;
					while (at < lines.size() && !lines.get(at).text().isBlank() && NamedRowBlocks.labelsOnly(lines.get(at).text())) {
						at++;
					}
					continue;
				}
			}
			if (line.text().indexOf('\t') >= 0 || isHeader(line.text())) {
				break;
			}
			List<KeyedRowBlocks.Segment> pieces = KeyedRowBlocks.segments(line.text());
			List<Integer> placed = new ArrayList<>();
			// ※ a note under the table, wherever it starts
			boolean cell = !pieces.isEmpty() && !pieces.get(0).text().matches("^[※＊*].*");
			for (KeyedRowBlocks.Segment piece : pieces) {
				int column = NamedRowBlocks.column(piece, columns);
				if (column == 0 && otherStarts.containsKey(piece.start())) {
					// 入支援を行う。 where the long lines of a wide column start: that column's, though its label centres it
					column = otherStarts.get(piece.start());
				}
				else if (column > 0) {
					otherStarts.putIfAbsent(piece.start(), column);
				}
				placed.add(column);
				if (column > 0) {
					// …実施しました。, ・公約の項目: what another column says, whatever it holds
					continue;
				}
				int here = at;
				boolean nameGoesOn = body.subList(Math.max(0, body.size() - NAME_GAP), body.size()).stream()
					.anyMatch(above -> above.at() >= here - NAME_GAP && above.columns().contains(0));
				cell &= !NOT_A_CELL.matcher(piece.text()).find() && (nameGoesOn || !BULLET.matcher(piece.text()).find())
						// 基本目標２　中津への新しいひとの流れをつくる: a heading wider than the first column, no group's name
						&& piece.start() + DisplayWidth.of(piece.text()) <= firstZone + 2;
			}
			if (pieces.size() == 2 && placed.get(0) == 0 && pieces.get(0).text().matches("^[0-9０-９]{1,2}$")
					&& !NamedRowBlocks.FIGURE.matcher(pieces.get(1).text()).matches()) {
				// ５  組織運営の目標（働き方改革）: a heading numbered like the report's parts, after the table
				cell = false;
			}
			if (!cell) {
				break;
			}
			for (int p = 1; p < placed.size(); p++) {
				int column = placed.get(p);
				if (column == placed.get(p - 1) && column + 1 < columns.size() && !placed.contains(column + 1)) {
					// ○ 農政振興課: a short name left in a wide column whose label is centred over it, the column after
					placed.set(p, column + 1);
				}
			}
			// a page's foot and the next page's head take no room between the rows they part
			double position = body.isEmpty() ? at
					: line.page() == page ? body.get(body.size() - 1).position() + at - body.get(body.size() - 1).at()
							: body.get(body.size() - 1).position() + 2;
			page = line.page();
			furniture = 0;
			body.add(new Line(at, position, pieces, placed));
			at++;
		}
		// （参考） or 以上 set apart after the last row: no group's name
		while (!body.isEmpty() && body.get(body.size() - 1).groupOnly()
				&& (body.size() == 1 || body.get(body.size() - 1).at() > body.get(body.size() - 2).at() + 1)) {
			body.remove(body.size() - 1);
		}
		// what was looked at and not taken is not looked at again from a later page's header
		int scanned = body.isEmpty() ? key : body.get(body.size() - 1).at();
		alignedByStart(body);
		List<int[]> rows = rows(body, namingColumn(columns));
		int indicator = indicatorColumn(columns);
		if (rows.stream().anyMatch(row -> figureLines(body, row) >= 2) && indicator < 0) {
			// rows set one under another without blank lines: no centred cells, no merged column to read so
			return scanned;
		}
		int lastFigure = lastFigureColumn(body);
		List<Name> names = names(body, rows, 0);
		if (names.size() < 2 || rows.size() <= names.size()) {
			return scanned;
		}
		int[] runs = runs(rows, names, body);
		if (runs == null || topAligned(runs, rows, names, body)) {
			return scanned;
		}
		List<BoxRows.Printed> read = new ArrayList<>();
		read.add(CentredKeys.with(lines.get(key), String.join("\t",
				columns.stream().map(NamedRowBlocks.Column::label).toList())));
		for (int r = 0; r < rows.size(); r++) {
			int[] row = rows.get(r);
			int[] subRow = indicator < 0 ? new int[row[1] - row[0]] : subRows(body, row, indicator, lastFigure);
			int count = java.util.Arrays.stream(subRow).max().orElse(0) + 1;
			List<List<StringBuilder>> cells = new ArrayList<>();
			for (int k = 0; k < count; k++) {
				cells.add(KeyedRowBlocks.emptyCells(columns.size()));
			}
			if (r == 0 || runs[r] != runs[r - 1]) {
				cells.get(0).get(0).append(names.get(runs[r]).text);
			}
			int[] firstLine = new int[count];
			java.util.Arrays.fill(firstLine, -1);
			for (int l = row[0]; l < row[1]; l++) {
				Line line = body.get(l);
				for (int p = 0; p < line.pieces().size(); p++) {
					int column = line.columns().get(p);
					if (column == 0) {
						continue;
					}
					int k = column >= indicator && column <= lastFigure && indicator > 0 ? subRow[l - row[0]] : 0;
					firstLine[k] = firstLine[k] < 0 ? line.at() : firstLine[k];
					NamedRowBlocks.append(cells.get(k).get(column), line.pieces().get(p).text());
				}
			}
			for (int k = 0; k < count; k++) {
				int printedAt = k == 0 || firstLine[k] < 0 ? body.get(row[0]).at() : firstLine[k];
				read.add(CentredKeys.with(lines.get(printedAt), KeyedRowBlocks.tabbed(cells.get(k))));
			}
		}
		return NamedRowBlocks.replaced(lines, top, body.get(body.size() - 1).at() + 1, read);
	}

	/**
	 * The rows: runs of lines holding cells beside the first column, apart by blank lines or lines of a group's name
	 * alone; each run from and to indices into the body.
	 */
	private static List<int[]> rows(List<Line> body, int naming) {
		boolean[] between = naming > 0 && sentences(body, naming) ? withinSentences(body, naming) : new boolean[body.size()];
		java.util.function.IntPredicate nameAlone = l -> body.get(l).groupOnly() && !between[l];
		List<int[]> rows = new ArrayList<>();
		int start = -1;
		for (int l = 0; l <= body.size(); l++) {
			boolean goesOn = l < body.size() && !nameAlone.test(l) && start >= 0 && body.get(l).at() == body.get(l - 1).at() + 1
					&& !nameAlone.test(l - 1);
			if (goesOn) {
				continue;
			}
			if (start >= 0) {
				rows.add(new int[] { start, l });
				start = -1;
			}
			if (l < body.size() && !nameAlone.test(l)) {
				start = l;
			}
		}
		return rows;
	}

	/**
	 * …活動の担い手の裾野 / 市民と協働して、緑と / を広げる。: lines of a group's name alone between the lines of a
	 * sentence of the naming column, which part no rows.
	 */
	private static boolean[] withinSentences(List<Line> body, int naming) {
		boolean[] between = new boolean[body.size()];
		int l = 0;
		while (l < body.size()) {
			if (!body.get(l).groupOnly()) {
				l++;
				continue;
			}
			int end = l + 1;
			while (end < body.size() && body.get(end).groupOnly() && body.get(end).at() == body.get(end - 1).at() + 1) {
				end++;
			}
			String above = l > 0 && body.get(l - 1).at() + 1 == body.get(l).at() ? piece(body.get(l - 1), naming) : null;
			String below = end < body.size() && body.get(end - 1).at() + 1 == body.get(end).at() ? piece(body.get(end), naming) : null;
			if (above != null && below != null && !above.endsWith("。")) {
				java.util.Arrays.fill(between, l, end, true);
			}
			l = end;
		}
		return between;
	}

	/** Whether most rows' naming cells end a sentence (…を行う。): cells of sentences, cut only where one ends. */
	private static boolean sentences(List<Line> body, int naming) {
		int ends = 0;
		int pieces = 0;
		for (Line line : body) {
			String piece = piece(line, naming);
			if (piece != null) {
				pieces++;
				ends += piece.endsWith("。") ? 1 : 0;
			}
		}
		return ends >= 2 && ends * 4 >= pieces;
	}

	/** The line's piece in the column; null when it holds none. */
	private static String piece(Line line, int column) {
		int p = line.columns().indexOf(column);
		return p < 0 ? null : line.pieces().get(p).text();
	}

	/**
	 * 消 under 放課後児童クラブの受入れ拡大と待機児童の解: a short piece starting where a column's longer pieces start
	 * belongs to their column, wherever its label's centre puts the piece's zone.
	 */
	private static void alignedByStart(List<Line> body) {
		java.util.Map<Integer, java.util.Map<Integer, Integer>> votes = new java.util.HashMap<>();
		for (Line line : body) {
			for (int p = 0; p < line.pieces().size(); p++) {
				votes.computeIfAbsent(line.pieces().get(p).start(), start -> new java.util.HashMap<>())
					.merge(line.columns().get(p), 1, Integer::sum);
			}
		}
		for (Line line : body) {
			for (int p = 0; p < line.pieces().size(); p++) {
				java.util.Map<Integer, Integer> here = votes.get(line.pieces().get(p).start());
				int own = line.columns().get(p);
				java.util.Map.Entry<Integer, Integer> most = java.util.Collections.max(here.entrySet(), java.util.Map.Entry.comparingByValue());
				if (own != 0 && most.getKey() != 0 && most.getKey() != own && most.getValue() >= 2 && most.getValue() > here.getOrDefault(own, 0)
						&& !line.columns().contains(most.getKey())) {
					line.columns().set(p, most.getKey());
				}
			}
		}
	}

	/** 指標 after the column naming the rows (取組内容 | 指標 | R5実績 …): a row may hold several indicators. */
	private static int indicatorColumn(List<NamedRowBlocks.Column> columns) {
		int naming = namingColumn(columns);
		if (naming < 0 || INDICATOR.matcher(bare(columns.get(naming).label())).find()) {
			return -1;
		}
		for (int c = naming + 1; c < columns.size(); c++) {
			if (INDICATOR.matcher(bare(columns.get(c).label())).find()) {
				return c;
			}
		}
		return -1;
	}

	/** The column naming the rows, the first or second after the groups' (公約項目, 取組内容); -1 when none. */
	private static int namingColumn(List<NamedRowBlocks.Column> columns) {
		for (int c = 1; c < Math.min(3, columns.size()); c++) {
			if (ROW_HEADER.matcher(bare(columns.get(c).label())).find()) {
				return c;
			}
		}
		return -1;
	}

	/** The last column holding a figure: the columns after it (担当課) belong to a row, not to one of its indicators. */
	private static int lastFigureColumn(List<Line> body) {
		int last = -1;
		for (Line line : body) {
			for (int p = 0; p < line.pieces().size(); p++) {
				if (NamedRowBlocks.FIGURE.matcher(line.pieces().get(p).text()).matches()) {
					last = Math.max(last, line.columns().get(p));
				}
			}
		}
		return last;
	}

	/**
	 * The indicators of a row whose action is merged over several: runs of lines next to each other holding the
	 * indicator's or its figures' columns, a run each; for each of the row's lines, which run it belongs to.
	 */
	private static int[] subRows(List<Line> body, int[] row, int indicator, int lastFigure) {
		int[] subRow = new int[row[1] - row[0]];
		int run = -1;
		int lastAt = Integer.MIN_VALUE;
		for (int l = row[0]; l < row[1]; l++) {
			Line line = body.get(l);
			boolean part = line.columns().stream().anyMatch(column -> column >= indicator && column <= lastFigure);
			if (part && line.at() != lastAt + 1) {
				run++;
			}
			if (part) {
				lastAt = line.at();
			}
			subRow[l - row[0]] = Math.max(0, run);
		}
		return subRow;
	}

	private static long figureLines(List<Line> body, int[] row) {
		return body.subList(row[0], row[1]).stream().filter(line -> java.util.stream.IntStream.range(0, line.pieces().size())
			.filter(p -> line.columns().get(p) > 0 && NamedRowBlocks.FIGURE.matcher(line.pieces().get(p).text()).matches())
			.count() >= 2).count();
	}

	/**
	 * Most groups of two rows or more print their name from their first row's first line on: a first column set at the
	 * top of its cells, each row's name beside it, which the ordinary reading takes.
	 */
	private static boolean topAligned(int[] runs, List<int[]> rows, List<Name> names, List<Line> body) {
		int several = 0;
		int top = 0;
		for (int g = 0; g < names.size(); g++) {
			int first = -1;
			int count = 0;
			for (int r = 0; r < runs.length; r++) {
				if (runs[r] == g) {
					first = first < 0 ? r : first;
					count++;
				}
			}
			if (count >= 2) {
				several++;
				top += names.get(g).first == body.get(rows.get(first)[0]).position() ? 1 : 0;
			}
		}
		return several > 0 && top * 2 > several;
	}

	/**
	 * The groups' names: the first column's pieces, one name while they stand on lines next to each other, in one row,
	 * or a line apart with a line of the name's own between, unless the later is numbered.
	 */
	static List<Name> names(List<Line> body, List<int[]> rows, int column) {
		return names(body, rows, column, false);
	}

	/**
	 * The names of the column's groups; {@code loose}, for the columns of a table merged in several (基本目標 | 施策),
	 * a name goes on over up to three lines without its pieces until a numbered piece starts the next.
	 */
	static List<Name> names(List<Line> body, List<int[]> rows, int column, boolean loose) {
		int[] rowOf = new int[body.size()];
		java.util.Arrays.fill(rowOf, -1);
		for (int r = 0; r < rows.size(); r++) {
			for (int l = rows.get(r)[0]; l < rows.get(r)[1]; l++) {
				rowOf[l] = r;
			}
		}
		List<Name> names = new ArrayList<>();
		Name name = null;
		int lastLine = -1;
		for (int b = 0; b < body.size(); b++) {
			Line line = body.get(b);
			for (int p = 0; p < line.pieces().size(); p++) {
				if (line.columns().get(p) != column) {
					continue;
				}
				String piece = line.pieces().get(p).text();
				// 子育て・ over 教育, (1) 企業誘致と地場企業 / a row / の振興, (8) 安心して子育てでき / … / る環境の充実 round a
				// wrapped row: one name; two groups of a row each, a blank line apart, two names
				boolean sameRow = lastLine >= 0 && rowOf[b] >= 0 && rowOf[b] == rowOf[lastLine];
				// ２－１ alone on its line, in a column of numbered names: the next name's number
				boolean goesOn = name != null && !NUMBERED.matcher(loose ? piece + " " : piece).find() && (line.position() - name.last <= 1 || sameRow
						|| loose && line.position() - name.last <= NAME_GAP + 1 && !LABELLED.matcher(piece).find()
						|| line.position() - name.last <= NAME_GAP && (line.groupsOnly(column + 1) || body.get(lastLine).groupsOnly(column + 1)));
				if (!goesOn) {
					name = new Name();
					name.first = line.position();
					names.add(name);
				}
				if (loose && !name.text.isEmpty() && BARE_NUMBER.matcher(name.text).matches()) {
					// ２－２ over 移住・定住の促進: the number on a line of its own, then the title
					name.text.append(' ');
				}
				name.text.append(piece);
				name.last = line.position();
				lastLine = b;
			}
		}
		return names;
	}


	/**
	 * Which name each row belongs to: runs of rows in order, one a name, chosen so that each name sits nearest the
	 * middle of its run; null when a name stands too far from the middle of any run it could take.
	 */
	static int[] runs(List<int[]> rows, List<Name> names, List<Line> body) {
		int n = rows.size();
		int k = names.size();
		double[][] cost = new double[k + 1][n + 1];
		int[][] from = new int[k + 1][n + 1];
		for (double[] row : cost) {
			java.util.Arrays.fill(row, Double.POSITIVE_INFINITY);
		}
		cost[0][0] = 0;
		for (int g = 1; g <= k; g++) {
			for (int end = g; end <= n - (k - g); end++) {
				for (int start = Math.max(g - 1, end - MAX_RUN); start < end; start++) {
					if (cost[g - 1][start] == Double.POSITIVE_INFINITY) {
						continue;
					}
					double middle = (body.get(rows.get(start)[0]).position() + body.get(rows.get(end - 1)[1] - 1).position()) / 2.0;
					double total = cost[g - 1][start] + Math.abs(names.get(g - 1).centre() - middle);
					if (total < cost[g][end]) {
						cost[g][end] = total;
						from[g][end] = start;
					}
				}
			}
		}
		if (cost[k][n] / k > MAX_OFF_CENTRE) {
			return null;
		}
		int[] runs = new int[n];
		int end = n;
		for (int g = k; g >= 1; g--) {
			int start = from[g][end];
			for (int r = start; r < end; r++) {
				runs[r] = g - 1;
			}
			end = start;
		}
		return runs;
	}
}
