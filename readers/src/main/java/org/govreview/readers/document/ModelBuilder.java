package org.govreview.readers.document;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govreview.readers.text.DisplayWidth;
import org.govreview.readers.text.JapaneseNumbers;
import org.govreview.readers.text.SourceText;

/** Builds a {@link DocumentModel} from extracted lines, one pass over them. Not thread-safe; one per document. */
final class ModelBuilder {

	/** A line of the extracted text; {@code runningHeader} when it is a page's header printed again on every page. */
	record Line(String text, int number, int page, boolean runningHeader) {

		Line(String text, int number, int page) {
			this(text, number, page, false);
		}

		Location at(Path file) {
			return Location.line(file, page, number);
		}

		Location at(Path file, int cell) {
			return new Location(file, page, number, cell);
		}

		String stripped() {
			return text.strip();
		}

		/** ①, ⑧ 所感: the line opens with a circled number. */
		boolean opensCircled() {
			return CIRCLED_START.matcher(text).lookingAt();
		}

		boolean isBlank() {
			return text.isBlank();
		}
	}

	/**
	 * 担当課|産業支援課: a short label, a bar touching both, the value; one bar in the line, as no table has. Not the
	 * full-width bar a name and a title are set apart with (石黒みほ｜射水市議会議員).
	 */
	private static final Pattern RULED_FIELD = Pattern
		.compile("^([\\s　]*[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー・]{2,10})\\|(?=[^\\s　|｜])([^|｜]*)$");

	static final Pattern FURNITURE = Pattern
		.compile("^[\\s　]*(?:[\\x{2500}-\\x{257F}&&[^─━═]]?(?:[─━═\\-－=＝ー一][\\s　]*|[\\x{2500}-\\x{257F}&&[^│┃║─━═]][\\s　]*){5,}[\\x{2500}-\\x{257F}&&[^─━═]]?|" + PageNumbers.LABELLED + "|[（(][0-9０-９]{1,3}[）)]|[-－―‐ー−–—=＝─━一_＿]{5,}[\\s　]*[0-9０-９]{0,3})[\\s　]*$");


	/** 基本目標１ 地域の稼ぐ力を高め… ………… 3: an entry of the table of contents, leader dots and a page number. */
	private static final Pattern TABLE_OF_CONTENTS = Pattern.compile("(?:[…‥・･.．·⋯]{4,}|[…⋯]{2,}|[\\s　]…)[\\s　]*[0-9０-９]{1,3}[\\s　]*$");

	/** 目次 or 目　次 alone on its line. */
	private static final Pattern CONTENTS_TITLE = Pattern.compile("^[\\s　]*目[\\s　]*次[\\s　]*$");

	/** 第１章　教育委員会事務局の使命⇥2: an entry of contents a word processor saved with a tab before its page. */
	private static final Pattern TABBED_ENTRY = Pattern.compile("^([^\\t。]{2,60})\\t+([0-9０-９]{1,3})[\\s　]*$");

	/**
	 * The entries under 目次 that a tab parts from their page number, given leaders instead, so that they are read as
	 * contents and not as a label and its value (…の使命 | 2).
	 */
	private static List<String> contentsLeadered(List<String> lines) {
		List<String> read = new ArrayList<>(lines);
		for (int i = 0; i < read.size(); i++) {
			if (!CONTENTS_TITLE.matcher(read.get(i)).matches()) {
				continue;
			}
			for (int j = i + 1; j < read.size(); j++) {
				Matcher entry = TABBED_ENTRY.matcher(read.get(j));
				if (entry.matches()) {
					read.set(j, entry.group(1).stripTrailing() + " ………… " + entry.group(2));
				}
				else if (!read.get(j).isBlank()) {
					break;
				}
			}
		}
		return read;
	}

	/** 〔所管：デジタル推進課〕 at the end of a heading's title. */
	private static final Pattern TRAILING_FIELD = Pattern.compile("[\\s　]*[〔（(【\\[]\\s*([^：:〔〕（）()【】\\[\\]]{1,8})[：:]\\s*([^〔〕（）()【】\\[\\]]{1,30})[〕）)】\\]]$");

	private static final Pattern FIGURE = Pattern.compile("[0-9０-９].*(?:→|⇒|～|〜|[%％人件円回t])|^[0-9０-９,，.．]+$");

	private static final Pattern LABELLED_FIGURE = Pattern
		.compile("^([^0-9０-９\\s　]{2,20})[\\s　]+([0-9０-９][0-9０-９,，.．・]*[\\s　]*[%％点件人]?)(?:[\\s　]*[／/][\\s　]*[0-9０-９]{1,3}[\\s　]*点?)?$");

	private static final Pattern MARKDOWN_RULE = Pattern.compile("^[\\s　]*\\|?[\\s　]*:?-{2,}:?[\\s　]*(\\|[\\s　]*:?-{2,}:?[\\s　]*)*\\|?[\\s　]*$");

	private static final Pattern BRACKET_FIELD = Pattern.compile("^[【\\[〔<＜]([^】\\]〕>＞]{1,20})[】\\]〕>＞][\\s　:：]*(.+)$");

	private static final Pattern COLON_FIELD = Pattern.compile("^([^：:\\s　0-9０-９（(「『](?:[^：:]{0,14}|[^：:。、]{0,24}[）)]))[：:][\\s　]*(.*)$");

	/** (1), （２）, 3. before a row's first cell: the key of a numbered row. */
	private static final Pattern ROW_KEY = Pattern.compile("^[(（][0-9０-９]{1,2}[)）]|^[0-9０-９]{1,2}[.．)）]");

	/**
	 * 視 察 先 ・ 概 要: three letters or more each set apart by one space, then a space and the value; not a legend's
	 * entry (施 策 名 …… 政策を実現するための施策).
	 */
	private static final Pattern SPACED_OUT_LABEL = Pattern
		.compile("^([\\p{IsHan}\\p{IsKatakana}・](?: [\\p{IsHan}\\p{IsKatakana}\\p{IsHiragana}・()（）]){2,9}) +(?![…‥．.・]{2})(?!\\S$)(?!\\S[：:])(\\S.*)$");

	/** 所　　感, 行 政 視 察 報 告 書: nothing but letters, each set apart from the next by spaces. */
	private static final Pattern LETTER_SPACED = Pattern
		.compile("^[\\p{IsHan}\\p{IsKatakana}\\p{IsHiragana}](?:[ 　]+[\\p{IsHan}\\p{IsKatakana}\\p{IsHiragana}・]){1,9}$");

	/** １, (2), ③, ア: a row's number standing alone in its column. */
	private static final Pattern BARE_NUMBER = Pattern
		.compile("^(?:[0-9０-９]{1,2}[.．、)）]?|[(（][0-9０-９]{1,2}[)）]|[①-⑳]|[アイウエオカキクケコ][.．、]?|[(（][アイウエオカキクケコ][)）])$");

	private static final Pattern HALF_SPACED_LABEL = Pattern
		.compile("^([\\p{IsHan}\\p{IsKatakana}](?: [\\p{IsHan}\\p{IsKatakana}]){1,5})　+(\\S.*)$");

	private static final Pattern SPACED_LABEL = Pattern.compile(
			"^([\\p{IsHan}\\p{IsKatakana}\\p{IsHiragana}](?:[ 　]{1,2}[\\p{IsHan}\\p{IsKatakana}\\p{IsHiragana}]){1,5})(?:[ 　]*[:：][ 　]*|[ 　]{2,})(\\S.*)$");

	/** （収益的支出・資本的支出の合計）: a cell that is a bracketed phrase alone, a name's second paragraph. */
	private static final Pattern BRACKETED_CELL = Pattern.compile("^[（(][^（）()]{1,30}[）)]$");

	/** …の, …による, …に基づく: a phrase cut where it goes on. */
	private static final Pattern CUT_PHRASE = Pattern.compile("[のとやにをがはへでて・、るく]$");

	/** An indicator's name that is whole: it ends on what is counted (事業者数, 実施率, 割合). */
	private static final Pattern COMPLETE_NAME = Pattern.compile("(?:数|率|割合|量|額|人数|件数|回数|時間|面積)(?:[（(][^（）()]{1,8}[）)])?$");


	/** 担当課　子育て支援課, 成果指標②　待機児童数: a label word, perhaps numbered, then its value after one wide space. */
	private static final Pattern LABEL_AND_VALUE = Pattern.compile("^([\\p{IsHan}\\p{IsKatakana}]{2,6})(?:[①-⑳]|[0-9０-９]{1,2})?　+(\\S.{0,40})$");

	/** 主管課 こども未来課: a label word and an office's name one narrow space apart. */
	private static final Pattern LABEL_AND_OFFICE = Pattern.compile("^([\\p{IsHan}]{2,6}) (\\S{1,30}(?:課|室|局|部|センター|事務所))$");

	/** 基　準　値　８１．５（令和４年度）: a label spaced out with wide spaces, then its value after one more. */
	private static final Pattern WIDE_SPACED_LABEL = Pattern.compile("^([\\p{IsHan}\\p{IsKatakana}](?:　{1,2}[\\p{IsHan}\\p{IsKatakana}]){1,5})　+(\\S.*)$");

	/** A label, leaders, then a figure and its unit (not a page number, not a score of 点). */
	private static final Pattern LEADERED_FIGURE = Pattern.compile(
			"^([\\s　]*[^\\s　…‥・･.．⋯。][^…‥⋯。]{0,30}?)[\\s　]*[…‥⋯]{2,}[…‥⋯・･.．\\s　]*([約]?[0-9０-９][0-9０-９,，.．]*[\\s　]*(?![点0-9０-９,，.．\\s　])\\S.*)$");

	/** …………　５点, ‥‥‥ ○: leaders to the mark or score that ends a line. */
	private static final Pattern LEADERS_AND_MARK = Pattern.compile("[\\s　]*[…‥・･.．⋯]{3,}[\\s　]*\\S{1,4}$");

	/** 令和６年１０月３０日（水）, 13:30～15:00, 午前10時～正午: a date or a time, what a visit's heading sets beside it. */
	private static final Pattern DATE_OR_TIME = Pattern
		.compile("[0-9０-９元]{1,4}\\s*年\\s*[0-9０-９]{1,2}\\s*月|[0-9０-９]{1,2}\\s*月\\s*[0-9０-９]{1,2}\\s*日|[0-9０-９]{1,2}\\s*[:：時]\\s*[0-9０-９]{0,2}|正午");

	private static final Pattern KANA_NUMBER = Pattern.compile("[（(]?[アイウエオカキクケコサシスセソタチツテトナニヌネノ][）)]?");

	private static final Pattern CIRCLED_ALONE = Pattern.compile("[①-⑳]");

	private static final Pattern CIRCLED_START = Pattern.compile("^[\\s　]*[①-⑳]");

	/** Lines a part's heading is looked under for the block its text stands over, at the most. */
	private static final int BLOCK_UNDER = 12;

	/**
	 * The lines under line {@code i}, to a blank line, all start at {@code column} or right of it: a part set under its
	 * heading's title, no form whose labels stand left of it.
	 */
	private boolean blockUnder(int i, int column) {
		for (int k = i + 1; k < lines.size() && k <= i + BLOCK_UNDER && !lines.get(k).isBlank(); k++) {
			if (k > i + 1 && lines.get(k).opensCircled()) {
				// ⑧　所感 under ⑦'s rows: the next part, where this one ends
				break;
			}
			if (indent(lines.get(k).text()) < column) {
				return false;
			}
		}
		// the part's first line a row of cells (区分 | 令和２年 …, 問 | …) or a paragraph indented further: not the wrapped
		// rest of the title, which goes on at the title's own column
		return i + 1 < lines.size() && !lines.get(i + 1).isBlank()
				&& (AlignedRows.split(lines.get(i + 1).text()).size() >= 2 || indent(lines.get(i + 1).text()) > column);
	}

	/** The next line that is not blank opens with a circled number too. */
	private boolean nextCircled(int i) {
		int next = nextPrinted(i);
		return next < lines.size() && lines.get(next).opensCircled();
	}

	/** The first line after line {@code i} that is not blank; the end when none is. */
	private int nextPrinted(int i) {
		int next = i + 1;
		while (next < lines.size() && lines.get(next).isBlank()) {
			next++;
		}
		return next;
	}

	/** ・, ※1, ・1), - : a bullet's marker; the ４ of ・４か月児健診 starts the text. */
	private static final Pattern BULLET = Pattern
		.compile("^([・•◦‐\\-－＊*※](?:\\s*[0-9０-９]{1,2}(?:[)）]|(?=[\\s　])))?|※[0-9０-９]{1,2})[\\s　]*(\\S.*)$");

	private final SourceText source;

	private final Path file;

	private final List<Line> lines = new ArrayList<>();

	private final List<Block> blocks = new ArrayList<>();

	/** The columns of the last space-aligned table, the line after it and how many blocks stood before it ended. */
	private List<AlignedRows.Span> alignedColumns;

	private int alignedEnd;

	/** The line the last space-aligned table started at. */
	private int alignedStart;

	private int alignedBlocks;

	private final List<String> paragraph = new ArrayList<>();

	private final List<Location> paragraphLines = new ArrayList<>();

	private Location paragraphAt;

	/** 【Ａ】, 【達成】: a grade alone on its line, never a section's label such as 【取組】. */
	private static final Pattern GRADE_LINE = Pattern
		.compile("^【(?:[A-EＡ-ＥSＳ]|[1-5１-５]|[◎○△×●]|達成|順調|概ね順調|着手|未着手|遅れ|やや遅れ|完了|実現|検討中)】$");

	/** 成果指標名 over 単位: the header of a table printed one cell per line, no label's value. */
	private boolean headsCells(int i) {
		return i + 1 < lines.size() && Words.isHeaderCell(lines.get(i).stripped()) && Words.isHeaderCell(lines.get(i + 1).stripped())
				&& lines.get(i).stripped().length() <= 12 && lines.get(i + 1).stripped().length() <= 12;
	}

	/** A row set apart by tabs within a few lines from {@code i}, no blank line or heading before it. */
	private boolean tabbedRowFollows(int i) {
		for (int j = i + 1; j < lines.size() && j <= i + 12; j++) {
			Line next = lines.get(j);
			if (next.text().isBlank() || HeadingShapes.match(next.stripped(), null).isPresent()) {
				return false;
			}
			if (next.text().indexOf('\t') >= 0) {
				return true;
			}
		}
		return false;
	}

	/** A word processor's plain text spills a cell's paragraphs; a PDF's lines are set out from glyph positions. */
	private List<BoxRows.Printed> spilled(List<BoxRows.Printed> lines) {
		return source.fromPdf() ? lines : LeadingTabRows.joined(SpilledTabRows.joined(lines));
	}

	/** Characters of a heading's line that the page's width may have broken before the rest of its title. */
	private static final int WRAPPED_TITLE = 30;

	/** 【主な取組】 over ●　…を進めます。: the first of the label's items, no value of it. */
	private static boolean isMarkedSentence(String text) {
		return MARKED_SENTENCE.matcher(text).matches() && text.length() >= PROSE_BULLET / 2 && HeadingShapes.match(text, null).isEmpty();
	}

	/** ●, ◆, ■ before a sentence: the marks a list's items take that headings take too. */
	private static final Pattern MARKED_SENTENCE = Pattern.compile("^([●◆■])[\\s　]*(\\S.*)$");

	/** Characters of a marked line past which, with a comma among them and a next line it wraps onto, it is prose. */
	private static final int PROSE_BULLET = 36;

	/** The width every full line of a narrow column reaches (a newsletter's 14 characters), or 0 where none is. */
	private final int measure;

	private final boolean doubleSpaced;

	/** Whether the lines are a sheet's records (CSV, Excel's Unicode text): each a row of its own, never a wrapped one. */
	private final boolean records;

	ModelBuilder(SourceText source) {
		this.source = source;
		this.file = source.file();
		List<String> sourceLines = source.fromPdf() ? HtmlLines.printedSourceRejoined(source.lines(), source.softWraps())
				: source.lines();
		List<String> joined = HtmlLines.tablesJoined(PipeRows.closed(WikiMarkup.asMarkdown(TextileMarkup.asMarkdown(sourceLines))));
		// a PDF's lines are set out by this reader from glyph positions, never by characters
		List<String> text = SideBadges.joined(StackedLetters.removed(SpacedLabels.closed(TabbedLists.untabbed(contentsLeadered(CharacterColumns.displayAligned(NameGrids.joined(joined), source.fromPdf()))))));
		Optional<List<BoxRows.Printed>> records = CommaRows.of(source.lines(), source::page, source.softWraps());
		this.records = records.isPresent();
		List<BoxRows.Printed> printed = records
			.orElseGet(() -> CheckColumns.marked(SpacedRows.tabbed(TwoColumnPages.read(ThreeColumnPages.read(SpokenTables.read(GridTables.boxed(BoxGrids.joined(StreamRows.tabbed(CellStreamRows.tabbed(StackedLabels.paired(StackedCards.rows(NumberedColumns.rows(SingleSpacedRows.rows(MarkedKeyRows.rows(KeyedCellStreams.rows(SpacedMarkRows.rows(ColumnRuns.rows(CaptionedCells.rows(ColumnBlocks.rows(ReadingOrderRows.rows(spilled(MarkdownSpans.plain(SlideDumps.read(GridSpacedRows.closed(printed(text))))))))))))))))))))))))));
		for (BoxRows.Printed line : BoxRows.joined(CentredKeys.raised(KeyedRowBlocks.joined(NameOverRow.joined(LeftLabels.raised(HeadingFields.split(CentredHeaders.joined(MergedGroupRows.joined(NestedGroupRows.joined(NamedRowBlocks.joined(CentredBands.joined(printed)))))))))))) {
			// **主な取組** alone on a line (Markdown's bold): a label, as 【主な取組】 prints it
			String unboxed = MARKDOWN_BOLD_LINE.matcher(BoxRows.unboxed(line.text())).replaceFirst("$1【$2】");
			// 管内人口 ………… ４１，８２６人: a label, its figure with a unit, leaders between them
			unboxed = LEADERED_FIGURE.matcher(unboxed).replaceFirst("$1：$2");
			unboxed = spokenField(unboxed);
			// 245万人[a]: a Google Docs comment's or footnote's anchor, no part of the text it is set after
			unboxed = DOCS_ANCHOR.matcher(unboxed).replaceAll("");
			// シート 1: 組織目標シート, a spreadsheet's HTML naming the sheet over its table: the file's furniture, no title
			unboxed = SHEET_NAME.matcher(unboxed).replaceFirst("");
			// MarkItDown's ### Notes: (a slide's speaker notes) and ### Chart: (its chart's data): labels, no headings
			unboxed = SLIDE_PART.matcher(unboxed).replaceFirst("$1");
			// 施策名|１－１　紙産業の振興: a ruled form's label and value, its rule read as a bar
			unboxed = RULED_FIELD.matcher(unboxed).replaceFirst("$1：$2");
			lines.add(new Line(unboxed, line.number(), line.page()));
		}
		doubleSpaced = doubleSpaced(lines);
		markRunningHeaders();
		joinLoneBullets();
		measure = measure(lines);
		if (measure > 0) {
			joinMeasured();
			joinLoneNumbers();
		}
	}

	private static final Pattern SHEET_NAME = Pattern.compile("^\\s*(?:シート|Sheet)\\s*[0-9]{1,2}\\s*[:：].*$");

	private static final Pattern DOCS_ANCHOR = Pattern.compile("(?<=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー0-9０-９%％）)」])\\[(?:[a-z]{1,2}|[0-9]{1,2})\\]");

	private static final Pattern SLIDE_PART = Pattern.compile("^#{1,6}\\s+((?:Notes|Chart):.*)$");

	/** 進捗状況は「完了」です。, 担当課は、保育課です。: a text version's field, spoken as a sentence. */
	private static final Pattern SPOKEN_FIELD = Pattern.compile("^([\\p{IsHan}\\p{IsKatakana}ー]{2,8})は、?「?([^「」。、]{1,30}?)」?です。$");

	/** 生涯学習課と公園緑地課: two offices spoken with と between them. */
	private static final Pattern OFFICES_AND = Pattern.compile("^(\\S{1,14}?(?:課|室|部|局|所|センター))と(\\S{1,14}(?:課|室|部|局|所|センター))$");

	/** 担当課, 所管部署: a label of the office in charge, which a text version reads out before its name. */
	private static final Pattern OFFICE_LABEL = Pattern.compile("(?:課|部署|部局|担当|所管)$");

	/** 担当課、子育て支援課。: a text version's field, its label and value read out with a comma between. */
	private static final Pattern SPOKEN_PAIR = Pattern.compile("^([\\p{IsHan}\\p{IsKatakana}ー]{2,8})、([^、。：:]{1,40})。$");

	private static String spokenField(String line) {
		Matcher pair = SPOKEN_PAIR.matcher(line.strip());
		if (pair.matches() && Words.isLabel(pair.group(1)) && OFFICE_LABEL.matcher(pair.group(1)).find()) {
			return pair.group(1) + "：" + pair.group(2);
		}
		Matcher spoken = SPOKEN_FIELD.matcher(line.strip());
		if (!spoken.matches() || !Words.isLabel(spoken.group(1))) {
			return line;
		}
		Matcher offices = OFFICES_AND.matcher(spoken.group(2));
		String value = offices.matches() ? offices.group(1) + "、" + offices.group(2) : spoken.group(2);
		return spoken.group(1) + "：" + value;
	}

	/** **主な取組** alone on a line: Markdown's bold, short, a label (a longer bold line is only emphasis). */
	static final Pattern MARKDOWN_BOLD_LINE = Pattern.compile("^(\\s*)(?:\\*\\*|__)(?:【)?([^*_【】]{1,30})(?:】)?(?:\\*\\*|__)\\s*$");

	/** ●, ■, ▶, ※, ❶, ①, 【, a full-width indent: what starts a line of its own, never a line the measure cut. */
	private static final Pattern OWN_LINE_START = Pattern.compile("^(?:[　●○◎■□◆◇▶▷▲△▼▽※・＊*❶-❿①-⑳【〔\\[]|[0-9０-９]{1,2}[\\s　.．、)）])");

	/**
	 * A newsletter's narrow column: a line set to the full measure goes on in the next line, unless that line starts
	 * a paragraph (a full-width indent), an item or a label. The joined line keeps the first line's place.
	 */
	private void joinMeasured() {
		for (int i = 0; i + 1 < lines.size(); i++) {
			Line line = lines.get(i);
			Line last = line;
			while (i + 1 < lines.size() && !line.isBlank() && !line.runningHeader() && full(last)) {
				Line next = lines.get(i + 1);
				if (next.isBlank() || next.runningHeader() || next.page() != line.page() || isFurniture(next)
						|| next.text().indexOf('\t') >= 0 || ownLineStart(next.text()) && !DECIMAL_START.matcher(next.text()).find()
						|| measure > 40 && (SPACED_CELLS.matcher(line.text().strip()).find() || SPACED_CELLS.matcher(next.text().strip()).find())
						|| line.stripped().endsWith("。") || BOX_DRAWING.matcher(line.text() + next.text()).find()
						|| HeadingShapes.match(next.stripped(), null).isPresent() && !DECIMAL_START.matcher(next.text()).find()
						|| measure > 40 && field(next.stripped(), null).isPresent()
						|| i + 2 < lines.size() && LONE_NUMBER.matcher(lines.get(i + 2).stripped()).matches()) {
					// 重点課題 over ❶: a label over the number it heads, no end of the line above
					break;
				}
				last = next;
				line = new Line(line.text().stripTrailing() + next.stripped(), line.number(), line.page());
				lines.set(i, line);
				lines.remove(i + 1);
			}
		}
	}

	/** An outline's tab-indented ・ item, its tabs set out as spaces, starts its own line as much as one at the margin. */
	private static boolean ownLineStart(String text) {
		return OWN_LINE_START.matcher(text).find() || text.startsWith(" ") && OWN_LINE_START.matcher(text.stripLeading()).find();
	}

	/** ３．４％となりました: the rest of a figure the measure cut (…達成率は７ / ３．４％…), no numbered line. */
	private static final Pattern DECIMAL_START = Pattern.compile("^[0-9０-９]+[.．][0-9０-９]");

	private static final Pattern BOX_DRAWING = Pattern.compile("[│┃┌┐└┘├┤┏┓┗┛]");

	/** ❶ alone on its line in a narrow column, its title on the short lines under it: one numbered line. */
	private static final Pattern LONE_NUMBER = Pattern.compile("^[❶-❿①-⑳]$");

	/** ● alone on its line, its text on the lines under it (a PDF's list whose marks are drawn apart): one bullet. */
	private static final Pattern LONE_BULLET = Pattern.compile("^[●・◆▪]$");

	private void joinLoneBullets() {
		for (int i = 0; i + 1 < lines.size(); i++) {
			Line bullet = lines.get(i);
			if (!LONE_BULLET.matcher(bullet.stripped()).matches()) {
				continue;
			}
			StringBuilder item = new StringBuilder(bullet.stripped());
			int taken = 0;
			// its sentence on the line under it, and the lines that sentence wrapped onto, up to its full stop
			while (taken <= MAX_ITEM_LINES && (taken == 0 || !item.toString().endsWith("。")) && i + 1 < lines.size()
					&& goesOnItem(bullet, lines.get(i + 1))) {
				item.append(taken == 0 ? "　" : "").append(lines.get(i + 1).stripped());
				lines.remove(i + 1);
				taken++;
			}
			if (taken > 0) {
				lines.set(i, new Line(item.toString(), bullet.number(), bullet.page()));
			}
		}
	}

	/** The line under a mark drawn apart goes on with its item: text on the same page, no mark, furniture or heading. */
	private static boolean goesOnItem(Line bullet, Line next) {
		return !next.isBlank() && next.page() == bullet.page() && !LONE_BULLET.matcher(next.stripped()).matches() && !isFurniture(next)
				&& HeadingShapes.match(next.stripped(), null).isEmpty();
	}

	/** Lines a sentence set apart from its mark may wrap onto. */
	private static final int MAX_ITEM_LINES = 4;

	private void joinLoneNumbers() {
		for (int i = 0; i + 1 < lines.size(); i++) {
			if (!LONE_NUMBER.matcher(lines.get(i).stripped()).matches()) {
				continue;
			}
			if (i >= 2 && !lines.get(i - 1).isBlank() && !lines.get(i - 2).isBlank()
					&& lines.get(i - 1).stripped().matches("^[^。、，,\\s　]{2,8}$")) {
				// 重点課題 over ❹: the label the number belongs to starts a block of its own
				lines.add(i - 1, new Line("", lines.get(i - 1).number(), lines.get(i - 1).page()));
				i++;
			}
			Line line = lines.get(i);
			int taken = 0;
			while (i + 1 < lines.size() && taken < 3) {
				Line next = lines.get(i + 1);
				if (next.isBlank() || next.page() != line.page() || isFurniture(next) || OWN_LINE_START.matcher(next.text()).find()
						|| DisplayWidth.of(next.text().stripTrailing()) >= measure - 2 || next.stripped().endsWith("。")) {
					break;
				}
				line = new Line(line.stripped() + (taken == 0 ? "　" : "") + next.stripped(), line.number(), line.page());
				lines.set(i, line);
				lines.remove(i + 1);
				taken++;
			}
		}
	}

	private boolean full(Line line) {
		int width = DisplayWidth.of(line.text().stripTrailing());
		if (measure > 40 && line.text().endsWith(" ") && width >= measure - 8 && width <= measure) {
			// a mailer's flowed text (RFC 3676) ends a line it wrapped with a space, a little short of the measure
			return true;
		}
		return width >= measure - 2 && width <= measure + 2;
	}

	private List<BoxRows.Printed> printed(List<String> text) {
		List<BoxRows.Printed> printed = new ArrayList<>();
		int endsAt = -1;
		for (int i = 0; i < text.size(); i++) {
			for (String part : HtmlLines.expand(org.govreview.readers.text.OverprintedLetters.once(text.get(i)).replace('\f', ' ').replace('\u00a0', ' '))) {
				if (endsAt == i - 1 && source.softWraps().contains(endsAt) && !printed.isEmpty() && !part.isBlank()
						&& !SPACED_CELLS.matcher(printed.get(printed.size() - 1).text()).find() && !SPACED_CELLS.matcher(part).find()) {
					// a line of running text the PDF page's right edge broke: the next line goes on with it
					BoxRows.Printed above = printed.remove(printed.size() - 1);
					String before = above.text().stripTrailing();
					String after = part.strip();
					boolean latin = !before.isEmpty() && !after.isEmpty() && isLatinLetter(before.charAt(before.length() - 1))
							&& isLatinLetter(after.charAt(0));
					printed.add(new BoxRows.Printed(before + (latin ? " " : "") + after, above.number(), above.page()));
				}
				else {
					printed.add(new BoxRows.Printed(part, i + 1, source.page(i)));
				}
				endsAt = i;
			}
		}
		return printed;
	}

	/**
	 * Whether a table's last row fills every column of its first and its first cell ends on a whole word (a kanji or
	 * katakana, no particle): a row that a copied page or sheet printed complete, no wrap of it pending.
	 */
	private static boolean endsFilled(List<List<Cell>> rows) {
		List<Cell> last = rows.get(rows.size() - 1);
		int width = rows.get(0).size();
		return last.size() == width && !last.get(width - 1).text().isBlank()
				&& last.get(0).text().strip().matches(".*[\\p{IsHan}\\p{IsKatakana}ー]$");
	}

	/** A tab or a wide gap between words: a row's cells, which a wrap does not join as running text. */
	private static final Pattern SPACED_CELLS = Pattern.compile("\\t|\\S(?: {2,}|　{2,})\\S");

	private static boolean isLatinLetter(char c) {
		return c < 0x80 && Character.isLetterOrDigit(c);
	}

	/** 大分市長マニフェスト 進捗報告（令和６年度末）   2: a title of eight letters or more, then a bare page number. */
	private static final Pattern BARE_NUMBERED_FOOTER = Pattern.compile("^(\\S.{6,}\\S)  [0-9０-９]{1,3}$");

	/** 会派行政視察報告  3 / 16, 実施計画  - 4 -: a line's words, then the page's number after a wide gap. */
	private static final Pattern NUMBERED_FOOTER = Pattern
		.compile("^(.*\\S)  (?:[0-9０-９]{1,3}\\s*[/／]\\s*([0-9０-９]{1,3})|[-－‐]\\s*[0-9０-９]{1,3}\\s*[-－‐])(  \\S.*)?$");

	/**
	 * 松阪市　健康福祉部　…　部局長の「実行宣言」 again after every page number: the header of each page, furniture like the
	 * number before it. A line counts when it is printed after two page numbers or more and every time but perhaps the
	 * first (the title the header repeats, kept) just after one; a footer that carries its page's number (at its end, or
	 * before a date) on three pages or more, or at the edge of two pages or more counting them out of their number
	 * (1 / 4), counts whatever stands around it; a table row is no page header, nor a heading that the outline names once
	 * and a page then starts with.
	 */

	private void markRunningHeaders() {
		Map<String, List<Integer>> occurrences = new HashMap<>();
		for (int i = 0; i < lines.size(); i++) {
			String text = lines.get(i).stripped();
			// the gaps of a header drawn again on every page come out of a PDF a space wider or narrower
			String key = text.replaceAll("[\\s　]{2,}|\t", "  ");
			// 創生はつかいち　会派行政視察報告      3 / 16: a footer that carries the page's number at its end, or
			// between its office and its date (諫早市 企画政策課  1 / 4  2025/5/26), however many cells it sets out
			Matcher numbered = NUMBERED_FOOTER.matcher(key);
			Matcher bare = BARE_NUMBERED_FOOTER.matcher(key);
			if (!text.isEmpty() && key.length() <= 80 && !numbered.matches() && bare.matches()) {
				occurrences.computeIfAbsent(bare.group(1) + "  ##", k -> new ArrayList<>()).add(i);
			}
			else if (!text.isEmpty() && key.length() <= 80 && !text.endsWith("。") && !isFurniture(lines.get(i))
					&& (numbered.matches() || structuredCells(lines.get(i)) == null || firstOnPage(i))) {
				occurrences.computeIfAbsent(numbered.matches()
						? numbered.group(1) + Objects.toString(numbered.group(3), "") + "  #" + Objects.toString(numbered.group(2), "") : key,
						k -> new ArrayList<>()).add(i);
			}
		}
		for (Map.Entry<String, List<Integer>> occurrence : occurrences.entrySet()) {
			List<Integer> at = occurrence.getValue();
			if (at.size() < 2) {
				continue;
			}
			if (occurrence.getKey().endsWith("  ##")) {
				// 大分市長マニフェスト 進捗報告（令和６年度末）   2: a slide's footer and its number, at the edge of three pages
				// or more, each on a page of its own
				if (at.size() >= 3 && at.stream().map(i -> lines.get(i).page()).distinct().count() == at.size()
						&& at.stream().allMatch(this::atPageEdge)) {
					at.forEach(i -> lines.set(i, new Line(lines.get(i).text(), lines.get(i).number(), lines.get(i).page(), true)));
				}
				continue;
			}
			// 1 / 4 … 4 / 4: pages counted out of a stated number, at the edge of two pages or more
			if (occurrence.getKey().matches("(?s).*  #[0-9０-９]*") && (at.size() >= 3 || !occurrence.getKey().endsWith("#")
					&& at.stream().map(i -> lines.get(i).page()).distinct().count() == at.size() && at.stream().allMatch(this::atPageEdge))) {
				at.forEach(i -> lines.set(i, new Line(lines.get(i).text(), lines.get(i).number(), lines.get(i).page(), true)));
				continue;
			}
			List<Integer> overPageNumber = at.stream().filter(this::endsPageOverNumber).toList();
			if (overPageNumber.size() >= 3 && overPageNumber.size() >= at.size() - 1) {
				// 伊勢原みらいの会　行政視察報告 over 6, the page's last two lines: its footer and number, on every page
				for (int i : overPageNumber) {
					lines.set(i, new Line(lines.get(i).text(), lines.get(i).number(), lines.get(i).page(), true));
					lines.set(i + 1, new Line(lines.get(i + 1).text(), lines.get(i + 1).number(), lines.get(i + 1).page(), true));
				}
				continue;
			}
			List<Integer> beforePageNumber = at.stream().filter(this::precedesDashedPageNumber).toList();
			if (beforePageNumber.size() >= 3 && beforePageNumber.size() >= at.size() - 1) {
				// 第３次岩国市総合計画　実施計画 then - 4 -, a blank line apart: a page's header and number as a text
				// without form feeds runs them into the page's text
				beforePageNumber
					.forEach(i -> lines.set(i, new Line(lines.get(i).text(), lines.get(i).number(), lines.get(i).page(), true)));
				continue;
			}
			List<Integer> afterPageNumber = at.stream().filter(this::followsPageNumber).toList();
			// printed on every page but the cover's and the contents', where it may stand once more
			int unpaged = at.size() >= 5 ? 2 : 1;
			if (afterPageNumber.size() >= Math.max(2, at.size() - unpaged)) {
				// the first, where no page number comes before it, is the title the later pages repeat
				afterPageNumber
					.forEach(i -> lines.set(i, new Line(lines.get(i).text(), lines.get(i).number(), lines.get(i).page(), true)));
			}
		}
	}

	/** One of the first or last three lines a page prints. */
	private boolean atPageEdge(int i) {
		int page = lines.get(i).page();
		int before = 0;
		for (int j = i - 1; j >= 0 && lines.get(j).page() == page && before < 3; j--) {
			before += lines.get(j).isBlank() ? 0 : 1;
		}
		int after = 0;
		for (int j = i + 1; j < lines.size() && lines.get(j).page() == page && after < 3; j++) {
			after += lines.get(j).isBlank() ? 0 : 1;
		}
		return before < 3 || after < 3;
	}

	/** The first line a page prints: a header there is the page's, however its words are set out. */
	private boolean firstOnPage(int i) {
		int before = i - 1;
		while (before >= 0 && lines.get(before).isBlank()) {
			before--;
		}
		return before >= 0 && lines.get(before).page() != lines.get(i).page() && followsPageNumber(i);
	}

	/** The line is followed by a page number alone on the page's last line. */
	private boolean endsPageOverNumber(int i) {
		if (i + 1 >= lines.size() || !PageNumbers.isPageNumber(lines.get(i + 1).text())) {
			return false;
		}
		int after = i + 2;
		while (after < lines.size() && lines.get(after).isBlank()) {
			after++;
		}
		return after >= lines.size() || lines.get(after).page() != lines.get(i + 1).page();
	}

	/** The next line but blank ones is a page number set between dashes (- 4 -, －４－), no bare figure. */
	private boolean precedesDashedPageNumber(int i) {
		int after = i + 1;
		while (after < lines.size() && lines.get(after).isBlank()) {
			after++;
		}
		return after < lines.size() && after - i <= 2 && PageNumbers.isPageNumber(lines.get(after).text())
				&& !lines.get(after).stripped().matches("[0-9０-９]{1,3}");
	}

	private boolean followsPageNumber(int i) {
		int before = i - 1;
		while (before >= 0 && lines.get(before).isBlank()) {
			before--;
		}
		if (before < 0 || !PageNumbers.isPageNumber(lines.get(before).text())) {
			return false;
		}
		// a bare number is a page's only when blank lines set it apart (not the 6 of a cell per line), and in a text
		// that sets every line apart so (docx2txt's) never: there it is a cell's figure
		// (pdftotext ends a page on its number and starts the next, header first, on the form feed's line)
		return !lines.get(before).stripped().matches("[0-9０-９]{1,3}") || !doubleSpaced && (before == 0 || lines.get(before - 1).isBlank())
				&& (before + 1 < i && lines.get(before + 1).isBlank() || lines.get(before).page() != lines.get(i).page());
	}

	DocumentModel build() {
		int i = 0;
		while (i < lines.size()) {
			Line line = lines.get(i);
			if (line.isBlank()) {
				flushParagraph();
				i++;
				continue;
			}
			if (isFurniture(line) || MARKDOWN_RULE.matcher(line.text()).matches()) {
				i++;
				continue;
			}
			Optional<OneCellRuns.Run> underHeader = structuredCells(line) != null ? OneCellRuns.underTabHeader(lines, i, file)
					: Optional.empty();
			if (underHeader.isPresent()) {
				// No.⇥マニフェスト項目⇥…⇥担当課 repeated over a page whose rows extraction printed one cell per line
				i = addTable(underHeader.get());
				continue;
			}
			if (structuredCells(line) != null) {
				flushParagraph();
				if (headingWithField(line) || headingWithDate(AlignedRows.split(line.text()), null).isPresent()) {
					i = single(i);
					continue;
				}
				Line heading = labelledHeadingRow(i);
				if (heading != null) {
					lines.set(i, withTitleRest(heading, i + 1));
					i = single(i);
					continue;
				}
				i = structuredTable(i);
				continue;
			}
			int at = i;
			int run = OneCellRuns.table(lines, i, file).or(() -> doubleSpacedTable(at)).map(this::addTable).orElse(-1);
			if (run > 0) {
				flushParagraph();
				i = run;
				continue;
			}
			i = single(i);
		}
		flushParagraph();
		List<Block> leveled = HeadingLevels.assign(MarkedLists.restructure(LabelLists.restructure(TableRuns.join(blocks)))).stream()
			.map(block -> block instanceof Table table ? table.withRows(nameBeganAbove(table.rows(), table.headerRows()), table.headerRows())
					: block)
			.toList();
		return new DocumentModel(source, leveled, sections(leveled), records);
	}

	/**
	 * A table of a document whose every paragraph a blank line follows (a Word file saved as text by docx2txt): read
	 * as if its cells stood on consecutive lines, and ended where they end.
	 */
	private Optional<OneCellRuns.Run> doubleSpacedTable(int start) {
		if (!doubleSpaced || start + 1 >= lines.size() || !lines.get(start + 1).isBlank()) {
			return Optional.empty();
		}
		Optional<OneCellRuns.Run> rowsByCount = DoubleSpacedRows.table(lines, start, file);
		if (rowsByCount.isPresent()) {
			return rowsByCount;
		}
		List<Line> compact = new ArrayList<>(lines.subList(0, start));
		List<Integer> origin = new ArrayList<>();
		// a window of the lines ahead, wide enough for any table, so that no line is copied for every line before it
		for (int j = start; j < lines.size() && origin.size() < DOUBLE_SPACED_WINDOW; j++) {
			if (!lines.get(j).isBlank()) {
				compact.add(lines.get(j));
				origin.add(j);
			}
		}
		return OneCellRuns.table(compact, start, file).filter(run -> run.end() - start >= 4).map(run -> {
			int taken = run.end() - start;
			int end = taken < origin.size() ? origin.get(taken) : origin.get(origin.size() - 1) + 1;
			return new OneCellRuns.Run(run.caption(), run.table(), end);
		});
	}

	private static final int DOUBLE_SPACED_WINDOW = 800;

	/**
	 * Whether a blank line follows nearly every line of text and almost no two lines of text stand together: each
	 * paragraph and each cell a line of its own, as docx2txt saves a Word file.
	 */
	private static boolean doubleSpaced(List<Line> lines) {
		int text = 0;
		int together = 0;
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).isBlank() || lines.get(i).text().indexOf('\t') >= 0) {
				// a table's rows, read back into tab-separated lines, stand together however the text is spaced
				continue;
			}
			text++;
			if (i + 1 < lines.size() && !lines.get(i + 1).isBlank()) {
				together++;
			}
		}
		// a cell of two paragraphs, a heading over its number: a line in ten may stand with the next
		return text >= 40 && together * 10 <= text;
	}

	/**
	 * 7 | 市民病院の再編・ネットワーク化の over | 推進 | 市民病院経営企画室 | 3 | 3: a row whose name a sheet wrapped over two
	 * lines and whose other cells it printed beside the second, half-way down the row; one row again.
	 */
	private static List<List<Cell>> nameBeganAbove(List<List<Cell>> rows, int headerRows) {
		List<List<Cell>> joined = new ArrayList<>(rows);
		for (int r = Math.max(headerRows, 0); r + 1 < joined.size(); r++) {
			List<Cell> top = joined.get(r);
			List<Cell> rest = joined.get(r + 1);
			if (top.size() < 2 || rest.size() < 4 || top.get(0).isEmpty() || top.get(1).isEmpty() || !rest.get(0).isEmpty()
					|| rest.get(1).isEmpty() || top.subList(2, top.size()).stream().anyMatch(cell -> !cell.isEmpty())
					|| rest.subList(2, rest.size()).stream().filter(cell -> !cell.isEmpty()).count() < 2
					|| !CUT_PHRASE.matcher(top.get(1).text().strip()).find() && rest.get(1).text().strip().length() > 4) {
				continue;
			}
			List<Cell> row = new ArrayList<>(rest);
			row.set(0, top.get(0));
			row.set(1, new Cell(top.get(1).text().strip() + rest.get(1).text().strip(), top.get(1).location()));
			joined.set(r, row);
			joined.remove(r + 1);
		}
		return joined;
	}

	private int addTable(OneCellRuns.Run run) {
		flushParagraph();
		run.caption().ifPresent(caption -> blocks.add(new Paragraph(caption.text(), caption.at(file))));
		blocks.add(run.table());
		return run.end();
	}

	/** １, (1), （２）, ア, ①: the number of an outline's item, a cell of its own. */
	private static final Pattern OUTLINE_NUMBER = Pattern.compile("^(?:[0-9０-９]{1,2}|[(（][0-9０-９]{1,2}[)）]|[ア-ン]|[①-⑳])$");

	/** 視察期間, 参加委員: an outline item's short title, no figure and no sentence. */
	private static final Pattern OUTLINE_TITLE = Pattern.compile("^[^0-9０-９。、\\s]{2,16}$");

	/**
	 * Whether the next line with text stands further in than {@code column}, and the lines up to the next blank one
	 * make no sentence: the item's particulars under its number (a paragraph under a heading is read as it always was).
	 */
	private boolean indentedUnder(int i, int column) {
		int next = i + 1;
		while (next < lines.size() && next <= i + 2 && lines.get(next).text().isBlank()) {
			next++;
		}
		if (next >= lines.size() || lines.get(next).text().isBlank() || DisplayWidth.indent(lines.get(next).text()) <= column + 1) {
			return false;
		}
		for (int k = next; k < lines.size() && k < next + OUTLINE_LINES && !lines.get(k).text().isBlank(); k++) {
			String text = lines.get(k).stripped();
			if (text.contains("。") && !text.startsWith("※")) {
				return false;
			}
		}
		return true;
	}

	/** The lines of an outline item's particulars looked at, at the most. */
	private static final int OUTLINE_LINES = 8;

	/** 景山  浩二（委員長）、門脇  さとみ（副委員長）、足立  俊介: names listed, a full-width space in each printed as two. */
	private static final Pattern NAMES_LISTED = Pattern.compile("^\\s*[^\\s]+(?:  [^\\s]+){2,}\\s*$");

	private static boolean namesListed(String text) {
		return text.indexOf('\t') < 0 && NAMES_LISTED.matcher(text).matches() && text.strip().split("、").length >= 3;
	}

	/** A line that is not part of a table: heading, field, list item, aligned row or running text. */
	private int single(int i) {
		Line line = lines.get(i);
		Location at = line.at(file);
		List<AlignedRows.Span> aligned = AlignedRows.split(line.text());
		String stripped = line.stripped();
		if (isPageTitle(i)) {
			// 区の概況 over its slide's bullets: the heading of all the page holds
			flushParagraph();
			blocks.add(new Heading(NumberingScheme.PAGE_TITLE, "", "", stripped, 0, at));
			return i + 1;
		}
		Optional<Heading> spaced = spacedHeading(stripped, at);
		if (spaced.isPresent()) {
			flushParagraph();
			addHeading(spaced.get());
			return i + 1;
		}
		if (LETTER_SPACED.matcher(stripped).matches() && evenlySpaced(stripped) && !Words.isLabel(stripped)
				&& (Words.key(stripped).length() >= 3 || Words.SECTIONS.contains(Words.key(stripped)))) {
			// 所　　感, 唐　津　市, 行 政 視 察 報 告 書: a word set out letter by letter, no label with a one-letter value
			flushParagraph();
			blocks.add(new Paragraph(Words.key(stripped), at));
			return i + 1;
		}
		Optional<Field> numberedLabel = numberedField(aligned, at);
		if (numberedLabel.isPresent()) {
			flushParagraph();
			// １　出席委員　　◎高橋　健一　　○村上　美和, then 　　　　　　小野寺　剛　　桜井　直子 under the value: its rest
			int valueColumn = aligned.get(2).start();
			// the value as printed, its spaces kept: 高橋　健一　　村上　美和 are two names, not four cells
			String printed = line.text();
			int valueAt = printed.indexOf(aligned.get(2).text().strip(), printed.indexOf(aligned.get(1).text().strip())
					+ aligned.get(1).text().strip().length());
			StringBuilder value = new StringBuilder(valueAt < 0 ? numberedLabel.get().value() : printed.substring(valueAt).strip());
			int next = hangingEnd(i + 1, valueColumn, 2, false);
			for (int k = i + 1; k < next; k++) {
				value.append("　　").append(lines.get(k).text().strip());
			}
			blocks.add(new Field(numberedLabel.get().label(), value.toString(), at));
			return next;
		}
		if (aligned.size() >= 2 && isNameList(aligned)) {
			// 委員長　長谷川　修　　副委員長　村上　千尋: people with their roles, a line of text and no table row
			if (paragraph.isEmpty()) {
				paragraphAt = at;
			}
			paragraph.add(line.text());
			paragraphLines.add(at);
			return i + 1;
		}
		if (aligned.size() == 2 && KANA_NUMBER.matcher(aligned.get(0).text().strip()).matches()) {
			Optional<Heading> numbered = HeadingShapes.match(stripped, at);
			if (numbered.isPresent()) {
				// ア　未受診者への個別通知…: an item numbered in kana, whatever space the number stands apart by
				flushParagraph();
				addHeading(numbered.get());
				return i + 1;
			}
		}
		if (aligned.size() == 2 && CIRCLED_ALONE.matcher(aligned.get(0).text().strip()).matches() && !nextCircled(i)
				&& blockUnder(i, aligned.get(1).start())) {
			Optional<Heading> numbered = HeadingShapes.match(stripped, at);
			if (numbered.isPresent() && numbered.get().scheme() == NumberingScheme.CIRCLED) {
				// ⑤　長崎市の概要 over 区分 | 令和２年 | 令和７年: a part's heading, not the first row of the table under it;
				// rows numbered ① ② … one after another stay a table
				flushParagraph();
				addHeading(numbered.get());
				return i + 1;
			}
		}
		Optional<Heading> dated = headingWithDate(aligned, at);
		if (dated.isPresent()) {
			// Ⅱ　長野県松本市　　令和６年１０月３０日（水）　午前１０時～正午: a numbered heading, its date and time beside it
			flushParagraph();
			addHeading(dated.get());
			blocks.add(new Paragraph(aligned.stream().skip(2).map(span -> span.text().strip())
				.collect(java.util.stream.Collectors.joining("　")), at.cell(3)));
			return i + 1;
		}
		if (aligned.size() >= 2) {
			Optional<Heading> heading = HeadingShapes.match(aligned.get(0).text(), at);
			if (heading.isPresent() && aligned.size() == 2 && heading.get().scheme() == NumberingScheme.SYMBOL
					&& FIGURE.matcher(aligned.get(1).text()).find()) {
				// ◇観光入込客数　　612万人（R5）→ 700万人（R11）: a bulleted name and its figures, not a heading
				flushParagraph();
				blocks.add(new ListItem(heading.get().label(), heading.get().title() + "　" + aligned.get(1).text().strip(), at));
				return i + 1;
			}
			if (heading.isPresent() && aligned.size() == 2 && heading.get().scheme() == NumberingScheme.BRACKETED
					&& Words.isLabel(heading.get().title())) {
				// 【視察先】　　大阪府大東市: a bracketed label and its value
				flushParagraph();
				blocks.add(new Field(Words.key(heading.get().title()), aligned.get(1).text().strip(), at));
				return i + 1;
			}
			if (heading.isPresent() && aligned.size() == 2) {
				flushParagraph();
				String margin = aligned.get(1).text();
				int next = i + 1;
				while (heading.get().title().isEmpty() && next < lines.size() && hangsUnder(lines.get(next), line, margin.strip())) {
					// 重点目標２　高齢者が…ケアシステム over 　　　の深化: the title the value column wrapped
					margin = Wraps.join(List.of(margin.strip(), lines.get(next).stripped()));
					next++;
				}
				headingAndMargin(heading.get(), margin, at);
				return next;
			}
			if (aligned.size() == 2 && OUTLINE_NUMBER.matcher(aligned.get(0).text().strip()).matches()
					&& OUTLINE_TITLE.matcher(aligned.get(1).text().strip()).matches() && indentedUnder(i, aligned.get(0).start())) {
				// １  視察期間 over 　　令和７年１０月２１日…: an outline's numbered item, its text indented under it
				Optional<Heading> item = HeadingShapes.match(aligned.get(0).text().strip() + "　" + aligned.get(1).text().strip(), at);
				if (item.isPresent() && !item.get().title().isEmpty()) {
					flushParagraph();
					blocks.add(item.get());
					return i + 1;
				}
			}
			int titleSpans = aligned.size() - 1;
			Optional<Field> margin = field(aligned.get(aligned.size() - 1).text().strip(), at);
			if (margin.isEmpty() && aligned.size() >= 3) {
				// ◆公約１　観光の振興…　　　公約の評価　３．７: a label and its figure at the right margin; 【分野１】子育て・教育
				// 評価点　8・0点 ／ 10点 with the maximum after the figure
				Matcher figure = LABELLED_FIGURE.matcher(aligned.get(aligned.size() - 2).text().strip() + "　"
						+ aligned.get(aligned.size() - 1).text().strip());
				if (figure.matches()) {
					margin = Optional.of(new Field(Words.key(figure.group(1)), figure.group(2), at.cell(aligned.size() - 1)));
					titleSpans = aligned.size() - 2;
				}
			}
			Optional<Heading> headed = aligned.size() >= 3 ? HeadingShapes.match(aligned.subList(0, titleSpans)
				.stream().map(span -> span.text().strip()).collect(java.util.stream.Collectors.joining("　")), at) : Optional.empty();
			if (headed.isPresent() && !headed.get().title().isEmpty() && margin.isPresent()) {
				// 施策１－２　学校教育の充実　　　主担当課：学校教育課: a heading and its field, not a table row
				flushParagraph();
				blocks.add(headed.get());
				blocks.add(margin.get());
				return i + 1;
			}
			if (aligned.size() <= 6 && Words.isLabel(aligned.get(0).text()) && !headsDatedColumns(aligned, i)
					&& (!AlignedRows.neighbourIsAligned(lines, i) || labelLine(beyondRules(i - 1, -1))
							|| labelLine(beyondRules(i + 1, 1)))
					&& aligned.stream().skip(1).noneMatch(span -> Words.isLabel(span.text()))) {
				// 評価　　　達成　　　（前年度　達成）: a label alone on its line with its value and a remark
				flushParagraph();
				StringBuilder value = new StringBuilder(aligned.stream()
					.skip(1)
					.map(span -> span.text().strip())
					.collect(java.util.stream.Collectors.joining("　")));
				// 対 応 者　　岡山市都市整備局… over 　　　　　　　　岡山市議会　副議長: the value's next line, under it
				int next = hangingEnd(i + 1, aligned.get(1).start(), 1, true);
				for (int k = i + 1; k < next; k++) {
					value.append('\n').append(AlignedRows.split(lines.get(k).text()).stream().map(span -> span.text().strip())
						.collect(java.util.stream.Collectors.joining("　")));
				}
				blocks.add(new Field(Words.key(unbracketed(aligned.get(0).text())), value.toString(), at));
				return next;
			}
			if (isLabelPairs(aligned)) {
				// 施策番号　１-１　　　施策名　子育て支援の充実: two fields on one line, no table row
				flushParagraph();
				for (int p = 0; p + 1 < aligned.size(); p += 2) {
					blocks.add(new Field(Words.key(aligned.get(p).text()), aligned.get(p + 1).text().strip(), at.cell(p + 1)));
				}
				return i + 1;
			}
			List<Optional<Field>> colonFields = aligned.stream().map(span -> field(span.text().strip(), at)).toList();
			if (colonFields.stream().allMatch(f -> f.isPresent() && !f.get().value().isEmpty())) {
				// 基準値：21件（R元）　　R5実績：26件　　目標値（R7）：30件: labels with their values, one after another
				flushParagraph();
				for (int p = 0; p < colonFields.size(); p++) {
					Field f = colonFields.get(p).get();
					blocks.add(new Field(f.label(), f.value(), at.cell(p + 1)));
				}
				return i + 1;
			}
			if (isLegendOverHeader(aligned, i)) {
				// 【評価】◎目標達成　○概ね順調　△やや遅れ at the right margin over 指標 | 基準値 | 目標値 …: the table's
				// legend, no row of it
				flushParagraph();
				blocks.add(new Paragraph(stripped, at));
				return i + 1;
			}
			if ((aligned.size() >= 3 || AlignedRows.neighbourIsAligned(lines, i)) && !namesListed(line.text())) {
				flushParagraph();
				List<AlignedRows.Span> above = columnsAbove(i);
				AlignedRows.Result table = AlignedRows.table(lines, i, file, above);
				if (table != null) {
					if (table.columns() == above && blocks.size() == alignedBlocks && restOfRowAbove(table.table())) {
						alignedEnd = table.end();
						return table.end();
					}
					Table found = table.table();
					if (above != null && sameColumns(table.columns(), above)) {
						found = underHeaderAbove(found);
					}
					else if (above != null && table.columns().size() > above.size()) {
						found = underHeaderPlacedAbove(found, table.columns());
					}
					if (above != null && found == table.table()) {
						found = underHeaderAlone(found);
					}
					blocks.add(found);
					alignedStart = i;
					alignedColumns = table.columns();
					alignedEnd = table.end();
					alignedBlocks = blocks.size();
					return table.end();
				}
			}
		}
		Optional<Heading> heading = HeadingShapes.match(stripped, at);
		if (heading.isPresent()) {
			flushParagraph();
			Heading h = heading.get();
			Optional<Heading> labelled = h.title().isEmpty() ? Optional.empty() : HeadingShapes.match(h.title(), at);
			if (labelled.isPresent() && labelled.get().scheme() == NumberingScheme.LABELLED && labelled.get().title().isEmpty()
					&& !labelled.get().number().isEmpty()) {
				// ３　重点取組① over 子どもの未来を育む: the slide's section number, then the labelled heading whose title
				// is the next line
				h = labelled.get();
			}
			else if (labelled.isPresent() && labelled.get().scheme() == NumberingScheme.LABELLED && !labelled.get().number().isEmpty()
					&& h.scheme() != NumberingScheme.LABELLED && !h.number().isEmpty()) {
				// (1)　重点目標１　安心して…: the outline's number, then the label that says what the heading is
				h = labelled.get();
			}
			if (h.scheme() == NumberingScheme.BRACKETED && Words.isLabel(h.title()) && i + 1 < lines.size()
					&& isValueLine(lines.get(i + 1)) && !wrapsOn(i + 1) && field(lines.get(i + 1).stripped(), at).isEmpty()
					&& !isMarkedSentence(lines.get(i + 1).stripped())) {
				blocks.add(new Field(Words.key(h.title()), lines.get(i + 1).stripped(), at));
				return i + 2;
			}
			if (h.scheme() == NumberingScheme.SYMBOL && h.title().length() >= PROSE_BULLET && h.title().contains("、")
					&& i + 1 < lines.size() && !lines.get(i + 1).isBlank() && HeadingShapes.match(lines.get(i + 1).stripped(), at).isEmpty()
					&& indent(lines.get(i + 1).text()) <= indent(line.text()) && field(lines.get(i + 1).stripped(), at).isEmpty()) {
				// ○本町の住宅の耐震化率は全国平均を下回っており、… wrapped at the page's width: a paragraph set off by its
				// mark, no heading
				String body = h.title();
				int next = i + 1;
				while (next < lines.size() && continuesItem(body, line, lines.get(next - 1), lines.get(next))) {
					body = Wraps.join(List.of(body, lines.get(next).stripped()));
					next++;
				}
				blocks.add(new ListItem(h.label(), body, at));
				return next;
			}
			if ((h.scheme() == NumberingScheme.KATAKANA || h.scheme() == NumberingScheme.PARENTHESISED_KATAKANA)
					&& h.title().length() >= PROSE_BULLET && h.title().contains("、") && !h.title().endsWith("。")
					&& i + 1 < lines.size() && isPlainLine(lines.get(i + 1)) && indent(lines.get(i + 1).text()) > indent(line.text())
					&& HeadingShapes.match(lines.get(i + 1).stripped(), at).isEmpty()) {
				// ア　市内20か所の地域包括支援センターの…、介護 over 　　支援専門員への支援の質を高める。: a sentence the
				// item's hanging indent goes on with, no heading
				String body = h.title();
				int next = i + 1;
				while (next < lines.size() && continuesItem(body, line, lines.get(next - 1), lines.get(next))) {
					body = Wraps.join(List.of(body, lines.get(next).stripped()));
					next++;
				}
				if (body.endsWith("。")) {
					blocks.add(new ListItem(h.number(), body, at));
					return next;
				}
			}
			int next = i + 1;
			String title = h.title();
			while (next < lines.size() && title.length() <= 60
					&& continuesHeading(title, line, lines.get(next), next + 1 < lines.size() ? lines.get(next + 1) : null)) {
				// ■柱１ over its title; ① …の販路拡 then 　大を支援します: a title the width wrapped
				title = Wraps.join(List.of(title, lines.get(next).stripped()));
				next++;
			}
			if (title.isEmpty() && h.scheme() == NumberingScheme.LABELLED && next + 1 < lines.size() && lines.get(next).isBlank()
					&& !lines.get(next + 1).isBlank() && (next + 2 >= lines.size() || lines.get(next + 2).isBlank())
					&& isPlainLine(lines.get(next + 1)) && lines.get(next + 1).stripped().length() <= 40
					&& !lines.get(next + 1).stripped().matches(".*[。：:].*") && !Words.isLabel(lines.get(next + 1).stripped())) {
				// 政策１ then 健康で安心して暮らせるまち, a block each (a reading-order extraction's): the title
				title = lines.get(next + 1).stripped();
				next += 2;
			}
			addHeading(new Heading(h.scheme(), h.label(), h.number(), title, h.level(), h.location()));
			return next;
		}
		Matcher read = READ_OUT_ROW.matcher(stripped);
		if (read.matches() && readOutRows(i) >= 3) {
			// 人口、8,406人 among rows read out item then figure (a page's text version for screen readers): a label and its value
			flushParagraph();
			blocks.add(new Field(Words.key(read.group(1)), read.group(2).strip(), at));
			return i + 1;
		}
		Optional<Field> field = field(stripped, at);
		if (field.isPresent()) {
			flushParagraph();
			Field f = field.get();
			if (f.value().isEmpty() && i + 1 < lines.size() && isValueLine(lines.get(i + 1)) && !wrapsOn(i + 1) && !headsCells(i + 1)) {
				blocks.add(new Field(f.label(), lines.get(i + 1).stripped(), at));
				return i + 2;
			}
			int next = i + 1;
			String value = f.value();
			while (next < lines.size() && hangsUnder(lines.get(next), line, value)) {
				// 成果指標①　「授業の内容がよく分かる」と回答した児童生徒 over 　　　　　　の割合: the value the width wrapped
				String rest = lines.get(next).stripped();
				value = listedOn(value, rest) ? value + "\n" + rest : Wraps.join(List.of(value, rest));
				next++;
			}
			blocks.add(value.equals(f.value()) ? f : new Field(f.label(), value, f.location()));
			return next;
		}
		if (aligned.size() == 2 && aligned.get(0).text().length() <= 12
				&& !aligned.get(0).text().strip().matches("^[「『（(～~〜].*")) {
			flushParagraph();
			String value = aligned.get(1).text().strip();
			int next = i + 1;
			while (next < lines.size() && hangsUnder(lines.get(next), line, value)) {
				// 部の使命　市民一人ひとりが… over the value's next lines in its column
				String rest = lines.get(next).stripped();
				value = listedOn(value, rest) ? value + "\n" + rest : Wraps.join(List.of(value, rest));
				next++;
			}
			blocks.add(new Field(Words.key(aligned.get(0).text()), next == i + 1 ? aligned.get(1).text() : value, at));
			return next;
		}
		Matcher bullet = BULLET.matcher(stripped);
		if (bullet.matches()) {
			flushParagraph();
			String body = bullet.group(2).strip();
			int next = i + 1;
			while (next < lines.size() && continuesItem(body, line, lines.get(next - 1), lines.get(next))) {
				body = Wraps.join(List.of(body, lines.get(next).stripped()));
				next++;
			}
			blocks.add(new ListItem(bullet.group(1).strip(), body, at));
			return next;
		}
		Matcher marked = MARKED_SENTENCE.matcher(stripped);
		if (marked.matches() && HeadingShapes.match(stripped, null).isEmpty()) {
			// ●　町内自治会と連携し、…を進めます。: a sentence the mark sets off, a list's item (a heading never ends so)
			String body = marked.group(2).strip();
			int next = i + 1;
			while (next < lines.size() && continuesItem(body, line, lines.get(next - 1), lines.get(next))) {
				body = Wraps.join(List.of(body, lines.get(next).stripped()));
				next++;
			}
			if (body.endsWith("。") && body.length() >= PROSE_BULLET / 2) {
				flushParagraph();
				blocks.add(new ListItem(marked.group(1), body, at));
				return next;
			}
		}
		if (stripped.endsWith("。")) {
			Optional<String[]> numbered = HeadingShapes.numberedSentence(stripped);
			if (numbered.isPresent()) {
				flushParagraph();
				blocks.add(new ListItem(numbered.get()[0], numbered.get()[1].strip(), at));
				return i + 1;
			}
		}
		Optional<Heading> stacked = stackedHeading(i);
		if (stacked.isPresent()) {
			// 施策 / 1-2 / 健康づくりの推進, one cell a line: a labelled heading
			flushParagraph();
			addHeading(stacked.get());
			return i + 3;
		}
		Optional<Heading> labelled = labelOverNumberedTitle(i);
		if (labelled.isPresent()) {
			// 施策名 over １－１　健康づくりの推進, a sheet's label cell over its value: a labelled heading
			flushParagraph();
			addHeading(labelled.get());
			return i + 2;
		}
		if (Words.isLabel(stripped) && i + 1 < lines.size() && isValueLine(lines.get(i + 1)) && !headsCells(i + 1)) {
			// 取組状況 over the lines of what was done: the label's value is the whole wrapped sentence
			flushParagraph();
			int next = i + 1;
			String value = lines.get(next).stripped();
			if (PEOPLE_LABEL.matcher(Words.key(stripped)).matches()) {
				// 参加委員 over 委員長 / 佐藤　健一 / 副委員長 / 山口　美穂 …, one cell a line: every role and name is its value
				int end = next;
				while (end < lines.size() && isShortEntry(lines.get(end))) {
					end++;
				}
				if (end - next >= 3) {
					blocks.add(new Field(Words.key(stripped), String.join("　　",
							lines.subList(next, end).stream().map(Line::stripped).toList()), at));
					return end;
				}
			}
			while (wrapsOn(next)) {
				next++;
				value = Wraps.join(List.of(value, lines.get(next).stripped()));
			}
			blocks.add(new Field(Words.key(stripped), value, at));
			return next + 1;
		}
		if (!paragraph.isEmpty() && TABLE_NOTE.matcher(stripped).matches()
				&& paragraph.get(paragraph.size() - 1).strip().endsWith("。")) {
			// （ここから表です。…） after a sentence: a text version's words about the table below, a block of its own
			flushParagraph();
		}
		if (paragraph.isEmpty()) {
			paragraphAt = line.at(file);
		}
		paragraph.add(line.text());
		paragraphLines.add(line.at(file));
		return i + 1;
	}

	/** （ここから表です。…）, （表はここまでです。）: a text version's words around a table it reads out. */
	private static final Pattern TABLE_NOTE = Pattern.compile("^[（(](?:ここから表|表はここまで|ここまで表)[^（）()]*[）)]$");

	/**
	 * The next line of a bulleted item the width wrapped: the item stops mid-sentence and the line hangs under its text
	 * (indented past the bullet) or starts mid-phrase (る（大阪府…, の6割程度…); no bullet, heading, table row or field.
	 */
	private boolean continuesItem(String body, Line item, Line last, Line next) {
		if (body.endsWith("。") || !isPlainLine(next) || opensParagraph(body, next)) {
			return false;
		}
		if (narrowColumnGoesOn(last, next) || numberCut(body, next.stripped())) {
			return true;
		}
		if (body.matches(".*[）)】]$") && next.stripped().endsWith("。") && !next.stripped().matches("^[\\p{IsHiragana}、）)].*")) {
			// ・医療費無料化の継続　【達成済】（こども未来課） over 　　令和６年度も…しました。: the item is whole, the
			// sentence under it says what was done
			return false;
		}
		return indent(next.text()) > indent(item.text()) || next.stripped().matches("^[\\p{IsHiragana}、）)].*");
	}

	/** 人口５万３， over ４８８人, 年間約３２ over 万人。: a figure the line's end cut, going on at the next line's start. */
	private static boolean numberCut(String body, String next) {
		return GROUP_CUT_END.matcher(body).find() && DIGIT_GROUP.matcher(next).lookingAt()
				|| NUMBER_CUT_END.matcher(body).find() && NUMBER_GOES_ON.matcher(next).lookingAt();
	}

	/** ５万３， then ４８８人: a thousands separator the line ended on, three digits after it. */
	private static final Pattern GROUP_CUT_END = Pattern.compile("[0-9０-９][,，]$");

	private static final Pattern DIGIT_GROUP = Pattern.compile("[0-9０-９]{3}(?![0-9０-９])");

	private static final Pattern NUMBER_CUT_END = Pattern.compile("[0-9０-９]$");

	/** 万人, 千人, 人、: a figure's multiplier or unit, not a new figure (4,512 then 2021年… is a note after it). */
	private static final Pattern NUMBER_GOES_ON = Pattern.compile("[万億千](?:[人件円世戸台本回]|[0-9０-９])|[人件円％%](?:[、。，）)]|$)");

	/** A narrow column's full line: twelve full-width characters or more, the width its next line keeps or ends short of. */
	private static final int NARROW_FULL = 24;

	/**
	 * ・優良品種への改植や園内道・モノレー over ルの整備を支援し、園地の若返りと省力 over 化を進める: a narrow column (a page
	 * set in two) wraps every line at one width, whatever the page's measure; the item goes on while its lines fill that
	 * width, and ends with the shorter line that finishes it.
	 */
	private static boolean narrowColumnGoesOn(Line last, Line next) {
		int width = DisplayWidth.of(last.stripped());
		int nextWidth = DisplayWidth.of(next.stripped());
		String text = last.stripped();
		return width >= NARROW_FULL && !text.matches(".*[。」）)】]$") && nextWidth <= width + 2
				&& (nextWidth >= width - 2 || next.stripped().matches(".*(?:。|る|す|う|た)$"));
	}

	/**
	 * ○渡辺直樹 over 大規模な交通インフラの整備を、…: a line far shorter than the next one was not wrapped by the width of
	 * the page; the next one starts text of its own.
	 */
	private static boolean opensParagraph(String first, Line next) {
		return first.length() * 2 < next.stripped().length() && !Wraps.UNFINISHED.matcher(first).find();
	}

	/** A line of text alone: not blank, no furniture, table row, bullet, heading or field of its own. */
	private boolean isPlainLine(Line line) {
		String text = line.stripped();
		return !line.isBlank() && !isFurniture(line) && structuredCells(line) == null && AlignedRows.split(line.text()).size() <= 1
				&& !BULLET.matcher(text).matches() && HeadingShapes.match(text, null).isEmpty() && field(text, null).isEmpty();
	}

	/**
	 * The display width of a narrow column's full lines, or of a text hard-wrapped by a mailer or a converter (35
	 * full-width characters, pandoc's 72 columns): the commonest width of 16 to 80 columns, where at least a third of the
	 * lines reach it; 0 for a page of wider or ragged lines. A wide line of aligned cells sets no measure.
	 */
	private static int measure(List<Line> lines) {
		java.util.Map<Integer, Integer> widths = new java.util.HashMap<>();
		int nonBlank = 0;
		for (Line line : lines) {
			if (line.isBlank()) {
				continue;
			}
			nonBlank++;
			int width = DisplayWidth.of(line.text().stripTrailing());
			if (width >= 16 && width <= 80 && (width <= 40 || !SPACED_CELLS.matcher(line.text().strip()).find())) {
				widths.merge(width, 1, Integer::sum);
			}
		}
		int mode = widths.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey).orElse(0);
		// a line set full may stop a character short or hang one over (禁則), half-width letters make it narrower
		int full = widths.getOrDefault(mode, 0) + widths.getOrDefault(mode - 1, 0) + widths.getOrDefault(mode - 2, 0);
		if (mode > 40) {
			// a mailer's or a converter's wrap: many lines full, hardly any wider, the rest short items and headings
			int finalMode = mode;
			long wider = lines.stream().filter(line -> DisplayWidth.of(line.text().stripTrailing()) > finalMode + 2).count();
			return nonBlank >= 30 && full >= 20 && full * 5 >= nonBlank && wider * 20 <= nonBlank ? mode : 0;
		}
		return nonBlank >= 30 && full * 3 >= nonBlank ? mode : 0;
	}

	private static int indent(String text) {
		int width = 0;
		for (int c = 0; c < text.length() && (text.charAt(c) == ' ' || text.charAt(c) == '　'); c++) {
			width += text.charAt(c) == ' ' ? 1 : 2;
		}
		return width;
	}

	/** 取組１－１　行政手続のデジタル化〔所管：デジタル推進課〕: the heading, then the field its title ended with. */
	private void addHeading(Heading heading) {
		Matcher trailing = TRAILING_FIELD.matcher(heading.title());
		if (trailing.find() && trailing.start() > 0 && Words.isLabel(trailing.group(1))) {
			blocks.add(new Heading(heading.scheme(), heading.label(), heading.number(),
					heading.title().substring(0, trailing.start()).strip(), heading.level(), heading.location()));
			blocks.add(new Field(Words.key(trailing.group(1)), trailing.group(2).strip(), heading.location()));
			return;
		}
		if (heading.scheme() == NumberingScheme.SYMBOL && heading.label().startsWith("#") && !heading.title().isEmpty()
				&& !blocks.isEmpty() && blocks.get(blocks.size() - 1) instanceof Heading above
				&& above.scheme() == NumberingScheme.LABELLED && above.title().isEmpty() && !above.number().isEmpty()
				&& HeadingShapes.match(heading.title(), null).isEmpty()) {
			// ## 基本目標１ over ## 地域の稼ぐ力を高め…: a converter's heading for each line of one labelled title
			blocks.set(blocks.size() - 1, new Heading(above.scheme(), above.label(), above.number(), heading.title(), above.level(),
					above.location()));
			return;
		}
		blocks.add(heading);
	}

	/**
	 * The first line of a page after the first, short, unnumbered and no sentence, standing apart from what follows:
	 * a slide's title. Only where pages are known, by form feeds or page numbers.
	 */
	private boolean isPageTitle(int i) {
		Line line = lines.get(i);
		String text = line.stripped();
		if (line.page() <= 1 || line.runningHeader() || text.length() > 24 || text.matches(".*[。、，：:．.0-9０-９%％].*")
				|| isFurniture(line) || HeadingShapes.match(text, null).isPresent() || AlignedRows.split(line.text()).size() > 1
				|| Words.isLabel(text) || text.matches("^[・•●○◆◇■□※▶▷\\-－（(「【].*")) {
			return false;
		}
		int before = i - 1;
		while (before >= 0 && lines.get(before).isBlank()) {
			before--;
		}
		boolean opensPage = before < 0 || lines.get(before).page() < line.page();
		return opensPage && (i + 1 >= lines.size() || lines.get(i + 1).isBlank());
	}

	/**
	 * 重点目標２⇥高齢者が…暮らし続けられる over ⇥地域包括ケアシステムの深化・推進: a labelled heading row whose title a
	 * spreadsheet's cell put on the next row, alone under the title's column; that row is then left blank.
	 */
	private Line withTitleRest(Line heading, int next) {
		if (next >= lines.size() || lines.get(next).text().indexOf('\t') < 0) {
			return heading;
		}
		List<String> cells = Arrays.stream(lines.get(next).text().split("\t", -1)).map(String::strip).toList();
		if (cells.size() < 2 || !cells.get(0).isEmpty() || cells.get(1).isEmpty() || cells.stream().skip(2).anyMatch(cell -> !cell.isEmpty())
				|| cells.get(1).matches("^[・•●○◆◇■□※①-⑳(（0-9０-９].*|.*。$")) {
			return heading;
		}
		lines.set(next, new Line("", lines.get(next).number(), lines.get(next).page()));
		return new Line(heading.text() + cells.get(1), heading.number(), heading.page());
	}

	/** A heading word, its number and its title, each on a line of its own. */
	private Optional<Heading> labelOverNumberedTitle(int i) {
		if (i + 1 >= lines.size()) {
			return Optional.empty();
		}
		String label = Words.key(lines.get(i).stripped());
		String bare = label.endsWith("名") ? label.substring(0, label.length() - 1) : label;
		Matcher numbered = NUMBERED_TITLE.matcher(lines.get(i + 1).stripped());
		if (!Words.HEADINGS.contains(bare) || !numbered.matches() || numbered.group(2).length() > 40 || numbered.group(2).endsWith("。")) {
			return Optional.empty();
		}
		return HeadingShapes.match(bare + numbered.group(1) + "　" + numbered.group(2), lines.get(i).at(file))
			.filter(heading -> heading.scheme() == NumberingScheme.LABELLED);
	}

	/** １－１　健康づくりの推進: a number, then a title. */
	private static final Pattern NUMBERED_TITLE = Pattern
		.compile("^([0-9０-９]{1,2}(?:[-－‐―][0-9０-９]{1,2}){0,2}|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]{1,3})[\\s　]+(\\S.*)$");

	private Optional<Heading> stackedHeading(int i) {
		if (i + 2 >= lines.size() || !Words.HEADINGS.contains(Words.key(lines.get(i).stripped()))) {
			return Optional.empty();
		}
		String number = lines.get(i + 1).stripped();
		String title = lines.get(i + 2).stripped();
		if (!number.matches("^[0-9０-９]{1,2}(?:[-－‐―][0-9０-９]{1,2}){0,2}$|^[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]{1,3}$") || title.isEmpty()
				|| title.length() > 40 || title.endsWith("。") || HeadingShapes.match(title, null).isPresent()
				|| title.matches("^[【［\\[〔].*")) {
			return Optional.empty();
		}
		return HeadingShapes.match(lines.get(i).stripped() + number + "　" + title, lines.get(i).at(file))
			.filter(heading -> heading.scheme() == NumberingScheme.LABELLED);
	}

	/**
	 * The next line of a heading's title: the title is empty (■柱１ over ものづくりと…) and the line is a short title,
	 * or the title stops mid-phrase and the line hangs under it (indented deeper); no heading, bullet, field or row. In
	 * a text wrapped wide (a mailer's 70 columns), a title closed by its bracket (〔都市計画課〕) is whole, and a line
	 * indented under it is its body.
	 */
	private boolean continuesHeading(String title, Line heading, Line next, Line after) {
		String text = next.stripped();
		boolean wideHanging = measure > 40 && (indent(next.text()) > indent(heading.text()) || title.matches(".*[）)〕】」』]$"));
		if (measure > 0 && !wideHanging && !title.isEmpty() && full(heading) && !isFurniture(next)
				&& (isPlainLine(next) && !text.matches("^[【［\\[〔（(※「].*") || text.matches("^【[^】]{1,4}】$"))
				&& DisplayWidth.of(text) <= measure) {
			// ●子ども医療費助成の18歳まで over の拡大【Ａ】 in a newsletter's narrow column: a title the measure cut
			return true;
		}
		if (!title.isEmpty() && GRADE_LINE.matcher(text).matches() && !title.endsWith("】")) {
			// ●金沢市民芸術村の機能強化 over 【Ｂ】: the title's grade, set on the line below
			return true;
		}
		if (title.endsWith("、") && isPlainLine(next) && !isFurniture(next) && text.length() <= 20 && !text.endsWith("。")
				&& !text.matches("^[【［\\[〔（(※「].*")) {
			// 柱１ 子どもを真ん中に、 over 未来を育むまち: a title never ends at a comma
			return true;
		}
		if (!title.isEmpty() && indent(next.text()) > indent(heading.text()) && !isFurniture(next)
				&& (text.matches("^[→⇒].+") || title.matches(".*[→⇒]$") || title.matches(".*[）)]$") && text.matches("^[0-9０-９][0-9０-９,，.．]*\\S*[　 ]*[→⇒].*"))) {
			// ◇成果指標：…　現状値（令和５年度） over 　　1,046ｇ　→　目標値…, or …50.0％ over 　→　目標値…: the figures
			// the line's width carried over
			return true;
		}
		String beforeLeaders = LEADERS_AND_MARK.matcher(text).replaceFirst("");
		if (!beforeLeaders.equals(text) && !beforeLeaders.isEmpty() && indent(next.text()) > indent(heading.text())
				&& AlignedRows.split(beforeLeaders).size() <= 1 && (Wraps.UNFINISHED.matcher(title).find()
						|| !LEADERS_AND_MARK.matcher(title).find() && (after == null || !(LEADERS_AND_MARK.matcher(after.stripped()).find()
								&& indent(after.text()) == indent(next.text()))))) {
			// （７）…による妊娠期から over 　　子育て期までの切れ目ない支援 ………… ○: the title's rest, its mark after leaders;
			// （４）横浜ＤｅＮＡベイスターズファーム施設 over 　　「ＤＯＣＫ…」と連携したまちづくり …… ５点 too, unless more such
			// lines follow (a group's unnumbered items)
			return true;
		}
		if (after != null && !after.isBlank() && isPlainLine(after) && indent(after.text()) < indent(next.text())
				&& indent(after.text()) > indent(heading.text()) && !Wraps.UNFINISHED.matcher(title).find()) {
			// （3）…の強化 over 　　「堺市感染症予防計画」に基づき… and 　を計画的に…: a paragraph's indented first line
			return false;
		}
		if (!isPlainLine(next) || text.length() > 40 || text.endsWith("。") || title.endsWith("。") || Words.isLabel(text)
				|| text.matches("^[【［\\[〔（(※].*") || LABELLED_FIGURE.matcher(text.replaceFirst("[（(][^（）()]*[）)]$", "")).matches()) {
			// ■政策１　子どもと若者が輝くまち over 　実現度　79.2％（19点／24点）: the group's figure, no more of its title
			return false;
		}
		if (title.isEmpty()) {
			return true;
		}
		if (Words.isLabel(title) || Words.SECTIONS.stream().anyMatch(Words.key(title)::endsWith) || opensParagraph(title, next)) {
			return false;
		}
		if (text.endsWith("、") && !Wraps.UNFINISHED.matcher(title).find()) {
			// （1）…の受診促進 over 　　特定健康診査と…により、: a whole title, then the sentence under it
			return false;
		}
		if (title.length() >= WRAPPED_TITLE && indent(next.text()) == indent(heading.text()) && !title.matches(".*[）)」』〕】]$")
				&& after != null && HeadingShapes.match(after.stripped(), null).isPresent()) {
			// 事前に備えるべき目標２ 救助・救急、…避難生活 over 環境を確実に…防ぐ, then 2-1 …: a long title the page's width
			// broke, its rest alone before the next heading
			return true;
		}
		// …の解消〔こども家庭課〕 over the indented sentence under it: a title that closed its bracket is whole
		return indent(next.text()) > indent(heading.text()) && !title.matches(".*[）)」』〕】]$");
	}

	/**
	 * Rows a PDF shortened by dropping their empty first cells (a merged 分野 cell): a row that starts with a row number
	 * where the header has its number column later (分野 | No. | 公約 …) is moved right under that column.
	 */
	private static void numberedRowsPlaced(List<List<Cell>> rows, int headerRows) {
		if (headerRows == 0) {
			return;
		}
		List<Cell> header = rows.get(0);
		int numberColumn = numberColumn(header);
		if (numberColumn < 0) {
			return;
		}
		for (int r = headerRows; r < rows.size(); r++) {
			List<Cell> row = rows.get(r);
			if (!row.isEmpty() && row.size() + numberColumn <= header.size() && Words.key(row.get(0).text()).matches("\\d{1,3}")) {
				rows.set(r, Wraps.shiftedRight(row, numberColumn));
			}
		}
	}

	/** The column of row numbers (No., 番号) after the first, or -1. */
	private static int numberColumn(List<Cell> header) {
		for (int c = 1; c < header.size(); c++) {
			if (Words.key(header.get(c).text()).matches("(?i)no\\.?|番号|項番")) {
				return c;
			}
		}
		return -1;
	}

	/** A role (委員長, 委　員) among short words that can only be names: a list of people, not cells. */
	private static boolean isNameList(List<AlignedRows.Span> spans) {
		boolean role = false;
		for (AlignedRows.Span span : spans) {
			String word = span.text().replaceAll("[\\s　]", "");
			if (ROLE.matcher(word).matches()) {
				role = true;
			}
			else if (!NAME_PART.matcher(word).matches()) {
				return false;
			}
		}
		return role;
	}

	/** 委員長, 議員, 鹿沼市議会議員: a member's role before the name. */
	private static final Pattern ROLE = Pattern.compile("[\\p{IsHan}]{0,8}?(?:副?(?:委員長|議長|団長|幹事長)|委員|議員|会長|代表)");

	private static final Pattern NAME_PART = Pattern.compile("^[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}々ヶ]{1,5}$");

	/** The line from {@code j} on in the direction {@code step} past the rules of a box (└──┘ then ┌──┐). */
	private int beyondRules(int j, int step) {
		while (j >= 0 && j < lines.size() && !lines.get(j).isBlank() && isFurniture(lines.get(j))) {
			j += step;
		}
		return j;
	}

	/** 【調査先】 → 調査先: a label in the brackets a form sets it in, as its field is named ({@link Words#isLabel} reads through them). */
	private static String unbracketed(String cell) {
		return cell.strip().replaceFirst("^【([^【】]{1,12})】$", "$1");
	}

	/** A column's date or year: 令和２年国勢調査, 令和７年６月１日現在, R6年度. */
	private static final Pattern DATED_COLUMN = Pattern.compile(".*(?:(?:令和|平成|昭和|R|H)\\s*[0-9０-９元]{1,2}\\s*年|現在$|[0-9０-９]{4}\\s*年).*");

	/**
	 * 区分 | 令和２年国勢調査 | 令和７年６月１日現在 over 人口 | 409,118人 | 391,847人: a table's header, its columns
	 * dated, over rows of as many cells, no label with its value.
	 */
	private boolean headsDatedColumns(List<AlignedRows.Span> aligned, int i) {
		if (aligned.size() < 3 || !aligned.stream().skip(1).allMatch(span -> DATED_COLUMN.matcher(span.text().strip()).matches())) {
			return false;
		}
		int next = nextPrinted(i);
		return next < lines.size() && AlignedRows.split(lines.get(next).text()).size() == aligned.size();
	}

	/** 担当課　　保育課 beside 評価　　順調: a line of a label and its value, one of a card's lines, not a table row. */
	private boolean labelLine(int j) {
		if (j < 0 || j >= lines.size() || lines.get(j).isBlank()) {
			return false;
		}
		List<AlignedRows.Span> spans = AlignedRows.split(lines.get(j).text());
		return spans.size() >= 2 && spans.size() <= 6 && Words.isLabel(spans.get(0).text())
				&& spans.stream().skip(1).noneMatch(span -> Words.isLabel(span.text()));
	}

	/** 人口、8,406人: an item, a comma, its figure — a table's row as a text version reads it out. */
	private static final Pattern READ_OUT_ROW = Pattern.compile("^([^、。,，\\s]{1,20})、\\s*((?:約)?[0-9０-９][0-9０-９,，.．]*\\S{0,10})$");

	/** How many lines in a row around line {@code i} read out an item and its figure. */
	private int readOutRows(int i) {
		int from = i;
		while (from > 0 && READ_OUT_ROW.matcher(lines.get(from - 1).stripped()).matches()) {
			from--;
		}
		int to = i;
		while (to + 1 < lines.size() && READ_OUT_ROW.matcher(lines.get(to + 1).stripped()).matches()) {
			to++;
		}
		return to - from + 1;
	}

	/** A long line of prose that goes on on the next line: a paragraph under a label, not the label's value. */
	private boolean wrapsOn(int j) {
		if (j + 1 >= lines.size()) {
			return false;
		}
		String value = lines.get(j).stripped();
		Line after = lines.get(j + 1);
		// …情報発信を拡充する: a line that ends on a verb's plain form is whole, as a page's list items are
		return value.length() >= 30 && !value.endsWith("。") && !VERB_END.matcher(value).find() && isValueLine(after) && field(after.stripped(), null).isEmpty()
				&& !Words.isLabel(after.stripped());
	}

	private static final Pattern VERB_END = Pattern.compile("(?:する|行う|図る|進める|努める|める|げる|せる|ます)$");

	private boolean isValueLine(Line next) {
		String text = next.stripped();
		return !text.isEmpty() && !Words.isLabel(text) && HeadingShapes.match(text, null).isEmpty()
				&& !isFurniture(next) && structuredCells(next) == null && AlignedRows.split(next.text()).size() < 3
				&& !BULLET.matcher(text).matches() && field(text, null).filter(labelled -> !labelled.value().isEmpty()).isEmpty();
	}

	/** 参加委員, 出席議員, 視察者: a label whose value names people. */
	private static final Pattern PEOPLE_LABEL = Pattern.compile(".*" + NameGrids.PEOPLE_WORDS + "$");

	/** 委員長, 佐藤　健一: a role or a name alone on its line, no label, sentence, heading or figure. */
	private boolean isShortEntry(Line line) {
		String text = line.stripped();
		return !line.isBlank() && text.length() <= 10 && !text.matches(".*[。、：:0-9０-９（(].*") && !isFurniture(line)
				&& !Words.LABELS.contains(Words.key(text)) && HeadingShapes.match(text, null).isEmpty();
	}

	/**
	 * 単位　％, 基　準　値　８１．５（令和４年度）, 主 担 当 課　学校教育課: a label word and its value set apart by a wide
	 * space, a field and never a cell of a table printed one cell per line.
	 */
	static boolean isSpacedField(String text) {
		String t = text.strip();
		for (Pattern pattern : List.of(LABEL_AND_VALUE, WIDE_SPACED_LABEL, HALF_SPACED_LABEL)) {
			Matcher m = pattern.matcher(t);
			if (m.matches() && Words.LABELS.contains(Words.key(m.group(1)))) {
				return true;
			}
		}
		return false;
	}

	/** Where a form's value column starts at the least, in display columns. */
	private static final int FORM_VALUE_COLUMN = 12;

	private static final Pattern COLON = Pattern.compile("[:：]");

	/**
	 * A short line indented as far as the value of the field line above starts, no label, heading or sentence of its
	 * own, under a value that stops mid-phrase: the rest of that value.
	 */
	private boolean hangsUnder(Line next, Line fieldLine, String value) {
		String text = next.stripped();
		String printed = fieldLine.text();
		// the value after its label's colon: 令和６年度の取組：令和６年４月… starts with the label's own words
		Matcher colon = COLON.matcher(printed);
		int valueIndex = printed.indexOf(value.isEmpty() ? "\u0000" : value.substring(0, Math.min(4, value.length())),
				colon.find() ? colon.end() : 0);
		int valueAt = valueIndex < 0 ? -1 : DisplayWidth.of(printed, 0, valueIndex);
		int indent = DisplayWidth.indent(next.text());
		String lastLine = value.substring(value.lastIndexOf('\n') + 1);
		// a form's value column far from its labels wraps whole lines: one that filled its line goes on
		boolean wrapsInForm = valueAt >= FORM_VALUE_COLUMN && lastLine.length() >= 20 && !lastLine.matches(".*[。：:]$");
		// ①…定例 over 　開催し、…: an item's hanging indent
		int hanging = value.matches("(?s)^[①-⑳].*") && !text.matches("^[①-⑳].*") ? 3 : 1;
		return valueAt > 0 && indent >= valueAt - 1 && indent <= valueAt + hanging && !text.isEmpty()
				&& (!OWN_LINE_START.matcher(text).find() || listedOn(value, text))
				&& (text.length() <= 20 || wrapsInForm || listedOn(value, text)) && (!value.endsWith("。") || listedOn(value, text)) && !text.startsWith("（") && !text.startsWith("(") && field(text, null).isEmpty()
				&& (HeadingShapes.match(text, null).isEmpty() || listedOn(value, text)) && !isFurniture(next)
				&& AlignedRows.split(next.text()).size() == 1;
	}

	/** ①千葉県流山市 over ②茨城県守谷市 under it: the value's list goes on, not a heading. */
	private static boolean listedOn(String value, String next) {
		return value.matches("(?s)^[①-⑳].*") && next.matches("^[②-⑳].*");
	}

	/** 所　感 and 区 分 ‥ 所 属 等: one word has the same gap between all its letters, two words do not. */
	private static boolean evenlySpaced(String text) {
		return Arrays.stream(text.strip().split("[^ 　]+")).filter(gap -> !gap.isEmpty()).distinct().count() == 1;
	}

	/** １　期　　日　　令和６年７月９日: a numbered label and its value, the number in a column of its own. */
	private static Optional<Field> numberedField(List<AlignedRows.Span> aligned, Location at) {
		if (aligned.size() < 3 || !BARE_NUMBER.matcher(aligned.get(0).text().strip()).matches()
				|| !Words.isLabel(aligned.get(1).text())) {
			return Optional.empty();
		}
		return Optional.of(new Field(Words.key(aligned.get(1).text()), aligned.stream()
			.skip(2)
			.map(span -> span.text().strip())
			.collect(java.util.stream.Collectors.joining("　")), at));
	}

	/**
	 * ク 所   感, ク所   感 (the marker drawn to the word's first letter): a numbered heading whose word a justified
	 * cell spaced out, no label and its value.
	 */
	private static Optional<Heading> spacedHeading(String text, Location at) {
		String stripped = text.strip();
		String word = stripped.length() < 4 ? "" : stripped.substring(1).strip();
		if (!LETTER_SPACED.matcher(word).matches() || !evenlySpaced(word) || stripped.charAt(1) == ' ' && evenlySpaced(stripped)) {
			// ア ン ケ ー ト: one word spaced out whole, no number before a title
			return Optional.empty();
		}
		return HeadingShapes.match(stripped.charAt(0) + " " + word.replaceAll("[ 　]+", ""), at)
			.filter(heading -> !heading.number().isEmpty());
	}

	private static boolean isSpacedHeading(String text) {
		return spacedHeading(text, null).isPresent();
	}

	private Optional<Field> field(String text, Location at) {
		if (isSpacedHeading(text)) {
			return Optional.empty();
		}
		Matcher m = BRACKET_FIELD.matcher(text);
		if (m.matches() && m.group(2).strip().matches("^" + HeadingShapes.QUESTION + "$")) {
			// 【区の使命】（どのような役割を担うのか）: a heading with the question it answers, not a value
			return Optional.empty();
		}
		if (m.matches()) {
			return Optional.of(new Field(Words.key(m.group(1)), m.group(2).strip(), at));
		}
		m = HALF_SPACED_LABEL.matcher(text);
		if (m.matches() && Words.isLabel(Words.key(m.group(1)))) {
			// 担 当 課　観光課: a label spaced out with narrow spaces, its value after one wide one
			return Optional.of(new Field(Words.key(m.group(1)), m.group(2).strip(), at));
		}
		m = SPACED_OUT_LABEL.matcher(text);
		if (m.matches()) {
			// 視 察 先 ・ 概 要 視察先:旭川市 …: a label spaced out letter by letter, then its value after a space
			return Optional.of(new Field(Words.key(m.group(1)), m.group(2).strip(), at));
		}
		m = COLON_FIELD.matcher(text);
		// 保育士就職支援金の交付（R6：62人）: a colon inside brackets, no label before it
		if (m.matches() && !m.group(1).matches(".*[。、].*") && !m.group(1).matches("^[A-Za-z]{1,2}$|^https?$") && !Wraps.unbalanced(m.group(1))
				&& !m.group(1).matches(".*\\S{2}[ 　]+\\S{2}.*")) {
			// not 視 察 先・概要 視察先:札幌市: two words before the colon, the label is the second
			return Optional.of(new Field(Words.key(m.group(1)), m.group(2).strip(), at));
		}
		m = LABEL_AND_VALUE.matcher(text);
		if (m.matches() && Words.isLabel(m.group(1))) {
			// 担当課　子育て支援課: a label word and its value apart by one full-width space
			return Optional.of(new Field(Words.key(m.group(1)), m.group(2).strip(), at));
		}
		m = LABEL_AND_OFFICE.matcher(text);
		if (m.matches() && Words.isLabel(m.group(1))) {
			// 主管課 こども未来課: a label word and an office's name one narrow space apart, as pdfplumber joins cells
			return Optional.of(new Field(Words.key(m.group(1)), m.group(2).strip(), at));
		}
		m = WIDE_SPACED_LABEL.matcher(text);
		if (m.matches() && Words.isLabel(Words.key(m.group(1)))) {
			return Optional.of(new Field(Words.key(m.group(1)), m.group(2).strip(), at));
		}
		m = SPACED_LABEL.matcher(text);
		if (m.matches()) {
			String label = Words.key(m.group(1));
			boolean spaced = m.group(1).length() > label.length();
			if (spaced && label.length() >= 2 || Words.isLabel(label)) {
				return Optional.of(new Field(label, m.group(2).strip(), at));
			}
		}
		return Optional.empty();
	}

	private int structuredTable(int start) {
		List<List<Cell>> rows = new ArrayList<>();
		String prefix = null;
		int i = start;
		while (i < lines.size()) {
			Line line = lines.get(i);
			if (isFurniture(line) || MARKDOWN_RULE.matcher(line.text()).matches()) {
				i++;
				continue;
			}
			if (!rows.isEmpty() && i > start && PipeRows.restOfFixedRow(lines.get(i - 1).text(), line.text())
					&& rows.get(rows.size() - 1).size() == pipeParts(line.text().strip()).length) {
				// |こども家庭センターにおける|1,842件| then |    |相談件数      |       |: a row's cells wrapped in their
				// columns, as antiword draws a Word table
				List<Cell> last = rows.get(rows.size() - 1);
				List<String> rest = strippedCells(pipeParts(line.text().strip()));
				for (int c = 0; c < rest.size(); c++) {
					if (!rest.get(c).isEmpty()) {
						last.set(c, new Cell(Wraps.joinCell(last.get(c).text(), rest.get(c)), last.get(c).location()));
					}
				}
				i++;
				continue;
			}
			List<String> cells = structuredCells(line);
			if (cells != null && !source.fromPdf() && rows.size() >= 2 && line.text().startsWith("\t") && cells.get(0).isEmpty()
					&& cells.size() == rows.get(0).size() && rows.get(rows.size() - 1).size() < rows.get(0).size()
					&& !cells.get(1).isEmpty() && JapaneseNumbers.quantity(cells.get(1)).isEmpty()
					&& rows.get(rows.size() - 1).size() > 1 && JapaneseNumbers.quantity(rows.get(rows.size() - 1).get(1).text()).isPresent()) {
				// 市立小学校数⇥12校⇥12校⇥12校 then ⇥市立中学校数⇥4校…: the tab that ended the row above (its last cell
				// empty) written at the start of the next, as catdoc writes a Word table; no empty first cell, since a name
				// would then stand where the row above has its figure
				cells = new ArrayList<>(cells.subList(1, cells.size()));
			}
			int broken = source.fromPdf() || rows.isEmpty() || !HeaderRows.mostlyHeader(rows.get(0)) ? -1
					: rowOfBrokenCells(i, rows.get(0).size() - 1);
			if (broken > i + 2 || broken == i + 2 && lines.get(i + 1).stripped().matches("^[●・○◆■].*")) {
				// １⇥確かな学力の育成と then ＩＣＴを活用した…⇥●… then ●… then ●…⇥学校教育課 then 教育研究所: a Word table
				// whose cells hold line breaks, printed with them (catdoc); the row ends when it has the header's tabs
				String joined = String.join("\n", lines.subList(i, broken).stream().map(Line::text).toList());
				List<Cell> row = new ArrayList<>();
				String[] parts = joined.split("\t", -1);
				for (int c = 0; c < parts.length; c++) {
					// 確かな学力の育成と / ＩＣＴを活用した…: a name the cell's width wrapped is one; ● items stay a line each
					String cell = "";
					for (String piece : parts[c].split("\n")) {
						cell = piece.isBlank() ? cell : Wraps.joinCell(cell, piece.strip());
					}
					row.add(new Cell(cell, line.at(file, c + 1)));
				}
				rows.add(row);
				i = broken;
				continue;
			}
			if (cells == null && !source.fromPdf() && !rows.isEmpty() && i + 1 < lines.size() && line.text().indexOf('\t') < 0
					&& !line.stripped().isEmpty() && line.stripped().length() <= 30 && !line.stripped().endsWith("。")) {
				List<String> next = structuredCells(lines.get(i + 1));
				if (next != null && next.size() >= rows.get(0).size() - 1 && Wraps.isBracketedQualifier(next.get(0))
						&& !next.get(0).matches("^[(（][0-9０-９]{1,2}[)）]$") && !line.stripped().matches("^[(（].*")) {
					// 不登校児童生徒数 then （小・中学校計）⇥168人⇥…: a name cell's line break, the row printed from its second line
					prefix = prefix == null ? line.stripped() : prefix + line.stripped();
					i++;
					continue;
				}
			}
			if (cells == null && !rows.isEmpty()) {
				cells = continuedCells(line);
			}
			int note = cells == null ? noteInLastCell(rows, i) : i;
			if (note > i) {
				// (1) …⇥…⇥○ 概ね順調 then AIを活用した…。 then (2) …: the last cell's further lines, (2) the next row
				List<Cell> last = rows.get(rows.size() - 1);
				Cell cell = last.get(last.size() - 1);
				List<String> more = lines.subList(i, note).stream().map(Line::stripped).toList();
				last.set(last.size() - 1, new Cell(cell.text() + "\n" + Wraps.join(more), cell.location()));
				i = note;
				continue;
			}
			if (cells == null && !rows.isEmpty() && Words.isLabel(line.stripped()) && i + 1 < lines.size()
					&& lines.get(i + 1).text().startsWith("\t") && continuedCells(lines.get(i + 1)) != null) {
				// 成果指標 alone, its values on the rows below: a label row of a label–value sheet
				cells = List.of(line.stripped());
			}
			if (cells == null && rows.size() == 1 && HeaderRows.mostlyHeader(rows.get(0)) && prefix == null && !isMarkupRow(line)
					&& i + 1 < lines.size() && structuredCells(lines.get(i + 1)) != null
					&& line.stripped().matches("^[^。\\t]{2,30}\\p{IsHiragana}$") && !line.stripped().matches(".*(?:ます|です)$")
					&& HeadingShapes.match(line.stripped(), null).isEmpty()) {
				// 指標名⇥単位⇥現状値 over 地域の子育て環境に満足している then 保護者の割合⇥％⇥52.3: the first row's name
				// begins on a line of its own (a heading over the rows, 公約１-1 …を支えます, is no name's part)
				prefix = line.stripped();
				i++;
				continue;
			}
			if (cells == null && !source.fromPdf() && !rows.isEmpty() && rows.get(0).size() == 2 && rows.get(rows.size() - 1).size() == 2
					&& !line.stripped().isEmpty() && line.stripped().length() <= 40 && tabbedRowFollows(i)
					&& HeadingShapes.match(line.stripped(), null).isEmpty()) {
				// 参加委員⇥委員長　柳川 正志 then 副委員長　石井 奈緒子 alone, then 随行⇥…: a label–value sheet copied from a
				// page, a cell's lines after its first on lines of their own
				List<Cell> last = rows.get(rows.size() - 1);
				last.set(1, new Cell(last.get(1).text() + "\n" + line.stripped(), last.get(1).location()));
				i++;
				continue;
			}
			if (cells == null && !source.fromPdf() && rows.size() >= 2 && i > 0 && lines.get(i - 1).text().indexOf('\t') >= 0
					&& endsFilled(rows) && !line.stripped().matches("^[（(【［\\[].*") && i + 1 < lines.size() && !lines.get(i + 1).text().isBlank()
					&& lines.get(i + 1).text().indexOf('\t') < 0) {
				// a page's table copied with tabs, every cell of its last row filled, then lines of text: no part of it
				break;
			}
			if (cells == null && !source.fromPdf() && rows.size() == 1 && HeaderRows.mostlyHeader(rows.get(0)) && prefix == null
					&& i + 1 < lines.size() && lines.get(i + 1).text().indexOf('\t') >= 0
					&& structuredCells(lines.get(i + 1)) != null && structuredCells(lines.get(i + 1)).size() == rows.get(0).size()
					&& line.stripped().length() <= 30 && !line.stripped().endsWith("。")
					&& !line.stripped().matches("^[\\p{IsHiragana}（(【［\\[※].*") && HeadingShapes.match(line.stripped(), null).isEmpty()) {
				// 指標名⇥R4実績… over 市有施設への太陽光発電設備 then 導入数（累計）⇥128施設: the first row's name, wrapped
				prefix = line.stripped();
				i++;
				continue;
			}
			// 約束１　… across an HTML table (<td colspan>) then its empty cells: a row of its own, never a cell's first line
			if (cells == null && !rows.isEmpty() && !(rows.size() == 1 && HeaderRows.mostlyHeader(rows.get(0)))
					&& !isMarkupRow(line) && isWrappedFirstCell(i, rows.get(rows.size() - 1).get(0).text())) {
				List<Cell> last = rows.get(rows.size() - 1);
				List<String> following = i + 1 < lines.size() ? structuredCells(lines.get(i + 1)) : null;
				boolean copiedCell = !source.fromPdf() && following != null && following.size() == rows.get(0).size()
						&& lines.get(i + 1).text().indexOf('\t') >= 0
						&& (endsFilled(rows) && CUT_PHRASE.matcher(line.stripped()).find()
								// 下水道事業会計 then （収益的支出・資本的支出の合計）⇥6,842,150: a cell's two paragraphs
								|| last.size() == rows.get(0).size() && !last.get(last.size() - 1).isEmpty()
										&& BRACKETED_CELL.matcher(following.get(0)).matches());
				if ((COMPLETE_NAME.matcher(last.get(0).text()).find() || copiedCell) && following != null
						&& !line.stripped().matches("^[\\p{IsHiragana}（(].*")) {
					// a table copied from a page or a sheet: a cell's line break comes before the rest of its row
					// 見守り協力事業者数 is whole; 認知症サポーター養成講座 then 受講者数⇥1,046人: the next name's first line
					prefix = prefix == null ? line.stripped() : prefix + line.stripped();
				}
				else if (source.fromPdf() && (numberColumn(rows.get(0)) > 0
						|| last.get(0).text().strip().matches("^(?:No\\.?)?[0-9０-９]{1,3}(?:[-－][0-9０-９]{1,3})?$"))) {
					// the first column groups the rows (分野 | No. | 公約), or numbers them (1 | 中学校における…): a number
					// never wraps, and which cell this piece ends is not known
					rows.add(new ArrayList<>(List.of(new Cell(line.stripped(), line.at(file, 1)))));
				}
				else {
					last.set(0, new Cell(Wraps.joinCell(last.get(0).text(), line.stripped()), last.get(0).location()));
				}
				i++;
				continue;
			}
			if (cells == null || headingWithField(line)) {
				break;
			}
			if (rows.size() >= 2 && startsAnotherTable(cells, rows)) {
				break;
			}
			List<Cell> row = new ArrayList<>();
			for (int c = 0; c < cells.size(); c++) {
				row.add(new Cell(cells.get(c), line.at(file, c + 1)));
			}
			// 分野１　子育て・教育⇥⇥⇥分野平均 4.2点 over No.⇥項目⇥…: the header is the wider of the first two rows
			int headerRow = rows.size() >= 3 && HeaderRows.mostlyHeader(rows.get(1))
					&& (!HeaderRows.mostlyHeader(rows.get(0)) || rows.get(1).size() > rows.get(0).size()) ? 1
							: rows.size() >= 2 && HeaderRows.mostlyHeader(rows.get(0)) ? 0 : -1;
			if (headerRow >= 0 && cells.size() >= 2
					&& continuesBrokenCell(rows.get(rows.size() - 1), cells, rows.get(headerRow).size())) {
				// (1) 特定健診の受診勧奨⇥特定健康診査受診率⏎2023年度実績 36.4％ → …⇥○ 概ね順調: a cell that holds a
				// line break, copied out of a spreadsheet; its second line and the cells after it end the row
				endBrokenRow(rows.get(rows.size() - 1), cells, "\n", line);
				i++;
				continue;
			}
			if (rows.size() == 1 && cells.size() >= 2 && Wraps.isBracketedQualifier(cells.get(0))
					&& Words.isHeaderCell(cells.get(1)) && !Wraps.isBracketedQualifier(cells.get(1))
					&& HeaderRows.mostlyHeader(rows.get(0))) {
				// 基準値⏎（R元）⇥実績値⏎（R5）: header cells that hold a line break, copied out of a spreadsheet
				endBrokenRow(rows.get(0), cells, "", line);
				i++;
				continue;
			}
			if (source.fromPdf() && Wraps.completesShortRow(cells, rows, HeaderRows.count(rows))) {
				// …⇥3（R1）⇥2⇥5 then ⇥9⇥12⇥15⇥B⇥産業政策課: a word processor moved the row's last cells, tab and all, onto
				// the next line; the two lines fill the header's columns exactly
				List<Cell> last = rows.get(rows.size() - 1);
				int lead = Wraps.leadingEmpty(cells);
				for (int c = lead; c < cells.size(); c++) {
					last.add(new Cell(cells.get(c), line.at(file, last.size() + 1)));
				}
				i++;
				continue;
			}
			// a box's rule above the row: the box says where its rows end, and this one is its own; so does a markup
			// table's row (<tr>), which comes with the row before it from one line of the source
			boolean ruled = i > 0 && isFurniture(lines.get(i - 1)) && lines.get(i - 1).text().matches(".*[├┼┤┣╋┫].*")
					|| i > 0 && lines.get(i - 1).number() == line.number() && isMarkupRow(line);
			if (!ruled && !records && line.text().indexOf('\t') >= 0 && Wraps.continuesRecord(cells, rows, HeaderRows.count(rows))) {
				Wraps.joinRow(rows.get(rows.size() - 1), row);
				i++;
				continue;
			}
			if (!ruled && !records && line.text().indexOf('\t') >= 0 && isWrappedRow(cells, rows)) {
				Wraps.joinRow(rows.get(rows.size() - 1), row);
				i++;
				continue;
			}
			if (prefix != null) {
				row.set(0, new Cell(prefix + cells.get(0), row.get(0).location()));
			}
			prefix = null;
			rows.add(row);
			i++;
		}
		rows = withoutHeadingRow(rows);
		Table unheaded = new Table(rows, HeaderRows.count(rows), lines.get(start).at(file));
		Table grouped = underDelimitedHeaderAbove(unheaded);
		// a group's rows under the header above keep the header's columns, the ones no row of this group fills too; the
		// header's cells are copied in, being the table above's as well
		int groupedHeader = grouped == unheaded ? 0 : grouped.headerRows();
		rows = new ArrayList<>();
		for (List<Cell> row : grouped.rows()) {
			rows.add(new ArrayList<>(row));
		}
		if (!source.fromPdf()) {
			// in a PDF the tabs before a cell place it under its column; in a saved sheet a spacer column is no column
			rows = withoutEmptyColumns(rows);
		}
		HeaderRows.alignQualifiers(rows);
		if (source.fromPdf()) {
			numberedRowsPlaced(rows, headerRows(rows, groupedHeader));
		}
		Wraps.joinCutRows(rows, headerRows(rows, groupedHeader));
		int inner = groupedHeader > 0 ? -1 : innerHeader(rows);
		if (inner > 0) {
			// 基本政策 | … over 公約 | … over No. | 取組内容 | … | 進捗度 | 担当課 and its rows: a form's fields, then the
			// list it holds under a header of its own
			List<List<Cell>> list = new ArrayList<>(rows.subList(inner, rows.size()));
			blocks.add(new Table(new ArrayList<>(rows.subList(0, inner)), 0, lines.get(start).at(file)));
			blocks.add(new Table(list, HeaderRows.count(list), list.get(0).get(0).location()));
			return i;
		}
		blocks.add(new Table(rows, headerRows(rows, groupedHeader), lines.get(start).at(file)));
		return i;
	}

	private static List<String> texts(List<Cell> row) {
		return row.stream().map(cell -> cell.text().strip()).toList();
	}

	/** 91.7%, 11点／12点, 3: a figure first, never a header's word (令和６年度の実績, Ｒ４実績 are). */
	private static final Pattern INNER_FIGURE = Pattern.compile("[△▲\\-－]?[0-9０-９].*");

	/**
	 * The row a list's header opens inside a form's table, after two rows of fields or more (a short label, then its
	 * value), or after one whose values are dates or periods (計画期間 | 令和４年度～…): a row of three header words or
	 * more and no figure, over rows of its own or, as a header of two rows, over none (the rows printed under headings
	 * after it); -1 when the table has none, or repeats its first row further down (a list's header after a page break).
	 */
	private static int innerHeader(List<List<Cell>> rows) {
		for (int r = 0; r < rows.size(); r++) {
			List<Cell> row = rows.get(r);
			if (r > 0 && texts(row).equals(texts(rows.get(0)))) {
				// a list's header repeated after a page break further down: the table's own, no form above a list
				return -1;
			}
			List<Cell> filled = row.stream().filter(cell -> !cell.isEmpty()).toList();
			// 計画期間 | 令和４年度～… then the list's header: one row of a form's fields, no header's upper row of words
			boolean formAbove = r >= 2 || r == 1 && !HeaderRows.mostlyHeader(rows.get(0)) && Table.namesColumns(row)
					&& rows.get(0).stream().anyMatch(cell -> FORM_VALUE.matcher(cell.text()).find())
					&& !texts(rows.get(0)).get(0).equals(texts(row).get(0));
			if (formAbove && filled.size() >= 3 && HeaderRows.mostlyHeader(row) && r + 1 < rows.size()
					&& filled.stream().noneMatch(cell -> INNER_FIGURE.matcher(cell.text().strip()).matches())) {
				List<List<Cell>> list = rows.subList(r, rows.size());
				int header = HeaderRows.count(list);
				// a header of two rows ending the table heads the rows printed under headings after it
				return header >= 1 && (header < list.size() || header >= 2) ? r : -1;
			}
			// 重点目標１ | …: a label numbered like the form it heads
			String label = Words.key(filled.isEmpty() ? "" : filled.get(0).text()).replaceFirst("(?<=\\D)[0-9０-９]{1,2}$", "");
			if (filled.size() < 2 || filled.size() > 12 || label.length() < 2 || label.length() > 10 || label.matches(".*[0-9０-９。、].*")) {
				return -1;
			}
		}
		return -1;
	}

	/** 令和４年度～令和８年度（５年間）, 2025/07/22: a form's value, a date or a period, which no header's label is. */
	private static final Pattern FORM_VALUE = Pattern.compile("[0-9０-９].*[年月日]|[0-9０-９]{1,4}[/／.][0-9０-９]{1,2}");

	/** The header rows the table above lent the rows, else as many as the rows' own cells show. */
	private static int headerRows(List<List<Cell>> rows, int grouped) {
		return grouped > 0 ? grouped : HeaderRows.count(rows);
	}

	/** Whether the line is a row of an HTML table (<tr>) on its source line, as a markup table's rows all are. */
	private boolean isMarkupRow(Line line) {
		int at = line.number() - 1;
		return at >= 0 && at < source.lines().size() && MARKUP_ROW.matcher(source.lines().get(at)).find();
	}

	private static final Pattern MARKUP_ROW = Pattern.compile("(?i)<tr[\\s>]");

	/** How wide a header must be for rows after a group's label to be taken as still under it. */
	private static final int MIN_GROUPED_COLUMNS = 4;

	/**
	 * 番号 | 公約項目 | … | 担当課, then 柱１　子どもの… on a row of its own, then the pillar's rows: a group's rows after its
	 * label are still under the header above it, as wide as it.
	 */
	/**
	 * 約束１　子どもの笑顔と学びを支えるまち⇥⇥⇥⇥, the row across a table read from a PDF's drawing (<td colspan>): a
	 * paragraph of one line, its empty cells after it, between the table's header and the rows it groups.
	 */
	private boolean groupRowOfTableAbove(int b) {
		return source.fromPdf() && blocks.get(b) instanceof Paragraph paragraph && paragraph.lines().size() == 1
				&& paragraph.lines().get(0).endsWith("\t") && !paragraph.lines().get(0).strip().isEmpty()
				&& b > 0 && blocks.get(b - 1) instanceof Table;
	}

	/**
	 * 基本方針Ⅰ　… | 〔完了・順調の割合 | 83.3％〕, the band a table read from a page's drawing sets across its columns
	 * (<td colspan>), read as a narrower table of its own on the same line of the source as the rows after it.
	 */
	private boolean bandOfSameTable(int b, Table rows) {
		return blocks.get(b) instanceof Table band && band.columnCount() < rows.columnCount()
				&& band.location().page() == rows.location().page() && band.location().line() == rows.location().line();
	}

	private Table underDelimitedHeaderAbove(Table rows) {
		int b = blocks.size() - 1;
		while (b >= 0 && (blocks.get(b) instanceof Heading || groupRowOfTableAbove(b) || bandOfSameTable(b, rows))) {
			b--;
		}
		// 施策 1-1 | 結婚・出産・子育ての… opening the group's rows: the group's label, no header of its own
		boolean groupOpened = rows.headerRows() == 1 && rows.rows().size() > 1 && groupLabelRow(rows.rows().get(0));
		if (rows.headerRows() > 0 && !groupOpened || b < 0 || b == blocks.size() - 1 || !(blocks.get(b) instanceof Table above)
				|| above.layout() != Table.Layout.DELIMITED) {
			return rows;
		}
		// a header row alone before the first group's label: a table of one row, which no body shows to be a header
		Table headed = above.headerRows() > 0 ? above
				: above.rows().size() == 1 && Table.namesColumns(above.rows().get(0)) ? above.withRows(above.rows(), 1) : null;
		if (headed == null || rows.columnCount() > headed.header().size()
				|| rows.columnCount() < Math.max(MIN_GROUPED_COLUMNS, headed.header().size() - 1)) {
			return rows;
		}
		List<List<Cell>> withHeader = new ArrayList<>(headed.rows().subList(0, headed.headerRows()));
		withHeader.addAll(rows.rows());
		return rows.withRows(withHeader, headed.headerRows());
	}

	/** 施策 1-1, 基本目標２, 政策３: a group's numbered label, with its title at most, opening a row of few cells. */
	private static boolean groupLabelRow(List<Cell> row) {
		List<Cell> filled = row.stream().filter(cell -> !cell.isEmpty()).toList();
		return !filled.isEmpty() && filled.size() <= 3 && MergedGroupRows.LABELLED.matcher(filled.get(0).text().strip()).find();
	}

	/** The numbered heading a line prints with its date and time beside it (Ⅱ　長野県松本市　　令和６年…), if it is one. */
	private static Optional<Heading> headingWithDate(List<AlignedRows.Span> aligned, Location at) {
		if (aligned.size() < 3 || !BARE_NUMBER_SPAN.matcher(aligned.get(0).text().strip()).matches()
				|| !aligned.stream().skip(2).allMatch(span -> DATE_OR_TIME.matcher(span.text()).find())
				|| DATE_OR_TIME.matcher(aligned.get(1).text()).find()) {
			return Optional.empty();
		}
		return HeadingShapes.match(aligned.get(0).text().strip() + "　" + aligned.get(1).text().strip(), at);
	}

	/** Ⅱ, ３, （２）, 第２: a number standing alone before the title it numbers. */
	private static final Pattern BARE_NUMBER_SPAN = Pattern
		.compile("^(?:[IVXⅠ-Ⅻ]{1,4}|[0-9０-９]{1,2}|[（(][0-9０-９]{1,2}[）)]|第[0-9０-９一二三四五六七八九十]{1,2})$");

	/**
	 * Where the lines that go on a value end: from {@code from}, the lines whose text starts under the value's column
	 * (within {@code tolerance}), up to a blank line, furniture or, when {@code labelEnds}, a line that starts with a label.
	 */
	private int hangingEnd(int from, int column, int tolerance, boolean labelEnds) {
		int next = from;
		while (next < lines.size() && !lines.get(next).isBlank() && !isFurniture(lines.get(next))) {
			List<AlignedRows.Span> rest = AlignedRows.split(lines.get(next).text());
			if (rest.isEmpty() || Math.abs(rest.get(0).start() - column) > tolerance
					|| labelEnds && Words.isLabel(rest.get(0).text())) {
				break;
			}
			next++;
		}
		return next;
	}

	/** A heading and what its line prints at the right margin: its title, its figure under a label, or a remark. */
	private void headingAndMargin(Heading h, String margin, Location at) {
		Optional<Field> field = field(margin, at);
		if (h.title().isEmpty()) {
			blocks.add(new Heading(h.scheme(), h.label(), h.number(), margin, 0, at));
			return;
		}
		blocks.add(h);
		Matcher figure = LABELLED_FIGURE.matcher(margin.strip());
		if (field.isEmpty() && figure.matches()) {
			// Ⅰ 子育て・教育　　　分野の達成率 80.0％: the heading's own figure under its label
			field = Optional.of(new Field(Words.key(figure.group(1)), figure.group(2), at.cell(2)));
		}
		field.ifPresentOrElse(blocks::add, () -> blocks.add(new Paragraph(margin, at.cell(2))));
	}

	/** ,項目,,数値,単位: a sheet's spacer columns, empty in every row of the table, are no columns of it. */
	private static List<List<Cell>> withoutEmptyColumns(List<List<Cell>> rows) {
		int width = rows.stream().mapToInt(List::size).max().orElse(0);
		List<Integer> empty = new ArrayList<>();
		for (int c = 0; c < width; c++) {
			int column = c;
			if (rows.stream().allMatch(row -> column >= row.size() || row.get(column).text().isBlank())
					&& rows.stream().anyMatch(row -> row.size() > column + 1)) {
				empty.add(c);
			}
		}
		if (empty.isEmpty() || rows.size() < 2) {
			return rows;
		}
		List<List<Cell>> kept = new ArrayList<>();
		for (List<Cell> row : rows) {
			List<Cell> cells = new ArrayList<>();
			for (int c = 0; c < row.size(); c++) {
				if (!empty.contains(c)) {
					cells.add(row.get(c));
				}
			}
			kept.add(cells);
		}
		return kept;
	}

	/**
	 * 分野１　子育て・教育⇥⇥⇥分野平均 4.2点 over No.⇥項目⇥主な取組内容⇥評価⇥担当部局: a heading with its figure
	 * printed as the first row of the table under it, in fewer cells than the header below. Taken out of the rows
	 * (and kept as the heading and field it is) when so; the rows as they were otherwise.
	 */
	private List<List<Cell>> withoutHeadingRow(List<List<Cell>> rows) {
		if (rows.size() < 3 || !HeaderRows.mostlyHeader(rows.get(1))) {
			return rows;
		}
		List<String> filled = rows.get(0).stream().map(Cell::text).filter(text -> !text.isBlank()).toList();
		long headerFilled = rows.get(1).stream().filter(cell -> !cell.isEmpty()).count();
		if (filled.isEmpty() || filled.size() > 2 || headerFilled < 3 || rows.get(0).get(0).isEmpty()) {
			return rows;
		}
		Location at = rows.get(0).get(0).location();
		Optional<Heading> heading = HeadingShapes.match(filled.get(0), at);
		if (heading.isEmpty() || heading.get().title().isEmpty()) {
			return rows;
		}
		if (filled.size() == 2) {
			headingAndMargin(heading.get(), filled.get(1), at);
		}
		else {
			blocks.add(heading.get());
		}
		return new ArrayList<>(rows.subList(1, rows.size()));
	}

	/**
	 * The rest of a row whose last cell held a line break: the line's first cell goes on that cell after
	 * {@code separator}, its other cells follow it.
	 */
	private void endBrokenRow(List<Cell> row, List<String> cells, String separator, Line line) {
		Cell broken = row.get(row.size() - 1);
		row.set(row.size() - 1, new Cell(broken.text() + separator + cells.get(0), broken.location()));
		for (int c = 1; c < cells.size(); c++) {
			row.add(new Cell(cells.get(c), line.at(file, row.size() + 1)));
		}
	}

	/**
	 * Where the plain lines from {@code i} end when they go on the last cell of a keyed row ((1) …) and the next keyed
	 * row of the same table follows them: the index of that row, else {@code i}.
	 */
	private int noteInLastCell(List<List<Cell>> rows, int i) {
		if (rows.size() < 2 || !HeaderRows.mostlyHeader(rows.get(0))) {
			return i;
		}
		List<Cell> last = rows.get(rows.size() - 1);
		if (last.size() != rows.get(0).size() || !ROW_KEY.matcher(last.get(0).text()).lookingAt()) {
			return i;
		}
		int j = i;
		while (j < lines.size() && j - i < 4 && !lines.get(j).isBlank() && structuredCells(lines.get(j)) == null
				&& !isFurniture(lines.get(j))) {
			j++;
		}
		if (j == i || j >= lines.size() || structuredCells(lines.get(j)) == null || !lines.get(j - 1).stripped().endsWith("。")) {
			// 機能拡充 alone under （1）子育て世代包括支援センターの: the first cell wrapped, not a note
			return i;
		}
		return ROW_KEY.matcher(structuredCells(lines.get(j)).get(0)).lookingAt() ? j : i;
	}

	/**
	 * Whether {@code cells} end a row that stopped short at a line break inside its last cell: together they fill the
	 * header's width exactly, the row starts with its key ((1) …), and the piece that continues the cell starts no row.
	 */
	private static boolean continuesBrokenCell(List<Cell> row, List<String> cells, int width) {
		if (row.size() >= width || row.size() + cells.size() - 1 > width || row.get(row.size() - 1).isEmpty()) {
			// a cell with two line breaks (1-3⇥放課後児童会の…と⏎待機児童ゼロの継続⇥平日の…⏎…⇥4⇥生涯学習部) takes three lines
			return false;
		}
		String first = cells.get(0);
		return !first.isEmpty() && !HeadingShapes.match(first, null).isPresent() && !ROW_KEY.matcher(first).lookingAt()
				&& !Wraps.isKeyCell(first) && (ROW_KEY.matcher(row.get(0).text()).lookingAt() || Wraps.isKeyCell(row.get(0).text()));
	}

	/**
	 * A tab row of two cells that is a heading with a field at the right margin (ア 国宝松江城…\t所管：観光振興部), as
	 * a PDF gives the line a text prints with a wide gap: not a table row.
	 */
	private boolean headingWithField(Line line) {
		List<String> cells = structuredCells(line);
		if (cells == null || line.text().indexOf('\t') < 0) {
			return false;
		}
		List<String> filled = cells.stream().filter(cell -> !cell.isEmpty()).toList();
		if (filled.size() != 2) {
			return false;
		}
		Location at = line.at(file);
		Optional<Heading> heading = HeadingShapes.match(filled.get(0), at);
		return heading.isPresent() && !heading.get().title().isEmpty()
				&& heading.get().scheme() != NumberingScheme.BRACKETED && field(filled.get(1), at).isPresent();
	}

	/**
	 * 組織目標１⇥循環器病予防を…, standing apart from what is above it: a labelled heading whose title a spreadsheet
	 * put in the next cell, as one line; else null.
	 */
	private Line labelledHeadingRow(int i) {
		Line line = lines.get(i);
		List<String> cells = structuredCells(line);
		if (cells == null || cells.stream().filter(cell -> !cell.isEmpty()).count() != 2 || cells.get(0).isEmpty()
				|| i > 0 && !lines.get(i - 1).isBlank() && !isFurniture(lines.get(i - 1))) {
			return null;
		}
		String title = cells.stream().skip(1).filter(cell -> !cell.isEmpty()).findFirst().orElse("");
		Optional<Heading> label = HeadingShapes.match(cells.get(0), line.at(file));
		if (label.isEmpty() || label.get().scheme() != NumberingScheme.LABELLED || !label.get().title().isEmpty()
				|| title.length() < 4 || title.contains("。") || HeaderRows.isFigure(title)) {
			return null;
		}
		Line joined = new Line(cells.get(0) + "　" + title, line.number(), line.page());
		Optional<Heading> heading = HeadingShapes.match(joined.stripped(), line.at(file));
		return heading.filter(h -> h.scheme() == NumberingScheme.LABELLED && !h.title().isEmpty()).isPresent() ? joined : null;
	}

	/**
	 * Where a tab-separated row that starts at {@code start} with fewer than the header's {@code tabs} tabs ends, when
	 * the lines after it bring it to as many (a cell's line breaks printed), and its last cell's further lines before
	 * the next row; -1 when it is no such row.
	 */
	private int rowOfBrokenCells(int start, int tabs) {
		int count = tabCount(lines.get(start).text());
		String key = lines.get(start).text().split("\t", 2)[0].strip();
		if (count < 1 || count >= tabs || lines.get(start).text().startsWith("\t") || !OneCellRuns.isKey(key, false)
				&& !key.matches("[0-9０-９]{1,3}")) {
			// a row of broken cells opens with its number (１, 2-3), as a label–value sheet's lines do not
			return -1;
		}
		int j = start + 1;
		while (j < lines.size() && count < tabs && j - start < MAX_BROKEN_LINES && !lines.get(j).isBlank()) {
			if (lines.get(j).text().startsWith("\t")) {
				// ⇥⇥⇥補助を継続。: a line led to its column by tabs, as a layout prints a wrapped row; a cell's own line
				// break goes on with the cell's text
				return -1;
			}
			count += tabCount(lines.get(j).text());
			j++;
		}
		if (count != tabs) {
			return -1;
		}
		// 学校教育課 then 教育研究所: the last cell goes on until the next row, which opens with its key and a tab
		int end = j;
		while (end < lines.size() && end - start < MAX_BROKEN_LINES && !lines.get(end).isBlank()
				&& lines.get(end).text().indexOf('\t') < 0 && lines.get(end).stripped().length() <= 20
				&& !lines.get(end).stripped().endsWith("。")) {
			end++;
		}
		boolean nextRow = end < lines.size() && lines.get(end).text().indexOf('\t') > 0;
		return nextRow || end < lines.size() && lines.get(end).isBlank() ? end : j;
	}

	private static final int MAX_BROKEN_LINES = 12;

	private static int tabCount(String text) {
		return (int) text.chars().filter(c -> c == '\t').count();
	}

	/** The cells of a tab-separated or pipe row with at least two filled cells, else null. */
	static List<String> structuredCells(Line line) {
		String text = line.text();
		String[] parts;
		if (text.indexOf('\t') >= 0) {
			parts = text.split("\t", -1);
		}
		else if (text.strip().startsWith("|") || text.strip().startsWith("｜")) {
			parts = pipeParts(text.strip());
		}
		else {
			return null;
		}
		List<String> cells = strippedCells(parts);
		return cells.stream().filter(cell -> !cell.isEmpty()).count() >= 2 ? cells : null;
	}

	/** The cells of a pipe row, its outer rules, where printed, no cells of it. */
	static String[] pipeParts(String body) {
		return body.replaceFirst("^[|｜]", "").replaceFirst("[|｜]$", "").split("[|｜]", -1);
	}

	private static final Pattern PANDAS_EMPTY = Pattern.compile("^(?:NaN|nan|Unnamed: \\d{1,3})$");

	/** Each part stripped, without the empty cells at the row's end. */
	private static List<String> strippedCells(String[] parts) {
		List<String> cells = new ArrayList<>();
		for (String part : parts) {
			// NaN, Unnamed: 3: how a sheet read through pandas (MarkItDown) prints an empty cell and an unnamed column
			cells.add(PANDAS_EMPTY.matcher(part.strip()).matches() ? "" : part.strip());
		}
		while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
			cells.remove(cells.size() - 1);
		}
		return cells;
	}

	/**
	 * A line without cells inside a table, the rest of the row's first cell that the column width wrapped (（1）子育て世代
	 * 包括支援センターの⇥達成⇥… then 機能拡充): short, no heading, item or field of its own, no sentence end, no year
	 * (a PDF may leave a wrapped （令和９年度） of any column alone on a line), and a row of the table after it, a first
	 * cell above that stops mid-phrase (…の相談・支援に), a line that starts mid-phrase (の作付面積), or a short name
	 * that ends the table (経営体数 under スマート農業機器を導入した).
	 */
	private boolean isWrappedFirstCell(int i, String above) {
		Line line = lines.get(i);
		String text = line.text();
		String stripped = line.stripped();
		if (stripped.isEmpty() || stripped.length() > 30 || Character.isWhitespace(text.charAt(0)) || text.charAt(0) == '　'
				|| stripped.endsWith("。") || stripped.contains("年度")
				|| stripped.matches("^[（(].*[）)]$") && !isNameQualifier(stripped, above)
				|| stripped.matches("^[）)」』】].*")
				|| BULLET.matcher(stripped).matches()
				|| HeadingShapes.match(stripped, line.at(file)).isPresent() || field(stripped, line.at(file)).isPresent()) {
			return false;
		}
		int next = i + 1;
		while (next < lines.size() && isFurniture(lines.get(next))) {
			next++;
		}
		boolean rowFollows = next < lines.size()
				&& (structuredCells(lines.get(next)) != null || continuedCells(lines.get(next)) != null);
		// └──┴──┘ closes a box drawn with characters as a blank line closes a table
		boolean tableEnds = next >= lines.size() || lines.get(next).isBlank()
				|| lines.subList(i + 1, next).stream().anyMatch(rule -> rule.stripped().matches("^[└┗┕┖].*"));
		boolean shortName = stripped.length() <= 12 && stripped.matches(".*[\\p{IsHan}\\p{IsKatakana}ー）)]$")
				&& !stripped.matches(".*[0-9０-９].*");
		return rowFollows || Wraps.UNFINISHED.matcher(above).find() || stripped.matches("^\\p{IsHiragana}.*")
				|| tableEnds && (shortName || isNameQualifier(stripped, above));
	}

	/** （累計）, （年間）, （4月1日時点） under a name: the end of the name, not a year or a unit over a column. */
	private static boolean isNameQualifier(String stripped, String above) {
		return Wraps.isBracketedQualifier(stripped) && !stripped.matches(".*(?:単位|[RＲHＨ][0-9０-９元]).*")
				&& above.matches(".*[\\p{IsHan}\\p{IsKatakana}ー]$");
	}

	/**
	 * A tab row that only continues the row above, as a PDF prints cells wrapped over lines (開所時間延長⇥⇥支援センター):
	 * {@link Wraps#continuesRow} over every row so far, no note, caption or heading. Its cells must be placed: a first
	 * cell, or a tab for every column, since a fragment after one tab may stand under any column.
	 */
	private static boolean isWrappedRow(List<String> cells, List<List<Cell>> rows) {
		if (rows.size() < 2) {
			return false;
		}
		int columns = rows.stream().mapToInt(List::size).max().orElse(0);
		long leadingEmpty = cells.stream().takeWhile(String::isEmpty).count();
		String first = cells.stream().filter(cell -> !cell.isEmpty()).findFirst().orElse("");
		// a tab a text prints before a cell places it; a bulleted cell after one tab may be a row of its own
		boolean placed = !cells.get(0).isEmpty() || cells.size() == columns || leadingEmpty >= 2
				|| leadingEmpty == 1 && !first.matches("^[・•●○◆◇■□※].*");
		if (cells.get(0).matches("^[〔【\\[［■□◆◇●].*")) {
			// 〔主な事業〕⇥事業費（千円）: the caption of the next table, not the rest of a row
			return false;
		}
		if (HeadingShapes.match(first, null).isPresent() || HeadingShapes.match(String.join("　", cells).strip(), null).isPresent()) {
			return false;
		}
		// 達成率（％）＝評価点の合計÷（項目数×3点）×100 under a legend's row: a formula is a line of its own
		return placed && cells.stream().noneMatch(cell -> cell.startsWith("※") || FORMULA.matcher(cell).find())
				&& Wraps.continuesRow(cells, rows, columns);
	}

	private static final Pattern FORMULA = Pattern.compile("^[^＝=。]{1,16}[＝=][^＝=。]*[÷／/][^。]*$");

	/** 年度 | 目標値 over …, not 担当課 | 健康増進課: a row of header words only. */
	private static boolean allHeader(List<Cell> row) {
		return row.stream().filter(cell -> !cell.isEmpty()).allMatch(cell -> Words.isHeaderCell(cell.text()));
	}

	/**
	 * A row of header words of another width after the rows of a table (事業名⇥R6⇥R7 under a table of seven columns),
	 * as a PDF that lost the blank line between two tables gives it: the next table's header.
	 */
	private static boolean startsAnotherTable(List<String> cells, List<List<Cell>> rows) {
		int width = rows.stream().mapToInt(List::size).max().orElse(0);
		List<Cell> row = cells.stream().map(text -> new Cell(text, null)).toList();
		return cells.size() != width && cells.size() >= 3 && cells.stream().noneMatch(String::isEmpty)
				&& HeaderRows.mostlyHeader(row) && !allHeader(rows.get(rows.size() - 1))
				&& cells.stream().noneMatch(HeaderRows::isFigure);
	}

	/**
	 * The cells of a row whose leading cells are blank (⇥⇥・住宅用蓄電池…: an action wrapped under the issue of the
	 * row above), else null: inside a table such a row continues it.
	 */
	private static List<String> continuedCells(Line line) {
		String text = line.text();
		String body = text.strip();
		boolean tabbed = text.startsWith("\t") && !body.isEmpty();
		boolean piped = (body.startsWith("|") || body.startsWith("｜")) && body.substring(1).strip().matches("^[|｜].*\\S.*");
		if (!tabbed && !piped) {
			return null;
		}
		List<String> cells = strippedCells(tabbed ? text.split("\t", -1) : pipeParts(body));
		// |　　|　　|: a row of full-width spaces continues no cell
		return cells.isEmpty() ? null : cells;
	}

	/**
	 * Label, value, label, value … on one line with no row of a table beside it: every other cell a label word
	 * (施策番号 | １-１ | 施策名 | 子育て支援の充実), the values no labels.
	 */
	private static boolean isLabelPairs(List<AlignedRows.Span> aligned) {
		if (aligned.size() < 4 || aligned.size() % 2 != 0) {
			return false;
		}
		for (int c = 0; c < aligned.size(); c++) {
			boolean label = Words.LABELS.contains(Words.key(aligned.get(c).text()));
			if (label != (c % 2 == 0) || c % 2 == 1 && Words.isLabel(aligned.get(c).text())) {
				return false;
			}
		}
		return true;
	}

	/** ◎目標達成, ○概ね順調, △やや遅れ: a mark, then the word it stands for. */
	private static final Pattern MARK_AND_MEANING = Pattern.compile("[◎○〇△×▲●★☆][\\s　]*[:：=＝]?[\\s　]*[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");

	/**
	 * A line of three or more marks each with its meaning, set out with gaps right over a header row of three or more
	 * columns: the legend of the table under it.
	 */
	private boolean isLegendOverHeader(List<AlignedRows.Span> aligned, int i) {
		if (aligned.size() < 2 || MARK_AND_MEANING.matcher(lines.get(i).text()).results().count() < 3) {
			return false;
		}
		int next = i + 1;
		while (next < lines.size() && (lines.get(next).isBlank() || isFurniture(lines.get(next))) && next - i <= 2) {
			next++;
		}
		if (next >= lines.size() || lines.get(next).isBlank()) {
			return false;
		}
		List<AlignedRows.Span> below = AlignedRows.split(lines.get(next).text());
		return below.size() >= 3 && below.get(0).start() < aligned.get(0).start()
				&& below.stream().filter(span -> Words.isHeaderCell(span.text())).count() * 2 >= below.size();
	}

	static boolean isFurniture(Line line) {
		return line.runningHeader() || FURNITURE.matcher(line.text()).matches() || TABLE_OF_CONTENTS.matcher(line.text()).find()
				|| FILE_FOOTER.matcher(line.text()).matches();
	}

	/** R6_組織目標シート_上下水道部.xlsx　　1 / 4: the file a sheet was printed from, in its footer. */
	private static final Pattern FILE_FOOTER = Pattern
		.compile("^[\\s　]*\\S{1,60}\\.(?:xlsx?|xlsm|docx?|pptx?|pdf|csv|jtd)(?:[\\s　]+(?:[0-9]{1,3}[\\s　]*/[\\s　]*[0-9]{1,3}|[-－]?[\\s　]*[0-9]{1,3}[\\s　]*[-－]?))?[\\s　]*$");

	/**
	 * The columns of the space-aligned table just above line {@code i}, when only blank lines, headings and a line or
	 * two of text stand between: rows there may go on that table.
	 */
	private List<AlignedRows.Span> columnsAbove(int i) {
		if (alignedColumns == null || i - alignedEnd > 12) {
			return null;
		}
		for (Block block : blocks.subList(Math.min(alignedBlocks, blocks.size()), blocks.size())) {
			boolean between = block instanceof Heading || block instanceof Paragraph paragraph && paragraph.lines().size() <= 2
					|| block instanceof Table table && table.layout() == Table.Layout.ALIGNED && table.rows().size() <= 2;
			if (!between) {
				return null;
			}
		}
		return alignedColumns;
	}

	/** Each column overlaps the one above it: the cells of one table, figures set right under left-set labels. */
	private static boolean sameColumns(List<AlignedRows.Span> columns, List<AlignedRows.Span> above) {
		if (columns == above) {
			return true;
		}
		if (columns.size() != above.size()) {
			return false;
		}
		for (int c = 0; c < columns.size(); c++) {
			if (columns.get(c).start() >= above.get(c).end() || above.get(c).start() >= columns.get(c).end()) {
				return false;
			}
		}
		return true;
	}

	/**
	 * 政策 | 施策 | 成果指標 | … over （年度） | R3 | R4 | R5 | （R7）, a blank line, then rows with more columns than the
	 * header has cells: the header's lines placed again under the rows' columns, as one table.
	 */
	private Table underHeaderPlacedAbove(Table rows, List<AlignedRows.Span> columns) {
		if (rows.headerRows() > 0 || alignedBlocks < 1 || alignedBlocks != blocks.size()
				|| !(blocks.get(alignedBlocks - 1) instanceof Table above) || above.headerRows() == 0
				|| above.layout() != Table.Layout.ALIGNED || above.rows().size() > 3
				|| above.body().stream().flatMap(List::stream).anyMatch(cell -> HeaderRows.isFigure(cell.text()))) {
			// a header alone: its rows name columns, perhaps a second row of years and brackets (（年度）| R3 | R4)
			return rows;
		}
		List<List<Cell>> headed = new ArrayList<>();
		for (int k = alignedStart; k < alignedEnd && headed.size() < above.rows().size(); k++) {
			if (!lines.get(k).isBlank()) {
				headed.add(AlignedRows.placed(lines.get(k), columns, file));
			}
		}
		if (headed.size() != above.rows().size()) {
			return rows;
		}
		blocks.remove(blocks.size() - 1);
		int headerRows = headed.size();
		headed.addAll(rows.rows());
		return new Table(headed, headerRows, above.location(), Table.Layout.ALIGNED);
	}

	/**
	 * 区分 | 指標数 | 割合, a blank line, then rows of figures in as many columns set where figures are set (right, not
	 * under the words' centres): the header line alone above is their header.
	 */
	private Table underHeaderAlone(Table rows) {
		if (alignedBlocks < 1 || alignedBlocks != blocks.size() || !(blocks.get(alignedBlocks - 1) instanceof Table above)
				|| above.layout() != Table.Layout.ALIGNED || above.rows().size() != 1
				|| above.rows().get(0).size() != rows.columnCount()
				|| above.rows().get(0).stream().anyMatch(cell -> HeaderRows.isFigure(cell.text()))
				|| rows.rows().get(0).stream().noneMatch(cell -> HeaderRows.isFigure(cell.text()))) {
			return rows;
		}
		blocks.remove(blocks.size() - 1);
		List<List<Cell>> headed = new ArrayList<>(above.rows());
		headed.addAll(rows.rows());
		return new Table(headed, 1, above.location(), Table.Layout.ALIGNED);
	}

	/**
	 * 【市民の視点】 between a table's header and its rows, or between groups of its rows: the rows after the group label
	 * are still under the header above it, printed in the same columns.
	 */
	private Table underHeaderAbove(Table rows) {
		if (rows.headerRows() > 0 || alignedBlocks < 1 || alignedBlocks >= blocks.size()
				|| blocks.subList(alignedBlocks, blocks.size()).stream().anyMatch(block -> !(block instanceof Heading))
				|| !(blocks.get(alignedBlocks - 1) instanceof Table above)
				|| above.headerRows() == 0 || above.layout() != Table.Layout.ALIGNED
				|| above.rows().get(0).size() != rows.columnCount()) {
			return rows;
		}
		List<List<Cell>> headed = new ArrayList<>(above.rows().subList(0, above.headerRows()));
		headed.addAll(rows.rows());
		return rows.withRows(headed, above.headerRows());
	}

	/**
	 * 103.7%   A    産業経済部 right under its row: the rest of the row above that the page wrapped, its cells where that
	 * row left its last columns empty. Joined into that row (and the rows after it into the table) when so.
	 */
	private boolean restOfRowAbove(Table rest) {
		Table table = (Table) blocks.get(blocks.size() - 1);
		List<Cell> first = rest.rows().get(0);
		List<Cell> last = table.rows().get(table.rows().size() - 1);
		int firstFilled = 0;
		while (firstFilled < first.size() && first.get(firstFilled).isEmpty()) {
			firstFilled++;
		}
		if (firstFilled == 0 || firstFilled >= first.size() || firstFilled < last.size()
				&& last.subList(firstFilled, last.size()).stream().anyMatch(cell -> !cell.isEmpty())) {
			return false;
		}
		List<Cell> joined = new ArrayList<>(last.subList(0, Math.min(firstFilled, last.size())));
		while (joined.size() < firstFilled) {
			joined.add(new Cell("", last.isEmpty() ? table.location() : last.get(0).location()));
		}
		joined.addAll(first.subList(firstFilled, first.size()));
		List<List<Cell>> rows = new ArrayList<>(table.rows().subList(0, table.rows().size() - 1));
		rows.add(joined);
		rows.addAll(rest.rows().subList(1, rest.rows().size()));
		blocks.set(blocks.size() - 1, table.withRows(rows, table.headerRows()));
		return true;
	}

	private void flushParagraph() {
		if (!paragraph.isEmpty()) {
			blocks.add(new Paragraph(paragraph, paragraphAt, paragraphLines));
			paragraph.clear();
			paragraphLines.clear();
		}
	}

	private static Section sections(List<Block> blocks) {
		Section root = new Section(null);
		Deque<Section> open = new ArrayDeque<>();
		open.push(root);
		for (Block block : blocks) {
			if (block instanceof Heading heading) {
				while (open.size() > 1 && open.peek().heading().level() >= heading.level()) {
					open.pop();
				}
				Section section = new Section(heading);
				open.peek().add(section);
				open.push(section);
			}
			else {
				open.peek().add(block);
			}
		}
		return root;
	}

	/** Levels from the order schemes first appear: a new scheme nests under the heading before it. */
	static final class HeadingLevels {

		private HeadingLevels() {
		}

		static List<Block> assign(List<Block> blocks) {
			Map<String, Integer> levels = new HashMap<>();
			int last = 0;
			boolean chaptered = false;
			List<Block> leveled = new ArrayList<>();
			for (Block block : blocks) {
				if (block instanceof Heading heading) {
					int level;
					if (heading.scheme() == NumberingScheme.CHAPTER || heading.scheme() == NumberingScheme.PAGE_TITLE) {
						// a chapter, or a slide's title: whatever came before, it holds all that follows it; a 節 is
						// the part of the 章 above it
						level = heading.kind().endsWith("節") && chaptered ? 2 : 1;
						chaptered |= heading.kind().endsWith("章");
					}
					else {
						Integer known = levels.get(heading.kind());
						level = known != null ? known : Math.min(last + 1, 9);
						levels.putIfAbsent(heading.kind(), level);
					}
					last = level;
					leveled.add(new Heading(heading.scheme(), heading.label(), heading.number(), heading.title(),
							level, heading.location()));
				}
				else {
					leveled.add(block);
				}
			}
			return leveled;
		}
	}
}
