package org.govreview.readers.policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Optional;
import java.util.Set;

import org.govreview.domain.document.Finding;
import org.govreview.domain.policy.PolicyIssue;
import org.govreview.domain.policy.Statistic;
import org.govreview.readers.document.Block;
import org.govreview.readers.document.Cell;
import org.govreview.readers.document.DocumentModel;
import org.govreview.readers.document.Field;
import org.govreview.readers.document.Heading;
import org.govreview.readers.document.ListItem;
import org.govreview.readers.document.NumberingScheme;
import org.govreview.readers.document.Paragraph;
import org.govreview.readers.document.Section;
import org.govreview.readers.document.Table;
import org.govreview.readers.document.Vocabulary;
import org.govreview.readers.text.DisplayWidth;
import org.govreview.readers.text.JapaneseNumbers;

/**
 * A ward or bureau policy read from the document model by its vocabulary: the title (the first line naming a 方針 or
 * 組織目標), the mission (the text under a 使命 or ミッション label, else under 目指す姿, 将来像, ビジョン …), the issues
 * (headings labelled 経営課題, 重点課題, 施策, 柱, 目標 …, or numbered headings whose section holds a 取組 label; or the
 * rows of a table with an issue column and an action column), each with its actions (the items, headings and rows
 * after a 取組/主な戦略/主な事業 label, and headings labelled 戦略), and the statistics of its prose and tables. Built
 * once per document; not thread-safe.
 */
final class StatementModel {

	static final Vocabulary VOCABULARY = Vocabulary.load(StatementModel.class, "vocabulary.txt");

	private static final Set<NumberingScheme> NUMBERED = Set.of(NumberingScheme.CHAPTER, NumberingScheme.ROMAN,
			NumberingScheme.NUMBER, NumberingScheme.DOTTED, NumberingScheme.PARENTHESISED_NUMBER, NumberingScheme.CIRCLED,
			NumberingScheme.LABELLED);

	/** 業務実績（アウトプット）：…: a label and its value, not an action. */
	private static final java.util.regex.Pattern LABELLED_VALUE = java.util.regex.Pattern.compile("^[^：:。]{1,20}[：:].*");

	/** (1), （２） before an action's name in its cell. */
	private static final java.util.regex.Pattern ROW_KEY = java.util.regex.Pattern.compile("^[(（][0-9０-９]{1,2}[)）][\\s\u3000]*");

	/** 担当, 地域福祉課, 生活援護室: a cell naming who is in charge. */
	private static final Pattern SECTION_CELL = Pattern.compile("^(?:担当|所管|担当課|所管課|[^、。\\s]{1,14}(?:課|室|係|センター|事務所))$");

	/** ①, ② before an action in its cell. */
	private static final Pattern CIRCLED_NUMBER = Pattern.compile("^[①-⑳][\\s\u3000]*");

	/** 1-1-1 before an action's title. */
	private static final java.util.regex.Pattern DOTTED_NUMBER = java.util.regex.Pattern
		.compile("^[0-9０-９]+(?:[-－‐][0-9０-９]+)+[\\s\u3000]+");

	private final DocumentModel model;

	final String title;

	final String mission;

	final List<PolicyIssue> issues = new ArrayList<>();

	final List<Statistic> statistics = new ArrayList<>();

	final List<Finding> findings = new ArrayList<>();

	private final Set<Heading> issueHeadings = new HashSet<>();

	/** Whether two or more headings name their issues by label (課題１, 課題２): no other heading is one then. */
	private boolean issuesLabelled;

	/** Issues whose actions follow the heading without a 取組 label. */
	private final Set<Heading> unlabelledActions = new HashSet<>();

	/** The symbol the unlabelled actions of an issue are headed by, where they read as headings (○). */
	private final Map<Heading, String> actionMarkers = new HashMap<>();

	/** Whether an issue was read from its own heading. */
	private boolean headingIssuesRead;

	/** Whether a table with an issue column beside an action column was seen, read or not. */
	private boolean issueTableSeen;

	private final Map<String, List<String>> actions = new LinkedHashMap<>();

	private final Map<String, String> ids = new LinkedHashMap<>();

	StatementModel(DocumentModel model) {
		this.model = model;
		StatementRecords records = StatementRecords.of(model, VOCABULARY).orElse(null);
		this.title = records != null ? records.title : title(model);
		this.mission = records != null ? records.mission : mission(model);
		if (records != null) {
			// 区分 | 番号 | 項目 | 内容 …, a record a row: the statement is its records
			fromRecords(records);
		}
		else {
			// 課題１, 課題２ as headings: the issues are those; 現状と課題 → 3.1 スポーツ → its bullets is the background
			this.issuesLabelled = model.all(Heading.class).stream().filter(StatementModel::labelledIssue).count() >= 2;
			findIssueHeadings(model.root());
			walk();
		}
		numberedActionsPlaced();
		for (Map.Entry<String, String> issue : this.ids.entrySet()) {
			String id = issue.getValue();
			this.issues.add(new PolicyIssue(id, "", this.issues.size() + 1, issue.getKey(), null, null,
					this.actions.getOrDefault(issue.getKey(), List.of())));
		}
	}

	private void fromRecords(StatementRecords records) {
		records.issues.forEach((number, issue) -> {
			this.ids.putIfAbsent(issue, "課題" + number);
			records.actions.getOrDefault(number, List.of()).forEach(action -> action(issue, action));
		});
		TableFigures tables = new TableFigures(VOCABULARY, this.statistics);
		for (String[] figure : records.figures) {
			String issue = figure[4] == null ? null : records.issues.get(figure[4]);
			List<List<Cell>> rows = List.of(
					List.of(new Cell("区分", records.location), new Cell("数値", records.location),
							new Cell("時点", records.location)),
					List.of(new Cell(figure[0], records.location),
							new Cell(figure[2] + figure[1], records.location),
							new Cell(StatementRecords.asOf(figure[3]), records.location)));
			tables.read(new Table(rows, 1, records.location), id(issue), null);
		}
	}

	/** 1-1 緊急消防援助隊受援計画の改定　（警防課）: an action numbered within its issue, with the sections that carry it. */
	private static final java.util.regex.Pattern NUMBERED_ACTION = java.util.regex.Pattern
		.compile("^[\\s　]*[0-9０-９]{1,2}[-－‐−][0-9０-９]{1,2}[\\s　]+(.+?)(?:[\\s　]*[（(][^（）()]{1,30}(?:課|室|署|所|局|部|センター|係)[）)])?$");

	/**
	 * An action printed twice, once numbered under its own issue (1-1 … （警防課）) and once bare under another (a
	 * chart's column read under the last issue's heading): it is the numbered one's issue's, without number or sections.
	 */
	private void numberedActionsPlaced() {
		Map<String, String> numberedUnder = new LinkedHashMap<>();
		for (Map.Entry<String, List<String>> issue : this.actions.entrySet()) {
			List<String> cleaned = new ArrayList<>();
			for (String action : issue.getValue()) {
				java.util.regex.Matcher numbered = NUMBERED_ACTION.matcher(action);
				if (numbered.matches()) {
					cleaned.add(numbered.group(1).strip());
					numberedUnder.putIfAbsent(numbered.group(1).strip(), issue.getKey());
				}
				else {
					cleaned.add(action);
				}
			}
			issue.setValue(cleaned);
		}
		dottedActionsPlaced(numberedUnder);
		for (Map.Entry<String, List<String>> issue : this.actions.entrySet()) {
			List<String> kept = new ArrayList<>();
			for (String action : issue.getValue()) {
				String owner = numberedUnder.get(action);
				if ((owner == null || owner.equals(issue.getKey())) && !kept.contains(action)) {
					kept.add(action);
				}
			}
			issue.setValue(kept);
		}
	}

	private static final java.util.regex.Pattern TRAILING_NUMBER = java.util.regex.Pattern.compile("(\\d{1,2})$");

	private static final java.util.regex.Pattern ACTION_NUMBER = java.util.regex.Pattern.compile("^(\\d{1,2})[-－‐−.．]\\d{1,2}$");

	/**
	 * Headings 1-1, 1-2 … 2-1 printed as a chart's last column, after every issue of the column before: each is the
	 * action of the issue its first number names, where every first number names exactly one issue (重点目標１ …).
	 */
	private void dottedActionsPlaced(Map<String, String> numberedUnder) {
		Map<String, String> issueByNumber = new HashMap<>();
		Set<String> ambiguous = new HashSet<>();
		for (Map.Entry<String, String> issue : this.ids.entrySet()) {
			java.util.regex.Matcher number = TRAILING_NUMBER.matcher(issue.getValue());
			if (number.find() && issueByNumber.put(number.group(1), issue.getKey()) != null) {
				ambiguous.add(number.group(1));
			}
		}
		Map<String, String> owners = new LinkedHashMap<>();
		for (Block block : this.model.blocks()) {
			if (block instanceof Heading heading && heading.scheme() == NumberingScheme.DOTTED) {
				java.util.regex.Matcher number = ACTION_NUMBER.matcher(ProseFigures.nfkc(heading.number()).strip());
				String title = heading.title().strip();
				if (!number.matches()) {
					continue;
				}
				String owner = ambiguous.contains(number.group(1)) ? null : issueByNumber.get(number.group(1));
				if (owner == null || owners.containsKey(title) && !owner.equals(owners.get(title))) {
					return;
				}
				owners.put(title, owner);
			}
		}
		if (owners.values().stream().distinct().count() < 2) {
			return;
		}
		owners.forEach((action, owner) -> {
			if (this.actions.values().stream().anyMatch(listed -> listed.contains(action))) {
				numberedUnder.putIfAbsent(action, owner);
				List<String> owned = this.actions.computeIfAbsent(owner, key -> new ArrayList<>());
				if (!owned.contains(action)) {
					owned.add(action);
				}
			}
		});
	}

	/** Distinctive signals of the kind, roughly 0–10, and what is missing. */
	int evidence() {
		int evidence = 0;
		evidence += this.title != null && VOCABULARY.mentions("title", this.title) ? 3 : 0;
		evidence += this.mission != null ? 2 : 0;
		evidence += this.issueTableSeen ? Math.max(2, Math.min(this.issues.size(), 3)) : Math.min(this.issues.size(), 3);
		evidence += this.issues.stream().mapToInt(issue -> issue.actions().size()).sum() >= 3 ? 2 : 0;
		return evidence;
	}

	boolean recognised() {
		boolean titled = this.title != null && VOCABULARY.mentions("title", this.title);
		boolean issued = this.issues.size() >= 2 || this.issueTableSeen;
		return titled && (this.mission != null || issued) || this.mission != null && issued;
	}

	List<String> missing() {
		List<String> missing = new ArrayList<>();
		if (this.title == null || !VOCABULARY.mentions("title", this.title)) {
			missing.add("no title naming a policy (運営方針, 経営方針, 組織目標 …)");
		}
		if (this.mission == null) {
			missing.add("no mission (使命, ミッション, 目指す姿, 将来像 …)");
		}
		if (this.issues.size() < 2 && !this.issueTableSeen) {
			missing.add("no issues with actions (経営課題, 重点課題, 施策, 柱 … with 取組)");
		}
		return missing;
	}

	private static final java.util.regex.Pattern BREADCRUMBS = java.util.regex.Pattern.compile("[>＞›»].*[>＞›»]");

	private static final java.util.regex.Pattern HOME_PATH = java.util.regex.Pattern
		.compile("^\\s*(?:ホーム|トップページ|トップ|HOME|Home)[ \\t]+\\S+[ \\t]+\\S");

	/**
	 * ホーム > 市政情報 > 局・区の運営方針: a web page's path, no title; copied from a phone's browser its arrows are
	 * lost (ホーム 区役所・出張所 安佐南区役所 令和6年度　安佐南区運営方針), and it opens with the site's home.
	 */
	static boolean isBreadcrumbs(String line) {
		return BREADCRUMBS.matcher(line).find() || isHomePath(line);
	}

	/** ホーム 区役所・出張所 安佐南区役所 …: breadcrumbs that lost their arrows, their steps no longer told apart. */
	static boolean isHomePath(String line) {
		return HOME_PATH.matcher(line).find();
	}

	/** 様式１ before the title, 呉　市 after its 方針: a form's number and the issuer, no part of the title. */
	private static String titled(String line) {
		// ,令和６年度　緑政土木局運営方針,,,,: a sheet's title cell in its CSV row
		return line.strip().replaceAll("^[,\\s]+|[,\\s]+$", "")
			.replaceFirst("^様式(?:第)?[0-9０-９]{1,2}(?:号)?[\\s　]+(?=\\S)", "")
			.replaceFirst("(方針)[\\s　]+[\\p{IsHan}ヶケ][\\p{IsHan}ヶケ\\s　]{0,8}[市区町村]$", "$1");
	}

	/** 【様式１】, 様式第２号: the form a sheet is printed on, before the form's name. */
	private static final java.util.regex.Pattern FORM_LABEL = java.util.regex.Pattern
		.compile("^[【\\[(（]?様式(?:第)?[0-9０-９]{1,2}(?:号)?[】\\])）]?");

	/** A line's runs of text apart by wide gaps. */
	private static final Pattern WIDE_GAP = Pattern.compile("[ 　]{3,}");

	/**
	 * 令和７年度 | 都市建設局運営方針 | 令和７年４月１日 across a sheet's top: the run naming the policy with the fiscal year
	 * before it; the line as it is where no run names one.
	 */
	private static String titleRun(String line) {
		String[] runs = WIDE_GAP.split(line.strip());
		for (int r = 0; r < runs.length; r++) {
			if (runs.length > 1 && VOCABULARY.mentions("title", runs[r])) {
				boolean year = r > 0 && BARE_FISCAL_YEAR.matcher(ProseFigures.nfkc(runs[r - 1]).strip()).matches();
				return year ? runs[r - 1] + " " + runs[r] : runs[r];
			}
		}
		return line;
	}

	/** 【局運営方針】 in a sheet's corner: the kind of sheet tagged, the title below it. */
	private static final java.util.regex.Pattern TAGGED = java.util.regex.Pattern.compile("^【[^】]{0,8}方針】(?![^【]*方針)");

	/** How many lines a cover and the page after it may hold before the title is printed whole. */
	private static final int COVER_LINES = 15;

	/** １　部の運営方針について, 第１, (1): a numbered section, no title of the statement. */
	private static final Pattern NUMBERED_SECTION = Pattern.compile("^(?:第?[0-9一二三四五六七八九十]{1,2}[\\s.、章節]|[(][0-9]{1,2}[)])");

	/** Whether a line of the page's opening, other than the running head, ends with the head's title. */
	private static boolean titledBelow(DocumentModel model, String head) {
		String bare = head.replaceAll("[\\s　]", "");
		return model.source().lines().stream().limit(60).map(each -> each.replaceAll("[\\s　]", ""))
			.anyMatch(each -> !each.isEmpty() && !each.equals(bare) && bare.endsWith(each) && each.length() >= 8
					&& VOCABULARY.mentions("title", each) && !isBreadcrumbs(each));
	}

	/** Whether the line heads two pages or more: a running head, printed the same at the top of each. */
	private static boolean runningHead(DocumentModel model, String line) {
		// a running head set out in cells (氷見市ホームページ⇥令和７年度…) is the same line, whatever parts its runs
		String bare = line.replaceAll("[\\s　]", "");
		List<String> lines = model.source().lines();
		java.util.Set<Integer> starts = new java.util.TreeSet<>(model.source().pageStarts());
		// the first page starts the text, whether or not its start is recorded
		starts.add(0);
		return starts.stream()
			.filter(start -> start < lines.size())
			.filter(start -> lines.subList(start, Math.min(lines.size(), start + 3)).stream()
				.anyMatch(each -> each.replaceAll("[\\s　]", "").equals(bare)))
			.count() >= 2;
	}

	/** 出力日：…, 帳票番号：…: the head a records system prints on each page of its forms. */
	private static final Pattern SYSTEM_HEADER = Pattern.compile("出力日[:：]|出力者[:：]|帳票(?:番号|ID|ＩＤ)[:：]|印刷日[:：]");

	private static String title(DocumentModel model) {
		String first = null;
		String previous = null;
		int seen = 0;
		List<String> top = new ArrayList<>();
		for (Block block : model.blocks()) {
			if (block instanceof org.govreview.readers.document.Paragraph paragraph && top.size() < 4) {
				// 様式第１号 / 倉敷市 / 令和５年度　市民生活部　組織目標: a form's header lines run together
				paragraph.lines().stream().limit(6).forEach(top::add);
			}
			else {
				top.add(firstLine(block));
			}
			if (top.size() >= 10) {
				break;
			}
		}
		for (int t = 0; t < top.size(); t++) {
			String line = top.get(t);
			if (line == null || line.isBlank()) {
				continue;
			}
			if (SYSTEM_HEADER.matcher(line).find()) {
				// 所沢市　行政評価・組織目標管理システム　出力日：…: the system that printed the form, at every page's head
				continue;
			}
			first = first == null ? line.strip() : first;
			if ((FORM_LABEL.matcher(line.strip()).lookingAt() || TAGGED.matcher(line.strip()).lookingAt()) && top.subList(t + 1, top.size()).stream()
				.anyMatch(later -> later != null && VOCABULARY.mentions("title", later))) {
				// 【様式１】局運営方針 over 令和６年度　緑政土木局運営方針: the form's name, the title below it; so a tag
				continue;
			}
			if (VOCABULARY.mentions("title", line) && runningHead(model, line) && (top.subList(t + 1, top.size()).stream()
				.anyMatch(later -> later != null && !later.strip().equals(line.strip()) && VOCABULARY.mentions("title", later)
						&& !NUMBERED_SECTION.matcher(ProseFigures.nfkc(later).strip()).lookingAt())
					// a web page's site name and title at the head of every page, the title itself under the menus
					|| titledBelow(model, line))) {
				// 芦屋市都市建設部　令和６年度運営方針 at the head of every page, the title itself below it on the first
				continue;
			}
			if (VOCABULARY.mentions("title", line) && line.strip().length() <= 60 && !isBreadcrumbs(line)) {
				String bare = line.strip();
				if (bare.length() <= 6) {
					// 令和６年度 / 宇和島市産業経済部 / 運営方針 on a cover, then the whole title over the page's text
					java.util.Optional<String> whole = model.source().lines().stream().filter(other -> !other.isBlank()).limit(COVER_LINES)
						.map(StatementModel::titleRun)
						.filter(other -> other.strip().length() > bare.length() && other.strip().length() <= 60
								&& !TAGGED.matcher(other.strip()).lookingAt()
								&& other.contains(bare) && VOCABULARY.mentions("title", other))
						.findFirst();
					if (whole.isPresent()) {
						return titled(whole.get());
					}
				}
				boolean yearAbove = previous != null && StatedPeriods.in(ProseFigures.nfkc(line)).isEmpty()
						&& BARE_FISCAL_YEAR.matcher(ProseFigures.nfkc(previous).strip()).matches();
				// 令和６年度 on the line above 秋葉区区政運営方針: a title printed over two lines
				return yearAbove ? previous.strip() + " " + titled(line) : titled(line);
			}
			previous = line;
			if (++seen >= 4) {
				break;
			}
		}
		int read = 0;
		for (Block block : model.blocks()) {
			// a web page's menus and breadcrumbs before it: the page's own heading (# 経済観光局 令和6年度 局運営方針)
			if (block instanceof Heading heading && VOCABULARY.mentions("title", heading.title()) && heading.title().length() <= 60) {
				return heading.title();
			}
			if (++read >= 20) {
				break;
			}
		}
		// a page copied from a browser, its menus one item a line, or a newsletter's masthead: then the title naming a
		// policy and its year, on its line or alone on the line above (令和６年度 / 岩槻区運営方針)
		List<String> opening = model.source().lines().stream().filter(line -> !line.isBlank()).limit(60).map(String::strip).toList();
		for (int i = 0; i < opening.size(); i++) {
			String line = opening.get(i);
			if (line.length() > 60 || !VOCABULARY.mentions("title", line) || isBreadcrumbs(line)
					|| runningHead(model, line) && titledBelow(model, line)) {
				continue;
			}
			if (!StatedPeriods.in(ProseFigures.nfkc(line)).isEmpty()) {
				return line;
			}
			if (i > 0 && BARE_FISCAL_YEAR.matcher(ProseFigures.nfkc(opening.get(i - 1))).matches()) {
				return opening.get(i - 1) + "　" + line;
			}
		}
		return first;
	}

	private static String firstLine(Block block) {
		if (block instanceof ListItem) {
			// ・部局の運営方針 in a page's menu: a link to the list of statements, never this one's title
			return null;
		}
		if (block instanceof Paragraph paragraph) {
			return paragraph.lines().isEmpty() ? null : paragraph.lines().get(0).strip();
		}
		if (block instanceof Table table) {
			// a form's first row drawn empty (its frame's top): the first row with text, its filled cells
			return table.rows().stream()
				.map(row -> String.join("　", row.stream().map(cell -> cell.text().strip()).filter(text -> !text.isEmpty()).toList()))
				.filter(text -> !text.isEmpty())
				.findFirst()
				.orElse(null);
		}
		if (block instanceof Heading heading) {
			return heading.text().strip();
		}
		return block.text().strip();
	}

	private static String mission(DocumentModel model) {
		String stated = mission(model, false);
		// a form's label spanning the columns before its value (部の使命 | | …), read only where nothing else states it
		return stated != null ? stated : mission(model, true);
	}

	private static String mission(DocumentModel model, boolean spanned) {
		for (String concept : List.of("mission", "vision")) {
			List<Block> blocks = model.blocks();
			for (int i = 0; i < blocks.size(); i++) {
				Block block = blocks.get(i);
				if (block instanceof Heading heading && isLabelled(concept, heading.title())) {
					// ２　葵区の将来像と区役所の使命 over 区の将来像: a part holding the labelled parts, each stated under its own
					Optional<String> next = nextText(blocks, i + 1).filter(text -> !ANNOUNCES.matcher(text.strip()).matches())
						.filter(text -> !isLabelled("mission", text.strip()) && !isLabelled("vision", text.strip()))
						.filter(StatementModel::statesSomething);
					if (next.isPresent()) {
						return next.get();
					}
				}
				if (block instanceof Field field && isLabelled(concept, field.label()) && statesSomething(field.value())) {
					return field.value().strip();
				}
				if (block instanceof Table table) {
					// │部の使命│市民に信頼される…│: a form's row, its label in the first cell
					List<List<Cell>> rows = table.rows();
					for (int r = 0; r < rows.size(); r++) {
						List<Cell> row = spanned ? filledAfterLabel(rows.get(r)) : rows.get(r);
						if (isLabelAndValue(row) && isLabelled(concept, row.get(0).text()) && !row.get(0).text().contains("\n")
								&& !row.get(1).text().isBlank() && (!spanned || row.get(1).text().strip().length() >= MIN_SPANNED_MISSION)) {
							List<String> lines = new ArrayList<>(List.of(row.get(1).text().replace("\n", "").strip()));
							// 局の使命⇥…市民一人ひとりに over ⇥寄り添った…目指します。: the value's lines, a row each
							for (int k = r + 1; k < rows.size() && rows.get(k).get(0).text().isBlank() && !lines.get(lines.size() - 1).endsWith("。"); k++) {
								// the value's next line under the label's empty cell (and under the cells its label spans)
								List<Cell> next = spanned ? rows.get(k).stream().skip(1).filter(cell -> !cell.text().isBlank()).toList()
										: isLabelAndValue(rows.get(k)) ? rows.get(k).subList(1, 2) : List.of();
								if (next.size() != 1 || next.get(0).text().isBlank()) {
									break;
								}
								lines.add(next.get(0).text().strip());
							}
							if (r == rows.size() - 1 && !lines.get(lines.size() - 1).endsWith("。") && i + 1 < blocks.size()
									&& blocks.get(i + 1) instanceof Paragraph after && after.lines().size() == 1
									&& after.lines().get(0).strip().endsWith("。")) {
								// …とと over もに、…つくります。 set apart from the form by the box beside it: the sentence's end
								lines.add(after.lines().get(0).strip());
							}
							return String.join("", lines);
						}
					}
				}
				if (block instanceof Paragraph paragraph && !(paragraph.lines().size() >= MIN_CONTENTS && underContents(blocks, i))) {
					List<String> lines = paragraph.lines();
					for (int line = 0; line + 1 < lines.size(); line++) {
						// 区の目標・使命 over 区の目標（何をめざすのか）: a heading over the labels, no label of a value
						if (isLabelled(concept, lines.get(line)) && !isLabelled("mission", lines.get(line + 1))
								&& !isLabelled("vision", lines.get(line + 1))) {
							// 区政運営の基本理念 over 区民の命と暮らしを守り、 / 誰もが…: the sentence its lines go on with
							StringBuilder value = new StringBuilder(lines.get(line + 1).strip());
							for (int k = line + 2; k < lines.size() && !value.toString().endsWith("。")
									&& !isLabelled(concept, lines.get(k)) && !lines.get(k).strip().matches("^[(（〜～].*")
									&& !(k + 1 < lines.size() && AS_OF_LINE.matcher(lines.get(k + 1).strip()).matches()); k++) {
								// 岩槻区のすがた over （令和６年４月１日現在）: the next part's label, dated
								value.append(lines.get(k).strip());
							}
							if (value.length() <= 10 && !value.toString().endsWith("。")) {
								// このページの目次 … 区の目標・使命 over 区の概要: a contents list names parts, states none
								continue;
							}
							return value.toString();
						}
					}
					if (lines.size() == 1 && isLabelled(concept, lines.get(0))) {
						Optional<String> next = nextText(blocks, i + 1).filter(StatementModel::statesSomething);
						if (next.isPresent()) {
							return next.get();
						}
					}
				}
			}
		}
		return null;
	}

	private static final int MIN_CONTENTS = 3;

	/** 目次 alone over 消防本部の使命 / 組織の概要 / …: the parts a contents list names, no mission stated. */
	private static boolean underContents(List<Block> blocks, int i) {
		if (i == 0) {
			return false;
		}
		Block above = blocks.get(i - 1);
		String text = above instanceof Heading heading ? heading.title()
				: above instanceof Paragraph paragraph && paragraph.lines().size() == 1 ? paragraph.lines().get(0) : "";
		return CONTENTS.matcher(text.strip()).matches();
	}

	private static final java.util.regex.Pattern CONTENTS = java.util.regex.Pattern.compile("^(?:目\\s*次|もくじ|目次・構成|Contents)$");

	/** How long a form's label alone on its line is, at the most (関連する計画). */
	private static final int MAX_FORM_LABEL = 6;

	/** １　部の使命 over 3 in a copied contents list: the page it is on, no mission. */
	private static boolean statesSomething(String value) {
		return !value.isBlank() && !value.strip().matches("[0-9０-９]{1,3}");
	}

	private static boolean isLabelled(String concept, String text) {
		String label = text.strip().replaceAll("[（(][^）)]*[）)]", "");
		if (label.length() > 24 || label.contains("。") || !VOCABULARY.mentions(concept, label)) {
			return false;
		}
		// 区の将来像 labels what follows; 区の将来像の実現に向けて is a headline that only names it
		String key = labelKey(label);
		return VOCABULARY.words(concept).stream().map(StatementModel::labelKey).filter(word -> !word.isEmpty())
			.anyMatch(word -> key.contains(word) && key.length() - (key.lastIndexOf(word) + word.length()) <= 2);
	}

	/**
	 * The lines up to the end of the first paragraph the page's wrapping was joined into, joined: the next paragraph
	 * (本方針は、…を定めるものです。) says something else.
	 */
	/** また、, そのため、, さらに: a sentence that goes on from the one before, in the same paragraph. */
	private static final Pattern GOES_ON = Pattern.compile("^(?:また|さらに|そのため|このため|あわせて|併せて|加えて|そして|特に|なお)[、，,]?");

	private static String firstParagraph(Paragraph paragraph) {
		List<String> lines = paragraph.lines();
		int widest = lines.stream().mapToInt(line -> org.govreview.readers.text.DisplayWidth.of(line.strip())).max().orElse(0);
		List<String> kept = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			kept.add(line);
			// a line the page's wrapping was joined into: a paragraph of its own
			boolean joined = i + 1 < paragraph.lineLocations().size()
					&& paragraph.lineLocations().get(i + 1).line() - paragraph.lineLocations().get(i).line() > 1;
			// a sentence ending short of the lines' width ends its paragraph, unless the next goes on from it (また、…)
			boolean ended = kept.size() >= 2 && org.govreview.readers.text.DisplayWidth.of(line) * 10 < widest * 8
					&& i + 1 < lines.size() && !GOES_ON.matcher(lines.get(i + 1).strip()).lookingAt();
			if (i + 1 < lines.size() && line.endsWith("。") && (joined || ended)) {
				break;
			}
		}
		return String.join("", kept);
	}

	private static Optional<String> nextText(List<Block> blocks, int from) {
		if (from < blocks.size() && blocks.get(from) instanceof Paragraph paragraph && paragraph.lines().size() >= 2
				&& paragraph.lines().stream().allMatch(line -> line.strip().length() <= MAX_FORM_LABEL && LABEL_LINE.matcher(line.strip()).matches())) {
			// 課の使命 over 職員数 / 関連する計画: the form's next labels, its values printed elsewhere
			return Optional.empty();
		}
		if (from < blocks.size() && blocks.get(from) instanceof Paragraph paragraph) {
			String text = String.join("", paragraph.lines().stream().map(String::strip).toList());
			String second = paragraph.lines().size() > 1 ? paragraph.lines().get(1) : "";
			if (second.startsWith("　") && !second.startsWith("　　") && second.strip().endsWith("。") && second.strip().length() > 40
					&& !paragraph.lines().get(0).contains("。") && !paragraph.lines().get(0).strip().endsWith("、")
					&& paragraph.lines().get(0).strip().length() <= 60) {
				// ふるさと壬生を愛し、…人づくり then 　この基本理念の下、…: an indented line starts a paragraph of its own
				return Optional.of(paragraph.lines().get(0).strip());
			}
			if ((LEAD_IN.matcher(text).find() || ANNOUNCES.matcher(text.strip()).matches()) && from + 1 < blocks.size()
					&& blocks.get(from + 1) instanceof Paragraph) {
				// …区の将来像を次のとおり掲げています。, 次の基本理念のもとに運営を行います。 then the vision itself
				return nextText(blocks, from + 1);
			}
			return Optional.of(firstParagraph(paragraph));
		}
		if (from < blocks.size() && blocks.get(from) instanceof Table line && line.rows().size() == 1 && line.headerRows() == 0) {
			// 川と緑の魅力が活きる　心と心の通うまち　花見川区: one line whose phrases stand a space apart, as a slide sets
			// a vision
			return Optional.of(String.join("　", line.rows().get(0).stream().map(Cell::text).map(String::strip)
				.filter(cell -> !cell.isEmpty()).toList()));
		}
		return Optional.empty();
	}

	/** The tables whose figures a ※ note right under them dates (※　病床数…は、令和７年３月１日現在。), with the note. */
	private static Map<Block, String> datedByNoteBelow(List<Block> blocks) {
		Map<Block, String> dated = new HashMap<>();
		for (int i = 0; i + 1 < blocks.size(); i++) {
			if (blocks.get(i) instanceof Table table && table.columnCount() == 2 && blocks.get(i + 1) instanceof ListItem note
					&& note.marker().startsWith("※")) {
				String text = ProseFigures.nfkc(note.body());
				List<StatedPeriods.Period> periods = StatedPeriods.in(text);
				if (periods.size() == 1 && text.substring(periods.get(0).end()).matches("^\\s*(?:現在|時点).*")) {
					dated.put(table, note.body());
				}
			}
			for (int k = i + 1; blocks.get(i) instanceof Table table && k < Math.min(blocks.size(), i + 1 + NOTES_BELOW)
					&& note(blocks.get(k)) != null; k++) {
				if (EACH_YEAR_AS_OF.matcher(ProseFigures.nfkc(note(blocks.get(k)))).find()) {
					// 区分 | 令和５年度 | 令和６年度 over ※人数・台数は各年度４月１日現在: each year's figure as of that day
					dated.putIfAbsent(table, note(blocks.get(k)));
				}
			}
		}
		return dated;
	}

	/** ※人数は各年度４月１日現在, as a list's item or as a paragraph that opens with the mark: the note's text; else null. */
	private static String note(Block block) {
		if (block instanceof ListItem note && note.marker().startsWith("※")) {
			return note.body();
		}
		if (block instanceof Paragraph paragraph && !paragraph.lines().isEmpty() && paragraph.lines().get(0).strip().startsWith("※")) {
			return String.join("", paragraph.lines().stream().map(String::strip).toList()).substring(1);
		}
		return null;
	}

	private static final int NOTES_BELOW = 3;

	/** 資料：住民基本台帳 set far out beside a caption: where the figures come from. */
	private static final Pattern SOURCE_BESIDE = Pattern.compile("\\s{2,}(?:資料|出典|出所)\\s*[:：].*$");

	private static final Pattern EACH_YEAR_AS_OF = Pattern.compile("各年度?\\s*\\d{1,2}\\s*月\\s*(?:\\d{1,2}\\s*日|末)\\s*(?:現在|時点)");

	/** （単位：千円）: the unit of the bare figures of the table below. */
	private static final Pattern UNIT_CAPTION = Pattern.compile("^\\(単位[:：]\\s*([^()]{1,6})\\)$");

	/** 予算（単位：千円）: a heading that gives the unit of the bare figures of the table below. */
	private static final Pattern UNIT_AFTER_TITLE = Pattern.compile("\\(単位[:：]\\s*([^()]{1,6})\\)$");

	/** 当院は、次の使命の下、…取り組む。: a sentence that says the mission follows, no mission itself. */
	private static final java.util.regex.Pattern ANNOUNCES = java.util.regex.Pattern.compile("^[^。]*次の[^。]{0,12}(?:下|もと|とおり|ように)[^。]*。$");

	/** 次のとおり掲げています。: a sentence that announces what follows it. */
	private static final java.util.regex.Pattern LEAD_IN = java.util.regex.Pattern.compile("(?:次|以下)のとおり[^。]{0,12}。$");

	private void findIssueHeadings(Section section) {
		List<Section> children = section.children();
		for (int c = 0; c < children.size(); c++) {
			Section child = children.get(c);
			Heading heading = child.heading();
			Heading after = c + 1 < children.size() ? children.get(c + 1).heading() : null;
			if (labelledIssue(heading) || heading.scheme() == NumberingScheme.LABELLED && !heading.number().isBlank()
					&& !heading.title().isBlank() && VOCABULARY.is("action", heading.label()) && holdsActions(child)) {
				// 戦略１ プラスチック資源化の拡大… over its 〈取組〉: outside any issue, a strategy is the issue
				this.issueHeadings.add(heading);
				if (labelledIssue(heading) && !holdsActions(child) && child.children().isEmpty() && leadingBullets(child) >= 2) {
					// 柱１ 地域で支え合う… over ・ … ・ …, then ▶ 指標: its actions, bulleted without a label
					this.unlabelledActions.add(heading);
				}
				else if (labelledIssue(heading) && !holdsActions(child)) {
					// 柱１ 地域で支え合う… over ○ … ○ …, which read as headings of their own: its actions
					symbolsAfter(heading).ifPresent(marker -> {
						this.unlabelledActions.add(heading);
						this.actionMarkers.put(heading, marker);
					});
				}
				continue;
			}
			findIssueHeadings(child);
			boolean numbered = (NUMBERED.contains(heading.scheme()) || markdownNumbered(heading))
					&& heading.scheme() != NumberingScheme.LABELLED
					&& !isPart(heading.title())
					&& child.descendants().skip(1).noneMatch(d -> this.issueHeadings.contains(d.heading()));
			if (numbered && (holdsActions(child) || after != null && after.scheme() == NumberingScheme.BRACKETED
					&& isActionLabel(after.title()) && child.children().isEmpty())) {
				// ### 1 脱炭素… then **主な取組** set at the same level: the label opens the issue's actions all the same
				this.issueHeadings.add(heading);
			}
			else if (numbered && !this.issuesLabelled && section.heading() != null && namesIssues(section.heading().title())
					&& (bulletsOnly(child) || subheadingsOnly(child) || bulletRun(child))) {
				// 重点課題 → 1 安全・安心 → ・…: an issue whose actions follow its heading without a label
				this.issueHeadings.add(heading);
				this.unlabelledActions.add(heading);
			}
		}
	}

	private static boolean namesIssues(String title) {
		return title.length() <= 24 && (VOCABULARY.mentions("issue", title) || VOCABULARY.mentions("action", title));
	}

	/**
	 * A section whose own text is paragraphs and fields, under two or more headings of one lower numbering (ア, イ, ウ):
	 * （１）脱炭素社会の実現 → ア 住宅・事業所の省エネルギー化への支援 → its prose.
	 */
	private static boolean subheadingsOnly(Section section) {
		List<Section> children = section.children();
		return children.size() >= 2
				&& children.stream().map(child -> child.heading().kind()).distinct().count() == 1
				&& children.stream().allMatch(child -> child.children().isEmpty()
						&& SUBHEADINGS.contains(child.heading().scheme()) && !isPart(child.heading().title()))
				&& section.blocks().stream().allMatch(block -> block instanceof Paragraph || block instanceof Field);
	}

	private static final Set<NumberingScheme> SUBHEADINGS = Set.of(NumberingScheme.KATAKANA,
			NumberingScheme.PARENTHESISED_KATAKANA, NumberingScheme.CIRCLED, NumberingScheme.LETTER);

	/** 〜子育て・教育〜, ～みんなでつくる～: a subtitle between waves. */
	private static final java.util.regex.Pattern SUBTITLE = java.util.regex.Pattern.compile("^[〜～~].{1,30}[〜～~]$");

	/** The marker of two or more headings of one symbol (○ …, ○ …) right after the heading, if they follow it. */
	private Optional<String> symbolsAfter(Heading heading) {
		List<Block> blocks = this.model.blocks();
		int at = -1;
		for (int b = 0; b < blocks.size() && at < 0; b++) {
			at = blocks.get(b) == heading ? b : -1;
		}
		if (at >= 0 && at + 1 < blocks.size() && blocks.get(at + 1) instanceof Paragraph subtitle
				&& SUBTITLE.matcher(subtitle.text().strip()).matches()) {
			// 重点取組① 子どもの未来を育む over 〜子育て・教育〜: the slide's subtitle, then its bullets
			at++;
		}
		if (at < 0 || at + 2 >= blocks.size() || !(blocks.get(at + 1) instanceof Heading first)
				|| first.scheme() != NumberingScheme.SYMBOL) {
			return Optional.empty();
		}
		return blocks.get(at + 2) instanceof Heading second && second.scheme() == NumberingScheme.SYMBOL
				&& second.label().equals(first.label()) ? Optional.of(first.label()) : Optional.empty();
	}

	/** How many bulleted items (not ※ notes) open the section, before anything else. */
	private static int leadingBullets(Section section) {
		int count = 0;
		for (Block block : section.blocks()) {
			if (!(block instanceof ListItem item) || item.marker().startsWith("※")) {
				break;
			}
			count++;
		}
		return count;
	}

	/** A section of two or more bulleted items and nothing but them. */
	private static boolean bulletsOnly(Section section) {
		List<Block> blocks = section.blocks();
		return section.children().isEmpty() && blocks.size() >= 2 && blocks.stream()
			.allMatch(block -> block instanceof ListItem item && !item.marker().startsWith("※"));
	}

	/** Prose, one run of two or more bullets, prose: the measures a section of a speech sets out between its words. */
	private static boolean bulletRun(Section section) {
		List<Block> blocks = section.blocks();
		int first = -1;
		int last = -1;
		for (int b = 0; b < blocks.size(); b++) {
			Block block = blocks.get(b);
			if (block instanceof ListItem item && !item.marker().startsWith("※")) {
				first = first < 0 ? b : first;
				last = b;
			}
			else if (!(block instanceof Paragraph)) {
				return false;
			}
		}
		return section.children().isEmpty() && first >= 0 && last - first >= 1
				&& blocks.subList(first, last + 1).stream().allMatch(block -> block instanceof ListItem);
	}

	private static boolean labelledIssue(Heading heading) {
		// 運営方針１ 災害に強く…: a numbered 方針 qualified before it (the heading's label is the word it ends in)
		return heading.scheme() == NumberingScheme.LABELLED && (VOCABULARY.is("issue", heading.label())
				|| heading.label().equals("方針") && !heading.number().isBlank() && !heading.title().isBlank());
	}

	private static boolean holdsActions(Section section) {
		for (Section child : section.children()) {
			// (2) 予算 with its 主な事業: what the budget pays for, no actions of the section above
			Heading heading = child.heading();
			if (heading.scheme() != NumberingScheme.LABELLED && isActionLabel(heading.title())
					|| !isOtherPart(heading.title()) && holdsActions(child)) {
				return true;
			}
		}
		for (Block block : section.blocks()) {
			if (block instanceof Heading heading && heading.scheme() != NumberingScheme.LABELLED
					&& isActionLabel(heading.title())) {
				return true;
			}
			if (block instanceof Field field && isActionLabel(field.label())) {
				return true;
			}
			if (block instanceof Paragraph paragraph && isActionLabel(paragraph.text())) {
				return true;
			}
		}
		return false;
	}

	private static String labelKey(String text) {
		return ProseFigures.nfkc(text).strip().replaceAll("[【】\\[\\]〔〕<>＜＞:：()（）「」\\s]", "");
	}

	static boolean isActionLabel(String text) {
		// 今年度の主な取組, 令和6年度の主な取組: the actions of the statement's year
		String key = labelKey(text).replaceFirst("^(?:今年度|本年度|当年度|(?:令和|平成)?\\d{1,4}年度)の", "");
		// こんなことに取り組みます, 次のことに取り組みます: a newsletter's words for the same label
		return !key.isEmpty() && (VOCABULARY.is("action", key) || key.matches("^(?:こんな|次の|以下の)ことに取り組みます$"));
	}

	static boolean isOtherPart(String text) {
		String key = labelKey(text.replaceAll("[（(][^）)]*[）)]$", ""));
		return !key.isEmpty() && VOCABULARY.is("other-part", key);
	}

	private static boolean isPart(String text) {
		return isActionLabel(text) || isOtherPart(text);
	}

	/** 目標：災害に強いまちづくり right over a table of its actions (a paragraph between them at most): an issue. */
	private static Set<Block> issueFields(List<Block> blocks) {
		Set<Block> fields = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
		for (int b = 0; b < blocks.size(); b++) {
			if (blocks.get(b) instanceof Field field && VOCABULARY.is("issue", field.label())
					&& !field.value().isBlank() && field.value().strip().length() <= 60 && !field.value().contains("。")) {
				int next = b + 1;
				while (next < blocks.size() && next <= b + 2 && blocks.get(next) instanceof Paragraph) {
					next++;
				}
				if (next < blocks.size() && blocks.get(next) instanceof Table table && actionNameColumn(table) >= 0) {
					fields.add(field);
				}
			}
		}
		return fields;
	}

	/** The column a table of actions names them in (取組名, 事業名, 取組): -1 when it has no header naming one. */
	private static int actionNameColumn(Table table) {
		if (table.headerRows() == 0 || table.header().size() < 2
				|| table.header().stream().anyMatch(cell -> cell.strip().length() > 20 || cell.strip().matches("^[①-⑳・].*"))) {
			// 主な取組 | ①地域包括支援センターの…: a label and its first action, no header of columns
			return -1;
		}
		List<String> header = table.header();
		for (int c = 0; c < header.size(); c++) {
			String key = labelKey(header.get(c));
			if (key.matches("^(?:取組|事業|施策)名?$|^(?:主な)?取組(?:項目)?$|^具体的な?取組(?:内容)?$")) {
				return c;
			}
		}
		return -1;
	}

	/**
	 * 重点目標１ … over 目標 | 取組内容 | 指標 | R5実績: the heading's actions, a sentence a row, the goals beside them no
	 * issues of their own; whether the table was read so.
	 */
	private boolean sentencedActions(String issue, Table table) {
		if (issue == null || !this.headingIssuesRead) {
			return false;
		}
		List<String> actions = actionSentences(table);
		for (String action : actions) {
			action(issue, action);
		}
		return !actions.isEmpty();
	}

	/** 取組内容 | …: the column's cells when most end a sentence (…を行う。), each an action; none otherwise. */
	private static List<String> actionSentences(Table table) {
		if (table.headerRows() == 0) {
			return List.of();
		}
		int column = -1;
		for (int c = 0; c < table.header().size(); c++) {
			String key = labelKey(table.header().get(c));
			if (key.matches("^(?:主な)?取組(?:の)?内容$")) {
				column = c;
			}
			else if (VOCABULARY.is("action", key)) {
				// 主な取組 | 取組内容: the actions are named in a column of their own, the contents say what each does
				return List.of();
			}
		}
		List<String> cells = new ArrayList<>();
		for (List<Cell> row : table.body()) {
			Table.cell(row, column).map(cell -> cell.replace("\n", "").strip()).filter(cell -> !cell.isEmpty()).ifPresent(cells::add);
		}
		long sentences = cells.stream().filter(cell -> cell.endsWith("。")).count();
		return column < 0 || sentences < 2 || sentences * 4 < cells.size() * 3 ? List.of() : cells;
	}

	/** The actions a table names in a column; a row that leaves the department empty goes on with the row above. */
	private static List<String> actionNames(Table table, int named) {
		// …一括 / 回収の…準備: the name wrapped onto a row of its own
		int owner = table.column(List.of("所管", "担当")).orElse(-1);
		List<String> names = new ArrayList<>();
		for (List<Cell> row : table.body()) {
			Optional<String> name = Table.cell(row, named);
			boolean continued = owner >= 0 && !names.isEmpty() && Table.cell(row, owner).isEmpty();
			if (name.isPresent() && continued) {
				names.set(names.size() - 1, names.get(names.size() - 1) + name.get());
			}
			else if (name.isPresent()) {
				names.add(name.get());
			}
		}
		return names;
	}

	private static boolean isItem(Heading heading) {
		return switch (heading.scheme()) {
			case CIRCLED, PARENTHESISED_NUMBER, KATAKANA, PARENTHESISED_KATAKANA, DOTTED -> true;
			default -> false;
		};
	}

	/** 指標　地域運営委員会の設置数: a heading that names an indicator. */
	private static final Pattern INDICATOR_NAMED = Pattern.compile("^([^\\s:：]{1,6})[\\s:：]+(\\S.{1,40})$");

	/** 指標：待機児童数: a short label, then the name it labels. */
	private static final Pattern LABELLED_NAME = Pattern.compile("^([^：:]{1,6})[：:]\\s*\\S");

	/** Two cells a row, the first 指標：<name> in every row: lines of indicators set out like a table. */
	private static boolean indicatorLines(Table table) {
		return table.columnCount() == 2 && !table.rows().isEmpty() && table.rows().stream().allMatch(row -> {
			java.util.regex.Matcher label = LABELLED_NAME.matcher(Table.cell(row, 0).orElse(""));
			return label.find() && VOCABULARY.is("indicator", label.group(1));
		});
	}

	/** The blocks in order: issues and their actions; statistics everywhere. */
	private void walk() {
		TableFigures tables = new TableFigures(VOCABULARY, this.statistics);
		ProseFigures prose = new ProseFigures(VOCABULARY, this.statistics, this.findings);
		String issue = null;
		int issueLevel = 0;
		boolean acting = false;
		boolean unlabelled = false;
		String pending = null;
		String actionMarker = null;
		int nameLine = -1;
		Heading actionHeading = null;
		String caption = null;
		Table headerOnly = null;
		Set<Block> issueFields = issueFields(this.model.blocks());
		List<Block> walked = cards(withHeaderRows(this.model.blocks()));
		Map<Block, String> datedBelow = datedByNoteBelow(walked);
		Block listedAbove = null;
		Block previous = null;
		Table lastTable = null;
		for (Block block : walked) {
			Block above = previous;
			previous = block;
			if (block instanceof Table headed && headed.headerRows() > 0 && headed.body().isEmpty()
					&& Table.namesColumns(headed.rows().get(0))
					&& headed.rows().get(0).stream().noneMatch(cell -> cell.text().matches("(?s).*[0-9０-９].*"))) {
				// 主な戦略 | 具体的取組 | 所管 over rows printed apart, a blank line between them: the header they go under
				headerOnly = headed;
				continue;
			}
			if (block instanceof Table rows && rows.headerRows() == 0 && headerOnly != null
					&& rows.columnCount() == headerOnly.columnCount()) {
				List<List<Cell>> headed = new ArrayList<>(headerOnly.rows());
				headed.addAll(rows.rows());
				block = headerOnly.withRows(headed, headerOnly.headerRows());
			}
			else if (!(block instanceof Table)) {
				headerOnly = block instanceof Heading ? null : headerOnly;
			}
			if (block instanceof Table table) {
				lastTable = table;
			}
			String location = block.location().toString();
			caption = block instanceof Heading heading ? heading.title()
					: block instanceof Table ? caption : null;
			if (block instanceof Paragraph lines && !lines.lines().isEmpty()
					&& SOURCE_BESIDE.matcher(ProseFigures.nfkc(lines.lines().get(lines.lines().size() - 1)).strip()).replaceFirst("")
						.matches("^(?:[^。]{1,20}[（(])?各年度?\\s*\\d{1,2}\\s*月.{0,24}(?:現在|時点)[^。]{0,20}$")) {
				// 表１　人口・世帯の推移（各年３月末現在）　　資料：住民基本台帳: the caption, its source set beside it
				// 人口・世帯の推移 then 各年3月31日現在 run into one paragraph, or 人口の推移（各年１月１日現在）: the day the
				// years of the table below are as of
				caption = lines.lines().get(lines.lines().size() - 1);
			}
			if (block instanceof Paragraph dated && dated.lines().size() > 1 && AS_OF_LINE
				.matcher(ProseFigures.nfkc(dated.lines().get(dated.lines().size() - 1)).strip()).matches()) {
				// 岩槻区のすがた / （令和６年４月１日現在） run on from the lines above: the day the figures below are as of
				prose.section(dated.lines().get(dated.lines().size() - 1));
			}
			if (block instanceof Field field
					&& AS_OF_LINE.matcher(ProseFigures.nfkc(field.value()).strip()).matches()) {
				// 【区の概況】（令和６年１月１日現在）: a section's label and the date its figures are as of
				prose.section(field.value());
				continue;
			}
			if (block instanceof Paragraph note && note.lines().size() == 1
					&& ProseFigures.nfkc(note.text()).strip().matches("^\\((?:ここから)?表[^()]*(?:現在|時点)[^()]*\\)$")) {
				// （ここから表です。…2024年4月1日現在の数値です。…）: a text version's words before a table, and its date
				prose.section(note.text());
				continue;
			}
			if (block instanceof Table captionRow && captionRow.rows().size() == 1 && captionRow.headerRows() == 0) {
				// 表４　主な事業の当初予算額⇥（単位：千円）: a caption with its unit set to the right, read as a row
				List<Cell> cells = captionRow.rows().get(0).stream().filter(cell -> !cell.text().isBlank()).toList();
				Matcher right = cells.size() >= 2 ? UNIT_CAPTION.matcher(ProseFigures.nfkc(cells.get(cells.size() - 1).text()).strip()) : null;
				if (right != null && right.matches()) {
					tables.captionUnit(right.group(1).strip());
					continue;
				}
			}
			Matcher unit = block instanceof Paragraph one ? UNIT_CAPTION.matcher(ProseFigures.nfkc(one.lines().get(one.lines().size() - 1)).strip()) : null;
			if (unit != null && unit.matches()) {
				// （単位：千円） over a table of bare figures, perhaps on the line under its caption: their unit
				tables.captionUnit(unit.group(1).strip());
				if (block instanceof Paragraph one && one.lines().size() == 1) {
					continue;
				}
			}
			else if (!(block instanceof Table) && !(block instanceof Heading group && group.scheme() == NumberingScheme.SYMBOL
					&& lastTable != null && group.location().line() == lastTable.location().line())) {
				// ■道路・橋梁, a group's row across the table the caption stands over (read from the same line), keeps its unit
				Matcher headed = block instanceof Heading heading ? UNIT_AFTER_TITLE.matcher(ProseFigures.nfkc(heading.title()).strip())
						: block instanceof Field numbered && ProseFigures.nfkc(numbered.label()).strip().matches("表\\s*\\d{1,2}")
								// 【表２】当初予算の状況　　（単位：千円）: a numbered table's caption in brackets, its unit at the right
								? UNIT_AFTER_TITLE.matcher(ProseFigures.nfkc(numbered.value()).strip())
						: block instanceof Paragraph captioned && captioned.lines().size() == 1
								&& ProseFigures.nfkc(captioned.text()).strip().matches("^表\\s*\\d{1,2}.*|^[^。]{2,40}$")
										? UNIT_AFTER_TITLE.matcher(ProseFigures.nfkc(captioned.text()).strip()) : null;
				// （５）予算（単位：千円）, 表3　…の予算額（単位：千円） or 主な事業の予算（単位：千円） over a table of bare
				// figures: the heading or caption, or
				// the field it ends with, gives their unit
				tables.captionUnit(headed != null && headed.find() ? headed.group(1).strip()
						: block instanceof Field field && ProseFigures.nfkc(field.label()).strip().equals("単位")
								&& ProseFigures.nfkc(field.value()).strip().matches("[^\\s\\d]{1,6}") ? ProseFigures.nfkc(field.value()).strip() : null);
			}
			if (block instanceof Paragraph dated && dated.lines().size() == 1
					&& ProseFigures.nfkc(dated.text()).strip().matches("^[(（]?[^()（）]{4,24}(?:現在|時点)[)）]?(?:[(（][^()（）]{1,20}[)）])?$")) {
				// 令和6年3月31日現在（住民基本台帳）over the figures of 区の概況: the date they are as of
				prose.section(dated.text());
				caption = dated.text();
				continue;
			}
			Matcher indicator = block instanceof Heading named ? INDICATOR_NAMED.matcher(ProseFigures.nfkc(named.title()).strip()) : null;
			if (indicator != null && indicator.matches() && VOCABULARY.is("indicator", indicator.group(1))) {
				// ▶ 指標　地域運営委員会の設置数 over 令和5年度末 9地区 ⇒ …: the name of the figures below
				pending = indicator.group(2).strip();
				continue;
			}
			if (nameLine >= 0 && block instanceof Paragraph name && name.location().line() == nameLine
					&& !name.text().matches("(?s).*[0-9０-９。].*")) {
				// ▶ 指標 with its name beside it in a cell of its own: the name of the figures below
				pending = name.text().strip();
				nameLine = -1;
				continue;
			}
			nameLine = block instanceof Heading named && named.scheme() == NumberingScheme.SYMBOL
					&& VOCABULARY.is("indicator", named.title()) ? named.location().line() : -1;
			if (block instanceof Heading heading) {
				pending = null;
				endMatrix();
				prose.section(lineOf(heading));
				if (this.issueHeadings.contains(heading) && issueTitle(heading.title()).isEmpty()) {
					// 【組織目標１】 over the text of an issue a table above named: that issue
					issue = nthIssue(heading.number());
					issueLevel = heading.level();
					acting = false;
					actionHeading = null;
					continue;
				}
				if (this.issueHeadings.contains(heading)) {
					this.headingIssuesRead = true;
					issue = issueTitle(markdownNumbered(heading)
							? ISSUE_NUMBER.matcher(heading.title()).replaceFirst("") : heading.title());
					this.ids.putIfAbsent(issue, (heading.label() + heading.number()).strip().isEmpty()
							? "課題" + (this.ids.size() + 1) : ProseFigures.nfkc(heading.label() + heading.number()));
					issueLevel = heading.level();
					acting = this.unlabelledActions.contains(heading);
					actionMarker = this.actionMarkers.get(heading);
					unlabelled = acting;
					actionHeading = null;
					prose.read(heading.title(), id(issue), location, null);
					continue;
				}
				if (issue != null && acting && heading.scheme() == NumberingScheme.SYMBOL && heading.label().equals(actionMarker)) {
					// ○ 町内自治会への加入促進と… under 柱１: an action, however it was printed
					action(issue, heading.title());
					continue;
				}
				if (issue != null && acting && isItem(heading) && !isActionLabel(heading.title()) && !isOtherPart(heading.title())) {
					// 【主な取組】 then ① …, ② …: numbered items, whatever level their numbering got
					action(issue, heading.title());
					actionHeading = heading;
					continue;
				}
				boolean nextAction = actionHeading != null && heading.kind().equals(actionHeading.kind())
						&& heading.level() == actionHeading.level() && isItem(heading);
				if (issue != null && heading.level() <= issueLevel && !isPart(heading.title()) && !nextAction
						&& heading.scheme() != NumberingScheme.LABELLED && heading.scheme() != NumberingScheme.BRACKETED) {
					// １－１－２ after １－１－１ and its description is the next action, whatever level it got
					issue = null;
				}
				if (issue == null) {
					if (heading.scheme() == NumberingScheme.SYMBOL) {
						// ▶ 合計特殊出生率は1.02（令和４年）と…: a bulleted sentence outside any issue, its figures stated
						prose.read(heading.title(), null, location, null);
					}
					continue;
				}
				if (heading.scheme() == NumberingScheme.LABELLED && VOCABULARY.is("action", heading.label())) {
					action(issue, heading.title());
					acting = false;
				}
				else if (!acting && actionHeading != null && heading.kind().equals(actionHeading.kind())
						&& heading.level() == actionHeading.level()) {
					action(issue, heading.title());
				}
				else if (isActionLabel(heading.title())) {
					acting = true;
				}
				else if (isOtherPart(heading.title()) || heading.scheme() == NumberingScheme.BRACKETED) {
					acting = false;
				}
				else if (acting) {
					action(issue, heading.title());
					actionHeading = heading;
				}
				continue;
			}
			if (block instanceof Table table && indicatorLines(table)) {
				// 指標：待機児童数 | 現状値 0人（R6.4.1）→ 目標値 0人（R7.4.1）: each line an indicator's name and figures
				for (List<Cell> row : table.rows()) {
					String name = Table.cell(row, 0).orElse("").replaceFirst("^[^：:]{1,6}[：:]\\s*", "");
					pending = prose.read(name + "　" + Table.cell(row, 1).orElse(""), id(issue), location, pending);
				}
				continue;
			}
			String formIssue = block instanceof Table table ? formIssues(table, issue, prose, location) : null;
			if (formIssue != null) {
				// │重点目標①│多様な人材が…│ over │具体的な取組│・…│: a form's rows, an issue and its actions each
				issue = formIssue;
				acting = false;
				continue;
			}
			if (block instanceof Table table) {
				String dated = caption == null || StatedPeriods.in(ProseFigures.nfkc(caption)).isEmpty() ? datedBelow.get(table) : null;
				if (dated != null && tables.read(table, id(issue), dated)) {
					// 区分 | 内容 over ※　病床数…は、令和７年３月１日現在。: the note's date for its figures
					continue;
				}
				if (tables.read(table, id(issue), caption)) {
					// （参考）市全体：38.9％ under the figures of ■ an indicator: the same indicator's
					pending = caption;
					if (!sentencedActions(issue, table) && columns(table.header()) != null) {
						// 施策の柱 | 取組内容 | 指標 | R5実績 | R6目標: the figures read, the issues and actions beside them too
						issueTable(table, prose);
					}
					continue;
				}
				if (sentencedActions(issue, table) || issueTable(table, prose)) {
					continue;
				}
				if (isSchedule(table)) {
					// 取組項目 | 第１四半期 | 第２四半期 …: when each action is done, no actions of their own
					acting = false;
					continue;
				}
				int named = issue != null ? actionNameColumn(table) : -1;
				if (named >= 0 && (acting || named == 0 || labelKey(table.header().get(named)).startsWith("具体的"))) {
					// 〈取組〉 over 取組名 | 内容 | 目標 | 所管課: each row is one action, named in its first column
					for (String name : actionNames(table, named)) {
						// ・…⏎・…: a cell listing several actions, one a bullet
						for (String listed : name.split("\n(?=[・･])")) {
							action(issue, ROW_KEY.matcher(listed.replace("\n", "")).replaceFirst(""));
						}
					}
					for (List<Cell> row : table.body()) {
						for (int c = 0; c < row.size(); c++) {
							if (c != named && !row.get(c).isEmpty()) {
								// 特定健康診査受診率⏎2023年度実績 36.4％ → …: an indicator over its figures in one cell
								prose.read(row.get(c).text().strip().replaceFirst("\n", "："), id(issue), location, null);
							}
						}
					}
					acting = false;
					continue;
				}
				boolean sheet = false;
				boolean sheetLabelled = false;
				for (var row : table.rows()) {
					List<String> cells = row.stream().map(cell -> cell.text().strip()).filter(text -> !text.isEmpty()).toList();
					boolean marked = cells.size() >= 2 && isMarker(cells.get(0));
					boolean labelled = cells.stream().anyMatch(cell -> isActionLabel(cell) || isOtherPart(cell));
					if (sheet && !marked && sheetRow(row, sheetLabelled)) {
						// ①　避難訓練の充実 over 取組内容 | … / 目標（アウトカム指標） | … / 担当 | …: the sheet of the action
						// numbered above it, what it does and measures, no actions of its own
						sheetLabelled = true;
						continue;
					}
					sheet = false;
					if (issue != null && acting && marked) {
						action(issue, cells.get(1));
						sheet = true;
						sheetLabelled = false;
					}
					else if (issue != null && (acting || labelled)) {
						// lines that extraction set side by side as cells: read one after the other
						for (int c = 0; c < cells.size(); c++) {
							String cell = cells.get(c);
							if (isActionLabel(cell)) {
								acting = true;
							}
							else if (isOtherPart(cell)) {
								acting = false;
							}
							else if (acting && SECTION_CELL.matcher(cell).matches()) {
								// ①… | | | 担当 | 地域福祉課: the section in charge beside the action, no action of its own
								continue;
							}
							else if (acting && !LABELLED_VALUE.matcher(cell).matches() && cutShort(issue)
									&& !cell.matches("^[①-⑳・･•□■●○◆◇0-9０-９(（].*")) {
								// ⑤…一体的な運用による over 自立支援の強化: the rest of the action the cell's width cut
								List<String> listed = this.actions.get(issue);
								listed.set(listed.size() - 1, listed.get(listed.size() - 1) + cell.strip());
							}
							else if (acting && !LABELLED_VALUE.matcher(cell).matches()) {
								action(issue, CIRCLED_NUMBER.matcher(DOTTED_NUMBER.matcher(cell).replaceFirst("")).replaceFirst(""));
							}
							else if (!acting && c + 1 < cells.size() && NAME_CELL.matcher(ProseFigures.nfkc(cell)).matches()) {
								// 成果指標 | ＩＨＥＡＴ要員の登録者数 | １８人（R7.3.31現在）: the name of the figures after it, not
								// what the row above was about
								pending = cell;
							}
							else if (!acting) {
								pending = prose.read(cell, id(issue), location, pending);
							}
						}
					}
					else if (!cells.isEmpty()) {
						String text = cells.size() == 1 ? cells.get(0)
								: cells.get(0) + "：" + String.join("　", cells.subList(1, cells.size()));
						pending = prose.read(text, id(issue), location, pending);
					}
				}
				continue;
			}
			if (block instanceof Field field && issueFields.contains(field)) {
				// 総務課 / 目標：災害に強い… over 具体的な取組 | 指標 | …: an issue labelled like a field, its actions below
				issue = issueTitle(field.value());
				this.ids.putIfAbsent(issue, "課題" + (this.ids.size() + 1));
				acting = false;
				actionHeading = null;
				prose.read(field.value(), id(issue), location, null);
				continue;
			}
			if (block instanceof Field field) {
				String unnumbered = field.label().replaceFirst("[\\s　]*[0-9０-９]{1,2}(?:[-－‐][0-9０-９]{1,2}){0,3}$", "");
				if (issue != null && !unnumbered.equals(field.label()) && isActionLabel(unnumbered) && !field.value().isBlank()) {
					// 【具体的取組1-1-1】地域防災計画に基づく防災訓練への支援: one action, numbered, its text below it
					action(issue, field.value());
					acting = false;
					continue;
				}
				if (issue != null && isActionLabel(field.label())) {
					acting = true;
					if (!field.value().isBlank()) {
						action(issue, field.value());
					}
					continue;
				}
				if (isOtherPart(field.label())) {
					acting = false;
				}
				// 指標：待機児童数　現状値 0人（R6.4.1）→ …: the label says what follows, the name is the value's
				String stated = VOCABULARY.is("indicator", field.label()) ? field.value() : field.label() + "：" + field.value();
				pending = prose.read(stated, id(issue), location, pending);
				continue;
			}
			if (block instanceof ListItem item) {
				if (this.drafted != null && item.marker().startsWith("・")) {
					addDraftedAction("・" + item.body(), true);
					continue;
				}
				if (item.marker().startsWith("※")) {
					prose.read(item.body(), id(issue), location, null);
					continue;
				}
				if (issue != null && acting) {
					action(issue, item.body());
					continue;
				}
				pending = prose.read(item.body(), id(issue), location, pending);
				continue;
			}
			if (block instanceof Paragraph paragraph) {
				String text = labelsApart(paragraph.lines());
				if (issue != null && isActionLabel(text)) {
					acting = true;
					continue;
				}
				if (isOtherPart(text)) {
					acting = false;
					continue;
				}
				// right under the label (or the lines listed under it): after an action with a bullet or a mark, a line
				// without one is the rest of that action, not an action of its own
				boolean underLabel = above == listedAbove && above != null
						|| above instanceof Heading heading && isActionLabel(heading.title())
						|| above instanceof Paragraph label && isActionLabel(label.text().strip())
						|| above instanceof Field field && isActionLabel(field.label()) && (field.value().isBlank()
								|| paragraph.lines().stream().allMatch(line -> VERB_FORM.matcher(line.strip()).find()
										|| isOtherPart(line.strip())));
				List<String> listing = paragraph.lines();
				// …を開催する over 成果指標: the label of the next part closes a page's list copied without bullets
				boolean closed = listing.size() >= 2 && isOtherPart(listing.get(listing.size() - 1).strip());
				if (closed) {
					listing = listing.subList(0, listing.size() - 1);
				}
				if (issue != null && acting && underLabel && listedActions(listing)) {
					listedAbove = block;
					// （具体的取組） over lines without bullets, as a word processor's list loses them when saved as
					// text: each line one action
					for (String line : listing) {
						action(issue, line.strip());
					}
					acting = !closed;
					continue;
				}
				List<String> namedLines = figuresUnderName(paragraph.lines());
				if (namedLines != null) {
					// 1人1日当たりごみ排出量 over R4　858g and R5　846g: each line the name's figure of a year
					for (String line : namedLines) {
						prose.read(line, id(issue), location, null);
					}
					continue;
				}
				pending = prose.read(text, id(issue), location, pending);
				if (issue != null && !unlabelled) {
					String tail = labelKey(text.replaceAll("^.*[。]", ""));
					acting = tail.length() < text.length() && VOCABULARY.is("action", tail) || acting && !text.endsWith("。");
				}
			}
		}
		endMatrix();
	}

	/** A label alone on its line between sentences (…まち。 / 課題認識 / 区内の…): a copied page's heading, no subject's start. */
	private static final Pattern LABEL_LINE = Pattern.compile("^[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー・]{2,12}$");

	/** The paragraph's text, a label line between its sentences ended as a sentence of its own. */
	private static String labelsApart(List<String> lines) {
		List<String> run = new ArrayList<>();
		StringBuilder text = new StringBuilder();
		int measure = lines.stream().mapToInt(line -> DisplayWidth.of(line.strip())).max().orElse(0);
		// 環境経済部を取り巻く現状と課題 over 観光・交流 over the sentences: headings far shorter than the paragraph's
		// lines, ending on a noun, over a full line of prose or another such heading, end before the sentence starts
		boolean[] headings = new boolean[lines.size()];
		for (int i = lines.size() - 2; i >= 0; i--) {
			String line = lines.get(i).strip();
			String next = lines.get(i + 1).strip();
			boolean proseNext = DisplayWidth.of(next) * 5 >= measure * 4 && next.matches(".*\\p{IsHiragana}.*");
			headings[i] = DisplayWidth.of(line) * 5 < measure * 3 && Passage.HEADING_END.matcher(line).find() && !line.matches(".*[、。，0-9０-９].*")
					&& (proseNext || headings[i + 1]);
		}
		boolean closed = false;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			boolean opens = i == 0 || closed || lines.get(i - 1).strip().endsWith("。");
			closed = opens && i + 1 < lines.size() && (LABEL_LINE.matcher(line).matches() && lines.get(i + 1).contains("、") || headings[i]);
			if (closed) {
				text.append(Paragraph.joined(run)).append(line).append('。');
				run.clear();
			}
			else {
				run.add(line);
			}
		}
		return text.append(Paragraph.joined(run)).toString().strip();
	}

	/**
	 * A line that names a whole action: a phrase ending in a noun (見直し, まちづくり too), a bracket or a verb's plain
	 * form (…を拡充する, as a page lists what it will do), no sentence, no particle left open.
	 */
	private static final Pattern LISTED_ACTION = Pattern
		.compile("^[^。]{6,60}(?:[\\p{IsHan}\\p{IsKatakana}ー）)」』]|見直し|づくり|仕組み|取り?組み|見守り|学び|働きかけ|支え合い|つながり|する|行う|図る|進める)$");

	/**
	 * Lines that each name a whole action: none a label (目標達成のための取組), none cut by the width of its column (lines
	 * of one length but the last are one paragraph wrapped, whatever they end with).
	 */
	private static boolean listedActions(List<String> lines) {
		List<String> stripped = lines.stream().map(String::strip).toList();
		boolean wrapped = stripped.size() >= 2 && stripped.subList(0, stripped.size() - 1).stream()
			.mapToInt(line -> DisplayWidth.of(line)).distinct().count() == 1 && DisplayWidth.of(stripped.get(0)) >= WRAP_WIDTH
				&& !stripped.stream().allMatch(line -> VERB_FORM.matcher(line).find());
		return !wrapped && stripped.stream().allMatch(line -> LISTED_ACTION.matcher(line).matches()
				&& !LABELLED_VALUE.matcher(line).matches() && !isActionLabel(line) && !isOtherPart(line)
				&& !VOCABULARY.mentions("action", line.substring(Math.max(0, line.length() - 4))));
	}

	/** …を開催する, …を行う: a line ending on a verb's plain form, a whole item of a list (no line a width cut). */
	private static final Pattern VERB_FORM = Pattern.compile("(?:する|行う|図る|進める)$");

	/** How wide, in display columns, a line is at the least to have been cut by its column's width. */
	private static final int WRAP_WIDTH = 40;

	/** 令和６年度, 2024年度 alone: the year a title set over two lines prints on its first. */
	private static final Pattern BARE_FISCAL_YEAR = Pattern.compile("(?:令和|平成)\\s*(?:\\d{1,2}|元)\\s*年度|\\d{4}\\s*年度");

	/** （令和６年１月１日現在）: the date a figure is as of, a line of its own. */
	private static final Pattern AS_OF_LINE = Pattern.compile("^[(（][^()（）]{4,24}(?:現在|時点)[)）]$");

	/**
	 * A slide's key figures, each a card of lines: 人口 / ２８４，５１２人 / （令和６年１月１日現在）. Each card is read as
	 * the field it is (人口：２８４，５１２人（令和６年１月１日現在）), its date its own and no other card's.
	 */
	private static List<Block> cards(List<Block> blocks) {
		List<Block> read = new ArrayList<>();
		for (int i = 0; i < blocks.size(); i++) {
			Block block = blocks.get(i);
			if (block instanceof Field field && isCardFigure(field.value()) && i + 1 < blocks.size()
					&& blocks.get(i + 1) instanceof Paragraph date && date.lines().size() == 1
					&& AS_OF_LINE.matcher(ProseFigures.nfkc(date.text()).strip()).matches()) {
				read.add(new Field(field.label(), field.value().strip() + date.text().strip(), field.location()));
				i++;
				continue;
			}
			if (block instanceof Paragraph card && (card.lines().size() == 2 || card.lines().size() == 3)) {
				List<String> lines = card.lines().stream().map(String::strip).toList();
				boolean dated = lines.size() == 2 || AS_OF_LINE.matcher(ProseFigures.nfkc(lines.get(2))).matches();
				if (dated && lines.get(0).length() <= 12 && !lines.get(0).matches(".*[0-9０-９。、].*") && isCardFigure(lines.get(1))) {
					read.add(new Field(lines.get(0), String.join("", lines.subList(1, lines.size())), card.location()));
					continue;
				}
			}
			read.add(block);
		}
		return read;
	}

	private static boolean isCardFigure(String text) {
		return JapaneseNumbers.value(text.strip()).isNumber();
	}

	/**
	 * The blocks, a table's header row put back where extraction made it a label's value (成果指標 followed by
	 * 指標名⇥令和3年度実績⇥… and rows of as many cells).
	 */
	private static List<Block> withHeaderRows(List<Block> blocks) {
		List<Block> repaired = new ArrayList<>();
		for (int i = 0; i < blocks.size(); i++) {
			Block block = blocks.get(i);
			if (block instanceof Field field && field.value().contains("\t") && i + 1 < blocks.size()
					&& blocks.get(i + 1) instanceof Table table && table.headerRows() == 0 && !table.rows().isEmpty()) {
				List<Cell> header = java.util.Arrays.stream(field.value().split("\t"))
					.map(text -> new Cell(text.strip(), field.location()))
					.toList();
				if (header.size() == table.rows().get(0).size()) {
					List<List<Cell>> rows = new ArrayList<>();
					rows.add(header);
					rows.addAll(table.rows());
					repaired.add(new Field(field.label(), "", field.location()));
					repaired.add(table.withRows(rows, 1));
					i++;
					continue;
				}
			}
			if (block instanceof Table table) {
				int first = table.headerRows();
				while (first < table.rows().size() && !isIssueRow(filledAfterLabel(table.rows().get(first)))) {
					first++;
				}
				if (first > 0 && first < table.rows().size()) {
					// the form's rows about the department (使命, 現状と課題 …) before its first numbered issue
					repaired.add(table.withRows(table.rows().subList(0, first), table.headerRows()));
					repaired.add(table.withRows(table.rows().subList(first, table.rows().size()), 0));
					continue;
				}
			}
			repaired.add(block);
		}
		return repaired;
	}

	/** │部の使命│…│: a form's row of a label and its value, nothing beside them. */
	private static boolean isLabelAndValue(List<Cell> row) {
		return row.size() >= 2 && (row.stream().skip(2).allMatch(cell -> cell.text().isBlank())
				// 部の使命 | 市民一人ひとりが…、…とと | （一般会計当初） | …: a sentence beside its label, a box's cells after it
				|| SENTENCE_VALUE.matcher(row.get(1).text().strip()).find()
				// 重点目標１ | … | 主担当課 | 資源循環推進課: the sections in charge beside the value
				|| row.size() == 4 && SECTIONS_LABEL.matcher(ProseFigures.nfkc(row.get(2).text()).replaceAll("\\s", "")).lookingAt());
	}

	/** A value that is a sentence, not a word: long, and parted by 、 or ended by 。. */
	private static final Pattern SENTENCE_VALUE = Pattern.compile("^[^\\s、。]{4,}、.{12,}|。$");

	private static final Pattern SECTIONS_LABEL = Pattern.compile("^主?(?:担当|所管)(?:課|部|局|部署)?(?:関係課)?$");

	/** The row without the empty cells a spanning cell leaves (部の使命 | | …): its first cell, then what is filled. */
	private static List<Cell> filledAfterLabel(List<Cell> row) {
		if (row.size() < 3 || row.get(0).text().isBlank() || !row.get(1).text().isBlank()) {
			// a row going on from the one above (its first cell empty), or a label with its value beside it: as printed
			return row;
		}
		List<Cell> filled = new ArrayList<>();
		filled.add(row.get(0));
		row.stream().skip(1).filter(cell -> !cell.text().isBlank()).forEach(filled::add);
		// 経営課題１ | | … | 桜区: a sheet's heading over its columns, the name far off at the right, no value
		return filled.size() == 2 && filled.get(1).text().strip().length() < MIN_SPANNED_VALUE ? row : filled;
	}

	private static final int MIN_SPANNED_VALUE = 6;

	/** A mission read from a spanned row is a sentence at least this long, never a label (【主な取組】). */
	private static final int MIN_SPANNED_MISSION = 15;

	private static boolean isIssueRow(List<Cell> row) {
		if (!isLabelAndValue(row)) {
			return false;
		}
		java.util.regex.Matcher numbered = ISSUE_LABEL.matcher(ProseFigures.nfkc(row.get(0).text()).strip());
		return (numbered.matches() && VOCABULARY.is("issue", numbered.group(1)) || isIssueNameLabel(row.get(0).text()))
				&& !row.get(1).text().isBlank() && (!row.get(1).text().contains("\n") || wrappedTitle(row.get(1).text()));
	}

	/** …再生可能エネルギー over の利用の推進 in one cell: a title its cell's width wrapped, no list of lines. */
	private static boolean wrappedTitle(String value) {
		List<String> lines = value.strip().lines().toList();
		return lines.size() == 2 && value.length() <= 60 && !value.contains("。")
				&& lines.get(1).strip().matches("^[\\p{IsHiragana}ー・、）)].*");
	}

	/** 課題名, 重点目標名: a label for the issue's name, its number printed before the name in the value. */
	private static boolean isIssueNameLabel(String label) {
		String key = ProseFigures.nfkc(label).replaceAll("\\s", "");
		return key.endsWith("名") && VOCABULARY.is("issue", key.substring(0, key.length() - 1));
	}

	/** 課題Ⅰ, 重点目標２：: the issue's number before its name, under a label for the name. */
	private static final Pattern NAMED_ISSUE_NUMBER = Pattern
		.compile("^(\\S{1,8}?)[\\s　]*([0-9０-９]{1,2}|[Ⅰ-Ⅻ]|[IVX]{1,4}|[①-⑳])[\\s　:：.．、]+(?=\\S)");

	/** The line a heading was printed on, what stands beside its title included. */
	private String lineOf(Heading heading) {
		int line = heading.location().line();
		List<String> lines = this.model.source().lines();
		return line >= 1 && line <= lines.size() ? lines.get(line - 1) : heading.title();
	}

	/** R4　858g, 2013年度（基準年度） 6,523千t-CO2, 約73.8万kW（令和4年度末）: a year and a figure, or a figure and its year. */
	private static final java.util.regex.Pattern YEAR_FIGURE_LINE = java.util.regex.Pattern.compile(
			"^(?:(?:[RHＲＨ][0-9０-９元]{1,2}|(?:令和|平成)[0-9０-９元]{1,2}年度?|[0-9０-９]{4}年度?)(?:[（(][^（）()]{1,8}[）)])?[\\s　]+[約▲△]?[0-9０-９][^→⇒]*"
					+ "|[約▲△]?[0-9０-９][0-9０-９,，.．万千億]*[^\\s　（(→⇒]{0,6}[（(][^（）()]*(?:年度|年|末|現在)[^（）()]*[）)])$");

	/**
	 * The lines of a paragraph whose first line is an indicator's name and whose other lines each give a year's figure,
	 * each with the name before it as a sentence would state it; null when the paragraph is no such list. Lines that are
	 * neither (a note, a comparison) are left out; a name that comes again starts the next indicator's list.
	 */
	private static List<String> figuresUnderName(List<String> lines) {
		if (lines.size() < 2) {
			return null;
		}
		List<String> stated = new ArrayList<>();
		String name = null;
		for (String raw : lines) {
			// R5　76.2万kW　→　R6　80.0万kW: the figure reached; what the arrow leads to is a target
			String line = ProseFigures.nfkc(raw).strip().replaceFirst("[\\s　]*[→⇒➡].*$", "");
			if (YEAR_FIGURE_LINE.matcher(line).matches()) {
				if (name == null) {
					return null;
				}
				// R4　858g: an era initial leading a figure's line names its fiscal year
				stated.add(name + "　" + line.replaceFirst("^([RH][0-9元]{1,2})(?=[\\s　])", "$1年度"));
			}
			else if (!line.matches(".*[0-9][0-9,.]*\\s*[^0-9\\s]{0,4}$") && line.length() <= 30 && !line.contains("。")
					&& !line.isEmpty()) {
				name = line;
			}
			else if (name == null) {
				return null;
			}
		}
		return stated.isEmpty() ? null : stated;
	}

	private String nthIssue(String number) {
		String digits = ProseFigures.nfkc(number).replaceAll("\\D", "");
		if (digits.isEmpty() || digits.length() > 2) {
			return null;
		}
		int n = Integer.parseInt(digits);
		return n >= 1 && n <= this.ids.size() ? new ArrayList<>(this.ids.keySet()).get(n - 1) : null;
	}

	private String id(String issue) {
		return issue == null ? null : this.ids.get(issue);
	}

	/** The columns of a table of issues, kept while the table goes on over page breaks and split tables. */
	private record Matrix(int columns, int issueColumn, int actionColumn, int indicatorColumn, List<String> header) {
	}

	/** An issue of a table, built row by row: wrapped titles and actions are joined before it is kept. */
	private static final class Drafted {

		final String id;

		final StringBuilder title = new StringBuilder();

		final List<StringBuilder> actions = new ArrayList<>();

		Drafted(String id) {
			this.id = id;
		}
	}

	private Matrix matrix;

	private Drafted drafted;

	private String indicatorName = "";

	private boolean indicatorClosed;

	/**
	 * A table of issues and their actions (重点課題 | 取組 | 担当課; 重点課題 | 課題認識 | 主な取組 | 成果指標), an issue
	 * cell left blank on its later rows, and, as pdftotext -layout prints it, cells wrapped over lines: a numbered
	 * issue starts a new issue and an unnumbered one continues its title, a bulleted action starts a new action and an
	 * unbulleted one continues it, and the indicator column's name lines name the figures under them. A table without
	 * a header continues the table of issues above it when it has as many columns.
	 */
	private boolean issueTable(Table table, ProseFigures prose) {
		List<String> header = table.header();
		Matrix columns = columns(header);
		if (columns == null) {
			if (this.matrix == null || table.headerRows() != 0 || table.columnCount() != this.matrix.columns()) {
				return false;
			}
			columns = this.matrix;
		}
		this.issueTableSeen = true;
		if (this.headingIssuesRead && columns != this.matrix) {
			// 経営課題と主な戦略の体系 after the issues themselves: their outline, in short titles
			this.findings.add(Finding.info(table.location().toString(),
					"a table of issues after the issues' own sections: read as their outline, not as more issues", table.text()));
			return true;
		}
		List<String> names = columns.header();
		int count = columns.columns();
		int actions = columns.actionColumn();
		List<List<Cell>> body = new ArrayList<>();
		for (List<Cell> row : columns == this.matrix ? table.rows() : table.body()) {
			List<String> texts = row.stream().map(cell -> cell.text().strip()).toList();
			if (texts.equals(columns.header().stream().map(String::strip).toList())) {
				continue;
			}
			List<Cell> padded = new ArrayList<>(row);
			if (columns.issueColumn() == 0 && row.size() == count - 1 && !row.get(0).text().isBlank()
					&& this.model.source().fromPdf()
					&& !isNumbered(row.get(0).text())
					&& !row.get(0).text().strip().startsWith("・")) {
				// a blank issue cell that extraction dropped: the row continues the issue above
				padded.add(0, new Cell("", row.get(0).location()));
			}
			while (padded.size() < count && !padded.isEmpty()
					&& (padded.get(0).text().isBlank() || table.layout() == Table.Layout.DELIMITED && !this.model.source().fromPdf())) {
				// a sheet's row saved without its empty last cells keeps its columns
				padded.add(new Cell("", row.get(0).location()));
			}
			body.add(padded);
		}
		boolean bulletedActions = body.stream().anyMatch(row -> bullet(row, actions));
		boolean bulletOutside = body.stream().anyMatch(row -> java.util.stream.IntStream.range(0, row.size())
			.anyMatch(i -> i != actions && !isOtherPart(i < names.size() ? names.get(i) : "") && bullet(row, i)));
		boolean bulletsElsewhere = body.stream().anyMatch(row -> java.util.stream.IntStream.range(0, row.size())
			.anyMatch(i -> i != actions && bullet(row, i)));
		if (bulletOutside || bulletsElsewhere && !bulletedActions || body.stream().anyMatch(row -> row.size() != count)) {
			this.findings.add(Finding.warning(table.location().toString(),
					"a table of issues and actions whose rows do not keep its columns: not read", table.text()));
			this.matrix = null;
			return true;
		}
		int issueColumn = columns.issueColumn();
		boolean numbered = body.stream().anyMatch(row -> isNumbered(row.get(issueColumn).text()));
		boolean spacedRecords = !numbered && table.layout() == Table.Layout.ALIGNED && recordsSpaced(body);
		List<Cell> above = null;
		for (List<Cell> row : body) {
			String issueCell = row.get(columns.issueColumn()).text().strip();
			boolean sameRecord = spacedRecords && above != null && row.get(0).location().line() == lastLine(above) + 1;
			above = row;
			if (!issueCell.isEmpty()) {
				boolean cut = this.drafted != null && !numbered && this.drafted.title.length() >= 10
						&& this.drafted.title.toString().matches(".*\\p{IsHiragana}$") && issueCell.matches("^\\p{IsHiragana}.*");
				// 地域で支え合う安全・安心な / まちづくり: a title the column width cut, not the next issue;
				// 安全で良質な水の / 安定供給 on the next line of a table that sets its records apart by blank lines
				cut |= sameRecord && this.drafted != null;
				if (!cut && (!numbered || isNumbered(issueCell) || this.drafted == null)) {
					flushDrafted();
					this.drafted = new Drafted("課題" + (this.ids.size() + 1));
					this.indicatorName = "";
					this.indicatorClosed = false;
				}
				this.drafted.title.append(ISSUE_NUMBER.matcher(issueCell).replaceFirst(""));
			}
			String action = row.get(actions).text().strip();
			if (this.drafted != null && !action.isEmpty()) {
				addDraftedAction(action, bulletedActions);
			}
			if (columns.indicatorColumn() >= 0 && this.drafted != null) {
				// 市の事務事業に伴う温室効果ガス排出量 ⏎ 現状：9,812t-CO2（令和４年度）: a name, then its figures, a line each
				for (String line : row.get(columns.indicatorColumn()).text().strip().split("\n")) {
					indicatorCell(line.strip(), prose, table.location().toString());
				}
			}
		}
		this.matrix = columns;
		return true;
	}

	/** Rows printed with a blank line between some of them: the blank lines set the records apart. */
	private static boolean recordsSpaced(List<List<Cell>> body) {
		for (int i = 1; i < body.size(); i++) {
			if (body.get(i).get(0).location().line() > lastLine(body.get(i - 1)) + 1) {
				return true;
			}
		}
		return false;
	}

	/** The line a row's last line was printed on: its cells may hold lines the model joined into them. */
	private static int lastLine(List<Cell> row) {
		int lines = row.stream().mapToInt(cell -> (int) cell.text().strip().chars().filter(c -> c == '\n').count()).max().orElse(0);
		return row.get(0).location().line() + lines;
	}

	/** ・, ●, ○, ◆, ■: the bullet before each action a cell lists. */
	private static final String ACTION_BULLET = "[・●○◆■]";

	/** An action that opens with its bullet and holds no line break. */
	private static final Pattern BULLETED_ACTION = Pattern.compile(ACTION_BULLET + "[ 　]*\\S.*");

	private void addDraftedAction(String cell, boolean bulleted) {
		String[] parts = cell.split("[\\s\u3000]+(?=" + ACTION_BULLET + ")");
		if (parts.length > 1) {
			for (String part : parts) {
				addDraftedAction(part, bulleted);
			}
			return;
		}
		String action = cell;
		if (bulleted && !BULLETED_ACTION.matcher(action).matches() && !this.drafted.actions.isEmpty()) {
			this.drafted.actions.get(this.drafted.actions.size() - 1).append(action);
		}
		else {
			this.drafted.actions.add(new StringBuilder(action));
		}
	}

	private void indicatorCell(String cell, ProseFigures prose, String location) {
		if (cell.isEmpty()) {
			return;
		}
		if (StatedPeriods.in(ProseFigures.nfkc(cell)).isEmpty()) {
			this.indicatorName = this.indicatorClosed ? cell : this.indicatorName + cell;
			this.indicatorClosed = false;
			return;
		}
		this.indicatorClosed = true;
		Matcher labelled = TableFigures.LABELLED_FIGURE.matcher(ProseFigures.nfkc(cell));
		if (labelled.matches() && !this.indicatorName.isEmpty()) {
			if (VOCABULARY.is("target", labelled.group(1).strip())) {
				// 目標：9,300t-CO2（令和６年度）: a target, never a statistic
				return;
			}
			if (VOCABULARY.is("baseline", labelled.group(1).strip())) {
				// 現状：9,812t-CO2（令和４年度） under its indicator's name: the figure is the name's, not 現状's
				prose.read(this.indicatorName + "は" + labelled.group(2), this.drafted.id, location, this.indicatorName);
				return;
			}
		}
		prose.read(cell, this.drafted.id, location, this.indicatorName.isEmpty() ? null : this.indicatorName);
	}

	private void flushDrafted() {
		if (this.drafted == null) {
			return;
		}
		String title = issueTitle(this.drafted.title.toString());
		boolean figure = isFigure(title) || isPart(title);
		if (figure) {
			this.findings.add(Finding.warning("whole document", "a table's issue cell holds a figure or a label, not a title: "
					+ title + " (not read)", null));
		}
		if (!title.isEmpty() && !figure) {
			this.ids.putIfAbsent(title, this.drafted.id);
			for (StringBuilder action : this.drafted.actions) {
				action(title, action.toString());
			}
		}
		this.drafted = null;
	}

	/** 令和5年度 30件: a cell of figures; 2040年温室効果ガス排出量実質ゼロに向けた… is a title that names a year. */
	private static boolean isFigure(String cell) {
		String text = ProseFigures.nfkc(cell);
		List<StatedPeriods.Period> periods = StatedPeriods.in(text);
		if (periods.isEmpty()) {
			return false;
		}
		String words = StatedPeriods.masked(text, periods, ' ').replaceAll("[\\s\\p{Punct}・、。（）「」]", "");
		return words.matches(".*\\d.*") || words.length() < 6;
	}

	private void endMatrix() {
		flushDrafted();
		this.matrix = null;
	}

	private static boolean bullet(List<Cell> row, int column) {
		return column < row.size() && BULLETED_ACTION.matcher(ProseFigures.nfkc(row.get(column).text()).strip()).matches();
	}

	/** 1., ２), Ⅲ, ④ before an issue's title in its cell. */
	private static final Pattern ISSUE_NUMBER = Pattern.compile("^(?:[0-9０-９]+[.．、)）]?|[Ⅰ-Ⅻ](?=[\\s\u3000.．、])|[①-⑳])[\\s\u3000.．、]*");

	private static boolean isNumbered(String cell) {
		return ProseFigures.nfkc(cell).strip().matches("^\\d+[.、)]?\\s*\\S.*") || cell.strip().matches("^(?:[Ⅰ-Ⅻ][\\s\u3000.．、]|[①-⑳]).*");
	}

	private static Matrix columns(List<String> header) {
		int issueColumn = -1;
		int actionColumn = -1;
		int indicatorColumn = -1;
		for (int i = 0; i < header.size(); i++) {
			String key = labelKey(header.get(i));
			if ((issueColumn < 0 || issueColumn == i - 1 && actionColumn < 0) && VOCABULARY.is("issue", key)) {
				// 重点目標 | 課題 | … | 取組: the issues are the column next to the actions' side, the goals group them
				issueColumn = i;
			}
			else if (actionColumn < 0 && (VOCABULARY.is("action", key) || issueColumn >= 0 && key.length() <= 20
					&& VOCABULARY.words("action").stream().anyMatch(word -> word.length() >= 3 && key.endsWith(ProseFigures.nfkc(word))))) {
				// 目標達成に向けた主な取組 beside the issues' column: what its last words name
				actionColumn = i;
			}
			else if (indicatorColumn < 0 && (key.contains("指標") || key.startsWith("目標") || key.startsWith("達成目標"))) {
				// 目標（令和６年度末の到達点）: the indicators and their figures, as 指標 heads them
				indicatorColumn = i;
			}
		}
		return issueColumn < 0 || actionColumn < 0 ? null
				: new Matrix(header.size(), issueColumn, actionColumn, indicatorColumn, List.copyOf(header));
	}

	/** 第１四半期, ４月, 上半期, 令和６年度: a column of a schedule. */
	private static final Pattern SCHEDULE_COLUMN = Pattern.compile(
			"^(?:第?[1-4]四半期|[0-9]{1,2}月|[上下]半期|[上下]期|前期|後期|(?:令和|R)[0-9]{1,2}年度?|[0-9]{4}年度?)$");

	/** A table whose columns after the first are periods of a schedule (three at least). */
	private static boolean isSchedule(Table table) {
		List<String> header = table.headerRows() > 0 ? table.header() : table.rows().isEmpty() ? List.of()
				: table.rows().get(0).stream().map(Cell::text).toList();
		long periods = header.stream().skip(1).filter(cell -> SCHEDULE_COLUMN.matcher(ProseFigures.nfkc(cell).replaceAll("\\s", "")).matches()).count();
		return periods >= 3 && periods == header.size() - 1;
	}

	/**
	 * 取組内容 | …, 目標（アウトカム | …, 前年度の実績 | …: a row of an action's sheet, labelled with a part of it; or, after
	 * such a row, a line of a box whose label stands beside another of its lines.
	 */
	private static boolean sheetRow(List<Cell> row, boolean afterLabel) {
		String label = row.isEmpty() ? "" : row.get(0).text().strip();
		if (label.isEmpty()) {
			return afterLabel;
		}
		// 指標 | 単位 | Ｒ４実績 | …: the header of a table of figures, not a box's label beside its text; a sheet opens
		// with what the action does (取組内容), a 成果指標 row straight after the action being a part of its own
		return label.length() <= SHEET_LABEL_LENGTH && row.stream().filter(cell -> !cell.isEmpty()).count() == 2
				&& (afterLabel ? SHEET_LABEL : SHEET_OPENING).matcher(label).find();
	}

	private static final int SHEET_LABEL_LENGTH = 12;

	/** 取組内容, 事業内容: the first label of an action's sheet. */
	private static final Pattern SHEET_OPENING = Pattern.compile("取組|内容");

	/** What an action's sheet labels its parts with: 取組内容, 目標（アウトカム指標）, 撤退・再構築基準, 前年度の実績, 担当. */
	private static final Pattern SHEET_LABEL = Pattern.compile("取組|内容|目標|指標|アウトカム|実績|担当|所管|撤退|再構築|基準|成果|予算|事業費|スケジュール|工程");

	private static boolean isMarker(String cell) {
		return ProseFigures.nfkc(cell).matches("[(]?(?:[0-9]{1,2}|[ア-ン]|[①-⑳]|[a-zA-Z])[).．、]?|[・□■●○◆◇]");
	}

	private static String issueTitle(String title) {
		List<String> lines = new ArrayList<>(title.strip().lines().map(String::strip).filter(line -> !line.isEmpty()).toList());
		if (lines.size() > 1) {
			// 重点目標１ / …の推進 / 担当：道路課 in one cell: the label over the title, the office under it
			lines.removeIf(line -> ISSUE_LABEL_ALONE.matcher(ProseFigures.nfkc(line)).matches()
					|| OFFICE_LINE.matcher(ProseFigures.nfkc(line)).lookingAt());
			title = lines.isEmpty() ? title : String.join("\n", lines);
		}
		return title.strip().replaceAll("^[【〔\\[]|[】〕\\]]$", "").strip();
	}

	/** 重点目標１, 経営課題２, 課題A: an issue's label and number on a line of their own. */
	private static final Pattern ISSUE_LABEL_ALONE = Pattern
		.compile("^[【\\[]?(?:重点目標|重点課題|経営課題|課題|目標|重点取組|方針)\\s*(?:[0-9]{1,2}|[A-ZＡ-Ｚ]|[①-⑳])[】\\]]?$");

	/** 担当：道路課, 所管課　…: the office a cell names under its title. */
	private static final Pattern OFFICE_LINE = Pattern.compile("^(?:担当|所管|主管)(?:課|部|部署|部局)?\\s*[:：]");

	/** 新規 or 〔拡充〕 set before an action, a space apart: its badge. */
	private static final Pattern LEADING_ACTION_MARK = Pattern.compile("^[〔【\\[［(（]?(?:重点|新規|拡充|継続)[〕】\\]］)）]?[\\s　]+(?=\\S)");

	/** 〔重点〕, 【新規】 after an action: its mark. */
	private static final Pattern ACTION_MARK = Pattern.compile("[\\s　]*[〔【\\[［(（](?:重点|新規|拡充|継続|充実|見直し|改善)[〕】\\]］)）]$");

	/** ### 1 脱炭素社会の実現に向けた取組の推進: a Markdown heading whose title a number opens. */
	private static boolean markdownNumbered(Heading heading) {
		return MARKDOWN_NUMBERED.matcher(heading.label() + " " + heading.title()).matches();
	}

	private static final Pattern MARKDOWN_NUMBERED = Pattern.compile("^#{1,6} (?:[0-9０-９]{1,2}[.．、)）]?|[(（][0-9０-９]{1,2}[)）])[\\s　]+\\S.*$");

	/** 重点目標①, 経営課題２: a row label that names an issue by its number. */
	private static final java.util.regex.Pattern ISSUE_LABEL = java.util.regex.Pattern
		.compile("^(\\S{1,8}?)[\\s　]*([0-9０-９]{1,2}|[①-⑳])$");

	/** ＩＨＥＡＴ要員の登録者数, 特定健診の受診率: a cell that only names what is counted, no figure, no sentence. */
	private static final Pattern NAME_CELL = Pattern.compile("^[^0-9。、]{2,40}(?:数|率|割合|量|額|件数|人数|回数)$");

	/** 現状と課題, 現状, 課題の背景: a form's row of running text about where things stand, figures among its words. */
	private static final Pattern SITUATION_LABEL = Pattern.compile("^(?:現状と課題|現状及び課題|現状・課題|現状|現況|背景|課題の背景)$");

	/**
	 * The issues of a form whose rows are label and value (重点目標① | its title; 具体的な取組 | its actions, one per
	 * line), read into the statement, and the figures its 現状と課題 rows state read through {@code prose}; the last
	 * issue read, or null when no row names an issue.
	 */
	private String formIssues(Table table, String current, ProseFigures prose, String location) {
		String issue = current;
		boolean read = false;
		StringBuilder listed = null;
		List<String> numberedActions = new ArrayList<>();
		for (List<Cell> printed : table.rows()) {
			List<Cell> row = filledAfterLabel(printed);
			String first = row.isEmpty() ? "" : ProseFigures.nfkc(row.get(0).text()).strip();
			String second = row.size() < 2 ? "" : row.get(1).text().strip();
			if (issue != null && !second.isEmpty() && !second.contains("\n")
					&& (row.size() > 2 && isActionLabel(first) && second.matches("^[①-⑳].*") || first.isEmpty() && listed != null
							&& (second.matches("^[①-⑳].*") || row.stream().skip(2).allMatch(cell -> cell.text().isBlank())))) {
				// 主な取組 | ①… | | 担当 | 地域福祉課 then | ②… | …: a sheet's numbered actions a row each, a department
				// beside each; a row whose text no number opens goes on with the action above
				if (second.matches("^[①-⑳].*")) {
					listed = new StringBuilder(second.substring(1).strip());
					numberedActions.add(null);
				}
				else {
					listed.append(second);
				}
				numberedActions.set(numberedActions.size() - 1, listed.toString());
				continue;
			}
			listed = null;
			if (!isLabelAndValue(row)) {
				continue;
			}
			String label = ProseFigures.nfkc(row.get(0).text()).strip();
			String value = row.get(1).text().strip();
			if (isIssueRow(row)) {
				value = wrappedTitle(value) ? value.replaceAll("\\s*\n\\s*", "") : value;
				issue = issueTitle(value);
				String id = label.replaceAll("\\s", "");
				java.util.regex.Matcher named = NAMED_ISSUE_NUMBER.matcher(ProseFigures.nfkc(value));
				if (isIssueNameLabel(label) && named.lookingAt() && VOCABULARY.is("issue", named.group(1))) {
					// 課題名 | 課題Ⅰ 子育て世代に選ばれるまちづくり: the name after its number
					issue = issueTitle(value.substring(named.end()));
					id = named.group(1) + named.group(2);
				}
				this.ids.putIfAbsent(issue, id);
				this.headingIssuesRead = true;
				read = true;
			}
			else if (issue != null && SITUATION_LABEL.matcher(label.replaceAll("\\s", "")).matches()) {
				// 現状と課題 | 令和５年度の新規登録結核患者数は３４人で…: the issue's figures, told in the form's cell
				prose.read(value, id(issue), location, null);
			}
			else if (issue != null && isActionLabel(label) && (read || value.contains("\n"))) {
				for (String line : value.split("\n")) {
					if (!line.isBlank()) {
						action(issue, line);
					}
				}
				read = true;
			}
		}
		// the sheet's numbered actions read, the table is read on for its figures
		for (String action : numberedActions) {
			if (action.matches(".*(?:による|の|を|と|及び|や|に|を含む|[（(][^）)]*)$")) {
				// …の受援体制を含む whose rest the sheet put where no row of the action is: cut short, not kept
				this.findings.add(Finding.warning(table.location().toString(), "an action cut short: not kept", action));
				continue;
			}
			action(current == null ? "" : current, action);
		}
		return read ? issue : null;
	}

	/** Whether the issue's last action stops mid-phrase (…による, …を含む was cut after を). */
	private boolean cutShort(String issue) {
		List<String> listed = this.actions.get(issue);
		return listed != null && !listed.isEmpty()
				&& listed.get(listed.size() - 1).matches(".*(?:による|の|を|と|及び|や|に|を含む)$");
	}

	/** （２面に続く）, （次ページへ続く）: where the text goes on, no part of it. */
	private static final java.util.regex.Pattern CONTINUED = java.util.regex.Pattern.compile("[\\s　]*[（(][^（）()]{0,10}(?:続く|つづく)[）)]$");

	/** (ｱ), （イ）, (1): an item's marker in brackets, before the action it numbers. */
	private static final String BRACKETED_MARKER = "[(（][ｱ-ﾝア-ン0-9０-９]{1,2}[)）]";

	private static final Pattern ITEM_MARKER = Pattern.compile(BRACKETED_MARKER + "[\\s　]*");

	/**
	 * What no action is: an amount or count alone (4,862,400 千円), a year alone (令和７年度), an office's name alone
	 * (こども育成課, 総務部), a result told in the past (…を設置しました。).
	 */
	private static final Pattern NO_ACTION = Pattern.compile("^[0-9,.．，]+\\s*[^\\s0-9]{0,3}$|^(?:令和|平成)[0-9元]{1,2}年度?$"
			+ "|^[^\\s、。・]{1,10}(?:課|部|(?<!教)室|局|係)$|(?:ました|でした)。?$");

	private void action(String issue, String text) {
		text = CONTINUED.matcher(text).replaceFirst("");
		if (text.contains("／") || text.matches("(?s).*[；;][\\s　]*[②-⑳].*")) {
			// 地域の防災力の向上 ／ 街頭犯罪の抑止, ①…；②…: several actions in one cell
			for (String part : text.split("／|[；;][\\s　]*(?=[②-⑳])")) {
				action(issue, part);
			}
			return;
		}
		if (ITEM_MARKER.matcher(text.strip()).lookingAt() && ITEM_MARKER.matcher(text).results().count() >= 2
				&& !text.contains("\n")) {
			// (ｱ) …(ｲ) …(ｳ) … run together in one cell: an action each, without its marker
			for (String part : text.strip().split("(?=" + BRACKETED_MARKER + ")")) {
				action(issue, part);
			}
			return;
		}
		if (text.strip().matches("(?s)^[①-⑳].*\n[②-⑳].*")) {
			// ①… ②… ③… one a line in a form's cell: an action each, without its number
			for (String part : text.strip().split("\n(?=[②-⑳])")) {
				action(issue, part.strip().replaceFirst("^[①-⑳]\\s*", "").replace("\n", ""));
			}
			return;
		}
		String action = ProseFigures.nfkc(text).strip().replaceFirst("^[・･•□■●○◆◇\\-]\\s*", "").strip();
		if (text.strip().matches("^[①-⑳].+") && !text.contains("\n")) {
			// ①地域包括支援センターや…の強化, one of several in a cell: the number is no part of the action
			text = text.strip().substring(1);
		}
		if (isPart(action) || action.matches("^(?:担当課?|所管課?|担当部署|担当部局|関係課)$")) {
			// 【主な取組】　担当課: the header of the column beside the actions, no action
			return;
		}
		if (NO_ACTION.matcher(action).find()) {
			// 4,862,400 千円, 令和７年度, こども育成課, …を設置しました。: an amount, a year, an office or a result, no action
			return;
		}
		if (action.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
				|| Character.UnicodeScript.of(cp) == Character.UnicodeScript.HIRAGANA
				|| Character.UnicodeScript.of(cp) == Character.UnicodeScript.KATAKANA).count() < 2) {
			return;
		}
		List<String> listed = this.actions.computeIfAbsent(issue, key -> new ArrayList<>());
		String kept = ITEM_MARKER.matcher(text.strip().replaceFirst("^[・･•□■●○◆◇]\\s*", "")).replaceFirst("").strip();
		// …の推進　〔重点〕: the mark of a priority or a new project after the action is no part of it
		kept = LEADING_ACTION_MARK.matcher(ACTION_MARK.matcher(kept).replaceFirst("")).replaceFirst("").strip();
		if (kept.isEmpty()) {
			return;
		}
		if (!listed.contains(kept)) {
			// an action a sheet's rows and its form both give is one action
			listed.add(kept);
		}
	}
}
