package org.govreview.readers.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Joins lines that a page width wrapped: no space between Japanese characters, one between Latin words. */
final class Wraps {

	/**
	 * A cell or line that stops mid-phrase, on a particle, a comma, an open bracket or a verb before its noun
	 * (…を活かした, …を推進する): the width of its column wrapped it.
	 */
	static final Pattern UNFINISHED = Pattern
		.compile("(?:[のにをとやはがへでも、・（(]|から|より|ため|など|及び|並びに|により|による|した|された|する|いる|ある|な)$");

	private static final Pattern BRACKETED_QUALIFIER = Pattern.compile("^[（(][^（）()]{1,12}[）)]$");

	/** 地域総務課 over 産業振興課: two departments stacked in one cell, each whole. */
	private static final java.util.regex.Pattern ORGANISATION = java.util.regex.Pattern
		.compile("(?:課|室|局|部|係|所|センター)$");

	private Wraps() {
	}

	static String join(List<String> lines) {
		StringBuilder joined = new StringBuilder();
		for (String line : lines) {
			String part = line.strip();
			if (part.isEmpty()) {
				continue;
			}
			char last = joined.isEmpty() ? ' ' : joined.charAt(joined.length() - 1);
			// ２９ over ５４ (a count per line): two figures, never one number
			if (!joined.isEmpty() && (isLatin(last) && isLatin(part.charAt(0))
					|| Character.isDigit(last) && Character.isDigit(part.charAt(0)))) {
				joined.append(' ');
			}
			joined.append(part);
		}
		return joined.toString();
	}

	/**
	 * A table cell and the rest of it that the column width wrapped onto the next line: joined as {@link #join} does,
	 * but a bulleted rest (・…, ※…), a department under a department, a figure's year under its name (R6年度
	 * 252万人) or a labelled figure (現状：18人) goes on a line of its own.
	 */
	static String joinCell(String cell, String rest) {
		if (cell.isEmpty()) {
			return rest;
		}
		boolean item = rest.matches("^[・•●○◆◇■□※\\-－].*") || rest.matches("^(?:[RH]\\d|令和|平成|\\d{4}年).*")
				|| rest.matches("^[\\p{IsHan}]{1,4}[：:].+")
				|| lastLine(cell).matches("^[\\p{IsHan}]{1,4}[：:].*\\d.*[）)]$")
				|| ORGANISATION.matcher(cell).find() && ORGANISATION.matcher(rest).find();
		// 小・中学校の給食費の負担軽減 over 物価高騰分を市が負担し、…据え置いた。: a whole title, then the sentence on it
		boolean account = !cell.contains("。") && !cell.contains("、") && !cell.contains("\n") && !UNFINISHED.matcher(cell).find()
				&& cell.matches(".*[\\p{IsHan}）)]$") && rest.endsWith("。") && rest.length() >= 12
				&& !rest.matches("^[\\p{IsHiragana}\\p{IsKatakana}ー、。）)].*");
		if (HYPHENATED_KEY.matcher(java.text.Normalizer.normalize(cell, java.text.Normalizer.Form.NFKC).strip()).matches()
				&& rest.matches("^[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}「].*")) {
			// １−１ over 子育て支援の充実: the key of the row, then the name its cell holds under it
			return keyBeforeName(cell, rest);
		}
		return item || account ? cell + "\n" + rest : join(List.of(cell, rest));
	}

	/** 1-1, １−２: a measure's key of two numbers, a PDF's minus sign between them as well as a hyphen. */
	private static final String TWO_NUMBER_KEY = "[0-9０-９]{1,2}[-‐－−][0-9０-９]{1,2}";

	/** A key of two numbers whole in its cell (a bare 12 over か所 is a figure and its unit). */
	private static final Pattern HYPHENATED_KEY = Pattern.compile("^" + TWO_NUMBER_KEY + "$");

	/** １－１　子育て支援の充実, 2-3 観光…: a key of two numbers and a name in one cell. */
	private static final Pattern KEYED_NAME = Pattern.compile("^" + TWO_NUMBER_KEY + "[ 　]+\\S.*$");

	static boolean isKeyedName(String text) {
		return KEYED_NAME.matcher(text).matches();
	}

	/** Whether the cell is a row's key, as {@link #isKeyCell} reads one, a PDF's minus sign (１−１) read as a hyphen. */
	static boolean isPrintedKey(String text) {
		return isKeyCell(text.replace('−', '-'));
	}

	/** The key and the name its merged cell holds, as one cell: the key's minus sign the hyphen it prints. */
	static String keyBeforeName(String key, String name) {
		return key.replace('−', '－') + "　" + name;
	}

	private static String lastLine(String cell) {
		return cell.substring(cell.lastIndexOf('\n') + 1);
	}

	/**
	 * A table row that only continues the row above, as cells wrapped over lines print it: it leaves empty a column
	 * that every row of {@code above} filled, fills at most half of the {@code columns}, and holds no figure and no
	 * total (⇥平均⇥3.4 is a row of its own).
	 */
	static boolean continuesRow(List<String> cells, List<List<Cell>> above, int columns) {
		long filled = cells.stream().filter(cell -> !cell.isEmpty()).count();
		if (filled == 0 || filled * 2 > columns && !(filled < columns && (restsOfCells(cells, above) || figuresLeftEmpty(cells, above)))
				|| java.util.stream.IntStream.range(0, cells.size()).anyMatch(c -> HeaderRows.isFigure(cells.get(c)) && !isNoteRest(cells, c, above)
						|| Words.isTotal(cells.get(c)) && !(c > 0 && isBracketedQualifier(cells.get(c))))) {
			// （累計） under an indicator's name qualifies it: no total row
			return false;
		}
		if (cells.stream().filter(cell -> !cell.isEmpty()).findFirst()
				.filter(GroupBands::opens).isPresent()) {
			// 施策の大綱２ 地域資源を活用した… under a wrapped title: the band that opens the next group
			return false;
		}
		// 施策の大綱２ 地域資源を… | ［分野］産業・観光 among the rows: a band over the rows of a group, no row whose cells count
		List<List<Cell>> rows = above.stream().filter(row -> row.isEmpty() || !GroupBands.opens(row.get(0).text())).toList();
		List<List<Cell>> told = rows.isEmpty() ? above : rows;
		for (int c = 0; c < columns; c++) {
			int column = c;
			boolean alwaysFilled = told.stream().allMatch(row -> column < row.size() && !row.get(column).isEmpty());
			if (alwaysFilled && (c >= cells.size() || cells.get(c).isEmpty())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * 8,116冊 under R2は臨時休館（延べ46日）により24 in the last column: the rest of a note the column's width cut inside
	 * its figure, no figure of a row of its own.
	 */
	private static boolean isNoteRest(List<String> cells, int c, List<List<Cell>> above) {
		if (above.isEmpty() || c + 1 != cells.size() || c == 0) {
			return false;
		}
		List<Cell> last = above.get(above.size() - 1);
		String over = c < last.size() ? last.get(c).text() : "";
		return over.length() >= MIN_NOTE && !HeaderRows.isFigure(over) && over.matches(".*[\\p{IsHan}\\p{IsHiragana}].*[0-9０-９]$")
				&& cells.get(c).strip().matches("^[0-9０-９,，].*");
	}

	/** How long a note is, at the least, to have a figure's rest wrapped under it. */
	private static final int MIN_NOTE = 10;

	/**
	 * A line that goes on with the record above in a table whose records start with a day or a key (７月８日（月）,
	 * (1), ①) and run over several lines, every column wrapped (１３：３０～ | （総社市役所） | 就労支援の取組に):
	 * it starts with no day or key, holds no figure, and at least two of its columns visibly go on from the cells
	 * above (a cut word, an open bracket, a bracketed qualifier, a cell that starts with kana).
	 */
	static boolean continuesRecord(List<String> cells, List<List<Cell>> rows, int headerRows) {
		if (rows.size() <= headerRows || cells.isEmpty()) {
			return false;
		}
		int columns = rows.stream().mapToInt(List::size).max().orElse(0);
		String startKey = java.text.Normalizer.normalize(rows.get(headerRows).get(0).text(), java.text.Normalizer.Form.NFKC);
		String key = java.text.Normalizer.normalize(cells.get(0), java.text.Normalizer.Form.NFKC);
		if (cells.size() > columns || !RECORD_KEY.matcher(startKey).lookingAt() || RECORD_KEY.matcher(key).lookingAt()
				|| cells.stream().anyMatch(cell -> HeaderRows.isFigure(cell) || Words.isTotal(cell))) {
			return false;
		}
		if (cells.stream().anyMatch(cell -> cell.startsWith("※"))
				|| cells.stream().filter(cell -> !cell.isBlank()).findFirst().filter(Words::isRowLabel).isPresent()) {
			// ⇥※達成率は表示上、…: a note under the records, none of them; ⇥【分野の所見】⇥…: a row of its own
			return false;
		}
		if (numberedRecords(rows, headerRows) && (key.isBlank() || cells.size() >= 2 && cells.size() < columns
				&& !RECORD_KEY.matcher(key).lookingAt())) {
			// １ | ゼロカーボンシティの | ・公共施設への太陽光発電設 then ⇥実現に向けた取組の推⇥備の導入（２施設）: records
			// numbered 1, 2, 3 … in their own column, a line without a number goes on the record above (a PDF drops
			// its blank number cell, leaving the line short of the table's columns)
			return true;
		}
		List<Cell> above = rows.get(rows.size() - 1);
		int signals = 0;
		for (int c = 1; c < cells.size(); c++) {
			String cell = cells.get(c);
			String over = c < above.size() ? above.get(c).text() : "";
			if (cell.isEmpty() || over.isEmpty()) {
				continue;
			}
			if (cell.matches("^[\\p{IsHiragana}）)」』].*") || isBracketedQualifier(cell) || cell.matches("^[（(][^）)]*$")
					|| over.matches(".*[\\p{IsHiragana}・、（(]$") || unbalanced(over)) {
				signals++;
			}
		}
		return signals >= 2;
	}

	/**
	 * A line that holds the last cells of the row above, which the page's width pushed onto a line of their own: the
	 * row above is short of the header's columns, this line starts with empty cells, and its filled cells make up
	 * exactly the columns the row lacks, the first of them a figure or a mark (9, B, 300).
	 */
	static boolean completesShortRow(List<String> cells, List<List<Cell>> rows, int headerRows) {
		if (headerRows == 0 || rows.size() <= headerRows) {
			return false;
		}
		int columns = rows.get(headerRows - 1).size();
		List<Cell> above = rows.get(rows.size() - 1);
		int lead = leadingEmpty(cells);
		int rest = cells.size() - lead;
		return lead >= 1 && rest >= 1 && above.size() < columns && above.size() + rest == columns
				&& cells.subList(lead, cells.size()).stream().noneMatch(String::isEmpty)
				&& above.stream().skip(2).noneMatch(Cell::isEmpty)
				&& (HeaderRows.isFigure(cells.get(lead)) || cells.get(lead).strip().matches("^[A-ZＡ-Ｚ◎○△×－-]$"));
	}

	/** How many empty cells a line starts with. */
	static int leadingEmpty(List<String> cells) {
		int lead = 0;
		while (lead < cells.size() && cells.get(lead).isEmpty()) {
			lead++;
		}
		return lead;
	}

	/** ７月８日, (1), ①, a bare 1: how a record of a table starts. */
	private static final Pattern RECORD_KEY = Pattern.compile("^(?:\\d{1,2}月\\d{1,2}日|[(（]\\d{1,2}[)）]|\\d{1,2}[.．]|[①-⑳]|\\d{1,2}$)");

	/**
	 * The body's first cells so far number its records: the first is 1, the last filled one a bare number, each alone in
	 * its cell, blank between them.
	 */
	private static boolean numberedRecords(List<List<Cell>> rows, int headerRows) {
		if (rows.size() <= headerRows || !"1".equals(key(rows.get(headerRows)))) {
			return false;
		}
		for (int r = rows.size() - 1; r >= headerRows; r--) {
			String key = key(rows.get(r));
			if (!key.isEmpty()) {
				return key.matches("\\d{1,3}");
			}
		}
		return false;
	}

	private static String key(List<Cell> row) {
		return row.isEmpty() ? "" : java.text.Normalizer.normalize(row.get(0).text(), java.text.Normalizer.Form.NFKC).strip();
	}

	/** （累計）, （R5）, （年間）: a short bracketed word that qualifies the text above it. */
	static boolean isBracketedQualifier(String text) {
		return BRACKETED_QUALIFIER.matcher(text).matches();
	}

	/** The row moved right by {@code by} empty cells, as a PDF that dropped its leading empty cells lost them. */
	static List<Cell> shiftedRight(List<Cell> row, int by) {
		List<Cell> shifted = new ArrayList<>();
		while (shifted.size() < by) {
			shifted.add(new Cell("", row.get(0).location()));
		}
		shifted.addAll(row);
		return shifted;
	}

	/**
	 * Rows whose first line holds only the leading cells, the last of them cut (1⇥地域子育て支援センターの年間), and
	 * whose next line leaves the cells before the cut empty and goes on with its rest and the remaining cells
	 * (⇥利用者数⇥人⇥42,310…): joined into one row. The line after must start a row of its own, so a group label row
	 * over several rows that leave its column empty stays a row.
	 */
	static void joinCutRows(List<List<Cell>> rows, int headerRows) {
		int columns = rows.stream().mapToInt(List::size).max().orElse(0);
		for (int i = Math.max(headerRows, 0); i + 1 < rows.size(); i++) {
			List<Cell> stub = rows.get(i);
			List<Cell> rest = rows.get(i + 1);
			int cut = lastFilled(stub);
			if (cut >= 1 && rest.size() + cut == columns && !rest.get(0).isEmpty() && !HeaderRows.isFigure(rest.get(0).text())) {
				// a PDF drops the empty cells that lead the rest: put them back
				rest = shiftedRight(rest, cut);
			}
			if (cut < 1 || (cut + 1) * 2 > columns || HeaderRows.isFigure(stub.get(cut).text()) || rest.size() <= cut + 1
					|| rest.get(cut).isEmpty() || HeaderRows.isFigure(rest.get(cut).text())
					|| rest.subList(cut + 1, rest.size()).stream().allMatch(Cell::isEmpty)
					|| rest.subList(0, cut).stream().anyMatch(cell -> !cell.isEmpty())
					|| i + 2 < rows.size() && (rows.get(i + 2).isEmpty() || rows.get(i + 2).get(0).isEmpty())) {
				continue;
			}
			joinRow(stub, rest);
			rows.remove(i + 1);
		}
	}

	private static int lastFilled(List<Cell> row) {
		for (int c = row.size() - 1; c >= 0; c--) {
			if (!row.get(c).isEmpty()) {
				return c;
			}
		}
		return -1;
	}

	/**
	 * A line that leaves empty every column in which each row above holds a figure (two or more such columns), as the
	 * second line of a row wrapped by pdftotext -layout does (地域の稼ぐ力を高め、 | の成長支援 | （累計） | （H30） under
	 * 基本目標１ | (1) 企業誘致と地元企業 | 企業誘致による新規雇用者数 | 125人 | 600人 | 512人).
	 */
	private static boolean figuresLeftEmpty(List<String> cells, List<List<Cell>> above) {
		int columns = above.stream().mapToInt(List::size).max().orElse(0);
		int figureColumns = 0;
		for (int c = 0; c < columns; c++) {
			int column = c;
			if (above.stream().allMatch(row -> column < row.size() && HeaderRows.isDatedFigure(row.get(column).text()))) {
				if (column < cells.size() && !cells.get(column).isEmpty() && !isBracketedQualifier(cells.get(column))) {
					return false;
				}
				figureColumns++;
			}
		}
		return figureColumns >= 2;
	}

	/**
	 * Whether every filled cell only ends the cell above it: a year in brackets ((R5)) or words under a cell that stops
	 * mid-phrase (…の流 / れをつくる, 社会増減数（転入者数－ / 転出者数）).
	 */
	private static boolean restsOfCells(List<String> cells, List<List<Cell>> above) {
		if (above.isEmpty()) {
			return false;
		}
		List<Cell> last = above.get(above.size() - 1);
		boolean filled = false;
		for (int c = 0; c < cells.size(); c++) {
			String cell = cells.get(c);
			if (cell.isEmpty()) {
				continue;
			}
			filled = true;
			String over = c < last.size() ? last.get(c).text() : "";
			boolean cut = !over.isEmpty() && (over.matches(".*[\\p{IsHiragana}－\\-・、（(]$") || unbalanced(over)
					|| cell.matches("^\\p{IsHiragana}.*"));
			if (!isBracketedQualifier(cell) && !cut) {
				// a cell that does not go on from the one above is a new item of its column (a new action beside a
				// wrapped title)
				return false;
			}
		}
		return filled;
	}

	/** 326手続）: more brackets closed than opened, the rest of a bracket a line before opened. */
	static boolean closesBracket(String text) {
		return text.chars().filter(c -> c == '）' || c == ')').count() > text.chars().filter(c -> c == '（' || c == '(').count();
	}

	static boolean unbalanced(String text) {
		return text.chars().filter(c -> c == '（' || c == '(').count() > text.chars().filter(c -> c == '）' || c == ')').count();
	}

	/**
	 * A line that holds the rest of the row above with that row's figures shared out between the two lines, as
	 * pdftotext -layout prints a row whose cells wrap at different heights (男女共同参画推進企業の認定 | 186社（R1） |
	 * … | 男女共同参画課 over 数（累計） | | 250社 | 241社 | ○, beside 女性の活躍とワー over ク・ライフ…): each figure
	 * stands where the row above left its cell empty, each word where the row above has words too, and one of those
	 * visibly goes on from the word over it (a cut word, a kana start).
	 */
	static boolean completesRow(List<String> cells, List<Cell> last) {
		boolean figures = false;
		boolean cut = false;
		boolean lastFigures = last.stream().anyMatch(cell -> HeaderRows.isDatedFigure(cell.text()));
		for (int c = 0; c < cells.size(); c++) {
			String cell = cells.get(c);
			if (cell.isEmpty()) {
				continue;
			}
			String over = c < last.size() ? last.get(c).text() : "";
			if (HeaderRows.isDatedFigure(cell)) {
				if (!over.isEmpty()) {
					return false;
				}
				figures = true;
			}
			else if (over.isEmpty() || HeaderRows.isDatedFigure(over)) {
				return false;
			}
			else {
				cut |= over.matches(".*[\\p{IsHiragana}\\p{IsKatakana}ー－・、（(]$") || cell.matches("^[\\p{IsHiragana}\\p{IsKatakana}ー].*");
			}
		}
		return figures && lastFigures && cut;
	}

	/** The longest rest of a name its cell's width put on the row's second line (助件数（累計）). */
	private static final int REST_OF_NAME = 8;

	/** 割合, 受講者数（累計）, リサイクル率: a name that ends in what it measures, whole. */
	private static final java.util.regex.Pattern MEASURED = java.util.regex.Pattern
		.compile(".*(?:割合|率|数|額|量|時間|距離|面積|人口)(?:[（(][^（）()]{1,12}[）)])?$");

	/**
	 * True when a line without figures, under a row whose words each end in what they measure (割合, 率), opens the row
	 * below it rather than going on from the one above: the words it holds stop short of a measure, and the line below
	 * holds figures and, over each of those words, the rest of them (設置補 then 助件数（累計）). {@code above} is null for
	 * a table's first row.
	 */
	static boolean startsRowBelow(List<String> cells, List<Cell> above, List<Cell> below) {
		if (cells.stream().anyMatch(HeaderRows::isFigure) || below.stream().noneMatch(cell -> HeaderRows.isDatedFigure(cell.text()))) {
			return false;
		}
		boolean filled = false;
		for (int c = 0; c < cells.size(); c++) {
			String cell = cells.get(c);
			if (cell.isEmpty()) {
				continue;
			}
			filled = true;
			// the table's first row has no row above it to finish: only the line's own words and the rest below decide
			boolean aboveFinished = above == null
					|| MEASURED.matcher(c < above.size() ? lastLine(above.get(c).text()) : "").matches();
			String under = c < below.size() ? below.get(c).text() : "";
			// （市民意識調査） under …の割合: the source of the name above, no name of its own
			if (!aboveFinished || MEASURED.matcher(cell).matches() || cell.matches("^[（(].*")
					|| under.isEmpty() || under.length() > REST_OF_NAME
					|| HeaderRows.isFigure(under) || !MEASURED.matcher(cell + under).matches()) {
				return false;
			}
		}
		return filled;
	}

	/**
	 * True when the line below a row without figures gives that row its figures: it holds figures only where the row is
	 * empty, leaves the first column empty, and each of its other cells finishes a cell of the row (の参加者数, 月平均）).
	 */
	static boolean figuresBelow(List<String> cells, List<Cell> below) {
		if (cells.stream().anyMatch(HeaderRows::isDatedFigure) || below.isEmpty() || !below.get(0).isEmpty()) {
			return false;
		}
		boolean figures = false;
		boolean finishes = false;
		for (int c = 1; c < below.size(); c++) {
			String cell = below.get(c).text();
			if (cell.isEmpty()) {
				continue;
			}
			String over = c < cells.size() ? cells.get(c) : "";
			if (HeaderRows.isDatedFigure(cell) || isUnitCell(cell)) {
				if (!over.isEmpty()) {
					return false;
				}
				figures |= HeaderRows.isDatedFigure(cell);
			}
			else if (over.isEmpty() || !(cell.matches("^[\\p{IsHiragana}ー].*|^[^（(]*[）)].*") || UNFINISHED.matcher(over).find())) {
				return false;
			}
			else {
				finishes = true;
			}
		}
		return figures && finishes;
	}

	/** ％, 人, 時間, 手続: a unit column's cell, too short to be a name's rest. */
	private static boolean isUnitCell(String cell) {
		return cell.strip().length() <= 3 && cell.matches("[^0-9０-９\\p{IsHiragana}]+");
	}

	/** Joins each filled cell of {@code row} into the cell of {@code last} above it, padding {@code last} as needed. */
	static void joinRow(List<Cell> last, List<Cell> row) {
		if (!row.isEmpty() && !row.get(0).isEmpty() && row.size() < last.size() && !last.isEmpty()
				&& KEY_CELL.matcher(java.text.Normalizer.normalize(last.get(0).text(), java.text.Normalizer.Form.NFKC).strip()).matches()) {
			// 2-1 | 地域包括ケアシステムの深化と在宅医 | … then 療・介護連携の推進 | 多職種研修…: a PDF dropped the empty
			// cell under the key, and no key goes on over two lines
			row = shiftedRight(row, 1);
		}
		for (int c = 0; c < row.size(); c++) {
			if (row.get(c).isEmpty()) {
				continue;
			}
			while (last.size() <= c) {
				last.add(new Cell("", row.get(last.size()).location()));
			}
			Cell above = last.get(c);
			last.set(c, new Cell(joinCell(above.text(), row.get(c).text()), above.location()));
		}
	}

	/** Whether the cell is a row's key and nothing else: 2-1, 12, (3), ③, No.4. */
	static boolean isKeyCell(String text) {
		return KEY_CELL.matcher(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).strip()).matches();
	}

	/** 2-1, 12, (3), ③, No.4: a row's key, whole in its cell. */
	private static final Pattern KEY_CELL = Pattern.compile("^(?:No\\.?\\s*)?(?:\\d{1,3}(?:[-‐－]\\d{1,3}){0,2}|\\(\\d{1,3}\\)|[①-⑳])$");

	private static boolean isLatin(char c) {
		return c < 0x3000 && Character.isLetterOrDigit(c);
	}
}
