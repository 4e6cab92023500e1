package org.govreview.readers.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list of numbered items with a mark and an office each, as a text extraction that sorts words by position gives
 * it (PDFBox with sorting, pdfplumber): the cells of a line one space apart, and each cell of several lines centred
 * on its row, so that the line with the item's number, mark and office holds the middle of its title and of its
 * account, and the lines round it hold their other pieces side by side (子ども医療費助成の高校生 令和５年４月診療分から…
 * / 1 世代までの拡大 初の３月31日まで）の… ◎ こども未来部 / 限を設けずに…). Under a header of single-spaced labels
 * (番号 公約 実施状況 進捗 担当部), each such line is a row's anchor; the lines between two anchors are parted where the
 * upper row's account ends a sentence, and a row's title is its first pieces on the lines next to its anchor. Each row
 * becomes a line of tab-separated cells (番号, title, account, mark, offices), the header one of its labels; headings,
 * notes and page furniture between the rows stay as printed. Stateless.
 */
final class SpacedMarkRows {

	/** 番号, No.: the first label of the header. */
	private static final Pattern NUMBER_HEADER = Pattern.compile("^(?:番号|No\\.?|NO\\.?|№|項番|ＮＯ|Ｎｏ．?)$");

	/** 進捗, 評価, 達成度: the label of the marks' column. */
	private static final Pattern MARK_HEADER = Pattern.compile("^(?:進捗|評価|達成度|進捗状況|進捗度|実現度|達成状況|区分|判定)$");

	/** 担当部, 担当課, 所管課: the label of the offices' column, the header's last. */
	private static final Pattern OFFICE_HEADER = Pattern.compile("^(?:担当部|担当課|所管課|所管部|担当部局|担当部署|主管課|担当|所管)$");

	/** An office's name: …部, …課, …室, …局, …センター. */
	private static final String OFFICE = "[^\\s、。（）()]{2,14}(?:部|課|室|局)";

	/** ◎, ○, △, ×, －, S–D: a row's mark, a word of its own. */
	private static final String MARK = "[◎○〇△×▲●－―\\-]|[SABCDＳＡＢＣＤ]";

	/** 1 … ◎ こども未来部, 1-1 … S 子ども家庭課: the line holding the row's number, mark and office. */
	private static final Pattern ANCHOR = Pattern
		.compile("^([0-9０-９]{1,2}(?:[-－‐][0-9０-９]{1,2})?) (?:(\\S.*?) )?(" + MARK + ")(?: (" + OFFICE + "))?$");

	/** …自己負担を月額上限 保健福祉部: a piece of a row ending with a second office of its row. */
	private static final Pattern OFFICE_AT_END = Pattern.compile("^(?:(.*\\S) )?(" + OFFICE + ")$");

	/** 【２】…, ※…, 政策分野２, 項目数 7 S 2 …, 評価 S：達成 …: a heading, note or legend between the rows. */
	private static final Pattern APART = Pattern.compile(
			"^(?:[【［\\[〔※■●◆]|(?:政策分野|基本目標|分野|柱)\\s*[0-9０-９]|第[0-9０-９]{1,2}(?:章|節|編)|項目数|凡例|(?:評価|進捗)\\s+\\S{1,2}[:：])");


	/** A piece of a title, at the most this long. */
	private static final int TITLE_PIECE = 16;

	private SpacedMarkRows() {
	}

	static List<BoxRows.Printed> rows(List<BoxRows.Printed> printed) {
		int first = -1;
		for (int i = 0; i < printed.size() && first < 0; i++) {
			first = isHeader(printed.get(i).text()) ? i : -1;
		}
		if (first < 0 || printed.stream().anyMatch(line -> line.text().indexOf('\t') >= 0)) {
			return printed;
		}
		String header = printed.get(first).text().strip();
		RunningLines running = RunningLines.of(printed);
		List<BoxRows.Printed> out = new ArrayList<>(printed.subList(0, first));
		out.add(new BoxRows.Printed(header.replace(' ', '\t'), printed.get(first).number(), printed.get(first).page()));
		int anchors = 0;
		List<BoxRows.Printed> block = new ArrayList<>();
		for (int i = first + 1; i <= printed.size(); i++) {
			BoxRows.Printed line = i < printed.size() ? printed.get(i) : null;
			String text = line == null ? "" : line.text().strip();
			boolean apart = line == null || text.isEmpty() || text.equals(header) || PageNumbers.isLabelled(text)
					|| running.contains(line) || APART.matcher(text).find() || text.contains("  ");
			if (!apart) {
				block.add(line);
				continue;
			}
			anchors += emit(block, out);
			block.clear();
			if (line != null && !text.equals(header)) {
				out.add(line);
			}
		}
		return anchors == 0 ? printed : out;
	}

	private static boolean isHeader(String text) {
		String stripped = text.strip();
		if (stripped.contains("  ") || stripped.contains("\u3000")) {
			return false;
		}
		String[] labels = stripped.split(" ");
		return labels.length >= 4 && labels.length <= 7 && NUMBER_HEADER.matcher(labels[0]).matches()
				&& OFFICE_HEADER.matcher(labels[labels.length - 1]).matches()
				&& java.util.Arrays.stream(labels).anyMatch(label -> MARK_HEADER.matcher(label).matches());
	}

	/** A line's pieces: the title's, the account's, an office; any may be empty. */
	private record Pieces(String title, String account, String office) {
	}

	/** Puts the block's rows out, its lines as printed when it holds no anchor; how many rows it held. */
	private static int emit(List<BoxRows.Printed> block, List<BoxRows.Printed> out) {
		List<Integer> anchors = new ArrayList<>();
		boolean[] anchored = new boolean[block.size()];
		for (int b = 0; b < block.size(); b++) {
			if (ANCHOR.matcher(block.get(b).text().strip()).matches()) {
				anchors.add(b);
				anchored[b] = true;
			}
		}
		if (anchors.isEmpty()) {
			out.addAll(block);
			return 0;
		}
		// which row each line is of: a row's cells are centred on its anchor, so it reaches about as far below as above;
		// of those reaches, the one where its account ends a sentence
		int[] rowOf = new int[block.size()];
		int above = anchors.get(0);
		for (int a = 0; a < anchors.size(); a++) {
			int from = anchors.get(a);
			int to = a + 1 < anchors.size() ? anchors.get(a + 1) : block.size();
			int below = to - from - 1;
			// the last row too: the lines after its reach are the text after the list, no part of it
			int reach = a + 1 < anchors.size() ? Math.min(above, below) : Math.min(above + 1, below);
			for (int c : new int[] { above, above + 1, above - 1 }) {
				if (c >= 0 && c <= to - from - 1 && account(block.get(from + c).text().strip()).endsWith("。")) {
					reach = c;
					break;
				}
			}
			below = reach;
			for (int b = from; b < to; b++) {
				rowOf[b] = b <= from + below ? a : a + 1;
			}
			above = to - from - 1 - below;
		}
		int end = block.size();
		while (end > 0 && rowOf[end - 1] == anchors.size()) {
			end--;
		}
		// the account's column, as wide as its longest line of the account alone
		int width = 0;
		for (int b = 0; b < end; b++) {
			String text = block.get(b).text().strip();
			if (!anchored[b] && columnGap(text) < 0 && !OFFICE_AT_END.matcher(text).matches()) {
				width = Math.max(width, text.replace(" ", "").length());
			}
		}
		for (int a = 0; a < anchors.size(); a++) {
			int anchor = anchors.get(a);
			Matcher row = ANCHOR.matcher(block.get(anchor).text().strip());
			row.matches();
			List<String> offices = new ArrayList<>();
			StringBuilder title = new StringBuilder();
			StringBuilder account = new StringBuilder();
			// the title's lines: the anchor's and those next to it holding a title's piece, above and below
			int top = anchor;
			while (top - 1 >= 0 && rowOf[top - 1] == a && pieces(block.get(top - 1).text().strip(), true, width).title().length() > 0) {
				top--;
			}
			int bottom = anchor;
			while (bottom + 1 < block.size() && rowOf[bottom + 1] == a
					&& pieces(block.get(bottom + 1).text().strip(), true, width).title().length() > 0) {
				bottom++;
			}
			int rowStart = anchor;
			while (rowStart - 1 >= 0 && rowOf[rowStart - 1] == a) {
				rowStart--;
			}
			for (int b = rowStart; b < end && rowOf[b] == a; b++) {
				String text = b == anchor ? (row.group(2) == null ? "" : row.group(2)) : block.get(b).text().strip();
				Pieces pieces = pieces(text, b >= top && b <= bottom, width);
				title.append(pieces.title());
				account.append(pieces.account());
				if (b == anchor && row.group(4) != null) {
					offices.add(row.group(4));
				}
				else if (!pieces.office().isEmpty()) {
					offices.add(pieces.office());
				}
			}
			BoxRows.Printed printed = block.get(anchor);
			String cells = String.join("\t", row.group(1), title.toString(), account.toString(), row.group(3), String.join("・", offices));
			out.add(new BoxRows.Printed(cells, printed.number(), printed.page()));
		}
		out.addAll(block.subList(end, block.size()));
		return anchors.size();
	}

	/** The pieces of a line of a row, the first a title's when {@code titled} and it reads as one. */
	private static Pieces pieces(String text, boolean titled, int width) {
		String office = "";
		Matcher ends = OFFICE_AT_END.matcher(text);
		if (ends.matches()) {
			office = ends.group(2);
			text = ends.group(1) == null ? "" : ends.group(1);
		}
		int gap = columnGap(text);
		if (gap < 0 && width > 0 && text.replace(" ", "").length() > width + 1) {
			// ング」の全中学校区開催 186人。残る…: longer than the account's column, so a title's piece first, whatever
			// the space beside it
			for (int at = text.indexOf(' '); at > 0 && gap < 0; at = text.indexOf(' ', at + 1)) {
				gap = text.substring(at + 1).replace(" ", "").length() <= width + 1 ? at : -1;
			}
		}
		String head = gap < 0 ? text : text.substring(0, gap);
		boolean title = titled && !head.isEmpty() && head.length() <= TITLE_PIECE && !head.contains("、") && !head.contains("。")
				&& !head.matches("^[0-9０-９].*");
		if (!title) {
			return new Pieces("", text.replace(" ", ""), office);
		}
		return new Pieces(head.replace(" ", ""), gap < 0 ? "" : text.substring(gap + 1).replace(" ", ""), office);
	}

	/**
	 * Where the title's piece ends and the account's begins: the first space between two letters. A space beside a
	 * figure (新規雇用 46人, 入園者数は 25万人) is the extraction's gap before a half-width word inside a cell.
	 */
	private static int columnGap(String text) {
		for (int at = text.indexOf(' '); at > 0 && at + 1 < text.length(); at = text.indexOf(' ', at + 1)) {
			char before = text.charAt(at - 1);
			char after = text.charAt(at + 1);
			if (!isHalfWidthWord(before) && !isHalfWidthWord(after)) {
				return at;
			}
		}
		return -1;
	}

	private static boolean isHalfWidthWord(char c) {
		return c < 0x80 && Character.isLetterOrDigit(c) || c == '%' || c == '.' || c == ',';
	}

	/** What a line says without its office, for where a row's account ends: the anchor's part between number and mark. */
	private static String account(String text) {
		Matcher row = ANCHOR.matcher(text);
		String said = !row.matches() ? text : row.group(2) == null ? "" : row.group(2);
		return pieces(said, false, 0).account();
	}
}
