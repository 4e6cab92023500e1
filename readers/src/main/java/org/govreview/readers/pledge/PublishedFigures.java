package org.govreview.readers.pledge;

import static org.govreview.readers.pledge.PledgeText.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
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
import org.govreview.readers.document.Paragraph;
import org.govreview.readers.document.Table;
import org.govreview.readers.pledge.EvaluationScan.Group;
import org.govreview.readers.pledge.EvaluationScan.Role;
import org.govreview.readers.text.Evaluation;
import org.govreview.readers.text.EvaluationMarks;
import org.govreview.readers.text.Quantity;

/**
 * The figures an evaluation publishes, found once its items and groups are known: group figures from summary tables
 * (達成率, 得点, 進捗度 … by vocabulary), the overall figure from a table's total row or a sentence (全体の達成率は66.3％,
 * 合計 45点 ÷ 満点 60点 ＝ 75.0％), the counts of items per mark (from a table either way round or a sentence), and the
 * rule stated for the overall figure. Writes into the scan it is given; one instance per scan, not thread-safe.
 */
final class PublishedFigures {

	private final EvaluationScan scan;

	PublishedFigures(EvaluationScan scan) {
		this.scan = scan;
	}

	/** A multiplication in a formula (数×5点), not the mark × before a count. */
	private static final Pattern FORMULA_TIMES = Pattern.compile("[\\p{IsHan}\\d)）]\\s*×\\s*[\\d(（]");

	/**
	 * A mark's count as a summary prints it: followed by a counter word, another mark, a bracket or the end, never by
	 * a counter of things done (計画どおり１２路線, ３橋).
	 */
	private static final Pattern COUNTED = Pattern
		.compile("\\D{1,6}?[:：]?(\\d{1,5})(?=件|項目|事業|取組|施策|$|[◎○〇△×✕SABCD(（、,，。計合]|(?![点%年月日時分.・倍円人歳〜～号路回台社団基橋名世戸箇か校館園棟冊枚頭床本所])[^\\x00-\\x7F])");

	/** 柱Ⅰの評価, 分野２: a label naming one group of the report. */
	private static final Pattern GROUP_LABEL = Pattern.compile("(?:柱|分野|政策|基本目標|基本方針|施策)\\s*[0-9ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]");

	/** ５点：３項目: a score, then how many items got it. */
	private static final Pattern SCORE_COUNT = Pattern.compile("(?<![0-9.])([0-9]{1,2})点[:：]\\s*([0-9]{1,4})(?:項目|件|事業|取組|施策)");

	/** × after a word, spaced or not, or after a division, multiplies (目標値×100, 満点 × 100, ÷ ３ × 100): it is no mark. */
	private static final Pattern TIMES = Pattern.compile("(?<=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー)）\\]][ 　]{0,3}|[÷/／][^×÷]{0,20})×");

	/**
	 * 進捗率 | 0.714 … 0.750: a sheet stores a rate as the fraction of one its cell's format shows as 71.4%; every figure
	 * of the column is one at most, and one at least is not a whole number.
	 */
	private static boolean fractionsOfOne(List<List<Cell>> body, int figureColumn, int width) {
		boolean any = false;
		for (List<Cell> row : body) {
			int column = figureColumn + Math.max(0, row.size() - width);
			if (column >= row.size() || row.get(column).text().isBlank()) {
				continue;
			}
			Matcher f = FRACTION.matcher(nfkc(row.get(column).text()).strip());
			if (!f.matches()) {
				return false;
			}
			any |= f.group(1) != null;
		}
		return any;
	}

	private static final Pattern FRACTION = Pattern.compile("[01](\\.\\d+)?");

	/** 0.7142857142857143 as the 71.4 a sheet shows: a share printed to more places than a report gives is rounded. */
	private static BigDecimal percentOf(BigDecimal fraction) {
		BigDecimal percent = fraction.movePointRight(2).stripTrailingZeros();
		return percent.scale() > 1 ? percent.setScale(1, java.math.RoundingMode.HALF_UP) : percent;
	}

	private static boolean isRateHeader(String header) {
		return key(header).matches(".*(?:率|度|割合|%|％).*");
	}

	private static final Pattern COUNT_HEADER = Pattern.compile(ITEM_COUNT + "|件数");

	/** Tables of groups and their figures (達成率, 得点, 進捗度 …): figures for the groups, and the overall row. */
	void summaryTables(DocumentModel model) {
		List<String> above = List.of();
		Table previous = null;
		for (Table table : model.tables()) {
			List<String> header = headerOrAbove(table, previous, above);
			above = header;
			previous = table;
			// rows under another table's header: figures for the groups they name, never groups of their own
			boolean continued = table.headerRows() == 0;
			if (header.isEmpty() || scan.entries.stream().anyMatch(e -> e.table == table && e.role == Role.ITEM)) {
				continue;
			}
			int figureColumn = -1;
			for (String word : WORDS.words("figure-header")) {
				for (int c = header.size() - 1; c >= 0 && figureColumn < 0; c--) {
					if (key(header.get(c)).contains(key(word)) && !EARLIER_YEAR.matcher(header.get(c)).find()
							&& !REFERENCE_YEAR.matcher(header.get(c)).find()
							// 進捗度別の取組数 over 4 | 3 | 2 …: how many items got each score, no figure
							&& !COUNT_HEADER.matcher(key(header.get(c))).find()) {
						// 進捗率 | 前年度進捗率（％）: the year before is given for comparison
						figureColumn = c;
					}
				}
				if (figureColumn >= 0) {
					break;
				}
			}
			figureColumn = latestYearOf(header, figureColumn);
			for (int c = 0; c < header.size() && figureColumn >= 0; c++) {
				if (c != figureColumn && isRateHeader(header.get(c)) && !isRateHeader(header.get(figureColumn))
						&& WORDS.mentions("figure-header", header.get(c))) {
					// 得点 | 満点 | 達成率: the rate is what is published, the points are what it is computed from
					figureColumn = c;
				}
			}
			boolean maximumBeside = header.stream().anyMatch(cell -> key(cell).contains("満点"));
			long markRows = table.body().stream().filter(row -> row.size() >= 2 && markOf(row.get(0).text()).isPresent()
					&& count(row.get(1).text()).isPresent()).count();
			boolean countsAndShares = header.stream().anyMatch(cell -> key(cell).matches(".*(?:" + ITEM_COUNT + "|件数)$"))
					&& header.stream().anyMatch(cell -> key(cell).matches(".*(?:割合|構成比)$"))
					&& table.body().stream().filter(row -> !row.isEmpty() && (markOf(row.get(0).text()).isPresent()
							|| row.size() > 1 && markOf(row.get(1).text()).isPresent())).count() * 2 > table.body().size();
			// 評価点 | 区分 | 取組数 | 割合 … 合計 | | 30 | 100.0%: the shares of a count of items, no figure of the report
			if (markRows * 2 > table.body().size() || countsAndShares) {
				// ◎ | 9 | 37.5% … 計 | 24 | 100.0%: how many items got each mark, its total no overall figure
				rateRowOfCounts(table);
				continue;
			}
			if (figureColumn < 0) {
				continue;
			}
			String headerUnit = key(header.get(figureColumn)).matches(".*(率|割合|%|％).*") ? "%"
					: key(header.get(figureColumn)).matches(".*(点|平均).*") ? "点" : null;
			boolean policyRow = false;
			// 評価点計: the points summed, no score of the pledge beside it
			boolean summed = SUMMED_HEADER.matcher(key(header.get(figureColumn))).find();
			List<Group> unmatched = new ArrayList<>();
			boolean fractions = "%".equals(headerUnit) && fractionsOfOne(table.body(), figureColumn, header.size());
			for (int r = 0; r < table.body().size(); r++) {
				List<Cell> printed = table.body().get(r);
				List<Cell> row = totalAligned(table, printed);
				// a row's number split from its name puts the figure further right, unless the header keeps a cell for
				// the number: then the extra cells are a column after the figure's, unlabelled (（参考）令和５年度)
				int column = figureColumn + (header.get(0).isBlank() ? 0 : Math.max(0, row.size() - header.size()));
				if (column >= row.size()) {
					continue;
				}
				Matcher f = Pattern.compile("^(\\d+(?:[.・]\\d+)?)\\s*(%|％|点)?$").matcher(nfkc(row.get(column).text()).strip());
				if (!f.matches()) {
					continue;
				}
				BigDecimal figure = number(f.group(1)).orElse(null);
				String unit = f.group(2) != null ? unit(f.group(2)) : headerUnit;
				if (fractions && f.group(2) == null && figure != null) {
					figure = percentOf(figure);
				}
				StringBuilder label = new StringBuilder();
				List<Integer> named = new ArrayList<>();
				for (int c = 0; c < column; c++) {
					String cell = nfkc(row.get(c).text()).strip();
					// 14／18: the points over the maximum the rate is computed from, no part of the group's name
					// － in a count's column: no item got that score, no part of the name either
					if (!cell.matches("[\\d.,%％点]*(?:[／/][\\d.,点]+)?") && !cell.matches("\\d{1,3}\\s*(?:件|項目|事業|取組|施策|公約)")
							&& !cell.matches("[-－―‐ー]")) {
						named.add(c);
					}
				}
				String spanned = null;
				String figureCell = nfkc(row.get(column).text()).strip();
				// 3.8 spanned down beside the policy's pledges: the policy's figure, none of a pledge's
				boolean figureSpanned = sameCell(table.body(), r - 1, column, figureCell) || sameCell(table.body(), r + 1, column, figureCell);
				for (int c : named) {
					String cell = nfkc(row.get(c).text()).strip();
					if (named.size() >= 2 && ("%".equals(headerUnit) || "点".equals(headerUnit) && !summed && !figureSpanned)
							&& (sameCell(table.body(), r - 1, c, cell) || sameCell(table.body(), r + 1, c, cell))) {
						// 基本目標１ … spanned down beside １－１ 安心して… | … | 91.7 (or 4.3 点): the figure is the pledge's, the
						// policy only the group it is under (a pledge no item names is no policy of its own)
						spanned = spanned == null ? cell : spanned;
						continue;
					}
					label.append(cell).append(' ');
				}
				if (spanned != null && NUMBERED_TOTAL.matcher(key(label.toString())).matches()) {
					// 基本目標１ … | 基本目標１　計 | … | 79.2: the total of the group spanned beside it
					label = new StringBuilder(spanned);
				}
				String rowLabel = withoutCountNote(key(label.toString()));
				if (rowLabel.isEmpty() || figure == null || unit == null) {
					continue;
				}
				if (WORDS.is("overall-row", rowLabel)) {
					if ("点".equals(unit) && maximumBeside) {
						// 合計 | 145点 | 200点: the points summed, not the figure the document publishes
						continue;
					}
					if (scan.overall == null) {
						scan.overall = figure;
						scan.overallUnit = unit;
					}
					continue;
				}
				if (WORDS.is("subtotal-row", rowLabel)) {
					continue;
				}
				String title = clean(stripNumbering(withoutGroupLabel(LEADING_SYMBOL.matcher(nfkc(label.toString()).strip()).replaceFirst(""))));
				Group placed = placeFigure(title, figure, unit, !continued);
				if (placed != null) {
					policyRow |= scan.policies.contains(placed);
				}
				else if (!continued && spanned == null && isTitle(title) && !TOTAL_TITLE.matcher(title).find()
						&& scan.entries.stream().anyMatch(entry -> entry.role == Role.ITEM)) {
					unmatched.add(new Group(title, figure, unit));
				}
			}
			if (policyRow) {
				// every field's figure, the items listed for a few (抜粋): the others are fields all the same
				scan.policies.addAll(unmatched);
			}
		}
		scan.scoredGroups = (int) scan.allGroups().stream().filter(group -> group.figure != null).count();
	}

	/** 評価点計, 合計点, 総得点: a column of points summed, no score. */
	private static final Pattern SUMMED_HEADER = Pattern.compile("計$|合計|総得点|総点|の和");

	/** 基本目標1計, 政策2 計: a numbered group's total row. */
	private static final Pattern NUMBERED_TOTAL = Pattern.compile("^[\\p{IsHan}の]{1,6}[0-9]{1,2}\\s*計$");

	/** Whether row {@code r} of the body holds the same text in column {@code c}. */
	private static boolean sameCell(List<List<Cell>> body, int r, int c, String text) {
		return r >= 0 && r < body.size() && c < body.get(r).size() && nfkc(body.get(r).get(c).text()).strip().equals(text);
	}

	/** How wide a header must be for a table of as many columns after it to be taken as its rows going on. */
	private static final int MIN_CONTINUED = 5;

	/**
	 * The table's header; for a table without one right after the table above (on its page or the next), the header
	 * that table's rows stand under, when it has as many columns.
	 */
	private static List<String> headerOrAbove(Table table, Table previous, List<String> above) {
		if (table.headerRows() > 0) {
			return table.header();
		}
		// 柱２ …のま over ち over 柱３ …: the rows a wrapped cell cut off their header go on under it
		int width = table.rows().stream().mapToInt(List::size).max().orElse(0);
		boolean adjacent = previous != null && table.location().page() - previous.location().page() <= 1;
		return adjacent && above.size() >= MIN_CONTINUED && width == above.size() ? above : List.of();
	}

	/** (分野小計), 総合点, 全体（単純平均）: a row that sums or averages the groups, none of them. */
	private static final Pattern TOTAL_TITLE = Pattern.compile("計|総合|全体|平均|総点");

	/** The group the figure was placed with: found by its title, or made when the document lists no items. */
	private Group placeFigure(String title, BigDecimal figure, String unit, boolean mayAdd) {
		if (!isTitle(title)) {
			return null;
		}
		Group best = null;
		double bestScore = 0.8;
		for (Group group : scan.allGroups()) {
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
			return best;
		}
		if (mayAdd && scan.entries.stream().noneMatch(entry -> entry.role == Role.ITEM)) {
			Group group = new Group(title, figure, unit);
			scan.policies.add(group);
			return group;
		}
		return null;
	}

	private static final Pattern MEAN_SAID = Pattern.compile("(?:全体|総合)平均(?:点)?は\\s*(\\d{1,2}\\.\\d{1,2})(?![\\d.%％点])");

	private static final Pattern MEAN_ALONE = Pattern.compile("^(?:全体|総合)平均(?:点)?\\s*[:：]?\\s*(\\d{1,2}(?:\\.\\d{1,2})?)$");

	/** 全体の達成度, 総合評価: a row's label that names the whole report's figure. */
	private static final Pattern WHOLE_LABEL = Pattern.compile("^(?:全体|総合|全\\d+)");

	/** 昨年度の達成率は, 令和5年度評価時の進捗率: an earlier year's figure named before the rate's word. */
	private static final Pattern PRIOR_OVERALL = Pattern
		.compile("(?:前年度|昨年度|前回|前年|昨年|年度評価時|前期)(?:末|時点|末時点)?(?:の|に(?:おける|は))(?:全体の|総合)?(?:進捗率|達成率|実現率|実施率|割合|達成度|進捗度)");

	/** 進捗率（A＋B）÷全取組数, 達成率（◎＋○）: a rate's name, what it is computed from in brackets or after ÷. */
	private static final Pattern RATE_ROW = Pattern.compile("^([^(（÷/／]{2,8})(?:[(（][^)）]*[)）])?(?:[÷/／].*)?$");

	/**
	 * A table counting items per mark whose last rows give the rate they make (進捗率（A＋B）÷全取組数 | 71.9% |
	 * 23／32): the overall figure, taken before any sentence.
	 */
	private void rateRowOfCounts(Table table) {
		for (List<Cell> row : table.body()) {
			if (row.size() < 2 || scan.overall != null) {
				continue;
			}
			Matcher label = RATE_ROW.matcher(nfkc(row.get(0).text()).strip());
			if (!label.matches() || !WORDS.words("figure-header").contains(label.group(1).strip())
					|| !isRateHeader(label.group(1))) {
				continue;
			}
			List<String> rates = row.subList(1, row.size()).stream().map(cell -> nfkc(cell.text()).strip())
				.filter(cell -> cell.matches("^\\d+(?:\\.\\d+)?\\s*%$")).toList();
			if (rates.size() == 1) {
				// 進捗率 | 66.7% | 75.0% | … | 70.0%: a rate per group in a transposed table, none of them the overall
				scan.overall = number(rates.get(0).replaceAll("\\s*%$", "")).orElse(null);
				scan.overallUnit = "%";
			}
		}
	}

	/** 全体の達成率は66.3％; 総合評価 72・5点; 割合（…）は54.5％; 合計 45点 ÷ 満点 60点 ＝ 75.0％. */
	void overallFromText(DocumentModel model) {
		if (scan.overall != null) {
			return;
		}
		for (Block block : model.blocks()) {
			List<String> texts = new ArrayList<>();
			if (block instanceof Paragraph paragraph) {
				texts.add(paragraph.text());
			}
			else if (block instanceof ListItem item) {
				texts.add(item.body());
			}
			else if (block instanceof Field field) {
				texts.add(field.label() + "は" + field.value());
			}
			else if (block instanceof Table table) {
				// 全体の達成度　６２．３％ set apart like a table's row: the label and its figure
				for (List<Cell> row : table.rows()) {
					List<String> cells = row.stream().map(cell -> cell.text().strip()).filter(cell -> !cell.isEmpty()).toList();
					if (cells.size() == 2 && WHOLE_LABEL.matcher(nfkc(cells.get(0))).find()) {
						texts.add(cells.get(0) + "は" + cells.get(1));
					}
				}
			}
			for (String text : texts) {
				for (String sentence : nfkc(text).split("。")) {
					if (sentence.strip().matches("^[(（【〔\\[]?\\s*参考.*")) {
						// （参考）「達成」と「順調」を合わせた割合は68.4％: a figure to compare, not the one published
						continue;
					}
					if (PRIOR_OVERALL.matcher(sentence).find()) {
						// ※ 令和5年度評価時の進捗率は65.6％でした: last year's figure, for comparison
						continue;
					}
					Optional<Quantity> figure = overallIn(sentence);
					if (figure.isPresent()) {
						scan.overall = figure.get().number();
						scan.overallUnit = figure.get().unit();
						return;
					}
				}
			}
		}
	}

	/**
	 * 進捗率の考え方 over 100％ 取組が完了したもの and 75％～95％ …, 到達点を100％とし, 10％刻みで: the scale the items are
	 * rated on, no result.
	 */
	private static final Pattern SCALE = Pattern.compile("の考え方|の見方|\\d\\s*[%％]\\s*(?:刻み|きざみ|単位で)|\\d\\s*[%％]\\s*[～~〜]\\s*\\d|を\\s*\\d{1,3}\\s*[%％]\\s*と(?:し|する)");

	/** 分野の, 柱の, 政策別の: a group's word right before the rate it names. */
	private static final Pattern GROUPS_OWN = Pattern.compile("(?:分野|柱|政策|施策|基本目標|基本方針|章)[0-9０-９]*(?:の|別の|ごとの)$");

	/** 合計（全26項目）: the total, with a note of what it counts. */
	private static String withoutCountNote(String label) {
		return label.replaceFirst("(?<=.)[（(]全?[0-9０-９]{1,3}(?:項目|件|指標|事業)?[）)]$", "");
	}

	/** 合計が100％にならない場合があります: a note on rounding, whose figure is nobody's result. */
	private static final Pattern ROUNDING_NOTE = Pattern.compile("四捨五入|端数|切り?捨て|場合があ");

	private static Optional<Quantity> overallIn(String sentence) {
		String text = withoutBrackets(sentence);
		if (ROUNDING_NOTE.matcher(text).find() || SCALE.matcher(text).find()) {
			return Optional.empty();
		}
		Matcher mean = MEAN_ALONE.matcher(text.strip());
		if (mean.matches()) {
			// 全体平均 3.6: a mean of scores, printed without its unit
			return number(mean.group(1)).map(n -> new Quantity(n, "点", false, mean.group()));
		}
		Matcher meanSaid = MEAN_SAID.matcher(text);
		if (meanSaid.find()) {
			// 総合平均は3.6（前年度3.3）となりました: the mean of the items' scores, in the scale's points
			return number(meanSaid.group(1)).map(n -> new Quantity(n, "点", false, meanSaid.group()));
		}
		int at = -1;
		for (String word : WORDS.words("overall-sentence")) {
			Matcher found = Pattern.compile(Pattern.quote(word) + "(?!的)").matcher(text);
			if (found.find() && (at < 0 || found.start() < at)) {
				at = found.start();
			}
		}
		if (at < 0 || GROUPS_OWN.matcher(text.substring(0, at)).find()) {
			// 分野の進捗率：75.8％: a group's figure, not the report's
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
		while (figure.find()) {
			String prefix = after.substring(0, figure.start());
			if (after.startsWith("満点", figure.end()) && after.startsWith("中", figure.end() + 2)) {
				// ５点満点中 3.68点: the scale's top, then the figure
				continue;
			}
			if (prefix.endsWith("満点") || prefix.matches(".*\\d$") || after.startsWith("満点", figure.end())) {
				return Optional.empty();
			}
			String found = figure.group();
			return number(figure.group(1)).map(n -> new Quantity(n, unit(figure.group(2)), false, found));
		}
		return Optional.empty();
	}

	/**
	 * 合計 | 30 | 7 | … under a header that keeps a first cell for the rows' numbers (１ | 子どもを… | 7 | 2 …): the total
	 * spans the number and the name, its cells stand under the columns from the right; the row as its cells stand.
	 */
	private static List<Cell> totalAligned(Table table, List<Cell> row) {
		int widest = table.body().stream().mapToInt(List::size).max().orElse(0);
		if (row.isEmpty() || row.size() >= widest || table.headerRows() == 0 || !table.header().get(0).isBlank()
				|| !TOTAL_TITLE.matcher(key(row.get(0).text())).find() || key(row.get(0).text()).length() > 4) {
			return row;
		}
		List<Cell> aligned = new ArrayList<>();
		for (int c = row.size(); c < widest; c++) {
			aligned.add(new Cell("", row.get(0).location()));
		}
		aligned.addAll(row);
		return aligned;
	}

	/** Counts of items per mark: a table of marks and counts (either way round), or a sentence (達成3項目、順調29項目). */
	void markCounts(DocumentModel model) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		Map<String, String> markOfWord = legendWords(model);
		List<String> headerAbove = List.of();
		Table tableAbove = null;
		for (Table table : model.tables()) {
			Table before = tableAbove;
			tableAbove = table;
			if (scan.entries.stream().anyMatch(e -> e.table == table && e.role == Role.ITEM)) {
				headerAbove = List.of();
				continue;
			}
			int countColumn = countColumn(table);
			// 評価 | 区分 | 項目数 over 5 | 達成 | 8項目: the scores the items were given, before the words for them
			boolean scored = table.headerRows() > 0 && WORDS.is("evaluation-header", key(table.header().get(0)))
					&& countColumn > 1;
			// 評価５（★★★★★） | 5件 taken for a header: a row of counts like the others
			List<List<Cell>> rows = scored ? table.body() : table.rows();
			for (List<Cell> row : rows) {
				if (row.size() >= 2) {
					Optional<Evaluation> mark = (scored ? EvaluationMarks.score(row.get(0).text(), scan.levels())
							.or(() -> markOf(row.get(0).text())) : markOf(row.get(0).text()))
						.or(() -> legendMark(row.get(0).text()));
					OptionalInt count = Table.cell(row, countColumn).map(PledgeText::count).orElse(OptionalInt.empty());
					boolean alone = countColumn != 1 || row.stream().skip(2).allMatch(Cell::isEmpty) || countColumnNamed(table);
					if (mark.isPresent() && count.isPresent() && alone) {
						counts.putIfAbsent(display(mark.get()), count.getAsInt());
					}
				}
			}
			boolean scoresFirst = !table.rows().isEmpty() && !table.rows().get(0).isEmpty()
					&& WORDS.is("evaluation-header", key(table.rows().get(0).get(0).text()));
			List<String> continued = table.headerRows() > 0 ? List.of() : headerOrAbove(table, before, headerAbove);
			headerAbove = table.headerRows() > 0 ? table.header() : continued;
			if (table.headerRows() > 0 || scoresFirst || !continued.isEmpty()) {
				List<String> header = marksUnder(table.headerRows() > 0 ? table.header() : !continued.isEmpty() ? continued
						: table.rows().get(0).stream().map(Cell::text).toList(), table);
				// 評価点 | ５ | ４ | ３ over 項目数 | 7 | 9 | 8: the scores across, each over its count
				boolean scoresAcross = WORDS.is("evaluation-header", key(header.get(0)));
				for (List<Cell> printed : table.headerRows() > 0 || !continued.isEmpty() ? table.body()
						: table.rows().subList(1, table.rows().size())) {
					List<Cell> row = totalAligned(table, printed);
					// 　 | 合計 | 20 | 7 | …: the label in the column after a blank one of numbers
					int at = row.get(0).text().isBlank() && row.size() > 2 ? 1 : 0;
					// R6項目数 over （参考）R5: the year's count row, the year before it
					String label = withoutCountNote(key(row.get(at).text()).replaceFirst("^" + PledgeText.ERA_YEAR + "(?:年度)?(?=.)", ""));
					if (!WORDS.is("count-row", label) && !WORDS.is("overall-row", label)) {
						continue;
					}
					for (int c = at + 1; c < Math.min(header.size(), row.size()); c++) {
						// ◎実施済み: a mark over the word for it, two header rows joined; A⏎（達成）: one cell's two lines
						String heading = header.get(c).replace("\n", "");
						String cell = header.get(c);
						String firstLine = cell.strip().split("\n")[0];
						Optional<Evaluation> mark = markOf(heading).or(() -> markOf(heading.strip().replaceFirst("^([◎○〇△×●▲]).+$", "$1")))
							// Ａ⏎達成⏎（３点）: the mark, its word and its points, one cell's three lines
							.or(() -> cell.contains("\n") ? markOf(firstLine) : Optional.empty())
							// 評価別の取組数 over ● | ◕ | ◑: the spanning label, then the mark of the column
							.or(() -> scan.cellMark(SPANNED_MARK.matcher(heading.strip()).replaceFirst("$1")).filter(m -> SPANNED_MARK.matcher(heading.strip()).matches()))
							.or(() -> scoresAcross ? EvaluationMarks.score(heading, scan.levels()) : Optional.empty())
							// ５ 完了: the score, then the word its legend gives it
							.or(() -> scoresAcross ? EvaluationMarks.score(nfkc(heading).strip().replaceFirst("^([0-9]{1,2})\\s+\\D{1,6}$", "$1"), scan.levels())
									: Optional.empty());
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
		Map<String, Integer> overall = new HashMap<>();
		Block previous = null;
		for (Block block : model.blocks()) {
			Block above = previous;
			previous = block;
			if (above != null && !(block instanceof Table) && COUNTS_FIRST.matcher(key(nfkc(EvaluatedReportReader.textOf(block)))).find()) {
				String over = nfkc(EvaluatedReportReader.textOf(above));
				if (OVERALL_LABEL.matcher(over).find()) {
					// 【全体】４０項目 over ◎１４　○２０　△６: the report's counts, whatever groups' counts came before
					inline(EvaluatedReportReader.textOf(block), overall);
					continue;
				}
				if (above instanceof Heading && GROUP_SIZE.matcher(over.strip()).find()) {
					// ■子育て・教育（９項目） over ◎３　○５　△１　達成率６１．１％: that group's counts
					continue;
				}
			}
			if (block instanceof Paragraph paragraph) {
				for (String line : paragraph.lines()) {
					inline(line, counts);
				}
				if (paragraph.lines().size() > 1) {
					// 実現 / 17項目 / 一部実現 / 10項目: a box of counts printed one value a line
					inline(String.join("", paragraph.lines().stream().map(String::strip).toList()), counts);
				}
			}
			else if (block instanceof Field field && GROUP_LABEL.matcher(nfkc(field.label())).find()) {
				// 【柱Ⅰの評価】 Ａ：3項目 Ｂ：3項目: one group's counts, not the report's
				continue;
			}
			else if (block instanceof ListItem note && note.marker().startsWith("※") && note.body().contains("参考")) {
				// ※３ （参考）欄は令和５年度末の割合です。令和５年度末の公約数は◎４、○11…: the year before's, for comparison
				continue;
			}
			else if (block instanceof Heading || block instanceof ListItem || block instanceof Field) {
				inline(EvaluatedReportReader.textOf(block), counts);
			}
		}
		counts.putAll(overall);
		// ◎ 実現 | 9 in the table and 「実現」が９項目 in the text: one count, told twice
		counts.keySet().removeIf(word -> markOfWord.containsKey(word) && counts.get(word).equals(counts.get(markOfWord.get(word))));
		counts.forEach((mark, count) -> scan.markCounts.add(new MarkCount(mark, count)));
	}

	/**
	 * The header with the marks of the first body row in their columns, where that row is a second header row the
	 * table did not take for one (評価別の項目数 over Ａ⏎達成 | Ｂ⏎順調 | …, a cell's lines each a word of it).
	 */
	private List<String> marksUnder(List<String> header, Table table) {
		if (table.headerRows() != 1 || table.body().size() < 2) {
			return header;
		}
		List<Cell> under = table.body().get(0);
		long marks = under.stream().filter(cell -> !cell.isEmpty() && markOf(cell.text().strip().split("\n")[0]).isPresent()).count();
		if (marks < 2 || under.isEmpty() || !under.get(0).isEmpty()) {
			return header;
		}
		List<String> joined = new ArrayList<>(header);
		for (int c = 0; c < under.size() && c < joined.size(); c++) {
			if (!under.get(c).isEmpty()) {
				joined.set(c, under.get(c).text());
			}
		}
		return joined;
	}

	/** ÷ 28項目, ÷ 28, ÷ 項目数: a sum divided by how many items there are (not ÷（項目数 × ３点）, the highest sum). */
	private static final java.util.regex.Pattern PER_ITEM_DIVISOR = java.util.regex.Pattern
		.compile("\\s*(?:全?\\d+(?:項目|件|取組|事業|施策)?\\s*(?:[=＝≒)）]|$)|[^=＝×]{0,8}(?:項目数|の数|件数)(?!\\s*[×xX＊*]))");

	/** The words a legend gives the marks (◎ 実現, or ◎ | 実現 | ３点), by word. */
	private Map<String, String> legendWords(DocumentModel model) {
		Map<String, String> words = new HashMap<>();
		for (Table table : model.tables()) {
			for (List<Cell> row : table.rows()) {
				String first = row.isEmpty() ? "" : nfkc(row.get(0).text()).strip();
				Matcher worded = MARK_AND_WORD.matcher(first);
				String mark = worded.matches() ? worded.group(1) : first;
				String word = worded.matches() ? worded.group(2) : row.size() > 1 ? nfkc(row.get(1).text()).strip() : "";
				Optional<Evaluation> evaluation = mark.length() == 1 ? markOf(mark) : Optional.empty();
				if (evaluation.isPresent() && word.matches("[^\\s0-9]{1,8}") && !word.equals(mark)) {
					words.putIfAbsent(word, display(evaluation.get()));
				}
			}
		}
		return words;
	}

	/** ◎ 実現 in a table of counts: the mark, the word its legend gives it after it. */
	private static Optional<Evaluation> legendMark(String cell) {
		Matcher worded = MARK_AND_WORD.matcher(nfkc(cell).strip());
		return worded.matches() ? markOf(worded.group(1)) : Optional.empty();
	}

	/** ◎ 実現: a mark and the word its legend gives it, in one cell. */
	private static final Pattern MARK_AND_WORD = Pattern.compile("^(\\S)\\s+(\\S{1,8})$");

	/** The column a header names as the number of items (項目数, 件数, 事業数), else the second. */
	private static int countColumn(Table table) {
		List<String> header = table.header();
		for (int c = 1; c < header.size(); c++) {
			if (key(header.get(c)).matches("(?:項目|件|事業|施策|取組|公約|指標)?数|項目数|件数")) {
				return c;
			}
		}
		return 1;
	}

	private static boolean countColumnNamed(Table table) {
		List<String> header = table.header();
		return header.size() > 1 && key(header.get(1)).matches("(?:項目|件|事業|施策|取組|公約|指標)?数|項目数|件数");
	}

	private static final Pattern GROUP_COUNTS = Pattern.compile("([0-9.]+\\s*%\\s*)\\([^()]*[◎○〇△×][0-9][^()]*\\)");

	/** ◎３○５△１達成率61.1%: two marks or more, each with its count, first in a block. */
	private static final Pattern COUNTS_FIRST = Pattern.compile("^(?:" + EvaluationMarks.MARK_COUNT + "){2,}");

	/** 【全体】, 総合評価, 全４０項目: a label for the whole report. */
	private static final Pattern OVERALL_LABEL = Pattern.compile("全体|総合|総計|合計|全\\s*[0-9]+\\s*(?:項目|件)");

	/** ■子育て・教育（９項目）: a group's heading with how many items it holds. */
	private static final Pattern GROUP_SIZE = Pattern.compile("[(（]\\s*[0-9]{1,3}\\s*(?:項目|件|事業|施策)\\s*[)）]$");

	private static final Pattern JOINT_COUNT = Pattern
		.compile("「[^」]{1,8}」\\s*(?:と|及び|や|、)\\s*「[^」]{1,8}」\\s*(?:の|を合わせた|を合わせて)\\s*[0-9]+\\s*項目");

	/**
	 * 完了 ８件　実施中 １３件; ○９項目、△３項目; ○36 △10 ×0: a count after a mark, not a score or a date after a word
	 * (5点 完了 4点 順調 is a legend).
	 */
	private static void inline(String printed, Map<String, Integer> counts) {
		if (EARLIER_YEAR.matcher(nfkc(printed)).find()) {
			// ※令和５年度の評価件数は次のとおりです。◎は０項目…: last year's counts, whichever sentence states them
			return;
		}
		String[] sentences = printed.split("(?<=。)(?=.)");
		if (sentences.length > 1) {
			// …割合です。令和５年度末の公約数は◎４、○11…でした。: each sentence by itself, a year's counts told apart
			for (String sentence : sentences) {
				inline(sentence, counts);
			}
			return;
		}
		// ○７番（赤羽美香君）　おはようございます: a speaker in a council's minutes, no count of a mark
		String text = EvaluationScan.SPEAKER.matcher(nfkc(printed)).replaceAll(" ");
		if (nfkc(text).strip().matches("^\\(.*\\)$")) {
			// (進捗率 88.9% ◎3 ○5 △1 ×0) under a group's heading: the group's counts, not the report's
			return;
		}
		if (EARLIER_YEAR.matcher(nfkc(text)).find()) {
			// ※令和５年度の評価件数：済 ４項目、青 １８項目 …: last year's counts, for comparison
			return;
		}
		// 項目数 6 進捗率 70.8% (◎1 ○3 △2 ×0): a group's rate and its own counts; 「△遅れ」と「×未着手」の 7 項目: two
		// marks counted together, neither's count
		text = GROUP_COUNTS.matcher(nfkc(text)).replaceAll("$1");
		text = JOINT_COUNT.matcher(text).replaceAll("");
		// 「◎」が11項目、「○」が20項目: the mark quoted, then its count; 「◎ 実施済み」: the mark with its meaning
		String unquoted = nfkc(text).replaceAll("「([◎○〇△×●▲☆★])\\s*[^」\\d]{1,8}」", "「$1」")
			// 「済（完了）」は９項目: the mark with its meaning in brackets, quoted
			.replaceAll("「([^」()\\d]{1,4})\\([^」()]{1,8}\\)」", "「$1」")
			// 「5 達成」が8項目: the score with the word for it, then its count
			.replaceAll("「([0-9]{1,2})\\s*[^」\\d]{1,8}」\\s*(?:が|は)?\\s*(?=\\d)", "$1点：").replaceAll("「([^」]{1,6})」\\s*(?:が|は)?\\s*(?=\\d)", "$1")
			// 評価５（達成）が8項目: the score after the word for a grade, its meaning, then its count
			.replaceAll("評価\\s*([0-9]{1,2})\\s*(?:\\([^()\\d]{1,8}\\))?\\s*(?:が|は)\\s*(?=\\d{1,4}\\s*(?:項目|件|取組|事業|施策))", "$1点：")
			// Ａ評価が9項目: the mark, the word for it, then its count
			.replaceAll("(?<![^\\s、,，。:：])([A-Za-z◎○〇△×]|[^\\s(、,，。]{1,4}?)評価\\s*(?:が|は)\\s*(?=\\d)", "$1")
			// ✅ 実現　12項目, ×未着手・見直しが１取組: a symbol, the word for it, then its count
			.replaceAll("([◎○〇△×✕●▲✅🔺❌])\\s*(?:[^\\s\\d、。:：()（）◎○〇△×✕●▲✅🔺❌]{1,5}|[\\p{IsHan}\\p{IsKatakana}\\p{IsHiragana}ー・]{6,8})\\s*(?=\\d{1,5}\\s*(?:項目|件|取組|事業|施策|公約|つ|個))", "$1")
			// Ａが８項目: the mark, が, then its count
			.replaceAll("(?<![A-Za-z])([A-ES◎○〇△×])\\s*(?:が|は)\\s*(?=\\d{1,4}\\s*(?:項目|件|取組|事業|施策))", "$1")
			// S(完了)が5項目: the mark with its meaning in brackets, then its count
			.replaceAll("(?<![^\\s、,，。:：])([^\\s(、,，。]{1,4}?)\\([^()]{1,8}\\)\\s*(?:が|は)\\s*(?=\\d)", "$1");
		Matcher scores = SCORE_COUNT.matcher(unquoted);
		List<int[]> scored = new ArrayList<>();
		while (scores.find()) {
			scored.add(new int[] { Integer.parseInt(scores.group(1)), Integer.parseInt(scores.group(2)) });
		}
		if (scored.size() >= 2) {
			// ５点：３項目　４点：６項目 …: how many items got each score
			int top = scored.stream().mapToInt(pair -> pair[0]).max().orElseThrow();
			scored.forEach(pair -> EvaluationMarks.score(String.valueOf(pair[0]), top)
				.ifPresent(score -> counts.putIfAbsent(display(score), pair[1])));
		}
		String marks = TIMES.matcher(unquoted).replaceAll("*");
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

	private static final Pattern SPANNED_MARK = Pattern.compile("^[^◎○〇△×●▲" + org.govreview.readers.text.EvaluationMarks.FILLS + "]{2,}([◎○〇△×●▲" + org.govreview.readers.text.EvaluationMarks.FILLS + "])$");

	/**
	 * 平均達成度（%） over 令和６年度 | 令和５年度: of the columns one heading spans, the same words over each year, the
	 * latest year's; the column itself when its header names no year.
	 */
	private static int latestYearOf(List<String> header, int column) {
		if (column < 0) {
			return column;
		}
		Matcher own = HEADER_YEAR.matcher(nfkc(header.get(column)));
		if (!own.find()) {
			return column;
		}
		int latestYear = org.govreview.readers.text.FiscalYears.yearOf(own.group()).orElse(0);
		String words = key(own.replaceAll(""));
		int latest = column;
		for (int c = 0; c < header.size(); c++) {
			Matcher year = HEADER_YEAR.matcher(nfkc(header.get(c)));
			if (c == column || !year.find()) {
				continue;
			}
			int stated = org.govreview.readers.text.FiscalYears.yearOf(year.group()).orElse(0);
			if (stated > latestYear && key(year.replaceAll("")).equals(words)) {
				latest = c;
				latestYear = stated;
			}
		}
		return latest;
	}

	private static final Pattern HEADER_YEAR = Pattern.compile(org.govreview.readers.text.FiscalYears.ERA_YEAR);

	/** 前年度, 令和５年度の評価件数, （参考）令和５年度末の: counts of another year, named at the start (or given for reference) or as the year before. */
	private static final Pattern EARLIER_YEAR = Pattern.compile("前年度|昨年度|前回|^\\s*※?\\s*(?:令和|平成)\\s*(?:元|\\d{1,2})\\s*年度の|^\\s*※?\\s*"
			+ PledgeText.REFERENCE_YEAR);

	/** 平均評点（点） over （参考）令和５年度: a column's header naming another year given for reference, anywhere in it. */
	private static final Pattern REFERENCE_YEAR = Pattern.compile(PledgeText.REFERENCE_YEAR);

	private static final Pattern NOT_WEIGHTED = Pattern.compile("重み付?け(?:は|を)?(?:行って|して)?(?:いない|いません|おらず|せず|しない|なし)");

	/** 換算点の合計, 評価点の合計, 点数の計: the items' points summed, before a division by their count. */
	private static final Pattern POINTS_SUMMED = Pattern.compile("(?:換算点|評価点|点数|得点|配点|点)の(?:合計|総和|計)$");

	/** What a share of marks counts: items, projects, measures, or the marks themselves. */
	private static final Pattern COUNTS_ITEMS = Pattern.compile("項目|件数|取組数|事業数|施策数|公約数|[◎○◯●△▲×✕✅🔺❌" + EvaluationMarks.FILLS + "]|の総数|達成(?!率)|順調|実現(?!度|率)|完了|実施済");

	/** ③　総合評価点は、全24項目の評価点の平均としました。: a numbered heading that states how a figure is made. */
	private static final Pattern STATED = Pattern.compile("は、.*(?:とし|し)(?:ました|ます|ている|ています)。?$");

	/** 達成度＝合計点÷満点×100 in a sheet's note cell: the rule, written as a formula. */
	private static final Pattern FORMULA = Pattern.compile("^[^=]{1,12}=[^=]*÷");

	private static final Pattern DIVIDED_BY_MAXIMUM = Pattern.compile("合計[^。]{0,12}満点[^。]{0,16}?で割");

	/** 単純に平均すると…になりますが: a way of computing set against the one the report used. */
	private static final Pattern OTHER_WAY = Pattern.compile("平均(?:する|した)と[^。]*(?:なります|です|となる|になる)が");

	static OverallRule rule(DocumentModel model) {
		List<String> sentences = new ArrayList<>();
		String unfinished = "";
		for (Block block : model.blocks()) {
			String text = block instanceof Paragraph p ? String.join("", p.lines().stream().map(String::strip).toList())
					: block instanceof ListItem item ? item.body() : block instanceof Field field ? field.label() + field.value()
							: block instanceof Heading heading && STATED.matcher(heading.title()).find() ? heading.title() : "";
			if (block instanceof Paragraph && !unfinished.isEmpty()) {
				// ※「実現」と「一部実現」を合わせた / 割合を「実現率」としています。: a note's sentence the width wrapped
				sentences.add(key(nfkc(unfinished + text).split("。")[0]));
			}
			unfinished = block instanceof ListItem && !text.isBlank() && !nfkc(text).strip().endsWith("。") ? text : "";
			for (String sentence : nfkc(text).split("。")) {
				sentences.add(key(sentence));
			}
			if (block instanceof Table table) {
				// ①　項目の評価点は、…平均としました。 set out as a list in two columns
				table.rows().stream().flatMap(List::stream).map(Cell::text).flatMap(cell -> List.of(nfkc(cell).split("。")).stream())
					.filter(sentence -> STATED.matcher(sentence + "。").find() || FORMULA.matcher(sentence).find()).map(PledgeText::key).forEach(sentences::add);
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
				if (rule[1].equals("mean") && OTHER_WAY.matcher(sentence).find()) {
					// ４つの基本方針の到達度を単純に平均すると６８．６％になりますが: how the figure is not computed
					continue;
				}
				if (rule[1].equals("weighted") && NOT_WEIGHTED.matcher(sentence).find() || sentence.contains("参考")) {
					// 施策数による重み付けは行っていません: said of a mean; a 参考値 is not how the figure is computed
					continue;
				}
				if (rule[1].equals("sum-over-maximum") && DIVIDED_BY_MAXIMUM.matcher(sentence).find()) {
					// …合計し、満点（項目数×４点）で割って算出: the sum over the highest sum, said in words
					return OverallRule.SUM_OVER_MAXIMUM;
				}
				if (rule[1].equals("sum-over-maximum") && (!sentence.contains("÷")
						|| !sentence.substring(sentence.indexOf('÷')).contains("満点") && (sentence.contains("平均")
								|| PER_ITEM_DIVISOR.matcher(sentence.substring(sentence.indexOf('÷') + 1)).lookingAt()))) {
					// 総合平均点＝自己評価点の合計÷28: a mean over the items, no share of the highest sum
					continue;
				}
				if (rule[1].equals("share-of-marks") && sentence.contains("÷")
						&& POINTS_SUMMED.matcher(sentence.substring(0, sentence.indexOf('÷'))).find()
						&& !sentence.substring(sentence.indexOf('÷') + 1).matches(".*[÷×].*")) {
					// 進捗率＝換算点の合計÷項目数: the items' points summed over their count, their mean
					return OverallRule.MEAN;
				}
				if (rule[1].equals("share-of-marks") && !COUNTS_ITEMS.matcher(sentence).find()) {
					// 改善幅に対する実績値の改善幅の割合を達成率とし: a share that defines an item's rate, no count of items
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
}
