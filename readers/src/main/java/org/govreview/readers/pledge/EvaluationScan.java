package org.govreview.readers.pledge;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govreview.domain.pledge.ItemEvaluation;
import org.govreview.domain.pledge.MarkCount;
import org.govreview.domain.pledge.OverallRule;
import org.govreview.readers.document.Block;
import org.govreview.readers.document.Cell;
import org.govreview.readers.document.DocumentModel;
import org.govreview.readers.document.Field;
import org.govreview.readers.document.Heading;
import org.govreview.readers.document.ListItem;
import org.govreview.readers.document.Location;
import org.govreview.readers.document.Paragraph;
import org.govreview.readers.document.Table;
import org.govreview.readers.document.Vocabulary;
import org.govreview.readers.text.Evaluation;
import org.govreview.readers.text.EvaluationMarks;
import org.govreview.readers.text.JapaneseNumbers;
import org.govreview.readers.text.Quantity;

/**
 * What a pledge or manifesto evaluation states, found in its {@link DocumentModel} by vocabulary: the evaluated
 * items (a table row, a line or a heading with its label–value line, each with an evaluation on any scale and its
 * department), the groups above them (one or two levels, told apart by their numbering shape recurring before items),
 * the published figures of groups and the overall figure (from summary tables, group headings and sentences), the
 * counts of items per mark, and the rule the document states for its overall figure. Immutable once built; a new
 * scan per document.
 */
final class EvaluationScan {

	static final Vocabulary WORDS = Vocabulary.load(EvaluationScan.class, "vocabulary.txt");

	private static final EvaluationMarks MARKS = EvaluationMarks.standard();

	private static final Pattern STAR_RUN = Pattern.compile("[★☆]{3,}(?:\\s*[★☆]+)*");

	private static final Pattern LEADERS = Pattern.compile("[…‥]{1,}|[・･.．]{3,}|[-―─]{3,}");

	/** Numbering in front of an item or group title: ①, (1), （１）, 1-1, Ⅰ-1, No.1, ア, 【1】, 1., Ⅱ. */
	private static final Pattern NUMBERING = Pattern.compile("^(?:No\\.?\\s*\\d+|[\\u2460-\\u2473]|[\\(（]\\d{1,2}[\\)）]"
			+ "|【\\s*\\d{1,2}\\s*】|〔\\d{1,2}〕|[IVXⅠ-Ⅻ]+\\s*[-－]\\s*\\d{1,2}|\\d{1,2}\\s*[-－]\\s*\\d{1,2}|[IVXⅠ-Ⅻ]{1,4}(?![A-Za-z])"
			+ "|[A-DＡ-Ｄ](?=\\s)|\\d{1,2}(?:[.．、)）]|(?=\\s)|(?=[^\\d.．]))|[ア-ン](?=\\s))[.．、\\s]*");

	private static final Pattern LEADING_SYMBOL = Pattern.compile("^[■◆●□◇◎・･•▼▽▲◯〇\\s]+");

	private static final Pattern FIGURE = Pattern.compile("(\\d+(?:[.・]\\d+)?)\\s*(%|％|点)");

	private static final Pattern BRACKETED_TAIL = Pattern.compile("\\s*[（(【〔\\[]([^（()）【】〔〕\\[\\]]*)[）)】〕\\]]\\s*$");

	/** A multiplication in a formula (数×5点), not the mark × before a count. */
	private static final Pattern FORMULA_TIMES = Pattern.compile("[\\p{IsHan}\\d)）]\\s*×\\s*[\\d(（]");

	/** A mark's count as a summary prints it: followed by a counter word, another mark, a bracket or the end. */
	private static final Pattern COUNTED = Pattern
		.compile("\\D{1,6}?[:：]?(\\d{1,5})(?=件|項目|事業|取組|施策|$|[◎○〇△×✕SABCD(（、,，。計合]|(?![点%年月日時分.・倍円人歳])[^\\x00-\\x7F])");

	/** × right after a word or a figure multiplies (目標値×100, 事業数×5点): it is no mark. */
	private static final Pattern TIMES = Pattern.compile("(?<=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー)）\\]])×");

	private static final Pattern STATED_LEVELS = Pattern.compile("(?<!\\d)(\\d{1,2})\\s*(?:段階|点満点)");

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

		/** A label–value line that describes the item before it (its department, its evaluation). */
		boolean detail;

		/** The mark of a row that defines a mark rather than evaluating an item. */
		Evaluation legendMark;
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

	private EvaluationScan(DocumentModel model) {
		Matcher levels = STATED_LEVELS.matcher(nfkc(model.source().lines().stream().reduce("", (a, b) -> a + "\n" + b)));
		this.statedLevels = levels.find() ? Integer.parseInt(levels.group(1)) : 0;
	}

	static EvaluationScan of(DocumentModel model) {
		EvaluationScan scan = new EvaluationScan(model);
		for (Block block : model.blocks()) {
			scan.collect(block);
		}
		scan.dropLegends();
		scan.arrange();
		scan.dropEmptyGroups();
		scan.summaryTables(model);
		scan.overallFromText(model);
		scan.markCounts(model);
		if (scan.overall != null) {
			scan.rule = rule(model);
		}
		return scan;
	}

	int itemCount() {
		return (int) entries.stream().filter(entry -> entry.role == Role.ITEM).count();
	}

	// ---------------------------------------------------------------- pass 1: what each block says

	private void collect(Block block) {
		if (block instanceof Table table) {
			List<String> header = table.headerRows() > 0 ? table.header() : List.of();
			for (List<Cell> row : table.body()) {
				Entry entry = row(row, header, table);
				entry.table = table;
				entry.location = row.isEmpty() ? table.location() : row.get(0).location();
				entries.add(entry);
			}
		}
		else if (block instanceof Paragraph paragraph) {
			for (String line : paragraph.lines()) {
				Entry entry = line(line, null);
				entry.location = paragraph.location();
				entries.add(entry);
			}
		}
		else if (block instanceof ListItem item) {
			Entry entry = line(item.body(), "L:" + item.marker());
			entry.location = item.location();
			entries.add(entry);
		}
		else if (block instanceof Heading heading) {
			Entry entry = line(heading.title(), null);
			if (entry.role != Role.ITEM) {
				entry = group(heading.title(), "H:" + heading.kind());
				if (entry.role == Role.OTHER && heading.scheme() != null && !heading.title().isBlank()) {
					entry = group(heading.label() + heading.number() + " " + heading.title(), "H:" + heading.kind());
				}
			}
			entry.location = heading.location();
			entries.add(entry);
		}
		else if (block instanceof Field field) {
			Entry entry = field(field);
			entry.location = field.location();
			entries.add(entry);
		}
	}

	/** A table row: an item when one cell is an evaluation and another a title; a group when it reads as one. */
	private Entry row(List<Cell> row, List<String> header, Table table) {
		List<String> cells = row.stream().map(Cell::text).map(String::strip).toList();
		int offset = header.isEmpty() ? 0 : Math.max(0, cells.size() - header.size());
		int scoreColumn = shifted(column(header, "score-header"), offset);
		int evaluationColumn = shifted(column(header, "evaluation-header"), offset);
		Entry entry = new Entry();
		int evaluationAt = -1;
		if (scoreColumn >= 0 && scoreColumn < cells.size()) {
			Optional<Evaluation> score = EvaluationMarks.score(cells.get(scoreColumn), levels());
			if (score.isPresent()) {
				entry.evaluation = score.get();
				evaluationAt = scoreColumn;
			}
		}
		if (entry.evaluation == null) {
			List<Integer> found = new ArrayList<>();
			for (int c = 0; c < cells.size(); c++) {
				if (markOf(cells.get(c)).isPresent()) {
					found.add(c);
				}
			}
			if (found.size() == 1 || found.size() > 1 && found.contains(evaluationColumn)) {
				evaluationAt = found.size() == 1 ? found.get(0) : evaluationColumn;
				entry.evaluation = markOf(cells.get(evaluationAt)).get();
			}
		}
		if (entry.evaluation != null) {
			int departmentColumn = shifted(column(header, "department-header"), offset);
			int titleColumn = shifted(column(header, "title-header"), offset);
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
				if (c == departmentColumn || departmentColumn < 0 && isDepartment(cell) && c > 0) {
					if (!cell.equals(title)) {
						entry.departments.add(clean(cell));
					}
					continue;
				}
				String candidate = stripNumbering(cell);
				if (title == null && isTitle(candidate)) {
					title = candidate;
				}
			}
			if (title != null && !isDefinition(title) && markOf(title).isEmpty()) {
				entry.role = Role.ITEM;
				entry.title = clean(title);
				return entry;
			}
			entry.legendMark = entry.evaluation;
			entry.evaluation = null;
			entry.departments.clear();
		}
		Entry group = group(String.join(" ", cells), "R:" + numberingShape(cells.isEmpty() ? "" : cells.get(0)));
		group.legendMark = entry.legendMark;
		return group;
	}

	/** A line of text: an item when it ends with an evaluation (or holds a star run) after a title. */
	private Entry line(String raw, String signature) {
		String text = nfkc(raw).strip();
		Entry entry = new Entry();
		if (text.contains("。") || text.length() > 120) {
			return entry;
		}
		List<String> departments = new ArrayList<>();
		text = takeDepartments(text, departments);
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
				Optional<Evaluation> mark = markOf(text.substring(gap).strip());
				if (mark.isPresent()) {
					evaluation = mark.get();
					title = text.substring(0, gap).strip();
				}
			}
		}
		if (evaluation != null && title != null) {
			title = stripNumbering(LEADING_SYMBOL.matcher(title).replaceFirst(""));
			if (isTitle(title) && !isDefinition(title) && markOf(title).isEmpty()) {
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

	/** 担当部署：子育て支援課　進捗状況：達成 — an item's evaluation on its own line, its title the line before. */
	private Entry field(Field field) {
		Entry entry = new Entry();
		String text = nfkc(field.label() + "：" + field.value());
		Evaluation evaluation = null;
		List<String> departments = new ArrayList<>();
		for (String pair : text.split("\\s{2,}|\\s(?=\\S+[:：])|[、，]")) {
			String[] parts = pair.strip().split("[:：=＝]", 2);
			if (parts.length != 2) {
				continue;
			}
			String label = parts[0].strip();
			String value = parts[1].strip();
			if (WORDS.is("evaluation-label", label)) {
				evaluation = markOf(value).or(() -> EvaluationMarks.score(value, levels())).orElse(evaluation);
			}
			else if (WORDS.is("department-label", label) && !value.isEmpty()) {
				departments.add(clean(value));
			}
		}
		Entry described = null;
		for (int i = entries.size() - 1; i >= 0 && described == null; i--) {
			if (!entries.get(i).detail) {
				described = entries.get(i);
			}
		}
		if (evaluation != null) {
			entry.detail = true;
			if (described != null && described.role != Role.ITEM && described.title != null && described.table == null) {
				described.role = Role.ITEM;
				described.evaluation = evaluation;
				described.departments.addAll(departments);
				described.figure = null;
				described.signature = null;
			}
			return entry;
		}
		if (!departments.isEmpty() && described != null && described.title != null && described.table == null) {
			entry.detail = true;
			described.departments.addAll(departments);
			return entry;
		}
		String label = nfkc(field.label()).strip();
		if (label.matches("[\\d０-９IVXⅠ-Ⅻ]{1,3}|[【\\[(（]?\\d{1,2}[】\\])）]?")) {
			return group(label + " " + field.value(), "F:" + numberingShape(label));
		}
		return entry;
	}

	/** A group's heading: a numbered or labelled short title, with its published figure after it when printed. */
	private Entry group(String raw, String signature) {
		Entry entry = new Entry();
		String text = nfkc(raw == null ? "" : raw).strip();
		if (text.isEmpty() || text.contains("。") || text.length() > 80) {
			return entry;
		}
		BigDecimal figure = null;
		String unit = null;
		Matcher tail = BRACKETED_TAIL.matcher(text);
		if (tail.find() && FIGURE.matcher(tail.group(1)).find()) {
			Matcher f = FIGURE.matcher(tail.group(1));
			while (f.find()) {
				figure = number(f.group(1)).orElse(null);
				unit = unit(f.group(2));
			}
			text = text.substring(0, tail.start()).strip();
		}
		else {
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
		String numbered = stripNumbering(rest);
		boolean hasNumber = !numbered.equals(rest) || signature != null && !signature.endsWith(":");
		String title = clean(numbered);
		if (title.isEmpty() && figure != null) {
			if (WORDS.mentions("figure-header", rest) || rest.isEmpty() || label.isEmpty()) {
				entry.role = Role.FIGURE_ONLY;
				entry.figure = figure;
				entry.unit = unit;
			}
			return entry;
		}
		if (!isTitle(title) || !hasNumber && label.isEmpty()) {
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
	 * A legend lists each mark once, with its definition and no department; a table of items repeats marks or names
	 * departments.
	 */
	private void dropLegends() {
		Map<Table, List<Entry>> byTable = new LinkedHashMap<>();
		for (Entry entry : entries) {
			if (entry.table != null && (entry.role == Role.ITEM || entry.legendMark != null)) {
				byTable.computeIfAbsent(entry.table, t -> new ArrayList<>()).add(entry);
			}
		}
		for (List<Entry> rows : byTable.values()) {
			List<String> marks = rows.stream().map(row -> (row.evaluation != null ? row.evaluation : row.legendMark).mark())
				.toList();
			boolean distinct = marks.stream().distinct().count() == marks.size();
			boolean departments = rows.stream().anyMatch(row -> !row.departments.isEmpty());
			if (rows.size() >= 2 && distinct && !departments) {
				rows.forEach(row -> row.role = Role.OTHER);
			}
		}
	}

	private void arrange() {
		Map<String, Integer> chainsWith = new LinkedHashMap<>();
		Map<String, Integer> firstPlace = new LinkedHashMap<>();
		List<String> chain = new ArrayList<>();
		int place = 0;
		for (Entry entry : entries) {
			if (entry.role == Role.GROUP) {
				chain.add(entry.signature);
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
			if (entry.role == Role.GROUP && levels.contains(entry.signature)) {
				Group group = new Group(entry.title);
				group.figure = entry.figure;
				group.unit = entry.unit;
				if (levels.indexOf(entry.signature) == 0) {
					policy = group;
					pledge = null;
					policies.add(group);
				}
				else if (policy != null) {
					pledge = group;
					policy.children.add(group);
				}
				lastGroup = group;
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

	/** Tables of groups and their figures (達成率, 得点, 進捗度 …): figures for the groups, and the overall row. */
	private void summaryTables(DocumentModel model) {
		for (Table table : model.tables()) {
			if (table.headerRows() == 0 || entries.stream().anyMatch(e -> e.table == table && e.role == Role.ITEM)) {
				continue;
			}
			List<String> header = table.header();
			int figureColumn = -1;
			for (String word : WORDS.words("figure-header")) {
				for (int c = header.size() - 1; c >= 0 && figureColumn < 0; c--) {
					if (key(header.get(c)).contains(key(word))) {
						figureColumn = c;
					}
				}
				if (figureColumn >= 0) {
					break;
				}
			}
			if (figureColumn < 0) {
				continue;
			}
			String headerUnit = key(header.get(figureColumn)).matches(".*(率|割合|%|％).*") ? "%"
					: key(header.get(figureColumn)).contains("点") ? "点" : null;
			for (List<Cell> row : table.body()) {
				int column = figureColumn + Math.max(0, row.size() - header.size());
				if (column >= row.size()) {
					continue;
				}
				Matcher f = Pattern.compile("^(\\d+(?:[.・]\\d+)?)\\s*(%|％|点)?$").matcher(nfkc(row.get(column).text()).strip());
				if (!f.matches()) {
					continue;
				}
				BigDecimal figure = number(f.group(1)).orElse(null);
				String unit = f.group(2) != null ? unit(f.group(2)) : headerUnit;
				StringBuilder label = new StringBuilder();
				for (int c = 0; c < column; c++) {
					String cell = nfkc(row.get(c).text()).strip();
					if (!cell.matches("[\\d.,%％点]*")) {
						label.append(cell).append(' ');
					}
				}
				String rowLabel = key(label.toString());
				if (rowLabel.isEmpty() || figure == null || unit == null) {
					continue;
				}
				if (WORDS.is("overall-row", rowLabel)) {
					if (overall == null) {
						overall = figure;
						overallUnit = unit;
					}
					continue;
				}
				if (WORDS.is("subtotal-row", rowLabel)) {
					continue;
				}
				String title = clean(stripNumbering(LEADING_SYMBOL.matcher(nfkc(label.toString()).strip()).replaceFirst("")));
				placeFigure(title, figure, unit);
			}
		}
		scoredGroups = (int) allGroups().stream().filter(group -> group.figure != null).count();
	}

	private void placeFigure(String title, BigDecimal figure, String unit) {
		if (!isTitle(title)) {
			return;
		}
		Group best = null;
		double bestScore = 0.8;
		for (Group group : allGroups()) {
			if (group.title == null) {
				continue;
			}
			double score = TitleSimilarity.dice(key(group.title), key(title));
			if (score >= bestScore) {
				best = group;
				bestScore = score;
			}
		}
		if (best != null) {
			if (best.figure == null) {
				best.figure = figure;
				best.unit = unit;
			}
		}
		else if (entries.stream().noneMatch(entry -> entry.role == Role.ITEM)) {
			Group group = new Group(title);
			group.figure = figure;
			group.unit = unit;
			policies.add(group);
		}
	}

	List<Group> allGroups() {
		List<Group> all = new ArrayList<>();
		for (Group policy : policies) {
			all.add(policy);
			all.addAll(policy.children);
		}
		return all;
	}

	/** 全体の達成率は66.3％; 総合評価 72・5点; 割合（…）は54.5％; 合計 45点 ÷ 満点 60点 ＝ 75.0％. */
	private void overallFromText(DocumentModel model) {
		if (overall != null) {
			return;
		}
		for (Block block : model.blocks()) {
			List<String> texts = new ArrayList<>();
			if (block instanceof Paragraph paragraph) {
				texts.add(String.join("", paragraph.lines().stream().map(String::strip).toList()));
			}
			else if (block instanceof ListItem item) {
				texts.add(item.body());
			}
			else if (block instanceof Field field) {
				texts.add(field.label() + "は" + field.value());
			}
			for (String text : texts) {
				for (String sentence : nfkc(text).split("。")) {
					Optional<Quantity> figure = overallIn(sentence);
					if (figure.isPresent()) {
						overall = figure.get().number();
						overallUnit = figure.get().unit();
						return;
					}
				}
			}
		}
	}

	private static Optional<Quantity> overallIn(String sentence) {
		String text = withoutBrackets(sentence);
		int at = -1;
		for (String word : WORDS.words("overall-sentence")) {
			Matcher found = Pattern.compile(Pattern.quote(word) + "(?!的)").matcher(text);
			if (found.find() && (at < 0 || found.start() < at)) {
				at = found.start();
			}
		}
		if (at < 0) {
			return Optional.empty();
		}
		String after = text.substring(at);
		Matcher figure;
		if (after.contains("÷") || FORMULA_TIMES.matcher(after).find()) {
			figure = Pattern.compile("[=＝]\\s*(\\d+(?:[.・]\\d+)?)\\s*(%|％|点)").matcher(after);
		}
		else {
			figure = FIGURE.matcher(after);
		}
		if (!figure.find()) {
			return Optional.empty();
		}
		String prefix = after.substring(0, figure.start());
		if (prefix.endsWith("満点") || prefix.matches(".*\\d$") || after.startsWith("満点", figure.end())) {
			return Optional.empty();
		}
		return number(figure.group(1)).map(n -> new Quantity(n, unit(figure.group(2)), false, figure.group()));
	}

	/** Counts of items per mark: a table of marks and counts (either way round), or a sentence (達成3項目、順調29項目). */
	private void markCounts(DocumentModel model) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (Table table : model.tables()) {
			if (entries.stream().anyMatch(e -> e.table == table && e.role == Role.ITEM)) {
				continue;
			}
			for (List<Cell> row : table.body()) {
				if (row.size() >= 2) {
					Optional<Evaluation> mark = markOf(row.get(0).text());
					OptionalInt count = count(row.get(1).text());
					if (mark.isPresent() && count.isPresent() && row.stream().skip(2).allMatch(Cell::isEmpty)) {
						counts.putIfAbsent(display(mark.get()), count.getAsInt());
					}
				}
			}
			if (table.headerRows() > 0) {
				List<String> header = table.header();
				for (List<Cell> row : table.body()) {
					String label = key(row.get(0).text());
					if (!WORDS.is("count-row", label) && !WORDS.is("overall-row", label)) {
						continue;
					}
					for (int c = 1; c < Math.min(header.size(), row.size()); c++) {
						Optional<Evaluation> mark = markOf(header.get(c));
						OptionalInt count = count(row.get(c).text());
						if (mark.isPresent() && count.isPresent()) {
							counts.putIfAbsent(display(mark.get()), count.getAsInt());
						}
					}
				}
			}
			if (table.body().size() == 1 && table.headerRows() == 0) {
				inline(table.text(), counts);
			}
		}
		for (Block block : model.blocks()) {
			if (block instanceof Paragraph paragraph) {
				for (String line : paragraph.lines()) {
					inline(line, counts);
				}
			}
			else if (block instanceof Heading || block instanceof ListItem || block instanceof Field) {
				inline(EvaluatedReportReader.textOf(block), counts);
			}
		}
		counts.forEach((mark, count) -> markCounts.add(new MarkCount(mark, count)));
	}

	/**
	 * 完了 ８件　実施中 １３件; ○９項目、△３項目; ○36 △10 ×0: a count after a mark, not a score or a date after a word
	 * (5点 完了 4点 順調 is a legend).
	 */
	private static void inline(String text, Map<String, Integer> counts) {
		String marks = TIMES.matcher(nfkc(text)).replaceAll("*");
		String compact = key(marks);
		for (EvaluationMarks.MarkCount found : MARKS.counts(marks)) {
			Matcher counted = COUNTED.matcher(compact);
			if (counted.find(found.position()) && counted.start() == found.position()
					&& Integer.parseInt(counted.group(1)) == found.count()) {
				Evaluation mark = MARKS.read(found.mark().printed()).orElse(found.mark());
				counts.putIfAbsent(display(mark), found.count());
			}
		}
	}

	private static OverallRule rule(DocumentModel model) {
		List<String> sentences = new ArrayList<>();
		for (Block block : model.blocks()) {
			String text = block instanceof Paragraph p ? String.join("", p.lines().stream().map(String::strip).toList())
					: block instanceof ListItem item ? item.body() : block instanceof Field field ? field.label() + field.value()
							: "";
			for (String sentence : nfkc(text).split("。")) {
				sentences.add(key(sentence));
			}
		}
		String[][] rules = { { "rule-sum-over-maximum", "sum-over-maximum" }, { "rule-weighted", "weighted" },
				{ "rule-share-of-marks", "share-of-marks" }, { "rule-sum", "sum" }, { "rule-mean", "mean" } };
		for (String[] rule : rules) {
			for (String sentence : sentences) {
				boolean computes = sentence.contains("÷") || sentence.matches(".*(算出|計算|表し|とし|平均|合計|割合|です|した).*");
				if (!computes || !WORDS.mentions(rule[0], sentence)) {
					continue;
				}
				if (rule[1].equals("sum-over-maximum") && !sentence.contains("÷")) {
					continue;
				}
				for (OverallRule value : OverallRule.values()) {
					if (value.code().equals(rule[1])) {
						return value;
					}
				}
			}
		}
		return null;
	}

	// ---------------------------------------------------------------- small readings

	private int levels() {
		return statedLevels > 0 ? statedLevels : 10;
	}

	private static Optional<Evaluation> markOf(String cell) {
		String text = nfkc(cell == null ? "" : cell).strip();
		if (text.isEmpty() || text.length() > 12) {
			return Optional.empty();
		}
		return MARKS.read(text);
	}

	/** The evaluation as a fact states it: stars and scores as their number, marks and grades canonical, words as printed. */
	static String display(Evaluation evaluation) {
		return switch (evaluation.scale()) {
			case Evaluation.STARS, Evaluation.SCORE, "symbol", "grade" -> evaluation.mark();
			default -> key(evaluation.printed());
		};
	}

	static ItemEvaluation toDomain(Evaluation evaluation) {
		return new ItemEvaluation(evaluation.scale(), display(evaluation), evaluation.level(), evaluation.levels(),
				evaluation.printed());
	}

	private static OptionalInt count(String cell) {
		String text = nfkc(cell == null ? "" : cell).strip().replaceFirst("(件|項目|事業|取組|施策)$", "");
		return text.matches("\\d{1,5}") ? OptionalInt.of(Integer.parseInt(text)) : OptionalInt.empty();
	}

	/** A row with more cells than its header (a numbering cell the header does not name) is aligned on the right. */
	private static int shifted(int column, int offset) {
		return column < 0 ? column : column + offset;
	}

	private static int column(List<String> header, String concept) {
		for (String word : WORDS.words(concept)) {
			for (int c = 0; c < header.size(); c++) {
				if (key(header.get(c)).equals(key(word))) {
					return c;
				}
			}
		}
		for (String word : WORDS.words(concept)) {
			for (int c = 0; c < header.size(); c++) {
				if (key(header.get(c)).contains(key(word)) && key(header.get(c)).length() <= key(word).length() + 3) {
					return c;
				}
			}
		}
		return -1;
	}

	private static String takeDepartments(String text, List<String> departments) {
		StringBuilder rest = new StringBuilder();
		Pattern labelled = Pattern.compile("[（(]?(" + String.join("|", WORDS.words("department-label"))
				+ ")\\s*[:：]\\s*([^）)\\s]+)[）)]?");
		Matcher matcher = labelled.matcher(text);
		int from = 0;
		while (matcher.find()) {
			departments.add(clean(matcher.group(2)));
			rest.append(text, from, matcher.start()).append(' ');
			from = matcher.end();
		}
		rest.append(text.substring(from));
		return rest.toString().strip();
	}

	private static int lastGap(String text) {
		for (int i = text.length() - 1; i > 0; i--) {
			if (Character.isWhitespace(text.charAt(i))) {
				return i;
			}
		}
		return -1;
	}

	private static boolean isDepartment(String cell) {
		String text = key(cell);
		return text.length() >= 2 && text.length() <= 20 && !text.matches(".*[\\d%％].*")
				&& WORDS.words("department-ending").stream().anyMatch(text::endsWith);
	}

	/** A title: at least three letters, not a figure, not a sentence. */
	private static boolean isTitle(String text) {
		if (text == null) {
			return false;
		}
		String compact = key(text);
		long letters = compact.codePoints().filter(c -> Character.isLetter(c)).count();
		return letters >= 3 && compact.length() <= 80 && !compact.contains("。");
	}

	/** A legend's definition (…したもの, …している), not an item's title. */
	private static boolean isDefinition(String title) {
		String compact = key(title);
		String bare = withoutBrackets(compact);
		return bare.matches(".*(もの|ている|いる|した|ない|こと|見込み|必要|以上|未満)$") || compact.contains("：")
				|| compact.contains(":");
	}

	static String stripNumbering(String text) {
		String stripped = LEADING_SYMBOL.matcher(nfkc(text).strip()).replaceFirst("");
		return NUMBERING.matcher(stripped).replaceFirst("").strip();
	}

	private static String numberingShape(String text) {
		String t = LEADING_SYMBOL.matcher(nfkc(text).strip()).replaceFirst("");
		if (t.matches("^(No\\.?\\s*)?\\d{1,2}\\s*[-－]\\s*\\d.*")) {
			return "N-N";
		}
		if (t.matches("^[IVXⅠ-Ⅻ]+\\s*[-－].*")) {
			return "R-N";
		}
		if (t.matches("^[\\(（]\\d.*")) {
			return "(N)";
		}
		if (t.matches("^【\\s*\\d.*")) {
			return "[N]";
		}
		if (t.matches("^[\\u2460-\\u2473].*")) {
			return "C";
		}
		if (t.matches("^[IVXⅠ-Ⅻ]+.*")) {
			return "R";
		}
		if (t.matches("^\\d.*")) {
			return "N";
		}
		if (t.matches("^[ア-ン]\\s.*")) {
			return "K";
		}
		if (t.matches("^[A-D]\\s.*")) {
			return "A";
		}
		return "";
	}

	static String clean(String text) {
		String t = nfkc(text).strip();
		t = t.replaceAll("(?<=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー・、])\\s+(?=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー・、])", "");
		return t;
	}

	private static String withoutBrackets(String text) {
		String previous;
		String current = text;
		do {
			previous = current;
			current = current.replaceAll("[（(【〔][^（()）【】〔〕]*[）)】〕]", "");
		}
		while (!current.equals(previous));
		return current;
	}

	private static Optional<BigDecimal> number(String printed) {
		return JapaneseNumbers.quantity(printed).map(Quantity::number);
	}

	private static String unit(String printed) {
		return printed.equals("点") ? "点" : "%";
	}

	static String nfkc(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC);
	}

	static String key(String text) {
		return nfkc(text).replaceAll("[\\s\\p{Z}]+", "");
	}
}
