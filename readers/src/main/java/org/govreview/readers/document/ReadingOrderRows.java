package org.govreview.readers.document;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A table that an extraction in reading order (pdftotext without -layout, Acrobat's accessible text) printed one cell
 * a line, row after row: the header's labels a line each (No. / 公約項目 / 進捗率 / 取組状況 / 担当課; a bracket line
 * such as （KPI） or （R6） goes with the label above it), then every row its cells in the header's order, a long cell
 * wrapped over several lines. What a column holds is told by its label: a row number (No., 番号), a value of one line
 * (a figure with its unit, a rate, a mark or grade, a word of progress; a bracketed year under a figure is that
 * figure's), an office (担当課, 所管課: one name or more, a name perhaps wrapped) or text. The rows are read by those
 * kinds; a page's running lines and the header repeated on the next page are passed over, and the lines a numbered
 * row goes on with after the page break go back to its text. Where two rows or more read so, they are put back as tab
 * rows under a header row in the header's place; anything less regular is left as printed. Stateless.
 */
final class ReadingOrderRows {

	private enum Kind {
		KEY, VALUE, UNIT, OFFICE, TEXT
	}

	private static final Pattern UNIT_LABEL = Pattern.compile("^単位$");

	/** km, 橋, ㎡, ％, 人: a unit alone on its line. */
	private static final Pattern UNIT = Pattern.compile("^[^0-9\\s。、]{1,4}$");

	private static final Pattern OFFICE_LABEL = Pattern.compile("担当|所管|課名|部署|部局");

	private static final Pattern VALUE_LABEL = Pattern.compile("基準値|現状値|目標値|実績|策定時|現況値|評価|達成度|進捗率|^進捗$|達成率|"
			+ "達成状況|進捗状況|判定|項目数|件数|^[SABCD◎○〇△×]$|年度末?$|^[RH][0-9元]");

	/** 重要業績評価指標, 公約項目, 取組状況: names and texts, whatever value word they hold. */
	private static final Pattern TEXT_LABEL = Pattern.compile("指標|KPI|項目$|名$|名称|内容|概要|取組|事業|施策|分野");

	/** 目標値（R6）, 担当課（室）: what a label's bracket adds, no part of what the label names. */
	private static final Pattern TRAILING_BRACKET = Pattern.compile("[（(][^）)]*[）)]$");

	private static final Pattern BRACKET = Pattern.compile("^[（(][^（()）]{1,14}[）)]$");

	private static final Pattern FIGURE = Pattern.compile("^(?:約)?[△▲▼-]?[0-9][0-9,.]*\\s?[^\\s。、0-9]{0,6}$");

	private static final Pattern DASH = Pattern.compile("^(?:[－―‐\\-ー—…]{1,2}|未設定|未実施|未測定)$");

	private static final Pattern MARK = Pattern.compile("^(?:[◎○〇△×▲●☆★]|[SABCD][+]?)$");

	private static final Pattern PROGRESS = Pattern.compile("^(?:概ね|おおむね)?(?:達成|順調|完了|未達成)$|^(?:やや遅れ|遅れ|未着手|着手|実施済み?|継続|拡充|縮小|廃止|見直し|休止)$");

	private static final Pattern OFFICE = Pattern.compile("^[^\\s、。（）()]{1,16}(?:課|室|係|センター|事務所|事務局|局|部|署|館)$");

	private static final Pattern KEY = Pattern.compile("^" + CentredKeys.ROW_KEY + "$");

	/** 政策１ 安心して子どもを産み育てられるまち: a group's row across a numbered table, between its rows. */
	private static final Pattern GROUP_ROW = Pattern.compile("^(?:政策|基本目標|基本方針|施策|分野|柱)\\s*[0-9０-９]{1,2}[\\s　]+\\S.*$");

	/** こども家庭課, 地域包括支援センター: a section's name, never the start of a text (地域の公民館). */
	private static final Pattern SECTION = Pattern.compile("^[^\\s、。（）()]{1,16}(?:課|室|係|センター|事務局)$");

	private static final int MAX_LABEL = 16;

	private static final int MAX_LABELS = 10;

	private static final int MAX_TEXT_LINES = 12;

	/** How much wider, in tenths, a text's line is than the title's lines before it. */
	private static final int WIDER = 14;

	/** The most lines a name before its figures wraps over. */
	private static final int NAME_LINES = 4;

	/** ※ a note, 【…】 or ■ a heading, a sentence's full stop: no line of a name. */
	private static final Pattern NOT_A_NAME = Pattern.compile("^[※【■●◆□◇▲＜<]|。");

	private static final int OFFICE_LINE = 12;

	private static final int WRAPPED_OFFICE = 6;

	private static final Pattern PARTICLE = Pattern.compile("[のをにはがとでや、。・）)]");

	/** The most lines one numbered row takes. */
	private static final int MAX_ROW = 40;

	private static final int UNBOUNDED = Integer.MAX_VALUE;

	private ReadingOrderRows() {
	}

	static List<BoxRows.Printed> rows(List<BoxRows.Printed> lines) {
		Printed printed = null;
		List<BoxRows.Printed> out = new ArrayList<>(lines.size());
		// each line's normal form, once: a header is sought at every line that may be a label
		String[] plain = new String[lines.size()];
		boolean[] opens = new boolean[lines.size()];
		for (int k = 0; k < plain.length; k++) {
			plain[k] = plain(lines.get(k).text());
			opens[k] = mayOpenHeader(plain[k]);
		}
		int i = 0;
		while (i < lines.size()) {
			if (opens[i]) {
				if (printed == null) {
					printed = Printed.of(lines, plain, opens);
				}
				Table table = table(printed, i);
				if (table != null) {
					out.addAll(table.rows());
					i = table.end();
					continue;
				}
			}
			out.add(lines.get(i));
			i++;
		}
		return out;
	}

	private record Table(List<BoxRows.Printed> rows, int end) {
	}

	/** What is known of every line once: its normal form, whether it runs over the pages, whether it is furniture. */
	private record Printed(List<BoxRows.Printed> lines, String[] plain, boolean[] opens, boolean[] running, boolean[] furniture,
			Kind[] kinds) {

		/** What the line names as a header's label; worked out once. */
		Kind kind(int index) {
			if (kinds[index] == null) {
				kinds[index] = ReadingOrderRows.kind(lines.get(index).text());
			}
			return kinds[index];
		}

		static Printed of(List<BoxRows.Printed> lines, String[] plain, boolean[] opens) {
			RunningLines running = RunningLines.of(lines);
			boolean[] runs = new boolean[lines.size()];
			boolean[] furniture = new boolean[lines.size()];
			for (int k = 0; k < runs.length; k++) {
				runs[k] = running.contains(lines.get(k));
				furniture[k] = ModelBuilder.FURNITURE.matcher(lines.get(k).text()).matches();
			}
			return new Printed(lines, plain, opens, runs, furniture, new Kind[lines.size()]);
		}
	}

	private record Row(List<String> cells, int first, int end) {
	}

	/** Whether a line in its normal form may be a header's label. */
	private static boolean mayOpenHeader(String label) {
		return !label.isEmpty() && label.length() <= MAX_LABEL && !isValue(label) && label.indexOf('。') < 0 && label.indexOf('\t') < 0;
	}

	/** The table whose header starts at {@code at}, or null where none reads there. */
	private static Table table(Printed page, int at) {
		List<BoxRows.Printed> lines = page.lines();
		String[] plain = page.plain();
		List<String> labels = new ArrayList<>();
		List<Integer> ends = new ArrayList<>();
		List<Kind> kindOf = new ArrayList<>();
		int j = at;
		while (j < lines.size() && labels.size() <= MAX_LABELS && page.opens()[j]) {
			String label = lines.get(j).text().strip();
			if (BRACKET.matcher(plain[j]).matches() && !labels.isEmpty()) {
				labels.set(labels.size() - 1, labels.get(labels.size() - 1) + label);
				ends.set(ends.size() - 1, j + 1);
			}
			else {
				labels.add(label);
				ends.add(j + 1);
				// a bracket line after a label (（R6）) adds nothing to what it names
				kindOf.add(page.kind(j));
			}
			j++;
		}
		Table best = null;
		if (labels.size() < 3 || BRACKET.matcher(plain[at]).lookingAt()) {
			return null;
		}
		if (!kindOf.contains(Kind.VALUE) && !kindOf.contains(Kind.OFFICE)) {
			return null;
		}
		// the header is the whole run of labels, or all but the first row's name (a line or two) that follows it
		for (int n = labels.size(); n >= Math.max(3, labels.size() - 2) && best == null; n--) {
			if (labels.subList(n, labels.size()).stream().anyMatch(ReadingOrderRows::isHeaderWord)) {
				// 指標の説明 after 目標値: a label of the header, never the first row's name
				continue;
			}
			List<Kind> kinds = kindOf.subList(0, n);
			if (kinds.stream().filter(kind -> kind == Kind.VALUE || kind == Kind.OFFICE).count() < 1
					|| kinds.stream().noneMatch(kind -> kind == Kind.TEXT) || kinds.subList(1, n).contains(Kind.KEY)) {
				continue;
			}
			List<String> header = labels.subList(0, n);
			Body body = new Body(page, ends.get(n - 1), at, ends.get(n - 1) - at, kinds.get(0) == Kind.KEY);
			List<Row> rows = rows(body, kinds);
			long whole = rows.stream().filter(row -> row.cells().size() > 1).count();
			long loose = rows.stream().filter(row -> row.cells().size() == 1 && !GROUP_ROW.matcher(plain(row.cells().get(0))).matches()).count();
			// lines that read as no row, a few between whole rows; where most are so, the table is another's to read
			if (whole >= 2 && loose * LOOSE_PER_ROW <= whole) {
				List<BoxRows.Printed> tabbed = new ArrayList<>();
				tabbed.add(new BoxRows.Printed(String.join("\t", header), lines.get(at).number(), lines.get(at).page()));
				for (Row row : rows) {
					BoxRows.Printed first = body.line(row.first());
					if (row.cells().size() == 1) {
						// a group's row: its line, then the header again over the group's rows, as a table of their own;
						// a subtotal's line stands alone
						tabbed.add(new BoxRows.Printed("", first.number(), first.page()));
						tabbed.add(new BoxRows.Printed(row.cells().get(0), first.number(), first.page()));
						if (GROUP_ROW.matcher(plain(row.cells().get(0))).matches()) {
							tabbed.add(new BoxRows.Printed(String.join("\t", header), first.number(), first.page()));
						}
						continue;
					}
					tabbed.add(new BoxRows.Printed(String.join("\t", row.cells()), first.number(), first.page()));
				}
				best = new Table(tabbed, body.index(rows.get(rows.size() - 1).end() - 1) + 1);
			}
		}
		return best;
	}

	/**
	 * The lines of a table's body, in order and read as they are needed: a page's running lines, the blank lines at a
	 * page's turn and the header printed again on the next page are passed over, and where the page turned is kept.
	 * The body ends at a blank line within a page.
	 */
	private static final class Body {

		private final Printed page;

		private final int header;

		private final int headerLines;

		private final List<Integer> seq = new ArrayList<>();

		private final Set<Integer> breaks = new java.util.HashSet<>();

		private int next;

		private boolean ended;

		/** Whether the page's running lines were just passed over: the blank lines round them are the page's turn. */
		private boolean turning;

		/** Whether the table's rows are numbered, so that a blank line before a number goes on to the next row. */
		private final boolean keyed;

		/** How many cells a row has: a numbered row's lines so far fewer than that go on past a blank line. */
		private int cells;

		/** The body's lines since its last row number. */
		private int sinceKey = Integer.MAX_VALUE;

		Body(Printed page, int from, int header, int headerLines, boolean keyed) {
			this.keyed = keyed;
			this.page = page;
			this.next = from;
			this.header = header;
			this.headerLines = headerLines;
		}

		/** Whether the body has a line at {@code p}. */
		boolean has(int p) {
			while (seq.size() <= p && !ended) {
				read();
			}
			return p < seq.size();
		}

		String text(int p) {
			return page.lines().get(seq.get(p)).text().strip();
		}

		BoxRows.Printed line(int p) {
			return page.lines().get(seq.get(p));
		}

		/** The line's index among all the lines. */
		int index(int p) {
			return seq.get(p);
		}

		boolean turnsBefore(int p) {
			return breaks.contains(p);
		}

		/** 小計（6公約） … / 実現率 83.3% / 政策２ …: a few lines of a group's subtotal, then the next group's row and its rows. */
		private boolean subtotalBefore(int from) {
			int seen = 0;
			for (int at = from; at < page.lines().size() && seen <= SUBTOTAL_LINES; at++) {
				if (page.lines().get(at).text().isBlank()) {
					continue;
				}
				if (GROUP_ROW.matcher(page.plain()[at]).matches()) {
					return seen > 0 && keyAfter(at + 1);
				}
				seen++;
			}
			return false;
		}

		/** Whether the first line at or after {@code from} past blank lines is a row's number. */
		private boolean keyAfter(int from) {
			int at = from;
			while (at < page.lines().size() && page.lines().get(at).text().isBlank()) {
				at++;
			}
			return at < page.lines().size() && KEY.matcher(page.plain()[at]).matches();
		}

		private void read() {
			List<BoxRows.Printed> lines = page.lines();
			while (next < lines.size()) {
				BoxRows.Printed line = lines.get(next);
				if (page.running()[next]) {
					breaks.add(seq.size());
					turning = true;
					next++;
					continue;
				}
				if (line.text().isBlank()) {
					int after = next;
					while (after < lines.size() && lines.get(after).text().isBlank()) {
						after++;
					}
					// 1 after a blank line under a numbered table's row: the next row, the rows set apart by blank lines
					boolean nextRow = this.keyed && after < lines.size() && (KEY.matcher(page.plain()[after]).matches()
							|| GROUP_ROW.matcher(page.plain()[after]).matches() && keyAfter(after + 1)
							// 1-3 / its title / (a blank line) / its text …: mutool's blocks of one row set apart
							|| sinceKey < cells && !GROUP_ROW.matcher(page.plain()[after]).matches()
							|| subtotalBefore(after));
					if (after < lines.size() && (turning || nextRow || lines.get(after).page() != line.page() || page.running()[after])) {
						next = after;
						continue;
					}
					break;
				}
				if (page.furniture()[next]) {
					// 4 / 10 over the header printed again, perhaps under the page's title: the page turned
					int again = repeats(next + 1) ? next + 1 : repeats(next + 2) ? next + 2 : -1;
					if (again > 0) {
						breaks.add(seq.size());
						next = again + headerLines;
						continue;
					}
				}
				if (repeats(next)) {
					breaks.add(seq.size());
					next += headerLines;
					continue;
				}
				seq.add(next);
				sinceKey = KEY.matcher(page.plain()[next]).matches() ? 1 : sinceKey == Integer.MAX_VALUE ? sinceKey : sinceKey + 1;
				turning = false;
				next++;
				return;
			}
			ended = true;
		}

		/** Whether the header's lines are printed again from {@code at}. */
		private boolean repeats(int at) {
			if (at + headerLines > page.lines().size()) {
				return false;
			}
			for (int h = 0; h < headerLines; h++) {
				if (!page.plain()[at + h].equals(page.plain()[header + h])) {
					return false;
				}
			}
			return true;
		}
	}



	private static List<Row> rows(Body body, List<Kind> kinds) {
		List<Row> rows = new ArrayList<>();
		int p = 0;
		String key = null;
		body.cells = kinds.size();
		boolean afterGroup = false;
		while (body.has(p)) {
			if (kinds.get(0) == Kind.KEY && GROUP_ROW.matcher(plain(body.text(p))).matches()) {
				// 政策１ … across the table between its numbered rows: a row of one cell
				rows.add(new Row(List.of(body.text(p)), p, p + 1));
				p++;
				afterGroup = true;
				continue;
			}
			// a group's rows may number from ① again
			String previous = afterGroup && FIRST_KEY.matcher(plain(body.text(p))).matches() ? null : key;
			afterGroup = false;
			Row row = kinds.get(0) == Kind.KEY ? keyed(body, kinds, p, previous) : row(body, kinds, p, UNBOUNDED);
			if (row == null && key != null && groupAhead(body, p)) {
				// 小計（6公約） ◎ 2 ○ 3 … / 実現率 83.3% after a group's last row, before the next group's: lines of their own
				rows.add(new Row(List.of(body.text(p)), p, p + 1));
				p++;
				continue;
			}
			int skipped = row == null && key != null ? nextKey(body, p) : -1;
			if (skipped > p) {
				// 2-4 / its title and text run together on one line …: a row that does not read, printed as it is, and
				// the rows after it from the next number on
				for (int q = p; q < skipped; q++) {
					rows.add(new Row(List.of(body.text(q)), q, q + 1));
				}
				key = body.text(p);
				p = skipped;
				continue;
			}
			if (row == null) {
				break;
			}
			rows.add(row);
			key = kinds.get(0) == Kind.KEY ? row.cells().get(0) : null;
			p = row.end();
		}
		return rows;
	}

	/** ①, 1, 2-1: the number of a group's first row. */
	private static final Pattern FIRST_KEY = Pattern.compile("^(?:①|(?:[0-9]{1,3}[-－‐])*0?1)$");

	/** How many whole rows a table needs, at the least, for each line that reads as no row. */
	private static final int LOOSE_PER_ROW = 1;

	/** The most lines a group's subtotal takes between its last row and the next group's row. */
	private static final int SUBTOTAL_LINES = 4;

	/** Where the row after the numbered row at {@code p} starts, its number next in sequence; -1 where none does. */
	private static int nextKey(Body body, int p) {
		String key = body.text(p);
		if (!KEY.matcher(plain(key)).matches()) {
			return -1;
		}
		for (int q = p + 1; q <= p + MAX_ROW && body.has(q); q++) {
			if (KEY.matcher(plain(body.text(q))).matches() && follows(key, body.text(q))) {
				return q;
			}
		}
		return -1;
	}

	/** Whether a group's row follows within a few lines, none of them a row's number. */
	private static boolean groupAhead(Body body, int p) {
		for (int q = p; q <= p + SUBTOTAL_LINES && body.has(q); q++) {
			if (GROUP_ROW.matcher(plain(body.text(q))).matches()) {
				return true;
			}
			if (KEY.matcher(plain(body.text(q))).matches()) {
				return false;
			}
		}
		return false;
	}

	/** Whether a group's row stands among the lines from {@code p} to {@code end}, past the row's own cells. */
	private static boolean interlude(Body body, List<Kind> kinds, int p, int end) {
		for (int q = p + kinds.size(); q < end && body.has(q); q++) {
			if (GROUP_ROW.matcher(plain(body.text(q))).matches()) {
				return true;
			}
		}
		return false;
	}

	/** A numbered row: its lines run to the next number in sequence. */
	private static Row keyed(Body body, List<Kind> kinds, int p, String previous) {
		String key = body.text(p);
		if (!KEY.matcher(plain(key)).matches() || previous != null && !follows(previous, key)) {
			return null;
		}
		// a row holds a line for every cell at least: a value like the next number before that is no row's start
		int end = p + kinds.size();
		while (body.has(end) && end - p <= MAX_ROW && !(KEY.matcher(plain(body.text(end))).matches() && follows(key, body.text(end)))) {
			end++;
		}
		boolean last = !body.has(end) || end - p > MAX_ROW;
		end = Math.min(end, p + MAX_ROW);
		Row row = row(body, kinds, p, end);
		if (row != null && row.end() == end) {
			return row;
		}
		if (last || interlude(body, kinds, p, end)) {
			// the last row: what follows it (【成果指標】) is no part of it; or a group's subtotal and the next group's
			// row between it and the next number
			for (int limit = end - 1; limit > p + 1; limit--) {
				Row shorter = row(body, kinds, p, limit);
				if (shorter != null && shorter.end() == limit) {
					return shorter;
				}
			}
		}
		// the row goes on after the page turned: its last cells stood before the turn, the rest of its text after it
		for (int turn = p + 1; turn < end; turn++) {
			if (body.turnsBefore(turn)) {
				Row before = row(body, kinds, p, turn);
				int text = kinds.lastIndexOf(Kind.TEXT);
				if (before != null && before.end() == turn && text > 0) {
					List<String> cells = new ArrayList<>(before.cells());
					StringBuilder rest = new StringBuilder(cells.get(text));
					for (int q = turn; q < end; q++) {
						rest = new StringBuilder(joined(rest.toString(), body.text(q)));
					}
					cells.set(text, rest.toString());
					return new Row(cells, p, end);
				}
			}
		}
		return null;
	}

	/** The row of cells from {@code p}, each read by its column's kind, within {@code limit}; null where one does not read. */
	private static Row row(Body body, List<Kind> kinds, int p, int limit) {
		List<String> cells = new ArrayList<>();
		int q = p;
		for (int c = 0; c < kinds.size(); c++) {
			if (!within(body, q, limit)) {
				return null;
			}
			String line = body.text(q);
			switch (kinds.get(c)) {
			case KEY -> {
				if (!KEY.matcher(plain(line)).matches()) {
					return null;
				}
				cells.add(line);
				q++;
			}
			case VALUE -> {
				if (!isValue(line)) {
					return null;
				}
				q++;
				if (within(body, q, limit) && BRACKET.matcher(plain(body.text(q))).matches()) {
					line += body.text(q);
					q++;
				}
				cells.add(line);
			}
			case UNIT -> {
				if (!UNIT.matcher(line).matches() || isValue(line)) {
					return null;
				}
				cells.add(line);
				q++;
			}
			case OFFICE -> {
				int end = office(body, q, limit);
				if (end < 0) {
					return null;
				}
				List<String> names = new ArrayList<>();
				names.add(concatenated(body, q, end));
				q = end;
				// 子ども課 over 健康増進課: a cell of two offices, when nothing but offices follow to the row's end
				while (c + 1 == kinds.size() && within(body, q, limit) && (end = office(body, q, limit)) > 0
						&& (limit != UNBOUNDED || end == q + 1)) {
					names.add(concatenated(body, q, end));
					q = end;
				}
				// 学校教育課 over こども家庭課 over the sentences of what was done: a second office, whole on its line
				while (c + 2 == kinds.size() && kinds.get(c + 1) == Kind.TEXT && within(body, q + 1, limit)
						&& office(body, q, limit) == q + 1 && SECTION.matcher(plain(body.text(q))).matches()) {
					names.add(body.text(q));
					q++;
				}
				cells.add(String.join("\n", names));
			}
			case TEXT -> {
				if (isValue(line) || KEY.matcher(plain(line)).matches()) {
					return null;
				}
				int end = textEnd(body, kinds, c, q, limit);
				if (end <= q) {
					return null;
				}
				cells.add(concatenated(body, q, end));
				q = end;
			}
			}
		}
		return new Row(cells, p, q);
	}

	/** Where a text cell from {@code q} ends: before the next column's first line. */
	private static int textEnd(Body body, List<Kind> kinds, int c, int q, int limit) {
		if (c + 1 == kinds.size()) {
			// the last cell of a numbered row runs to the next number; of any other, it cannot be told
			return kinds.get(0) == Kind.KEY ? limit : -1;
		}
		Kind next = kinds.get(c + 1);
		int max = Math.min(limit, q + MAX_TEXT_LINES);
		if (next == Kind.UNIT && c + 2 < kinds.size() && kinds.get(c + 2) == Kind.VALUE) {
			// 市民１人当たり都市公園 / 面積 / ㎡ / 4.45: the name goes on up to the unit before the first figure
			for (int r = q + 2; r < max && body.has(r); r++) {
				if (isValue(body.text(r))) {
					return r - 1;
				}
			}
			return -1;
		}
		if (next == Kind.VALUE && kinds.get(0) == Kind.KEY && c >= 2 && kinds.get(c - 1) == Kind.TEXT) {
			// 番号 | 公約 | 取組状況 | 評価: the sentences of what was done, after the title, up to the mark
			for (int r = q + 1; r < max && body.has(r); r++) {
				if (isValue(body.text(r))) {
					return r;
				}
			}
			return -1;
		}
		if (next == Kind.VALUE) {
			// a name before its figures: a few lines, no sentence and no note or heading among them
			for (int r = q; r < Math.min(max, q + NAME_LINES + 1) && body.has(r); r++) {
				if (r > q && isValue(body.text(r))) {
					return r;
				}
				if (NOT_A_NAME.matcher(body.text(r)).find()) {
					return -1;
				}
			}
			return -1;
		}
		if (next == Kind.TEXT && kinds.get(0) == Kind.KEY) {
			// 公約 | 取組状況: a title in a narrow cell, then the sentences of a wide one; the text starts at the first
			// line much wider than the title's
			int widest = body.text(q).length();
			for (int r = q + 1; r < Math.min(max, q + NAME_LINES + 1) && body.has(r); r++) {
				if (body.text(r).length() * 10 >= widest * WIDER) {
					return r;
				}
				widest = Math.max(widest, body.text(r).length());
			}
			return -1;
		}
		if (next == Kind.OFFICE && c + 2 == kinds.size() && kinds.get(0) == Kind.KEY) {
			// text, then the offices to the row's end: the offices are the last lines that read as names
			for (int r = q + 1; r < limit; r++) {
				if (officesTo(body, r, limit)) {
					return r;
				}
			}
			return -1;
		}
		return -1;
	}

	private static boolean within(Body body, int q, int limit) {
		return q < limit && body.has(q);
	}

	private static boolean officesTo(Body body, int from, int limit) {
		int q = from;
		while (within(body, q, limit)) {
			int end = office(body, q, limit);
			if (end < 0) {
				return false;
			}
			q = end;
		}
		return true;
	}

	/** The end of one office's name from {@code q}, perhaps wrapped over up to three lines; -1 where none. */
	private static int office(Body body, int q, int limit) {
		StringBuilder name = new StringBuilder();
		for (int r = q; r < Math.min(limit, q + 3) && body.has(r); r++) {
			String line = body.text(r);
			// の交通安全対策: the end of a sentence, no office; 策課, ター: the end of an office's name its width cut
			if (line.length() > (r == q ? OFFICE_LINE : WRAPPED_OFFICE) || r == q && PARTICLE.matcher(line).lookingAt()) {
				return -1;
			}
			name.append(line);
			// a name its cell's width cut: the cell is narrow, so its first line is short too
			if (OFFICE.matcher(plain(name.toString())).matches() && (r == q ? line.length() >= 3 : body.text(q).length() <= WRAPPED_OFFICE + 2)) {
				return r + 1;
			}
		}
		return -1;
	}

	private static boolean follows(String previous, String key) {
		String[] before = plain(previous).split("[-－‐]");
		String[] after = plain(key).split("[-－‐]");
		if (before.length != after.length) {
			return false;
		}
		int last = before.length - 1;
		for (int k = 0; k < last; k++) {
			if (!before[k].equals(after[k])) {
				// 1-5 then 2-1: the next group's first
				return k == last - 1 && Integer.parseInt(after[k]) == Integer.parseInt(before[k]) + 1 && Integer.parseInt(after[last]) == 1;
			}
		}
		return Integer.parseInt(after[last]) == Integer.parseInt(before[last]) + 1;
	}

	private static Kind kind(String printed) {
		String label = plain(printed);
		if (CentredKeys.KEY_HEADER.matcher(label).matches()) {
			return Kind.KEY;
		}
		if (OFFICE_LABEL.matcher(label).find()) {
			return Kind.OFFICE;
		}
		if (UNIT_LABEL.matcher(label).find()) {
			return Kind.UNIT;
		}
		String bare = TRAILING_BRACKET.matcher(label).replaceFirst("").strip();
		return !TEXT_LABEL.matcher(bare).find() && VALUE_LABEL.matcher(bare).find() ? Kind.VALUE : Kind.TEXT;
	}

	private static boolean isHeaderWord(String printed) {
		String label = plain(printed);
		return HEADER_WORD.matcher(label).find() || WHOLE_LABEL.matcher(TRAILING_BRACKET.matcher(label).replaceFirst("").strip()).matches();
	}

	/** 基準値, 担当課, R6実績: a value's or an office's label, whole (く創業件数（年間）, a name's second line, holds 件数). */
	private static final Pattern WHOLE_LABEL = Pattern.compile("(?:No\\.?|番号|単位|基準値|現状値|目標値|実績値?|[RH][0-9元]+\\s?(?:年度)?\\s?実績|策定時|現況値|"
			+ "評価|達成度|進捗率|進捗|達成率|達成状況|進捗状況|判定|項目数|件数|担当課?|所管課?|担当部署|担当部局|所管部局|課名)");

	/** 指標の説明, 備考, 指標名: a label of a header, never a name in a row (創業支援事業計画に基づ… holds 事業, and is one). */
	private static final Pattern HEADER_WORD = Pattern.compile("説明|備考|概要|根拠|出典|定義|^(?:指標名?|成果指標|KPI|項目名?|事業名?|施策名?|取組(?:内容)?|内容|分野)$");

	private static boolean isValue(String cell) {
		String text = plain(cell);
		return FIGURE.matcher(text).matches() || DASH.matcher(text).matches() || MARK.matcher(text).matches()
				|| PROGRESS.matcher(text).matches();
	}

	private static String concatenated(Body body, int from, int to) {
		String text = "";
		for (int r = from; r < to; r++) {
			text = joined(text, body.text(r));
		}
		return text;
	}

	/** A cell's wrapped lines as one: Japanese runs on, words of Latin letters keep their space. */
	private static String joined(String text, String line) {
		if (text.isEmpty()) {
			return line;
		}
		boolean latin = isLatin(text.charAt(text.length() - 1)) && isLatin(line.charAt(0));
		return text + (latin ? " " : "") + line;
	}

	private static boolean isLatin(char c) {
		return c < 0x80 && Character.isLetterOrDigit(c);
	}

	/** The line as its cell says it: half-width letters and digits, spaces at its ends gone. */
	private static String plain(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
	}
}
