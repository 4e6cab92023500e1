package org.govreview.readers.document;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govreview.readers.text.DisplayWidth;

/**
 * Tables whose columns are aligned with spaces (pdftotext -layout, a word processor's spaces): cells are split at
 * runs of spaces, and a row with fewer cells than the widest row puts each cell in the column it stands under, by
 * display position (a full-width character is two columns wide).
 */
final class AlignedRows {

	record Span(int start, int end, String text) {

		/** Whether the two spans share a column. */
		boolean overlaps(Span other) {
			return Math.min(end, other.end) > Math.max(start, other.start);
		}
	}

	/** The table read and the line after it; {@code columns} the spans its cells were placed under. */
	record Result(Table table, int end, List<Span> columns) {
	}

	/** The field a heading carries at its right margin: 所管：観光振興部 観光文化課. */
	private static final Pattern HEADING_FIELD = Pattern
		.compile("^[^：:\\s]{1,12}[：:]\\s*\\S.*$|^[^：:\\s　]{1,11}(?:率|度)[ 　]+[0-9０-９][0-9０-９,.．]*[％%].*$");

	/** 1-1 安心して…: a row's number before its first cell's text, which a wrapped line hangs under. */
	private static final Pattern LEADING_KEY = Pattern.compile("^[0-9０-９]{1,2}(?:[-－‐][0-9０-９]{1,2}){1,2}[ 　]+");

	private static final Pattern GAP = Pattern.compile("(?: {2,}|　+ *| +　[ 　]*|\t+)");

	private AlignedRows() {
	}

	/**
	 * The line that prints {@code cells} (text by display column) where they start, two spaces at least between
	 * them: the reverse of {@link #split}.
	 */
	static String printed(java.util.SortedMap<Integer, String> cells) {
		StringBuilder line = new StringBuilder();
		for (var cell : cells.entrySet()) {
			int width = DisplayWidth.of(line);
			line.append(" ".repeat(Math.max(line.length() == 0 ? 0 : 2, cell.getKey() - width))).append(cell.getValue());
		}
		return line.toString();
	}

	/** The cells of a line split at gaps of two or more spaces (or one full-width space), with display positions. */
	static List<Span> split(String text) {
		List<Span> spans = new ArrayList<>();
		String line = text.stripTrailing();
		int indent = 0;
		while (indent < line.length() && (line.charAt(indent) == ' ' || line.charAt(indent) == '　')) {
			indent++;
		}
		Matcher gap = GAP.matcher(line);
		int from = indent;
		// display widths measured once along the line, not from its start for every cell: a long line stays linear
		int measured = 0;
		int measuredWidth = 0;
		while (from < line.length()) {
			int end = gap.find(from) ? gap.start() : line.length();
			if (end > from) {
				String cell = line.substring(from, end);
				measuredWidth += DisplayWidth.of(line, measured, from);
				int start = measuredWidth;
				measuredWidth += DisplayWidth.of(line, from, end);
				measured = end;
				spans.add(new Span(start, measuredWidth, cell));
			}
			from = end == line.length() ? end : gap.end();
		}
		return gluedFiguresApart(figuresApart(notesJoined(singleFullWidthSpacesJoined(line, spacedWordsJoined(spans)))));
	}

	/** 2,0162,130: two figures grouped by thousands with no gap between them, which no one number can be. */
	private static final Pattern GLUED_FIGURES = Pattern.compile("^([0-9]{1,3}(?:,[0-9]{3})+)([0-9]{1,3}(?:,[0-9]{3})+)$");

	/** Figures a page's fonts set against each other in neighbouring columns (205,310241,860), parted. */
	private static List<Span> gluedFiguresApart(List<Span> spans) {
		if (spans.stream().noneMatch(span -> GLUED_FIGURES.matcher(span.text().strip()).matches())) {
			return spans;
		}
		List<Span> apart = new ArrayList<>();
		for (Span span : spans) {
			Matcher glued = GLUED_FIGURES.matcher(span.text().strip());
			if (!glued.matches()) {
				apart.add(span);
				continue;
			}
			int middle = span.start() + glued.group(1).length();
			apart.add(new Span(span.start(), middle, glued.group(1)));
			apart.add(new Span(middle, middle + glued.group(2).length(), glued.group(2)));
		}
		return apart;
	}

	/** 人口（人）, 高齢化率（％）: a row's label of words before its figures, not a range's start (1～). */
	private static final Pattern LABEL_TOKEN = Pattern.compile("^[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー・]\\S*(?<![～〜~\\-－])$");

	/** How long a label alone on its line with its figures must be, a unit (か所, 人) being shorter. */
	private static final int MIN_LONE_LABEL = 4;

	/** 世帯数（世帯）: a label that names its figures' unit in brackets after a word. */
	private static final Pattern UNIT_NAMED = Pattern.compile("\\S{2}[（(][^（）()]{1,4}[）)]$");

	/** 令和6年10月1日: a date in the era's years, as a table's 基準日 column holds it. */
	private static final Pattern ERA_DATE = Pattern.compile("^(?:令和|平成)[0-9０-９元]{1,2}年[0-9０-９]{1,2}月[0-9０-９]{1,2}日$");

	/** 256,318, 25.3, 6.7%: a bare figure, as a table's cell holds it. */
	private static final Pattern BARE_FIGURE = Pattern.compile("^[△▲\\-]?[0-9][0-9,]*(?:\\.[0-9]+)?[%％]?$");

	/**
	 * 人口（人）   256,318 251,904 247,112 and 世帯数（世帯） 103,826 105,710 107,948: figures a browser's text dump set
	 * one space apart in a tight table, after the row's label or on their own, each the cell of a column of its own;
	 * one figure one space after a label only where the line has other cells.
	 */
	private static List<Span> figuresApart(List<Span> spans) {
		if (spans.stream().noneMatch(span -> span.text().indexOf(' ') > 0)) {
			return spans;
		}
		List<Span> apart = new ArrayList<>();
		for (Span span : spans) {
			String[] tokens = span.text().split(" ");
			if (tokens.length == 0) {
				apart.add(span);
				continue;
			}
			int first = tokens.length;
			while (first > 0 && BARE_FIGURE.matcher(tokens[first - 1]).matches()) {
				first--;
			}
			int figures = tokens.length - first;
			boolean labelled = first == 1 && LABEL_TOKEN.matcher(tokens[0]).matches() && !Wraps.unbalanced(tokens[0])
					// 世帯数（世帯） 103,826 …: alone on its line, a label of words, never a unit alone (か所 31 36 40)
					&& (spans.size() >= 2 || tokens[0].length() >= MIN_LONE_LABEL || UNIT_NAMED.matcher(tokens[0]).find());
			// one figure after a label only where the line's other cells are figures too (高齢化率（％） 25.3    29.1), or
			// a share or a decimal (自治会加入率 78.6％   令和6年4月1日), never a bare number (基本目標 1   地域の…)
			boolean besideFigures = spans.size() >= 2 && (spans.stream().filter(other -> other != span)
				.allMatch(other -> BARE_FIGURE.matcher(other.text().strip()).matches()) || tokens[tokens.length - 1].matches(".*[.%％].*"));
			boolean split = first == 0 ? figures >= 2 && spans.size() >= 2
					: labelled && (figures >= 2 || besideFigures);
			// 1,073.76km² 令和6年10月1日: a figure that filled its column, then the next column's date
			split |= tokens.length == 2 && spans.size() >= 2 && HeaderRows.isFigure(tokens[0]) && ERA_DATE.matcher(tokens[1]).matches();
			if (!split) {
				apart.add(span);
				continue;
			}
			int start = span.start();
			for (int t = 0; t < tokens.length; t++) {
				int width = DisplayWidth.of(tokens[t]);
				apart.add(new Span(start, start + width, tokens[t]));
				start += width + 1;
			}
		}
		return apart;
	}

	/** ※1, ※２, 注3: a note's mark set apart from the words it marks, part of their cell. */
	private static final Pattern NOTE_MARK = Pattern.compile("^(?:※|＊|\\*|注)[0-9０-９]{0,2}$");

	/** 合計特殊出生率　※2: the note's mark joined to the cell before it, no column of its own. */
	private static List<Span> notesJoined(List<Span> spans) {
		if (spans.size() < 2 || spans.stream().skip(1).noneMatch(span -> NOTE_MARK.matcher(span.text().strip()).matches())) {
			return spans;
		}
		List<Span> joined = new ArrayList<>();
		for (Span span : spans) {
			Span last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
			if (last != null && NOTE_MARK.matcher(span.text().strip()).matches() && !NOTE_MARK.matcher(last.text().strip()).matches()) {
				joined.set(joined.size() - 1, new Span(last.start(), span.end(), last.text().strip() + "　" + span.text().strip()));
			}
			else {
				joined.add(span);
			}
		}
		return joined;
	}

	/** 指  標, 会　派　名: single characters spaced out to fill a header cell are one word, not cells. */
	private static List<Span> spacedWordsJoined(List<Span> spans) {
		List<Span> joined = new ArrayList<>();
		boolean spaced = false;
		for (Span span : spans) {
			Span last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
			int gap = last == null ? 0 : span.start() - last.end();
			// 項          目: a word of a header set out over its cell's width, however wide the gap
			if (last != null && isSpacedCharacter(last.text()) && !isSpacedCharacter(span.text()) && gap <= 2
					&& TOTAL_START.matcher(last.text().strip() + span.text().strip()).lookingAt()) {
				// 合　計（全26項目）: a total's word spaced out as a header's is, then its note
				joined.set(joined.size() - 1, new Span(last.start(), span.end(), last.text().strip() + span.text().strip()));
				spaced = false;
				continue;
			}
			if (last != null && (spaced || isSpacedCharacter(last.text())) && isSpacedCharacter(span.text())
					&& (gap <= 4 || !spaced && gap <= WIDE_SPACED && Words.isHeaderWord(last.text().strip() + span.text().strip()))) {
				joined.set(joined.size() - 1, new Span(last.start(), span.end(), last.text().strip() + span.text().strip()));
				spaced = true;
			}
			else {
				joined.add(span);
				spaced = false;
			}
		}
		return joined;
	}

	/** 合計, 総計, 小計: the words a table's total row starts with. */
	private static final Pattern TOTAL_START = Pattern.compile("^(?:合計|総計|小計|累計|全体)(?:$|[（(])");

	/** How wide a gap inside a header's word of two letters may be: twice what an editor's cell holds, as text aligned by characters is widened. */
	private static final int WIDE_SPACED = 24;

	private static boolean isSpacedCharacter(String text) {
		String t = text.strip();
		return !t.isEmpty() && t.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
				&& t.codePointCount(0, t.length()) == 1;
	}

	/**
	 * A single full-width space inside a phrase (委員長　坂本　隆) does not split cells unless wider gaps do too; where
	 * they do, it splits only between words of a name list (伊藤　英明　　松尾　美紀 is two names, not four cells).
	 */
	private static List<Span> singleFullWidthSpacesJoined(String line, List<Span> spans) {
		if (spans.size() < 2) {
			return spans;
		}
		// an outline's tabs before the text indent it, no gap between cells
		if (hasWideGap(line.replaceFirst("^\t+", ""))) {
			return namesJoined(line, spans);
		}
		return List.of(new Span(spans.get(0).start(), spans.get(spans.size() - 1).end(), line.strip()));
	}

	/** 委　　　員, 副委員長: a member's role before the names, perhaps spaced out letter by letter. */
	private static final Pattern ROLE = Pattern.compile("^(?:副)?(?:委員|議員)(?:長)?$");

	/** 伊藤　英明　　松尾　美紀: family and given names set apart by one full-width space, the names by wider gaps. */
	private static List<Span> namesJoined(String line, List<Span> spans) {
		int role = 0;
		StringBuilder spelled = new StringBuilder();
		while (role < spans.size() && role < 4 && spans.get(role).text().strip().length() == 1) {
			spelled.append(spans.get(role).text().strip());
			role++;
			if (ROLE.matcher(spelled).matches()) {
				break;
			}
		}
		int namesAt = role < spans.size() ? line.strip().indexOf(spans.get(role).text().strip()) : -1;
		if (role >= 2 && namesAt >= 0 && ROLE.matcher(spelled).matches()) {
			// 委　　　員　　佐藤　誠　　鈴木　花子: the role spaced out over its cell, then the names
			String rest = line.strip().substring(namesAt);
			List<Span> named = namesJoined(rest, spans.subList(role, spans.size()));
			if (named.size() < spans.size() - role) {
				List<Span> joined = new ArrayList<>();
				joined.add(new Span(spans.get(0).start(), spans.get(role - 1).end(), spelled.toString()));
				joined.addAll(named);
				return joined;
			}
		}
		String inner = line.strip();
		if (!inner.matches("^(?:[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}々ヶ]{1,4}　[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}々ヶ]{1,4}(?:[ 　]{2,}|$))+$")) {
			return spans;
		}
		List<Span> names = new ArrayList<>();
		for (int i = 0; i + 1 < spans.size(); i += 2) {
			Span family = spans.get(i);
			Span given = spans.get(i + 1);
			names.add(new Span(family.start(), given.end(), family.text().strip() + "　" + given.text().strip()));
		}
		return spans.size() % 2 == 0 ? names : spans;
	}

	static boolean neighbourIsAligned(List<ModelBuilder.Line> lines, int i) {
		// a rule under the header (経営課題   主な戦略 / ------) belongs to the table
		int before = i - 1;
		while (before >= 0 && ModelBuilder.isFurniture(lines.get(before)) && !lines.get(before).isBlank()) {
			before--;
		}
		int after = i + 1;
		while (after < lines.size() && ModelBuilder.isFurniture(lines.get(after)) && !lines.get(after).isBlank()) {
			after++;
		}
		return aligned(lines, before) || aligned(lines, after);
	}

	/**
	 * 表１　人口・世帯の推移（各年３月末現在）　資料：… over a header of more cells: the table's caption, which a wide gap
	 * after its number and its source beside it print like a row, no row of the table.
	 */
	private static boolean isCaptionOverRows(List<ModelBuilder.Line> lines, int start) {
		if (start + 1 >= lines.size() || !CAPTION.matcher(lines.get(start).text()).lookingAt()) {
			return false;
		}
		return split(lines.get(start + 1).text()).size() > split(lines.get(start).text()).size();
	}

	private static boolean aligned(List<ModelBuilder.Line> lines, int i) {
		return i >= 0 && i < lines.size() && !lines.get(i).isBlank() && split(lines.get(i).text()).size() >= 2
				&& ModelBuilder.structuredCells(lines.get(i)) == null;
	}

	/** 表１, 図表 2-1: the number of a table's caption at the start of its line. */
	private static final java.util.regex.Pattern CAPTION = java.util.regex.Pattern
		.compile("^\\s*(?:表|図表)\\s*[0-9０-９]{1,2}(?:[-－][0-9０-９]{1,2})?(?:\\s|　)");

	static Result table(List<ModelBuilder.Line> lines, int start, Path file) {
		return table(lines, start, file, null);
	}

	/**
	 * The table from {@code start}; {@code above}, when not null, the columns of a table just above it whose rows
	 * these go on (pdftotext -layout prints a table's rows apart, under headings of their own, its header once): rows
	 * whose cells all stand under those columns are placed under them, with the columns they leave empty.
	 */
	static Result table(List<ModelBuilder.Line> lines, int start, Path file, List<Span> above) {
		if (isSpacedHeading(lines, start) || isCaptionOverRows(lines, start)) {
			return null;
		}
		List<ModelBuilder.Line> rowLines = new ArrayList<>();
		List<List<Span>> rows = new ArrayList<>();
		String prefix = null;
		boolean keyed = false;
		// the row the keyed rows' cells are told against: the header, after a caption over it
		int keyReference = 0;
		int i = start;
		while (i < lines.size()) {
			ModelBuilder.Line line = lines.get(i);
			if (ModelBuilder.isFurniture(line)) {
				i++;
				continue;
			}
			if (line.isBlank() && keyed && keyedRowFollows(lines, i + 1, rows.get(keyReference))) {
				// the rows of a keyed table set apart by blank lines
				i++;
				continue;
			}
			if (line.isBlank() || ModelBuilder.structuredCells(line) != null) {
				break;
			}
			List<Span> spans = split(line.text());
			if (rows.size() == 1 && !keyed && rows.get(0).size() >= 3 && ROW_KEY.matcher(rows.get(0).get(0).text().strip()).lookingAt()
					&& !spans.isEmpty() && spans.get(0).start() > rows.get(0).get(0).end()
					&& !ROW_KEY.matcher(spans.get(0).text().strip()).lookingAt()) {
				// 1　防災・減災対策の強化　遠賀川…排水ポン　80%　防災安全課 then プ車を… indented under it: a keyed row
				// (its header above a blank line) whose cells wrap onto the lines below
				keyed = true;
			}
			if (keyed && spans.size() >= 2 && spans.get(0).start() > rows.get(keyReference).get(0).end()
					&& !ROW_KEY.matcher(spans.get(0).text().strip()).lookingAt() && !isHeadingWithField(spans)) {
				// 拡充 under the title and を新設… under the account: the rest of several cells of the keyed row above
				rowLines.add(line);
				rows.add(spans);
				i++;
				continue;
			}
			if (keyed && spans.size() == 1 && spans.get(0).start() > rows.get(keyReference).get(0).start() + 2
					&& HeadingShapes.match(spans.get(0).text().strip(), null).isEmpty()
					&& !TURN.matcher(spans.get(0).text().strip()).lookingAt()) {
				// ・ＳＬ運行日に合わせ… under the second column: the wrapped rest of a keyed row's cell
				rowLines.add(line);
				rows.add(spans);
				i++;
				continue;
			}
			NameRow raised = rows.isEmpty() ? null : figureOverRow(lines, i, spans);
			if (raised != null) {
				// 2,426 / 製造品出荷額等  億円  2,198 … / （H30）: a cell of two lines centred on its row, its figure over
				// the row's line and its year under it
				rowLines.add(lines.get(i + 1));
				rows.add(raised.spans());
				i += raised.lines();
				continue;
			}
			NameRow numbered = rows.isEmpty() ? null : numberedNameAroundFigures(lines, i, spans);
			if (numbered != null) {
				// ３　由良川の水害に負けない安全・安心な / ⇥5⇥1⇥2 / まち: a numbered row's name printed around its figures
				rowLines.add(lines.get(i + 1));
				rows.add(numbered.spans());
				i += numbered.lines();
				continue;
			}
			if (rows.size() >= 2 && spans.size() <= 2 && spans.get(0).text().strip().matches("^(?:※|＊|\\*|注[0-9０-９]?[：:）)]).{" + MIN_NOTE + ",}")
					&& spans.get(0).start() <= rows.get(0).get(0).start() + 2) {
				// ※達成度（％）＝… ⇥ 策定時が「－」の指標は…: the table's notes, their second part set apart like a cell
				break;
			}
			if (!rows.isEmpty() && (isNumberedHeading(line)
					|| isLabelledHeading(spans) && spans.get(0).start() <= rows.get(0).get(0).start() + 2)) {
				// 経営目標２ ⇥ 文化芸術に… at the table's left edge after a goal's table: the next goal, its label and its
				// title set apart
				// ウ　説明内容 after イ　市の概要　　人口 …: the next numbered heading, its one gap no column's
				break;
			}
			if (!rows.isEmpty() && isCircledPart(spans) && rows.stream().noneMatch(AlignedRows::isCircledPart)
					&& !circledRowFollows(lines, i + 1)) {
				// ⑧　所感・考察 after the rows 問 | … and 答 | …: the report's next numbered part, no row of theirs
				break;
			}
			if (rows.isEmpty() && isCaptionWithNote(spans)) {
				// （参考）局の主な統計 … （各年度の実績）: the caption over a table, its note at the right margin
				return null;
			}
			if (isHeadingWithField(spans)) {
				// ア 国宝松江城…   所管：観光振興部: a heading, printed without a blank line before the next table's
				// header, or after the rows of the one before
				if (rows.isEmpty()) {
					return null;
				}
				break;
			}
			if (!keyed && spans.size() == 1 && rows.size() >= 1 && isLabelAndValue(rows.get(0))
					&& rows.stream().skip(1).allMatch(row -> row.size() == 1) && isWrappedLaterCell(spans.get(0), rows.subList(0, 1))) {
				// 使命 | 海と山に囲まれた… then its wrapped lines under the value: one label's value
				rowLines.add(line);
				rows.add(spans);
				i++;
				continue;
			}
			if (spans.size() == 1 && isNamePrefix(spans.get(0), rows, lines, i + 1)) {
				// 企業立地促進補助金を活用した, then 新規雇用者数（累計）   ―   300人（R11）: the name's first line
				prefix = prefix == null ? spans.get(0).text().strip() : prefix + spans.get(0).text().strip();
				i++;
				continue;
			}
			NameRow around = rows.isEmpty() || spans.size() != 1 ? null : nameAroundFigures(lines, i, rows.get(0).get(0).start());
			if (around != null) {
				// 設備投資補助金を活用した市内事業所の / ⇥12件（R5）⇥20件（R11） / 設備投資件数: a name printed around its figures
				rowLines.add(lines.get(i + 1));
				rows.add(around.spans());
				i += around.lines();
				continue;
			}
			if (prefix != null && spans.size() >= 2) {
				Span first = spans.get(0);
				spans = new ArrayList<>(spans);
				spans.set(0, new Span(first.start(), first.end(), prefix + first.text().strip()));
				prefix = null;
			}
			List<List<Span>> shape = above == null ? rows : withColumns(rows, above);
			int settled = above == null ? 2 : 1;
			if (!keyed && spans.size() == 1 && rows.size() >= settled && isWrappedLaterCell(spans.get(0), shape)) {
				// 無償化する方向で予算化を進めている。 under the last column: the rest of the row's cell
				rowLines.add(line);
				rows.add(spans);
				i++;
				continue;
			}
			boolean qualifier = rows.size() == 1 && spans.size() >= 1;
			boolean wrapped = rows.size() >= settled && spans.size() == 1 && (isWrappedFirstCell(spans.get(0), rows.get(0))
					|| spans.get(0).start() < rows.get(0).get(0).start() && isWrappedFirstCell(spans.get(0), leftmost(rows)))
					&& !wider(spans.get(0), shape);
			if (spans.size() < 2 && !qualifier && !wrapped) {
				break;
			}
			if (spans.size() < 2 && !wrapped && !spans.get(0).text().matches("^[（(].{1,12}[）)]$")) {
				break;
			}
			rowLines.add(line);
			rows.add(spans);
			if ((rows.size() == 2 || rows.size() == 3 && captionOverHeader(rows)) && ROW_KEY.matcher(spans.get(0).text().strip()).lookingAt()) {
				keyed = true;
				keyReference = rows.size() - 2;
			}
			i++;
		}
		if (rows.isEmpty()) {
			return null;
		}
		List<Span> anchors = rows.stream().max((a, b) -> a.size() - b.size()).orElseThrow();
		if (above != null && above.size() > anchors.size() && under(rows, above)) {
			anchors = above;
		}
		else {
			anchors = valueColumn(rows, underData(rows, anchors));
		}
		List<List<Cell>> cells = new ArrayList<>();
		int anchorRow = rows.indexOf(anchors);
		// 策定時 | 目標値 over 指標名 | 単位 | R4実績 … over （R1） | （R7）: a header of three lines over the rows, its
		// labels centred in cells whose figures are set right
		boolean stackedHeader = anchorRow >= 3 && rows.get(anchorRow - 1).stream()
			.allMatch(span -> HeaderRows.isBracketed(span.text()));
		List<Span> extents = stackedHeader ? extents(rows, anchors, anchorRow) : anchors;
		List<Span> reach = extents(rows, anchors, 0);
		for (int r = 0; r < rows.size(); r++) {
			// 策定時 over 2,426（H30）: a header's label centred over a column of narrower figures, none under it
			boolean labelsOver = stackedHeader && r < anchorRow && rows.get(r).stream().noneMatch(span -> HeaderRows.isFigure(span.text().strip()));
			cells.add(place(rows.get(r), labelsOver ? extents : anchors, file, rowLines.get(r), labelsOver, reach));
		}
		if (rows.size() > 3 && rows.subList(0, 3).stream().flatMap(List::stream).noneMatch(span -> HeaderRows.isFigure(span.text().strip()))
				&& rows.get(2).stream().allMatch(span -> HeaderRows.isBracketed(span.text()))) {
			aroundMiddleLine(cells, rows, file, rowLines);
		}
		int header = HeaderRows.count(cells);
		List<List<Cell>> body = SpanningCells.joined(keyed ? joinKeyedRows(cells, header) : namesUnderKeys(joinWrappedRows(cells, header), header),
				header);
		return new Result(new Table(body, header, rowLines.get(0).at(file), Table.Layout.ALIGNED), i, anchors);
	}

	/**
	 * 番号 | 取組 | 評価 | 評価の理由 centred over cells that start well left or right of them (a title from the column's
	 * left edge, a long account under a short label): the header's columns where the cells under it start, when the
	 * cells start in as many places as the header has labels, in order, no two overlapping, and each under the label
	 * of its column.
	 */
	private static List<Span> underData(List<List<Span>> rows, List<Span> anchors) {
		int header = rows.indexOf(anchors);
		if (header < 0 || rows.size() - header <= DATA_ROWS) {
			return anchors;
		}
		List<int[]> places = new ArrayList<>();
		for (List<Span> row : rows.subList(header + 1, rows.size())) {
			for (Span span : row) {
				int[] place = places.stream().filter(p -> Math.abs(p[0] - span.start()) <= 2).findFirst().orElse(null);
				if (place == null) {
					places.add(new int[] { span.start(), span.start(), span.end() });
				}
				else {
					place[1] = Math.min(place[1], span.start());
					place[2] = Math.max(place[2], span.end());
				}
			}
		}
		List<int[]> kept = places.stream().sorted(java.util.Comparator.comparingInt(p -> p[1])).toList();
		if (kept.size() != anchors.size()) {
			return anchors;
		}
		List<Span> columns = new ArrayList<>();
		for (int c = 0; c < kept.size(); c++) {
			Span label = anchors.get(c);
			int[] place = kept.get(c);
			boolean underLabel = Math.min(place[2], label.end()) > Math.max(place[1], label.start());
			boolean apart = c + 1 == kept.size() || place[2] <= kept.get(c + 1)[1];
			if (!underLabel || !apart) {
				return anchors;
			}
			columns.add(new Span(place[1], place[2], label.text()));
		}
		return columns;
	}

	/**
	 * 策定時 ⇥ 目標値 ⇥ 達成度 over 指標名 ⇥ 単位 ⇥ R4実績 ⇥ R5実績 ⇥ R6実績 over （R1） ⇥ （R7） ⇥ （%）: a header of three lines,
	 * whose one-line labels are centred on the middle line and whose two-line labels stand on the lines round it; the
	 * outer lines' labels go, in order, to the columns the middle line left empty, when there are as many of them,
	 * wherever a page's fonts shifted them.
	 */
	private static void aroundMiddleLine(List<List<Cell>> cells, List<List<Span>> rows, Path file, List<ModelBuilder.Line> rowLines) {
		int middle = 1;
		int columns = cells.subList(3, cells.size()).stream().mapToInt(List::size).max().orElse(0);
		List<Integer> free = new ArrayList<>();
		for (int c = 0; c < columns; c++) {
			if (c >= cells.get(middle).size() || cells.get(middle).get(c).isEmpty()) {
				free.add(c);
			}
		}
		for (int r : new int[] { middle - 1, middle + 1 }) {
			List<Span> labels = rows.get(r);
			if (r < 0 || labels.size() != free.size() || free.isEmpty()) {
				continue;
			}
			List<Cell> row = new ArrayList<>();
			for (int c = 0; c <= free.get(free.size() - 1); c++) {
				int at = free.indexOf(c);
				row.add(new Cell(at < 0 ? "" : labels.get(at).text().strip(), rowLines.get(r).at(file, c + 1)));
			}
			cells.set(r, row);
		}
	}

	/** 主管課, 施策名: a sheet's label in the first column, a short run of words. */
	private static final Pattern SHEET_LABEL = Pattern.compile("^[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー・]{2,10}$");

	/** How long a value beside a sheet's label is, at the least: a unit (%, 人) is no value. */
	private static final int MIN_SHEET_VALUE = 4;

	/** How long a note under a table is, at the least, to end it (※再掲 may open a row). */
	private static final int MIN_NOTE = 12;

	/**
	 * 政策 | 政策３ …, 施策名 | ３－１ … over 主管課 ⇥ 関係課 | 健康推進課: a sheet of labels whose widest row left its
	 * value empty; the values the other labels' rows start in one place, left of the widest row's second cell, are a
	 * column of their own.
	 */
	private static List<Span> valueColumn(List<List<Span>> rows, List<Span> anchors) {
		if (anchors.size() < 2 || rows.stream().anyMatch(row -> row.stream().filter(span -> HeaderRows.isFigure(span.text().strip())).count() >= 2)) {
			// a table of figures is no sheet of labels
			return anchors;
		}
		Span label = anchors.get(0);
		if (anchors.size() < 3 || rows.get(0).size() >= anchors.size()
				|| !SHEET_LABEL.matcher(anchors.get(0).text().strip()).matches()) {
			// the widest row itself a sheet's row opening on its label, under the label rows it is wider than (no header)
			return anchors;
		}
		List<Span> values = new ArrayList<>();
		for (List<Span> row : rows) {
			if (row.size() == 2 && Math.abs(row.get(0).start() - label.start()) <= 1
					&& SHEET_LABEL.matcher(row.get(0).text().strip()).matches()
					&& row.get(1).start() > label.end() && row.get(1).start() < anchors.get(1).start() - 2
					&& row.get(1).text().strip().length() >= MIN_SHEET_VALUE) {
				values.add(row.get(1));
			}
		}
		if (values.size() < 2 || values.stream().anyMatch(value -> Math.abs(value.start() - values.get(0).start()) > 1)) {
			return anchors;
		}
		int start = values.stream().mapToInt(Span::start).min().orElseThrow();
		List<Span> columns = new ArrayList<>(anchors);
		columns.add(1, new Span(start, anchors.get(1).start() - 1, values.get(0).text()));
		return columns;
	}

	/**
	 * 取組数 ７　Ｓ・Ａ評価の割合 ７１．４％ over 番号 | 取組 | 評価 | 評価の理由: a line of fewer cells over the header,
	 * the table's caption, so that the first row after the header is its first.
	 */
	private static boolean captionOverHeader(List<List<Span>> rows) {
		return rows.get(1).size() >= HEADER_LINE_CELLS && rows.get(0).size() < rows.get(1).size()
				&& rows.get(1).stream().noneMatch(span -> HeaderRows.isFigure(span.text().strip()));
	}

	/** Lines under a header that tell where its columns' cells start, at the least. */
	private static final int DATA_ROWS = 3;

	/** The rows read so far with the columns above them first, so that they count as the table's widest row. */
	private static List<List<Span>> withColumns(List<List<Span>> rows, List<Span> above) {
		List<List<Span>> shape = new ArrayList<>();
		shape.add(above);
		shape.addAll(rows);
		return shape;
	}

	/** Every cell of these rows stands under one of the columns (overlaps it), in the columns' order. */
	private static boolean under(List<List<Span>> rows, List<Span> columns) {
		for (List<Span> row : rows) {
			int next = 0;
			for (Span span : row) {
				int column = -1;
				for (int c = next; c < columns.size() && column < 0; c++) {
					Span anchor = columns.get(c);
					if (Math.min(span.end(), anchor.end()) - Math.max(span.start(), anchor.start()) > 0) {
						column = c;
					}
				}
				if (column < 0) {
					return false;
				}
				next = column + 1;
			}
		}
		return true;
	}

	/** Two spaces, two full-width spaces or a tab: a gap between columns, not between words. */
	private static boolean hasWideGap(String text) {
		return text.contains("  ") || text.contains("　　") || text.contains("\t");
	}

	/** １, 2., ３．: a section's number alone before its title. */
	private static final Pattern SECTION_NUMBER = Pattern.compile("^[0-9０-９]{1,2}[.．、]?$");

	/**
	 * １   区の使命 over 使命　海と山に…: a section's number and title set apart by a wide gap, the line below starting
	 * left of the title and with no number of its own, as no numbered table's next row does.
	 */
	private static boolean isSpacedHeading(List<ModelBuilder.Line> lines, int start) {
		List<Span> spans = split(lines.get(start).text());
		if (spans.size() != 2 || !SECTION_NUMBER.matcher(spans.get(0).text().strip()).matches()
				|| spans.get(1).text().matches(".*[0-9０-９].*") || start + 1 >= lines.size() || lines.get(start + 1).isBlank()) {
			return false;
		}
		List<Span> next = split(lines.get(start + 1).text());
		return !next.isEmpty() && next.get(0).start() < spans.get(1).start()
				&& !ROW_KEY.matcher(next.get(0).text().strip()).lookingAt()
				&& !SECTION_NUMBER.matcher(next.get(0).text().strip()).matches();
	}

	/** 経営目標２ ⇥ 文化芸術に身近に親しめる機会の充実: a numbered label and a title of words, two cells and no figure. */
	private static boolean isLabelledHeading(List<Span> spans) {
		return spans.size() == 2 && !spans.get(1).text().matches(".*[0-9０-９].*")
				&& HeadingShapes.match(spans.get(0).text().strip() + "　" + spans.get(1).text().strip(), null)
					.filter(heading -> heading.scheme() == NumberingScheme.LABELLED && !heading.number().isEmpty()).isPresent();
	}

	private static boolean isNumberedHeading(ModelBuilder.Line line) {
		String text = line.stripped();
		if (hasWideGap(text)) {
			// 8. 所　　感 after the rows 問１ | … and 答 | …: a part's word spaced out, no columns
			return HeadingShapes.match(text, null).filter(heading -> Words.SECTIONS.contains(Words.key(heading.title()))).isPresent();
		}
		return HeadingShapes.match(text, null)
			.filter(heading -> heading.scheme() != NumberingScheme.SYMBOL && heading.scheme() != NumberingScheme.BRACKETED
					&& !heading.title().isEmpty())
			.isPresent();
	}

	/** A line within the next few that opens with a circled number: rows ① ② … of one table, not a part's heading. */
	private static boolean circledRowFollows(List<ModelBuilder.Line> lines, int from) {
		for (int k = from; k < Math.min(lines.size(), from + 3); k++) {
			if (lines.get(k).opensCircled()) {
				return true;
			}
		}
		return false;
	}

	/** ⑧　所感・考察: a circled number and a short title, nothing else on the line. */
	private static boolean isCircledPart(List<Span> spans) {
		return spans.size() == 2 && spans.get(0).text().strip().matches("[①-⑳]")
				&& spans.get(1).text().strip().matches("[^。、0-9０-９]{2,16}");
	}

	/** １ 鉄道・石油の歴史, (2) …, ③ …: the key a row of a numbered table starts with. */
	private static final Pattern ROW_KEY = Pattern
		.compile("^(?:[0-9０-９]{1,2}(?:[-－‐][0-9０-９]{1,2}){0,2}(?:[\\s　.．、)）]|$)|[①-⑳]|[(（][0-9０-９]{1,2}[)）])");

	private static boolean keyedRowFollows(List<ModelBuilder.Line> lines, int from, List<Span> header) {
		int next = from;
		while (next < lines.size() && (lines.get(next).isBlank() || ModelBuilder.isFurniture(lines.get(next)))) {
			next++;
		}
		if (next >= lines.size() || next - from > 2) {
			return false;
		}
		List<Span> spans = split(lines.get(next).text());
		return spans.size() >= 2 && ROW_KEY.matcher(spans.get(0).text().strip()).lookingAt()
				&& Math.abs(spans.get(0).start() - header.get(0).start()) <= 4;
	}

	/**
	 * The rest of a keyed row's cells with a word that came out under a figure (学校教育課 printed a little left, under
	 * 60%) moved on to the next column: a figure never wraps onto a word.
	 */
	private static List<Cell> offFigures(List<Cell> keyed, List<Cell> rest) {
		List<Cell> moved = new ArrayList<>(rest);
		for (int c = 0; c < moved.size(); c++) {
			Cell cell = moved.get(c);
			if (!cell.isEmpty() && c < keyed.size() && HeaderRows.isFigure(keyed.get(c).text()) && !HeaderRows.isFigure(cell.text())
					&& c + 1 < keyed.size() && (c + 1 >= moved.size() || moved.get(c + 1).isEmpty())) {
				while (moved.size() <= c + 1) {
					moved.add(new Cell("", cell.location()));
				}
				moved.set(c + 1, cell);
				moved.set(c, new Cell("", cell.location()));
			}
		}
		return moved;
	}

	/**
	 * Whether a row with its own figures starts with the rest of the key cell above (2-1 彦根城の世界遺産 | … then
	 * 登録の推進 | 世界遺産登録に向けた講座等 | 人 | 1,240): the row above opens with a key, this one with none.
	 */
	private static boolean keyCellGoesOn(List<List<Cell>> joined, int header, List<Cell> row) {
		if (joined.size() <= header || row.size() <= 2 || row.get(0).isEmpty() || joined.get(joined.size() - 1).isEmpty()) {
			return false;
		}
		String first = row.get(0).text();
		List<Cell> above = joined.get(joined.size() - 1);
		// the first column groups rows when both rows name their own item in the column after it
		boolean grouping = above.size() > 2 && isItemName(above.get(1).text()) && isItemName(row.get(1).text());
		return grouping && first.length() <= MAX_KEY_REST && !ROW_KEY.matcher(first).lookingAt() && !Words.isTotal(first)
				&& !HeaderRows.isFigure(first) && !first.matches("^(?:総合|合計|全体|平均|総計|うち|[（(]).*")
				&& ROW_KEY.matcher(above.get(0).text()).lookingAt();
	}

	/** How long the rest of a key cell put at the start of the next row can be. */
	private static final int MAX_KEY_REST = 15;

	private static boolean isItemName(String text) {
		return text.length() >= 3 && !HeaderRows.isFigure(text) && !Words.isTotal(text);
	}

	/** The row with its first cell moved onto the key cell of the row above; the row above changed in place. */
	private static List<Cell> keyCellJoined(List<List<Cell>> joined, List<Cell> row) {
		Wraps.joinRow(joined.get(joined.size() - 1), List.of(row.get(0)));
		List<Cell> own = new ArrayList<>(row);
		own.set(0, new Cell("", row.get(0).location()));
		return own;
	}

	/**
	 * Cells a repeated header line fills, at the least: 用している学級の割合 ⇥ 教育研究所 under a row reads like column
	 * names but is the wrapped rest of its name and department.
	 */
	private static final int HEADER_LINE_CELLS = 3;

	/**
	 * The rows of a table whose rows start with a key (１ 鉄道・石油の歴史): every line until the next key continues the
	 * row, cell by cell, as pdftotext -layout prints cells wrapped over several lines; a line with a figure, a total
	 * or header words is a row of its own.
	 */
	private static List<List<Cell>> joinKeyedRows(List<List<Cell>> cells, int header) {
		List<List<Cell>> joined = new ArrayList<>(cells.subList(0, Math.min(header, cells.size())));
		for (int r = header; r < cells.size(); r++) {
			List<Cell> row = cells.get(r);
			boolean keyedRow = !row.isEmpty() && ROW_KEY.matcher(row.get(0).text()).lookingAt();
			// 326手続） closing the bracket the row above opened: the rest of that cell, no figure of its own
			boolean ownRow = row.stream().anyMatch(cell -> HeaderRows.isFigure(cell.text()) && !Wraps.closesBracket(cell.text())
					|| Words.isTotal(cell.text()))
					|| !row.isEmpty() && row.get(0).text().matches("^(?:総合|合計|全体|平均|総計).*")
					|| row.stream().allMatch(cell -> cell.isEmpty() || cell.text().length() <= 10) && HeaderRows.mostlyHeader(row)
							&& row.stream().filter(cell -> !cell.isEmpty()).count() >= HEADER_LINE_CELLS;
			if (ownRow && !keyedRow && keyCellGoesOn(joined, header, row)) {
				joined.add(keyCellJoined(joined, row));
				continue;
			}
			if (keyedRow || ownRow || joined.size() == header) {
				joined.add(new ArrayList<>(row));
				continue;
			}
			Wraps.joinRow(joined.get(joined.size() - 1), offFigures(joined.get(joined.size() - 1), row));
		}
		return joined;
	}

	/** 答 国の補助を…, Ａ：…: a turn of a dialogue opens with who speaks, never the wrapped rest of a cell. */
	private static final Pattern TURN = Pattern.compile("^(?:答|問|回答|質問|答弁|[QＱAＡ][0-9０-９]{0,2})(?:[\\s　]+|[:：])");

	/** 使命 | 海と山に囲まれた…: a form's label and its value, the value's wrapped lines under it. */
	private static boolean isLabelAndValue(List<Span> row) {
		return row.size() == 2 && row.get(0).text().strip().matches("^[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー・]{2,8}$")
				&& row.get(1).text().strip().length() >= MIN_LABELLED_VALUE;
	}

	/** Characters of a value beside a label, at the least, to have wrapped lines under it. */
	private static final int MIN_LABELLED_VALUE = 20;

	/** A lone span that starts where a later column of the rows above starts: the wrapped rest of that cell. */
	private static boolean isWrappedLaterCell(Span span, List<List<Span>> rows) {
		String text = span.text().strip();
		if (text.length() > 60 || HeadingShapes.match(text, null).isPresent() || text.matches("^[※＊*].*")
				|| TURN.matcher(text).lookingAt()) {
			return false;
		}
		int columns = rows.stream().mapToInt(List::size).max().orElse(0);
		int sharing = 0;
		for (List<Span> row : rows) {
			// under a later cell of the widest rows: a header's word may start a little off its column's figures
			for (int c = 1; row.size() == columns && c < row.size(); c++) {
				if (Math.abs(row.get(c).start() - span.start()) <= 2) {
					return true;
				}
			}
			if (row.size() >= 2 && row.get(1).start() == span.start()) {
				sharing++;
			}
		}
		// 保育課 under 政策３ … and ３－１ …: the value column of a sheet whose widest row left it empty; a date in
		// brackets under a field's value qualifies that value
		return sharing >= 2 && !text.matches("^[（(].*[）)]$");
	}

	/**
	 * A lone span under the first column that ends mid-phrase (…を活用した) over a row of the table: the first line of
	 * that row's name, printed above its figures.
	 */
	private static boolean isNamePrefix(Span span, List<List<Span>> rows, List<ModelBuilder.Line> lines, int next) {
		String text = span.text().strip();
		if (rows.isEmpty() || next >= lines.size() || text.length() > 30 || text.endsWith("。")
				|| Math.abs(span.start() - rows.get(0).get(0).start()) > 2) {
			return false;
		}
		// 主食・主菜・副菜を組み合わせた食事を１日２ over 回以上…の割合　成人　52.3％: a name that ends mid-phrase, or one
		// that fills most of its column's width and is no heading
		int column = rows.get(0).size() >= 2 ? rows.get(0).get(1).start() - rows.get(0).get(0).start() : 0;
		boolean filled = column > 0 && (span.end() - span.start()) * 10 >= column * FILLED_TENTHS
				&& text.length() >= FILLED_MIN_LENGTH && !text.matches(".*[\\s　].*") && HeadingShapes.match(text, null).isEmpty();
		if (!text.matches(".*(?:\\p{IsHiragana}|[」』])$") && !filled) {
			return false;
		}
		List<Span> after = split(lines.get(next).text());
		// らせるまち over ③ 活力とにぎわいが…: a keyed row opens its own name, the line above ends the row before
		return after.size() >= 2 && Math.abs(after.get(0).start() - span.start()) <= 2
				&& !ROW_KEY.matcher(after.get(0).text().strip()).lookingAt()
				&& ModelBuilder.structuredCells(lines.get(next)) == null;
	}

	/** How much of its column's width, in tenths, a name's first line fills when the name goes on below. */
	private static final int FILLED_TENTHS = 8;

	/** How long a name's first line is, at the least, to be taken for one by the width it fills. */
	private static final int FILLED_MIN_LENGTH = 10;

	/** A row read from a name printed around its figures, and the number of lines it takes. */
	private record NameRow(List<Span> spans, int lines) {
	}

	/**
	 * A name printed around its figures: a lone span under the first column that ends mid-phrase, then a line of
	 * figures that leaves the first column empty, then perhaps the name's last line alone under the first column.
	 * Null when the lines are no such row.
	 */
	private static NameRow nameAroundFigures(List<ModelBuilder.Line> lines, int i, int firstColumn) {
		Span name = split(lines.get(i).text()).get(0);
		// …取り組んだ企業数（年間 over its figures and ） under them: a bracket the cell's width left open
		if (i + 1 >= lines.size() || Math.abs(name.start() - firstColumn) > 2
				|| !name.text().strip().matches(".*(?:\\p{IsHiragana}|[」』])$") && !Wraps.unbalanced(name.text())
				|| ModelBuilder.structuredCells(lines.get(i + 1)) != null) {
			return null;
		}
		List<Span> figures = split(lines.get(i + 1).text());
		if (figures.size() < 2 || figures.get(0).start() <= firstColumn + 4
				|| figures.stream().noneMatch(span -> HeaderRows.isFigure(span.text().strip())
						|| span.text().matches(".*[0-9０-９].*"))) {
			return null;
		}
		String whole = name.text().strip();
		int taken = 2;
		if (i + 2 < lines.size() && !lines.get(i + 2).isBlank() && ModelBuilder.structuredCells(lines.get(i + 2)) == null) {
			List<Span> rest = split(lines.get(i + 2).text());
			List<Span> after = i + 3 < lines.size() ? split(lines.get(i + 3).text()) : List.of();
			boolean nextRowsName = after.size() >= 2 && after.get(0).start() > firstColumn + 4;
			if (rest.size() == 1 && Math.abs(rest.get(0).start() - firstColumn) <= 2 && !nextRowsName
					&& isWrappedFirstCell(rest.get(0), List.of(new Span(firstColumn, firstColumn, "")))) {
				whole += rest.get(0).text().strip();
				taken = 3;
			}
		}
		List<Span> row = new ArrayList<>();
		row.add(new Span(name.start(), name.end(), whole));
		row.addAll(figures);
		return new NameRow(row, taken);
	}

	/**
	 * A figure alone over a row of three cells or more that leaves its column empty, perhaps with a year in brackets
	 * under the row in the same column: the row with the figure, and its year, in their place; null otherwise.
	 */
	private static NameRow figureOverRow(List<ModelBuilder.Line> lines, int i, List<Span> spans) {
		// 18,420 人泊（H3 over the row, 0） under it: a cell the column's width wrapped, which the rows' own reading joins
		if (spans.size() != 1 || !HeaderRows.isFigure(spans.get(0).text().strip()) || Wraps.unbalanced(spans.get(0).text())
				|| Wraps.closesBracket(spans.get(0).text()) || i + 1 >= lines.size()
				|| lines.get(i + 1).isBlank() || ModelBuilder.structuredCells(lines.get(i + 1)) != null) {
			return null;
		}
		Span figure = spans.get(0);
		List<Span> row = split(lines.get(i + 1).text());
		if (row.size() < 3 || row.stream().anyMatch(span -> span.end() > figure.start() - 1 && span.start() < figure.end() + 1)
				|| row.get(0).start() >= figure.start()) {
			return null;
		}
		int taken = 2;
		String text = figure.text().strip();
		if (i + 2 < lines.size() && !lines.get(i + 2).isBlank()) {
			List<Span> under = split(lines.get(i + 2).text());
			if (under.size() == 1 && HeaderRows.isBracketed(under.get(0).text())
					&& under.get(0).end() > figure.start() - 2 && under.get(0).start() < figure.end() + 2) {
				text += under.get(0).text().strip();
				taken = 3;
			}
		}
		List<Span> merged = new ArrayList<>(row);
		merged.add(new Span(figure.start(), figure.end(), text));
		merged.sort(java.util.Comparator.comparingInt(Span::start));
		return new NameRow(merged, taken);
	}

	/** A numbered row's name that ends mid-phrase over a line of figures alone, perhaps its last words under them. */
	private static NameRow numberedNameAroundFigures(List<ModelBuilder.Line> lines, int i, List<Span> spans) {
		if (spans.size() != 2 || i + 1 >= lines.size() || !ROW_KEY.matcher(spans.get(0).text().strip()).lookingAt()
				|| ModelBuilder.structuredCells(lines.get(i + 1)) != null) {
			return null;
		}
		Span name = spans.get(1);
		if (!name.text().strip().matches(".*(?:\\p{IsHiragana}|[」』、])$")) {
			return null;
		}
		List<Span> figures = split(lines.get(i + 1).text());
		if (figures.size() < 2 || figures.get(0).start() <= name.end()
				|| !figures.stream().allMatch(span -> HeaderRows.isFigure(span.text().strip()))) {
			return null;
		}
		String whole = name.text().strip();
		int taken = 2;
		if (i + 2 < lines.size() && !lines.get(i + 2).isBlank() && ModelBuilder.structuredCells(lines.get(i + 2)) == null) {
			List<Span> rest = split(lines.get(i + 2).text());
			String text = rest.isEmpty() ? "" : rest.get(0).text().strip();
			if (rest.size() == 1 && rest.get(0).start() >= spans.get(0).start() - 2 && rest.get(0).start() <= name.start() + 2
					&& text.length() <= MAX_NAME_REST && !ROW_KEY.matcher(text).lookingAt() && !text.matches(".*[0-9０-９。].*")) {
				whole += text;
				taken = 3;
			}
		}
		List<Span> row = new ArrayList<>();
		row.add(spans.get(0));
		row.add(new Span(name.start(), name.end(), whole));
		row.addAll(figures);
		return new NameRow(row, taken);
	}

	/** How long the last words of a name printed under its figures may be. */
	private static final int MAX_NAME_REST = 20;

	/**
	 * 視察概要 ＜視察の様子＞ under 桜ヶ丘市の現状と課題: what the column's width wrapped is never wider than the column,
	 * but for a note in brackets ((各年度５月１日現在)) that was set on a line of its own.
	 */
	private static boolean wider(Span span, List<List<Span>> rows) {
		int column = rows.stream().mapToInt(row -> row.get(0).end() - row.get(0).start()).max().orElse(0);
		return span.end() - span.start() > column && !span.text().strip().matches("^[（(][^（）()]*[）)]$");
	}

	/**
	 * The row of two cells or more whose first cell starts furthest left: a header's label centred in its column
	 * (施策 over １−１ and its title's wrapped lines) starts right of the cells under it.
	 */
	private static List<Span> leftmost(List<List<Span>> rows) {
		return rows.stream().filter(row -> row.size() >= 2).min(java.util.Comparator.comparingInt(row -> row.get(0).start()))
			.orElse(rows.get(0));
	}

	/**
	 * A lone span under the first column, as a wrapped name's second line is printed: no heading, label or sentence.
	 */
	private static boolean isWrappedFirstCell(Span span, List<Span> firstRow) {
		String text = span.text().strip();
		int indent = span.start() - firstRow.get(0).start();
		Matcher key = LEADING_KEY.matcher(firstRow.get(0).text().strip());
		int hang = key.lookingAt() ? DisplayWidth.of(key.group(), 0, key.group().length()) : 0;
		return indent >= 0 && (indent <= 2 || hang > 0 && Math.abs(indent - hang) <= 1) && text.length() <= 30 && !text.endsWith("。") && !text.matches("^\\S(?:[ 　]+\\S){2,}$")
				&& !Words.isLabel(text)
				&& !text.matches("^[^：:]{1,12}[：:].*") && HeadingShapes.match(text, null).isEmpty();
	}

	/**
	 * The body rows with the rows that only continue the one above joined into it: a row that leaves empty a column
	 * every body row before it filled, fills at most half of the columns and holds no figure (保育士就職相談会を通じた
	 * ⇥38人⇥50人 then 保育士等の採用者数).
	 */
	private static List<List<Cell>> joinWrappedRows(List<List<Cell>> cells, int header) {
		List<List<Cell>> centred = header == 0 ? CentredLabelRows.joined(cells) : null;
		if (centred != null) {
			return centred;
		}
		List<List<Cell>> joined = new ArrayList<>(cells.subList(0, Math.min(header, cells.size())));
		int columns = cells.stream().mapToInt(List::size).max().orElse(0);
		for (int r = header; r < cells.size(); r++) {
			List<Cell> row = cells.get(r);
			List<String> texts = row.stream().map(Cell::text).toList();
			if (joined.size() > header && r + 1 < cells.size() && !formRows(row, cells.get(r + 1))
					&& Wraps.figuresBelow(texts, cells.get(r + 1))
					&& Wraps.continuesRow(texts, joined.subList(header, joined.size()), columns)) {
				// 適正化 | 重症化予防 | 糖尿病性腎症重症化予防プログラム then ⇥⇥の参加者数 | 人 | 62: a row whose name the
				// line below finishes with the figures, under a first cell that goes on from the row above
				List<Cell> above = new ArrayList<>(joined.get(joined.size() - 1));
				List<Cell> opened = new ArrayList<>(row);
				if (!opened.isEmpty() && !opened.get(0).isEmpty() && !above.isEmpty()
						&& Wraps.UNFINISHED.matcher(above.get(0).text()).find()) {
					Wraps.joinRow(above, List.of(opened.get(0)));
					joined.set(joined.size() - 1, above);
					opened.set(0, new Cell("", opened.get(0).location()));
				}
				Wraps.joinRow(opened, cells.get(r + 1));
				joined.add(opened);
				r++;
				continue;
			}
			if (r + 1 < cells.size() && !formRows(row, cells.get(r + 1))
					&& Wraps.startsRowBelow(texts, joined.size() > header ? joined.get(joined.size() - 1) : null, cells.get(r + 1))) {
				// リサイクル率 | ％ | 14.2 then 住宅用太陽光発電設備等の設置補 then 助件数（累計） | 件 | 236: a name the row
				// above has finished already, whose figures stand on its second line
				List<Cell> opened = new ArrayList<>(row);
				Wraps.joinRow(opened, cells.get(r + 1));
				joined.add(opened);
				r++;
				continue;
			}
			if ((r + 1 >= cells.size() || cells.get(r + 1).isEmpty() || cells.get(r + 1).get(0).isEmpty())
					&& row.stream().anyMatch(cell -> HeaderRows.isFigure(cell.text())) && keyCellGoesOn(joined, header, row)) {
				// a first column grouping rows under keys (its cells empty below the key's row)
				joined.add(keyCellJoined(joined, row));
				continue;
			}
			if (joined.size() > header && !formRows(joined.get(joined.size() - 1), row)
					&& (Wraps.continuesRow(texts, joined.subList(header, joined.size()), columns)
					|| Wraps.completesRow(texts, joined.get(joined.size() - 1)))) {
				List<Cell> last = new ArrayList<>(joined.get(joined.size() - 1));
				Wraps.joinRow(last, row);
				joined.set(joined.size() - 1, last);
				continue;
			}
			joined.add(row);
		}
		return joined;
	}

	/** 視察日 | 令和7年10月21日 | 時間 | 13:30～15:00 over 視察先 | 滋賀県長浜市: a form's rows, each opening on its label. */
	private static boolean formRows(List<Cell> above, List<Cell> below) {
		return !above.isEmpty() && !below.isEmpty() && Words.LABELS.contains(Words.key(above.get(0).text()))
				&& Words.LABELS.contains(Words.key(below.get(0).text()));
	}

	private static boolean isCaptionWithNote(List<Span> spans) {
		return spans.size() == 2 && spans.get(0).text().strip().matches("^(?:[（(]参考[）)]|【).{2,30}$")
				&& spans.get(1).text().strip().matches("^[（(][^（）()]{1,20}[）)]$");
	}

	private static boolean isHeadingWithField(List<Span> spans) {
		String field = spans.size() == 3 ? spans.get(1).text().strip() + "　" + spans.get(2).text().strip()
				: spans.size() == 2 ? spans.get(1).text().strip() : "";
		// 分野の進捗率　75.8％: a label and its figure, however far apart
		return (spans.size() == 2 || spans.size() == 3) && HeadingShapes.match(spans.get(0).text(), null).isPresent()
				&& HEADING_FIELD.matcher(field).matches();
	}

	/** A line's spans placed under the columns of a table printed below it (a header set apart by a blank line). */
	static List<Cell> placed(ModelBuilder.Line line, List<Span> anchors, Path file) {
		return place(split(line.text()), anchors, file, line, false, null);
	}

	private static List<Cell> place(List<Span> printed, List<Span> anchors, Path file, ModelBuilder.Line line, boolean labelsOver,
			List<Span> reach) {
		List<Span> row = printed.size() < anchors.size() ? splitAtColumns(printed, anchors) : printed;
		List<Cell> cells = new ArrayList<>();
		if (row.size() == anchors.size()) {
			for (int c = 0; c < row.size(); c++) {
				cells.add(new Cell(row.get(c).text().strip(), line.at(file, c + 1)));
			}
			return cells;
		}
		String[] placed = new String[anchors.size()];
		int next = 0;
		for (Span span : row) {
			int edge = labelsOver ? rightEdgeColumn(span, anchors, next) : -1;
			int best = edge >= 0 ? edge : Math.max(next, closest(span, anchors, row.size() == 1 || labelsOver));
			if (edge < 0 && row.size() > 1 && !labelsOver && next < anchors.size() && span.start() > anchors.get(next).end() + LABEL_REACH
					&& anchors.stream().noneMatch(span::overlaps)) {
				// a label over no column's cells and well right of the first column it may take: the column it stands over
				int near = nearby(span, anchors, reach);
				best = near >= next ? near : best;
			}
			if (next == 0 && edge < 0 && anchors.size() > 2 && span.start() <= anchors.get(0).start() + 1 && span.end() > anchors.get(1).end()) {
				// 施策の大綱１ ひとりひとりが… from the table's left edge past the key and the name columns: the first column's
				best = 0;
			}
			if (best >= anchors.size()) {
				best = anchors.size() - 1;
			}
			placed[best] = placed[best] == null ? span.text().strip() : placed[best] + " " + span.text().strip();
			next = best + 1;
		}
		for (int c = 0; c < placed.length; c++) {
			cells.add(new Cell(placed[c] == null ? "" : placed[c], line.at(file, c + 1)));
		}
		while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
			cells.remove(cells.size() - 1);
		}
		return cells;
	}

	/**
	 * Spans that run into the next column with one space between (350,000人（R11） 観光交流課 under 目標値 | 担当課):
	 * split where a column of the widest row starts.
	 */
	private static List<Span> splitAtColumns(List<Span> row, List<Span> anchors) {
		List<Span> split = new ArrayList<>();
		for (Span span : row) {
			Span rest = span;
			for (int k = 0; k < rest.text().length(); k++) {
				if (rest.text().charAt(k) != ' ' || k == 0 || k + 1 >= rest.text().length()) {
					continue;
				}
				int next = rest.start() + DisplayWidth.of(rest.text(), 0, k + 1);
				boolean column = false;
				for (int a = 1; a < anchors.size(); a++) {
					column |= Math.abs(anchors.get(a).start() - next) <= 1 && anchors.get(a).start() > rest.start() + 2;
				}
				if (column) {
					split.add(new Span(rest.start(), next - 1, rest.text().substring(0, k)));
					rest = new Span(next, rest.end(), rest.text().substring(k + 1));
					k = -1;
				}
			}
			split.add(rest);
		}
		return split;
	}

	/**
	 * ３−３ | 17 | … then 環境保全と循環型社会の形成 | 18 | …: a merged cell's key on its first row and its name, centred
	 * in the cell, on the row below, where the first column holds a key and a name on other rows. The name goes to its
	 * key; the row below keeps its own figures.
	 */
	private static List<List<Cell>> namesUnderKeys(List<List<Cell>> rows, int header) {
		boolean keyedNames = rows.stream().skip(header).map(row -> row.isEmpty() ? "" : row.get(0).text())
			.anyMatch(Wraps::isKeyedName);
		if (!keyedNames) {
			return rows;
		}
		List<List<Cell>> joined = new ArrayList<>(rows);
		for (int r = header; r + 1 < joined.size(); r++) {
			List<Cell> row = joined.get(r);
			List<Cell> next = joined.get(r + 1);
			if (row.size() < 3 || next.size() < 3 || !Wraps.isPrintedKey(row.get(0).text())
					|| next.get(0).isEmpty() || next.get(1).isEmpty() || Wraps.isKeyedName(next.get(0).text())
					|| Wraps.isPrintedKey(next.get(0).text()) || HeaderRows.isFigure(next.get(0).text())
					|| Words.isTotal(next.get(0).text()) || next.get(0).text().matches("^(?:うち|[（(]).*")) {
				continue;
			}
			List<Cell> keyed = new ArrayList<>(row);
			keyed.set(0, new Cell(Wraps.keyBeforeName(row.get(0).text(), next.get(0).text()), row.get(0).location()));
			List<Cell> rest = new ArrayList<>(next);
			rest.set(0, new Cell("", next.get(0).location()));
			joined.set(r, keyed);
			joined.set(r + 1, rest);
		}
		return joined;
	}

	/**
	 * The columns as far as the rows with a cell in each reach, from the widest row on: each column's span from the
	 * leftmost start to the rightmost end of its cells.
	 */
	private static List<Span> extents(List<List<Span>> rows, List<Span> anchors, int anchorRow) {
		if (anchorRow < 0) {
			return anchors;
		}
		int[] starts = anchors.stream().mapToInt(Span::start).toArray();
		int[] ends = anchors.stream().mapToInt(Span::end).toArray();
		for (List<Span> row : rows.subList(anchorRow, rows.size())) {
			if (row.size() != anchors.size()) {
				continue;
			}
			for (int c = 0; c < row.size(); c++) {
				starts[c] = Math.min(starts[c], row.get(c).start());
				ends[c] = Math.max(ends[c], row.get(c).end());
			}
		}
		List<Span> extents = new ArrayList<>();
		for (int c = 0; c < anchors.size(); c++) {
			extents.add(new Span(starts[c], ends[c], anchors.get(c).text()));
		}
		return extents;
	}

	/**
	 * 目標値 centred over a column of figures set right in it: the first column from {@code next} whose cells end at or
	 * past the label's end, the cell the label is centred in reaching to where its figures end, and start no further
	 * right of the label than a few places; -1 when the first such column is not near the label.
	 */
	private static int rightEdgeColumn(Span label, List<Span> anchors, int next) {
		for (int c = next; c < anchors.size(); c++) {
			if (anchors.get(c).end() >= label.end() - 1) {
				return anchors.get(c).start() <= label.end() + LABEL_REACH ? c : -1;
			}
		}
		return -1;
	}

	/** How far right of a label's end the figures of its column may start. */
	private static final int LABEL_REACH = 4;

	/**
	 * （Ｒ７） centred a few places left of the figures set right under it: the column it all but touches; 値 centred over
	 * 8人 and 14,820人 set right: the one column whose cells, all rows taken, reach under it; -1 when neither.
	 */
	private static int nearby(Span span, List<Span> anchors, List<Span> reach) {
		for (int c = 0; c < anchors.size(); c++) {
			int gap = Math.max(anchors.get(c).start() - span.end(), span.start() - anchors.get(c).end());
			if (gap <= LABEL_REACH && (c + 1 >= anchors.size() || anchors.get(c + 1).start() - span.end() > LABEL_REACH)
					&& (c == 0 || span.start() - anchors.get(c - 1).end() > LABEL_REACH)) {
				return c;
			}
		}
		List<Integer> under = reach == null ? List.of() : java.util.stream.IntStream.range(0, reach.size())
			.filter(c -> span.overlaps(reach.get(c))).boxed().toList();
		return under.size() == 1 ? under.get(0) : -1;
	}

	/**
	 * The column whose span overlaps the cell most; where none overlaps, the first of the row's cells goes to the first
	 * column it may take and a lone cell to the column nearest by centre.
	 */
	private static int closest(Span span, List<Span> anchors, boolean alone) {
		int best = 0;
		int bestOverlap = -1;
		double bestDistance = Double.MAX_VALUE;
		for (int c = 0; c < anchors.size(); c++) {
			Span anchor = anchors.get(c);
			int overlap = Math.min(span.end(), anchor.end()) - Math.max(span.start(), anchor.start());
			if (alone) {
				// a lone cell that overlaps no column (…の内容を実現した。 left of its centred header): the nearest
				overlap = Math.max(0, overlap);
			}
			double distance = Math.abs((span.start() + span.end()) / 2.0 - (anchor.start() + anchor.end()) / 2.0);
			if (overlap > bestOverlap || overlap == bestOverlap && distance < bestDistance) {
				best = c;
				bestOverlap = overlap;
				bestDistance = distance;
			}
		}
		return best;
	}

}
