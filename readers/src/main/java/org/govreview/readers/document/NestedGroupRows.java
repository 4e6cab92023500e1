package org.govreview.readers.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.govreview.readers.text.DisplayWidth;

/**
 * A spreadsheet's KPI sheet as pdftotext -layout prints it when two columns or more are merged over the rows of each
 * group (基本目標 | 施策 | ＫＰＩ | 単位 | 基準値 | R4 | R5 | R6 | 目標値 | 達成状況 | 担当課): each group's name is
 * printed once, centred beside its rows and wrapped over lines of its own, a narrow column's line sometimes run into
 * the next column's (た産業の振興によ 地場産業の振興と企), and each row's wrapped name printed round the line of its
 * figures. A row is a line of three cells or more right of the column naming the rows; a line of that column's text
 * (or of a cell or two) goes to the nearest such line with no blank line between, the one above when it is as near and
 * the name there is left open. Each group column's names go to the runs of rows they sit beside, as
 * {@link MergedGroupRows} tells them. Each row becomes a line of tab-separated cells, a group's name on the first row
 * of its run. Only a table whose header's labels place nine of its cells in ten where the rows with every cell place
 * them, whose names are not all set at the top of their rows' cells and whose cells never hold two rows' figures is
 * read so; any other is left to the readers after this one. Stateless.
 */
final class NestedGroupRows {

	private static final int MIN_GROUPS = 2;

	private static final int MIN_COLUMNS = 6;

	private static final int MAX_COLUMNS = 16;

	private static final int MAX_LABEL = 16;

	/**
	 * The room a page turn takes between two lines: more than a group's name goes on over, and enough that a group's
	 * name beside rows on one page is not taken for the name of rows on the next.
	 */
	private static final int PAGE_TURN = 6;

	/** How many lines above a bracketed year the cell it goes under may stand. */
	private static final int CELL_REACH = 3;

	/** The header's labels and the rows' cells must place all but one cell in this many alike. */
	private static final int AGREEMENT_TENTHS_LEFT = 10;

	/** ２－３ alone: a group's number. */
	private static final Pattern BARE_GROUP_NUMBER = Pattern.compile("^[0-9０-９]{1,2}[－-][0-9０-９]{1,2}$");

	/** Rows with a piece in every column that tell where the columns' pieces stand. */
	private static final int FULL_ROWS = 3;

	/** Cells right of the naming column that make a line a row's own. */
	private static final int ROW_CELLS = 3;

	/** ３　達成状況の集計: a heading numbered like the report's parts, after the table. */
	private static final Pattern NUMBER_ONLY = Pattern.compile("^[0-9０-９]{1,2}$");

	/** ※ a note, 【…】 a label, a sentence: the table has ended. */
	private static final Pattern NOT_A_CELL = Pattern.compile("^[※＊*●■◆【〔]|。");

	/** やす 基本目標: a piece, one space, and the rest of the line. */
	private static final Pattern JAMMED = Pattern.compile("^(\\s*\\S+) \\S.*$");

	private NestedGroupRows() {
	}

	static List<BoxRows.Printed> joined(List<BoxRows.Printed> printed) {
		return NamedRowBlocks.tablesRead(printed, text -> groups(text) > 0, NestedGroupRows::table);
	}

	/** The count of group columns the header line starts with, before the column naming the rows; 0 when no such header. */
	private static int groups(String text) {
		if (text.indexOf('\t') >= 0) {
			return 0;
		}
		List<KeyedRowBlocks.Segment> labels = KeyedRowBlocks.segments(NamedRowBlocks.closed(text));
		if (labels.size() < MIN_COLUMNS || labels.stream()
			.anyMatch(label -> NamedRowBlocks.unclosed(label.text()).length() > MAX_LABEL || label.text().contains("。") || label.text().contains("："))) {
			return 0;
		}
		int groups = 0;
		while (groups < labels.size() && MergedGroupRows.GROUP_HEADER.matcher(MergedGroupRows.bare(labels.get(groups).text())).matches()) {
			groups++;
		}
		return groups >= MIN_GROUPS && groups < labels.size()
				&& MergedGroupRows.ROW_HEADER.matcher(MergedGroupRows.bare(labels.get(groups).text())).find() ? groups : 0;
	}

	/** やす of やす 基本目標　施策　ＫＰＩ: the end of a group's name run into the header's first label; empty when none. */
	private static String runInto(String text) {
		java.util.regex.Matcher jammed = JAMMED.matcher(text);
		return groups(text) > 0 || !jammed.matches() ? "" : jammed.group(1);
	}

	/** やす 基本目標　施策　ＫＰＩ: the header again at a page's head, the end of a group's name run into its first label. */
	private static boolean headerAgain(String text) {
		return groups(text) > 0 || groups(unjammed(text)) > 0;
	}

	/** The header line with the end of a group's name run into its first label blanked out. */
	private static String unjammed(String text) {
		String prefix = runInto(text);
		return prefix.isEmpty() ? text : " ".repeat(DisplayWidth.of(prefix) + 1) + text.substring(prefix.length() + 1);
	}

	private static int table(List<BoxRows.Printed> lines, int key, RunningLines[] runningOnce) {
		int groups = groups(lines.get(key).text());
		int page = lines.get(key).page();
		int top = NamedRowBlocks.headerTop(lines, key);
		int bottom = headerBottom(lines, key);
		List<NamedRowBlocks.Column> columns = NamedRowBlocks.headerColumns(lines, top, bottom, key);
		int naming = namingColumn(columns);
		if (naming != groups || columns.size() < groups + 4 || columns.size() > MAX_COLUMNS) {
			return key;
		}
		List<MergedGroupRows.Line> body = new ArrayList<>();
		int end = bottom;
		int at = bottom;
		List<MergedGroupRows.Line> pending = new ArrayList<>();
		// 施策体系 over 基本目標 | 施策: the header's own words, never a group's name at the next page's head
		java.util.Set<String> labels = new java.util.HashSet<>();
		for (int h = top; h < bottom; h++) {
			KeyedRowBlocks.segments(NamedRowBlocks.closed(lines.get(h).text())).forEach(label -> labels.add(MergedGroupRows.bare(label.text())));
		}
		while (at < lines.size()) {
			BoxRows.Printed line = lines.get(at);
			if (line.text().isBlank()) {
				at++;
				continue;
			}
			if (line.page() != page) {
				int again = nextHeader(lines, at, line.page());
				if (again < 0) {
					break;
				}
				// a group's name over the header again at the next page's head (its merged cell drawn again on the
				// page), the end of it run into the header's first label: the name beside the page's first rows
				for (int h = at; h <= again; h++) {
					if (h < again && NamedRowBlocks.running(lines, runningOnce).contains(lines.get(h))) {
						continue;
					}
					List<KeyedRowBlocks.Segment> pieces = new ArrayList<>();
					List<Integer> placed = new ArrayList<>();
					for (KeyedRowBlocks.Segment piece : KeyedRowBlocks.segments(h == again ? runInto(lines.get(h).text()) : lines.get(h).text())) {
						int column = NamedRowBlocks.column(piece, columns);
						if (column >= groups || MergedGroupRows.GROUP_HEADER.matcher(MergedGroupRows.bare(piece.text())).matches()
								|| labels.contains(MergedGroupRows.bare(piece.text()))) {
							break;
						}
						pieces.add(piece);
						placed.add(column);
					}
					if (!pieces.isEmpty()) {
						pending.add(new MergedGroupRows.Line(h, 0, pieces, placed));
					}
				}
				page = line.page();
				at = headerBottom(lines, again);
				end = at;
				continue;
			}
			if (NamedRowBlocks.isRunning(lines, at) && !body.isEmpty() && NamedRowBlocks.running(lines, runningOnce).contains(line)) {
				// the page's foot
				at++;
				continue;
			}
			if (line.text().indexOf('\t') >= 0 || groups(line.text()) > 0) {
				break;
			}
			List<KeyedRowBlocks.Segment> pieces = new ArrayList<>();
			List<Integer> placed = new ArrayList<>();
			for (KeyedRowBlocks.Segment piece : KeyedRowBlocks.segments(line.text())) {
				int column = NamedRowBlocks.column(piece, columns);
				KeyedRowBlocks.Segment[] split = column < groups ? runTogether(piece, column, columns) : null;
				if (split != null) {
					pieces.add(split[0]);
					placed.add(column);
					pieces.add(split[1]);
					placed.add(column + 1);
				}
				else {
					pieces.add(piece);
					placed.add(column);
				}
			}
			if (pieces.isEmpty() || NOT_A_CELL.matcher(pieces.get(0).text()).find()
					|| pieces.size() == 2 && placed.get(0) == 0 && NUMBER_ONLY.matcher(pieces.get(0).text()).matches()
							&& !NamedRowBlocks.FIGURE.matcher(pieces.get(1).text()).matches()
					|| pieces.stream().anyMatch(piece -> piece.text().contains("。"))) {
				break;
			}
			// a page's foot and the next page's head take no room between the rows they part
			MergedGroupRows.Line last = body.isEmpty() ? null : body.get(body.size() - 1);
			double position = last == null ? at
					: lines.get(last.at()).page() == page ? last.position() + at - last.at() : last.position() + PAGE_TURN;
			for (MergedGroupRows.Line again : pending) {
				body.add(new MergedGroupRows.Line(again.at(), position, again.pieces(), again.columns()));
			}
			pending.clear();
			body.add(new MergedGroupRows.Line(at, position, pieces, placed));
			at++;
			end = at;
		}
		// 以上, （参考） set apart after the last row: no group's name
		while (body.size() >= 2 && body.get(body.size() - 1).groupsOnly(groups)
				&& body.get(body.size() - 1).at() > body.get(body.size() - 2).at() + 1) {
			body.remove(body.size() - 1);
			end = body.get(body.size() - 1).at() + 1;
		}
		indented(body, lines, groups);
		if (!realigned(body, naming, columns.size()) || body.stream().anyMatch(line -> BARE_GROUP_NUMBER.matcher(pieceIn(line, naming)).matches())) {
			// a header whose labels do not stand over the rows' cells, or a group's number among the rows' names:
			// not a sheet set out on one grid
			return key;
		}
		body.forEach(line -> parted(line.columns(), naming, columns.size()));
		List<Integer> rowLines = new ArrayList<>();
		for (int b = 0; b < body.size(); b++) {
			if (cellsRight(body.get(b), naming) >= ROW_CELLS) {
				rowLines.add(b);
			}
		}
		if (rowLines.size() < 2) {
			return key;
		}
		List<List<Integer>> members = new ArrayList<>();
		rowLines.forEach(row -> members.add(new ArrayList<>(List.of(row))));
		int[] rowOf = new int[body.size()];
		java.util.Arrays.fill(rowOf, -1);
		for (int r = 0; r < rowLines.size(); r++) {
			rowOf[rowLines.get(r)] = r;
		}
		for (int b = 0; b < body.size(); b++) {
			MergedGroupRows.Line line = body.get(b);
			if (rowOf[b] >= 0 || line.groupsOnly(groups)) {
				continue;
			}
			int row = underCell(body, rowOf, b, naming);
			row = row >= 0 ? row : nearestRow(body, rowLines, b, naming);
			if (row >= 0) {
				members.get(row).add(b);
				rowOf[b] = row;
			}
		}
		List<int[]> rows = new ArrayList<>();
		for (List<Integer> member : members) {
			member.sort(null);
			rows.add(new int[] { member.get(0), member.get(member.size() - 1) + 1 });
		}
		// the innermost groups first: an outer group's runs are whole runs of the inner ones
		int[][] runs = new int[groups][];
		List<List<MergedGroupRows.Name>> names = new ArrayList<>(java.util.Collections.nCopies(groups, null));
		List<int[]> units = rows;
		int[] unitOf = java.util.stream.IntStream.range(0, rows.size()).toArray();
		for (int g = groups - 1; g >= 0; g--) {
			// a name printed again on the next page is centred beside the group's rows there
			List<MergedGroupRows.Name> named = MergedGroupRows.names(body, rows, g, true);
			if (topAligned(named, rows, body)) {
				// names set at the top of their cells, each from a row's first line: no centred names to place so
				return key;
			}
			int[] unitRun = named.isEmpty() || named.size() > units.size() ? null : MergedGroupRows.runs(units, named, body);
			if (unitRun == null) {
				return key;
			}
			int[] run = new int[rows.size()];
			for (int r = 0; r < rows.size(); r++) {
				run[r] = unitRun[unitOf[r]];
			}
			names.set(g, named);
			runs[g] = run;
			List<int[]> outer = new ArrayList<>();
			for (int r = 0; r < rows.size(); r++) {
				if (r == 0 || run[r] != run[r - 1]) {
					outer.add(new int[] { rows.get(r)[0], rows.get(r)[1] });
				}
				else {
					outer.get(outer.size() - 1)[1] = rows.get(r)[1];
				}
				unitOf[r] = outer.size() - 1;
			}
			units = outer;
		}
		List<BoxRows.Printed> read = new ArrayList<>();
		read.add(CentredKeys.with(lines.get(key), String.join("\t", columns.stream().map(NamedRowBlocks.Column::label).toList())));
		for (int r = 0; r < members.size(); r++) {
			List<StringBuilder> cells = KeyedRowBlocks.emptyCells(columns.size());
			for (int g = 0; g < groups; g++) {
				int[] run = runs[g];
				if (r == 0 || run[r] != run[r - 1]) {
					cells.get(g).append(names.get(g).get(run[r]).text);
				}
			}
			for (int b : members.get(r)) {
				MergedGroupRows.Line line = body.get(b);
				for (int p = 0; p < line.pieces().size(); p++) {
					StringBuilder cell = line.columns().get(p) >= naming ? cells.get(line.columns().get(p)) : null;
					if (cell == null) {
						continue;
					}
					String piece = line.pieces().get(p).text();
					if (line.columns().get(p) > naming && !cell.isEmpty() && Character.isDigit(cell.charAt(cell.length() - 1))
							&& !piece.isEmpty() && Character.isDigit(piece.charAt(0))) {
						// 100 over 120 in one column: two rows' figures, which rows cannot be told
						return key;
					}
					NamedRowBlocks.append(cell, piece);
				}
			}
			read.add(CentredKeys.with(lines.get(body.get(rowLines.get(r)).at()), KeyedRowBlocks.tabbed(cells)));
		}
		return NamedRowBlocks.replaced(lines, top, end, read);
	}

	/**
	 * The index after the header: its lines of labels under the key line, short of a row's figures and of a line
	 * reaching into the group columns (３　達成状況の集計, a heading after the table).
	 */
	private static int headerBottom(List<BoxRows.Printed> lines, int key) {
		int bottom = NamedRowBlocks.headerBottom(lines, key);
		String keyLine = NamedRowBlocks.closed(lines.get(key).text());
		List<KeyedRowBlocks.Segment> labels = KeyedRowBlocks.segments(unjammed(keyLine));
		int naming = labels.get(Math.min(groups(unjammed(keyLine)), labels.size() - 1)).start();
		for (int h = key + 1; h < bottom; h++) {
			List<KeyedRowBlocks.Segment> pieces = KeyedRowBlocks.segments(lines.get(h).text());
			if (pieces.stream().filter(piece -> NamedRowBlocks.FIGURE.matcher(piece.text()).matches()).count() >= 2
					|| pieces.stream().anyMatch(piece -> piece.start() < naming)) {
				return h;
			}
		}
		return bottom;
	}

	/** Whether every one of two names or more starts on the first line of a row. */
	private static boolean topAligned(List<MergedGroupRows.Name> names, List<int[]> rows, List<MergedGroupRows.Line> body) {
		return names.size() >= 2 && names.stream()
			.allMatch(name -> rows.stream().anyMatch(row -> body.get(row[0]).position() == name.first));
	}

	/** The column naming the rows: the first whose label a row's name is headed by; -1 when none is. */
	private static int namingColumn(List<NamedRowBlocks.Column> columns) {
		for (int c = 0; c < columns.size(); c++) {
			if (MergedGroupRows.ROW_HEADER.matcher(MergedGroupRows.bare(columns.get(c).label())).find()) {
				return c;
			}
		}
		return -1;
	}

	/** The line of the header again on the page {@code page} starting at {@code from}, past a few lines of its head; -1 when none. */
	private static int nextHeader(List<BoxRows.Printed> lines, int from, int page) {
		for (int h = from; h < lines.size() && h - from <= MergedGroupRows.MAX_FURNITURE; h++) {
			if (lines.get(h).page() > page) {
				return -1;
			}
			if (lines.get(h).page() == page && headerAgain(lines.get(h).text())) {
				return h;
			}
		}
		return -1;
	}

	/**
	 * た産業の振興によ 地場産業の振興と企: a group's line run into the next column's by one space, the second part
	 * reaching past the column or numbered as a group (地域資源を生かし １－２); null when the piece is one cell's.
	 */
	private static KeyedRowBlocks.Segment[] runTogether(KeyedRowBlocks.Segment piece, int column, List<NamedRowBlocks.Column> columns) {
		int space = piece.text().lastIndexOf(' ');
		if (space <= 0 || column + 1 >= columns.size()) {
			return null;
		}
		String first = piece.text().substring(0, space).strip();
		String second = piece.text().substring(space + 1).strip();
		double edge = (columns.get(column).centre() + columns.get(column + 1).centre()) / 2;
		boolean past = piece.start() + DisplayWidth.of(piece.text()) > edge;
		// 基本目標１ 安心して暮らせるまち: a group's label and its title, one cell
		if (first.isEmpty() || second.isEmpty() || first.indexOf(' ') >= 0 || MergedGroupRows.NUMBERED.matcher(first + " ").lookingAt()
				&& first.length() <= 5 || MergedGroupRows.LABELLED.matcher(first).lookingAt() && first.length() <= 7
				|| !past && !MergedGroupRows.NUMBERED.matcher(second + " ").lookingAt()) {
			return null;
		}
		return new KeyedRowBlocks.Segment[] { new KeyedRowBlocks.Segment(piece.start(), first),
				new KeyedRowBlocks.Segment(piece.start() + DisplayWidth.of(first) + 1, second) };
	}

	/**
	 * ３－２, 子育て支援と保育サ, 率: a piece of a group column starting nearer where the next column's text starts on
	 * the page than where its own does belongs to the next column, the labels' centres notwithstanding.
	 */
	private static void indented(List<MergedGroupRows.Line> body, List<BoxRows.Printed> lines, int groups) {
		java.util.Map<Integer, int[]> leftmost = new java.util.HashMap<>();
		for (MergedGroupRows.Line line : body) {
			int[] left = leftmost.computeIfAbsent(lines.get(line.at()).page(), page -> filled(groups + 1));
			for (int p = 0; p < line.pieces().size(); p++) {
				int column = line.columns().get(p);
				if (column <= groups) {
					left[column] = Math.min(left[column], line.pieces().get(p).start());
				}
			}
		}
		for (MergedGroupRows.Line line : body) {
			int[] left = leftmost.get(lines.get(line.at()).page());
			for (int p = 0; p < line.pieces().size(); p++) {
				int column = line.columns().get(p);
				int start = line.pieces().get(p).start();
				if (column < groups && left[column + 1] != Integer.MAX_VALUE && start > left[column]
						&& Math.abs(start - left[column + 1]) < Math.abs(start - left[column]) && !line.columns().contains(column + 1)) {
					line.columns().set(p, column + 1);
				}
			}
		}
	}

	/**
	 * 21 under R4: figures set right in their cells, labels centred over them, place a line's cells better by where
	 * the figures of the rows with every cell stand. Where three lines or more hold a piece in each column right of the
	 * naming column, each piece right of it goes to the column whose pieces stand nearest, by start, end or centre;
	 * false when no such lines are, or when the labels had put fewer than nine pieces in ten where the rows do.
	 */
	private static boolean realigned(List<MergedGroupRows.Line> body, int naming, int width) {
		int cells = width - naming - 1;
		List<MergedGroupRows.Line> full = body.stream()
			.filter(line -> cellsRight(line, naming) == cells && line.columns().stream().filter(column -> column > naming).distinct().count() == cells)
			.toList();
		if (full.size() < FULL_ROWS) {
			return false;
		}
		double[][] spans = new double[cells][];
		for (int k = 0; k < cells; k++) {
			List<Integer> starts = new ArrayList<>();
			List<Integer> ends = new ArrayList<>();
			for (MergedGroupRows.Line line : full) {
				KeyedRowBlocks.Segment piece = line.pieces().get(line.pieces().size() - cells + k);
				starts.add(piece.start());
				ends.add(piece.start() + DisplayWidth.of(piece.text()));
			}
			spans[k] = new double[] { median(starts), median(ends) };
		}
		int pieces = 0;
		int moved = 0;
		for (MergedGroupRows.Line line : body) {
			for (int p = 0; p < line.pieces().size(); p++) {
				if (line.columns().get(p) <= naming) {
					continue;
				}
				int start = line.pieces().get(p).start();
				int end = start + DisplayWidth.of(line.pieces().get(p).text());
				int best = -1;
				double nearest = Double.POSITIVE_INFINITY;
				for (int k = 0; k < cells; k++) {
					double distance = Math.min(Math.min(Math.abs(start - spans[k][0]), Math.abs(end - spans[k][1])),
							Math.abs((start + end) / 2.0 - (spans[k][0] + spans[k][1]) / 2));
					if (distance < nearest) {
						nearest = distance;
						best = k;
					}
				}
				pieces++;
				moved += line.columns().get(p) == naming + 1 + best ? 0 : 1;
				line.columns().set(p, naming + 1 + best);
			}
		}
		return moved * AGREEMENT_TENTHS_LEFT <= pieces;
	}

	private static double median(List<Integer> values) {
		List<Integer> sorted = values.stream().sorted().toList();
		return sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2) : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2.0;
	}

	/**
	 * －, 86 in one column: figures a line printed nearer each other than their columns, the first moved back where the
	 * column before is empty, else the second on where the column after is.
	 */
	private static void parted(List<Integer> placed, int naming, int width) {
		for (int p = 1; p < placed.size(); p++) {
			int column = placed.get(p);
			if (column != placed.get(p - 1) || column <= naming) {
				continue;
			}
			if (column - 1 > naming && !placed.contains(column - 1)) {
				placed.set(p - 1, column - 1);
			}
			else if (column + 1 < width && !placed.contains(column + 1)) {
				placed.set(p, column + 1);
			}
		}
	}

	private static int[] filled(int groups) {
		int[] left = new int[groups];
		java.util.Arrays.fill(left, Integer.MAX_VALUE);
		return left;
	}

	private static int cellsRight(MergedGroupRows.Line line, int naming) {
		return (int) line.columns().stream().filter(column -> column > naming).count();
	}

	/**
	 * The row a line of a wrapped name goes to: the nearest row's line with no blank line between, the one above when
	 * both are as near and the name there has a bracket still open; -1 when there is none.
	 */
	private static int nearestRow(List<MergedGroupRows.Line> body, List<Integer> rowLines, int b, int naming) {
		int above = -1;
		int below = -1;
		for (int r = 0; r < rowLines.size(); r++) {
			int line = rowLines.get(r);
			if (line < b && unbroken(body, line, b)) {
				above = r;
			}
			if (line > b && below < 0 && unbroken(body, b, line)) {
				below = r;
			}
		}
		if (above < 0 || below < 0) {
			return Math.max(above, below);
		}
		int up = body.get(b).at() - body.get(rowLines.get(above)).at();
		int down = body.get(rowLines.get(below)).at() - body.get(b).at();
		if (up != down) {
			return up < down ? above : below;
		}
		String name = pieceIn(body.get(rowLines.get(above)), naming);
		return name.chars().filter(c -> c == '（' || c == '(').count() > name.chars().filter(c -> c == '）' || c == ')').count() ? above : below;
	}

	/**
	 * （R5） alone under 策定: a year in brackets under a cell of the lines just above goes with that cell's row,
	 * however near the next row's line is; -1 when the line holds more or no such cell is above.
	 */
	private static int underCell(List<MergedGroupRows.Line> body, int[] rowOf, int b, int naming) {
		MergedGroupRows.Line line = body.get(b);
		List<Integer> own = new ArrayList<>();
		for (int p = 0; p < line.pieces().size(); p++) {
			if (line.columns().get(p) == naming || line.columns().get(p) > naming && !HeaderRows.isBracketed(line.pieces().get(p).text())) {
				return -1;
			}
			if (line.columns().get(p) > naming) {
				own.add(line.columns().get(p));
			}
		}
		for (int above = b - 1; above >= 0 && b - above <= CELL_REACH && unbroken(body, above, b); above--) {
			if (rowOf[above] >= 0 && body.get(above).columns().stream().anyMatch(own::contains)) {
				return rowOf[above];
			}
		}
		return -1;
	}

	/** Whether the lines from body index {@code from} to {@code to} follow each other with no blank line between. */
	private static boolean unbroken(List<MergedGroupRows.Line> body, int from, int to) {
		for (int b = from + 1; b <= to; b++) {
			if (body.get(b).at() != body.get(b - 1).at() + 1) {
				return false;
			}
		}
		return true;
	}

	private static String pieceIn(MergedGroupRows.Line line, int column) {
		int p = line.columns().indexOf(column);
		return p < 0 ? "" : line.pieces().get(p).text();
	}
}
