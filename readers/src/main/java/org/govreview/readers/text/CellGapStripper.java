package org.govreview.readers.text;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFBox's text stripper, sorted by position, that writes a tab where a line's glyphs are table cells apart, so that
 * a table read from a PDF has the cells a tab-separated extraction of the same table has, whatever program made the
 * PDF. Two signs of a cell boundary:
 * <ul>
 * <li>a gap of at least {@link #CELL_GAP} glyph widths between words (cells drawn apart, column gutters), a narrow
 * glyph counting as most of a full-width one;</li>
 * <li>a word processor's tab stop: the text continues with no gap, but in a new text-showing operation in the same
 * font, starting where a new operation starts on at least one other line of the page (a column's left edge), or on
 * the document's grid of default tab stops ({@link TabStopGrid}: LibreOffice and Word print a tab as a jump to the
 * next multiple of a fixed distance, so cells of one column start at different stops on different lines). A font
 * change (Latin digits in a Japanese line) also starts a new operation and is not a boundary.</li>
 * </ul>
 * A line that stands well below the usual gap between lines gets a blank line before it, as the text it was printed
 * from had, so that tables and paragraphs stay apart. One instance per document: not thread-safe.
 */
final class CellGapStripper extends PDFTextStripper {

	/** In widths of the glyph before the gap: more than a space, less than any column gutter seen in reports. */
	static final float CELL_GAP = 1.8f;

	/**
	 * In glyph widths, for a typeset page: TeX sets Japanese glyphs solid and spaces words by a third of an em, and
	 * parts a table's columns by twice its column padding (12pt), so a gap wider than a \\quad parts cells.
	 */
	static final float TYPESET_CELL_GAP = 1.3f;

	/** In line gaps: a blank line of the same font is two, paragraph spacing in reports is well under it. */
	static final float BLANK_LINE = 1.7f;

	private final Map<TextPosition, Boolean> operationStarts = new IdentityHashMap<>();

	/** Whether the document's producer prints a tab as a jump to a stop (an office suite), not a browser. */
	private boolean tabStopsDrawn = true;

	private final Map<Long, Integer> operationStartsAt = new HashMap<>();

	/** 1 温室効果ガス…, （２）, ③, Ⅳ, 第３章: a numbered line, which no wrap starts. */
	private static final Pattern NUMBERED = Pattern
		.compile("^(?:[0-9０-９]{1,2}(?:[\\s　、)）]|[.．](?![0-9０-９]))|[（(][0-9０-９]{1,2}[）)]|[①-⑳]|[IVXⅠ-Ⅻ]{1,4}[\\s　.．]|第[0-9０-９一二三四五六七八九十]{1,3}[章節条])");

	/** 12　　　8　　　4: figures set apart in cells, the rest of a row, no numbered line. */
	private static final Pattern FIGURES_APART = Pattern.compile("^[0-9０-９][0-9０-９,.]*[ 　]{2}");

	private static boolean isBoxDrawing(char c) {
		return c >= 0x2500 && c <= 0x257F;
	}

	/** 6,215, △12, 83.1％: a figure alone, a cell of its own, spaces or nothing after it. */
	private static final Pattern FIGURE_CELL = Pattern.compile("^[△▲]?[0-9０-９][0-9０-９,，.．]*[%％]?(?:[ 　]{2,}|$)");

	/** A box's right border, which closes its row: a line ending with it was not broken by the page. */
	private static final String BOX_ENDS = "│┤┐┘┃┫┓┛|+";

	/** A box's left border, which opens a row or a rule of its own. */
	private static final String BOX_STARTS = "│├┌└┃┣┏┗|+";

	/** Closing punctuation and small kana, which Japanese line breaking never puts first on a line (kinsoku). */
	static final String NO_LINE_START = "。、，．,.：；:;？！?!）)］]」』】〕｝}〉》ーぁぃぅぇぉっゃゅょァィゥェォッャュョ々…‥";

	/** Opening brackets, which Japanese line breaking never leaves last on a line. */
	static final String NO_LINE_END = "（(［[「『【〔｛{〈《";

	/** A glyph that opens a line of its own: a bullet, a note mark, a bracketed heading. */
	private static final Pattern ITEM_START = Pattern.compile("[・●■◆◇□※【〔＜<]");

	private final TabStopGrid grid = new TabStopGrid();

	/** Written at the end of a line of running text that the page's right edge broke (a private-use character). */
	static final char SOFT_WRAP = '\uE000';

	private boolean softWrap;

	private boolean operationStarting;

	private TextPosition lastWritten;

	private boolean separatorPending;

	private float lastEnd = Float.NaN;

	private float lastWidth;

	private float lastFontSize;

	private char lastChar = 'x';

	private boolean lineStarting = true;

	private float lastLineY = Float.NaN;

	private float lastLineGap = Float.NaN;

	private TextMargins margins;

	private PDPage page;

	private boolean breakDeferred;

	private char lastLineChar;

	/** The last characters written on the line, and whether the line broken off ended a sentence with them. */
	private String lastWords = "";

	private boolean endsSentence;

	/** Whether the line being written, and the line broken off, set out cells (tabs, runs of spaces). */
	private boolean rowSeen;

	private boolean brokenRow;

	/** Whether the line being written, and the line broken off, have a gap wide enough to part cells. */
	private boolean cellSeen;

	private boolean brokenCells;

	/** The pipes (| or ｜) the line has so far: two or more make it a Markdown table's row. */
	private int pipes;

	/** The line held back is a Markdown row that its closing pipe has not ended yet: the page broke it, whatever it ends with. */
	private boolean openPipeRow;

	/** Each glyph of the page's lines, by identity, to the line it stands on (its index in {@link #pageLines}). */
	private final Map<TextPosition, Integer> lineOf = new IdentityHashMap<>();

	private List<LineExtent> pageLines = List.of();

	private int lastLineIndex = -1;

	/** The last line of the page before, when the page's end may have broken it. */
	private LineExtent carried;

	/**
	 * Where a line's drawn text ends (its spaces included: a word processor breaks a line at a space it draws), where
	 * its text starts, and how wide its first unbreakable piece is: one Japanese character, or a Latin word.
	 */
	private record LineExtent(float end, float start, float firstPiece, float size, String head, float trailingSpace, float run,
			float drawnStart, float textStart) {
	}

	CellGapStripper() {
		setSortByPosition(true);
		setPageStart("\f");
	}

	@Override
	protected void endDocument(PDDocument document) throws IOException {
		if (breakDeferred) {
			// the last page's last line: nothing follows it to continue it
			breakDeferred = false;
			carried = null;
			super.writePageEnd();
		}
		super.endDocument(document);
	}

	private static final java.util.regex.Pattern BROWSER_PRODUCER = java.util.regex.Pattern.compile("Skia/PDF|^Qt \\d|WeasyPrint");

	/** LuaTeX, pdfTeX, XeTeX (xdvipdfmx), dvipdfmx: a typesetter, whose tables rule groups of rows, not each row. */
	private static final java.util.regex.Pattern TYPESETTER_PRODUCER = java.util.regex.Pattern.compile("TeX|dvipdfmx");

	/** Whether the document was typeset by TeX. */
	private boolean typeset;

	/** The top and bottom of each table of the page a typesetter ruled only across. */
	private List<float[]> typesetTables = List.of();

	/** Whether the document read last was typeset by TeX. */
	boolean typeset() {
		return typeset;
	}

	@Override
	protected void startDocument(PDDocument document) throws IOException {
		margins = TextMargins.of(document);
		String producer = document.getDocumentInformation() == null ? null : document.getDocumentInformation().getProducer();
		// a browser's page (Chromium's Skia/PDF, wkhtmltopdf's Qt, WeasyPrint) has no tab stops: its cells stand apart
		// by their padding, its runs (letter-spaced, kerned, after a space) start where they start
		tabStopsDrawn = producer == null || !BROWSER_PRODUCER.matcher(producer).find();
		typeset = producer != null && TYPESETTER_PRODUCER.matcher(producer).find();
		super.startDocument(document);
	}

	@Override
	protected void startPage(PDPage page) throws IOException {
		this.page = page;
		operationStarts.clear();
		operationStartsAt.clear();
		lastLineY = Float.NaN;
		lastLineGap = Float.NaN;
		super.startPage(page);
	}

	@Override
	protected void showText(byte[] string) throws IOException {
		operationStarting = true;
		super.showText(string);
	}

	@Override
	protected void processTextPosition(TextPosition glyph) {
		TextPosition text = glyph.getUnicode() != null && glyph.getUnicode().length() == 1 && glyph.getUnicode().charAt(0) < ' '
				? asSpace(glyph) : glyph;
		if (operationStarting) {
			operationStarts.put(text, Boolean.TRUE);
			operation = new int[1];
			operationStarting = false;
		}
		if (operation != null) {
			operation[0]++;
			operationOf.put(text, operation);
		}
		super.processTextPosition(text);
	}

	/** A space a font's text map gives as a control character (wkhtmltopdf's give a tab): the space it draws. */
	private static TextPosition asSpace(TextPosition glyph) {
		return new TextPosition(glyph.getRotation(), glyph.getPageWidth(), glyph.getPageHeight(), glyph.getTextMatrix(),
				glyph.getEndX(), glyph.getEndY(), glyph.getHeight(), glyph.getIndividualWidths()[0], glyph.getWidthOfSpace(), " ",
				glyph.getCharacterCodes(), glyph.getFont(), glyph.getFontSize(), (int) glyph.getFontSizeInPt());
	}

	/** The glyph count of the text-showing operation being read, shared by the glyphs it draws. */
	private int[] operation;

	private final Map<TextPosition, int[]> operationOf = new IdentityHashMap<>();

	/**
	 * Calc's figures and Writer's justified lines are drawn a glyph an operation, each glyph where the one before
	 * ended: such a glyph starts no cell, though the next row's digits start operations at the same places.
	 */
	private void placedGlyphByGlyph(List<TextPosition> line) {
		List<TextPosition> spaced = new ArrayList<>();
		List<Float> steps = new ArrayList<>();
		int wide = 0;
		for (int i = 1; i < line.size(); i++) {
			TextPosition before = line.get(i - 1);
			TextPosition glyph = line.get(i);
			if (!operationStarts.containsKey(glyph)) {
				continue;
			}
			float gap = Math.abs(gap(before, glyph));
			if (gap <= ROUNDING && isOneGlyphOperation(glyph) && isOneGlyphOperation(before) && isFigureGlyph(before.getUnicode())
					&& isFigureGlyph(glyph.getUnicode())) {
				// 4,820 drawn digit by digit
				operationStarts.remove(glyph);
			}
			else if (gap > EXACT && gap < ONE_GLYPH_GAP * glyph.getFontSizeInPt()) {
				spaced.add(glyph);
				steps.add(gap);
				wide += isWide(before.getUnicode()) && isWide(glyph.getUnicode()) ? 1 : 0;
			}
		}
		// 28項目に|ついて、|各項目の担当|課が令|和６年度: a justified line of Japanese drawn in runs, or a glyph a run, each
		// moved by its share of the spacing; one such step is ambiguous (a stop a tab reached, a Latin word's space), a
		// line of them sets out no cells
		if (wide >= MANY_SPACED && evenlySpaced(steps)) {
			spaced.forEach(operationStarts::remove);
		}
	}

	/**
	 * Justification moves every step of a line by about the same amount (0.39 or 0.49, -0.10 or 0.09): steps of
	 * unequal size are tabs that stopped short of their stops.
	 */
	private static boolean evenlySpaced(List<Float> steps) {
		List<Float> sorted = new ArrayList<>(steps);
		sorted.sort(null);
		// a step that fell where two glyphs' shares met (0.09, 0.19, then 0.29) is no tab in a line of many; nor is one
		// nearly flush (a space's narrow glyph before ×), which starts no cell anyway
		float least = sorted.get(sorted.size() / OUTLIERS);
		float most = sorted.get(sorted.size() - 1 - sorted.size() / OUTLIERS);
		return most - least <= EVEN && most <= JUSTIFIED_STEP;
	}

	/** One step in this many may stand apart from the rest of a justified line's. */
	private static final int OUTLIERS = 8;

	/** In points: how far a figure's digits drawn one by one stand off each other by rounding. */
	private static final float ROUNDING = 0.2f;

	/** In font sizes: the most a justified line's runs stand off each other. */
	private static final float ONE_GLYPH_GAP = 0.25f;

	private static final int MANY_SPACED = 3;

	/** In points: how much the steps of one justified line differ at most, by rounding. */
	private static final float EVEN = 0.15f;

	/** In points: the widest step justification gives a glyph of a line that is not stretched to a few words. */
	private static final float JUSTIFIED_STEP = 0.6f;

	/** In points: a run this close to the end of the last starts exactly there: a change of font, a stop. */
	private static final float EXACT = 0.005f;

	private static boolean isFigureGlyph(String unicode) {
		return unicode.length() == 1 && "0123456789,.%".indexOf(unicode.charAt(0)) >= 0;
	}

	static boolean isWide(String unicode) {
		return !unicode.isEmpty() && isWide(unicode.charAt(0));
	}

	private boolean isOneGlyphOperation(TextPosition glyph) {
		int[] count = operationOf.get(glyph);
		return count != null && count[0] == 1;
	}

	/** The HTML of the ruled tables read so far, each written where its placeholder stands. */
	private final List<String> tables = new ArrayList<>();

	/**
	 * Stands for a ruled table in the text until {@link #withTables} puts the table's HTML in its place: Unicode
	 * noncharacters, which no document's text holds.
	 */
	private static final Pattern TABLE_PLACE = Pattern.compile("\uFDD0([0-9]+)\uFDD1");

	static boolean isTablePlace(String unicode) {
		return unicode.startsWith("\uFDD0");
	}

	/**
	 * A bullet drawn as a dot, not a glyph (a browser's list items), written as ・ before the text it marks, so that each
	 * item starts a line of its own as a printed ・ would.
	 */
	private void bulletsPlaced(List<float[]> dots, List<TextPosition> glyphs) {
		for (float[] dot : dots) {
			float middle = (dot[1] + dot[3]) / 2;
			TextPosition marked = null;
			boolean covered = false;
			for (TextPosition glyph : glyphs) {
				if (!upright(glyph) || glyph.getUnicode().isBlank()) {
					continue;
				}
				// PDFBox's glyph height is often half an em short: a glyph's box is its font size tall at the least
				float top = glyph.getYDirAdj() - Math.max(glyph.getHeightDir(), GLYPH_BOX * glyph.getFontSizeInPt());
				float bottom = glyph.getYDirAdj();
				if (middle < top - 1 || middle > bottom + 1) {
					continue;
				}
				float x = glyph.getXDirAdj();
				if (x < dot[2] && x + glyph.getWidthDirAdj() > dot[0]) {
					covered = true;
				}
				else if (x >= dot[2] && x - dot[2] <= BULLET_GAP * glyph.getFontSizeInPt()
						&& (marked == null || x < marked.getXDirAdj())) {
					marked = glyph;
				}
			}
			if (covered || marked == null) {
				continue;
			}
			org.apache.pdfbox.util.Matrix matrix = marked.getTextMatrix().clone();
			matrix.setValue(2, 0, matrix.getTranslateX() - (marked.getXDirAdj() - dot[0]));
			TextPosition bullet = new TextPosition(0, marked.getPageWidth(), marked.getPageHeight(), matrix,
					marked.getEndX(), marked.getEndY(), marked.getHeight(), marked.getXDirAdj() - dot[0], marked.getWidthOfSpace(),
					"・", new int[] { 0 }, marked.getFont(), marked.getFontSize(), (int) marked.getFontSizeInPt());
			charactersByArticle.get(0).add(bullet);
			drawnAs.put(bullet, marked);
		}
	}

	/** In font sizes: how tall a glyph's box is at the least, over its baseline. */
	private static final float GLYPH_BOX = 0.8f;

	/** In font sizes: how far right of its bullet an item's text starts at most. */
	private static final float BULLET_GAP = 3;

	/**
	 * The page's ruled tables taken out of its glyphs, each replaced by one placeholder glyph where its first glyph
	 * stood, so that the table comes in the text where it stands on the page.
	 */
	private void rulingsRead() {
		typesetTables = List.of();
		List<RuledTables.Table> ruled;
		try {
			List<TextPosition> glyphs = charactersByArticle.stream().flatMap(List::stream).toList();
			if (glyphs.isEmpty()) {
				return;
			}
			List<float[]> dots = new ArrayList<>();
			List<RuledTables.Rule> rules = RuledTables.rules(page, glyphs, dots);
			if (page.getRotation() == 0) {
				// a bullet set as a glyph is set unturned; a turned page's dots stay shapes
				bulletsPlaced(dots, glyphs);
			}
			glyphs = charactersByArticle.stream().flatMap(List::stream).toList();
			RuledTables.Ruled read = RuledTables.read(rules, glyphs, typeset);
			ruled = read.tables();
			typesetTables = read.across();
		}
		catch (IOException | RuntimeException unreadable) {
			// a page whose drawing cannot be followed has its text read without tables
			return;
		}
		if (ruled.isEmpty() || charactersByArticle.isEmpty()) {
			return;
		}
		List<RuledTables.Table> taken = new ArrayList<>();
		for (RuledTables.Table table : ruled) {
			if (taken.stream().anyMatch(outer -> outer.contains(table))) {
				// a table set in a cell of one already read is part of that cell's text
				continue;
			}
			List<TextPosition> held = new ArrayList<>();
			charactersByArticle.forEach(article -> article.stream().filter(table::holds).forEach(held::add));
			if (!RuledTables.plausible(table, held)) {
				continue;
			}
			taken.add(table);
			String html = RuledTables.html(table, held);
			java.util.Set<TextPosition> gone = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
			gone.addAll(held);
			charactersByArticle.forEach(article -> article.removeIf(gone::contains));
			TextPosition first = held.stream()
				.min(Comparator.comparingDouble(TextPosition::getYDirAdj).thenComparingDouble(TextPosition::getXDirAdj))
				.orElseThrow();
			TextPosition place = new TextPosition(0, first.getPageWidth(), first.getPageHeight(), first.getTextMatrix(),
					first.getEndX(), first.getEndY(), first.getHeight(), first.getWidthDirAdj(), first.getWidthOfSpace(),
					"\uFDD0" + tables.size() + "\uFDD1", new int[] { 0 }, first.getFont(), first.getFontSize(),
					(int) first.getFontSizeInPt());
			charactersByArticle.get(0).add(place);
			drawnAs.put(place, held.stream().min(Comparator.comparingInt(glyph -> rank.getOrDefault(glyph, 0))).orElseThrow());
			frames.put(place, new float[] { table.xs()[0], table.xs()[table.xs().length - 1], table.ys()[0],
					table.ys()[table.ys().length - 1] });
			tables.add(html);
		}
	}

	/** The document's text, each ruled table's HTML on lines of its own where the table stands. */
	@Override
	public String getText(PDDocument document) throws IOException {
		return withTables(super.getText(document));
	}

	/** The text with each ruled table's HTML on lines of its own in the place of its placeholder. */
	private String withTables(String text) {
		return TABLE_PLACE.matcher(text).replaceAll(place -> java.util.regex.Matcher
			.quoteReplacement("\n" + tables.get(Integer.parseInt(place.group(1))) + "\n"));
	}

	@Override
	protected void writePage() throws IOException {
		rank.clear();
		drawnAs.clear();
		frames.clear();
		// a glyph whose text PDFBox merged into the glyph before it (wkhtmltopdf's pages have many): nothing left to place
		charactersByArticle.forEach(article -> article.removeIf(glyph -> glyph.getUnicode() == null || glyph.getUnicode().isEmpty()));
		charactersByArticle.stream().flatMap(List::stream).forEach(glyph -> rank.put(glyph, rank.size()));
		rulingsRead();
		// a line's drawing is judged on the page's whole line, the columns beside each other sharing its evidence
		List<List<TextPosition>> across = lines(charactersByArticle.stream().flatMap(List::stream).toList());
		across.forEach(this::placedGlyphByGlyph);
		blocksRead();
		List<List<TextPosition>> lines = new ArrayList<>();
		List<Integer> articleOf = new ArrayList<>();
		for (int a = 0; a < charactersByArticle.size(); a++) {
			for (List<TextPosition> line : lines(charactersByArticle.get(a))) {
				lines.add(line);
				articleOf.add(a);
			}
		}
		if (charactersByArticle.size() > 1) {
			// a column's justified lines, each column spaced by its own share, told in the column's lines alone
			lines.forEach(this::placedGlyphByGlyph);
		}
		operationStarts.keySet().forEach(glyph -> operationStartsAt.merge(column(glyph.getXDirAdj()), 1, Integer::sum));
		operationOf.clear();
		across.forEach(this::measureTabStops);
		lineOf.clear();
		List<LineExtent> extents = new ArrayList<>();
		for (List<TextPosition> line : lines) {
			line.forEach(glyph -> lineOf.put(glyph, extents.size()));
			extents.add(extent(line));
		}
		pageLines = extents;
		articleOfLine = articleOf;
		blockEdges.clear();
		for (int a = 0; a < charactersByArticle.size(); a++) {
			blockEdges.add(BlockEdges.of(extents, articleOf, a, a < limits.size() ? limits.get(a) : Float.NaN));
		}
		drawnThrough.clear();
		for (List<TextPosition> line : lines) {
			drawnThrough.add(drawnThrough(line));
		}
		lastLineIndex = -1;
		articles = 0;
		super.writePage();
		// the next page starts as one article again; PDFBox only empties the lists it finds
		while (charactersByArticle.size() > 1) {
			charactersByArticle.remove(charactersByArticle.size() - 1);
		}
	}

	/** Each glyph's place in the page's drawing, in the order the content stream shows them. */
	private final Map<TextPosition, Integer> rank = new IdentityHashMap<>();

	/** A glyph the reading put in (a drawn bullet, a table's placeholder) and the glyph whose place in the drawing it takes. */
	private final Map<TextPosition, TextPosition> drawnAs = new IdentityHashMap<>();

	/** A table's placeholder and the table's frame: left, right, top, bottom. */
	private final Map<TextPosition, float[]> frames = new IdentityHashMap<>();

	/** Per line of the page, the article it belongs to. */
	private List<Integer> articleOfLine = List.of();

	/** Per article of the page: the left and right edges its lines are set between. */
	private final List<BlockEdges> blockEdges = new ArrayList<>();

	/**
	 * A block's left edge (its lines' leftmost start) and right edge (the end its longest line reaches), the right edge
	 * NaN when the block wraps nothing: its longest line stops well short of the x the block may reach (a list of short
	 * lines in a wide box), or no second line reaches as far.
	 */
	private record BlockEdges(float left, float right) {

		/** In font sizes: how near the x a block may reach its longest line ends when the block's width wraps its text. */
		private static final float REACH = 2.5f;

		static BlockEdges of(List<LineExtent> extents, List<Integer> articleOf, int article, float limit) {
			List<Float> ends = new ArrayList<>();
			List<Float> sizes = new ArrayList<>();
			float left = Float.MAX_VALUE;
			for (int i = 0; i < extents.size(); i++) {
				if (articleOf.get(i) == article) {
					ends.add(extents.get(i).end() - extents.get(i).trailingSpace());
					sizes.add(extents.get(i).size());
					left = Math.min(left, extents.get(i).start());
				}
			}
			if (ends.size() < 2 || Float.isNaN(limit)) {
				return new BlockEdges(left, Float.NaN);
			}
			ends.sort(Comparator.reverseOrder());
			sizes.sort(null);
			float size = sizes.get(sizes.size() / 2);
			boolean wraps = ends.get(0) >= limit - REACH * size && ends.get(1) >= ends.get(0) - size;
			return new BlockEdges(left, wraps ? ends.get(0) : Float.NaN);
		}
	}

	/** Whether the line of the page is in a block set beside another. */
	private boolean inBlockBeside(int line) {
		if (line < 0 || line >= articleOfLine.size()) {
			return false;
		}
		int article = articleOfLine.get(line);
		return article < besides.size() && besides.get(article);
	}

	/**
	 * True when the line under {@code above}, both in one block set beside another, is the rest of it: the block's width
	 * (a slide's text box, a page's column) broke it, as a page's margins break running text. Only marked as the block's
	 * break, for the document model to join.
	 */
	private boolean wrapsInBlock(TextPosition first, int previous, int index) {
		if (!inBlockBeside(index) || previous < 0 || !articleOfLine.get(previous).equals(articleOfLine.get(index)) || brokenRow) {
			return false;
		}
		BlockEdges edges = blockEdges.get(articleOfLine.get(index));
		LineExtent above = pageLines.get(previous);
		LineExtent line = pageLines.get(index);
		float size = line.size();
		float slack = line.firstPiece() > size ? 1.25f * size : 0.25f * size;
		boolean fills = !Float.isNaN(edges.right()) && above.end() - above.trailingSpace() + line.firstPiece() > edges.right() - slack;
		boolean startsLeft = Math.abs(line.start() - edges.left()) <= 0.3f * size || Math.abs(line.start() - above.textStart()) <= 0.3f * size;
		if (!fills || !startsLeft || !atUsualGapBelow(first)) {
			return false;
		}
		return !(opensItem(first.getUnicode()) || lastLineChar == '。' || endsSentence || NUMBERED.matcher(line.head()).lookingAt());
	}

	/** ・, ●, ○, ▶, ※…: a glyph that opens an item of a list or a note, whose wrapped lines hang after it. */
	private static boolean opensItem(String glyph) {
		return ITEM_START.matcher(glyph).matches() || ITEM_MARKS.contains(glyph);
	}

	/** List marks ITEM_START leaves out, which a block's items (a slide's, a card's) are set off by. */
	private static final String ITEM_MARKS = "●○◆◇▶";

	/** Per article of the page, in order: whether it is a block beside another, whose lines start at its own edge. */
	private final List<Boolean> besides = new ArrayList<>();

	/** Per article of the page, in order: the x a block beside another may reach, NaN for any other. */
	private final List<Float> limits = new ArrayList<>();

	private int articles;

	private boolean separatorSpent;

	/**
	 * Text blocks set side by side (a slide's text boxes, a page's columns) become articles of their own, read one
	 * after the other; a document whose PDF sets out its own articles keeps them.
	 */
	private void blocksRead() {
		besides.clear();
		limits.clear();
		if (charactersByArticle.size() != 1 || page.getRotation() != 0) {
			return;
		}
		Map<TextPosition, TextColumns.Placed> placed = new IdentityHashMap<>();
		for (TextPosition glyph : charactersByArticle.get(0)) {
			TextPosition standing = drawnAs.getOrDefault(glyph, glyph);
			int drawn = rank.getOrDefault(standing, rank.size());
			float[] frame = frames.get(glyph);
			placed.put(glyph, frame != null ? new TextColumns.Placed(drawn, frame[0], frame[1], frame[2], frame[3])
					: new TextColumns.Placed(drawn, glyph.getXDirAdj(), glyph.getXDirAdj() + glyph.getWidthDirAdj(),
							glyph.getYDirAdj() - glyph.getHeightDir(), glyph.getYDirAdj()));
		}
		double leftMost = placed.values().stream().mapToDouble(TextColumns.Placed::left).min().orElse(0);
		float pageRight = page.getMediaBox().getWidth() - (float) leftMost;
		List<TextColumns.Block> blocks = TextColumns.blocks(charactersByArticle.get(0), placed, pageRight, typesetTables);
		if (blocks.size() < 2) {
			return;
		}
		charactersByArticle.clear();
		for (TextColumns.Block block : blocks) {
			charactersByArticle.add(block.glyphs());
			besides.add(block.beside());
			limits.add(block.limit());
		}
	}

	/** The next block starts on a line of its own after a blank one, as a paragraph of its own, none of the last one's. */
	@Override
	protected void startArticle(boolean isLTR) throws IOException {
		super.startArticle(isLTR);
		if (articles++ == 0) {
			return;
		}
		if (breakDeferred) {
			breakDeferred = false;
			carried = null;
		}
		super.writeLineSeparator();
		super.writeLineSeparator();
		lineEnded();
		lastLineY = Float.NaN;
		lastLineGap = Float.NaN;
		lastLineIndex = -1;
		separatorSpent = true;
	}

	/** Per line of the page: whether it is drawn through, its spaces glyphs like any other (a text file printed). */
	private final List<Boolean> drawnThrough = new ArrayList<>();

	/**
	 * True when the line's glyphs follow each other without a gap wider than a fraction of a glyph and it sets cells
	 * apart by runs of drawn spaces or box borders: a text file printed by a word processor, whose columns are its characters.
	 */
	private static boolean drawnThrough(List<TextPosition> line) {
		boolean spaced = false;
		for (int i = 1; i < line.size(); i++) {
			TextPosition glyph = line.get(i);
			if (gap(line.get(i - 1), glyph) > 0.3f * glyph.getFontSizeInPt()) {
				return false;
			}
			spaced |= glyph.getUnicode().equals(" ") && line.get(i - 1).getUnicode().equals(" ")
					|| !glyph.getUnicode().isEmpty() && isBoxDrawing(glyph.getUnicode().charAt(0));
		}
		// cells set apart by runs of spaces or drawn borders; a tab's short jump in a line of single spaces is still a tab
		return spaced;
	}

	/** Japanese line breaking by UAX #14, set to each line's text in turn. */
	private final BreakIterator lineBreaks = BreakIterator.getLineInstance(ULocale.JAPAN);

	/** In glyph sizes: the longest unbreakable piece whose going to the next line tells that the page broke it. */
	private static final float UNBREAKABLE_EVIDENCE = 24;

	/** A drawn rule (└───┘, ---|---), which starts a line of its own: it tells nothing of where the page broke. */
	private static final Pattern RULE = Pattern.compile("[\\u2500-\\u257F\\-=|+:_ 　]+");

	/**
	 * How wide the line's text is up to its first line-break opportunity by the Unicode rules (UAX #14) that office
	 * suites follow: 課,3,△,,, and 度,"11,940", are pieces no page breaks, though a Japanese character alone would be.
	 */
	private float unbreakable(List<TextPosition> line, int first) {
		StringBuilder text = new StringBuilder();
		List<TextPosition> glyphOf = new ArrayList<>();
		for (int i = first; i < line.size() && text.length() < 80; i++) {
			TextPosition glyph = line.get(i);
			if (i > first && gap(line.get(i - 1), glyph) >= 0.25f * line.get(i - 1).getFontSizeInPt()) {
				text.append(' ');
				glyphOf.add(line.get(i - 1));
			}
			for (int c = 0; c < glyph.getUnicode().length(); c++) {
				text.append(glyph.getUnicode().charAt(c));
				glyphOf.add(glyph);
			}
		}
		lineBreaks.setText(text.toString());
		int end = lineBreaks.next();
		while (end > 1 && Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		if (end <= 0 || end > glyphOf.size() || RULE.matcher(text.substring(0, end)).matches()) {
			return 0;
		}
		TextPosition last = glyphOf.get(end - 1);
		float width = last.getXDirAdj() + last.getWidthDirAdj() - line.get(first).getXDirAdj();
		// a piece as long as most lines would not fit after almost any line: that it went to a line of its own says
		// nothing of why
		return width <= UNBREAKABLE_EVIDENCE * line.get(first).getFontSizeInPt() ? width : 0;
	}

	private LineExtent extent(List<TextPosition> line) {
		TextPosition last = line.get(line.size() - 1);
		int first = 0;
		while (first < line.size() - 1 && line.get(first).getUnicode().isBlank()) {
			first++;
		}
		TextPosition start = line.get(first);
		float piece = start.getWidthDirAdj();
		char startChar = start.getUnicode().charAt(0);
		// +------------+: a rule's rest goes to the next line whole, as wide as its run of glyphs
		float run = start.getWidthDirAdj();
		for (int i = first + 1; i < line.size() && !line.get(i).getUnicode().isBlank(); i++) {
			run = line.get(i).getXDirAdj() + line.get(i).getWidthDirAdj() - start.getXDirAdj();
		}
		if (isLatin(startChar)) {
			for (int i = first + 1; i < line.size() && !line.get(i).getUnicode().isBlank()
					&& line.get(i).getUnicode().chars().allMatch(c -> c < 0x2000); i++) {
				piece = line.get(i).getXDirAdj() + line.get(i).getWidthDirAdj() - start.getXDirAdj();
			}
		}
		else {
			// す。,,,: the characters no line may start with go with the one before them, as an office suite breaks lines
			boolean opening = NO_LINE_END.indexOf(start.getUnicode().charAt(0)) >= 0;
			for (int i = first + 1; i < line.size(); i++) {
				char c = line.get(i).getUnicode().charAt(0);
				// （R5）: an opening bracket stays with what follows it, a Latin word with itself
				boolean attached = NO_LINE_START.indexOf(c) >= 0
						|| opening && (i == first + 1 || c < 0x2000 && !Character.isWhitespace(c));
				if (!attached) {
					break;
				}
				piece = line.get(i).getXDirAdj() + line.get(i).getWidthDirAdj() - start.getXDirAdj();
			}
		}
		piece = Math.max(piece, unbreakable(line, first));
		StringBuilder head = new StringBuilder();
		for (int i = first; i < line.size() && head.length() < 8; i++) {
			if (i > first && gap(line.get(i - 1), line.get(i)) >= 0.5f * line.get(i - 1).getFontSizeInPt()) {
				// 15⇥出産・子育て…: a tab draws nothing, yet the number stands apart from its row
				head.append(' ');
			}
			head.append(line.get(i).getUnicode());
		}
		// ● 食品ロス削減に… : the text after an item's mark, where the item's wrapped lines hang
		int text = first;
		if (opensItem(start.getUnicode())) {
			text++;
			while (text < line.size() - 1 && line.get(text).getUnicode().isBlank()) {
				text++;
			}
		}
		float textStart = text < line.size() ? line.get(text).getXDirAdj() : start.getXDirAdj();
		return new LineExtent(last.getXDirAdj() + last.getWidthDirAdj(), start.getXDirAdj(), piece, start.getFontSizeInPt(),
				head.toString(), last.getUnicode().isBlank() ? last.getWidthDirAdj() : 0, run, line.get(0).getXDirAdj(), textStart);
	}

	private void measureTabStops(List<TextPosition> line) {
		grid.lineStart(line.get(0).getXDirAdj());
		for (int i = 1; i < line.size(); i++) {
			TextPosition before = line.get(i - 1);
			TextPosition glyph = line.get(i);
			if (operationStarts.containsKey(glyph) && !before.getUnicode().isBlank() && !glyph.getUnicode().isBlank()
					&& continuesInSameFont(before, glyph)) {
				grid.cellStart(glyph.getXDirAdj());
			}
		}
	}

	/**
	 * Whether the glyph stands upright as the page is shown: set along the page's rotation (a landscape page printed
	 * as a portrait one turned, /Rotate 90, has its text drawn turned with it).
	 */
	static boolean upright(TextPosition glyph) {
		return glyph.getDir() == glyph.getRotation() % 360;
	}

	/** The glyphs of a page as lines, top to bottom, each left to right. */
	static List<List<TextPosition>> lines(List<TextPosition> glyphs) {
		List<TextPosition> byHeight = new ArrayList<>(glyphs);
		byHeight.sort(Comparator.comparingDouble(TextPosition::getYDirAdj));
		List<List<TextPosition>> lines = new ArrayList<>();
		List<TextPosition> line = new ArrayList<>();
		for (TextPosition glyph : byHeight) {
			if (!line.isEmpty() && !sameLine(line.get(0), glyph)) {
				lines.add(line);
				line = new ArrayList<>();
			}
			line.add(glyph);
		}
		if (!line.isEmpty()) {
			lines.add(line);
		}
		lines.forEach(each -> each.sort(Comparator.comparingDouble(TextPosition::getXDirAdj)));
		return lines;
	}

	@Override
	protected void writeWordSeparator() {
		separatorPending = true;
	}

	@Override
	protected void writeString(String text, List<TextPosition> positions) throws IOException {
		if (lineStarting && !positions.isEmpty()) {
			lineStarting = false;
			separatorSpent = false;
			Integer index = lineOf.get(positions.get(0));
			int previous = lastLineIndex;
			lastLineIndex = index == null ? -1 : index;
			if (breakDeferred) {
				breakDeferred = false;
				LineExtent above = previous >= 0 ? pageLines.get(previous) : carried;
				boolean acrossPages = previous < 0 && carried != null;
				carried = null;
				softWrap = false;
				boolean inBlock = index != null && !acrossPages && inBlockBeside(index);
				if (inBlock) {
					softWrap = wrapsInBlock(positions.get(0), previous, index);
				}
				boolean continues = !inBlock && index != null && above != null
						&& continuesLine(positions.get(0), above, pageLines.get(index), acrossPages);
				boolean atTab = !continues && !inBlock && index != null && above != null && !acrossPages
						&& continuesAtTab(positions.get(0), above, pageLines.get(index));
				if (softWrap) {
					super.writeString(String.valueOf(SOFT_WRAP));
				}
				if (continues || atTab) {
					// the line goes on: a row it was stays one, an open Markdown row stays open until its closing pipe
					rowSeen = brokenRow;
					pipes = openPipeRow ? 2 : 0;
					if (acrossPages) {
						super.writePageStart();
					}
					if (atTab) {
						writeString("\t");
					}
					else if (brokenRow) {
						// spaces that ran to the right edge may have run on past it, undrawn
						// 人 then 6,215: a figure never goes on a word, so the page broke at spaces it left undrawn
						boolean figureAfterWord = above.trailingSpace() == 0 && FIGURE_CELL.matcher(text.strip()).lookingAt()
								&& !Character.isDigit(lastLineChar) && lastLineChar != ',' && lastLineChar != '.';
						boolean hidden = figureAfterWord
								|| above.trailingSpace() > 0 && margins.noRoomAfter(page, above.end(), above.trailingSpace());
						super.writeString(String.valueOf(hidden ? WrappedRows.ROW_WRAP_IN_SPACES : WrappedRows.ROW_WRAP));
					}
					else if (isLatin(lastLineChar) && text.length() > 0 && isLatin(text.charAt(0))) {
						writeString(" ");
					}
				}
				else {
					if (acrossPages) {
						// the page's end, as it would have been written without the wait
						super.writePageEnd();
						super.writePageStart();
					}
					else {
						super.writeLineSeparator();
					}
					blankLineBefore(positions.get(0));
					leadingTabs(positions.get(0));
				}
			}
			else {
				blankLineBefore(positions.get(0));
				leadingTabs(positions.get(0));
			}
		}
		if (separatorPending) {
			separatorPending = false;
			boolean cell = !positions.isEmpty() && !Float.isNaN(lastEnd) && (positions.get(0).getXDirAdj()
					- lastEnd >= (typeset ? TYPESET_CELL_GAP : CELL_GAP) * Math.max(lastWidth, 0.9f * lastFontSize)
					|| lastWritten != null && isTabStop(lastWritten, positions.get(0)));
			if (cell && NOTE_OPENING.matcher(lastWords).matches() && lineChars <= NOTE_LENGTH && inBlockBeside(lastLineIndex)) {
				// ※⇥基準値は…: a note's mark and its hanging indent, no cell of its own
				writeString(" ");
			}
			else if (cell) {
				writeString("\t");
				cellSeen = true;
			}
			else if (!isSpace(lastChar) && !(text.length() > 0 && isSpace(text.charAt(0)))
					&& !(touches(positions) && (isWide(lastChar) || text.length() > 0 && isWide(text.charAt(0))))) {
				// a drawn full-width space is already the space between its words; 令和6年: Latin digits set in
				// another font right after a Japanese character are no word apart
				writeString(getWordSeparator());
			}
		}
		String written = withTabStops(text, positions);
		writeString(written);
		lineChars += written.length();
		if (!written.isEmpty()) {
			lastChar = written.charAt(written.length() - 1);
			pipes += (int) written.chars().filter(c -> c == '|' || c == '｜').count();
			rowSeen |= written.indexOf('\t') >= 0 || written.contains("   ") || written.contains("　　") || pipes >= 2;
			String tail = lastWords + written;
			lastWords = tail.substring(Math.max(0, tail.length() - 4));
		}
		if (!positions.isEmpty()) {
			TextPosition last = positions.get(positions.size() - 1);
			lastEnd = last.getXDirAdj() + last.getWidthDirAdj();
			lastWidth = last.getWidthDirAdj();
			lastFontSize = last.getFontSizeInPt();
			lastWritten = last;
		}
	}

	/** The word with a tab before each glyph that starts a cell at a tab stop; the word itself when none does. */
	private String withTabStops(String text, List<TextPosition> positions) {
		StringBuilder rebuilt = null;
		for (int i = 1; i < positions.size(); i++) {
			// ※基準値は…: a note's mark opening a column's line, its text run on after it at the note's indent
			boolean noteOpening = i == 1 && lastWords.strip().isEmpty() && NOTE_MARK.equals(positions.get(0).getUnicode())
					&& inBlockBeside(lineOf.getOrDefault(positions.get(0), -1));
			if (!noteOpening && isTabStop(positions.get(i - 1), positions.get(i))) {
				if (rebuilt == null) {
					rebuilt = new StringBuilder();
					for (int j = 0; j < i; j++) {
						rebuilt.append(positions.get(j).getUnicode());
					}
				}
				rebuilt.append('\t');
			}
			if (rebuilt != null) {
				rebuilt.append(positions.get(i).getUnicode());
			}
		}
		return rebuilt == null ? text : rebuilt.toString();
	}

	private boolean isTabStop(TextPosition before, TextPosition glyph) {
		if (!tabStopsDrawn || !operationStarts.containsKey(glyph) || before.getUnicode().isBlank() || glyph.getUnicode().isBlank()) {
			return false;
		}
		Integer line = lineOf.get(glyph);
		if (line != null && line < drawnThrough.size() && drawnThrough.get(line)) {
			// a printed text file's line: every space is drawn, so a cell's place is told by its spaces, never by a stop
			return false;
		}
		if (continuesInSameFont(before, glyph)) {
			if (Math.abs(gap(before, glyph)) <= FLUSH && !NOTE_MARK.equals(before.getUnicode())) {
				// a run that starts exactly where the text before it ends (a browser's text runs): no cell starts
				// flush against the text before it, its padding sets it apart; a note's mark (※) may stand in a
				// column of its own, a middle dot (歴史・文化) never does
				return false;
			}
			return operationStartsAt.getOrDefault(column(glyph.getXDirAdj()), 0) >= 2 || grid.isStop(glyph.getXDirAdj());
		}
		// a font change that happens to land on a stop is no cell; a jump to it is
		return gap(before, glyph) >= 0.3f && grid.isStop(glyph.getXDirAdj());
	}

	private static final String NOTE_MARK = "※";

	/** How many characters were written on the line so far, tabs and spaces too. */
	private int lineChars;

	/** ※１２: the longest note mark alone. */
	private static final int NOTE_LENGTH = 3;

	/** ※, ※1, ※２ alone at the start of a line: a note's mark. */
	private static final Pattern NOTE_OPENING = Pattern.compile("\t*※[0-9０-９]{0,2}");

	/** In points: a run this close to where the glyph before it ended continues its text. */
	private static final float FLUSH = 0.15f;

	private static boolean continuesInSameFont(TextPosition before, TextPosition glyph) {
		return before.getFont() == glyph.getFont() && Math.abs(before.getFontSizeInPt() - glyph.getFontSizeInPt()) <= 0.1f
				&& gap(before, glyph) > -0.5f;
	}

	/** The space between the end of one glyph and the start of the next. */
	private static float gap(TextPosition before, TextPosition glyph) {
		return glyph.getXDirAdj() - (before.getXDirAdj() + before.getWidthDirAdj());
	}

	private static boolean sameLine(TextPosition before, TextPosition glyph) {
		return Math.abs(before.getYDirAdj() - glyph.getYDirAdj()) < 0.5f * glyph.getFontSizeInPt();
	}

	private static long column(float x) {
		return Math.round(x * 2);
	}

	/** The word starts within the gap an office suite sets between Japanese and Latin text (a quarter of an em). */
	private boolean touches(List<TextPosition> positions) {
		return !positions.isEmpty() && !Float.isNaN(lastEnd) && positions.get(0).getXDirAdj() - lastEnd < 0.4f * lastFontSize;
	}

	/** A character of Japanese text (kana, kanji, full-width forms), which no space sets apart from a Latin word. */
	private static boolean isWide(char c) {
		return c >= 0x3000 && c < 0xA000 || c >= 0xFF00 && c < 0xFFF0;
	}

	private static boolean isLatin(char c) {
		return c < 0x80 && Character.isLetterOrDigit(c);
	}

	private static boolean isSpace(char c) {
		return c == ' ' || c == '\u3000' || c == '\t';
	}

	/**
	 * A blank line where the text leaves one: a line that stands at least {@link #BLANK_LINE} times the gap before
	 * the line above it (or, for a page's second line, a line and a half of its font) below it.
	 */
	private void blankLineBefore(TextPosition first) throws IOException {
		float y = first.getYDirAdj();
		if (!Float.isNaN(lastLineY) && y > lastLineY) {
			float gap = y - lastLineY;
			float usual = Float.isNaN(lastLineGap) ? 1.3f * first.getFontSizeInPt() : lastLineGap;
			float above = lastLineY;
			// a typeset table's rows, spaced wider than its text's lines (\\arraystretch): one table, no blank lines
			boolean inTable = typesetTables.stream().anyMatch(table -> above > table[0] && y < table[1]);
			if (!inTable && gap >= BLANK_LINE * usual && gap >= 1.5f * first.getFontSizeInPt()) {
				super.writeLineSeparator();
			}
			else {
				lastLineGap = gap;
			}
		}
		lastLineY = y;
	}

	/**
	 * ⇥⇥お、年度当初に…: a line that starts at a tab stop of the grid was led there by as many tabs, its first cells
	 * empty (a cell of the row above wrapped onto it); the tabs are written so that its cells keep their columns.
	 */
	private void leadingTabs(TextPosition first) throws IOException {
		if (articles > 0 && articles <= besides.size() && besides.get(articles - 1)) {
			return;
		}
		int tabs = grid.stopsTo(first.getXDirAdj());
		for (int t = 0; t < tabs; t++) {
			writeString("\t");
		}
	}

	/**
	 * True when the line starting with this glyph is the rest of the line above, broken where the page ended: its first
	 * character (or Latin word) would not have fitted after the line above before the right edge of the text, it starts
	 * at the left edge at the usual distance below, and does not open an item of its own. A word processor wraps a long
	 * line so, and so does a printer of plain text.
	 */
	private boolean continuesLine(TextPosition first, LineExtent above, LineExtent line, boolean acrossPages) {
		float y = first.getYDirAdj();
		char firstChar = first.getUnicode().isEmpty() ? ' ' : first.getUnicode().charAt(0);
		if (BOX_ENDS.indexOf(lastLineChar) >= 0 && BOX_STARTS.indexOf(firstChar) >= 0) {
			// │…│ then │…│: a box's row closed by its right border, and the next row opening with its left one
			return false;
		}
		// ├────┼── then ──┤, +-----+---- then ---+: a box's rule the page's edge cut
		boolean boxGoesOn = isBoxDrawing(lastLineChar) && isBoxDrawing(firstChar)
				|| above.head().startsWith("+") && "-=:".indexOf(lastLineChar) >= 0 && "-=:+".indexOf(firstChar) >= 0;
		if (!margins.startsLeft(page, line.start(), line.size())
				|| !margins.fillsLine(page, above.end(), boxGoesOn ? line.run() : line.firstPiece(), line.size())
				// （成果指標7指標：達成2、前進4）set right: a line that starts far from the margin ends where it is set,
				// however near the right edge
				// (a text file's line indented by spaces it draws starts at the margin, whatever its words' place)
				|| !boxGoesOn && margins.startsFarRight(page, above.drawnStart(), above.size())) {
			return false;
		}
		if (!acrossPages && !atUsualGapBelow(first)) {
			return false;
		}
		if (!openPipeRow && (ITEM_START.matcher(first.getUnicode()).matches() || lastLineChar == '。' || endsSentence
				|| NUMBERED.matcher(line.head()).lookingAt() && !(brokenRow && FIGURES_APART.matcher(line.head()).lookingAt()))) {
			// a bullet, a note, a numbered heading or item, or a line after a finished sentence (…。, …ます): its own
			return false;
		}
		if (!brokenRow && !grid.hasStops() && !boxGoesOn) {
			// running text that a word processor wrapped keeps its lines, as readers of a layout's lines expect them;
			// the break is marked as the page's, for the document model to join
			softWrap = true;
			return false;
		}
		if (!acrossPages) {
			stepDownTo(y);
		}
		lastLineY = y;
		return true;
	}

	/** The line stands below the last at the usual distance, or within a line and a half of it. */
	private boolean atUsualGapBelow(TextPosition first) {
		float y = first.getYDirAdj();
		if (Float.isNaN(lastLineY) || y <= lastLineY) {
			return false;
		}
		float usual = Float.isNaN(lastLineGap) ? 1.3f * first.getFontSizeInPt() : lastLineGap;
		return y - lastLineY <= 1.3f * usual;
	}

	/** A line of the page joined to the one above: its distance below is the usual gap from now on. */
	private void stepDownTo(float y) {
		if (!Float.isNaN(lastLineY)) {
			lastLineGap = y - lastLineY;
		}
		lastLineY = y;
	}

	/**
	 * True when the line is the rest of a row of cells whose next tab would have passed the right edge: the suite
	 * carried the tab over, and the line starts at its first default tab stop, at the usual distance below.
	 */
	private boolean continuesAtTab(TextPosition first, LineExtent above, LineExtent line) {
		if (!brokenCells || !atUsualGapBelow(first)
				|| !margins.tabCarried(page, above.end(), line.start(), line.firstPiece(), line.size())) {
			return false;
		}
		stepDownTo(first.getYDirAdj());
		return true;
	}

	@Override
	protected void writePageStart() throws IOException {
		if (!breakDeferred) {
			super.writePageStart();
		}
	}

	@Override
	protected void writePageEnd() throws IOException {
		if (lastLineIndex >= 0 && margins.wraps(page) && !Float.isNaN(lastEnd)) {
			// a line the page's end may have broken: the next page's first line decides
			carried = pageLines.get(lastLineIndex);
			deferBreak();
			return;
		}
		if (breakDeferred) {
			breakDeferred = false;
			super.writeLineSeparator();
		}
		super.writePageEnd();
	}

	@Override
	protected void writeLineSeparator() throws IOException {
		if (separatorSpent) {
			// a new block's first line, its break already written
			separatorSpent = false;
			return;
		}
		boolean defer = !breakDeferred && !Float.isNaN(lastEnd) && (margins.wraps(page) || inBlockBeside(lastLineIndex));
		if (defer) {
			deferBreak();
		}
		lineEnded();
		if (!defer) {
			super.writeLineSeparator();
		}
	}

	private void lineEnded() {
		lineChars = 0;
		lineStarting = true;
		separatorPending = false;
		lastEnd = Float.NaN;
		lastChar = 'x';
		lastWords = "";
		rowSeen = false;
		cellSeen = false;
		pipes = 0;
		lastWritten = null;
	}

	/**
	 * Holds the line break back until the next line shows whether the page broke the line: what the line ended with is
	 * kept for that decision, and the next line starts as any line does.
	 */
	private void deferBreak() {
		breakDeferred = true;
		lastLineChar = lastChar;
		endsSentence = lastWords.endsWith("ます") || lastWords.endsWith("です");
		brokenRow = rowSeen;
		brokenCells = cellSeen || rowSeen;
		openPipeRow = pipes >= 2 && lastChar != '|' && lastChar != '｜';
		lastWords = "";
		lineChars = 0;
		rowSeen = false;
		cellSeen = false;
		pipes = 0;
		lineStarting = true;
	}
}
