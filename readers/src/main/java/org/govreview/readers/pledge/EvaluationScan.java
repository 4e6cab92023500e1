package org.govreview.readers.pledge;

import static org.govreview.readers.pledge.PledgeText.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govreview.domain.pledge.MarkCount;
import org.govreview.domain.pledge.OverallRule;
import org.govreview.readers.document.Block;
import org.govreview.readers.document.Cell;
import org.govreview.readers.document.DocumentModel;
import org.govreview.readers.document.Field;
import org.govreview.readers.document.Heading;
import org.govreview.readers.document.ListItem;
import org.govreview.readers.document.NumberingScheme;
import org.govreview.readers.document.Location;
import org.govreview.readers.document.Paragraph;
import org.govreview.readers.document.Table;
import org.govreview.readers.text.Evaluation;
import org.govreview.readers.text.EvaluationMarks;

/**
 * What a pledge or manifesto evaluation states, found in its {@link DocumentModel} by vocabulary: the evaluated
 * items (a table row, a line or a heading with its label–value line, each with an evaluation on any scale and its
 * department), the groups above them (one or two levels, told apart by their numbering shape recurring before items),
 * the published figures of groups and the overall figure (from summary tables, group headings and sentences), the
 * counts of items per mark, and the rule the document states for its overall figure ({@link PublishedFigures}). Built
 * by {@link #of(DocumentModel)}, one per document, and only read afterwards; not for use by several threads while built.
 */
final class EvaluationScan {

	private static final Pattern STAR_RUN = Pattern.compile("[★☆]{3,}(?:\\s*[★☆]+)*");

	/** 【実現】高校生までの医療費無料化: the evaluation as a bracketed tag before the title. */
	private static final Pattern CLOSING_MARK = Pattern.compile("^(.*\\S)\\s*[（(【\\[〔]\\s*([^）)】\\]〕]{1,6}?)\\s*[）)】\\]〕]$");

	/** 11月18日　庁議で確認（済）: a step of a schedule, done, no item of the pledge. */
	private static final Pattern SCHEDULE_ENTRY = Pattern.compile("^[0-9０-９]{1,2}月(?:[0-9０-９]{1,2}日|上旬|中旬|下旬)");

	/** 75％, 100%: an item's rate, in a column of rates beside its title and department. */
	private static final Pattern ITEM_RATE = Pattern.compile("^(\\d{1,3})\\s*%$");

	private static final Pattern TAGGED = Pattern.compile("^[【\\[〔]([^】\\]〕]{1,8})[】\\]〕]\\s*(\\S.*)$");

	/** の平均進捗率：75.0％ after a group's number: its figure, no title. */
	private static final Pattern OWN_FIGURE = Pattern.compile("^の([^\\d]{2,10}?)[\\s:：]*(\\d+(?:[.・]\\d+)?)\\s*(%|点)$");

	/** …の拡充（進捗率 75%）: a title and its rate under its label, in brackets after it. */
	private static final Pattern BRACKETED_RATE = Pattern.compile("^(.+?)[（(]([^（）()\\d]{2,6})[\\s:：]*(\\d{1,3}\\s*%)[）)]$");

	private static final Pattern LEADERS = Pattern.compile("[…‥]{1,}|[・･.．]{3,}|[-―─]{3,}");

	private static final Pattern STATED_LEVELS = Pattern.compile("(?<!\\d)(\\d{1,2}|100)\\s*(?:段階|点満点)");

	enum Role {
		ITEM, GROUP, FIGURE_ONLY, OTHER
	}

	/** One thing the document says, in order: an item, a group's heading, a lone figure, or anything else. */
	static final class Entry {

		Role role = Role.OTHER;

		String title;

		Evaluation evaluation;

		List<String> departments = new ArrayList<>();

		BigDecimal figure;

		String unit;

		String signature;

		Location location;

		Table table;

		/** Running text between an item's title and its evaluation (取組状況, what was done): never the title. */
		boolean prose;

		/** Evaluated in a sentence of prose ('…' は…達成としました): no line of a legend, whatever marks follow it. */
		boolean told;

		/** A row's grade and department whose title the extraction printed apart: neither item nor group. */
		boolean untitled;

		/** A label–value line that describes the item before it (its department, its evaluation). */
		boolean detail;

		/** A row totting up the items above it (分野計 | … | 83.3%): the figure of the group they belong to. */
		boolean subtotal;

		/** How long the line that printed a tagged item is, to tell whether a narrow column cut its title. */
		int printedLength;

		/** The mark of a row that defines a mark rather than evaluating an item. */
		Evaluation legendMark;

		/** The text of a paragraph of one line: perhaps the end of a title wrapped above it. */
		String printed;

		/** A paragraph's two lines joined, a soft line break having wrapped a title: perhaps that title. */
		String joined;

		/** The title of the heading the entry was read from, as printed. */
		String heading;
	}

	/** ■■■■■■■■□□ 80％: a bar of filled and empty squares drawing a rate, the rate printed after it. */
	private static final Pattern PROGRESS_BAR = Pattern.compile("^[■□▮▯█░]{5,}\\s*(\\d{1,3}(?:\\.\\d)?\\s*%)$");

	private static final Pattern NOTE_IN_BRACKET = Pattern
		.compile("^((?s).*\\d(?:[.・]\\d+)?\\s*(?:%|％|点))\\s*[(（][^()（）]{1,20}[)）](\\s*[］\\]】〕])\\s*$");

	/** 75.0％, 4.2点 at the end of a text. */
	private static final Pattern FIGURE_AT_END = Pattern.compile("\\d(?:[.・]\\d+)?\\s*(?:%|％|点)$");

	/**
	 * 柱の進捗率 77.1％（7項目の平均）, 公約の達成度：83.3％（10点／12点）: the text up to its figure, without the note in
	 * brackets after it on how the figure is made; the text itself when no figure stands before a bracketed end.
	 */
	private static String withoutNoteOnFigure(String text) {
		Matcher note = BRACKETED_TAIL.matcher(text);
		return note.find() && FIGURE_AT_END.matcher(text.substring(0, note.start())).find() ? text.substring(0, note.start()).strip()
				: text;
	}

	/** （1／2）: the part of a group one page holds. */
	private static final Pattern PAGE_PART = Pattern.compile("\\s*[(（][0-9０-９]{1,2}\\s*[/／]\\s*[0-9０-９]{1,2}[)）]$");

	/**
	 * A progress bar under an item's title (a heading, its last words perhaps wrapped onto a short line of their own):
	 * the item's evaluation, the rate printed after the bar. False when the text is no bar.
	 */
	private boolean bar(String text, Location location) {
		Matcher bar = PROGRESS_BAR.matcher(nfkc(text).replaceAll("\\s+", "").strip());
		if (!bar.matches() || rate(bar.group(1)).isEmpty()) {
			return false;
		}
		Entry drawn = new Entry();
		drawn.detail = true;
		drawn.location = location;
		int last = entries.size() - 1;
		Entry titled = last >= 0 ? entries.get(last) : null;
		if (last >= 1 && titled.role == Role.OTHER && titled.printed != null && !titled.prose
				&& titled.printed.matches("^[^。、,，0-9０-９\\s]{1,16}$") && entries.get(last - 1).signature != null
				&& entries.get(last - 1).signature.startsWith("H:") && entries.get(last - 1).title != null) {
			// ①中学校給食費の第２子以降 / 無償化 / ■■■…: the title's last words on a line of their own
			Entry heading = entries.get(last - 1);
			heading.title = clean(heading.title + titled.printed);
			entries.remove(last);
			titled = heading;
		}
		if (titled != null && titled.title != null && titled.table == null && titled.evaluation == null
				&& (titled.role == Role.ITEM || titled.signature != null && titled.signature.startsWith("H:"))) {
			titled.role = Role.ITEM;
			titled.evaluation = rate(bar.group(1)).get();
			titled.figure = null;
			titled.signature = null;
			evaluatedCard = titled;
		}
		entries.add(drawn);
		return true;
	}

	/** A group as read: its title, its published figure and the groups or items under it. */
	static final class Group {

		final String title;

		BigDecimal figure;

		String unit;

		final List<Group> children = new ArrayList<>();

		final List<Entry> items = new ArrayList<>();

		Group(String title) {
			this.title = title;
		}

		/** A group with the figure published for it. */
		Group(String title, BigDecimal figure, String unit) {
			this(title);
			this.figure = figure;
			this.unit = unit;
		}
	}

	final List<Entry> entries = new ArrayList<>();

	final List<Group> policies = new ArrayList<>();

	boolean threeLevels;

	BigDecimal overall;

	String overallUnit;

	final List<MarkCount> markCounts = new ArrayList<>();

	OverallRule rule;

	int scoredGroups;

	private final int statedLevels;

	private final boolean fromPdf;

	private EvaluationScan(DocumentModel model) {
		this.fromPdf = model.source().fromPdf();
		this.fills = model.source().lines().stream().anyMatch(line -> FILLED_BY_QUARTERS.matcher(line).find());
		this.triangleScale = model.tables().stream().map(EvaluationScan::legendWithTriangle).filter(scale -> !scale.isEmpty())
			.findFirst().orElse(null);
		Matcher levels = STATED_LEVELS.matcher(nfkc(model.source().lines().stream().reduce("", (a, b) -> a + "\n" + b)));
		this.statedLevels = levels.find() ? Integer.parseInt(levels.group(1)) : legendLevels(model.source().lines());
	}

	/** ◕ ◑ ◔: a circle filled by quarters, which makes ● and ○ the ends of that scale in the document. */
	private static final Pattern FILLED_BY_QUARTERS = Pattern.compile("[" + EvaluationMarks.FILLS + "]");

	/** Whether the document's marks fill circles by quarters (Harvey balls). */
	private final boolean fills;

	/**
	 * The marks of the document's legend, best first, where it gives ▲ a place among ◎ ○ △ × (◎ 完了 4点 … ▲ 遅れ 1点
	 * … × 未着手 0点); null where it does not: elsewhere ▲ is the sign of a decrease, never a mark.
	 */
	private final String triangleScale;

	/** ◎ ○ △ ▲ ×: the symbol scale with ▲ between △ and ×, best first. */
	private static final String TRIANGLE_SCALE = "◎○△▲×";

	/** The marks a legend table lists in its first column, in the scale's order, when ▲ is one of them with two others. */
	private static String legendWithTriangle(Table table) {
		StringBuilder listed = new StringBuilder();
		for (List<Cell> row : table.rows()) {
			String first = row.size() >= 2 ? nfkc(row.get(0).text()).strip().replace("〇", "○") : "";
			if (first.length() == 1 && TRIANGLE_SCALE.contains(first) && listed.indexOf(first) < 0
					&& row.stream().skip(1).anyMatch(cell -> !cell.isEmpty())) {
				listed.append(first);
			}
		}
		if (listed.indexOf("▲") < 0 || listed.length() < 3) {
			return "";
		}
		StringBuilder scale = new StringBuilder();
		for (char mark : TRIANGLE_SCALE.toCharArray()) {
			if (listed.indexOf(String.valueOf(mark)) >= 0) {
				scale.append(mark);
			}
		}
		return scale.toString();
	}

	/**
	 * The mark a row's cell holds: in a document of circles filled by quarters, ● is the full circle at the top of that
	 * scale and ○ the empty one at its foot (elsewhere ● is a bullet and ○ a symbol of its own scale).
	 */
	Optional<Evaluation> cellMark(String cell) {
		String text = withoutEarlier(nfkc(cell == null ? "" : cell).strip());
		Optional<Evaluation> read = EvaluationMarks.fill(text, fills).or(() -> markOf(cell));
		if (triangleScale == null) {
			return read;
		}
		Optional<Evaluation> printed = read.isEmpty() && "▲".equals(text) ? Optional.of(new Evaluation("symbol", "▲", 0, 0, "▲"))
				: read;
		return printed.filter(mark -> "symbol".equals(mark.scale()) && triangleScale.indexOf(mark.mark()) >= 0)
			.map(mark -> new Evaluation(mark.scale(), mark.mark(), triangleScale.length() - triangleScale.indexOf(mark.mark()),
					triangleScale.length(), mark.printed()))
			.or(() -> printed);
	}

	/** 4：完了　3：順調　2：やや遅れ　1：遅れ　0：未着手: each score's word, the highest the scale's top. */
	private static final Pattern SCORE_WORD = Pattern.compile("(?<![0-9.])([0-9])\\s*[:：=＝]\\s*([^\\s0-9:：=＝/／]{1,6})");

	/** The top of a scale a legend line sets out, its scores consecutive and three or more each naming a mark; else 0. */
	private static int legendLevels(List<String> lines) {
		for (String line : lines) {
			Matcher word = SCORE_WORD.matcher(nfkc(line));
			java.util.TreeSet<Integer> scores = new java.util.TreeSet<>();
			while (word.find()) {
				if (markOf(word.group(2)).isPresent()) {
					scores.add(Integer.parseInt(word.group(1)));
				}
			}
			if (scores.size() >= 3 && scores.last() - scores.first() == scores.size() - 1 && scores.last() >= 3) {
				return scores.last();
			}
		}
		return 0;
	}

	static EvaluationScan of(DocumentModel model) {
		EvaluationScan scan = new EvaluationScan(model);
		for (Block block : model.blocks()) {
			scan.collect(block);
		}
		scan.accountsDepartments(model);
		scan.bareGroupTitles(model);
		scan.dropLegends();
		scan.dropRepeatedItems();
		scan.arrange();
		scan.dropEmptyGroups();
		PublishedFigures figures = new PublishedFigures(scan);
		figures.summaryTables(model);
		figures.overallFromText(model);
		figures.markCounts(model);
		if (scan.overall != null) {
			scan.rule = PublishedFigures.rule(model);
		}
		return scan;
	}

	private static final Pattern BRACKETED_END = Pattern.compile("\\s*[（(][^（）()]{1,16}[）)]$");

	/**
	 * 子どもの未来を育むまち　（子育て・教育） over its page, named without the brackets in the contents and the key
	 * under the summary: the field in brackets is no part of the group's name.
	 */
	private void bareGroupTitles(DocumentModel model) {
		String text = key(String.join("\n", model.source().lines()));
		for (Entry entry : entries) {
			if (entry.role != Role.GROUP || entry.title == null) {
				continue;
			}
			Matcher motto = MOTTO.matcher(entry.title);
			if (motto.find() && motto.start() >= 2) {
				// 子育て・教育 ― 子どもの声がひびく町へ over its items, 子育て・教育：6項目中 ✅3 in the summary: the motto is
				// no part of the name
				String name = entry.title.substring(0, motto.start());
				if (occurrences(text, key(name)) > occurrences(text, key(entry.title))) {
					entry.title = name;
				}
				continue;
			}
			if (!BRACKETED_END.matcher(entry.title).find()) {
				continue;
			}
			String bare = BRACKETED_END.matcher(entry.title).replaceFirst("");
			if (bare.length() >= 4 && occurrences(text, key(bare)) > occurrences(text, key(entry.title))) {
				entry.title = bare;
			}
		}
	}

	private static int occurrences(String text, String part) {
		int count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
			count++;
		}
		return count;
	}

	/**
	 * A table of one row (a legend printed double-spaced, a row between blank lines) that opens with a mark, gives the
	 * band of rates the mark stands for (100%, 70〜90%, 50％以上) and says what it means: a line of the legend.
	 */
	private boolean legendRow(Table table) {
		if (table.rows().size() != 1) {
			return false;
		}
		List<String> cells = table.rows().get(0).stream().map(cell -> nfkc(cell.text()).strip()).filter(text -> !text.isEmpty()).toList();
		return cells.size() == 3 && cellMark(cells.get(0)).isPresent() && RATE_BAND.matcher(cells.get(1)).matches()
				&& cells.get(2).length() >= 6;
	}

	/** 100%, 70〜90%, 50%以上, 80%未満: the rates a mark of a legend stands for. */
	private static final Pattern RATE_BAND = Pattern
		.compile("^\\d{1,3}(?:\\.\\d)?\\s*%?\\s*(?:[〜～~\\-－]\\s*\\d{1,3}(?:\\.\\d)?\\s*)?%(?:以上|未満|以下|超)?$");

	/** A row of a few cells, no mark and no number first: the rest of the row above, cells unplaced. */
	private static boolean unplaced(List<Cell> row, int columns) {
		long filled = row.stream().filter(cell -> !cell.isEmpty()).count();
		String first = row.isEmpty() ? "" : nfkc(row.get(0).text()).strip();
		return filled > 0 && columns >= 4 && filled * 2 < columns && !first.isEmpty()
				&& !first.matches("^\\d.*") && row.stream().noneMatch(cell -> markOf(cell.text()).isPresent())
				&& !FORM_LABEL.matcher(first.replaceAll("\\s", "")).matches();
	}

	/** 課題・今後の方向性, 備考 opening a row under a form's items: a field of the form, no item's rest. */
	private static final Pattern FORM_LABEL = Pattern.compile("^(?:課題|今後|方向性|備考|特記事項|総括|所見|意見|総合所見)[^。、]{0,10}$");

	int itemCount() {
		return (int) entries.stream().filter(entry -> entry.role == Role.ITEM).count();
	}

	// ---------------------------------------------------------------- pass 1: what each block says

	private void collect(Block block) {
		if (SPEAKER.matcher(nfkc(EvaluatedReportReader.textOf(block)).strip()).lookingAt()) {
			// ○市長（上條信之君）, 〔７番　赤羽美香君　登壇〕: who speaks in a council's minutes, no mark of an item
			entries.add(new Entry());
			return;
		}
		String bracketed = block instanceof Heading heading && heading.scheme() == NumberingScheme.BRACKETED ? "〔" + heading.title() + "〕"
				: block instanceof Table ? "" : EvaluatedReportReader.textOf(block);
		if (EARLIER_EVALUATION.matcher(nfkc(bracketed).strip()).matches()) {
			// 〔令和５年度評価：Ａ〕 under an item: the grade it had the year before, no item and no mark of this year
			return;
		}
		if (block instanceof Table table && legendRow(table)) {
			// Ｂ | 70〜90% | 順調に進んでおり… between blank lines: what a grade means, no item
			entries.add(new Entry());
			return;
		}
		Optional<Field> pairs = block instanceof Table table ? labelledPairs(table) : Optional.empty();
		if (pairs.isPresent()) {
			// （１）子ども医療費助成の拡大 over 評価 | 達成 | 担当課 | 子育て支援課: the item's fields as a table's cells
			Entry entry = field(pairs.get());
			entry.location = block.location();
			entries.add(entry);
			return;
		}
		if (block instanceof Table table && TidyRecords.read(table, this, entries)) {
			return;
		}
		if (block instanceof Table table) {
			List<String> header = table.headerRows() > 0 ? table.header() : List.of();
			if (table.headerRows() == 1 && !header.isEmpty() && GROUP_ROW.matcher(nfkc(header.get(0)).strip()).lookingAt()) {
				// ■政策１ | 子育て世代に選ばれるまち | 達成度 80.0％ over its items: a group's row that reads like a header
				Entry groupRow = group(String.join(" ", header), "R:" + numberingShape(header.get(0)));
				groupRow.table = table;
				groupRow.location = table.location();
				entries.add(groupRow);
				header = List.of();
			}
			if (header.stream().anyMatch(cell -> WORDS.is("legend-header", nfkc(cell).replaceAll("\\s+", "")))) {
				// 評価 | 評価の基準 | 件数 | 構成比: what the marks mean and how many items got each, no items
				entries.add(new Entry());
				return;
			}
			List<List<Cell>> body = table.body();
			if (table.headerRows() == 1 && header.size() >= 2 && ITEM_NUMBER_CELL.matcher(nfkc(header.get(0)).strip()).matches()
					&& markOf(header.get(header.size() - 1)).isPresent()) {
				// １－４ | 小中学校の特別教室への冷房設備の整備 | Ｂ over its account: an item's row, read as a header
				body = table.rows();
				header = List.of();
			}
			if (table.headerRows() == 1 && header.size() >= 2 && isGroupBand(header.get(0)) && !table.body().isEmpty()
					&& !table.body().get(0).isEmpty() && isGroupBand(table.body().get(0).get(0).text())) {
				// 基本目標Ⅰ | 子どもと若者が夢を描けるまち | ［基本目標の達成率 83.3％］ over 公約1 | …: the band of a group
				// over the next, read as a header
				body = table.rows();
				header = List.of();
			}
			int items = groupedColumns(header);
			// 基本目標 | 公約 | 取組数 | ◎ | ○ | △ … | 得点 | 達成率: the groups' counts of items per mark and their
			// figures, groups but no items of their own
			boolean groupsOnly = items <= 0 && countsPerMark(header);
			int group = groupColumn(header);
			if (group >= 0 && key(header.get(group)).equals("分野") && underHeadedGroup()) {
				// 政策の柱１ … above 番号 | 分野 | 施策名: the field sorts the pillar's items, the pillar is their group
				group = -1;
			}
			int department = column(header, "department-header");
			int yearly = latestYearColumn(header, table, "evaluation-header");
			Set<String> itemShapes = itemShapes(body);
			// 基本政策 | 平均評価点 | 公約 | 項目数 | 5 | 4 | … | 平均評価点: the pledges after their policy are groups
			// counted and averaged, no items
			boolean countedGroups = items > 0 && header.subList(items, header.size()).stream()
				.anyMatch(cell -> COUNTED_ITEMS.matcher(key(cell)).matches());
			for (int r = 0; r < body.size(); r++) {
				List<Cell> row = body.get(r);
				if (countedGroups && row.size() == header.size()) {
					groupCells(row.subList(0, items), header.subList(0, items)).ifPresent(entries::add);
					continue;
				}
				if (items > 0 && row.size() == header.size()) {
					// 政策１ … | ５ | ① | … | ◎: the group printed once at the head of its items, then the item
					groupCells(row.subList(0, items), header.subList(0, items)).ifPresent(entries::add);
					for (int g = 1; g < items; g++) {
						if (WORDS.is("group-label", header.get(g))) {
							// 基本目標 | 公約 | No. | 取組項目: the pledge under the policy, a group of its own
							groupInColumn(row.get(g), header.get(g)).ifPresent(entries::add);
						}
					}
					Entry item = row(row.subList(items, row.size()), header.subList(items, header.size()),
							yearly >= items ? yearly - items : -1);
					item.table = table;
					item.location = row.get(items).location();
					cutShort(item, body, r, table);
					entries.add(item);
					continue;
				}
				Optional<Entry> total = group >= 0 && group < row.size() ? totalInGroupColumn(row, group) : Optional.empty();
				if (total.isPresent()) {
					entries.add(total.get());
					continue;
				}
				if (group >= 0 && (row.size() == header.size() || row.size() < header.size() && row.size() > group + 1 && trailingEmpty(table)
						&& lacksOnlyItsNote(row, header))) {
					// 番号 | 分野 | 公約項目 | … with 子育て・教育 on the first row of its items: the group they belong to (a
					// row whose last cells are empty perhaps cut short)
					groupInColumn(row.get(group), header.get(group)).ifPresent(entries::add);
				}
				if (r + 1 < body.size() && departmentCut(row, body.get(r + 1), department)) {
					// 自治・地域振 over ⇥⇥興課 alone: the department's name its column's width cut
					row = new ArrayList<>(row);
					row.set(department, new Cell(row.get(department).text() + body.get(r + 1).get(department).text().strip(),
							row.get(department).location()));
					r++;
				}
				if (r + 1 < body.size() && titleGoesOn(row, body.get(r + 1), itemShapes)) {
					// １５．　江別産小麦…のブランド化【農業振興 over 課】　★★★★★: the title wrapped onto the line of its mark
					row = titleJoined(row, body.get(r + 1));
					r++;
				}
				Optional<Entry> labelled = labelledFigure(row);
				if (labelled.isPresent()) {
					entries.add(labelled.get());
					continue;
				}
				Entry entry = row(row, header, yearly);
				entry.table = table;
				entry.location = row.isEmpty() ? table.location() : row.get(0).location();
				cutShort(entry, body, r, table);
				if (groupsOnly && entry.role == Role.ITEM) {
					entry.role = Role.OTHER;
				}
				entries.add(entry);
			}
		}
		else if (block instanceof Paragraph paragraph) {
			List<String> lines = paragraph.lines();
			if (!entries.isEmpty() && entries.get(entries.size() - 1).signature == TAG && !lines.isEmpty()) {
				lines = tagContinued(entries.get(entries.size() - 1), lines);
			}
			lines = titlesJoined(lines);
			if (closingEvaluation(lines)) {
				return;
			}
			if (quotedEvaluations(paragraph)) {
				return;
			}
			if (marksOnLinesOfTheirOwn(paragraph)) {
				return;
			}
			for (String line : lines) {
				if (bar(line, paragraph.location())) {
					continue;
				}
				Optional<Field> evaluated = lines.size() > 1 ? evaluationLine(line, paragraph.location()) : Optional.empty();
				if (evaluated.isPresent()) {
					// 1  子ども医療費助成の拡大 over 評価  完了 　前年度：進行中 in one paragraph: the item's evaluation
					Entry entry = field(evaluated.get());
					entry.location = paragraph.location();
					entries.add(entry);
					continue;
				}
				Entry entry = line(line, null);
				if (entry.role == Role.OTHER && lines.size() == 1 && !entry.untitled) {
					entry = restatedGroup(line).orElse(entry);
				}
				entry.location = paragraph.location();
				entry.prose = entry.role == Role.OTHER && nfkc(line).strip().endsWith("。");
				entry.printed = lines.size() == 1 ? line.strip() : null;
				if (lines.size() == 2 && line == lines.get(1) && !nfkc(lines.get(0)).contains("。")) {
					entry.joined = lines.get(0).strip() + line.strip();
				}
				entries.add(entry);
			}
		}
		else if (block instanceof ListItem item) {
			Entry entry = line(item.body(), "L:" + item.marker());
			entry.location = item.location();
			entries.add(entry);
		}
		else if (block instanceof Heading heading && heading.scheme() == NumberingScheme.BRACKETED
				&& PledgeText.departments(heading.title()).stream().allMatch(PledgeText::isDepartment)) {
			// 〔経済部・都市部〕 on the line under an item: the departments it belongs to, never a group
			Entry entry = new Entry();
			entry.location = heading.location();
			Entry last = entries.isEmpty() ? null : entries.get(entries.size() - 1);
			if (last != null && last.role == Role.ITEM && last.departments.isEmpty()) {
				PledgeText.departments(heading.title()).stream().map(PledgeText::clean).forEach(last.departments::add);
			}
			else {
				entries.add(entry);
			}
		}
		else if (block instanceof Heading heading && heading.scheme() == NumberingScheme.SYMBOL
				&& bar(heading.label() + heading.title(), heading.location())) {
			// ■■■■■■■■□□ 80％ under an item's title: its evaluation, drawn
		}
		else if (block instanceof Heading heading) {
			// 柱１　こどもの未来を育むまち（1／2）: the part of a group a page holds, no mark
			String title = PAGE_PART.matcher(heading.title()).replaceFirst("");
			Entry entry = line(heading.scheme() == NumberingScheme.SYMBOL ? heading.label() + " " + title : title, null);
			if (entry.role != Role.ITEM && heading.scheme() == NumberingScheme.SYMBOL && markOf(heading.label()).isPresent()
					&& markOf(title.strip().split("[\\s　]+")[0]).isPresent()) {
				// ◎ 達成 公約に掲げた内容を実現した, ◎達成 ○順調 △遅れ: a mark and its word, a legend's line, no group
				entry.location = heading.location();
				entries.add(entry);
				return;
			}
			if (entry.role != Role.ITEM && !entry.untitled) {
				entry = group(title, "H:" + heading.kind());
				if (entry.role == Role.OTHER && heading.scheme() != null && !heading.title().isBlank()) {
					entry = group(heading.label() + heading.number() + " " + heading.title(), "H:" + heading.kind());
				}
			}
			entry.location = heading.location();
			entry.heading = title;
			entries.add(entry);
		}
		else if (block instanceof Field field) {
			Entry entry = field(field);
			entry.location = field.location();
			entries.add(entry);
		}
	}

	/**
	 * A small table of labels each followed by its value (評価 | 達成 | 担当課 | 子育て支援課), an evaluation among them:
	 * the evaluation and department fields it sets out, as one field of the pairs set apart by spaces; the rows of
	 * other labels (令和５年度の取組状況 | …) are the item's account. Empty for any other table.
	 */
	private static Optional<Field> labelledPairs(Table table) {
		if (table.rows().size() > 6 || table.rows().stream().anyMatch(row -> row.size() > 6)) {
			return Optional.empty();
		}
		List<String[]> pairs = new ArrayList<>();
		boolean evaluation = false;
		boolean department = false;
		boolean card = table.rows().size() >= 2 && table.rows().stream().allMatch(row -> row.size() == 2 && cardLabel(row.get(0).text()));
		for (List<Cell> row : table.rows()) {
			for (int c = 0; c + 1 < row.size(); c += 2) {
				String label = nfkc(row.get(c).text()).replaceAll("\\s", "");
				boolean evaluationLabel = WORDS.is("evaluation-label", label);
				if (card && WORDS.is("rate-header", label) && rate(row.get(c + 1).text().strip()).isPresent()) {
					// 進捗状況 | 順調 over 進捗率 | 70%: the card's rate after its word
					evaluation = true;
					pairs.add(new String[] { label, row.get(c + 1).text().strip() });
					continue;
				}
				if (evaluationLabel || WORDS.is("department-label", label)) {
					String value = row.get(c + 1).text().strip().replaceAll("\\s*\\n\\s*", "、");
					if (value.isEmpty()) {
						return Optional.empty();
					}
					if (evaluationLabel && markOf(value).isEmpty()) {
						// 取組状況 | 12クラブのうち９クラブで延長した。: what was done, no evaluation; 評価 | マニフェスト項目
						// over items: a header, no pair
						continue;
					}
					evaluation |= evaluationLabel;
					department |= !evaluationLabel;
					pairs.add(new String[] { label, value });
				}
			}
		}
		// a card's rows of labels and values (進捗状況 | 順調, 進捗率 | 70%; 前年度末 | 40%, 担当課 | 学校教育課) may
		// hold one of its fields alone; elsewhere one pair could be a table's header
		if (card ? !evaluation && !department || pairs.isEmpty() : !evaluation || pairs.size() < 2) {
			return Optional.empty();
		}
		StringBuilder value = new StringBuilder(pairs.get(0)[1]);
		pairs.subList(1, pairs.size()).forEach(pair -> value.append("  ").append(pair[0]).append('：').append(pair[1]));
		return Optional.of(new Field(pairs.get(0)[0], value.toString(), table.location()));
	}

	/**
	 * 公約の達成度 | 91.7% | 合計点／満点 | 11点／12点 in a form's row: the figure of the group the form is about, its
	 * label first and the rate in the next filled cell. Empty for any other row.
	 */
	private static Optional<Entry> labelledFigure(List<Cell> row) {
		List<String> filled = row.stream().map(cell -> nfkc(cell.text()).strip()).filter(text -> !text.isEmpty()).toList();
		if (filled.size() < 2 || !FIGURE_LABEL.matcher(filled.get(0).replaceAll("\\s", "")).matches()) {
			return Optional.empty();
		}
		Matcher rate = ROW_RATE.matcher(filled.get(1));
		if (!rate.matches()) {
			return Optional.empty();
		}
		Entry entry = new Entry();
		entry.role = Role.FIGURE_ONLY;
		entry.figure = new BigDecimal(rate.group(1));
		entry.unit = "%";
		entry.location = row.get(0).location();
		return Optional.of(entry);
	}

	/** 項目数, 取組数: the column counting a group's items. */
	private static final Pattern COUNTED_ITEMS = Pattern.compile("^" + ITEM_COUNT + "$");

	/** A card's label: a short name with no figure, no mark and no sentence (前年度末, 任期中の目標, 担当課). */
	private static boolean cardLabel(String cell) {
		String label = nfkc(cell).replaceAll("\\s", "");
		return label.length() >= 2 && label.length() <= 10 && !label.matches(".*[0-9。、%].*") && markOf(label).isEmpty();
	}

	/**
	 * 分野計 | 6項目 | ◎：2 ○：3 △：1 | 83.3% in the column of groups: the group's figure after its items; 全体計 the
	 * report's overall figure. Empty for any other row.
	 */
	private Optional<Entry> totalInGroupColumn(List<Cell> row, int group) {
		String label = nfkc(row.get(group).text()).replaceAll("\\s", "");
		if (!TOTAL_IN_COLUMN.matcher(label).matches()) {
			return Optional.empty();
		}
		for (int c = row.size() - 1; c > group; c--) {
			Matcher rate = ROW_RATE.matcher(nfkc(row.get(c).text()).strip());
			if (rate.matches()) {
				BigDecimal figure = new BigDecimal(rate.group(1));
				Entry entry = new Entry();
				entry.location = row.get(group).location();
				if (label.equals("全体計") || label.equals("総計")) {
					if (this.overall == null) {
						this.overall = figure;
						this.overallUnit = "%";
					}
					return Optional.of(entry);
				}
				entry.role = Role.FIGURE_ONLY;
				entry.subtotal = true;
				entry.figure = figure;
				entry.unit = "%";
				return Optional.of(entry);
			}
		}
		return Optional.empty();
	}

	/** 分野計, 小計, 全体計, 合計: a total's label where the groups are named. */
	private static final Pattern TOTAL_IN_COLUMN = Pattern.compile("^(?:(?:分野|政策|施策|項目|分野小|政策小)?計|小計|全体計|総計)$");

	/** 83.3%: a row's rate. */
	private static final Pattern ROW_RATE = Pattern.compile("^(\\d{1,3}(?:\\.\\d{1,2})?)\\s*[%％]$");

	/**
	 * Whether a short row lacks only the header's last column, a note's (備考) that a sheet leaves empty on most rows;
	 * a laid-out row that lost an empty cell elsewhere has its cells out of place.
	 */
	private static boolean lacksOnlyItsNote(List<Cell> row, List<String> header) {
		return row.size() == header.size() - 1 && NOTE_COLUMN.matcher(nfkc(header.get(header.size() - 1)).strip()).matches();
	}

	/** 備考, 特記事項: a column of notes. */
	private static final Pattern NOTE_COLUMN = Pattern.compile("^(?:備考|摘要|特記事項|その他|補足)$");

	/** Whether a sheet's rows are cut short of their empty last cells: some row is shorter than its header. */
	private static boolean trailingEmpty(Table table) {
		// delimited cells only: a table laid out by spaces prints an empty cell as a gap, never leaves it out
		return table.layout() == Table.Layout.DELIMITED && table.body().stream().anyMatch(row -> row.size() < table.header().size())
				&& table.body().stream().anyMatch(row -> row.size() == table.header().size());
	}

	/** The last group seen is a heading's, not a cell's of a column of groups. */
	private boolean underHeadedGroup() {
		for (int e = entries.size() - 1; e >= 0; e--) {
			Entry entry = entries.get(e);
			if (entry.role == Role.GROUP) {
				return entry.signature != null && entry.signature.startsWith("H:");
			}
		}
		return false;
	}

	/** Whether {@code next} holds only the end of {@code row}'s department, its column's width having cut it. */
	private static boolean departmentCut(List<Cell> row, List<Cell> next, int department) {
		if (department < 0 || department >= row.size() || department >= next.size() || row.get(department).isEmpty()) {
			return false;
		}
		for (int c = 0; c < next.size(); c++) {
			if (c != department && !next.get(c).isEmpty()) {
				return false;
			}
		}
		String end = next.get(department).text().strip();
		return end.length() <= DEPARTMENT_END && DepartmentNames.parse(row.get(department).text()).isEmpty()
				&& DepartmentNames.parse(row.get(department).text().strip() + end).isPresent();
	}

	private static final int DEPARTMENT_END = 6;

	/**
	 * A PDF dropped the empty cells before the rest of this row's wrapped cells: which column each piece ends is no
	 * longer certain, so the title may be cut short, and the row is no item.
	 */
	private void cutShort(Entry entry, List<List<Cell>> body, int r, Table table) {
		if (fromPdf && entry.role == Role.ITEM && r + 1 < body.size() && unplaced(body.get(r + 1), table.columnCount())) {
			entry.role = Role.OTHER;
			entry.prose = true;
		}
	}

	/** 基本目標Ⅰ, 公約1, 政策２: a group's label and its number, a cell of its own. */
	private static boolean isGroupBand(String cell) {
		String text = nfkc(cell).replaceAll("\\s+", "");
		Matcher band = Pattern.compile("^(\\p{IsHan}{1,6}?)(?:[0-9]{1,2}|[IVX]{1,4}|[一二三四五六七八九十]{1,3})$").matcher(text);
		return band.matches() && WORDS.is("group-label", band.group(1));
	}

	/** 取組数 beside ◎ | ○ | △ (評価別の取組数 over them): a header counting each group's items per mark. */
	private boolean countsPerMark(List<String> header) {
		boolean counted = header.stream().anyMatch(cell -> COUNTED_ITEMS.matcher(key(cell)).matches());
		long marks = header.stream().map(cell -> nfkc(cell).strip()).filter(cell -> !cell.isEmpty())
			.filter(cell -> cellMark(cell.substring(cell.length() - 1)).isPresent()
					&& (cell.length() == 1 || cell.matches(".*数\\S$")))
			.count();
		return counted && marks >= 2;
	}

	/** 番号 | 分野 | 公約項目 | 達成度: the column after the first that names each row's group (分野), or -1. */
	private static int groupColumn(List<String> header) {
		int title = PledgeText.column(header, "title-header");
		// 政策分野 | No. | マニフェスト項目: the group's column first where another column holds the items
		boolean itemsLater = title > 0 || header.stream().skip(1).anyMatch(cell -> ITEMS_HEADER.matcher(nfkc(cell).strip()).matches());
		for (int c = itemsLater ? 0 : 1; c < header.size(); c++) {
			if (c != title && WORDS.is("group-label", header.get(c)) && !WORDS.is("title-header", header.get(c))) {
				return c;
			}
		}
		return -1;
	}

	/** マニフェスト項目, 公約項目, 公約の項目: a column of the report's items. */
	private static final Pattern ITEMS_HEADER = Pattern.compile("^(?:公約|マニフェスト|政策)の?項目$");

	/** The group a row names in the column of groups (子育て・教育 under 分野); empty on the group's later rows. */
	private Optional<Entry> groupInColumn(Cell cell, String header) {
		// 政策１ over 子どもを…まち: the label's line before the name, the name's own lines joined as wrapped
		String name = clean(stripNumbering(withoutGroupLabel(nfkc(cell.text()).strip())).replace("\n", ""));
		if (cell.text().isBlank() || !isTitle(name)) {
			return Optional.empty();
		}
		Entry group = new Entry();
		group.role = Role.GROUP;
		group.title = name;
		group.signature = "C|" + nfkc(header).strip() + "|";
		group.location = cell.location();
		return Optional.of(group);
	}

	/** 政策 | 評価点 | No. | 取組 | 評価: where the item's columns start after a group's own, or -1. */
	private static int groupedColumns(List<String> header) {
		if (header.size() < 4 || !WORDS.is("group-label", header.get(0))) {
			return -1;
		}
		int title = PledgeText.column(header, "title-header");
		for (int c = 1; c < header.size() - 1; c++) {
			if (nfkc(header.get(c)).strip().matches("^(?:No\\.?|NO\\.?|番号)$") || c == title) {
				return title >= c && PledgeText.column(header.subList(c, header.size()), "evaluation-header") >= 0 ? c : -1;
			}
		}
		return -1;
	}

	/** The group a grouped row opens, its score (評価点 ５) as a figure in points; empty on the group's later rows. */
	private Optional<Entry> groupCells(List<Cell> cells, List<String> header) {
		String name = cells.get(0).text().strip();
		if (name.isEmpty()) {
			return Optional.empty();
		}
		StringBuilder text = new StringBuilder(name.replace('\n', ' '));
		int score = PledgeText.column(header, "score-header");
		for (int c = 1; c < cells.size(); c++) {
			String cell = nfkc(cells.get(c).text()).strip();
			if (c == score && cell.matches("^\\d+(?:\\.\\d+)?$")) {
				text.append(' ').append(cell).append('点');
			}
		}
		Entry group = group(text.toString(), "R:" + numberingShape(name));
		if (group.role != Role.GROUP && WORDS.is("group-label", nfkc(header.get(0)).strip())) {
			// 子育て・教育 unnumbered in the column its header names 分野: a group as 分野　子育て・教育 would be
			group = group(nfkc(header.get(0)).strip() + " " + text, "R:" + numberingShape(name));
		}
		group.location = cells.get(0).location();
		return Optional.of(group);
	}

	/** × | 見直し | ０ | ２: a mark, the word for it and its counts in other years, no item. */
	private static boolean countRow(List<String> cells, String title, int evaluationAt) {
		List<String> others = new ArrayList<>();
		for (int c = 0; c < cells.size(); c++) {
			if (c != evaluationAt && !cells.get(c).isEmpty() && !cells.get(c).equals(title)) {
				others.add(cells.get(c));
			}
		}
		return nfkc(title).strip().length() <= 6 && others.size() >= 2
				&& others.stream().allMatch(cell -> COUNT_CELL.matcher(nfkc(cell).strip()).matches());
	}

	/** R6評価, 令和5年度評価, 2024年度の進捗率: a header word after the year its column is of. */
	private static final Pattern YEAR_PREFIXED = Pattern.compile("^(.+?(?:年度|年|[0-9元]))\\s*の?\\s*(\\D\\S{0,7})$");

	/** 評価前年度（参考）, 前年度評価: the column of the year before the one reported on. */
	private static final Pattern LAST_YEAR = Pattern.compile("前年度|昨年度");

	/** 進捗評価R6末, 評価（令和６年度）: a concept, then the year it is of. */
	private static final Pattern YEAR_SUFFIXED = Pattern
		.compile("^(\\D\\S{0,7}?)\\s*[(]?((?:令和|平成|R|H)\\s*[0-9元]{1,2}\\s*(?:年度)?)末?(?:時点)?[)]?$");

	/**
	 * R3評価 | R4評価 | R5評価 | R6評価 | R7評価: a column of the concept for each year of the term; the latest year that
	 * any row has filled in is the one reported on. -1 when the header has no two such columns.
	 */
	private static int latestYearColumn(List<String> header, Table table, String concept) {
		int latest = -1;
		int latestYear = 0;
		int yearly = 0;
		for (int c = 0; c < header.size(); c++) {
			// R5評価 over (R6.3.31): the day the year's marks stand at, under the year's column
			String cell = nfkc(header.get(c)).strip();
			Matcher prefixed = YEAR_PREFIXED.matcher(cell.replaceFirst("\\s*\\([^()]{1,16}\\)$", ""));
			// 進捗評価 over R5末 | R6末: the concept before each year it spans
			Matcher suffixed = YEAR_SUFFIXED.matcher(cell);
			String stated;
			if (prefixed.matches() && WORDS.is(concept, prefixed.group(2))) {
				stated = prefixed.group(1);
			}
			else if (suffixed.matches() && (WORDS.words(concept).stream().anyMatch(suffixed.group(1)::endsWith)
					// 進捗度 over R5 | R6: the year's score of progress, a mark of its scale
					|| WORDS.is("rate-header", suffixed.group(1)))) {
				stated = suffixed.group(2);
			}
			else {
				continue;
			}
			java.util.OptionalInt year = org.govreview.readers.text.FiscalYears.yearOf(stated);
			if (year.isEmpty()) {
				continue;
			}
			yearly++;
			int column = c;
			if (year.getAsInt() > latestYear && table.body().stream().anyMatch(row -> !Table.cell(row, column).orElse("").isBlank())) {
				latest = c;
				latestYear = year.getAsInt();
			}
		}
		// R6評価 | 評価点 (last year's column hidden): the one year's marks beside the points they are worth
		int score = PledgeText.column(header, "score-header");
		// 評価 over 令和６年度 | 前年度（参考）: the year's marks beside last year's, which name no year
		boolean lastYear = header.stream().map(cell -> nfkc(cell).strip()).anyMatch(cell -> LAST_YEAR.matcher(cell).find()
				&& WORDS.words(concept).stream().anyMatch(cell::startsWith));
		return yearly >= 2 || yearly == 1 && (score >= 0 && score != latest || lastYear) ? latest : -1;
	}

	/**
	 * 評価 over 所管課 | 確定, 一次評価 | 二次評価: of an item's two evaluations, the one confirmed (確定, 最終, 決定, 二次)
	 * rather than its department's own; the column found otherwise.
	 */
	private static int confirmedColumn(List<String> header, int found) {
		if (found < 0) {
			return found;
		}
		String upper = key(header.get(found));
		for (int c = 0; c < header.size(); c++) {
			String cell = key(header.get(c));
			// 評価 over 所管課 | 確定 (their heading shared), or 一次評価 | 二次評価, 自己評価 | 最終評価 (a column so named)
			if (c != found && WORDS.words("evaluation-confirmed").stream()
				.anyMatch(word -> cell.endsWith(key(word)) && (commonStart(upper, cell) >= 2 || cell.equals(key(word))))) {
				return c;
			}
		}
		return found;
	}

	private static int commonStart(String a, String b) {
		int n = 0;
		while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
			n++;
		}
		return n;
	}

	/**
	 * A table row: an item when one cell is an evaluation and another a title; a group when it reads as one.
	 * {@code yearly} is the column of the year reported on where the header has one a year (R6評価), else -1.
	 */
	private Entry row(List<Cell> row, List<String> header, int yearly) {
		List<String> cells = row.stream().map(Cell::text).map(String::strip).toList();
		int offset = header.isEmpty() ? 0 : Math.max(0, cells.size() - header.size());
		int departmentNamed = column(header, "department-header");
		if (offset > 0 && departmentNamed >= 0 && shifted(departmentNamed, offset) < cells.size()
				&& isDepartment(cells.get(departmentNamed)) && !isDepartment(cells.get(shifted(departmentNamed, offset)))) {
			// 番号 | 取組 | 進捗 | 所管 with a text box's lines printed right of the table: the extra cells are after it
			offset = 0;
		}
		int scoreColumn = shifted(column(header, "score-header"), offset);
		int evaluationColumn = shifted(yearly >= 0 ? yearly : confirmedColumn(header, column(header, "evaluation-header")), offset);
		Entry entry = new Entry();
		int evaluationAt = -1;
		if (yearly >= 0 && evaluationColumn < cells.size() && offset <= 1) {
			// R5評価 | R6評価 | 評価点 with B | A | 3: the year's mark, not the points its legend turns it into
			Optional<Evaluation> mark = cellMark(cells.get(evaluationColumn));
			if (mark.isPresent()) {
				entry.evaluation = mark.get();
				evaluationAt = evaluationColumn;
			}
		}
		if (entry.evaluation == null && scoreColumn >= 0 && scoreColumn < cells.size()) {
			Optional<Evaluation> score = EvaluationMarks.score(cells.get(scoreColumn), levels())
				.or(() -> EvaluationMarks.meanScore(cells.get(scoreColumn), statedLevels));
			if (score.isPresent()) {
				entry.evaluation = score.get();
				evaluationAt = scoreColumn;
			}
		}
		// a row far wider than its header (★ | ★ | ☆ … a star run cut into cells) has no column of its own to trust
		if (entry.evaluation == null && statedLevels > 0 && evaluationColumn >= 0 && evaluationColumn < cells.size() && offset <= 1) {
			Optional<Evaluation> score = EvaluationMarks.score(PledgeText.withoutEarlier(cells.get(evaluationColumn)), statedLevels);
			if (score.isPresent()) {
				entry.evaluation = score.get();
				evaluationAt = evaluationColumn;
			}
		}
		if (entry.evaluation == null) {
			List<Integer> found = new ArrayList<>();
			// 政策1 … | 60.0% | 3／5: a share and how many items it counts, no score
			boolean rateBeside = cells.stream().anyMatch(cell -> SHARE.matcher(nfkc(cell).strip()).matches());
			for (int c = 0; c < cells.size(); c++) {
				if (cellMark(cells.get(c)).isPresent() && !(rateBeside && COUNT_OF_ALL.matcher(nfkc(cells.get(c)).strip()).matches())) {
					found.add(c);
				}
			}
			List<Integer> decisive = found.stream().filter(c -> !cellMark(cells.get(c)).get().scale().equals(CONTINUATION)).toList();
			if (found.size() > 1 && decisive.size() == 1) {
				// ○ | 長寿福祉課 | 継続: the item's mark, and a target year that runs on
				found = decisive;
			}
			List<Integer> symbols = found.stream().filter(c -> nfkc(cells.get(c)).strip().length() == 1).toList();
			if (found.size() > 1 && symbols.size() == 1 && cells.stream().anyMatch(PledgeText::isDepartment)
					&& found.stream().allMatch(c -> c >= symbols.get(0))) {
				// ◎ | … | 完了 under 評価 | 実績 | 方向性区分: the mark the legend gives, the word after it what comes next
				found = symbols;
			}
			if (found.size() == 1 || found.size() > 1 && found.contains(evaluationColumn) && offset <= 1) {
				evaluationAt = found.size() == 1 ? found.get(0) : evaluationColumn;
				entry.evaluation = cellMark(cells.get(evaluationAt)).get();
			}
			else if (found.size() > 1) {
				entry.legendMark = cellMark(cells.get(found.get(0))).get();
			}
		}
		int rateColumn = shifted(column(header, "rate-header"), offset);
		// 公約項目 | 進捗率 | 取組状況 | 担当課: a column named as a kind of 状況 that holds sentences is what was done, no grade
		boolean toldColumn = evaluationColumn >= 0 && evaluationColumn < cells.size() && isProse(cells.get(evaluationColumn));
		if (entry.evaluation == null && rateColumn >= 0 && rateColumn < cells.size() && column(header, "department-header") >= 0
				&& (evaluationColumn < 0 || evaluationColumn == rateColumn || toldColumn)) {
			// No. | 項目 | 取組状況 | 進捗率 | 担当課 with 75％: each item's progress rate, a score out of 100; where a column
			// of grades stands beside the rates (達成率 | 評価), the grade is the evaluation, never the rate
			Optional<Evaluation> rate = rate(cells.get(rateColumn));
			if (rate.isPresent()) {
				entry.evaluation = rate.get();
				evaluationAt = rateColumn;
			}
		}
		boolean notEvaluated = entry.evaluation == null && evaluationColumn >= 0 && evaluationColumn < cells.size()
				&& NOT_EVALUATED.matcher(nfkc(cells.get(evaluationColumn)).strip()).matches();
		if (notEvaluated) {
			// 8 | がん検診の受診率 | … | － | － | 健康推進課: an item the report left unevaluated this year
			evaluationAt = evaluationColumn;
		}
		if (entry.evaluation != null || notEvaluated) {
			int departmentColumn = shifted(column(header, "department-header"), offset);
			int titleColumn = shifted(column(header, "title-header"), offset);
			// the group's name in its column of its own, never the item's title
			int groupColumn = cells.size() == header.size() ? groupColumn(header) : -1;
			String title = null;
			if (titleColumn >= 0 && titleColumn < cells.size() && titleColumn != evaluationAt
					&& isTitle(stripNumbering(cells.get(titleColumn)))) {
				title = stripNumbering(cells.get(titleColumn));
			}
			for (int c = 0; c < cells.size(); c++) {
				String cell = cells.get(c);
				if (c == evaluationAt || cell.isEmpty()) {
					continue;
				}
				// ［子育て政策課］: a department in the brackets a column of them is printed in
				String unbracketed = cell.strip().replaceFirst("^[［\\[【〔（(](.+)[］\\]】〕）)]$", "$1");
				if (c == departmentColumn || departmentColumn < 0 && isDepartment(unbracketed) && c > 0) {
					if (!cell.equals(title)) {
						PledgeText.departments(unbracketed).stream().map(PledgeText::clean).forEach(entry.departments::add);
					}
					continue;
				}
				if (c == groupColumn) {
					continue;
				}
				String candidate = PledgeText.withoutQualifier(PledgeText.beforeAccount(stripNumbering(cell)));
				if (candidate.contains("\n")) {
					// 第２子以降の保育料の無償化 / 担当課：幼児保育課 / what was done: the department on a line of its own
					candidate = departmentLines(candidate, entry.departments);
				}
				if (title == null && !isTitle(candidate) && candidate.contains("\n")
						&& !candidate.substring(0, candidate.indexOf('\n')).matches(".*[、。,].*") && candidate.endsWith("。")) {
					// 小児医療費助成の…拡大 over the sentences of what was done: the title is the cell's first line
					candidate = candidate.substring(0, candidate.indexOf('\n')).strip();
				}
				if (title == null && isTitle(candidate)) {
					title = candidate;
				}
			}
			if (title != null && entry.departments.isEmpty()) {
				// 防災行政無線のデジタル化…【防災安全課】 under 取組項目【担当課】: the department after the title
				title = bracketedDepartment(title, entry.departments);
			}
			if (title != null && !isDefinition(title) && markOf(title).isEmpty() && !countRow(cells, title, evaluationAt)) {
				entry.role = Role.ITEM;
				entry.title = clean(title);
				return entry;
			}
			entry.legendMark = entry.evaluation;
			entry.evaluation = null;
			entry.departments.clear();
		}
		// ５ 市民とともに歩む… | 4 | 0 | 0 | 3 | 1 | 61.3%: the group's name, its counts and figure in cells of their own
		List<String> named = new ArrayList<>();
		for (int c = 0; c < cells.size(); c++) {
			String cell = nfkc(cells.get(c)).strip();
			if (cells.size() < 4 || !COUNT_CELL.matcher(cell).matches() && !NUMBER_RANGE.matcher(cell).matches()
					// （参考）R5末 | 進捗率: last year's figure beside this year's, no figure of the group
					&& !(c < header.size() && REFERENCE_COLUMN.matcher(header.get(c)).find())) {
				named.add(cells.get(c));
			}
		}
		Entry group = group(String.join(" ", named), "R:" + numberingShape(cells.isEmpty() ? "" : cells.get(0)));
		group.legendMark = entry.legendMark;
		return group;
	}

	/** 6 2 3 1 0 5 after a group's name: its counts per mark, bare, three or more. */
	private static final Pattern BARE_COUNTS = Pattern.compile("(?:\\s+\\d{1,3}){3,}$");

	/** 継続, 拡充, 完了: what becomes of an item next, a column after its grade and departments (今後の方向性). */
	private static final Pattern PLAN = Pattern.compile("^(?:継続|拡充|縮小|廃止|完了|見直し|終了|統合)$");

	/** 継続, 見直し: what becomes of an item, printed beside its grade in a column of target years or plans. */
	private static final String CONTINUATION = "continuation";

	/** 1～ 6, 12～16: the numbers of the items a group holds. */
	private static final Pattern NUMBER_RANGE = Pattern.compile("^\\d{1,3}\\s*[~～〜]\\s*\\d{1,3}$");

	private static final Pattern REFERENCE_COLUMN = Pattern.compile("参考|前年度|前回");

	/** Sentences of what was done, never a grade: a full stop, or longer than any mark or grade word. */
	private static boolean isProse(String cell) {
		String text = nfkc(cell).strip();
		return text.contains("。") || text.length() >= 15;
	}

	private static final Pattern DEPARTMENT_LINE = Pattern.compile("^([^:：]{2,6})[:：]\\s*(\\S.*)$");

	/** 教育総務課理科室・音楽室など…: the departments that open a line the page ran on into what was done. */
	private static final Pattern DEPARTMENTS_FIRST = Pattern.compile(
			"^[^、。・\\s]{1,10}?(?:課|室|係|センター)(?:[・、／/][^、。・\\s]{1,10}?(?:課|室|係|センター))*");

	/** The cell's lines without those that name its departments (担当課：幼児保育課), the departments added. */
	private static String departmentLines(String cell, List<String> departments) {
		List<String> kept = new ArrayList<>();
		for (String line : cell.split("\n")) {
			Matcher labelled = DEPARTMENT_LINE.matcher(nfkc(line).strip());
			Matcher first = labelled.matches() ? DEPARTMENTS_FIRST.matcher(labelled.group(2)) : null;
			if (labelled.matches() && WORDS.is("department-header", labelled.group(1).strip())
					&& PledgeText.departments(labelled.group(2)).stream().allMatch(PledgeText::isDepartment)) {
				PledgeText.departments(labelled.group(2)).stream().map(PledgeText::clean).forEach(departments::add);
			}
			else if (labelled.matches() && WORDS.is("department-header", labelled.group(1).strip()) && first.find()
					&& PledgeText.departments(first.group()).stream().allMatch(PledgeText::isDepartment)) {
				PledgeText.departments(first.group()).stream().map(PledgeText::clean).forEach(departments::add);
				kept.add(labelled.group(2).substring(first.end()));
			}
			else {
				kept.add(line);
			}
		}
		return String.join("\n", kept);
	}

	/** 4, 12件, 3項目, －: a cell that counts, in a row of counts beside a group's name. */
	private static final Pattern COUNT_CELL = Pattern.compile("^(?:\\d{1,3}(?:件|項目|事業)?|[-－ー―])$");

	/** －, ー, 対象外, 評価対象外, 未評価: an evaluation cell that says the item was not evaluated. */
	private static final Pattern NOT_EVALUATED = Pattern.compile("^(?:[-－ー―‐─]|(?:評価)?対象外|未評価|評価なし)$");

	/** 保育料無償化は、…, 登録者が増加しているが、…: a clause a sentence goes on after, which no title has. */
	private static final Pattern SENTENCE = Pattern.compile("[はが]、");

	/** A line of text: an item when it ends with an evaluation (or holds a star run) after a title. */
	private Entry line(String raw, String signature) {
		String text = nfkc(raw).strip();
		Entry entry = new Entry();
		if (text.contains("。") || text.length() > 120 || SENTENCE.matcher(text).find()) {
			// 〇 保育料無償化は、子育て世帯の…: a sentence an opinion's bullet opens, no item's title
			return entry;
		}
		String[] words = text.split("[\\s　]+");
		long wordMarks = java.util.Arrays.stream(words).filter(word -> word.length() >= 2 && markOf(word).isPresent()).count();
		if (words.length >= 3 && wordMarks >= 3 && words.length - wordMarks <= 1
				&& java.util.Arrays.stream(words).noneMatch(word -> word.matches(".*[0-9].*") || PledgeText.isDepartment(word))) {
			// 実現 着手・推進中 検討中 未着手: a count table's header of marks, no item
			return entry;
		}
		Matcher legend = MARK_LEADERS.matcher(text);
		if (LEGEND_LINE.matcher(text).find() || MARKS_WITH_MEANINGS.matcher(text).find()
				|| legend.find() && markOf(legend.group(1)).isPresent()) {
			// ○ … 一部実現、又は実現に向けて進行中; ◎達成　○順調　△やや遅れ: what a mark means, no item
			return entry;
		}
		Matcher counted = COUNTS_LEAD.matcher(text);
		if (counted.lookingAt()) {
			// ◎３　○５　△１　達成率６１．１％ under ■子育て・教育: the group's counts, then its figure
			text = text.substring(counted.end()).strip();
			if (text.isEmpty()) {
				return entry;
			}
		}
		Matcher groupFigure = GROUP_FIGURE.matcher(text);
		if (groupFigure.matches() && FIGURE_NAME.matcher(groupFigure.group(1)).matches()) {
			// 　実現度　66.7％（６点／９点） under ■政策１: the group's figure, its points after it, no item
			entry.role = Role.FIGURE_ONLY;
			entry.figure = number(groupFigure.group(2)).orElse(null);
			entry.unit = unit(groupFigure.group(3));
			return entry;
		}
		List<String> departments = new ArrayList<>();
		text = takeDepartments(text, departments);
		boolean led = LEADERS.matcher(text).find();
		text = LEADERS.matcher(text).replaceAll(" ").strip();
		Evaluation evaluation = null;
		String title = null;
		Matcher stars = STAR_RUN.matcher(text);
		if (stars.find()) {
			evaluation = EvaluationMarks.stars(stars.group()).orElse(null);
			title = text.substring(0, stars.start()).strip();
			if (!text.substring(stars.end()).isBlank()) {
				evaluation = text.substring(stars.end()).strip().matches("[（(]\\d+[）)].*") ? null : evaluation;
			}
		}
		else {
			int gap = lastGap(text);
			if (gap > 0) {
				String tail = withoutEvaluationLabel(text.substring(gap).strip());
				// 中小企業の事業承継支援 ……… ４点: a score the leaders lead to, in points
				Optional<Evaluation> mark = markOf(tail)
					.or(() -> led && tail.endsWith("点") ? EvaluationMarks.score(tail, levels()) : Optional.empty());
				if (mark.isPresent() && COUNT_OF_ALL.matcher(nfkc(tail).strip()).matches()
						&& ENDS_ON_SHARE.matcher(nfkc(text.substring(0, gap)).strip()).matches()) {
					// 政策1 … 50.0%　2／4: a group's share and the count it is made of, no item's score
					mark = Optional.empty();
				}
				if (mark.isPresent()) {
					evaluation = mark.get();
					// 土砂災害・浸水対策と河川改修の促進（土木課）　【順調】: the department in brackets before the mark
					title = bracketedDepartment(text.substring(0, gap).strip(), departments);
				}
				if (mark.isPresent() && mark.get().scale().equals(CONTINUATION) || PLAN.matcher(nfkc(tail)).matches()) {
					Graded graded = gradedBefore(title != null ? title : text.substring(0, gap).strip(), departments);
					if (graded != null && graded.title().isEmpty()) {
						// 1 達成 子育て支援課 継続: a row's grade and department, its title printed apart from them
						entry.untitled = true;
						return entry;
					}
					if (graded != null) {
						evaluation = graded.grade();
						title = graded.title();
					}
				}
			}
			String[] first = text.split("\\s+", 2);
			if (evaluation == null && first.length == 2 && leadingMark(first[0]).isPresent()) {
				evaluation = leadingMark(first[0]).get();
				title = bracketedDepartment(first[1], departments);
			}
			List<String> after = new ArrayList<>();
			Matcher closing = CLOSING_MARK.matcher(evaluation == null ? bracketedDepartment(text, after) : text);
			if (evaluation == null && closing.matches() && markOf(closing.group(2)).isPresent()
					&& !SCHEDULE_ENTRY.matcher(closing.group(1)).lookingAt()) {
				// ・除雪体制の強化（A）, 待機児童ゼロの継続【達成】（保育こども園課）: the grade in brackets after the title,
				// perhaps the department after it
				evaluation = markOf(closing.group(2)).get();
				title = bracketedDepartment(closing.group(1).strip(), departments);
				after.stream().flatMap(department -> PledgeText.departments(department).stream()).map(PledgeText::clean)
					.forEach(departments::add);
			}
			Matcher tagged = TAGGED.matcher(text);
			// a grade letter alone in its brackets (【Ａ】第３子以降の…) names nothing: it is the grade
			if (evaluation == null && tagged.matches() && (leadingMark(tagged.group(1)).isPresent()
					|| nfkc(tagged.group(1)).strip().matches("[A-ES]") && markOf(tagged.group(1)).isPresent())) {
				evaluation = markOf(tagged.group(1)).get();
				title = bracketedDepartment(tagged.group(2), departments);
			}
			Matcher rated = BRACKETED_RATE.matcher(text);
			if (evaluation == null && rated.matches() && WORDS.is("rate-header", rated.group(2))) {
				// ・第２子以降の保育料無償化の拡充（進捗率 100％）担当：子ども・子育て課: the item's rate in brackets
				Optional<Evaluation> rate = rate(rated.group(3));
				if (rate.isPresent()) {
					evaluation = rate.get();
					title = rated.group(1).strip();
				}
			}
		}
		if (evaluation != null && title != null) {
			title = stripNumbering(LEADING_SYMBOL.matcher(title).replaceFirst(""));
			if (isTitle(title) && !isDefinition(title) && markOf(title).isEmpty()
					&& markOf(withoutBrackets(title).strip()).isEmpty()) {
				entry.role = Role.ITEM;
				entry.title = clean(title);
				entry.evaluation = evaluation;
				entry.departments.addAll(departments);
				return entry;
			}
		}
		Entry group = group(raw, signature);
		return group;
	}

	/**
	 * 第２子以降の保育料の無償化 達成 子育て支援課 before 継続: the item's grade, then the departments, then what becomes
	 * of the item; the title before the grade (without its number) and the grade, the departments added; null when no
	 * grade of another scale stands among the words, followed by departments only.
	 */
	private static Graded gradedBefore(String title, List<String> departments) {
		List<String> words = List.of(title.split("[\\s　]+"));
		for (int w = words.size() - 1; w >= 0; w--) {
			Optional<Evaluation> decisive = markOf(words.get(w)).filter(mark -> !mark.scale().equals(CONTINUATION) && !mark.scale().equals("grade"));
			if (decisive.isEmpty()) {
				continue;
			}
			List<String> after = words.subList(w + 1, words.size());
			if (!after.stream().allMatch(PledgeText::isDepartment)) {
				return null;
			}
			after.stream().map(PledgeText::clean).forEach(departments::add);
			return new Graded(stripNumbering(String.join(" ", words.subList(0, w))).strip(), decisive.get());
		}
		return null;
	}

	/** An item's title, without its number, and the grade printed after it. */
	private record Graded(String title, Evaluation grade) {
	}

	/** A mark before an item's title (◎ …, 【実現】…): any but a grade letter, which also opens names (A地区). */
	private static Optional<Evaluation> leadingMark(String text) {
		return markOf(text).filter(mark -> !mark.scale().equals("grade"));
	}

	/** …を無償化した。（評価：◎）: the evaluation a paragraph closes with, its label in brackets. */
	private static final Pattern CLOSING_EVALUATION = Pattern.compile("[（(【\\[]\\s*([^（）()【】:：]{1,6})\\s*[:：]\\s*([^（）()【】]{1,8}?)\\s*[）)】\\]]$");

	/**
	 * 『学校給食費の無償化』は今年度から…実施し、達成としました: an item a sentence names in quotes and the evaluation it gives
	 * it, as an article or a spoken account tells them.
	 */
	private static final Pattern QUOTED_ITEM = Pattern.compile("[『「]([^『』「」]{4,60})[』」](?:は|を|について)[^『』「」。]{0,120}?(?:評価は)?[『「]?"
			+ "(?<!未)(達成|完了|概ね順調|おおむね順調|順調|やや遅れ|遅れ|未着手)[』」]?(?:と(?:しました|しております|なりました|評価|判断)|です|でした|に進ん)");

	/** The items a paragraph of prose evaluates in quotes, each read as an item; false when it evaluates none. */
	private boolean quotedEvaluations(Paragraph paragraph) {
		String text = String.join("", paragraph.lines().stream().map(String::strip).toList());
		Matcher quoted = QUOTED_ITEM.matcher(text);
		boolean found = false;
		while (quoted.find()) {
			Entry entry = line(quoted.group(1) + "　" + quoted.group(2), null);
			if (entry.role != Role.ITEM) {
				continue;
			}
			entry.location = paragraph.location();
			entry.told = true;
			entries.add(entry);
			found = true;
		}
		return found;
	}

	/**
	 * A paragraph under an item's heading (ア　…の無償化〔保育課〕) that tells what was done and closes with the
	 * evaluation (（評価：◎）): the heading is the item, the paragraph its account. False when the paragraph does not close
	 * so, or no heading that nothing evaluated yet stands right above it.
	 */
	private boolean closingEvaluation(List<String> lines) {
		String text = nfkc(String.join("", lines.stream().map(String::strip).toList()));
		Matcher closing = CLOSING_EVALUATION.matcher(text);
		if (!closing.find() || !WORDS.is("evaluation-label", closing.group(1).replaceAll("\\s", ""))) {
			return false;
		}
		Optional<Evaluation> mark = markOf(closing.group(2));
		Entry above = entries.isEmpty() ? null : entries.get(entries.size() - 1);
		if (mark.isEmpty() || above == null || above.heading == null || above.evaluation != null) {
			return false;
		}
		List<String> departments = new ArrayList<>();
		String title = stripNumbering(LEADING_SYMBOL.matcher(bracketedDepartment(nfkc(above.heading).strip(), departments)).replaceFirst(""));
		if (!isTitle(title) || title.contains("。")) {
			return false;
		}
		above.role = Role.ITEM;
		above.title = clean(title);
		above.evaluation = mark.get();
		above.departments.clear();
		above.departments.addAll(departments);
		above.signature = null;
		above.figure = null;
		return true;
	}

	/**
	 * The lines of the paragraph after a tagged item (【一部実現】小中学校の給食費の負担) without the rest of its title: a
	 * narrow column cut the title at its width, and the rest (軽減) stands alone on the next line, short, before the
	 * indented explanation. A tag whose text goes on to say what the tag means (…を実施 / したもの) is a legend, no item.
	 */
	private List<String> tagContinued(Entry tagged, List<String> lines) {
		String first = nfkc(lines.get(0)).strip();
		if (isDefinition(tagged.title + first)) {
			tagged.role = Role.OTHER;
			tagged.evaluation = null;
			tagged.signature = null;
			return lines;
		}
		int width = lines.stream().mapToInt(line -> line.stripTrailing().length()).max().orElse(0);
		boolean cut = tagged.printedLength >= width - 1 && !Character.isWhitespace(lines.get(0).charAt(0))
				&& first.length() < width - 2 && !first.contains("。")
				&& (lines.size() == 1 || Character.isWhitespace(lines.get(1).charAt(0)));
		tagged.signature = null;
		if (!cut) {
			return lines;
		}
		tagged.title = clean(tagged.title + first);
		return lines.subList(1, lines.size());
	}

	/** 担当部署：子育て支援課　進捗状況：達成 — an item's evaluation on its own line, its title the line before. */
	private Entry field(Field field) {
		Entry entry = new Entry();
		Optional<Evaluation> tag = leadingMark(field.label());
		String tagged = stripNumbering(nfkc(field.value()).strip());
		List<String> named = new ArrayList<>();
		boolean departmentsOnly = tag.isPresent() && bracketedDepartment(tagged, named).replaceAll("[()（）\\s]", "").isEmpty()
				&& !named.isEmpty();
		if (tag.isPresent() && !departmentsOnly && isTitle(tagged) && !isDefinition(tagged) && markOf(tagged).isEmpty()) {
			// 【実現】高校生までの医療費無料化: the evaluation as a tag before the item's title
			entry.role = Role.ITEM;
			entry.title = clean(tagged);
			entry.evaluation = tag.get();
			entry.signature = TAG;
			entry.printedLength = field.label().length() + 2 + nfkc(field.value()).strip().length();
			return entry;
		}
		// 評価　◎　担当　こども未来課: a second field set off by spaces alone, no colon after its label
		String text = SPACED_DEPARTMENT.matcher(nfkc(field.label() + "：" + field.value())).replaceAll("  $1：");
		Evaluation evaluation = null;
		List<String> departments = new ArrayList<>();
		if (departmentsOnly) {
			// ・放課後児童クラブの定員拡大 over 【一部達成】（こども未来課・教育総務課）: the item's evaluation and departments
			evaluation = tag.get();
			named.stream().map(PledgeText::clean).forEach(departments::add);
			text = "";
		}
		// 評価：A、担当：企画課 and 評価：順調 ／ 担当：農政課 hold two fields; 担当：子ども家庭課、健康推進課 one, naming two departments
		for (String pair : text.split("\\s*[/／|｜]\\s*(?=[^\\s:：]+[:：])|\\s{2,}|\\s(?=\\S+[:：])|[、，](?=[^、，:：]+[:：])")) {
			String[] parts = pair.strip().split("[:：=＝]", 2);
			if (parts.length != 2) {
				continue;
			}
			String label = parts[0].strip();
			String value = parts[1].strip();
			if (WORDS.is("evaluation-label", label)) {
				// 達成（令和５年度：順調）: last year's word in brackets after this year's
				String stated = PAST_EVALUATION.matcher(value).replaceFirst("");
				evaluation = markOf(stated).or(() -> EvaluationMarks.score(stated, levels())).orElse(evaluation);
			}
			else if (WORDS.is("rate-header", label) && rate(value).isPresent()) {
				// 達成度：80％ under an item's heading: its evaluation as a rate out of 100
				evaluation = rate(value).get();
			}
			else if (WORDS.is("department-label", label) && !value.isEmpty()) {
				PledgeText.departments(value).stream().map(PledgeText::clean).forEach(departments::add);
			}
		}
		String label = nfkc(field.label()).strip();
		// 〔政策の柱　Ⅰ〕　子どもたちが…: the label numbers the group it names
		String unnumbered = label.replaceFirst("[0-9０-９IVXⅠ-Ⅻ]{1,3}$", "");
		if (evaluation == null && departments.isEmpty() && WORDS.is("group-label", unnumbered)) {
			// 【公約】地域医療と救急体制を守ります over its marked items: a group under its label
			Entry labelled = group(label + " " + field.value(), "F:" + unnumbered);
			if (labelled.role == Role.GROUP) {
				return labelled;
			}
		}
		if (evaluation == null && departments.isEmpty() && WORDS.is("title-header", label)
				&& isTitle(stripNumbering(nfkc(field.value()).strip()))) {
			// 項　目　中心市街地の空き店舗活用: a card's title; its department and evaluation follow on lines of their own
			entry.title = clean(stripNumbering(nfkc(field.value()).strip()));
			entry.signature = "F:title";
			cardTitle = entry;
			return entry;
		}
		Entry described = null;
		for (int i = entries.size() - 1; i >= 0 && described == null; i--) {
			if (!entries.get(i).detail && !entries.get(i).prose) {
				described = entries.get(i);
			}
		}
		int card = cardTitle == null ? -1 : entries.indexOf(cardTitle);
		if (card >= 0 && cardTitle.evaluation == null && entries.subList(card + 1, entries.size()).stream()
			.noneMatch(other -> other.role == Role.ITEM || other.signature != null && other.signature.startsWith("H:"))) {
			described = cardTitle;
		}
		Entry pledgeHeading = pledgeHeadingAbove(evaluation != null);
		if (pledgeHeading != null && (evaluation != null || !departments.isEmpty())) {
			// ① …を支援します, its bullets of what was done, then 【評価】Ａ: the heading is the item
			described = pledgeHeading;
		}
		if (evaluation != null && described != null && described.title == null && described.location != null
				&& field.location().line() - described.location.line() <= 2 && !printedAgain(described)) {
			// 　保育園の待機児童ゼロの継続 over 【進捗状況】順調: a line of its own, the title of the item evaluated under it
			titleOfItsOwn(described);
		}
		if (evaluation != null) {
			entry.detail = true;
			if (described == cardTitle) {
				cardTitle = null;
				evaluatedCard = described;
			}
			if (described != null && (described.role != Role.ITEM || described.evaluation == null) && described.title != null
					&& described.table == null) {
				described.role = Role.ITEM;
				described.evaluation = evaluation;
				described.departments.addAll(departments);
				described.figure = null;
				described.signature = null;
			}
			return entry;
		}
		int evaluated = evaluatedCard == null ? -1 : entries.indexOf(evaluatedCard);
		if (!departments.isEmpty() && evaluated >= 0 && evaluatedCard.departments.isEmpty() && entries.subList(evaluated + 1, entries.size())
			.stream().noneMatch(other -> other.role == Role.ITEM || other.role == Role.GROUP)) {
			// 【項目】… then 【自己評価】★★★★☆ then 【担当】学校教育課: the card's department after its evaluation
			described = evaluatedCard;
		}
		if (!departments.isEmpty() && described != null && described.title != null
				&& (described.table == null || described.table.rows().size() == 1)) {
			// 公約 1　…　評価　済 set out as a row of its own, then 担当課：こども課 under it: that item's department
			entry.detail = true;
			described.departments.addAll(departments);
			return entry;
		}
		Entry open = departments.isEmpty() ? null : itemAbove();
		if (open != null && open.departments.isEmpty()) {
			// No.7 … over 進捗状況 | 達成, then 任期中の目標 … and 担当課　健康課 on lines of their own: the card's department
			entry.detail = true;
			open.departments.addAll(departments);
			return entry;
		}
		if (label.matches("[\\d０-９IVXⅠ-Ⅻ]{1,3}|[【\\[(（]?\\d{1,2}[】\\])）]?")) {
			return group(label + " " + field.value(), "F:" + numberingShape(label));
		}
		Matcher figure = LABELLED_VALUE.matcher(withoutNoteOnFigure(nfkc(field.value()).strip()));
		if (WORDS.mentions("figure-header", label) && !WORDS.is("overall-row", label) && figure.matches()) {
			// 分野１ 子育て・教育 with 分野平均 4.2点 at its right margin: the group's figure
			entry.role = Role.FIGURE_ONLY;
			entry.figure = number(figure.group(1)).orElse(null);
			entry.unit = figure.group(2) == null ? null : unit(figure.group(2));
			return entry;
		}
		entry.prose = nfkc(field.value()).strip().endsWith("。");
		return entry;
	}

	/** The item a few lines above, no group or other item between, read from no table's row; null when there is none. */
	private Entry itemAbove() {
		for (int i = entries.size() - 1; i >= Math.max(0, entries.size() - 6); i--) {
			Entry entry = entries.get(i);
			if (entry.role == Role.GROUP || entry.role == Role.ITEM && entry.table != null) {
				return null;
			}
			if (entry.role == Role.ITEM) {
				return entry;
			}
		}
		return null;
	}

	/**
	 * 子どもが笑顔で育つまち alone on its line, after a summary table named the group 政策１　子どもが笑顔で育つまち: that
	 * group's section, its number left out.
	 */
	private Optional<Entry> restatedGroup(String line) {
		String title = clean(stripNumbering(nfkc(line).strip()));
		if (title.isEmpty()) {
			return Optional.empty();
		}
		index();
		return Optional.ofNullable(groupsByTitle.get(title)).filter(earlier -> earlier.role == Role.GROUP).map(earlier -> {
			Entry again = new Entry();
			again.role = Role.GROUP;
			again.title = earlier.title;
			again.signature = earlier.signature;
			return again;
		});
	}

	/** The entries added since the last call, indexed by group title and by line printed. */
	private void index() {
		for (; indexed < entries.size(); indexed++) {
			Entry earlier = entries.get(indexed);
			if (earlier.role == Role.GROUP && earlier.title != null) {
				groupsByTitle.putIfAbsent(earlier.title, earlier);
			}
			String printed = earlier.printed != null ? earlier.printed : earlier.joined;
			if (printed != null) {
				printedCount.merge(printed, 1, Integer::sum);
			}
		}
	}

	private static final Pattern FIGURE_LABEL = Pattern.compile("^(?:この|その|本|各)?\\S{0,4}?の?(?:達成率|進捗率|実現率|達成度|進捗度|実現度)$");

	private static boolean sectionOnGroups(String title) {
		return SECTION_ON_GROUPS.matcher(title).matches();
	}

	private static final Pattern SECTION_ON_GROUPS = Pattern.compile("^(?:" + String.join("|",
			WORDS.words("group-label").stream().map(Pattern::quote).toList()) + ")?(?:ごと|別)の.*");

	/**
	 * 帯状疱疹ワクチン接種費用の助成 / → 50歳以上に… / ◎, or ◎ / 出雲ブランド農産物（ぶどう・い / ちじく）の販路拡大: marks
	 * on lines of their own, as a slide's extraction prints a mark drawn beside its item, each the evaluation of the
	 * title just before it (past its notes) or, where the paragraph sets them before, of the title lines after it.
	 * False, reading nothing, when fewer than two marks stand alone.
	 */
	private boolean marksOnLinesOfTheirOwn(Paragraph paragraph) {
		List<String> lines = paragraph.lines().stream().map(line -> nfkc(line).strip()).toList();
		List<Integer> marks = new ArrayList<>();
		for (int l = 0; l < lines.size(); l++) {
			// a symbol, not a word (順調 alone under a slide's note is read with the cells around it)
			if (LONE_SYMBOL.matcher(lines.get(l)).matches() && leadingMark(lines.get(l)).isPresent()) {
				marks.add(l);
			}
		}
		for (int m = 1; m < marks.size(); m++) {
			if (marks.get(m) == marks.get(m - 1) + 1) {
				// ○ / ◎ on the lines after a department: the cells of a row printed one a line, a year's mark each
				return false;
			}
		}
		// ◎ alone over the lines of one wrapped title: a paragraph of its own between two marked items
		boolean markOverTitle = marks.equals(List.of(0)) && lines.size() >= 2 && lines.size() <= 1 + WRAPPED_TITLE_LINES
				&& isTitleLine(lines.get(1)) && java.util.stream.IntStream.range(2, lines.size())
					.allMatch(l -> goesOn(lines.get(l - 1), lines.get(l)));
		if (marks.size() < 2 && !markOverTitle) {
			return false;
		}
		int before = 0;
		for (int mark : marks) {
			before += titleBefore(lines, mark) >= 0 ? 1 : 0;
		}
		boolean after = before * 2 < marks.size();
		Map<Integer, Entry> items = new LinkedHashMap<>();
		Set<Integer> taken = new HashSet<>();
		for (int mark : marks) {
			Evaluation evaluation = leadingMark(lines.get(mark)).get();
			int title = after ? -1 : titleBefore(lines, mark);
			if (title >= 0 && !taken.contains(title)) {
				// 行政手続のオンライン化と「書かない窓口」の導 / 入 / → … / ◎: the title wrapped over the lines before
				int start = title;
				while (start - 1 >= 0 && title - start + 1 < WRAPPED_TITLE_LINES && !taken.contains(start - 1)
						&& isTitleLine(lines.get(start - 1)) && !marks.contains(start - 1) && cut(lines.get(start - 1))) {
					start--;
				}
				items.put(start, item(String.join("", lines.subList(start, title + 1)), evaluation, paragraph));
				for (int t = start; t <= title; t++) {
					taken.add(t);
				}
				continue;
			}
			StringBuilder wrapped = new StringBuilder();
			int next = mark + 1;
			while (next < lines.size() && next - mark <= WRAPPED_TITLE_LINES && !taken.contains(next)
					&& (next == mark + 1 ? isTitleLine(lines.get(next)) : goesOn(lines.get(next - 1), lines.get(next)))) {
				wrapped.append(lines.get(next));
				next++;
			}
			if (wrapped.length() > 0) {
				items.put(mark + 1, item(wrapped.toString(), evaluation, paragraph));
				for (int t = mark + 1; t < next; t++) {
					taken.add(t);
				}
			}
		}
		if (items.size() < (markOverTitle ? 1 : 2)) {
			return false;
		}
		for (int l = 0; l < lines.size(); l++) {
			if (items.containsKey(l)) {
				entries.add(items.get(l));
			}
			else if (!taken.contains(l) && !marks.contains(l)) {
				Entry entry = line(paragraph.lines().get(l), null);
				entry.location = paragraph.location();
				entry.prose = entry.role == Role.OTHER && lines.get(l).endsWith("。");
				entries.add(entry);
			}
		}
		return true;
	}

	private static final Pattern LONE_MARK = Pattern.compile("^\\S{1,4}$");

	private static final Pattern LONE_SYMBOL = Pattern.compile("^[◎○〇△×✕●▲◯" + EvaluationMarks.FILLS + "]$");

	private static final int WRAPPED_TITLE_LINES = 3;

	/** The line of the title just before a mark, past the notes between (→ …, ※ …), or -1. */
	private static int titleBefore(List<String> lines, int mark) {
		int l = mark - 1;
		while (l >= 0 && NOTE.matcher(lines.get(l)).find()) {
			l--;
		}
		return l >= 0 && (isTitleLine(lines.get(l)) || l > 0 && isTitleLine(lines.get(l - 1)) && cut(lines.get(l - 1))
				&& titleTail(lines.get(l))) ? l : -1;
	}

	/**
	 * The paragraph's lines with each numbered title its width cut joined to its end, when the title is all the
	 * paragraph holds or an evaluation's line follows it.
	 */
	private static List<String> titlesJoined(List<String> lines) {
		List<String> joined = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			if (i + 1 < lines.size() && numberedTitleWraps(lines.get(i), lines.get(i + 1))
					&& (lines.size() == 2 || i + 2 < lines.size() && evaluationLine(lines.get(i + 2), null).isPresent())) {
				joined.add(lines.get(i).strip() + lines.get(i + 1).strip());
				i++;
			}
			else {
				joined.add(lines.get(i));
			}
		}
		return joined;
	}

	/** 評価  完了 　前年度：進行中, 進捗状況：順調: an evaluation's label and the mark after it, on a line of its own. */
	private static final Pattern EVALUATION_LINE = Pattern.compile("^(\\S{1,8}?)\\s*(?:[:：]|\\s)\\s*(\\S.*)$");

	private static Optional<Field> evaluationLine(String line, Location location) {
		Matcher labelled = EVALUATION_LINE.matcher(nfkc(line).strip());
		if (!labelled.matches() || !WORDS.is("evaluation-label", labelled.group(1))
				|| markOf(labelled.group(2).split("\\s+")[0]).isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Field(labelled.group(1), labelled.group(2), location));
	}

	/**
	 * A numbered title of ten characters or more over a shorter line with no numbering, figure, mark or punctuation: one
	 * title wrapped, not two.
	 */
	private static boolean numberedTitleWraps(String first, String second) {
		String line = nfkc(first).strip();
		String title = stripNumbering(line);
		String tail = nfkc(second).strip();
		return !title.equals(line) && title.length() >= 10 && isTitle(clean(title)) && titleTail(title)
				&& tail.length() * 5 < line.length() * 4
				&& stripNumbering(tail).equals(tail) && titleTail(tail) && !tail.matches(".*[0-9:：、，,].*")
				&& !PledgeText.isDepartment(tail) && markOf(tail).isEmpty();
	}

	/** → …, ※ …: a note under an item. */
	private static final Pattern NOTE = Pattern.compile("^[→※]");

	/** A note, a rate or a sentence: no line of a title. */
	private static final Pattern NO_TITLE_TEXT = Pattern.compile("^[→※]|[%％。]");

	/** A line that may end a title: no note, rate, sentence or mark. */
	private static boolean titleTail(String line) {
		return !NO_TITLE_TEXT.matcher(line).find() && leadingMark(line).isEmpty();
	}

	/** A line of a title the line before began: a title of its own, or the end of one the width cut. */
	private static boolean goesOn(String previous, String line) {
		// 漁業の担い手確保と水産資源の回 / 復: a word or two alone after a title ends it
		return isTitleLine(line) || (cut(previous) || line.length() <= TAIL_LENGTH) && titleTail(line) && !line.matches(".*[0-9].*");
	}

	/** A line its width cut: a bracket left open, a particle at its end (地域づくりの), or as long as a slide's line. */
	private static boolean cut(String line) {
		long open = line.chars().filter(c -> c == '（' || c == '(' || c == '「').count();
		long closed = line.chars().filter(c -> c == '）' || c == ')' || c == '」').count();
		return open > closed || line.matches(".*[のとをにがでへや]$") || line.length() >= CUT_LENGTH;
	}

	private static final int CUT_LENGTH = 20;

	private static final int TAIL_LENGTH = 3;

	/** An item's title alone on its line: no mark, no note, no figure of a group. */
	private static boolean isTitleLine(String line) {
		return !NO_TITLE_TEXT.matcher(line).find() && !LONE_MARK.matcher(line).matches()
				&& leadingMark(line.split("\\s+")[0]).isEmpty() && isTitle(clean(line)) && !PledgeText.isDepartment(line);
	}

	private Entry item(String title, Evaluation evaluation, Paragraph paragraph) {
		Entry item = new Entry();
		item.role = Role.ITEM;
		item.title = clean(stripNumbering(title));
		item.evaluation = evaluation;
		item.location = paragraph.location();
		return item;
	}

	/** A line printed more than once so far (a page's running header): no item's title. */
	private boolean printedAgain(Entry line) {
		String printed = line.printed != null ? line.printed : line.joined;
		index();
		return printed != null && printedCount.getOrDefault(printed, 0) > 1;
	}

	/** Entries indexed so far for {@link #restatedGroup} and {@link #printedAgain}, each read once. */
	private int indexed;

	private final Map<String, Entry> groupsByTitle = new java.util.HashMap<>();

	private final Map<String, Integer> printedCount = new java.util.HashMap<>();

	private static void titleOfItsOwn(Entry line) {
		String printed = line.printed != null ? line.printed : line.joined;
		if (line.role != Role.OTHER || line.prose || printed == null || line.table != null) {
			return;
		}
		String title = clean(stripNumbering(LEADING_SYMBOL.matcher(nfkc(printed).strip()).replaceFirst("")));
		if (isTitle(title) && !isDefinition(title) && !title.matches(".*[:：].*") && markOf(title).isEmpty()
				&& !FIGURE_AT_END.matcher(title).find()) {
			line.title = title;
		}
	}

	/**
	 * 【取組状況】…を達成した。（こども支援課）: what was done for an item, printed under it, its departments in brackets
	 * at the end of the account; the item's, when it names none of its own.
	 */
	private void accountsDepartments(DocumentModel model) {
		List<String> source = model.source().lines();
		List<Entry> items = entries.stream().filter(entry -> entry.role == Role.ITEM && entry.location != null).toList();
		for (int i = 0; i < items.size(); i++) {
			Entry item = items.get(i);
			int from = item.location.line();
			int to = i + 1 < items.size() ? items.get(i + 1).location.line() - 1 : Math.min(source.size(), from + MAX_ACCOUNT);
			if (!item.departments.isEmpty() || to <= from || to - from > MAX_ACCOUNT) {
				continue;
			}
			StringBuilder account = new StringBuilder();
			for (int l = from; l < to && l < source.size(); l++) {
				String line = nfkc(source.get(l)).strip();
				if (line.isEmpty() || EARLIER_EVALUATION.matcher(line).matches()) {
					continue;
				}
				account.append(line.replaceAll("\\s+", ""));
				String text = account.toString();
				List<String> departments = new ArrayList<>();
				String rest = bracketedDepartment(text, departments);
				if (!departments.isEmpty() && !rest.equals(text) && rest.endsWith("。")) {
					// the account ends where its departments are named: a page's foot and head may follow
					item.departments.addAll(departments);
					break;
				}
			}
		}
	}

	/** Lines of an item's account, at the most. */
	private static final int MAX_ACCOUNT = 12;

	/** １－４, 2-1, 3.2: an item's number, a cell of its own. */
	private static final Pattern ITEM_NUMBER_CELL = Pattern.compile("^\\d{1,2}[-－‐.．]\\d{1,2}$");

	/** 〔令和５年度評価：Ａ〕, （前年度評価：B）: an item's grade of an earlier year, on a line of its own. */
	private static final Pattern EARLIER_EVALUATION = Pattern.compile(
			"^[〔［\\[（(【]\\s*(?:(?:令和|平成)\\s*[0-9元]{1,2}\\s*年度末?|前年度|昨年度|前回|[RH]\\s*[0-9]{1,2}(?:年度)?)\\s*の?(?:評価|進捗|判定)\\s*[:：]\\s*\\S{1,6}\\s*[〕］\\]）)】]$");

	/** （令和５年度：順調）after an evaluation: the evaluation of a year before. */
	private static final Pattern PAST_EVALUATION = Pattern.compile("\\s*[（(][^（）()]*年度?[:：][^（）()]*[）)]$");

	/**
	 * The heading above the bullets just read when it states a pledge (…します) and nothing evaluated it yet: the item
	 * an evaluation line after those bullets belongs to. Null when an entry other than bullets or prose stands between.
	 */
	private Entry pledgeHeadingAbove(boolean evaluating) {
		List<Entry> bullets = new ArrayList<>();
		for (int i = entries.size() - 1; i >= 0; i--) {
			Entry entry = entries.get(i);
			if (entry.prose || entry.detail) {
				continue;
			}
			if (entry.signature != null && entry.signature.startsWith("L:")) {
				bullets.add(entry);
				continue;
			}
			boolean heading = entry.signature != null && entry.signature.startsWith("H:") || entry.role == Role.ITEM && entry.title != null;
			boolean open = evaluating ? entry.evaluation == null : entry.departments.isEmpty();
			if (!bullets.isEmpty() && heading && open && entry.title != null
					&& nfkc(entry.title).strip().matches(".*(?:ます|る|ます。)$")) {
				// the bullets tell what was done for the item: no groups or items of their own
				bullets.forEach(bullet -> {
					bullet.prose = true;
					bullet.role = Role.OTHER;
				});
				return entry;
			}
			return null;
		}
		return null;
	}

	/** ○７番（赤羽美香君）, 〔７番　赤羽美香君　登壇〕: who speaks in a council's minutes (unanchored: find or lookingAt). */
	static final Pattern SPEAKER = Pattern
		.compile("[○〇◯]\\s*[^()\\s○〇◯]{1,16}\\s*\\(\\s*\\S{1,10}君\\s*\\)|[〔\\[(][^〕\\])]{1,24}君\\s*登壇[〕\\])]");

	/** （R5：3.3点）, (前年度 68.2%) after a group's figure: an earlier year's, for comparison. */
	private static final Pattern EARLIER_FIGURE = Pattern
		.compile("(?<=[0-9][点%])\\s*[(（]\\s*(?:" + PledgeText.ERA_YEAR
				+ "|平成\\s*[0-9元]{1,2}|前年度?|昨年度)\\s*(?:年度)?\\s*[:：]?\\s*[0-9.]+\\s*(?:点|%)\\s*[)）]$");

	/** R6：4.2点: the year a group's figure is of, before it. */
	private static final Pattern YEAR_LABEL = Pattern
		.compile("\\s" + PledgeText.ERA_YEAR + "\\s*(?:年度)?\\s*[:：]\\s*(?=[0-9.]+\\s*(?:点|%)$)");

	/** ◎３　○５　△１: two marks or more, each with how many items got it. */
	private static final Pattern COUNTS_LEAD = Pattern.compile("^(?:" + EvaluationMarks.MARK_COUNT + "\\s*){2,}");

	/** 実現度　66.7％（６点／９点）: a figure's name, the figure, perhaps the points it comes from. */
	private static final Pattern GROUP_FIGURE = Pattern
		.compile("^(\\S{2,8}?)\\s*[:：]?\\s*(\\d{1,3}(?:\\.\\d{1,2})?)\\s*(%|点)(?:\\s*[（(][^（）()]{1,20}[）)])?$");

	private static final Pattern SPACED_DEPARTMENT = Pattern.compile("\\s+("
			+ String.join("|", WORDS.words("department-label").stream().sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList())
			+ ")\\s+(?=\\S)");

	/** 4.2点, 80.0%: a figure alone as a field's value. */
	private static final Pattern LABELLED_VALUE = Pattern.compile("^(\\d{1,3}(?:[.・]\\d{1,2})?)\\s*(%|点)?$");

	/** The numbering of the rows read so far that carry a mark: the items' numbering. */
	private final Set<String> markedShapes = new HashSet<>();

	/** The numbering of the rows of this table and of those before that carry a mark: the items' numbering. */
	private Set<String> itemShapes(List<List<Cell>> body) {
		Set<String> shapes = this.markedShapes;
		for (List<Cell> row : body) {
			if (!row.isEmpty() && !row.get(0).isEmpty() && row.stream().anyMatch(cell -> markOf(cell.text().strip()).isPresent())) {
				shapes.add(numberingShape(row.get(0).text()));
			}
		}
		shapes.remove("");
		return shapes;
	}

	/** A row numbered as the items are, with no mark, over an unnumbered row with one: one item, its title wrapped. */
	private boolean titleGoesOn(List<Cell> row, List<Cell> next, Set<String> itemShapes) {
		if (row.size() < 2 || row.get(0).isEmpty() || !itemShapes.contains(numberingShape(row.get(0).text()))
				|| row.stream().anyMatch(cell -> markOf(cell.text().strip()).isPresent())) {
			return false;
		}
		// １５．| 江別産小麦…【農業振興: the number and the title's first line, nothing else; never a row's account
		List<Cell> printed = row.stream().filter(cell -> !cell.isEmpty()).toList();
		if (printed.size() != 2 || printed.get(1).text().contains("。")) {
			return false;
		}
		List<Cell> texts = next.stream().filter(cell -> !cell.isEmpty()).toList();
		// ｜｜農業振興課｜★★★★★ in cells of their own columns: the title's department and mark, joined by column; out of
		// their columns, a department first is no title going on
		return texts.size() >= 2 && numberingShape(texts.get(0).text()).isEmpty()
				&& next.stream().filter(cell -> markOf(cell.text().strip()).isPresent()).count() == 1
				&& markOf(texts.get(0).text().strip()).isEmpty() && (byColumn(row, next) || !isDepartment(texts.get(0).text()) || texts.get(0).text().strip().matches(".*[】〕)）]$"));
	}

	/** The row with the next row's first text after its title, and the next row's other cells after its own. */
	/**
	 * Whether the next row's cells stand in the row's columns: its first (the number's) left empty, and at least as many
	 * (a row's empty cells at its end are not kept).
	 */
	private static boolean byColumn(List<Cell> row, List<Cell> next) {
		return row.size() <= next.size() && next.get(0).isEmpty();
	}

	private static List<Cell> titleJoined(List<Cell> row, List<Cell> next) {
		if (byColumn(row, next)) {
			// the same columns: the title takes what goes on under it, every other cell keeps its column
			int title = row.size() - 1;
			while (title > 0 && row.get(title).isEmpty()) {
				title--;
			}
			List<Cell> joined = new ArrayList<>(row);
			for (int c = 0; c < next.size(); c++) {
				Cell below = next.get(c);
				if (c >= joined.size()) {
					joined.add(below);
				}
				else if (!below.isEmpty()) {
					joined.set(c, c == title ? new Cell(row.get(c).text().strip() + below.text().strip(), row.get(c).location())
							: row.get(c).isEmpty() ? below : row.get(c));
				}
			}
			return joined;
		}
		List<Cell> joined = new ArrayList<>(row.stream().filter(cell -> !cell.isEmpty()).toList());
		List<Cell> texts = next.stream().filter(cell -> !cell.isEmpty()).toList();
		Cell title = joined.get(joined.size() - 1);
		joined.set(joined.size() - 1, new Cell(title.text().strip() + texts.get(0).text().strip(), title.location()));
		joined.addAll(texts.subList(1, texts.size()));
		return joined;
	}

	/** ■政策１, 基本目標２, 柱３: the number of a group of items at the head of its row. */
	private static final Pattern GROUP_ROW = Pattern
		.compile("^[■□●◆◇【\\s]*(?:基本政策|政策|基本目標|目標|柱|分野|公約)\\s*[0-9０-９]{1,2}(?![0-9０-９])");

	/** A group's heading: a numbered or labelled short title, with its published figure after it when printed. */
	private Entry group(String raw, String signature) {
		Entry entry = new Entry();
		// 政策１　…まち（続き） at the top of the next page: the same group, continued
		String text = COUNT_TAIL.matcher(nfkc(raw == null ? "" : raw).strip()).replaceFirst("").replaceFirst("\\s*[(（]続き[)）]$", "");
		text = PAGE_PART.matcher(text).replaceFirst("");
		// 分野平均点　R6：4.2点　（R5：3.3点）: the year's figure, not last year's beside it for comparison
		text = EARLIER_FIGURE.matcher(text).replaceFirst("");
		text = YEAR_LABEL.matcher(text).replaceFirst(" ");
		if (text.isEmpty() || text.contains("。") || text.length() > 80 || "L:※".equals(signature)
				|| COUNT_SUMMARY.matcher(text).lookingAt()) {
			return entry;
		}
		BigDecimal figure = null;
		String unit = null;
		Matcher inBracket = NOTE_IN_BRACKET.matcher(text);
		if (inBracket.matches()) {
			// ［基本目標の達成率 83.3％（6取組）］: the note inside the brackets round the figure and its label
			text = inBracket.group(1) + inBracket.group(2);
		}
		String figureFirst = withoutNoteOnFigure(text);
		Matcher tail = BRACKETED_TAIL.matcher(text);
		if (figureFirst.equals(text) && tail.find() && FIGURE.matcher(tail.group(1)).find()) {
			// （達成度 76.0％ 評価点19点／満点25点）: the rate its label names, never the maximum; else the last figure
			Matcher f = FIGURE.matcher(tail.group(1));
			int rank = -1;
			int end = 0;
			while (f.find()) {
				String before = tail.group(1).substring(end, f.start());
				end = f.end();
				if (before.contains("満点")) {
					continue;
				}
				boolean labelled = WORDS.mentions("figure-header", before);
				String figureUnit = unit(f.group(2));
				int candidate = labelled && "%".equals(figureUnit) ? 2 : labelled ? 1 : 0;
				if (candidate > rank || candidate == 0 && rank == 0) {
					rank = candidate;
					figure = number(f.group(1)).orElse(null);
					unit = figureUnit;
				}
			}
			text = text.substring(0, tail.start()).strip();
		}
		else {
			text = figureFirst;
			String[] tokens = text.split("\\s+");
			Matcher f = Pattern.compile("^([^\\d]*?)(\\d+(?:[.・]\\d+)?)(%|点)$").matcher(tokens[tokens.length - 1]);
			if (tokens.length >= 2 && f.matches()) {
				boolean labelled = !f.group(1).isEmpty() && WORDS.mentions("figure-header", f.group(1));
				boolean labelBefore = f.group(1).isEmpty() && tokens.length >= 3
						&& WORDS.mentions("figure-header", tokens[tokens.length - 2]);
				if (f.group(1).isEmpty() || labelled) {
					figure = number(f.group(2)).orElse(null);
					unit = unit(f.group(3));
					int cut = text.lastIndexOf(tokens[tokens.length - (labelBefore ? 2 : 1)]);
					text = text.substring(0, cut).strip();
				}
			}
		}
		String withoutSymbol = LEADING_SYMBOL.matcher(text).replaceFirst("");
		String label = "";
		for (String word : WORDS.words("group-label")) {
			if (withoutSymbol.startsWith(word)) {
				label = word;
				break;
			}
		}
		String rest = withoutSymbol.substring(label.length()).strip();
		Matcher counted = COUNTS_AFTER_NAME.matcher(rest);
		if (figure != null && counted.find()) {
			// 1. 子育て・教育：6項目中 ✅3（実現率50％）: the group's name, how many of its items got the mark, its rate
			rest = rest.substring(0, counted.start()).strip();
		}
		if (figure != null) {
			// １ 子育て・教育 6 2 3 1 0 5 83.3%: a summary row's name, its counts per mark, then its figure
			rest = BARE_COUNTS.matcher(rest).replaceFirst("");
		}
		String numbered = stripNumbering(rest);
		boolean hasNumber = !numbered.equals(rest) || signature != null && !signature.endsWith(":");
		String title = clean(numbered);
		if (figure != null && !title.isEmpty() && FIGURE_NAME.matcher(title).matches()) {
			// 分野別評価点　３．７１点: the group's figure under its name, not a group named 別評価点
			title = "";
		}
		if (title.isEmpty() && figure != null) {
			if (WORDS.mentions("figure-header", rest) || rest.isEmpty() || label.isEmpty()) {
				entry.role = Role.FIGURE_ONLY;
				entry.figure = figure;
				entry.unit = unit;
			}
			return entry;
		}
		if (figure != null && title.startsWith("の") && WORDS.mentions("figure-header", title) && title.length() <= 12) {
			// 柱の進捗率 77.1％ under 柱１ …: the figure of the group above, under its label
			entry.role = Role.FIGURE_ONLY;
			entry.figure = figure;
			entry.unit = unit;
			return entry;
		}
		if (title.startsWith("の") && figure == null && !OWN_FIGURE.matcher(title).matches()) {
			// 公約1-1の取組と評価: a caption naming the group's table, no group of its own
			return entry;
		}
		Matcher own = OWN_FIGURE.matcher(title);
		if (own.matches() && WORDS.mentions("figure-header", own.group(1))) {
			// 政策１の平均進捗率：75.0％: the figure of the group above, under its label
			entry.role = Role.FIGURE_ONLY;
			entry.figure = number(own.group(2)).orElse(null);
			entry.unit = unit(own.group(3));
			return entry;
		}
		if (!isTitle(title) || !hasNumber && label.isEmpty() || WORDS.mentions("document-section", title)
				|| label.isEmpty() && numbered.equals(rest) && WORDS.is("group-part", title)
				// 柱１　取組の評価 after 柱１　子どもの未来を育むまち: the group's items under a caption, no group of its own
				|| !label.isEmpty() && WORDS.is("group-part", title)
				// 政策ごとの検証結果, 政策別の達成率: the report's section on its groups
				|| sectionOnGroups(title)
				// この分野の達成率 over its figure: the label of a group's figure, no group
				|| figure == null && FIGURE_LABEL.matcher(title).matches()
				// 【検証会議の意見】 after a group's items: what a body said of them
				|| label.isEmpty() && title.endsWith("の意見")
				|| LEGEND_LINE.matcher(text).find() || title.matches("^(?:[…‥.．・]{2,}|を).*")
				// ▲子ども食堂の様子: a photo's caption
				|| signature != null && signature.endsWith(":▲")
				// 公約全体 | 25 | … | 64.4%: the report's total row, no group
				|| WORDS.is("overall-row", key(title))) {
			// １ 評価の方法, ２ 評価結果の概要: the report's own sections, no group of items
			return entry;
		}
		entry.role = Role.GROUP;
		entry.title = title;
		entry.figure = figure;
		entry.unit = unit;
		String shape = numberingShape(rest);
		entry.signature = (signature == null ? "T" : signature) + "|" + label + "|" + shape;
		return entry;
	}

	// ---------------------------------------------------------------- pass 2: the hierarchy

	/**
	 * An item listed again with the same evaluation (参考　評価が「2」以下の取組, the items a summary picks out): the
	 * item already read, no item of its own.
	 */
	private void dropRepeatedItems() {
		java.util.Set<String> seen = new java.util.HashSet<>();
		for (Entry entry : entries) {
			if (entry.role == Role.ITEM && entry.title != null && entry.evaluation != null
					&& !seen.add(key(entry.title) + "\u0000" + entry.evaluation)) {
				entry.role = Role.OTHER;
			}
		}
	}

	/**
	 * A legend lists three marks or more once each, best first, with their definitions and no department; a list of
	 * items repeats marks, names departments or is in no order of marks.
	 */
	private void dropLegends() {
		Map<Object, List<Entry>> byTable = new LinkedHashMap<>();
		Object run = new Object();
		for (Entry entry : entries) {
			if (entry.table != null && (entry.role == Role.ITEM || entry.legendMark != null)) {
				byTable.computeIfAbsent(entry.table, t -> new ArrayList<>()).add(entry);
			}
			else if (entry.table == null && entry.role == Role.ITEM && !entry.detail && !entry.told) {
				byTable.computeIfAbsent(run, t -> new ArrayList<>()).add(entry);
			}
			else if (!entry.detail) {
				run = new Object();
			}
		}
		for (List<Entry> rows : byTable.values()) {
			List<Evaluation> marks = rows.stream()
				.map(row -> row.evaluation != null ? row.evaluation : row.legendMark)
				.filter(java.util.Objects::nonNull)
				.toList();
			boolean descending = true;
			for (int i = 1; i < marks.size(); i++) {
				descending &= marks.get(i).level() < marks.get(i - 1).level();
			}
			boolean departments = rows.stream().anyMatch(row -> !row.departments.isEmpty());
			if (rows.size() >= 3 && descending && !departments) {
				rows.forEach(row -> row.role = Role.OTHER);
			}
		}
	}

	/**
	 * Signatures of one level printed two ways: a labelled heading (政策の柱1 over the first table) that the groups after
	 * it repeat as rows inside the next table (政策の柱2 | …), the rows the more frequent, each mapped to the rows'.
	 */
	private Map<String, String> sameLevels() {
		Map<String, Long> counts = entries.stream().filter(entry -> entry.role == Role.GROUP && entry.signature != null)
			.collect(java.util.stream.Collectors.groupingBy(entry -> entry.signature, LinkedHashMap::new,
					java.util.stream.Collectors.counting()));
		Map<String, String> same = new LinkedHashMap<>();
		for (Map.Entry<String, Long> heading : counts.entrySet()) {
			if (!heading.getKey().startsWith("H:LABELLED:") || !heading.getKey().endsWith("||")) {
				continue;
			}
			String label = heading.getKey().substring("H:LABELLED:".length(), heading.getKey().length() - 2);
			List<String> rows = counts.keySet().stream()
				.filter(other -> other.contains("|" + label + "|") && !other.startsWith("H:")).toList();
			boolean otherHeading = counts.keySet().stream()
				.anyMatch(other -> other.startsWith("H:") && !other.equals(heading.getKey()) && other.contains("|" + label + "|"));
			if (rows.size() == 1 && !otherHeading && counts.get(rows.get(0)) > heading.getValue()) {
				same.put(heading.getKey(), rows.get(0));
			}
		}
		return same;
	}

	private void arrange() {
		Map<String, String> same = sameLevels();
		java.util.function.UnaryOperator<String> level = signature -> same.getOrDefault(signature, signature);
		Map<String, Integer> chainsWith = new LinkedHashMap<>();
		Map<String, Integer> firstPlace = new LinkedHashMap<>();
		List<String> chain = new ArrayList<>();
		int place = 0;
		for (Entry entry : entries) {
			if (entry.role == Role.GROUP) {
				chain.add(level.apply(entry.signature));
			}
			else if (entry.role == Role.ITEM && !chain.isEmpty()) {
				for (String signature : chain.stream().distinct().toList()) {
					chainsWith.merge(signature, 1, Integer::sum);
					firstPlace.putIfAbsent(signature, place + chain.indexOf(signature));
				}
				place += 1000;
				chain.clear();
			}
		}
		List<String> levels = chainsWith.entrySet().stream().filter(e -> e.getValue() >= 2)
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(2).map(Map.Entry::getKey)
			.sorted(java.util.Comparator.comparingInt(firstPlace::get)).toList();
		threeLevels = levels.size() == 2;
		Group policy = null;
		Group pledge = null;
		Group lastGroup = null;
		Entry previous = null;
		Group unnamed = null;
		for (Entry entry : entries) {
			Entry before = previous;
			previous = entry;
			if (entry.role == Role.GROUP && levels.contains(level.apply(entry.signature))) {
				Group group = new Group(entry.title, entry.figure, entry.unit);
				if (levels.indexOf(level.apply(entry.signature)) == 0 && policy != null && policy.title != null
						&& policy.title.equals(entry.title)) {
					// 政策１ …（続き）, 柱１ …（2／2）: the same group again on the next page
					lastGroup = policy;
					continue;
				}
				Group named = levels.indexOf(level.apply(entry.signature)) == 0 && entry.title != null ? policies.stream()
					.filter(earlier -> entry.title.equals(earlier.title)).findFirst().orElse(null) : null;
				if (named != null) {
					// 1. 子育て・教育：6項目中 ✅3（実現率50％） in the closing summary: the group read before, its figure
					if (named.figure == null && entry.figure != null) {
						named.figure = entry.figure;
						named.unit = entry.unit;
					}
					policy = named;
					pledge = null;
					lastGroup = named;
					continue;
				}
				if (levels.indexOf(level.apply(entry.signature)) == 0) {
					policy = group;
					pledge = null;
					policies.add(group);
				}
				else if (policy != null && policy.title != null && policy.title.equals(group.title)) {
					// ### 2　健康・福祉 over rows whose 分野 column names it again: the group itself, no level below it
					pledge = null;
					lastGroup = policy;
					continue;
				}
				else if (pledge != null && pledge.title != null && pledge.title.equals(group.title)) {
					// 基本目標 | 公約 spanned down the item rows, printed again on each: the same pledge
					lastGroup = pledge;
					continue;
				}
				else if (policy != null) {
					pledge = group;
					policy.children.add(group);
				}
				lastGroup = group;
			}
			else if (entry.role == Role.FIGURE_ONLY && entry.subtotal) {
				Group open = pledge != null ? pledge : policy;
				if (open != null && open.figure == null) {
					open.figure = entry.figure;
					open.unit = entry.unit;
				}
			}
			else if (entry.role == Role.FIGURE_ONLY && lastGroup != null && lastGroup.figure == null && before != null
					&& before.role == Role.GROUP) {
				lastGroup.figure = entry.figure;
				lastGroup.unit = entry.unit;
			}
			else if (entry.role == Role.ITEM) {
				lastGroup = null;
				if (levels.isEmpty()) {
					if (unnamed == null) {
						unnamed = new Group(null);
						policies.add(unnamed);
					}
					unnamed.items.add(entry);
				}
				else if (threeLevels && pledge != null) {
					pledge.items.add(entry);
				}
				else if (policy != null) {
					policy.items.add(entry);
				}
				else {
					entry.role = Role.OTHER;
				}
			}
		}
	}

	/** A group heading that no item follows (a summary row of the same shape, a table of contents) is no group. */
	private void dropEmptyGroups() {
		if (itemCount() == 0) {
			return;
		}
		for (Group policy : policies) {
			policy.children.removeIf(pledge -> pledge.items.isEmpty());
		}
		policies.removeIf(policy -> policy.items.isEmpty() && policy.children.isEmpty());
	}

	// ---------------------------------------------------------------- published figures

	List<Group> allGroups() {
		List<Group> all = new ArrayList<>();
		for (Group policy : policies) {
			all.add(policy);
			all.addAll(policy.children);
		}
		return all;
	}

	// ---------------------------------------------------------------- small readings

	/** 75％, 100%: an item's rate as its evaluation, a score out of 100; empty above 100 or for anything else. */
	private static Optional<Evaluation> rate(String cell) {
		Matcher rate = ITEM_RATE.matcher(nfkc(cell).strip());
		return rate.matches() && Integer.parseInt(rate.group(1)) <= 100
				? Optional.of(new Evaluation(Evaluation.SCORE, rate.group(1), Integer.parseInt(rate.group(1)), 100, cell))
				: Optional.empty();
	}

	/** ◎達成　○順調　△やや遅れ　×未着手: three marks or more on one line, each with its meaning. */
	private static final Pattern MARKS_WITH_MEANINGS = Pattern
		.compile("^(?:[◎○〇△×✕●◯▲" + EvaluationMarks.FILLS + "][\\s　]*[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー]{1,8}[\\s　]*){3,}$");

	/** ◎ … 実現した, ○：一部実現, Ａ＝達成: a mark, a leader or an equals sign, then its meaning. */
	private static final Pattern LEGEND_LINE = Pattern.compile("^[◎○〇△×✕●◯SABCDＳＡＢＣＤ" + EvaluationMarks.FILLS + "]\\s*(?:[…‥]+|・{3,}|[=＝])");

	/** ✅ … 実現した: a mark, leaders, then what it means. */
	private static final Pattern MARK_LEADERS = Pattern.compile("^(\\S{1,4}?)\\s*(?:[…‥]+|・{3,}|\\.{3,})\\s*\\S");

	/** 子育て・教育 ― 子どもの声がひびく町へ: a group's name, a dash, then its motto. */
	private static final Pattern MOTTO = Pattern.compile("\\s+[―—－-]{1,2}\\s+\\S.*$");

	/** ：6項目中 ✅3 after a group's name: how many items it has and how many got a mark. */
	private static final Pattern COUNTS_AFTER_NAME = Pattern.compile("[:：]\\s*\\d{1,3}\\s*(?:項目|件|取組|事業|施策|公約)中?.*$");

	/** 50.0% (after NFKC): a share of the items. */
	private static final String SHARE_OF_ITEMS = "\\d+(?:\\.\\d+)?\\s*%";

	/** A cell that holds a share and nothing else. */
	private static final Pattern SHARE = Pattern.compile(SHARE_OF_ITEMS);

	/** 政策1 子どもたちの夢を育むまち　50.0%: a line that ends on a share. */
	private static final Pattern ENDS_ON_SHARE = Pattern.compile(".*" + SHARE_OF_ITEMS + "$");

	/** 2/4, 23/32 (after NFKC): how many items of all, which beside a share is no score. */
	private static final Pattern COUNT_OF_ALL = Pattern.compile("\\d+\\s*/\\s*\\d+");

	/** The card whose evaluation was read last: the department printed after it is its own. */
	private Entry evaluatedCard;

	/** The title of the card being read (項目：…), until its evaluation line. */
	private Entry cardTitle;

	/** The signature of an item whose evaluation is a tag before its title, until the block after it is read. */
	private static final String TAG = "T:";

	/** 別評価点, 評価点, 達成率: what a figure is, left of a group label (分野別評価点), no group's title. */
	private static final Pattern FIGURE_NAME = Pattern.compile("^(?:別|の)?(?:" + String.join("|", WORDS.words("figure-header")) + ")$");

	/** 子育て・教育（７項目）: how many items a group holds, no part of its title. */
	private static final Pattern COUNT_TAIL = Pattern.compile("\\s*[(（](?:全)?\\d{1,3}(?:件|項目|事業|取組|施策)[)）]$");

	int levels() {
		return statedLevels > 0 ? statedLevels : 10;
	}

}
