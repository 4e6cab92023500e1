package org.govreview.readers.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A grid table in laid-out text (pdftotext -layout of a system's form or a report's ruled table) whose rows take
 * several lines, read into the cells its borders drew, as the PDF's rules give them: an HTML table, so that every
 * reader sees the rows a reader of the page sees. Its rows begin on the lines that fill more than half its columns
 * (the figures); a name wrapped over the lines around them belongs to the nearest such line, or, where blank lines set
 * the rows apart, to the block of lines it stands in; a row's number on a line of its own opens its row; a group's
 * name set down the columns on the left (政策, 施策), centred down its rows or standing at their top, is one cell down
 * the group, and a group's label across the table (施策 1-1　…) a row of its own; the header's lines above are the
 * columns' headings, a heading set over two columns or more spanning them. The columns are the gutters the table's
 * lines leave empty. A table of one line per row, or one holding a line this cannot place (markup, a drawn box), is
 * left as it reads. Stateless; thread-safe.
 */
public final class LaidOutGrids {

	/** A cell's text: words parted by single spaces; two spaces or more part cells. */
	private static final Pattern PIECE = WrappedRows.CELL;

	/** A figure a row's line holds: 1,912,406, 72.4, ▲16.7, 91.4％ (a year such as R6 or H30 is a header's as well). */
	private static final Pattern FIGURE = Pattern.compile("[▲△▼+＋\\-－]?[0-9０-９][0-9０-９,，.．]*[%％]?");

	/** 政策１, 1-1, 施策２, (1), ①: the key a group's name opens with. */
	private static final Pattern KEY = Pattern.compile(
			"(?:[\\p{IsHan}]{1,4}[0-9０-９]+|第[0-9０-９一二三四五六七八九十]+[章節部款]|[0-9０-９]+[-－‐ー][0-9０-９]+(?:[-－‐ー][0-9０-９]+)?|[（(][0-9０-９]+[）)]|[①-⑳]|[0-9０-９]+[.．])(?:[ 　].*)?|[Ⅰ-Ⅻ].*");

	/** ※ 合計は…, 注１: a note under the table, no line of its last row. */
	private static final Pattern NOTE = Pattern.compile("[※＊*]|注[0-9０-９]+|注[：:）)]|[（(]注[）)]");

	private static final Pattern LABEL_KEY = Pattern.compile("[\\p{IsHan}]{1,4}[0-9０-９]+");

	private static final int HEADER_LINES = 8;

	private static final int ANCHOR_GAP = 10;

	private static final int FEWEST_CELLS = 3;

	private LaidOutGrids() {
	}

	/**
	 * A cell's text on a line, from the column it starts at to the one after it; columns are characters where a tool
	 * placed the text by its glyphs' positions (pdftotext -layout), display cells where a person aligned it with
	 * spaces, a full-width letter taking two.
	 */
	private record Piece(int line, int start, int end, String text, boolean wide) {

		double centre() {
			return (start + end) / 2.0;
		}

		/** The column each offset of the text stands at, the end's last. */
		int[] columns() {
			int[] at = new int[text.length() + 1];
			at[0] = start;
			for (int k = 0; k < text.length(); k++) {
				at[k + 1] = at[k] + (wide ? DisplayWidth.of(text, k, k + 1) : 1);
			}
			return at;
		}
	}

	/**
	 * The text with every grid table of several lines a row as an HTML table, on its first line, its other lines left
	 * empty; the text itself when it has none, or was read from a PDF (whose rules gave its tables).
	 */
	public static SourceText gridded(SourceText text) {
		if (text.fromPdf()) {
			return text;
		}
		List<String> lines = new ArrayList<>(text.lines());
		List<Integer> starts = new ArrayList<>(text.pageStarts());
		starts.add(0, 0);
		starts.add(lines.size());
		boolean changed = false;
		for (int p = 0; p + 1 < starts.size(); p++) {
			List<String> page = new ArrayList<>(lines.subList(starts.get(p), starts.get(p + 1)));
			if (page(page)) {
				for (int i = 0; i < page.size(); i++) {
					lines.set(starts.get(p) + i, page.get(i));
				}
				changed = true;
			}
		}
		return changed ? new SourceText(text.file(), lines, text.origin(), text.findings(), text.pageStarts(), text.softWraps()) : text;
	}

	private static List<Piece> pieces(int line, String text, boolean wide) {
		List<Piece> pieces = new ArrayList<>();
		Matcher m = PIECE.matcher(text);
		int column = 0;
		int offset = 0;
		while (m.find()) {
			column += wide ? DisplayWidth.of(text, offset, m.start()) : m.start() - offset;
			int width = wide ? DisplayWidth.of(m.group()) : m.group().length();
			pieces.add(new Piece(line, column, column + width, m.group(), wide));
			column += width;
			offset = m.end();
		}
		return pieces;
	}

	/**
	 * Whether the page's columns are display cells: the figures on the lines of many cells end in fewer places so
	 * counted than counted in characters.
	 */
	private static boolean wide(List<String> lines, List<List<Piece>> narrow) {
		Set<Integer> byCharacters = new HashSet<>();
		Set<Integer> byCells = new HashSet<>();
		for (int i = 0; i < lines.size(); i++) {
			List<Piece> inCharacters = narrow.get(i);
			if (!candidate(inCharacters)) {
				continue;
			}
			List<Piece> inCells = pieces(i, lines.get(i), true);
			for (int k = 0; k < inCharacters.size(); k++) {
				if (FIGURE.matcher(inCharacters.get(k).text()).matches()) {
					byCharacters.add(inCharacters.get(k).end());
					byCells.add(inCells.get(k).end());
				}
			}
		}
		return byCells.size() < byCharacters.size();
	}

	/**
	 * A line of a row: five cells or more, two of them figures, or opened at the margin by the
	 * row's number (01-02, 1-01, 12) where a form's rows hold words and marks only (a legend's marks open no row).
	 */
	private static boolean candidate(List<Piece> pieces) {
		if (pieces.size() < 5) {
			return false;
		}
		if (pieces.stream().filter(p -> figure(p.text())).count() >= 2) {
			return true;
		}
		return pieces.get(0).start() <= 4 && ROW_NUMBER.matcher(pieces.get(0).text()).matches();
	}

	/** 72.4, 91.4％, 100 ％, 225 経営体: a figure, its unit a space apart or not. */
	private static boolean figure(String text) {
		return FIGURE.matcher(text.replaceFirst(" (?=[％%‰]$)", "")).matches() || COUNTED.matcher(text).matches();
	}

	/** 225 経営体, 95.0 万人, 8件: a figure with its counter word after it, as a table's cell prints it. */
	private static final Pattern COUNTED = Pattern
		.compile("[▲△▼+＋\\-－]?[0-9０-９][0-9０-９,，.．]* ?(?:[万千億]?[\\p{IsHan}\\p{IsKatakana}ー]{1,3}|[万千]?円|ha|km2?|t|kg)");

	/** A row's number opening its line: 12, 1-01, 01-02-3, 0101 (a year such as 2024 is none). */
	private static final Pattern ROW_NUMBER = Pattern.compile("(?:[0-9０-９]{1,3}|[0０][0-9０-９]{3})(?:[-－‐][0-9０-９]{1,3}){0,2}");

	private static boolean page(List<String> lines) {
		if (lines.stream().noneMatch(line -> line.contains("     "))) {
			return false;
		}
		List<List<Piece>> narrow = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			narrow.add(pieces(i, lines.get(i), false));
		}
		boolean wide = wide(lines, narrow);
		List<List<Piece>> pieces = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			pieces.add(lines.get(i).contains("<") || lines.get(i).contains("|") ? List.of()
					: wide ? pieces(i, lines.get(i), true) : narrow.get(i));
		}
		boolean changed = false;
		int i = 0;
		while (i < lines.size()) {
			if (!candidate(pieces.get(i))) {
				i++;
				continue;
			}
			int first = i;
			int last = i;
			int count = 1;
			for (int j = i + 1; j < lines.size() && j - last <= ANCHOR_GAP; j++) {
				if (caption(pieces.get(j)) || noteLine(pieces.get(j)) || remark(pieces.get(j))) {
					// 【成果指標】 between two tables: the next is a table of its own
					break;
				}
				if (candidate(pieces.get(j))) {
					last = j;
					count++;
				}
			}
			if (count >= 2) {
				last = numberedBlocksAfter(lines, pieces, first, last);
				changed |= grid(lines, pieces, first, last);
			}
			i = last + 1;
		}
		return changed;
	}

	/**
	 * The last line of the grid's rows after its last row of figures a line: the blocks of lines that follow it, a
	 * blank line apart, each holding a row's number where the grid's first row holds its own (5 on a line of its own
	 * between 放課後児童クラブの… and 提供, its figures lower).
	 */
	private static int numberedBlocksAfter(List<String> lines, List<List<Piece>> pieces, int first, int last) {
		List<Piece> opening = pieces.get(first);
		if (opening.isEmpty() || !ROW_NUMBER.matcher(opening.get(0).text()).matches()) {
			return last;
		}
		int at = opening.get(0).start();
		// the last row's block: its lines below the one across the table, set in from the margin
		for (int k = 0; k < 4 && last + 1 < lines.size() && !pieces.get(last + 1).isEmpty()
				&& pieces.get(last + 1).get(0).start() > at + 1 && !groupLine(pieces.get(last + 1)) && !noteLine(pieces.get(last + 1)); k++) {
			last++;
		}
		int y = last + 1;
		while (true) {
			int from = y;
			while (from < lines.size() && from - y < 3 && lines.get(from).isBlank()) {
				from++;
			}
			if (from >= lines.size() || lines.get(from).isBlank()) {
				return last;
			}
			int to = from;
			while (to + 1 < lines.size() && !lines.get(to + 1).isBlank()) {
				to++;
			}
			boolean numbered = false;
			for (int k = from; k <= to; k++) {
				List<Piece> line = pieces.get(k);
				if (line.isEmpty() || caption(line) || noteLine(line)) {
					return last;
				}
				numbered |= line.get(0).start() == at && ROW_NUMBER.matcher(line.get(0).text()).matches();
			}
			if (!numbered || to - from > 6) {
				return last;
			}
			last = to;
			y = to + 1;
		}
	}

	/**
	 * The grid whose rows' figures run from first to last, rewritten in the lines; false, the lines untouched, when it
	 * is no grid of several lines a row.
	 */
	private static boolean grid(List<String> lines, List<List<Piece>> pieces, int first, int last) {
		int end = last;
		// the last row's name wrapped under its figures: short pieces standing in from the left margin
		while (end + 1 < lines.size() && end - last < 2 && !pieces.get(end + 1).isEmpty() && pieces.get(end + 1).size() <= 3
				&& pieces.get(end + 1).get(0).start() > 0
				&& pieces.get(end + 1).stream().allMatch(p -> p.text().length() <= 20 && !NOTE.matcher(p.text()).lookingAt())) {
			end++;
		}
		// a first row's lines above its figures (政策１ 1-1 over the row, its number on a line of its own): the row's,
		// up to the header; so are the groups' lines over it (基本方針Ⅰ …, 公約1 …) and the blank lines between
		for (int lead = 0; lead < 4 && first > 0 && !lines.get(first - 1).isBlank() && !headerLine(pieces.get(first - 1)); lead++) {
			first--;
		}
		for (int y = first - 1; y >= 0 && first - y <= 4 && (lines.get(y).isBlank() || groupLine(pieces.get(y))); y--) {
			if (groupLine(pieces.get(y))) {
				first = y;
			}
		}
		for (int y = first; y <= end; y++) {
			if (!lines.get(y).isBlank() && pieces.get(y).isEmpty()) {
				// a line of markup or of a drawn box inside: no grid this can rebuild without losing it
				return false;
			}
		}
		List<Piece> body = new ArrayList<>();
		int nonBlank = 0;
		int width = 0;
		TreeMap<Integer, String> groupRows = new TreeMap<>();
		for (int y = first; y <= end; y++) {
			if (groupLine(pieces.get(y))) {
				// 施策 1-1　結婚・出産…: a row across the table, its text no cell of a column; a group's subtotal
				// (施策 1-1 小計 指標数 3件 …) restates its rows
				String across = String.join("　", pieces.get(y).stream().map(Piece::text).toList());
				if (!SUBTOTAL.matcher(across).find()) {
					groupRows.put(y, across);
				}
				continue;
			}
			body.addAll(pieces.get(y));
			nonBlank += pieces.get(y).isEmpty() ? 0 : 1;
			width = Math.max(width, 2 * lines.get(y).length());
		}
		int[] occupied = new int[width + 1];
		for (Piece piece : body) {
			// a row's number and its name parted by a single space (10 大腸がん検診受診率) are two cells, as are two
			// names (子どもを産み育て 子育て支援の充実); a space between a word and a figure is part of its cell (令和 3 年度)
			int[] at = piece.columns();
			String text = piece.text();
			int parting = LEADING_NUMBER.matcher(text).lookingAt() && UNIT.indexOf(text.charAt(text.indexOf(' ') + 1)) < 0
					? text.indexOf(' ') : -1;
			for (int k = 0; k < text.length(); k++) {
				if (text.charAt(k) != ' ' || k != parting && withinWords(text, k)) {
					for (int x = at[k]; x < at[k + 1] && x < occupied.length; x++) {
						occupied[x]++;
					}
				}
			}
		}
		int threshold = nonBlank / 20;
		List<int[]> columns = new ArrayList<>();
		int x = 0;
		while (x < width) {
			if (occupied[x] <= threshold) {
				x++;
				continue;
			}
			int from = x;
			while (x < width && occupied[x] > threshold) {
				x++;
			}
			columns.add(new int[] { from, x });
		}
		if (columns.size() < 4) {
			return false;
		}
		// a cell's pieces, split where a piece runs over a gutter at a single space
		TreeMap<Integer, List<Piece>> byLine = new TreeMap<>();
		for (Piece piece : body) {
			for (Piece part : split(piece, columns)) {
				byLine.computeIfAbsent(part.line(), k -> new ArrayList<>()).add(part);
			}
		}
		Map<Piece, Integer> placed = new IdentityHashMap<>();
		byLine.values().forEach(on -> on.forEach(p -> placed.put(p, column(p, columns))));
		List<Integer> anchors = new ArrayList<>();
		for (var entry : byLine.entrySet()) {
			long filled = entry.getValue().stream().mapToInt(placed::get).distinct().count();
			if (filled >= FEWEST_CELLS && 2 * filled > columns.size()) {
				anchors.add(entry.getKey());
			}
		}
		if (anchors.size() < 2) {
			return false;
		}
		List<List<Piece>> byColumn = byColumn(byLine, columns.size(), placed);
		int blocks = 1;
		for (int k = 1; k < anchors.size(); k++) {
			blocks += blankBetween(lines, anchors.get(k - 1), anchors.get(k)) ? 1 : 0;
		}
		// rows a blank line parts hold as many lines across the table as they like
		boolean[] numbering = numberingColumns(byColumn, blocks > 1 ? blocks : anchors.size());
		anchors = numberedRows(anchors, byLine, placed, numbering);
		anchors = numberedBlocks(lines, anchors, byLine, placed, numbering);
		int firstAnchor = anchors.get(0);
		int bodyEnd = end;
		Set<Integer> anchorLines = new HashSet<>(anchors);
		boolean wrapped = byLine.keySet().stream().anyMatch(y -> !anchorLines.contains(y) && y > firstAnchor - 2 && y <= bodyEnd);
		if (!wrapped) {
			return false;
		}
		// the header: the lines right above the first row, up to a blank line or a caption; a blank line or two
		// between the header and a group's heading over the first row (基本目標１ …) part nothing
		List<List<Piece>> header = new ArrayList<>();
		int top = firstAnchor;
		int blanks = first < firstAnchor ? 2 : 1;
		int skipped = 0;
		for (int y = first - 1; y >= 0 && first - y - skipped <= HEADER_LINES; y--) {
			if (lines.get(y).isBlank() && header.isEmpty() && skipped < blanks) {
				skipped++;
				continue;
			}
			if (lines.get(y).isBlank() || !headerLine(pieces.get(y))) {
				break;
			}
			header.add(0, pieces.get(y));
			top = y;
		}
		if (header.isEmpty()) {
			return false;
		}
		int columnCount = columns.size();
		int rowCount = anchors.size();
		List<List<List<Piece>>> cells = new ArrayList<>();
		for (int r = 0; r < rowCount; r++) {
			List<List<Piece>> row = new ArrayList<>();
			for (int c = 0; c < columnCount; c++) {
				row.add(new ArrayList<>());
			}
			cells.add(row);
		}
		boolean[] spanning = spanningColumns(byColumn, anchors);
		List<List<Piece>> spanned = new ArrayList<>();
		for (int c = 0; c < columnCount; c++) {
			spanned.add(new ArrayList<>());
		}
		// a line holding only a group's name down the left counts for nothing in how far a wrapped line is from its row
		int[] place = new int[lines.size()];
		for (int y = first, at = 0; y <= end; y++) {
			List<Piece> on = byLine.getOrDefault(y, List.of());
			if (on.isEmpty() || on.stream().anyMatch(p -> !spanning[placed.get(p)])) {
				at++;
			}
			place[y] = at;
		}
		int[] widest = new int[columnCount];
		byLine.values().forEach(on -> on.forEach(p -> {
			int c = placed.get(p);
			widest[c] = Math.max(widest[c], p.text().length());
		}));
		// rows a blank line sets apart: each block of lines is the row whose figures it holds
		int[] blockOf = new int[lines.size()];
		Map<Integer, Integer> blockRow = new HashMap<>();
		if (separated(lines, anchors)) {
			for (int y = first, block = 0; y <= end; y++) {
				block += lines.get(y).isBlank() ? 1 : 0;
				blockOf[y] = block;
			}
			for (int r = 0; r < anchors.size(); r++) {
				blockRow.putIfAbsent(blockOf[anchors.get(r)], r);
			}
		}
		else {
			Arrays.fill(blockOf, -1);
		}
		// a row's number first (1, 2 …, on a line of its own where the figures stand lower), then the lines around
		Set<Integer> numberOnly = new HashSet<>();
		byLine.forEach((y, on) -> {
			if (on.stream().allMatch(p -> numbering[placed.get(p)])) {
				numberOnly.add(y);
			}
		});
		List<List<Integer>> held = new ArrayList<>();
		anchors.forEach(anchor -> held.add(new ArrayList<>(List.of(anchor))));
		for (boolean numbers : new boolean[] { true, false }) {
			for (var entry : byLine.entrySet()) {
				int y = entry.getKey();
				for (Piece piece : entry.getValue()) {
					int c = placed.get(piece);
					if (numbering[c] != numbers) {
						continue;
					}
					if (spanning[c]) {
						spanned.get(c).add(piece);
						continue;
					}
					// a row's number between two rows' lines opens the row below
					Integer block = blockRow.get(blockOf[y]);
					int row = block != null ? block : rowOf(y, piece, anchors, held, lines, place, numbers ? 0 : widest[c], numberOnly);
					int found = Collections.binarySearch(anchors, y);
					int above = found >= 0 ? found : -found - 2;
					if (block == null && above >= 0 && row == above + 1 && numberedName(cells.get(above).get(c), piece)) {
						// １ | 3 | 2 … over 子育て家庭の…: the name under a group's number on the row's line is that row's
						row = above;
					}
					cells.get(row).get(c).add(piece);
					if (numbers) {
						held.get(row).add(y);
					}
				}
			}
		}
		int[] rowTop = new int[rowCount];
		int[] rowBottom = new int[rowCount];
		for (int r = 0; r < rowCount; r++) {
			rowTop[r] = anchors.get(r);
			rowBottom[r] = anchors.get(r);
			for (int c = 0; c < columnCount; c++) {
				for (Piece piece : cells.get(r).get(c)) {
					rowTop[r] = Math.min(rowTop[r], piece.line());
					rowBottom[r] = Math.max(rowBottom[r], piece.line());
				}
			}
		}
		List<List<int[]>> groups = new ArrayList<>();
		for (int c = 0; c < columnCount; c++) {
			groups.add(spanning[c] ? groups(spanned.get(c), rowTop, rowBottom) : List.of());
		}
		StringBuilder html = new StringBuilder("<table>");
		headerRows(header, columns, html);
		ArrayDeque<Map.Entry<Integer, String>> across = new ArrayDeque<>(groupRows.entrySet());
		for (int r = 0; r < rowCount; r++) {
			while (!across.isEmpty() && across.peek().getKey() < anchors.get(r)) {
				acrossRow(across.poll().getValue(), columnCount, html);
			}
			html.append("<tr>");
			for (int c = 0; c < columnCount; c++) {
				if (spanning[c]) {
					int[] group = groupAt(groups.get(c), r);
					if (group == null) {
						html.append("<td></td>");
					}
					else if (group[0] == r) {
						int down = group[1] - group[0] + 1;
						html.append(down > 1 ? "<td rowspan=\"" + down + "\">" : "<td>")
							.append(joined(spanned.get(c).subList(group[2], group[3] + 1)))
							.append("</td>");
					}
					continue;
				}
				html.append("<td>").append(joined(cells.get(r).get(c))).append("</td>");
			}
			html.append("</tr>");
		}
		while (!across.isEmpty()) {
			acrossRow(across.poll().getValue(), columnCount, html);
		}
		html.append("</table>");
		lines.set(top, html.toString());
		for (int y = top + 1; y <= end; y++) {
			lines.set(y, "");
		}
		return true;
	}

	/** １, 2: a group's number alone, its name beside or under it. */
	private static final Pattern BARE_NUMBER = Pattern.compile("[0-9０-９]{1,2}");

	/** Whether a row's cell holds only a number (１, 2) standing over the piece, a name on the line below it. */
	private static boolean numberedName(List<Piece> cell, Piece piece) {
		return cell.size() == 1 && BARE_NUMBER.matcher(cell.get(0).text()).matches() && Math.abs(cell.get(0).start() - piece.start()) <= 2
				&& piece.text().codePoints().anyMatch(LetterSpacing::isLetter);
	}

	/** A group's label as a row of one cell across the table's columns. */
	private static void acrossRow(String label, int columns, StringBuilder html) {
		html.append("<tr><td colspan=\"").append(columns).append("\">").append(escaped(label)).append("</td></tr>");
	}

	/**
	 * 施策 1-1　結婚・出産・子育ての…, 基本目標１ 子どもが…, 施策 1-1 小計 指標数 3件: a group's numbered label with
	 * its title or its subtotal, a line across the table between its rows.
	 */
	private static boolean groupLine(List<Piece> line) {
		if (subtotalLine(line)) {
			return true;
		}
		if (line.isEmpty() || line.size() > 4 || candidate(line)) {
			return false;
		}
		Matcher key = GROUP_KEY.matcher(line.get(0).text());
		if (!key.matches()) {
			return false;
		}
		boolean titled = key.group(1) != null || line.size() >= 2 && !KEY.matcher(line.get(1).text()).matches();
		return titled;
	}

	/**
	 * 公約1 小計 取組数 3 S2 A1 …, 基本目標Ⅰ 計 …: a group's subtotal across a form's row, its label (a group's key
	 * and 小計, 合計 or 計) among its first cells.
	 */
	private static boolean subtotalLine(List<Piece> line) {
		if (line.size() < 2 || ROW_NUMBER.matcher(line.get(0).text()).matches()) {
			return false;
		}
		for (int k = 0; k < Math.min(3, line.size()); k++) {
			if (SUBTOTAL_CELL.matcher(line.get(k).text()).matches()) {
				// 合計 | 1,234 | …, the table's total, is a row the published figures are read from
				return k > 0 ? GROUP_KEY.matcher(line.get(0).text()).matches() : line.get(k).text().contains("小計");
			}
		}
		return false;
	}

	private static final Pattern SUBTOTAL_CELL = Pattern.compile("(?:\\S{1,12}[ 　])?(?:小計|合計|計)");

	private static final Pattern SUBTOTAL = Pattern.compile("(?:小|合)計|(?<![\\p{IsHan}])計(?![\\p{IsHan}])");

	private static final Pattern GROUP_KEY = Pattern.compile("(?:政策|施策|基本目標|基本方針|基本施策|基本政策|政策分野|重点目標|重点施策|重点政策|重点課題|分野|柱|目標|公約)"
			+ "[ 　]?(?:[0-9０-９]{1,2}(?:[-－‐][0-9０-９]{1,2})?|[Ⅰ-Ⅻ]{1,3})([ 　]+\\S.*)?");

	/** ※ 合計は…, 注１ …: a line a note opens. */
	private static boolean noteLine(List<Piece> line) {
		return !line.isEmpty() && NOTE.matcher(line.get(0).text()).lookingAt();
	}

	/**
	 * 担当課コメント　新規就農者は…。 at the margin under a table: a remark after its rows, no row's line (a row's own
	 * lines stand in from the margin or open with its number).
	 */
	private static boolean remark(List<Piece> line) {
		return line.size() >= 2 && line.size() <= 3 && line.get(0).start() <= 1 && !ROW_NUMBER.matcher(line.get(0).text()).matches()
				&& line.stream().skip(1).anyMatch(LaidOutGrids::prose);
	}

	/** A sentence of its own across a table's columns: long, and parted by 、 or ended by 。. */
	private static boolean prose(Piece piece) {
		return piece.text().length() >= PROSE && (piece.text().indexOf('。') >= 0 || piece.text().indexOf('、') >= 0);
	}

	private static final int PROSE = 24;

	/** Whether the space at the offset parts a word from a figure (令和 3 年度): one cell's text, no gutter. */
	private static boolean withinWords(String text, int at) {
		if (at == 0 || at + 1 >= text.length()) {
			return false;
		}
		char before = text.charAt(at - 1);
		char after = text.charAt(at + 1);
		return Character.isDigit(before) != Character.isDigit(after)
				&& (LetterSpacing.isLetter(before) || LetterSpacing.isLetter(after) || Character.isDigit(before) && UNIT.indexOf(after) >= 0);
	}

	/** A unit a space may part from its figure (100 ％). */
	private static final String UNIT = "％%‰";

	private static final Pattern LEADING_NUMBER = Pattern.compile("[0-9０-９]{1,3} ");

	/** 【成果指標】, ■ 事業費, （２） 主要事業: a line that opens a section, no line of a table's row. */
	private static boolean caption(List<Piece> line) {
		return !line.isEmpty() && line.size() <= 2 && CAPTION.matcher(line.get(0).text()).lookingAt();
	}

	private static final Pattern CAPTION = Pattern.compile("[【■◆●◇□▼▶〔［]|[（(][0-9０-９]{1,2}[）)]|第[0-9０-９一二三四五六七八九十]+[章節]");

	/** Each column's pieces, in the order of their lines. */
	private static List<List<Piece>> byColumn(TreeMap<Integer, List<Piece>> byLine, int count, Map<Piece, Integer> placed) {
		List<List<Piece>> byColumn = new ArrayList<>();
		for (int c = 0; c < count; c++) {
			byColumn.add(new ArrayList<>());
		}
		byLine.values().forEach(on -> on.forEach(p -> byColumn.get(placed.get(p)).add(p)));
		return byColumn;
	}

	/**
	 * The columns of the rows' numbers: a row's number (12, 1-01, 0101) in every cell, each once, two at the least and
	 * on four rows of five.
	 */
	private static boolean[] numberingColumns(List<List<Piece>> byColumn, int rows) {
		boolean[] numbering = new boolean[byColumn.size()];
		for (int c = 0; c < byColumn.size(); c++) {
			List<String> texts = byColumn.get(c).stream().map(Piece::text).toList();
			// a row's number stands on (nearly) every row; a group's (1-1 over its rows) on few
			numbering[c] = texts.size() >= 2 && 5 * texts.size() >= 4 * rows && texts.stream().allMatch(text -> ROW_NUMBER.matcher(text).matches())
					&& texts.stream().distinct().count() == texts.size();
		}
		return numbering;
	}

	/**
	 * The rows' lines with the lines of the numbers that stand on a line of their own with no row's figures between them
	 * and the next number (3 over こども家庭センターの… | 子育て推進課, its figures lower and too few to fill the table).
	 */
	private static List<Integer> numberedRows(List<Integer> anchors, TreeMap<Integer, List<Piece>> byLine, Map<Piece, Integer> placed,
			boolean[] numbering) {
		List<Integer> numbered = byLine.entrySet()
			.stream()
			.filter(entry -> entry.getValue().stream().anyMatch(p -> numbering[placed.get(p)]))
			.map(Map.Entry::getKey)
			.toList();
		Set<Integer> numberedLines = new HashSet<>(numbered);
		List<Integer> rows = new ArrayList<>(anchors);
		for (int k = 0; k < numbered.size(); k++) {
			int line = numbered.get(k);
			int previous = k > 0 ? numbered.get(k - 1) : Integer.MIN_VALUE;
			int next = k + 1 < numbered.size() ? numbered.get(k + 1) : Integer.MAX_VALUE;
			boolean figured = anchors.stream().anyMatch(a -> a > previous && a < next && (a == line || !numberedLines.contains(a)));
			if (!figured) {
				rows.add(line);
			}
		}
		Collections.sort(rows);
		return rows;
	}

	/**
	 * The lines holding a row's number where each opens a block of lines a blank line sets apart and every other line
	 * filled across the table is in one of those blocks (01-01 第２子以降の… | 子育て支援課 … over 償化 | ◎ | した。…):
	 * each block is one row however many of its lines fill the table; else the anchors themselves.
	 */
	private static List<Integer> numberedBlocks(List<String> lines, List<Integer> anchors, TreeMap<Integer, List<Piece>> byLine,
			Map<Piece, Integer> placed, boolean[] numbering) {
		List<Integer> numbered = anchors.stream()
			.filter(y -> byLine.get(y).stream().anyMatch(p -> numbering[placed.get(p)]))
			.toList();
		if (numbered.size() < 2 || numbered.size() == anchors.size() || !separated(lines, numbered)) {
			return anchors;
		}
		for (int y : anchors) {
			boolean inBlock = numbered.stream().anyMatch(n -> !blankBetween(lines, Math.min(n, y), Math.max(n, y)));
			if (!inBlock) {
				return anchors;
			}
		}
		return numbered;
	}

	/** Rows each set apart by a blank line: each block of lines is one row. */
	private static boolean separated(List<String> lines, List<Integer> anchors) {
		for (int k = 1; k < anchors.size(); k++) {
			if (!blankBetween(lines, anchors.get(k - 1), anchors.get(k))) {
				return false;
			}
		}
		return true;
	}

	private static boolean headerLine(List<Piece> line) {
		if (line.isEmpty() || groupLine(line) || line.stream().allMatch(piece -> figure(piece.text()))) {
			// 施策１－１ 農業の振興と… 主管課 産業観光課 over the header: the group the table is for, no heading of a column;
			// 214 経営体 over its row's line: the row's figure, its year under it
			return false;
		}
		for (Piece piece : line) {
			String t = piece.text();
			if (t.startsWith("【") || t.startsWith("■") || t.startsWith("◆") || t.startsWith("●") || t.startsWith("※")
					|| Arrays.stream(t.split(" ")).anyMatch(word -> KEY.matcher(word).matches()) || t.matches("[0-9０-９]{1,4}")) {
				// a caption, or a group's key (政策１, 1-1) standing over its first row
				return false;
			}
			// 令和６年度の主な取組実績（令和７年３月31日現在）: a heading's note in brackets takes no width of its words
			t = t.replaceAll("[（(][^）)]*[）)]$", "");
			// 令和６年度の主な実績・成果, 課題・方向性: two headings joined, each as short
			if (t.contains("。") || t.contains("、") || Arrays.stream(t.split("[ ・]")).anyMatch(word -> word.length() > 12)) {
				return false;
			}
		}
		return true;
	}

	/** The piece, or its words, each in the column it stands in, where a piece runs over a gutter. */
	private static List<Piece> split(Piece piece, List<int[]> columns) {
		List<Integer> over = covered(piece, columns);
		if (over.size() < 2 || !piece.text().contains(" ")) {
			return List.of(piece);
		}
		List<Piece> parts = new ArrayList<>();
		int from = 0;
		String text = piece.text();
		int[] at = piece.columns();
		List<Piece> words = new ArrayList<>();
		for (int i = 0; i <= text.length(); i++) {
			if (i == text.length() || text.charAt(i) == ' ') {
				if (i > from) {
					words.add(new Piece(piece.line(), at[from], at[i], text.substring(from, i), piece.wide()));
				}
				from = i + 1;
			}
		}
		Piece current = null;
		for (Piece word : words) {
			if (current != null && column(current, columns) == column(word, columns)) {
				current = new Piece(piece.line(), current.start(), word.end(), current.text() + " " + word.text(), piece.wide());
			}
			else {
				if (current != null) {
					parts.add(current);
				}
				current = word;
			}
		}
		parts.add(current);
		return parts;
	}

	private static List<Integer> covered(Piece piece, List<int[]> columns) {
		List<Integer> over = new ArrayList<>();
		for (int c = 0; c < columns.size(); c++) {
			if (piece.start() < columns.get(c)[1] && piece.end() > columns.get(c)[0]) {
				over.add(c);
			}
		}
		return over;
	}

	/** The column a piece lies most in (the nearest, when it lies in a gutter). */
	private static int column(Piece piece, List<int[]> columns) {
		int best = 0;
		int most = 0;
		for (int c = 0; c < columns.size(); c++) {
			int[] column = columns.get(c);
			int overlap = Math.min(piece.end(), column[1]) - Math.max(piece.start(), column[0]);
			if (overlap > most) {
				most = overlap;
				best = c;
			}
		}
		if (most > 0) {
			return best;
		}
		double distance = Double.MAX_VALUE;
		for (int c = 0; c < columns.size(); c++) {
			int[] column = columns.get(c);
			double d = Math.abs(piece.centre() - (column[0] + column[1]) / 2.0);
			if (d < distance) {
				distance = d;
				best = c;
			}
		}
		return best;
	}

	/** The row a wrapped line's piece belongs to: the nearest row's line, not across a blank line where one side is clear. */
	private static int rowOf(int y, Piece piece, List<Integer> anchors, List<List<Integer>> held, List<String> lines, int[] place,
			int widest, Set<Integer> numberOnly) {
		int found = Collections.binarySearch(anchors, y);
		int below = found >= 0 ? found : -found - 1;
		if (below < anchors.size() && anchors.get(below) == y) {
			return below;
		}
		if (below == 0) {
			return 0;
		}
		if (below == anchors.size()) {
			return anchors.size() - 1;
		}
		int above = below - 1;
		// the nearest line each row holds: its figures, or its number standing on a line of its own
		int upper = held.get(above).stream().filter(line -> line < y).max(Integer::compare).orElse(anchors.get(above));
		int lower = held.get(below).stream().filter(line -> line > y).min(Integer::compare).orElse(anchors.get(below));
		int up = place[y] - place[upper];
		int down = place[lower] - place[y];
		boolean blankUp = blankBetween(lines, upper, y);
		boolean blankDown = blankBetween(lines, y, lower);
		if (blankUp != blankDown) {
			return blankUp ? below : above;
		}
		if (up != down) {
			return up < down ? above : below;
		}
		if ((lower != anchors.get(below) || numberOnly.contains(lower)) && upper == anchors.get(above) && !numberOnly.contains(upper)) {
			// the row below's number stands as near as the row above's figures: the line is the lower row's
			return below;
		}
		// between two rows' lines: a line as wide as its column opens the row below, a shorter one ends the row above
		char c = piece.text().charAt(0);
		boolean continues = "（(）)」』、。ー・".indexOf(c) >= 0 || Character.UnicodeBlock.of(c) == Character.UnicodeBlock.HIRAGANA;
		if (Math.abs((y - upper) - (lower - y)) >= 2) {
			// as near counting only the rows' own lines, nearer counting the lines of the groups' names between
			return y - upper < lower - y ? above : below;
		}
		return continues || 5 * piece.text().length() < 4 * widest ? above : below;
	}


	private static boolean blankBetween(List<String> lines, int from, int to) {
		for (int y = from + 1; y < to; y++) {
			if (lines.get(y).isBlank()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The columns on the left whose cells stand down groups of rows: most rows' lines leave them empty and their text
	 * stands on the lines between.
	 */
	private static boolean[] spanningColumns(List<List<Piece>> byColumn, List<Integer> anchors) {
		Set<Integer> anchorLines = new HashSet<>(anchors);
		boolean[] spanning = new boolean[byColumn.size()];
		for (int c = 0; c < byColumn.size(); c++) {
			List<Piece> in = byColumn.get(c);
			List<Piece> onAnchors = in.stream().filter(p -> anchorLines.contains(p.line())).toList();
			boolean numbering = onAnchors.stream().allMatch(p -> ROW_NUMBER.matcher(p.text()).matches());
			if (!numbering && 2 * onAnchors.stream().filter(p -> figure(p.text())).count() >= anchors.size()) {
				// the figures begin: a group's name stands left of them
				break;
			}
			long between = in.stream().filter(p -> !anchorLines.contains(p.line())).map(Piece::line).distinct().count();
			long filled = onAnchors.stream().map(Piece::line).distinct().count();
			// a name wrapped around each row's figures (its lines right above and below them) is the row's own, unless
			// the column's groups are numbered (1-1, 政策１)
			Set<Integer> texted = new HashSet<>();
			in.forEach(p -> texted.add(p.line()));
			long beside = anchors.stream().filter(y -> texted.contains(y - 1) || texted.contains(y + 1) || texted.contains(y)).count();
			boolean keyed = in.stream().anyMatch(p -> KEY.matcher(p.text()).matches());
			spanning[c] = 3 * filled <= 2 * anchors.size() && between > 0 && (keyed || 5 * beside < 4 * anchors.size());
		}
		return spanning;
	}

	/**
	 * A spanning column's groups: {first row, last row, first piece, last piece}. A piece opening with a key, or one
	 * set more than two lines below the last, begins a group; a group whose text begins on its first row's lines stands
	 * at its top and runs to the next, one centred down its rows has as many lines of rows above its centre as below.
	 */
	private static List<int[]> groups(List<Piece> pieces, int[] rowTop, int[] rowBottom) {
		List<int[]> clusters = new ArrayList<>();
		for (int i = 0; i < pieces.size(); i++) {
			Piece piece = pieces.get(i);
			boolean keyed = KEY.matcher(piece.text()).matches();
			if (clusters.isEmpty() || keyed || piece.line() - pieces.get(clusters.get(clusters.size() - 1)[1]).line() > 2) {
				clusters.add(new int[] { i, i });
			}
			else {
				clusters.get(clusters.size() - 1)[1] = i;
			}
		}
		List<int[]> groups = new ArrayList<>();
		int rows = rowTop.length;
		boolean atTop = pieces.get(0).line() <= rowTop[0] + 1;
		int start = 0;
		for (int k = 0; k < clusters.size() && start < rows; k++) {
			int firstLine = pieces.get(clusters.get(k)[0]).line();
			int lastLine = pieces.get(clusters.get(k)[1]).line();
			int left = clusters.size() - k - 1;
			int endRow;
			if (atTop) {
				while (start + 1 < rows && rowBottom[start] < firstLine - 1) {
					start++;
				}
				int nextLine = k + 1 < clusters.size() ? pieces.get(clusters.get(k + 1)[0]).line() : Integer.MAX_VALUE;
				endRow = start;
				while (endRow + 1 < rows - left && rowTop[endRow + 1] < nextLine - 1) {
					endRow++;
				}
			}
			else {
				double centre = (firstLine + lastLine) / 2.0;
				int nextLine = k + 1 < clusters.size() ? pieces.get(clusters.get(k + 1)[0]).line() : Integer.MAX_VALUE;
				endRow = start;
				double best = Double.MAX_VALUE;
				for (int e = start; e < rows - left; e++) {
					double error = Math.abs(centre - (rowTop[start] + rowBottom[e]) / 2.0);
					if (e > start && rowTop[e] >= nextLine) {
						break;
					}
					if (error < best) {
						best = error;
						endRow = e;
					}
				}
			}
			groups.add(new int[] { start, endRow, clusters.get(k)[0], clusters.get(k)[1] });
			start = endRow + 1;
		}
		return groups;
	}

	private static int[] groupAt(List<int[]> groups, int row) {
		int low = 0;
		int high = groups.size() - 1;
		while (low <= high) {
			int mid = (low + high) >>> 1;
			int[] group = groups.get(mid);
			if (row < group[0]) {
				high = mid - 1;
			}
			else if (row > group[1]) {
				low = mid + 1;
			}
			else {
				return group;
			}
		}
		return null;
	}


	/** The header's lines as rows: headings set over two columns or more first, spanning them, then each column's own. */
	private static void headerRows(List<List<Piece>> header, List<int[]> columns, StringBuilder html) {
		int count = columns.size();
		List<Piece> upper = new ArrayList<>();
		List<int[]> upperSpans = new ArrayList<>();
		List<List<Piece>> own = new ArrayList<>();
		for (int c = 0; c < count; c++) {
			own.add(new ArrayList<>());
		}
		// 評   価 over 担当課 | 確定: letters spread over the columns of the line below; on the last line (男   女   計)
		// each letter heads a column of its own
		List<List<Piece>> parted = new ArrayList<>();
		for (int h = 0; h < header.size(); h++) {
			List<Piece> line = h + 1 < header.size() ? lettersClosed(header.get(h)) : header.get(h);
			parted.add(line.stream().flatMap(whole -> split(whole, columns).stream()).toList());
		}
		for (int h = 0; h < parted.size(); h++) {
			for (Piece piece : parted.get(h)) {
				List<Integer> over = covered(piece, columns);
				if (over.isEmpty()) {
					over = inGutter(piece, parted.subList(h + 1, parted.size()), columns);
				}
				if (over.size() >= 2) {
					upper.add(piece);
					upperSpans.add(new int[] { over.get(0), over.get(over.size() - 1) });
				}
				else {
					own.get(over.get(0)).add(piece);
				}
			}
		}
		for (int c = 1; c < count; c++) {
			int column = c;
			List<Piece> left = own.get(c - 1);
			if (own.get(c).size() == 1 && YEAR_HEADING.matcher(own.get(c).get(0).text()).matches() && left.size() >= 2
					&& left.get(0).line() < own.get(c).get(0).line()
					&& upperSpans.stream().noneMatch(span -> span[0] <= column && span[1] >= column - 1)) {
				// 策定時 over 数値 | 年度: the heading over a value stands over the year beside it as well
				upper.add(left.remove(0));
				upperSpans.add(new int[] { c - 1, c });
			}
		}
		widened(upper, upperSpans, own, parted, columns);
		if (!upper.isEmpty()) {
			html.append("<tr>");
			int c = 0;
			while (c < count) {
				int found = -1;
				for (int i = 0; i < upper.size(); i++) {
					if (upperSpans.get(i)[0] == c) {
						found = i;
					}
				}
				if (found < 0) {
					html.append("<td>").append(joined(own.get(c))).append("</td>");
					c++;
					continue;
				}
				int span = upperSpans.get(found)[1] - c + 1;
				html.append("<td colspan=\"").append(span).append("\">").append(escaped(upper.get(found).text())).append("</td>");
				c += span;
			}
			html.append("</tr>");
		}
		html.append("<tr>");
		for (int c = 0; c < count; c++) {
			html.append("<td>").append(joined(own.get(c))).append("</td>");
		}
		html.append("</tr>");
	}

	/**
	 * 進捗区分（年度末） centred over 順調 | 遅れ of 完了 | 順調 | 遅れ | 未着手, 成果指標（令和６年度） over 単位 of 指標名 |
	 * 単位 | 目標値 | 実績値: a heading over the header's last line heads the columns beside its own as well whose headings
	 * stand on that line only, each column going to the nearest such heading it reaches.
	 */
	private static void widened(List<Piece> upper, List<int[]> spans, List<List<Piece>> own, List<List<Piece>> header,
			List<int[]> columns) {
		int last = header.stream().flatMap(List::stream).mapToInt(Piece::line).max().orElse(-1);
		// only where the last line heads some columns, the others headed higher up (コード | 取組名 over none, 完了 |
		// 順調 … under 進捗区分): a last line heading every column is no line of sub-headings
		if (upper.isEmpty() || own.stream().noneMatch(cell -> !cell.isEmpty() && cell.stream().allMatch(piece -> piece.line() < last))) {
			return;
		}
		for (int c = 0; c < own.size(); c++) {
			List<Piece> cell = own.get(c);
			if (cell.size() >= 2 && cell.get(cell.size() - 1).line() == last && cell.get(0).line() < last) {
				// a heading over one column's own, beside headings over several: over as many as it reaches
				upper.add(cell.remove(0));
				spans.add(new int[] { c, c });
			}
		}
		for (int c = 0; c < own.size(); c++) {
			if (!lowestOnly(own.get(c), last) || !unspanned(spans, c)) {
				continue;
			}
			int at = columns.get(c)[0];
			int nearest = -1;
			boolean nearestKin = false;
			for (int k = 0; k < spans.size(); k++) {
				int[] span = spans.get(k);
				int from = Math.min(c, span[0]);
				int to = Math.max(c, span[1]);
				boolean reached = true;
				for (int between = from; between <= to && reached; between++) {
					reached = between >= span[0] && between <= span[1] || lowestOnly(own.get(between), last) && unspanned(spans, between);
				}
				if (!reached) {
					continue;
				}
				boolean kindred = kin(own, c, span);
				if (nearest < 0 || kindred && !nearestKin || kindred == nearestKin && apart(upper.get(k), at) < apart(upper.get(nearest), at)) {
					nearest = k;
					nearestKin = kindred;
				}
			}
			// a column as far from the heading as the heading is wide is no column it was centred over, unless it goes on
			// the years the heading heads
			if (nearest >= 0 && (nearestKin || apart(upper.get(nearest), at) <= reach(upper.get(nearest)))) {
				int[] span = spans.get(nearest);
				span[0] = Math.min(span[0], c);
				span[1] = Math.max(span[1], c);
			}
		}
	}

	/** How far beside its printed letters a heading centred over columns may head one: its own width, six at the least. */
	private static int reach(Piece heading) {
		return Math.max(6, printedWidth(heading));
	}

	/** A heading's width on the page: a full-width letter takes two of pdftotext's columns, one in its text. */
	private static int printedWidth(Piece heading) {
		return heading.wide() ? heading.end() - heading.start() : DisplayWidth.of(heading.text());
	}

	/** How far a column starting at the offset stands from the heading as printed. */
	private static int apart(Piece heading, int at) {
		// a heading spread letter by letter (実   績   の   推   移) ends where its last letter does
		int end = Math.max(heading.end(), heading.start() + printedWidth(heading));
		return at < heading.start() ? heading.start() - at : Math.max(0, at - end);
	}

	/** Ｒ６ beside Ｒ２ … Ｒ５ under 実績の推移: a year's column goes with the years a heading already heads. */
	private static boolean kin(List<List<Piece>> own, int column, int[] span) {
		if (!yearHeaded(own.get(column))) {
			return false;
		}
		for (int c = span[0]; c <= span[1]; c++) {
			if (own.get(c).isEmpty() || !yearHeaded(own.get(c))) {
				return false;
			}
		}
		return true;
	}

	private static boolean yearHeaded(List<Piece> headings) {
		return headings.stream().allMatch(piece -> YEAR_COLUMN.matcher(piece.text()).matches());
	}

	private static final Pattern YEAR_COLUMN = Pattern
		.compile("(?:[RＲHＨ]|令和|平成)\\s?(?:[0-9０-９]{1,2}|元)(?:年度?)?|(?:19|20)[0-9]{2}(?:年度?)?");

	private static boolean lowestOnly(List<Piece> headings, int last) {
		return !headings.isEmpty() && headings.stream().allMatch(piece -> piece.line() == last);
	}

	private static boolean unspanned(List<int[]> spans, int column) {
		return spans.stream().noneMatch(span -> span[0] <= column && column <= span[1]);
	}

	/** 評   価 spread over the columns it heads: one heading of the single letters a few spaces part. */
	private static List<Piece> lettersClosed(List<Piece> line) {
		List<Piece> closed = new ArrayList<>();
		boolean spread = false;
		for (Piece piece : line) {
			boolean letter = piece.text().length() == 1 && LetterSpacing.isLetter(piece.text().charAt(0));
			Piece before = closed.isEmpty() ? null : closed.get(closed.size() - 1);
			if (letter && spread && piece.start() - before.end() <= 6) {
				closed.set(closed.size() - 1, new Piece(before.line(), before.start(), piece.end(), before.text() + piece.text(), before.wide()));
				continue;
			}
			closed.add(piece);
			spread = letter;
		}
		return closed;
	}

	/**
	 * The columns a heading standing in a gutter heads: the column of a heading under it (要注 over 意), the two columns
	 * of the headings on either side under it (基準値 over 年度 and 値), else the nearest.
	 */
	private static List<Integer> inGutter(Piece piece, List<List<Piece>> below, List<int[]> columns) {
		for (List<Piece> line : below) {
			for (Piece under : line) {
				if (under.start() < piece.end() && under.end() > piece.start()) {
					return List.of(column(under, columns));
				}
			}
		}
		for (List<Piece> line : below) {
			Piece left = null;
			Piece right = null;
			for (Piece under : line) {
				if (under.end() <= piece.start()) {
					left = under;
				}
				else if (right == null && under.start() >= piece.end()) {
					right = under;
				}
			}
			if (left != null && right != null && column(right, columns) - column(left, columns) == 1) {
				return List.of(column(left, columns), column(right, columns));
			}
		}
		return List.of(column(piece, columns));
	}

	/** 年度, 時点: the heading of a column of the years the figures beside it are of. */
	private static final Pattern YEAR_HEADING = Pattern.compile("年度|年次|時点|基準年度|年");

	/** A cell's lines in order, joined where its width wrapped them; a key standing alone on its line keeps its own. */
	private static String joined(List<Piece> pieces) {
		List<Piece> ordered = new ArrayList<>(pieces);
		ordered.sort((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line()) : Integer.compare(a.start(), b.start()));
		StringBuilder text = new StringBuilder();
		// 子育て推進課 over 保健推進課: two offices a line each, no name wrapped
		// (健康福祉部 over 福祉課 is a department under its division: one name, as Departments reads it)
		boolean offices = ordered.size() >= 2 && ordered.stream().allMatch(piece -> Departments.isOne(piece.text()))
				&& ordered.stream().noneMatch(piece -> piece.text().endsWith("部") || piece.text().endsWith("局"));
		Piece previous = null;
		for (Piece piece : ordered) {
			if (previous != null) {
				String before = previous.text();
				if (offices || LABEL_KEY.matcher(before).matches()) {
					text.append("<br>");
				}
				else if (KEY.matcher(before).matches() && !before.contains(" ")
						|| BARE_NUMBER.matcher(before).matches() && LetterSpacing.isLetter(piece.text().charAt(0))) {
					text.append('　');
				}
				else if (latin(before.charAt(before.length() - 1)) && latin(piece.text().charAt(0))) {
					text.append(' ');
				}
			}
			text.append(escaped(piece.text()));
			previous = piece;
		}
		return text.toString();
	}

	private static boolean latin(char c) {
		return c < 0x3000;
	}

	private static String escaped(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}
}
