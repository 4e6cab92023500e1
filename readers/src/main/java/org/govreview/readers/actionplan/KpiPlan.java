package org.govreview.readers.actionplan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govreview.domain.actionplan.AchievementCount;
import org.govreview.domain.actionplan.Initiative;
import org.govreview.domain.actionplan.InterimTarget;
import org.govreview.domain.actionplan.PolicyDirection;
import org.govreview.domain.document.Finding;
import org.govreview.domain.indicator.Indicator;
import org.govreview.domain.indicator.IndicatorValue;
import org.govreview.readers.document.Block;
import org.govreview.readers.document.Cell;
import org.govreview.readers.document.DocumentModel;
import org.govreview.readers.document.Field;
import org.govreview.readers.document.GroupBands;
import org.govreview.readers.document.Heading;
import org.govreview.readers.document.ListItem;
import org.govreview.readers.document.Location;
import org.govreview.readers.document.NumberingScheme;
import org.govreview.readers.document.Paragraph;
import org.govreview.readers.document.Table;
import org.govreview.readers.text.Departments;
import org.govreview.readers.text.FiscalYears;
import org.govreview.readers.text.JapaneseDates;
import org.govreview.readers.text.JapaneseNumbers;
import org.govreview.readers.text.Quantity;
import org.govreview.readers.text.StatedDate;
import org.govreview.readers.text.ValueTransitions;

/**
 * The policy directions, initiatives and indicators of a KPI plan read from its {@link DocumentModel}, by the words of
 * {@link PlanVocabulary} rather than by layout:
 * <ul>
 * <li>a direction is a heading labelled with a direction word (基本目標Ⅰ, 政策1, ■柱１, 政策の柱２), or a heading of
 * the kind of one already found; an initiative is a numbered heading below it (施策(1), ①, ア, 1-1, ●1-1), or a row
 * of a table with an initiative column (施策 | 指標 | …), the heading above such a table then being the
 * direction;</li>
 * <li>indicators come from tables with an indicator column and baseline, target, combined (基準値→目標値), year
 * (R6, 2025年度) and unit (単位: 万人, 億円) columns; from label–value fields (KPI：名称 72万人（R4）→90万人（R9）;
 * 【指標】, 【基準値】, 【目標値】 in turn); from lines naming a value transition; and from sentences such as
 * 「…の受診率を、令和5年度の38.6％から令和9年度には50.0％へ」;</li>
 * <li>a year comes from the value's cell (91.2%（R4）), else from its column header (基準値（2023年度）); a value
 * whose year is stated nowhere has none;</li>
 * <li>departments come from 所管 / 担当課 fields and columns; achievement counts from a table of bands or grades
 * with a count of indicators (80％以上 | 57).</li>
 * </ul>
 * A heading printed three times or more (a running page header) is not a heading. Directions and initiatives that
 * state neither indicators nor a department are not kept. Stateless and thread-safe; each call reads afresh.
 */
final class KpiPlan {

	/**
	 * What the plan states. {@code statedTargets}: the targets on the way that a word calls targets (中間目標), which stay targets whatever
	 * year they are for, unlike a bare year column.
	 */
	record Reading(List<PolicyDirection> directions, List<AchievementCount> achievementCounts, Set<InterimTarget> statedTargets) {

		boolean isEmpty() {
			return directions.isEmpty();
		}

		int indicatorCount() {
			return directions.stream()
				.mapToInt(direction -> direction.indicators().size()
						+ direction.initiatives().stream().mapToInt(initiative -> initiative.indicators().size()).sum())
				.sum();
		}
	}

	private static final Pattern ARROW = Pattern.compile("[→⇒➡⇨]");

	/** から between two figures, the worded arrow of 30％から50％へ. */
	private static final Pattern WORDED_ARROW = Pattern
		.compile("(?<=[)）0-9０-９%％円人件回台t㎡])[\\s　]*から[\\s　]*(?=[約0-9０-９])");

	/** 現状値, 目標値 … before the figures of a line that names no indicator. */
	private static final Pattern VALUE_LABELS = Pattern.compile("(?:現状値|基準値|現況値|策定時|目標値|目標)[\\s　:：]*");

	/** 年４回, 年間12回: a figure per year, the figure itself. */
	private static final Pattern PER_PERIOD = Pattern.compile("^(?:年間?|毎年度?)(?=[0-9０-９])");

	/** 90.0％以下, 30件以上: the bound a target is stated with, after its figure. */
	private static final Pattern BOUND = Pattern.compile("(?<=[0-9０-９%％\\p{IsHan}])(?:以下|以上)$");

	private static final Pattern TRAILING_BRACKET = Pattern.compile("^(.*?)[\\s　]*[（(]([^（）()]{1,16})[）)][\\s　]*$");

	private static final Pattern BRACKET = Pattern.compile("[（(]([^（）()]{1,16})[）)]");

	/** 目標値R6, 目標値2025年度: a header word with its year after it, as a spanning header gives each column. */
	private static final Pattern TRAILING_YEAR = Pattern
		.compile("(?<=[\\p{IsHan}\\p{IsKatakana}\\p{IsHiragana}])((?:[RH](?:\\d{1,2}|元)|(?:令和|平成)(?:\\d{1,2}|元)|\\d{4})(?:年度?)?)$");

	/** 末, 時点, 実績 …, and a note's mark (R4※, R3＊1): what may follow a year in its cell. */
	private static final Pattern YEAR_SUFFIX = Pattern.compile("(?:末|時点|実績|決算|見込み?|現在|の値|値|目標|[※＊*][0-9０-９]?)+$");

	private static final String YEAR = "((?:令和|平成|R|H|Ｒ|Ｈ)[\\s　]*(?:元|[0-9０-９]{1,2})[\\s　]*年度?|[0-9０-９]{4}[\\s　]*年度?)";

	/** 「…の受診率を、令和5年度の38.6％から令和9年度には50.0％へ」: name, from-year, from, to-year, to. */
	private static final Pattern PROSE = Pattern.compile("([^、。「」\\s　]{2,40}?)(?:については|を|は)、?[^、。]{0,12}?" + YEAR
			+ "(?:末|時点)?の[\\s　]*([^、。\\s　]{1,20}?)から、?[\\s　]*" + YEAR
			+ "(?:末|時点)?(?:には|に|まで|までに)?、?[\\s　]*([^、。\\s　]{1,20}?)(?:へ|に|まで)");

	private static final String SHORT_YEAR = "((?:令和|平成|R|H|Ｒ|Ｈ)[\\s　]*(?:元|[0-9０-９]{1,2})(?:[\\s　]*年度?)?|[0-9０-９]{4}(?:[\\s　]*年度?)?)";

	/** 「…の従業者数を 9,850人（R4）から 10,200人（R8）に増やします」: name, from, from-year, to, to-year. */
	private static final Pattern PROSE_VALUE_FIRST = Pattern.compile("([^、。「」\\s　○●◎]{2,40}?)を[\\s　]*([^、。\\s　（(を]{1,20}?)[\\s　]*[（(]"
			+ SHORT_YEAR + "(?:末|時点)?[）)]から、?[\\s　]*([^、。\\s　（(]{1,20}?)[\\s　]*[（(]" + SHORT_YEAR
			+ "(?:末|時点)?[）)](?:に|へ|まで)");

	/** 従業者数を令和６年度までに44,000人にします（基準値43,118人・令和元年度）: the target first, its baseline in brackets. */
	private static final Pattern PROSE_TARGET_FIRST = Pattern.compile("([^、。\\s　○●◎]{2,40}?)(?:を|について(?:は)?|は)、?[\\s　]*"
			+ YEAR + "(?:末|時点)?(?:までに|まで|には|に)、?[\\s　]*([^、。\\s　（(]{1,20}?)(?:に|へ|を)[^（(。]{0,16}[（(][\\s　]*"
			+ "(?:基準値|現状値|現況値|策定時)[\\s　:：]*([^、。・\\s　（(]{1,20}?)[\\s　]*[・、（(][\\s　]*" + SHORT_YEAR
			+ "(?:末|時点)?[）)]{1,2}");

	private static final Pattern LEADING_LABEL = Pattern.compile("^[【\\[]?([^】\\]：:]{1,12})[】\\]]?[\\s　]*[：:]?[\\s　]*(.*)$");

	private static final Pattern LABEL_NUMBER = Pattern.compile("^(.+?)[\\s　]*([0-9０-９]{1,2}(?:[-－‐.．][0-9０-９]{1,2})?|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]{1,3}"
			+ "|[（(][0-9０-９]{1,2}[）)])[\\s　]*[.．:：、]?[\\s　]*(\\S.*)$");

	/** A symbol heading's own number: ●1-1　歳入の確保. */
	private static final Pattern LEADING_NUMBER = Pattern
		.compile("^([0-9０-９]{1,2}(?:[-－‐.．][0-9０-９]{1,2}){0,2})[\\s　]+(\\S.*)$");

	/** A unit a space-aligned name cell swallowed: "修了者数 人". */
	private static final Pattern TRAILING_UNIT = Pattern.compile("^(.+\\S)[\\s　]+(\\D{1,3})$");

	/** A list mark before a field's label (・KPI：…). */
	private static final Pattern BULLET = Pattern.compile("^[・･\\-－*＊●○◆◇■□▪]+[\\s　]*");

	private static final int RUNNING_HEADER_REPEATS = 3;

	/**
	 * (1), ①, 1-1, (ア): numbering that goes under a labelled direction (基本目標１) whatever level the page set it at;
	 * extraction that lost the indentation puts both at one level.
	 */
	private static final java.util.Set<NumberingScheme> CHILD_SCHEMES = java.util.Set.of(NumberingScheme.PARENTHESISED_NUMBER,
			NumberingScheme.CIRCLED, NumberingScheme.DOTTED, NumberingScheme.PARENTHESISED_KATAKANA);

	/** 目標値（R6）, 目標（令和６年度） alone on its line: a header cell of a table printed one cell per line. */
	private static final Pattern ONE_CELL_TARGET = Pattern.compile("^目標値?[(]([^()]{2,12})[)]$");

	/** 3件（R1）, 15,436千人（H30）, 86.2%（R1）: a baseline with its year. */
	private static final Pattern BASELINE_CELL = Pattern.compile("^約?[0-9][0-9,.]*[^0-9()]{0,5}[(](?:R|H|令和|平成)[0-9元]{1,2}(?:年度)?[)]$");

	/** 20件, 1,200,000人, 100.0%: a target as a figure and its unit. */
	private static final Pattern TARGET_CELL = Pattern.compile("^[0-9][0-9,.]*[^0-9()]{0,5}$");

	/** 産業政策課, 観光交流課・大谷振興室: the sections that answer for the indicator. */
	private static final Pattern DEPARTMENT_CELL = Pattern
		.compile("^[\\p{IsHan}\\p{IsKatakana}\\p{IsHiragana}A-ZＡ-Ｚー・]{2,30}(?:課|室|センター|所|局)$");

	/** 産業観光部, 上下水道局, 健康福祉部局: a bureau, not the section under it. */
	private static final Pattern BUREAU = Pattern.compile("(?:部|局|部局)$");

	/** 2-2 地域で支え合う…: an initiative's number (two parts at least) and its title. */
	private static final Pattern INITIATIVE_NUMBERED = Pattern.compile("^[0-9０-９]{1,2}[-－‐―][0-9０-９]{1,2}[\\s　]+\\S.*$");

	/** １－１　防災・減災対策の推進: a sheet's numbered title. */
	private static final Pattern SHEET_NUMBER = Pattern
		.compile("^([0-9０-９]{1,2}(?:[-－‐―][0-9０-９]{1,2}){0,2})[\\s　]+(.+)$");

	/** １－１　防災・減災対策の推進, ① 企業誘致と地域産業の振興: a measure's number before its title in a cell. */
	/** 施策 1, 2: a measure's label and number, or a number, and no title. */
	private static final Pattern BARE_NUMBER = Pattern.compile("^(\\D{0,6}?)[\\s　]*[0-9０-９]{1,3}$");

	private static final Pattern NUMBERED_CELL = Pattern
		.compile("^([0-9０-９]{1,2}(?:[-－‐―](?:[0-9０-９]{1,2}|[(（][0-9０-９]{1,2}[)）])){0,2}(?=[\\s　])|[①-⑳])[\\s　]*(.+)$");

	private static final Pattern UNIT_CAPTION = Pattern.compile("^[（(]単位[\\s　]*[：:][\\s　]*([^）)]{1,6})[）)]$");

	private static final Pattern NAME_MARKS = Pattern.compile("(?:[\\s　]*(?:[※＊*][0-9０-９]{0,2}|[（(]?[↓↑⬇⬆][）)]?))+$");

	private final PlanVocabulary words;

	private final List<Finding> findings;

	private final List<DirectionBuilder> directions = new ArrayList<>();

	/**
	 * Whether the current direction is one named before (in the plan's outline, on the page before) and no measure
	 * has started under it since: its first numbered heading is its measure whatever it held before.
	 */
	private boolean reopened;

	private final List<AchievementCount> counts = new ArrayList<>();

	/** The targets' year of a table printed one cell per line, or null. */
	private Integer oneCellTargetYear;

	private DirectionBuilder direction;

	private InitiativeBuilder initiative;

	private Heading initiativeHeading;

	private Integer directionLevel;

	private String directionKind;

	private PendingIndicator pending;

	private final Set<InterimTarget> statedTargets = new java.util.HashSet<>();

	/** LEGEND_YEAR's years by concept. */
	private final Map<String, Integer> legendYears = new HashMap<>();

	/** 「現況値」は、原則として令和６年度の実績値です, 「目標値」は、計画の最終年度である令和12年度の数値です. */
	private static final Pattern LEGEND_YEAR = Pattern.compile("(?:「([^」]{2,6})」|(?<![^\\s　※、。]|^\\S)(現状値|基準値|現況値|策定時|当初値|目標値|中間目標値?|最終目標値?)|^(現状値|基準値|現況値|策定時|当初値|目標値|中間目標値?|最終目標値?))(?:欄)?は、?[^。「」？?！!]{0,30}?"
			+ "((?:令和|平成|R|Ｒ)[\\s　]*(?:元|[0-9０-９]{1,2})[\\s　]*年度|[0-9０-９]{4}[\\s　]*年度)");

	/** The columns of the last table whose rows gave indicators, for rows printed under a heading without them. */
	private Columns lastColumns;

	private List<String> lastHeader;

	/** （単位：千人） printed over the next table: the unit of its bare figures. */
	private String captionUnit;

	/** The level of the bracketed part (［主な取組］) of the measure being read, while its items follow. */
	private Integer partLevel;

	/** The last item of that part: the name of an indicator whose figures follow on a line of their own. */
	private String partItem;

	private KpiPlan(PlanVocabulary words, List<Finding> findings) {
		this.words = words;
		this.findings = findings;
	}

	static Reading read(DocumentModel model, PlanVocabulary words, List<Finding> findings) {
		return new KpiPlan(words, findings).walk(model);
	}

	/**
	 * 「現況値」は、原則として令和６年度の実績値です: the year a plan's legend gives a column of values whose header names
	 * none, by concept (baseline, target).
	 */
	private void legendYears(DocumentModel model) {
		for (Block block : model.blocks()) {
			// ※ 目標値は、いずれも令和6年度（戦略の最終年度）の値です: a note, however the model took it
			String text = block instanceof Paragraph paragraph ? paragraph.text() : block instanceof ListItem item ? item.body()
					: block instanceof Field field && field.label().matches("[※＊*注]") ? field.value() : "";
			Matcher legend = LEGEND_YEAR.matcher(text.strip());
			while (legend.find()) {
				String word = legend.group(1) != null ? legend.group(1) : legend.group(2) != null ? legend.group(2) : legend.group(3);
				String concept = figureConcept(word);
				OptionalInt year = year(legend.group(4));
				if (concept != null && year.isPresent()) {
					legendYears.putIfAbsent(concept, year.getAsInt());
				}
			}
		}
	}

	/** 中間目標, 当初値, 最終目標: which figure of an indicator a word names (interim, baseline, target), or null. */
	private String figureConcept(String word) {
		return words.startsWith("interim", word) ? "interim"
				: words.startsWith("baseline", word) ? "baseline" : words.startsWith("target", word) ? "target" : null;
	}

	/** 一覧表の見方, 凡例, 用語の説明: a section that explains the plan's columns and words. */
	private static final Pattern LEGEND_HEADING = Pattern.compile("(?:の見方|の読み方|凡例|用語の説明|用語解説)$");

	/** 保護者の割合, （４か月児）, した児童生徒の割合: words that end or qualify a name, never a value. */
	private static boolean isNamePart(String cell) {
		String text = java.text.Normalizer.normalize(cell, java.text.Normalizer.Form.NFKC).strip();
		return text.matches("^[(][^()]*[^()0-9%％.,][)]$") || text.matches(".*[\\p{IsHan}\\p{IsHiragana}](?:の割合|割合|率|者数|件数|人数)$")
				&& !text.matches(".*[0-9].*");
	}

	private Reading walk(DocumentModel model) {
		legendYears(model);
		oneCellTargetYear = oneCellTargetYear(model);
		Set<String> runningHeaders = runningHeaders(model);
		List<Block> blocks = model.blocks();
		boolean legend = false;
		for (int b = 0; b < blocks.size(); b++) {
			Block block = blocks.get(b);
			String card;
			if (block instanceof Table figures) {
				// 指標名 | 区分 | 年度 | 値, one row a figure: the plan's table one row an indicator
				block = LongFigures.pivoted(figures, words).<Block>map(wide -> wide).orElse(block);
			}
			if (block instanceof Heading heading) {
				// 成果指標（KPI）の見方 over 施策：…の名称, 基準値：…の実績値: what the columns mean, no plan of its own
				legend = LEGEND_HEADING.matcher(heading.title()).find();
			}
			else if (legend && (block instanceof Field || block instanceof Table table && table.columnCount() == 2)) {
				continue;
			}
			else if (!(block instanceof ListItem) && !(block instanceof Paragraph sentence && sentence.text().strip().endsWith("。"))) {
				// a caption (施策シート No.１, 成果指標の達成度一覧) or a table of the plan itself: the legend is over
				legend = false;
			}
			if (block instanceof Heading heading && b + 1 < blocks.size() && namesFigures(heading, blocks.get(b + 1))) {
				// ◎新規就農者数 over 基準値：31人（2023年度） and 目標値：40人（2029年度）: the indicator the fields measure
				finishPending();
				pending = new PendingIndicator(clean(heading.title()), heading.location().toString());
			}
			else if (block instanceof Heading heading && (direction != null || initiative != null)
					&& heading.title().matches(".*[：:].*[0-9０-９].*") && labelledFigures(heading.title(), heading.location().toString())) {
				// ①利用者数：当初値８，９１２人、中間目標１万人、最終目標１万１千人: an indicator's line, numbered like a heading
			}
			else if (block instanceof Heading heading && heading.scheme() == NumberingScheme.SYMBOL
					&& ARROW.matcher(withArrow(heading.title())).find() && heading.title().matches(".*[0-9０-９].*")) {
				// ◆KPI：新規就農者数　基準値 25人（R1）→ 目標値 35人（R6）: an indicator's line behind a bullet, no heading
				statedIn(List.of(heading.title()), heading.title(), heading.location().toString());
			}
			else if (block instanceof Heading heading) {
				if (!runningHeaders.contains(heading.text()) || restatesAnotherPart(heading)) {
					heading(heading);
				}
			}
			else if (pending != null && cardTransition(block)) {
				// 【数値目標】市内事業所の従業者数 over 基準値 38,420人（Ｈ28）　→　目標値 38,000人（Ｒ７）: the card's figures
			}
			else if (block instanceof Table table) {
				table(table);
			}
			else if (block instanceof Field field && bandCount(blocks, b)) {
				// 目標達成：8指標（34.8％） among the counts of the other bands: how many indicators each band has
				Matcher counted = BAND_COUNT.matcher(java.text.Normalizer.normalize(field.value(), java.text.Normalizer.Form.NFKC).strip());
				if (counted.matches() && !TOTAL_BAND.matcher(field.label().strip()).matches()) {
					counts.add(new AchievementCount(band(field.label()), Integer.parseInt(counted.group(1))));
				}
			}
			else if (block instanceof Field field) {
				if (!bureauOverItsSection(field, b + 1 < blocks.size() ? blocks.get(b + 1) : null)) {
					String value = field.value();
					if (pending != null && b + 1 < blocks.size() && blocks.get(b + 1) instanceof Paragraph under
							&& under.lines().size() == 1 && BRACKET_UNDER.matcher(under.text().strip()).matches()
							&& value.matches(".*[0-9０-９].*")) {
						// 基準値⇥38,412人 over （令和３年）: the year a card prints under the figure
						value = value + under.text().strip();
						b++;
					}
					field(field.label(), value, field);
				}
			}
			else if (block instanceof Paragraph paragraph && b + 1 < blocks.size() && cardFields(blocks.get(b + 1))
					&& (card = cardIndicator(paragraph)) != null) {
				// KPI 01 市内事業所の従業者数 over 基準値⇥38,412人: a card's indicator, its figures the fields below
				finishPending();
				pending = new PendingIndicator(clean(card), paragraph.location().toString());
				if (blocks.get(b + 1) instanceof Table rows) {
					// the card's rows run together, a table of labels and values
					for (List<Cell> row : rows.rows()) {
						String label = Table.cell(row, 0).orElse("").strip();
						String value = Table.cell(row, 1).orElse("").replace("\n", "").strip();
						Matcher owner = CARD_DEPARTMENT.matcher(value);
						if (owner.matches()) {
							// やや遅れ⇥担当：企画政策課: the card's mark and its section
							department(owner.group(1));
						}
						else if (!label.isEmpty() && !value.isEmpty() && pending != null) {
							field(label, value, null);
						}
					}
					finishPending();
					b++;
				}
			}
			else if (block instanceof Paragraph paragraph && unitCaption(paragraph.text()).isPresent()) {
				captionUnit = unitCaption(paragraph.text()).get();
			}
			else if (block instanceof Paragraph paragraph && oneCellTargetYear != null && (initiative != null || direction != null)
					&& anchoredRecords(paragraph)) {
				continue;
			}
			else if (block instanceof Paragraph paragraph && pending != null && labelsAndFigures(paragraph.lines())) {
				// 数値目標：町内事業所の従業者数 over 基準値（H28） / 3,512人 / 目標値（R6） / 3,600人: a card's labels and
				// figures a line each
				List<String> lines = paragraph.lines();
				for (int line = 0; line + 1 < lines.size(); line += 2) {
					field(lines.get(line).strip(), lines.get(line + 1).strip(),
							new Field(lines.get(line).strip(), lines.get(line + 1).strip(), paragraph.location()));
				}
			}
			else if (block instanceof Paragraph paragraph) {
				statedIn(paragraph.lines(), paragraph.text(), paragraph.location().toString());
			}
			else if (block instanceof ListItem item) {
				statedIn(List.of(item.body()), item.body(), item.location().toString());
			}
		}
		finishPending();
		addFreelyStated();
		List<PolicyDirection> read = new ArrayList<>();
		List<PolicyDirection> all = withSummariesFolded(
				withoutOutlinedMeasures(withNamesakes(directions.stream().map(DirectionBuilder::build).toList())));
		for (int d = 0; d < all.size(); d++) {
			DirectionBuilder builder = directions.get(d);
			PolicyDirection built = all.get(d);
			if (isOutline(built, all.subList(d + 1, all.size()))) {
				// 政策１ … 施策１－１ … listed in the plan's outline before the plan itself
				continue;
			}
			if (!built.initiatives().isEmpty() || !built.indicators().isEmpty()) {
				if (built.title() == null && !built.indicators().isEmpty()) {
					findings.add(Finding.warning(builder.location, "indicators outside any direction: not kept without one",
							built.indicators().toString()));
					built = new PolicyDirection(built.number(), null, built.initiatives(), List.of());
				}
				if (!built.initiatives().isEmpty() || !built.indicators().isEmpty()) {
					read.add(built);
				}
			}
		}
		return new Reading(read, List.copyOf(counts), Set.copyOf(statedTargets));
	}

	/**
	 * 施策1-1 … listed under 基本目標１ in the plan's outline, and again with its indicators in the table whose direction
	 * cell was printed otherwise: the outline's empty measure goes, the one with figures stays.
	 */
	private static List<PolicyDirection> withoutOutlinedMeasures(List<PolicyDirection> built) {
		Set<String> measured = new java.util.HashSet<>();
		for (PolicyDirection direction : built) {
			direction.initiatives().stream().filter(initiative -> !isEmpty(initiative)).map(Initiative::title).forEach(measured::add);
		}
		List<PolicyDirection> kept = new ArrayList<>();
		for (PolicyDirection direction : built) {
			List<Initiative> initiatives = direction.initiatives()
				.stream()
				.filter(initiative -> !isEmpty(initiative) || !measured.contains(initiative.title()))
				.toList();
			kept.add(initiatives.size() == direction.initiatives().size() ? direction
					: new PolicyDirection(direction.number(), direction.title(), initiatives, direction.indicators()));
		}
		return kept;
	}

	/**
	 * A measure all of whose indicators the plan sets out again under other measures (a table of the long-term goals
	 * before the measures, as an SDGs 未来都市計画 prints its 2030 KPIs): no measure of its own. Its indicators' targets
	 * for other years go to the measures that hold them; the list keeps its length, an emptied direction staying empty.
	 */
	private List<PolicyDirection> withSummariesFolded(List<PolicyDirection> built) {
		List<PolicyDirection> folded = new ArrayList<>(built);
		for (int d = 0; d < folded.size(); d++) {
			PolicyDirection direction = folded.get(d);
			List<Initiative> kept = new ArrayList<>();
			boolean changed = false;
			for (Initiative summary : direction.initiatives()) {
				// folding sets measures in place, so where each indicator is held stays where it was found
				List<int[]> holders = summary.indicators().stream().map(indicator -> holderOf(folded, summary, indicator.name())).toList();
				long recurring = holders.stream().filter(java.util.Objects::nonNull).count();
				if (summary.indicators().isEmpty() || !summary.departments().isEmpty() || recurring < 2
						|| recurring * 3 < summary.indicators().size() * 2L) {
					kept.add(summary);
					continue;
				}
				changed = true;
				for (int n = 0; n < summary.indicators().size(); n++) {
					Indicator indicator = summary.indicators().get(n);
					int[] at = holders.get(n);
					if (at == null) {
						// most of the summary's indicators are the measures' own: one the measures were not read with is
						// not kept under the summary as a measure of its own
						findings.add(Finding.warning(summary.title(), "indicator " + indicator.name()
								+ " of a summary of the measures' indicators is found under no measure: not kept", null));
						continue;
					}
					PolicyDirection holding = folded.get(at[0]);
					Initiative holder = holding.initiatives().get(at[1]);
					Indicator own = holder.indicators().stream().filter(other -> other.name().equals(indicator.name())).findFirst().get();
					List<InterimTarget> targets = new ArrayList<>(holder.interimTargets());
					if (indicator.target() != null && indicator.targetYear() != null && !indicator.targetYear().equals(own.targetYear())) {
						targets.add(new InterimTarget(indicator.name(), indicator.targetYear(), indicator.target()));
					}
					List<Initiative> initiatives = new ArrayList<>(holding.initiatives());
					initiatives.set(at[1], new Initiative(holder.code(), holder.title(), holder.description(), holder.departments(),
							holder.indicators(), targets));
					folded.set(at[0], new PolicyDirection(holding.number(), holding.title(), initiatives, holding.indicators()));
				}
			}
			if (changed) {
				PolicyDirection current = folded.get(d);
				List<Initiative> remaining = current.initiatives().stream()
					.filter(initiative -> kept.stream().anyMatch(k -> sameMeasure(k, initiative))).toList();
				folded.set(d, new PolicyDirection(current.number(), current.title(), remaining, current.indicators()));
			}
		}
		return folded;
	}

	/** Where another measure than {@code summary} holds an indicator of this name: direction and measure index, or null. */
	private static int[] holderOf(List<PolicyDirection> directions, Initiative summary, String name) {
		for (int d = 0; d < directions.size(); d++) {
			List<Initiative> initiatives = directions.get(d).initiatives();
			for (int i = 0; i < initiatives.size(); i++) {
				Initiative other = initiatives.get(i);
				if (!sameMeasure(other, summary) && other.indicators().stream().anyMatch(indicator -> indicator.name().equals(name))) {
					return new int[] { d, i };
				}
			}
		}
		return null;
	}

	/** One measure, perhaps rebuilt with targets folded into it: its title and number. */
	private static boolean sameMeasure(Initiative one, Initiative other) {
		return one.title().equals(other.title()) && java.util.Objects.equals(one.code(), other.code());
	}

	private static boolean isEmpty(Initiative initiative) {
		return initiative.indicators().isEmpty() && initiative.departments().isEmpty() && initiative.interimTargets().isEmpty();
	}

	/**
	 * 基本目標１ alone in a table of the goals' figures, and 基本目標１ 土浦で働く… in the table of measures: one direction,
	 * its indicators on the one with the title. A direction with neither title nor namesake keeps its indicators.
	 */
	private static List<PolicyDirection> withNamesakes(List<PolicyDirection> built) {
		List<PolicyDirection> merged = new ArrayList<>(built);
		for (int d = 0; d < merged.size(); d++) {
			PolicyDirection untitled = merged.get(d);
			if (untitled.title() != null && !untitled.title().isBlank() || untitled.number() == null || untitled.number().isBlank()) {
				continue;
			}
			for (int t = 0; t < merged.size(); t++) {
				PolicyDirection titled = merged.get(t);
				// the namesake with measures of its own: 1 効果検証の概要 is a section of the report, no direction
				if (t != d && titled.title() != null && !titled.title().isBlank() && !titled.initiatives().isEmpty() && titled.number() != null
						&& java.text.Normalizer.normalize(untitled.number(), java.text.Normalizer.Form.NFKC)
							.equals(java.text.Normalizer.normalize(titled.number(), java.text.Normalizer.Form.NFKC))) {
					List<Indicator> indicators = new ArrayList<>(titled.indicators());
					indicators.addAll(untitled.indicators());
					List<Initiative> initiatives = new ArrayList<>(titled.initiatives());
					initiatives.addAll(untitled.initiatives());
					merged.set(t, new PolicyDirection(titled.number(), titled.title(), initiatives, indicators));
					merged.set(d, new PolicyDirection(untitled.number(), untitled.title(), List.of(), List.of()));
					break;
				}
			}
		}
		return merged;
	}

	/** A direction that names no indicator and no department, told again further on: an entry of the outline. */
	private static boolean isOutline(PolicyDirection direction, List<PolicyDirection> later) {
		boolean empty = direction.indicators().isEmpty() && direction.initiatives()
			.stream()
			.allMatch(initiative -> initiative.indicators().isEmpty() && initiative.departments().isEmpty());
		return empty && direction.title() != null
				&& later.stream().anyMatch(other -> direction.title().equals(other.title()));
	}

	private Set<String> runningHeaders(DocumentModel model) {
		Map<String, Integer> seen = new HashMap<>();
		for (Heading heading : model.headings()) {
			if (heading.scheme() != NumberingScheme.BRACKETED && !words.is("indicator-heading", heading.title())) {
				// ［主な取組］, ◆成果指標 head a part of every measure: repeated, but no running header
				seen.merge(heading.text(), 1, Integer::sum);
			}
		}
		Set<String> repeated = new LinkedHashSet<>();
		seen.forEach((text, times) -> {
			if (times >= RUNNING_HEADER_REPEATS) {
				repeated.add(text);
			}
		});
		return repeated;
	}

	// ---- headings

	private void heading(Heading heading) {
		finishPending();
		String[] direction = labelled(heading, "direction");
		if (direction != null || (directionKind != null && heading.kind().equals(directionKind)
				&& heading.scheme() != NumberingScheme.SYMBOL && !words.is("indicator-heading", heading.title()))) {
			// １ 成果指標 under a sheet's 政策１ …: the measure's indicators, numbered as the directions are
			startDirection(direction == null ? heading.number() : direction[0],
					direction == null ? heading.title() : direction[1], heading);
			return;
		}
		boolean childNumbering = this.direction != null && directionKind != null && !heading.kind().equals(directionKind)
				&& CHILD_SCHEMES.contains(heading.scheme())
				&& (initiativeHeading == null ? this.direction.initiatives.isEmpty() || reopened
						: heading.kind().equals(initiativeHeading.kind()));
		if (directionLevel != null && heading.level() <= directionLevel && !childNumbering
				&& !(isTransparent(heading) && words.mentions("indicator-heading", heading.title()))) {
			// 【ＫＰＩの状況】 at the level of 基本目標Ⅰ is still a part of it
			closeDirection();
			return;
		}
		boolean sibling = initiativeHeading != null && heading.kind().equals(initiativeHeading.kind());
		if (partLevel != null && heading.level() > partLevel && initiative != null
				&& labelled(heading, "initiative") == null && !sibling) {
			// ［主な取組］ then ①②③: the items of the measure's part, not measures; an item may name an indicator.
			// （２） after （１）'s 【具体的な取組】 is the next measure, whatever level its numbering got
			partItem = heading.title();
			return;
		}
		partLevel = null;
		partItem = null;
		if (isTransparent(heading)) {
			if ((heading.scheme() == NumberingScheme.BRACKETED || heading.scheme() == NumberingScheme.SYMBOL)
					&& initiative != null) {
				partLevel = heading.level();
			}
			return;
		}
		if (heading.scheme() == NumberingScheme.CHAPTER && directionKind == null && !heading.title().isBlank()
				&& heading.number().contains("章")) {
			// 第１章　安全・安心で災害に強いまち over 施策１－１ …: no direction labelled otherwise, the chapters are; a
			// chapter holding no measure is dropped as any empty direction
			startDirection(heading.number(), heading.title(), heading);
			return;
		}
		if (heading.scheme() == NumberingScheme.CHAPTER && heading.kind().endsWith("節") && this.direction != null
				&& directionKind != null && directionKind.endsWith("章") && !heading.title().isBlank()) {
			// 第１章 … over 第１節　農林水産業の振興: the chapter's measures are its sections
			startInitiative(heading.number(), heading.title(), heading);
			return;
		}
		if (heading.scheme() == NumberingScheme.CHAPTER) {
			initiative = null;
			initiativeHeading = null;
			return;
		}
		String[] labelled = labelled(heading, "initiative");
		String number = labelled == null ? heading.number() : labelled[0];
		String title = labelled == null ? heading.title() : labelled[1];
		if (labelled == null && heading.scheme() == NumberingScheme.SYMBOL) {
			Matcher numbered = LEADING_NUMBER.matcher(title);
			if (numbered.matches()) {
				number = numbered.group(1);
				title = numbered.group(2);
			}
		}
		if (title == null || title.isBlank()) {
			return;
		}
		boolean numberedUnder = initiative != null && initiativeHeading != null && heading.scheme() == NumberingScheme.DOTTED
				&& !initiativeHeading.number().isBlank() && heading.number().startsWith(initiativeHeading.number())
				&& heading.number().length() > initiativeHeading.number().length();
		if (initiative != null && initiativeHeading != null && !initiative.named && initiative.isEmpty()
				&& heading.level() > initiativeHeading.level() && (this.direction == null || this.direction.title == null || numberedUnder)) {
			// ① 経済面の取組 over ①－1 環境にやさしい農業…: the measures' numbers carry the heading's, which is their direction
			// a heading whose section holds numbered measures is their direction (Ａ 人が輝くまち → 1. 若者の…)
			promoteInitiative();
		}
		startInitiative(number, title, heading);
		initiative.named = labelled != null;
	}

	/** A heading marked as a list's item (◎, ○, ・) right over a baseline or target field, inside a direction. */
	private boolean namesFigures(Heading heading, Block next) {
		return heading.scheme() == NumberingScheme.SYMBOL && (direction != null || initiative != null)
				&& next instanceof Field field && (words.is("baseline", BULLET.matcher(field.label()).replaceFirst(""))
						|| words.is("target", BULLET.matcher(field.label()).replaceFirst("")))
				&& labelled(heading, "initiative") == null && labelled(heading, "direction") == null;
	}

	/** {number, title} when the heading is labelled with one of the concept's words (政策1, ■柱１ …), else null. */
	private String[] labelled(Heading heading, String concept) {
		if (heading.scheme() == NumberingScheme.LABELLED && words.is(concept, heading.label())) {
			return new String[] { heading.number(), heading.title() };
		}
		if (heading.scheme() == NumberingScheme.SYMBOL) {
			Matcher matcher = LABEL_NUMBER.matcher(heading.title());
			if (matcher.matches() && words.is(concept, matcher.group(1))) {
				return new String[] { matcher.group(2), matcher.group(3).strip() };
			}
		}
		return null;
	}

	private boolean isTransparent(Heading heading) {
		return heading.scheme() == NumberingScheme.BRACKETED || words.is("indicator-heading", heading.title())
				|| (heading.scheme() == NumberingScheme.SYMBOL && labelled(heading, "initiative") == null
						&& !heading.title().matches(".*[0-9０-９].*") && direction != null && initiative != null
						&& words.mentions("indicator-heading", heading.title()));
	}

	private void startDirection(String number, String title, Heading heading) {
		Optional<DirectionBuilder> same = directions.stream()
			.filter(other -> other.title != null && other.title.equals(clean(title))
					&& java.util.Objects.equals(numberKey(other.number), numberKey(number)))
			.reduce((first, second) -> second);
		if (same.isEmpty() && number != null && !number.isBlank() && clean(title).length() <= SHORT_NAME
				&& heading.scheme() == NumberingScheme.LABELLED) {
			// 基本目標１ しごとづくり over a slide of 基本目標１ 地域の資源を生かし、安定したしごとをつくる: the goal's short
			// name in the slide's header, the same direction; a title's first line the page wrapped after の is no short name
			same = directions.stream()
				.filter(other -> other.title != null && java.util.Objects.equals(numberKey(other.number), numberKey(number))
						&& other.label.equals(heading.label()) && other.title.length() > clean(title).length() + 4
						&& !clean(title).matches(".*[のをにがとや、]$"))
				.reduce((first, second) -> second);
		}
		closeDirection();
		if (same.isPresent()) {
			// 政策１ … again over the next page of the same policy: the same direction goes on
			direction = same.get();
			directionLevel = heading.level();
			reopened = true;
			return;
		}
		reopened = false;
		direction = new DirectionBuilder(number, clean(title), heading.location().toString());
		direction.label = heading.scheme() == NumberingScheme.LABELLED ? heading.label() : "";
		directions.add(direction);
		directionLevel = heading.level();
		if (heading.scheme() != NumberingScheme.SYMBOL) {
			directionKind = heading.kind();
		}
	}

	/** 基準値（R1） / 38人 / 目標値（R6） / 50人: each label of a figure over the figure, a line each. */
	private boolean labelsAndFigures(List<String> lines) {
		if (lines.size() < 4 || lines.size() % 2 != 0) {
			return false;
		}
		for (int line = 0; line < lines.size(); line += 2) {
			String label = lines.get(line).strip().replaceFirst("[\\s　]*[（(][^（）()]*[）)]$", "");
			String figure = java.text.Normalizer.normalize(lines.get(line + 1), java.text.Normalizer.Form.NFKC).strip();
			if (label.length() > 8 || !words.startsWith("baseline", label) && !words.startsWith("target", label)
					&& !words.startsWith("actual", label) || !figure.matches("^(?:約|▲|△)?[0-9].*")) {
				return false;
			}
		}
		return true;
	}

	/** How long a direction's short name in a running header may be. */
	private static final int SHORT_NAME = 12;

	private static String numberKey(String printed) {
		return printed == null ? null : PlanVocabulary.key(printed);
	}

	/** The direction a numbered title starts (１　豊かな自然と共生し…), printed in a table cell instead of a heading. */
	private void startNumberedDirection(Matcher numbered, Location at) {
		startDirection(numbered.group(1), numbered.group(2),
				new Heading(NumberingScheme.NUMBER, "", numbered.group(1), numbered.group(2), 1, at));
	}

	/**
	 * The column of the directions each row's indicator measures, left of the indicator and of any initiative (No. |
	 * 基本目標 | 施策 | KPI), or -1.
	 */
	private int directionColumn(List<String> header, Columns columns) {
		int end = columns.initiative >= 0 ? Math.min(columns.initiative, columns.indicator) : columns.indicator;
		for (int column = 0; column < end; column++) {
			if (words.startsWith("direction", header.get(column))) {
				return column;
			}
		}
		return -1;
	}

	/**
	 * A cell of the directions' column: １ 豊かな自然と…, or 基本目標１ whose title the page wrapped into the cells of
	 * the rows below it (地域の稼ぐ力を高め、 then 安心して働けるしごとをつくる beside the next indicator), which go on
	 * with that title while no other direction starts.
	 */
	private void directionCell(Cell cell) {
		String text = cell.text().replace("\n", "").strip();
		if (text.isEmpty()) {
			return;
		}
		String[] keyLine = labelOverTitle(cell.text(), "direction");
		if (keyLine != null && direction != null && direction == columnDirection && keyLine[2].equals(direction.title)) {
			// the same cell again on the next row (a merged cell saved as HTML repeats): the direction goes on
			return;
		}
		if (keyLine != null) {
			// 基本目標Ⅰ over 男女共同参画社会の実現に向けた意識づくり in one cell: the label and number, then the title
			startDirection(keyLine[1], keyLine[2], new Heading(NumberingScheme.LABELLED, keyLine[0], keyLine[1], keyLine[2], 1, cell.location()));
			columnDirection = direction;
			return;
		}
		Matcher numbered = SHEET_NUMBER.matcher(text);
		Matcher keyed = DIRECTION_KEY.matcher(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC));
		if (numbered.matches()) {
			startNumberedDirection(numbered, cell.location());
			columnDirection = direction;
		}
		else if (keyed.matches() && words.startsWith("direction", keyed.group(1))) {
			startDirection(keyed.group(2), keyed.group(3).strip(),
					new Heading(NumberingScheme.LABELLED, keyed.group(1), keyed.group(2), keyed.group(3).strip(), 1, cell.location()));
			columnDirection = direction;
		}
		else if (labelledDirection(cell.text()) != null) {
			String[] label = labelledDirection(cell.text());
			startDirection(label[0], label[1], new Heading(NumberingScheme.LABELLED, label[0], "", label[1], 1, cell.location()));
			columnDirection = direction;
		}
		else if (direction != null && direction == columnDirection) {
			direction.title = direction.title == null || direction.title.isEmpty() ? clean(text)
					: direction.title + clean(text);
		}
	}

	/**
	 * 横断的な目標, then on the cell's next line its title: a direction named by a label of its own instead of a number,
	 * as label and title; or null.
	 */
	private String[] labelledDirection(String printed) {
		String[] lines = printed.strip().split("\n", 2);
		String label = lines[0].strip();
		if (label.length() > 10 || !DIRECTION_LABEL.matcher(label).find() || label.matches(".*[0-9０-９].*")) {
			return null;
		}
		return new String[] { label, lines.length > 1 ? clean(lines[1].replace("\n", "")) : "" };
	}

	/** 横断的な目標, 共通の視点: the word ending a direction's label where a number would stand. */
	private static final Pattern DIRECTION_LABEL = Pattern.compile("(?:目標|視点|政策|方針|戦略)$");

	/** (1) 企業誘致と…: a measure's number in brackets, read as the number before its title. */
	private static final Pattern BRACKETED_NUMBER = Pattern.compile("^[（(]([0-9０-９]{1,2})[）)][\\s　]*");

	/** 基本目標Ⅰ, 重点課題１: a label of the concept and a number alone on a cell's first line. */
	private static final Pattern KEY_LINE = Pattern.compile("^(\\D{1,6}?)\\s*(\\d{1,2}|[IVX]{1,4})$");

	/**
	 * {label, number, title} of a cell whose first line is only the label (a word of {@code concept}) and number and
	 * whose further lines are the title; null for any other cell.
	 */
	private String[] labelOverTitle(String cell, String concept) {
		String[] lines = cell.strip().split("\n", 2);
		if (lines.length < 2) {
			return null;
		}
		Matcher key = KEY_LINE.matcher(java.text.Normalizer.normalize(lines[0].strip(), java.text.Normalizer.Form.NFKC));
		String title = clean(lines[1].replace("\n", "").strip());
		return key.matches() && words.startsWith(concept, key.group(1)) && !title.isEmpty()
				? new String[] { key.group(1), key.group(2), title } : null;
	}

	/** 基本目標１, 政策２　…: a direction's label and number leading its column's cell, then its title if printed. */
	private static final Pattern DIRECTION_KEY = Pattern.compile("^(\\D{1,6}?)\\s*(\\d{1,2})(?![0-9．.\\-－])[\\s:：.．、]*(.*)$");

	/** 人, ％, 件, t-CO2: what a 単位 field prints, short and without digits but for a chemical's. */
	private static final Pattern UNIT_WORD = Pattern.compile("^[^0-9０-９\\s]{1,4}(?:[-－]?[A-Za-zＡ-Ｚａ-ｚ]+[0-9０-９]?)?$");

	/** 政策番号 printed before the 政策名 field it numbers. */
	private String directionNumber;

	/** 施策番号 printed before the 施策名 field it numbers. */
	private String sheetNumber;

	/** The direction started by the directions' column of a table, whose title its next cells may go on. */
	private DirectionBuilder columnDirection;

	/** The unit a caption such as （単位：千人） gives the bare figures of the table under it. */
	private static Optional<String> unitCaption(String text) {
		Matcher unit = UNIT_CAPTION.matcher(text.strip());
		return unit.matches() ? Optional.of(unit.group(1).strip()) : Optional.empty();
	}

	private void closeDirection() {
		finishPending();
		direction = null;
		initiative = null;
		initiativeHeading = null;
	}

	private void startInitiative(String number, String title, Heading heading) {
		finishPending();
		reopened = false;
		DirectionBuilder into = directionOrUnplaced(heading == null ? "table" : heading.location().toString());
		Optional<InitiativeBuilder> same = existing(into, number, clean(title));
		// 施策１－１ … again over the next sheet of the same measure: the same initiative goes on
		initiative = same.orElseGet(() -> new InitiativeBuilder(number, clean(title)));
		initiativeHeading = heading;
		if (same.isEmpty()) {
			into.initiatives.add(initiative);
		}
	}

	/**
	 * 基準値 | 基準値 over R5 | 96人: a header cell a converter repeated over the two columns it spanned, its year
	 * column first. Where every body cell of the first is a year, it is that value's year column.
	 */
	private static void yearsBeside(Columns columns, List<String> header, List<List<Cell>> body) {
		if (columns.baselineYear < 0 && yearFirst(columns.baseline, header, body)) {
			columns.baselineYear = columns.baseline;
			columns.baseline++;
		}
		if (columns.targetYear < 0 && yearFirst(columns.target, header, body)) {
			columns.targetYear = columns.target;
			columns.targets.remove(Integer.valueOf(columns.target));
			columns.target++;
			if (!columns.targets.contains(columns.target)) {
				columns.targets.add(0, columns.target);
			}
		}
	}

	private static boolean yearFirst(int column, List<String> header, List<List<Cell>> body) {
		if (column < 0 || column + 1 >= header.size() || !header.get(column).equals(header.get(column + 1)) || body.isEmpty()) {
			return false;
		}
		return body.stream()
			.map(row -> Table.cell(row, column).orElse(""))
			.allMatch(cell -> year(cell).isPresent() && cell.strip().length() <= 8);
	}

	/** 目標の方向, 目標方向: the column saying whether a figure should rise or fall. */
	private static final Pattern TARGET_DIRECTION = Pattern.compile("^目標の?方向性?$");

	/** ①, (2): a cell that only points at a measure by its number. */
	private static final Pattern MARK_ONLY = Pattern.compile("^(?:[①-⑳]|[（(][0-9０-９]{1,2}[）)])$");

	/** The measure last listed under the current direction with the number {@code mark}. */
	private Optional<InitiativeBuilder> latestNumbered(String mark) {
		if (direction == null) {
			return Optional.empty();
		}
		for (int i = direction.initiatives.size() - 1; i >= 0; i--) {
			InitiativeBuilder candidate = direction.initiatives.get(i);
			if (candidate.code != null && !candidate.code.isBlank()
					&& java.util.Objects.equals(numberKey(candidate.code), numberKey(mark.strip()))) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

	/** The measure of that number and title the direction already holds. */
	private static Optional<InitiativeBuilder> existing(DirectionBuilder into, String number, String title) {
		return into.initiatives.stream()
			.filter(other -> other.title.equals(title) && java.util.Objects.equals(numberKey(other.code), numberKey(number)))
			.findFirst();
	}

	/** The year a header cell printed alone on its line gives the targets (目標値（R6）), when the document has one. */
	private static Integer oneCellTargetYear(DocumentModel model) {
		Integer found = null;
		for (String line : model.source().lines()) {
			Matcher header = ONE_CELL_TARGET.matcher(PlanVocabulary.key(line));
			if (header.matches()) {
				OptionalInt year = year(header.group(1));
				if (year.isEmpty() || found != null && found != year.getAsInt()) {
					return null;
				}
				found = year.getAsInt();
			}
		}
		return found;
	}

	/**
	 * 産業団地への企業立地件数（累計） / 3件（R1） / 20件 / 産業政策課 under (1) 企業立地・創業の促進: the records of a KPI
	 * table printed one cell per line, its group cells turned into headings; a record is its name (one or two lines),
	 * the baseline with its year, the target and the department. True when every line of the paragraph is such a
	 * record's, and then the records are read; else nothing is.
	 */
	private boolean anchoredRecords(Paragraph paragraph) {
		List<String> lines = paragraph.lines().stream().map(String::strip).filter(line -> !line.isEmpty()).toList();
		List<String[]> records = new ArrayList<>();
		int i = 0;
		while (i < lines.size()) {
			int name = i;
			while (i < lines.size() && i - name < 3 && !BASELINE_CELL.matcher(PlanVocabulary.key(lines.get(i))).matches()) {
				i++;
			}
			if (i == name || i + 2 >= lines.size() || !BASELINE_CELL.matcher(PlanVocabulary.key(lines.get(i))).matches()
					|| !TARGET_CELL.matcher(PlanVocabulary.key(lines.get(i + 1))).matches()
					|| !DEPARTMENT_CELL.matcher(lines.get(i + 2)).matches()) {
				return false;
			}
			records.add(new String[] { String.join("", lines.subList(name, i)), lines.get(i), lines.get(i + 1), lines.get(i + 2) });
			i += 3;
		}
		if (records.isEmpty()) {
			return false;
		}
		String location = paragraph.location().toString();
		for (String[] record : records) {
			Dated baseline = dated(record[1], null, null);
			Dated target = dated(record[2], oneCellTargetYear, null);
			if (baseline == null || target == null || baseline.year == null) {
				findings.add(Finding.warning(location, "a one-cell-per-line record whose figures are not certain: not kept", record[0]));
				continue;
			}
			add(clean(record[0]), baseline, target, List.of(), location);
			department(record[3].replace('・', '、'));
		}
		return true;
	}

	/** 担当部：産業観光部 right over 担当課：産業政策課: the section answers for the measure, its bureau only holds it. */
	private boolean bureauOverItsSection(Field field, Block next) {
		String label = BULLET.matcher(field.label()).replaceFirst("").strip();
		if (!words.is("department", label) || !(next instanceof Field section)) {
			return false;
		}
		String sectionLabel = BULLET.matcher(section.label()).replaceFirst("").strip();
		// 担当部：保健所 over 担当課：保健所健康振興課: the labels tell bureau from section where the names do not
		return words.is("department", sectionLabel)
				&& (BUREAU.matcher(label).find() && sectionLabel.endsWith("課")
						|| BUREAU.matcher(field.value().strip()).find() && !BUREAU.matcher(section.value().strip()).find());
	}

	/**
	 * ■政策１ and ●施策１－１ printed again over every sheet of a measure: repeated like a running header, but each
	 * names the part its sheet belongs to. Read as a heading unless it names the part being read already.
	 */
	private boolean restatesAnotherPart(Heading heading) {
		String[] direction = labelled(heading, "direction");
		if (direction != null) {
			return this.direction == null || !clean(direction[1]).equals(this.direction.title);
		}
		String[] initiative = labelled(heading, "initiative");
		return initiative != null && (this.initiative == null || !clean(initiative[1]).equals(this.initiative.title));
	}

	private DirectionBuilder directionOrUnplaced(String location) {
		if (direction == null) {
			direction = new DirectionBuilder(null, null, location);
			directions.add(direction);
		}
		return direction;
	}

	/** The heading of the current initiative becomes a direction: its table names the initiatives row by row. */
	private void promoteInitiative() {
		if (initiative == null || initiativeHeading == null || !initiative.isEmpty()) {
			return;
		}
		Heading heading = initiativeHeading;
		direction.initiatives.remove(initiative);
		if (direction.title == null && direction.initiatives.isEmpty()) {
			directions.remove(direction);
		}
		direction = null;
		initiative = null;
		startDirection(heading.number(), heading.title(), heading);
	}

	// ---- tables

	private void table(Table table) {
		String caption = captionUnit;
		captionUnit = null;
		if (achievementTable(table)) {
			return;
		}
		if (table.rows().size() == 1 && partItem != null) {
			// 現状値 ７１．４％（R5）　→　目標値 ７８．０％（R9） under its item, spaced out like a row
			String line = String.join("　", table.rows().get(0).stream().map(Cell::text).toList());
			if (ARROW.matcher(withArrow(line)).find()) {
				namedTransition(line, table.location().toString(), true);
				return;
			}
		}
		if (labelSheet(table) || labelsOverFigures(table)) {
			return;
		}
		if (table.rows().size() == 1 && table.columnCount() >= 2 && table.columnCount() <= 3
				&& words.is("department", BULLET.matcher(table.rows().get(0).get(0).text()).replaceFirst("").strip())
				&& table.rows().get(0).stream().skip(1).noneMatch(cell -> words.mentions("department", cell.text()))) {
			// 所管部・所管課　　総務部　危機管理課: a label and its value printed like a row
			department(String.join(" ", table.rows().get(0).stream().skip(1).map(Cell::text).toList()));
			return;
		}
		if (labelsBesideValues(table)) {
			return;
		}
		Columns columns = Columns.of(table.header(), words, initiative == null);
		List<String> header = table.header();
		List<List<Cell>> body = table.body();
		if (table.headerRows() == 0 && lastColumns != null && table.columnCount() == lastHeader.size()
				&& table.rows().stream().noneMatch(row -> row.stream().anyMatch(cell -> ARROW.matcher(cell.text()).find()))) {
			// rows under a heading of their own, their header printed once further up (or on the page before)
			columns = lastColumns;
			header = lastHeader;
			body = table.rows();
		}
		yearsBeside(columns, header, body);
		boolean dataInHeader = header
			.stream()
			.anyMatch(cell -> cell.matches(".*[0-9０-９].*[→⇒➡⇨].*")
					&& !(words.mentions("baseline", cell) && words.mentions("target", cell)));
		if (columns.indicator < 0 || dataInHeader) {
			headerlessRows(table);
			return;
		}
		int initiativeColumn = columns.initiative;
		if (initiativeColumn >= 0 && !body.stream()
			.allMatch(cells -> Table.cell(cells, initiativeColumn).map(cell -> MARK_ONLY.matcher(cell.strip()).matches()).orElse(true))) {
			// measures named in a column of their own: a heading just above was their direction; where the column only
			// points at measures listed above (①), those are the measures
			promoteInitiative();
		}
		// 基本目標 | 数値目標 | 基準値 | 目標値: a column of the directions each row's indicator measures
		int directionColumn = directionColumn(header, columns);
		int width = header.size();
		int added = 0;
		for (List<Cell> cells : body) {
			List<Cell> row = cells;
			if (cells.stream().map(cell -> cell.text().strip()).toList().equals(header.stream().map(String::strip).toList())) {
				// the header again where the table goes on over a page
				continue;
			}
			if (columns.initiative == 0 && cells.size() < width && cells.size() > columns.indicator && !cells.get(0).isEmpty()
					&& table.layout() != Table.Layout.ALIGNED) {
				// a PDF drops the empty cells that lead a row: a merged 施策 cell continues the one above (a row laid out
				// by its text's positions only leaves out the empty cells that end it)
				row = new ArrayList<>();
				for (int missing = cells.size(); missing < width; missing++) {
					row.add(new Cell("", table.location()));
				}
				row.addAll(cells);
			}
			if (directionColumn >= 0 && row.size() > directionColumn) {
				directionCell(row.get(directionColumn));
			}
			if (columns.initiative >= 0) {
				Optional<String> name = Table.cell(row, columns.initiative);
				String[] keyLine = name.map(cell -> labelOverTitle(cell, "initiative")).orElse(null);
				if (name.isPresent() && initiative != null && keyLine != null && initiative.title.equals(keyLine[2])) {
					// 重点課題１ over its title in each row it spans (a merged cell saved as HTML repeats): the same one
					name = Optional.empty();
				}
				Optional<InitiativeBuilder> marked = name.filter(cell -> MARK_ONLY.matcher(cell.strip()).matches())
					.flatMap(this::latestNumbered);
				if (marked.isPresent()) {
					// ① in the 推進方針 column: the measure of that number among those the section listed above
					initiative = marked.get();
					name = Optional.empty();
				}
				if (name.isPresent() && (name.get().strip().matches("^[（(][^（）()]+[）)]$")
						|| name.get().strip().matches("^[【〔\\[［]\\s*(?:数値目標|成果指標|目標指標)\\s*[】〕\\]］]$"))) {
					// （基本目標の数値目標）, 【数値目標】 in the measure column: the goal's own indicators, under no measure
					initiative = null;
					initiativeHeading = null;
					name = Optional.empty();
				}
				String office = null;
				if (name.isPresent()) {
					Matcher led = OFFICE_LEADING.matcher(name.get().strip());
					String ledOffice = led.matches() ? led.group(1).strip() : null;
					if (ledOffice != null && (ledOffice.isEmpty() || Departments.namesOnly(ledOffice))
							|| ledOffice == null && onlyOffices(name.get()) && !OFFICE_IN_CELL.matcher(name.get()).find()
									&& !NUMBERED_CELL.matcher(clean(name.get())).matches() && !MEASURE_NUMBER.matcher(name.get()).lookingAt()) {
						// ［担当課］ then 農政課 on the lines of the cell below a measure's name (its rows cut apart), or the
						// department alone: the measure's department, never a measure
						office = ledOffice != null ? ledOffice : name.get();
						name = Optional.empty();
					}
				}
				if (name.isPresent()) {
					// (1) 地域産業の振興… over 【担当課】産業振興課 in one cell: the measure's name, then its department
					Matcher labelled = OFFICE_IN_CELL.matcher(name.get());
					if (labelled.find() && labelled.start() > 0) {
						office = labelled.group(1) != null ? labelled.group(1) : labelled.group(2);
						name = Optional.of(name.get().substring(0, labelled.start()).strip());
					}
				}
				Matcher band = name.isPresent() ? LABEL_NUMBER.matcher(clean(name.get())) : null;
				if (band != null && Table.cell(row, columns.indicator).isEmpty() && GroupBands.opens(name.get())
						&& !INITIATIVE_NUMBERED.matcher(clean(name.get())).matches() && band.matches()
						&& !words.is("initiative", band.group(1))) {
					// 施策の大綱３ 安全・安心に… | ［分野］… across the rows: the band over a group of measures, none of them
					// (施策１ 子育て支援の充実 is a measure by its label)
					initiative = null;
					continue;
				}
				Matcher bare = name.isPresent() ? BARE_NUMBER.matcher(clean(name.get())) : null;
				if (bare != null && bare.matches() && (bare.group(1).isEmpty() || words.is("initiative", bare.group(1)))) {
					// 施策 1 over its name printed on the lines below, or a row's number shifted into the measure's column:
					// a number names no measure
					initiative = null;
				}
				else if (name.isPresent() && !name.get().equals(Table.cell(row, columns.indicator).orElse(""))) {
					Matcher numbered = NUMBERED_CELL.matcher(BRACKETED_NUMBER.matcher(clean(name.get())).replaceFirst("$1 "));
					// 1-1 安心して子どもを産み育てられる環境づくり: the initiative's number, then its title
					// 施策１－１　有田焼産業の振興と販路拡大: the label of the concept, its number, then the title
					Matcher labelledCell = LABEL_NUMBER.matcher(clean(name.get()));
					InitiativeBuilder named = keyLine != null ? new InitiativeBuilder(keyLine[1], keyLine[2])
							: numbered.matches() ? new InitiativeBuilder(numbered.group(1), numbered.group(2))
							: labelledCell.matches() && words.is("initiative", labelledCell.group(1))
									? new InitiativeBuilder(labelledCell.group(2), labelledCell.group(3).strip())
							: new InitiativeBuilder("", clean(name.get()));
					initiativeHeading = null;
					DirectionBuilder into = directionOrUnplaced(table.location().toString());
					// ① 企業誘致… again in the next row (a merged cell a converter or an export repeats): the same measure
					// goes on
					Optional<InitiativeBuilder> same = existing(into, named.code, named.title);
					if (same.isPresent()) {
						initiative = same.get();
					}
					else {
						initiative = named;
						into.initiatives.add(initiative);
					}
				}
				if (office != null) {
					department(office);
				}
			}
			Optional<String> name = Table.cell(row, columns.indicator);
			if (name.isEmpty() || columns.initiative >= 0 && INITIATIVE_NUMBERED.matcher(clean(name.get())).matches()) {
				// 2-2 地域で支え合う… under 成果指標: a row whose cells slid a column, an initiative's number and title
				if (name.isEmpty() && columns.initiative >= 0 && columns.department >= 0 && initiative != null
						&& Table.cell(row, columns.initiative).isPresent()) {
					// a project with no indicator yet (※指標は令和6年度中に設定予定): the project and its department
					Table.cell(row, columns.department).ifPresent(this::department);
				}
				continue;
			}
			String unit = columns.unit < 0 ? caption : Table.cell(row, columns.unit).orElse(null);
			String indicator = clean(name.get());
			if (columns.unit >= 0 && unit == null) {
				Matcher swallowed = TRAILING_UNIT.matcher(indicator);
				if (swallowed.matches() && JapaneseNumbers.value("1" + swallowed.group(2)).isNumber()
						&& JapaneseNumbers.value("1" + swallowed.group(2)).unit() != null) {
					indicator = swallowed.group(1);
					unit = swallowed.group(2);
				}
			}
			Dated baseline = null;
			Dated target = null;
			if (columns.combined >= 0) {
				Dated[] pair = transition(Table.cell(row, columns.combined).orElse(""));
				if (pair != null) {
					baseline = inUnit(pair[0] == null || pair[0].year != null ? pair[0]
							: new Dated(pair[0].value, columns.combinedFrom), unit);
					target = inUnit(pair[1] == null || pair[1].year != null ? pair[1]
							: new Dated(pair[1].value, columns.combinedTo), unit);
				}
			}
			Integer unitYear = null;
			Matcher datedUnit = unit == null ? null : UNIT_WITH_YEAR.matcher(unit.strip());
			if (datedUnit != null && datedUnit.matches()) {
				// 億円(R元) under 単位: the baseline's year, which the line below the row put one column left
				unit = datedUnit.group(1);
				unitYear = org.govreview.readers.text.FiscalYears.yearOf(datedUnit.group(2)).stream().boxed().findFirst().orElse(null);
			}
			if (columns.baseline >= 0) {
				Integer stated = rowYear(row, columns.baselineYear,
						columns.years.getOrDefault(columns.baseline, legendYears.get("baseline")));
				baseline = dated(Table.cell(row, columns.baseline).orElse(""), stated != null ? stated : unitYear, unit);
				String named = PlanVocabulary.key(Table.cell(row, columns.baseline).orElse(""));
				for (int actual : columns.actuals) {
					if (!named.isEmpty() && actual < header.size() && named.equals(PlanVocabulary.key(header.get(actual)))) {
						// R3実績 under 基準値: the indicator added later, its baseline the actual of that year's column
						baseline = dated(Table.cell(row, actual).orElse(""), columns.years.get(actual), unit);
					}
				}
			}
			if (columns.target >= 0) {
				target = dated(Table.cell(row, columns.target).orElse(""), rowYear(row, columns.targetYear,
						columns.years.getOrDefault(columns.target, legendYears.get("target"))), unit);
			}
			if (isNamePart(Table.cell(row, columns.baseline).orElse("")) || isNamePart(Table.cell(row, columns.target).orElse(""))) {
				// 「子育てしやすいまち」と感じる | 保護者の割合 | 58.4％: a name's second line where a figure should be
				findings.add(Finding.warning(table.location().toString(),
						"a row whose figures are out of their columns (a name's words where a value stands): not kept", indicator));
				continue;
			}
			List<InterimTarget> interim = new ArrayList<>();
			for (int column : columns.series) {
				Dated value = dated(Table.cell(row, column).orElse(""), columns.years.get(column), unit);
				boolean measured = target != null && target.value.kind() == IndicatorValue.Kind.NUMBER;
				if (value != null && value.year != null && value.value.kind() != IndicatorValue.Kind.ABSENT
						&& (value.value.kind() == IndicatorValue.Kind.NUMBER || !measured)) {
					// 検討 | 試行 | 実施 | 拡大 under R6 … R9 beside a target of 250手続: the schedule's steps, not the
					// indicator's values; beside a target of 改定 they are its milestones
					interim.add(new InterimTarget(indicator, value.year, value.value));
				}
			}
			if (columns.department >= 0) {
				Table.cell(row, columns.department).ifPresent(this::department);
			}
			if (baseline == null && target == null && interim.isEmpty()) {
				// 地域子育て支援センターの年間 alone on its row: a name cut from its figures, not an indicator
				findings.add(Finding.warning(table.location().toString(), "indicator row without any figure: not kept", indicator));
				continue;
			}
			if (!isIndicatorName(indicator)) {
				findings.add(Finding.warning(table.location().toString(),
						"indicator name that is no name (a unit, a year, a figure): row not kept", indicator));
				continue;
			}
			add(indicator, baseline, target, interim, table.location().toString());
			added++;
		}
		if (added > 0 || body.isEmpty() && table.headerRows() > 0) {
			// a header standing alone heads the rows printed after it
			lastColumns = columns;
			lastHeader = header;
		}
	}

	/** 人, （R3）新規創業件数, 42,310: what a misplaced cell puts where an indicator's name should be. */
	private static boolean isIndicatorName(String name) {
		String text = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKC).strip();
		long letters = text.codePoints().filter(Character::isLetter).count();
		IndicatorValue asUnit = JapaneseNumbers.value("1" + text);
		// 1歳6か月児健康診査受診率 is a name; 42,310 and 5.5%（R5） are figures out of place
		String afterNumber = text.replaceFirst("^[▲△\\-]?[0-9][0-9,.]*", "");
		boolean figure = !afterNumber.equals(text) && afterNumber.replaceAll("[(（][^)）]*[)）]", "").codePoints().filter(Character::isLetter).count() < 4;
		// （年間）, （累計） alone: the end of a name its cell wrapped, the name's first words in the row above
		return letters >= 2 && !text.matches("^[(（](?:令和|平成|昭和|[RHＲＨ令平])?[0-9０-９元]{1,4}.*") && !figure
				&& !text.matches("^[(（][^()（）]{1,8}[)）]$")
				&& !(text.length() <= 2 && asUnit.isNumber() && asUnit.unit() != null);
	}

	/**
	 * A sheet of labels and values, one per row (政策 | １ 豊かな自然…, 施策名 | １－１ 防災…, 所管課 | 危機管理課,
	 * 成果指標 | ◇ 地区防災計画の策定地区数 | 現状：１８地区（Ｒ５）／目標：４０地区（Ｒ８）), a row without a label going
	 * on under the one above: read as the headings and fields it stands for. False when the table is no such sheet.
	 */
	private boolean labelSheet(Table table) {
		// a sheet may carry its title as a first row (諫早市実施計画 事業別調書 | 基本政策１), never column headings
		boolean titled = table.headerRows() == 1 && Columns.of(table.header(), words, false).indicator < 0;
		if ((table.headerRows() > 0 && !titled) || table.columnCount() < 2) {
			return false;
		}
		List<List<Cell>> rows = titled ? table.body() : table.rows();
		long labelled = rows.stream().filter(row -> !row.get(0).isEmpty() && isSheetLabel(row.get(0).text())).count();
		long named = rows.stream().filter(row -> !row.get(0).isEmpty()).count();
		if (labelled < 3 || labelled * 2 < named) {
			return false;
		}
		String label = null;
		for (List<Cell> row : rows) {
			if (!row.get(0).isEmpty()) {
				label = PlanVocabulary.key(row.get(0).text());
			}
			String value = Table.cell(row, 1).orElse("").strip();
			if (label == null || value.isEmpty()) {
				continue;
			}
			Matcher numbered = SHEET_NUMBER.matcher(withoutLevelWord(value));
			if (words.startsWith("direction", label) && numbered.matches()) {
				startNumberedDirection(numbered, row.get(row.size() - 1).location());
			}
			else if (words.startsWith("initiative", label) && numbered.matches()) {
				startInitiative(numbered.group(1), numbered.group(2), null);
			}
			else if (words.startsWith("direction", label) && !value.matches(".*[。0-9０-９].*")) {
				// 基本政策 | 子どもが健やかに育つまち on every project's sheet: the same direction goes on
				startDirection("", value, new Heading(NumberingScheme.NUMBER, "", "", value, 1, row.get(1).location()));
			}
			else if (words.startsWith("initiative", label) && !value.contains("。")) {
				startInitiative("", value, null);
			}
			else if (words.startsWith("indicator", label) && !ARROW.matcher(value).find()
					&& value.matches("^[◇◆・○●■□].*")) {
				field(label, BULLET.matcher(value).replaceFirst(""), null);
			}
			else if (words.startsWith("indicator", label) && value.contains("／")) {
				// 現状：１８地区（Ｒ５）／目標：４０地区（Ｒ８）: the pending indicator's two values
				for (String part : value.split("／")) {
					Matcher labelled2 = LEADING_LABEL.matcher(part.strip());
					if (labelled2.matches()) {
						field(labelled2.group(1).strip(), labelled2.group(2).strip(), null);
					}
				}
			}
			else if (words.is("department", label)) {
				department(value);
			}
		}
		finishPending();
		return true;
	}

	/** 政策１ 地域の資源と…: the level's word before its number dropped, the number and title left. */
	private String withoutLevelWord(String value) {
		Matcher word = LEVEL_WORD.matcher(value);
		return word.lookingAt() && (words.is("direction", word.group(1)) || words.is("initiative", word.group(1)))
				? value.substring(word.end(1)) : value;
	}

	private static final Pattern LEVEL_WORD = Pattern.compile("^(\\p{IsHan}{2,5})(?=[0-9０-９])");

	/**
	 * 主管課 | こども家庭課 / 関係課 | … / 施策の方向 | …: a measure's card of labels beside their values, a row each; its
	 * 主管課 row names the department. False, and nothing read, unless every row opens with a short label and one of
	 * them is a department's.
	 */
	private boolean labelsBesideValues(Table table) {
		if (table.columnCount() != 2 || table.rows().size() > MAX_CARD_ROWS) {
			return false;
		}
		String department = null;
		for (List<Cell> row : table.rows()) {
			String label = PlanVocabulary.key(BULLET.matcher(row.get(0).text()).replaceFirst(""));
			String value = Table.cell(row, 1).orElse("").strip();
			if (label.isEmpty() || label.length() > 10 || label.matches(".*[0-9０-９].*") || (words.startsWith("indicator", label) || words.is("initiative", label) || words.is("direction", label))
							&& !value.contains("。")) {
				// 施策名 or 成果指標 naming one would be a sheet of the plan's own; 施策の方向 | …整えます。 describes the measure
				return false;
			}
			if (department == null && words.is("department", label) && !value.isEmpty() && !words.mentions("department", value)) {
				department = value;
			}
		}
		if (department == null) {
			return false;
		}
		department(department);
		return true;
	}

	private static final int MAX_CARD_ROWS = 8;

	/** 現在（2020年度）：, 2023年度：, 2030年：: a cell labelling the figure under it with its year. */
	private static final Pattern YEAR_LABEL_CELL = Pattern.compile("^(?:[^（()）：:]{0,8}[（(]([^（）()]{2,12})[）)]|([^（()）：:]{2,12}))[：:]$");

	/**
	 * A form that names its indicator in a labelled cell (指標：有機農業の取組面積), labels the figures on the row below
	 * with their years (現在（2020年度）： | 2023年度：) and prints them on the row after (18.5ha | 25.0ha), as the
	 * SDGs 未来都市計画's KPI boxes do: each indicator with the first figure its baseline and the last its target.
	 * False, and nothing read, when the table holds no such rows.
	 */
	private boolean labelsOverFigures(Table table) {
		List<List<Cell>> rows = table.rows();
		int read = 0;
		for (int r = 0; r + 2 < rows.size(); r++) {
			String name = rows.get(r).stream().map(cell -> cell.text().strip()).filter(text -> !text.isEmpty())
				.reduce((first, second) -> second).orElse("");
			Matcher label = LEADING_LABEL.matcher(name);
			if (!label.matches() || !words.is("indicator", label.group(1).strip()) || label.group(2).isBlank()
					|| !name.matches("^[^：:]{1,12}[：:].*")) {
				continue;
			}
			List<String> years = new ArrayList<>();
			List<String> figures = new ArrayList<>();
			List<Cell> labels = rows.get(r + 1);
			List<Cell> values = rows.get(r + 2);
			for (int c = 0; c < labels.size(); c++) {
				String text = labels.get(c).text().strip();
				if (text.isEmpty()) {
					continue;
				}
				Matcher year = YEAR_LABEL_CELL.matcher(text);
				String figure = Table.cell(values, c).orElse("").strip();
				if (!year.matches() || figure.isEmpty() || !figure.matches("^[0-9０-９].*")) {
					years.clear();
					break;
				}
				String stated = year.group(1) != null ? year.group(1) : year.group(2);
				years.add(stated);
				figures.add(figure);
			}
			if (years.size() < 2) {
				continue;
			}
			Dated[] pair = transition(figures.get(0) + "（" + years.get(0) + "）→" + figures.get(figures.size() - 1) + "（"
					+ years.get(years.size() - 1) + "）");
			if (pair != null && pair[0] != null && pair[0].year != null && pair[1].year != null) {
				add(clean(label.group(2)), pair[0], pair[1], List.of(), table.location().toString());
				read++;
				r += 2;
			}
		}
		if (read > 0) {
			finishPending();
		}
		return read > 0;
	}

	private boolean isSheetLabel(String cell) {
		String key = PlanVocabulary.key(cell);
		return key.length() <= 10 && (words.startsWith("direction", key) || words.startsWith("initiative", key)
				|| words.is("department", key) || words.startsWith("indicator", key));
	}

	/** Rows without an indicator column: "KPI：名称 | 18回（R4）→80回（R9）", or a name beside a transition. */
	private void headerlessRows(Table table) {
		boolean fieldCells = table.rows().stream().flatMap(List::stream).filter(cell -> !cell.isEmpty())
			.allMatch(cell -> cell.text().startsWith("【"));
		for (List<Cell> row : table.rows()) {
			if (fieldCells) {
				for (Cell cell : row) {
					Matcher label = LEADING_LABEL.matcher(cell.text());
					if (!cell.isEmpty() && label.matches()) {
						field(label.group(1), label.group(2), null);
					}
				}
				continue;
			}
			List<String> cells = row.stream().map(Cell::text).filter(text -> !text.isEmpty()).map(KpiPlan::withArrow).toList();
			if (cells.size() >= 4 && cells.get(2).strip().matches("[→⇒➡⇨]") && !ARROW.matcher(cells.get(1)).find()) {
				// 【数値目標】従業者数 | 24,318人（Ｒ３） | → | 24,500人（Ｒ８）: the transition set apart in three cells
				List<String> joined = new ArrayList<>();
				joined.add(cells.get(0));
				joined.add(cells.get(1) + "→" + cells.get(3));
				joined.addAll(cells.subList(4, cells.size()));
				cells = joined;
			}
			if (cells.size() < 2 || !ARROW.matcher(cells.get(1)).find()) {
				continue;
			}
			if (LEADERS.matcher(cells.get(0)).find() || LABELLED_BASELINE.matcher(cells.get(0)).find()) {
				// ◇市内事業所の従業者数……基準値 21,406人（R3） | → 目標値 22,000人（R9）: the baseline with the name, the
				// target in the cell after it
				if (cells.size() > 2 && !ARROW.matcher(cells.get(2)).find()) {
					department(cells.get(2));
				}
				leaderedTransition(cells.get(0), cells.get(1), table.location().toString());
				continue;
			}
			String name = BULLET.matcher(cells.get(0)).replaceFirst("");
			Matcher label = LEADING_LABEL.matcher(name);
			if (label.matches() && words.is("indicator", label.group(1)) && !label.group(2).isBlank()) {
				name = label.group(2);
			}
			Dated[] pair = transition(cells.get(1));
			if (pair != null && (pair[0] == null || pair[0].year != null || pair[1].year != null)) {
				if (cells.size() > 2 && !ARROW.matcher(cells.get(2)).find()) {
					department(cells.get(2));
				}
				add(clean(name), pair[0], pair[1], List.of(), table.location().toString());
			}
		}
	}

	private boolean achievementTable(Table table) {
		List<String> header = table.header();
		if (header.size() < 2 || !words.startsWith("achievement", header.get(0))) {
			return false;
		}
		int countColumn = -1;
		for (int column = 1; column < header.size(); column++) {
			if (words.is("achievement-count", header.get(column))) {
				countColumn = column;
				break;
			}
		}
		List<List<Cell>> bandRows = table.body().stream()
			.filter(row -> row.stream().noneMatch(cell -> TOTAL_BAND.matcher(cell.text().strip()).matches())).toList();
		boolean gradesOnly = bandRows.size() >= 2
				&& bandRows.stream().allMatch(row -> GRADE_BAND.matcher(Table.cell(row, 0).orElse("").strip()).matches());
		for (int column = 1; column < header.size() && countColumn < 0 && gradesOnly; column++) {
			if (TOTAL_BAND.matcher(header.get(column).strip()).matches()) {
				// 評価 | 基本目標１ | … | 基本目標４ | 計 | 構成比: the bands counted per goal, the plan's count in the total
				countColumn = column;
			}
		}
		if (countColumn < 0) {
			return bandsAcross(table);
		}
		for (List<Cell> row : table.body()) {
			Optional<String> band = Table.cell(row, 0);
			Optional<BigDecimal> count = Table.cell(row, countColumn).flatMap(KpiPlan::count);
			// Ｅ | 評価困難 | 2 then | 合計 | 32: the total, its band cell empty and its word in the next
			boolean total = row.stream().anyMatch(cell -> TOTAL_BAND.matcher(cell.text().strip()).matches());
			if (band.isPresent() && !band.get().isBlank() && !total && count.isPresent() && count.get().scale() <= 0 && count.get().signum() >= 0) {
				counts.add(new AchievementCount(band.get(), count.get().intValue()));
			}
		}
		return true;
	}

	/** 8指標（34.8％）, 12項目: a count of indicators, perhaps with its share. */
	private static final Pattern BAND_COUNT = Pattern.compile("^([0-9]{1,3})\\s*(?:指標|項目)(?:\\s*[（(][0-9.]+\\s*[%％][）)])?$");

	/** The field is one of three or more in a row that each count indicators: a summary of the bands. */
	private static boolean bandCount(List<Block> blocks, int b) {
		int from = b;
		while (from > 0 && countsIndicators(blocks.get(from - 1))) {
			from--;
		}
		int to = b;
		while (to + 1 < blocks.size() && countsIndicators(blocks.get(to + 1))) {
			to++;
		}
		// two bands may stand alone when each says it counts indicators (◎（目標達成）：1指標)
		return countsIndicators(blocks.get(b)) && (to - from >= 2 || to - from == 1
				&& blocks.subList(from, to + 1).stream().allMatch(block -> ((Field) block).value().strip().endsWith("指標")));
	}

	private static boolean countsIndicators(Block block) {
		return block instanceof Field field && BAND_COUNT.matcher(java.text.Normalizer.normalize(field.value(), java.text.Normalizer.Form.NFKC).strip()).matches();
	}

	/** Ａ, S, ◎, －: a grade or mark alone, as a table counting indicators per grade lists them. */
	private static final Pattern GRADE_BAND = Pattern.compile("^[A-ESＡ-ＥＳ◎○△×－\\-ー]$");

	/** 合計, 計, 指標数: the row or column of all the bands together, no band. */
	private static final Pattern TOTAL_BAND = Pattern.compile("^(?:合計|計|総計|全体|総数|指標数)$");

	/** 12, 9件, 3指標: a count of indicators, bare or with the word it counts in. */
	private static Optional<BigDecimal> count(String cell) {
		IndicatorValue value = JapaneseNumbers.value(cell.strip());
		return value.isNumber() && (value.unit() == null || value.unit().matches("件|項目|指標|本"))
				? Optional.of(value.number()) : Optional.empty();
	}

	/**
	 * 評価区分 | ◎ | ○ | △ | × | 計 over ＫＰＩ数 | 9件 | 9件 | 4件 | 1件 | 24件: the bands across the header, their counts
	 * in the row its count word names. False when no row is one of counts.
	 */
	private boolean bandsAcross(Table table) {
		List<String> header = table.header();
		Optional<List<Cell>> countRow = table.body()
			.stream()
			.filter(row -> Table.cell(row, 0).filter(this::countsBands).isPresent())
			.findFirst();
		boolean gradesAcross = header.size() >= 3 && header.subList(1, header.size()).stream().map(String::strip)
			.allMatch(band -> GRADE_BAND.matcher(band).matches() || TOTAL_BAND.matcher(band).matches());
		if (countRow.isEmpty() && gradesAcross) {
			// 区分 | ◎ | ○ | △ | × | 計 over a row per goal and 合計: the plan's counts in the total row
			countRow = table.body().stream()
				.filter(row -> Table.cell(row, 0).filter(label -> TOTAL_BAND.matcher(label.replaceAll("[\\s　]", "")).matches()).isPresent())
				.findFirst();
		}
		if (countRow.isEmpty()) {
			return false;
		}
		List<AchievementCount> found = new ArrayList<>();
		for (int column = 1; column < header.size(); column++) {
			String band = header.get(column).strip();
			Optional<BigDecimal> count = Table.cell(countRow.get(), column).flatMap(KpiPlan::count);
			if (!band.isEmpty() && !TOTAL_BAND.matcher(band).matches() && count.isPresent()
					&& count.get().scale() <= 0 && count.get().signum() >= 0) {
				found.add(new AchievementCount(band, count.get().intValue()));
			}
		}
		if (!counts.containsAll(found)) {
			// the same counts in a second table (its total row under the goals' rows): counted once
			counts.addAll(found);
		}
		return true;
	}

	/** 指標数, 令和６年度実績（指標数）: a row's label naming what it counts, alone or in brackets after the row's year. */
	private boolean countsBands(String label) {
		Matcher bracketed = TRAILING_BRACKETS.matcher(label.strip());
		return words.is("achievement-count", label) || bracketed.matches() && !bracketed.group(1).isBlank()
				&& words.is("achievement-count", bracketed.group(2));
	}

	/** 令和６年度実績（指標数）: a label, then a word in brackets that ends it. */
	private static final Pattern TRAILING_BRACKETS = Pattern.compile("^(.*)[（(]([^（）()]+)[）)]$");

	// ---- fields and lines

	private void field(String printedLabel, String value, Field field) {
		String location = field == null ? "table" : field.location().toString();
		String label = BULLET.matcher(printedLabel).replaceFirst("");
		Optional<String> unit = unitCaption(value);
		if (unit.isPresent()) {
			captionUnit = unit.get();
			return;
		}
		if (words.is("department", label)) {
			department(value);
			return;
		}
		if ((direction != null || initiative != null) && value.matches(".*[0-9０-９].*")
				&& labelledFigures(label.replaceFirst("^[0-9]{1,2}(?=\\D)", "") + "：" + value, location)) {
			// ①利用者数：当初値８，９１２人、中間目標１万人 taken for a label and its value
			return;
		}
		if (label.endsWith("番号") && words.is("direction", label.substring(0, label.length() - 2))) {
			// 政策番号　２－１ then 政策名　子どもを安心して…: the number of the direction the next field names
			directionNumber = value.strip();
			return;
		}
		if (label.endsWith("名") && words.is("direction", label.substring(0, label.length() - 1)) && !value.isBlank() && field != null) {
			// 政策名　子どもを安心して産み育てられる環境の充実 on a sheet: the direction its measure serves
			startDirection(directionNumber, value.strip(),
					new Heading(NumberingScheme.LABELLED, "", directionNumber == null ? "" : directionNumber, value.strip(), 1, field.location()));
			directionNumber = null;
			return;
		}
		if (label.endsWith("番号") && words.startsWith("initiative", label)) {
			// 施策番号　１-１ then 施策名　子育て支援の充実: the number of the measure the next field names
			sheetNumber = value.strip();
			return;
		}
		if (direction != null && (words.is("initiative-column", label)) && !value.isBlank()) {
			Matcher numbered = SHEET_NUMBER.matcher(BRACKETED_NUMBER.matcher(clean(value)).replaceFirst("$1 "));
			if (numbered.matches()) {
				// 施策名　１－１ 地域産業の振興: the number printed with the title
				startInitiative(numbered.group(1), numbered.group(2), null);
			}
			else {
				startInitiative(sheetNumber == null ? "" : sheetNumber, value.strip(), null);
			}
			sheetNumber = null;
			return;
		}
		if (direction == null && initiative == null) {
			return;
		}
		if (pending != null && words.is("unit", label) && UNIT_WORD.matcher(value.strip()).matches()) {
			// 単位　％ between an indicator's name and its figures: the unit of its bare figures
			pending.unit = value.strip();
			return;
		}
		if (pending != null && words.startsWith("interim", label)) {
			// 中間目標値（令和7年度）　459千t-CO2: the year its label gives
			Dated interim = dated(value, headerYear(label), pending.unit);
			if (interim != null && interim.year != null && interim.value.isNumber()) {
				InterimTarget stated = new InterimTarget(pending.name, interim.year, interim.value);
				pending.interim.add(stated);
				statedTargets.add(stated);
			}
			return;
		}
		if (words.is("indicator", label)) {
			finishPending();
			if (value.contains("。")) {
				// 〔数値目標〕 …を令和６年度までに44,000人にします（基準値…）。: a sentence that states it
				statedIn(List.of(value), value, location);
			}
			else if (ARROW.matcher(value).find()) {
				namedTransition(value, location);
			}
			else if (!value.isBlank()) {
				pending = new PendingIndicator(clean(value), location);
			}
			return;
		}
		// 目標値（令和7年度）：20人: the year the label states is its figure's
		String bare = label.replaceFirst("[\\s　]*[（(][^（）()]*[）)]$", "");
		Integer labelYear = bare.equals(label) ? null : headerYear(label);
		// 基準値⇥38,412人 on a card, its year the legend's (基準値は、原則として令和４年度の値です) unless it states one
		if (pending != null && (words.is("baseline", label) || labelYear != null && words.is("baseline", bare))) {
			pending.baseline = dated(value, labelYear != null ? labelYear : legendYears.get("baseline"), pending.unit);
			return;
		}
		if (pending != null && (words.is("target", label) || labelYear != null && words.is("target", bare))) {
			pending.target = dated(value, labelYear != null ? labelYear : legendYears.get("target"), pending.unit);
			finishPending();
			return;
		}
		if (ARROW.matcher(value).find() && LEADERS.matcher(label).find()) {
			// ◇市内事業所の従業者数……基準値 21,406人（R3） ⇥ → 目標値 22,000人（R9）: a dotted leader parts the name from
			// the baseline, the target after the gap
			leaderedTransition(label, value, location);
			return;
		}
		if (ARROW.matcher(value).find()) {
			Dated[] pair = transition(value);
			if (pair != null && pair[1] != null && pair[1].year != null && (pair[0] == null || pair[0].year != null)) {
				add(clean(label), pair[0], pair[1], List.of(), location);
			}
		}
	}

	/** …の割合　基準値 72.4％（R4）: a name's baseline after it, labelled. */
	private static final Pattern LABELLED_BASELINE = Pattern.compile("\\S[\\s　.．]*(?:基準値|現状値|現況値|策定時)[\\s　:：]*[約0-9０-９▲△]");

	/** A name and its baseline with a dotted leader between, then the transition's target: read as one named transition. */
	private void leaderedTransition(String named, String target, String location) {
		namedTransition(LEADERS.matcher(named).replaceAll("　") + "　" + target, location);
	}

	/** ……, ・・・・, ....: the dotted leader a line draws from a name to its figures. */
	private static final Pattern LEADERS = Pattern.compile("[…‥⋯]{2,}|[.．・･]{3,}");

	/** 交通渋滞対策推進事業（担当：都市計画課・建設課）: a measure's sections in brackets after its name. */
	private static final Pattern BRACKETED_DEPARTMENT = Pattern.compile("[（(]([^（）()：:]{1,8})[：:]([^（）()]{2,40})[）)][\\s　]*$");

	/** Whether the line is part of the quote: within it, or where it opens (…数値目標「転入超過数 △312 人（H30）→ 0 人（R). */
	private static boolean inQuote(String line, String quote) {
		return quote.contains(line) || line.contains(quote.substring(0, Math.min(QUOTE_OPENING, quote.length())));
	}

	private static final int QUOTE_OPENING = 6;

	/** 「市内事業所の従業者数 50,286 人（H28）→ 50,500 人（R6）」: a named transition quoted in a sentence. */
	private static final Pattern QUOTED_TRANSITION = Pattern.compile("「([^「」。]{2,60}?[0-9０-９][^「」。]{0,30}[→⇒➡⇨][^「」。]{1,30}[）)])」");

	/** 50,286 人: the space a text extraction leaves between a figure and its unit. */
	private static final Pattern UNIT_APART = Pattern.compile("(?<=[0-9０-９])[ 　]+(?=[^\\s0-9０-９→⇒➡⇨（(])");

	/** Indicators in running text: lines naming a transition with its years, and sentences that state one. */
	private void statedIn(List<String> lines, String text, String location) {
		if (direction == null && initiative == null) {
			return;
		}
		Matcher bracketed = BRACKETED_DEPARTMENT.matcher(text.strip());
		if (bracketed.find() && words.is("department", bracketed.group(1).strip())) {
			String named = bracketed.group(2).strip();
			// 都市計画課・建設課 names two sections, 健康・保険課 one
			boolean several = java.util.Arrays.stream(named.split("・")).allMatch(part -> part.matches(".*(?:課|室|局|部|係|所|センター)$"));
			department(several ? named.replace('・', '、') : named);
			return;
		}
		int addedBefore = this.added;
		Matcher quoted = QUOTED_TRANSITION.matcher(text);
		List<String> quotes = new ArrayList<>();
		while (quoted.find()) {
			// 数値目標「転入超過数 △312 人（H30）→ 0 人（R⏎6）」については: the quote holds the transition, however wrapped
			int before = this.added;
			namedTransition(UNIT_APART.matcher(quoted.group(1)).replaceAll("").replaceAll("([（(][RHSＲＨＳ])[ 　]+", "$1"), location, true);
			if (this.added > before) {
				quotes.add(quoted.group());
			}
		}
		for (String line : lines) {
			if (labelledFigures(line, location)) {
				continue;
			}
			if (quotes.stream().anyMatch(quote -> inQuote(line.strip(), quote))) {
				// a line of a quoted transition read whole above
				continue;
			}
			if (ARROW.matcher(withArrow(line)).find()) {
				namedTransition(line.strip(), location, true);
			}
		}
		Matcher prose = PROSE.matcher(text);
		while (prose.find()) {
			OptionalInt from = year(prose.group(2));
			OptionalInt to = year(prose.group(4));
			IndicatorValue start = JapaneseNumbers.value(prose.group(3));
			IndicatorValue end = JapaneseNumbers.value(prose.group(5));
			if (from.isPresent() && to.isPresent() && start.isNumber() && end.isNumber()) {
				add(clean(prose.group(1)), new Dated(start, from.getAsInt()), new Dated(end, to.getAsInt()), List.of(),
						location);
			}
		}
		// name, baseline and its year, target and its year: where each pattern prints them
		sentences(PROSE_TARGET_FIRST.matcher(text), new int[] { 1, 4, 5, 3, 2 }, location);
		sentences(PROSE_VALUE_FIRST.matcher(text), new int[] { 1, 2, 3, 4, 5 }, location);
		if (this.added == addedBefore) {
			// 「…の割合」は、策定時の76.8％（令和３年度）から…。令和８年度の目標値である80.0％に向けて…: sentences of
			// any other build, kept unless the indicator is read otherwise
			for (ProseIndicators.Stated stated : ProseIndicators.in(text)) {
				this.freelyStated.add(new FreelyStated(stated, this.direction, this.initiative, location));
			}
		}
	}

	/** An indicator read from sentences of a free build, with the direction and measure it was read under. */
	private record FreelyStated(ProseIndicators.Stated stated, DirectionBuilder direction, InitiativeBuilder initiative,
			String location) {
	}

	private final List<FreelyStated> freelyStated = new ArrayList<>();

	/** 本市の観光入込客数: the city's own, no part of the indicator's name. */
	private static final Pattern OWN_PLACE = Pattern.compile("^(?:本市|本町|本村|当市|当町)の");

	/** The freely stated indicators that no other reading named (neither the same name nor one inside the other). */
	private void addFreelyStated() {
		List<String> named = new ArrayList<>();
		for (DirectionBuilder each : directions) {
			each.indicators.forEach(indicator -> named.add(PlanVocabulary.key(indicator.name())));
			each.initiatives.forEach(measure -> measure.indicators.forEach(indicator -> named.add(PlanVocabulary.key(indicator.name()))));
		}
		DirectionBuilder keptDirection = this.direction;
		InitiativeBuilder keptInitiative = this.initiative;
		for (FreelyStated free : this.freelyStated) {
			ProseIndicators.Stated stated = free.stated();
			String name = OWN_PLACE.matcher(clean(stated.name())).replaceFirst("");
			String key = PlanVocabulary.key(name);
			if (named.stream().anyMatch(other -> other.contains(key) || key.contains(other))) {
				continue;
			}
			this.direction = free.direction();
			this.initiative = free.initiative();
			add(name, stated.baseline() == null ? null : new Dated(stated.baseline(), stated.baselineYear()),
					stated.target() == null ? null : new Dated(stated.target(), stated.targetYear()), List.of(), free.location());
			named.add(key);
		}
		this.direction = keptDirection;
		this.initiative = keptInitiative;
	}

	private static final Pattern BAND_MEANING = Pattern.compile("^(\\S{1,3}?)\\s*[（(][^（）()]{1,12}[）)]$");

	/** ・◎（目標達成）: the band's mark, without the list's bullet or the words for it. */
	private static String band(String label) {
		String band = label.strip().replaceFirst("^[・･]\\s*", "");
		Matcher meaning = BAND_MEANING.matcher(band);
		return meaning.matches() ? meaning.group(1) : band;
	}

	/** How many indicators were read so far: a paragraph that gave none to the fixed sentence shapes is read freely. */
	private int added;

	/** 利用者数：当初値８，９１２人、中間目標１万人、最終目標１万１千人（令和５年度実績９，６１０人）: the name, a colon, then each figure after its word. */
	private static final Pattern LABELLED_FIGURES = Pattern
		.compile("^[①-⑳]?[\\s　]*([^：:、。]{2,60}?)[\\s　]*[：:][\\s　]*([^：:]+?)(?:[\\s　]*[（(][^（）()]*(?:実績|達成|評価)[^（）()]*[）)])?[\\s　。]*$");

	/** １万７，２５０人（平成28年経済センサス）: the year of the source a figure is taken from is the figure's. */
	private static final Pattern SOURCE_AFTER_YEAR = Pattern
		.compile("[（(]((?:令和|平成|R|H|Ｒ|Ｈ)[\\s　]*(?:元|[0-9０-９]{1,2})[\\s　]*年度?|[0-9０-９]{4}[\\s　]*年度?)[^（）()0-9０-９]{2,}[）)][\\s　]*$");

	/** 当初値８，９１２人, 中間目標１万人, 最終目標 11千人（R8）: a figure after the word that says which it is. */
	private static final Pattern LABELLED_FIGURE = Pattern.compile("^([^0-9０-９約▲△]{2,8}?)[\\s　:：]*((?:約|▲|△)?[0-9０-９].*)$");

	/**
	 * A line that names an indicator and then lists its figures, each after the word that says whether it is the
	 * baseline, a target on the way or the target; a figure's year is the one bracketed after it, else the one a note
	 * gives its word (※当初値は、特に記載のない限り平成27年度の値です). False when the line is not of that form.
	 */
	private boolean labelledFigures(String line, String location) {
		// a line cut short (a PDF's wrap) ends in an open bracket: what it held is not here
		Matcher whole = LABELLED_FIGURES.matcher(line.strip().replaceFirst("[（(][^）)]*$", ""));
		if (!whole.matches()) {
			return false;
		}
		List<String[]> figures = new ArrayList<>();
		for (String part : whole.group(2).split("[\\s　]*、[\\s　]*")) {
			Matcher figure = LABELLED_FIGURE.matcher(part.strip());
			if (!figure.matches()) {
				return false;
			}
			String concept = figureConcept(figure.group(1));
			if (concept == null) {
				return false;
			}
			figures.add(new String[] { concept, SOURCE_AFTER_YEAR.matcher(figure.group(2)).replaceFirst("（$1）") });
		}
		Dated baseline = null;
		Dated target = null;
		List<Dated> interim = new ArrayList<>();
		for (String[] figure : figures) {
			String concept = figure[0];
			Dated value = dated(figure[1], legendYears.get(concept), null);
			if (value == null || !value.value.isNumber()) {
				findings.add(Finding.warning(location, "a figure of an indicator that is no number: not kept", figure[1]));
				continue;
			}
			switch (concept) {
				case "baseline" -> baseline = baseline == null ? value : baseline;
				case "target" -> target = target == null ? value : target;
				default -> interim.add(value);
			}
		}
		if (baseline == null && target == null) {
			return true;
		}
		String indicator = clean(whole.group(1));
		List<InterimTarget> steps = interim.stream()
			.filter(step -> step.year != null)
			.map(step -> new InterimTarget(indicator, step.year, step.value))
			.toList();
		statedTargets.addAll(steps);
		add(indicator, baseline, target, steps, location);
		return true;
	}

	/**
	 * The indicators sentences state: {@code groups} gives the group of the name, the baseline, its year, the target and
	 * its year; a sentence missing a figure or a year states none.
	 */
	private void sentences(Matcher sentence, int[] groups, String location) {
		while (sentence.find()) {
			Dated start = dated(sentence.group(groups[1]), null, null);
			OptionalInt from = year(sentence.group(groups[2]));
			Dated end = dated(sentence.group(groups[3]), null, null);
			OptionalInt to = year(sentence.group(groups[4]));
			if (from.isPresent() && to.isPresent() && start != null && end != null && start.value.isNumber()
					&& end.value.isNumber()) {
				add(clean(sentence.group(groups[0])), new Dated(start.value, from.getAsInt()),
						new Dated(end.value, to.getAsInt()), List.of(), location);
			}
		}
	}

	private void namedTransition(String text, String location) {
		namedTransition(text, location, false);
	}

	/** 9,412 人, （平成 28 年）, (R 元): the spaces a word processor sets round half-width digits inside a figure. */
	private static final Pattern FIGURE_SPACE = Pattern.compile(
			"(?<=[0-9]) (?=[^\\s0-9]{1,4}(?:[（(\\s→⇒）)]|$))|(?<=[（(](?:令和|平成|昭和|[RHＲＨ])) (?=[0-9元])");

	/** （令和4年度）, (R4): a figure's year in brackets before it. */
	private static final String BRACKETED_YEAR = "[（(][^（）()]{1,12}[）)][\\s　]*";

	/** "名称 72万人（R4）→90万人（R9）": the name is what stands before the last space ahead of the arrow. */
	private void namedTransition(String printed, String location, boolean needsYears) {
		// 18億2,400万円（令和５年度）から25億円（令和11年度）へ: the same transition in words; 9,412 人（平成 28 年）: a word
		// processor's spaces round half-width figures closed
		// → 目標値 with an em space between (a word processor's fixed-width space): a space like any other
		String text = withArrow(FIGURE_SPACE.matcher(printed.replaceAll("[\\u00A0\\u2000-\\u200A\\u202F]", " ")).replaceAll(""));
		String figures = VALUE_LABELS.matcher(text).replaceAll("").strip();
		if (partItem != null && figures.matches("^[約0-9０-９▲△－―].*")) {
			// ①乳幼児健康診査の受診率, then 現状値 ９６．８％（R5）→ 目標値 ９８．０％（R9): the item names the figures
			text = partItem + "　" + figures.replaceAll("[\\s　]*([→⇒➡⇨])[\\s　]*", "$1");
			partItem = null;
		}
		// 新規就農者数　基準値 25人（R1）→ 目標値 35人（R6）: the words that say which figure is which are no part of either
		// 現状値（令和4年度）78.5％ → 目標値（令和8年度）90.0％: the same words before a figure's year in brackets
		text = text.replaceAll("[\\s　]*(?:基準値|現状値|現況値|策定時|現状)[\\s　:：]*(?=(?:" + BRACKETED_YEAR + ")?[約0-9０-９▲△－―])", "　")
			.replaceAll("([→⇒➡⇨])[\\s　]*(?:中間目標値|中間目標|中間値|目標値|目標)[\\s　:：]*(?=(?:" + BRACKETED_YEAR + ")?[約0-9０-９▲△])", "$1")
			.replaceAll("(?<=\\S)[\\s　]*([→⇒➡⇨])[\\s　]*", "$1");
		Matcher arrow = ARROW.matcher(text);
		if (!arrow.find()) {
			return;
		}
		String before = text.substring(0, arrow.start());
		int space = Math.max(before.lastIndexOf(' '), before.lastIndexOf('　'));
		if (space <= 0) {
			findings.add(Finding.warning(location, "indicator line without a name apart from its values: not read", text));
			return;
		}
		String[] chain = ARROW.split(text.substring(space + 1));
		if (chain.length == 3) {
			// 38.9％（R4）→ 中間目標値 50.0％（R9）→ 目標値 60.0％（R11）: the baseline, a target on the way, the target
			Dated[] first = transition(chain[0] + "→" + chain[1]);
			Dated[] second = transition(chain[1] + "→" + chain[2]);
			Dated[] steps = first == null || second == null ? new Dated[3] : new Dated[] { first[0], first[1], second[1] };
			if (Arrays.stream(steps).allMatch(step -> step != null && step.year != null)) {
				String named = BULLET.matcher(text.substring(0, space).strip()).replaceFirst("");
				Matcher labelled = LEADING_LABEL.matcher(named);
				if (labelled.matches() && words.is("indicator", labelled.group(1)) && !labelled.group(2).isBlank()) {
					named = labelled.group(2);
				}
				String indicator = clean(named);
				add(indicator, steps[0], steps[2], List.of(new InterimTarget(indicator, steps[1].year, steps[1].value)), location);
			}
			return;
		}
		Dated[] pair = transition(text.substring(space + 1));
		if (pair == null || (needsYears && (pair[1] == null || pair[1].year == null))) {
			return;
		}
		String name = BULLET.matcher(text.substring(0, space).strip()).replaceFirst("");
		if (name.matches("^(?:基準値|現状値|現況値|策定時|現状|目標値|目標)$")) {
			// 現状値 検討（R6）→ 目標値 導入（R9）: the figures of an indicator named above, no name of their own
			return;
		}
		Matcher label = LEADING_LABEL.matcher(name);
		if (label.matches() && words.is("indicator", label.group(1)) && !label.group(2).isBlank()) {
			name = label.group(2);
		}
		add(clean(name), pair[0], pair[1], List.of(), location);
	}

	/** 18億2,400万円（令和５年度）から25億円（令和11年度）へ as 18億2,400万円（令和５年度）→25億円（令和11年度）. */
	private static String withArrow(String printed) {
		String text = printed.strip();
		if (ARROW.matcher(text).find() || !text.matches(".*(?:へ|まで)$") || !WORDED_ARROW.matcher(text).find()) {
			return printed;
		}
		return WORDED_ARROW.matcher(text).replaceFirst("→").replaceFirst("\\s*(?:へ|まで)$", "");
	}

	private void department(String value) {
		if (initiative == null || value.isBlank() || CONTACT.matcher(value).find()) {
			// 【担当】上田市 政策企画部 政策企画課　〒386-8601 …　TEL …: whom to ask about the plan, no measure's department
			return;
		}
		// こども子育て then サポートセンター: a name its cell's width cut goes on on the next line
		String joined = value.replaceAll("(?<![課室局部係所庁]|センター)[ 　]*\\n[ 　]*(?=[^\\s、，,])", "");
		for (String part : Departments.split(joined)) {
			// △学校教育課: the evaluation's mark run into the department beside it, no part of its name
			// 情報政策課（次ページへつづく）: the page's note that the table goes on, no part of it either
			String department = clean(part).replaceFirst("^[◎○〇◯△▲×✕●▼]+[\\s　]*(?=\\S)", "")
				.replaceFirst("[\\s　]*[（(](?:次(?:ページ|頁)へ)?(?:つづく|続く)[）)]$", "");
			if (JapaneseNumbers.value(department).isNumber()) {
				// 12件, 60.0％ in the department's column: a row its cells' lines put out of step, no department
				findings.add(Finding.warning("table", "a figure where a department is named: not kept", department));
				continue;
			}
			if (department.matches("^[：:].*|.*(?:する|します|及び|など|です。|。)$")) {
				// 担当部・担当課　：事業を所管する部局及び課: what the label means, in a legend
				continue;
			}
			if (!department.isEmpty() && !initiative.departments.contains(department)) {
				initiative.departments.add(department);
			}
		}
	}

	/** An address or a telephone number: a contact block, not a department of a measure. */
	private static final Pattern CONTACT = Pattern.compile("〒|TEL|ＴＥＬ|電話|FAX|ＦＡＸ|E-?mail");

	private void finishPending() {
		if (pending != null) {
			PendingIndicator done = pending;
			pending = null;
			if (done.baseline != null || done.target != null) {
				add(done.name, done.baseline, done.target, done.interim, done.location);
			}
			else {
				findings.add(Finding.warning(done.location, "indicator without baseline or target: not kept", done.name));
			}
		}
	}

	private static final Pattern NOTE_AFTER_NAME = Pattern.compile("(?<=\\S)\\s*※.*$", Pattern.DOTALL);

	private void add(String name, Dated baseline, Dated target, List<InterimTarget> interim, String location) {
		// 防災士の養成者数（累計）⏎⏎※市の助成による取得者: a note the name's cell holds under it, no part of the name
		name = NOTE_AFTER_NAME.matcher(name).replaceFirst("");
		if (name.isBlank()) {
			return;
		}
		if (target != null && target.year == null && target.value.kind() != IndicatorValue.Kind.ABSENT) {
			// 目標値 40件 with no year in its cell, column or a note: a target is a figure for a year
			findings.add(Finding.warning(location, "target without the year it is for: not kept", name + " " + target.value.raw()));
			target = null;
			if (baseline == null && interim.isEmpty()) {
				return;
			}
		}
		Matcher labelledUnit = LABELLED_UNIT.matcher(name);
		if (labelledUnit.find() && labelledUnit.start() > 0) {
			// 新規就農者数（年間） over 単位：人: the unit a line under the name gives, no part of the name
			String unit = labelledUnit.group(1);
			name = name.substring(0, labelledUnit.start()).strip();
			if (!unit.matches("[-－―ー]")) {
				baseline = withUnit(baseline, unit);
				target = withUnit(target, unit);
			}
		}
		Matcher namedUnit = NAMED_UNIT.matcher(name);
		if (namedUnit.find()) {
			// 農産物直売所の販売額（千円） over 312,450: the unit the name gives its bare figures
			baseline = withUnit(baseline, namedUnit.group(1));
			target = withUnit(target, namedUnit.group(1));
		}
		if (OFFICE_NAME.matcher(name.strip()).matches() || isNamed(baseline) || isNamed(target)) {
			// 総合戦略課 | 52人 | 80人, 教育課 | 放課後子ども教室の登録児童数 | 186人: a row its cells' lines put out of step
			findings.add(Finding.warning(location, "a department where an indicator is named, or a name where its figure"
					+ " is: the row is out of step and not kept", name));
			return;
		}
		if (isStoredShare(baseline, target)) {
			// ％ | 0.352 | 0.45: a share to three places, which no one types for a percentage, and every figure at
			// most one: the sheet's stored fractions of what it shows as 35.2％ and 45％
			baseline = timesHundred(baseline);
			target = timesHundred(target);
		}
		if (isFractionOfOne(baseline) || isFractionOfOne(target)) {
			// ％ | 0.384 | 0.45: a sheet's share kept as a fraction (38.4％ or 0.384％?): a finding, no figure
			findings.add(Finding.warning(location, "a percentage printed as a fraction of one; its figures are not kept", name
					+ " " + (baseline == null ? "" : baseline.value.raw()) + " " + (target == null ? "" : target.value.raw())));
			baseline = isBelowOne(baseline) ? null : baseline;
			target = isBelowOne(target) ? null : target;
		}
		this.added++;
		Indicator indicator = new Indicator(name, baseline == null ? null : baseline.year,
				baseline == null ? null : baseline.value, target == null ? null : target.year,
				target == null ? null : target.value);
		if (initiative != null) {
			initiative.indicators.add(indicator);
			initiative.interim.addAll(interim);
		}
		else {
			DirectionBuilder owner = directionOrUnplaced(location);
			owner.indicators.add(indicator);
			if (!interim.isEmpty()) {
				findings.add(Finding.info(location, "yearly targets of a direction's own indicator are not kept", name));
			}
		}
	}

	// ---- values

	/** 【担当課】産業振興課, 担当課：農政課 on a line of a measure's cell below its name: the rest of the cell is the department. */
	private static final String OFFICE_LABEL = "(?:担当課|所管課|担当部署|主管課|担当|所管)";

	private static final Pattern OFFICE_IN_CELL = Pattern.compile("(?:\\n\\s*|(?<=\\S))[【\\[［〔（(]" + OFFICE_LABEL + "[】\\]］〕）)]\\s*[：:]?\\s*((?s).+)$"
			+ "|\\n\\s*" + OFFICE_LABEL + "\\s*[：:]\\s*((?s).+)$");

	/** 農政課, 地域振興課建築住宅課, 農業委員会事務局: offices only, each ending as an office does (a センター may be a measure). */
	private static boolean onlyOffices(String cell) {
		return Departments.namesOnly(cell) && Departments.split(cell).stream().allMatch(name -> name.strip().matches(".*(?:課|室|局|係)$"));
	}

	/** (2), （１）, 3.: a measure's number before its name. */
	private static final Pattern MEASURE_NUMBER = Pattern.compile("^\\s*(?:[(（][0-9０-９]{1,2}[)）]|[0-9０-９]{1,2}[.．、\\s　])");

	/** ［担当課］ 商工振興課, ［担当課］ alone: a measure cell's line that only names its department. */
	private static final Pattern OFFICE_LEADING = Pattern.compile("^[【\\[［〔（(]" + OFFICE_LABEL + "[】\\]］〕）)]\\s*[：:]?\\s*((?s).*)$");

	/** 担当課, 総合戦略課, 生涯学習課: a column's word or an office, no indicator's name. */
	private static final Pattern OFFICE_NAME = Pattern.compile("^(?:担当課|所管課|担当部署|[\\p{IsHan}\\p{IsKatakana}ー]{1,10}(?:課|室|係))$");

	/** 放課後子ども教室の登録児童数 as a baseline: an indicator's name, no figure or word a plan states as its goal. */
	private static boolean isNamed(Dated dated) {
		return dated != null && dated.value.word() != null && dated.value.word().length() > 8
				&& dated.value.word().matches(".*(?:数|率|割合|人数|件数|量|額)$");
	}

	/** 0.8 beside 0.667 under a ％ column: a share below one, printed without its sign. */
	private static boolean isBelowOne(Dated dated) {
		return dated != null && dated.value.number() != null && "%".equals(dated.value.unit()) && dated.value.raw() != null
				&& !dated.value.raw().matches(".*[%％].*") && dated.value.number().compareTo(java.math.BigDecimal.ONE) < 0;
	}

	/** Both figures at most one under ％ printed without its sign, one of them to three places or more (0.352). */
	private static boolean isStoredShare(Dated baseline, Dated target) {
		List<Dated> figures = java.util.stream.Stream.of(baseline, target)
			.filter(dated -> dated != null && dated.value.number() != null)
			.toList();
		return !figures.isEmpty()
				&& figures.stream().allMatch(dated -> "%".equals(dated.value.unit()) && dated.value.raw() != null
						&& !dated.value.raw().matches(".*[%％].*") && dated.value.number().signum() >= 0
						&& dated.value.number().compareTo(java.math.BigDecimal.ONE) <= 0)
				&& figures.stream().anyMatch(dated -> dated.value.number().stripTrailingZeros().scale() >= 3);
	}

	private static Dated timesHundred(Dated dated) {
		if (dated == null || dated.value.number() == null) {
			return dated;
		}
		java.math.BigDecimal shown = dated.value.number().movePointRight(2).stripTrailingZeros();
		return new Dated(IndicatorValue.number(shown.scale() < 0 ? shown.setScale(0) : shown, "%", shown.toPlainString()),
				dated.year);
	}

	/** 0.384 under a ％ column: a share below one printed without its sign, as a sheet keeps a cell formatted as percent. */
	private static boolean isFractionOfOne(Dated dated) {
		return isBelowOne(dated) && dated.value.number().signum() > 0 && dated.value.number().scale() >= 2;
	}

	/** A bare figure under a ％ column: a percentage, its raw text kept as printed, so a fraction of one shows. */
	private static Optional<IndicatorValue> inPercent(IndicatorValue value, String unit) {
		return unit != null && unit.strip().matches("[%％]") ? Optional.of(IndicatorValue.number(value.number(), "%", value.raw()))
				: Optional.empty();
	}

	/** The two sides of "12件（R5）→ 30件（R11）", "—→ 設置（R9）"; null when the text holds no arrow. */
	private static Dated[] transition(String text) {
		Matcher arrow = ARROW.matcher(text);
		if (!arrow.find()) {
			return null;
		}
		Optional<ValueTransitions.Transition> read = ValueTransitions.first(text);
		if (read.isPresent() && !read.get().range()) {
			Quantity from = read.get().from().quantity();
			Quantity to = read.get().to().quantity();
			if (from != null && to != null) {
				return new Dated[] { new Dated(IndicatorValue.number(from.number(), from.unit(), from.raw()), read.get().from().year()),
						new Dated(IndicatorValue.number(to.number(), to.unit(), to.raw()), read.get().to().year()) };
			}
		}
		Dated from = dated(text.substring(0, arrow.start()), null, null);
		Dated to = dated(text.substring(arrow.end()), null, null);
		return to == null ? null : new Dated[] { from, to };
	}

	/** 未策定（R3） 検討中: a cell's word and its year in brackets, then more after a space. */
	private static final Pattern YEAR_THEN_CELL = Pattern.compile("^(\\S+?[（(]([^（）()]{1,12})[）)])[ 　]+\\S.*$");

	/** 平成30年度 14人, 令和元年度⏎528経営体: an era year before a cell's figure, on its line or the line above. */
	private static final Pattern ERA_YEAR_OVER_FIGURE = Pattern
		.compile("^((?:令和|平成|Ｒ|Ｈ|R|H)[\\s　]*(?:元|[0-9０-９]{1,2})[\\s　]*年度?)[\\s　]*([0-9０-９].*)$");

	/** （R元）612: a year in brackets before a cell's figure. */
	private static final Pattern LEADING_YEAR = Pattern.compile("^[（(]([^（）()]{1,12})[）)]\\s*(\\S.*)$");

	/** （令和３年）, （R2.4.1）: a year or a day in brackets alone, under a card's figure. */
	private static final Pattern BRACKET_UNDER = Pattern.compile("^[（(][^（）()]{2,20}[）)]$");

	/** 担当：商工観光課: the section a card names beside its mark. */
	private static final Pattern CARD_DEPARTMENT = Pattern.compile("^担当(?:課)?[:：]\\s*(\\S.*)$");

	/** 基準値⇥38,412人, or the card's label–value rows run together: what follows a card's numbered indicator. */
	private boolean cardFields(Block block) {
		if (block instanceof Field field) {
			return words.is("baseline", field.label()) || words.is("target", field.label());
		}
		return block instanceof Table table && table.columnCount() == 2 && table.rows().stream()
			.anyMatch(row -> Table.cell(row, 0).map(cell -> words.is("baseline", cell.strip()) || words.is("target", cell.strip())).orElse(false));
	}

	/** The name of the indicator a card's numbered line gives (KPI 01 市内事業所の従業者数), or null. */
	private static String cardIndicator(Paragraph paragraph) {
		Matcher numbered = NUMBERED_INDICATOR.matcher(String.join("", paragraph.lines().stream().map(String::strip).toList()));
		return numbered.matches() ? numbered.group(1) : null;
	}

	/** KPI 01 市内事業所の従業者数, 成果指標２　…: an indicator numbered in a list of cards. */
	private static final Pattern NUMBERED_INDICATOR = Pattern
		.compile("^(?:KPI|ＫＰＩ|指標|成果指標|数値目標)[\\s　]*(?:No\\.?|Ｎｏ．?)?[\\s　]*[0-9０-９]{1,3}[\\s　:：.．]+(\\S.{1,80})$");

	/** 基準値 38,420人（Ｈ28経済センサス）　→　目標値 38,000人（Ｒ７）　［直近値 …］: a labelled baseline, an arrow, a labelled target. */
	private static final Pattern CARD_TRANSITION = Pattern.compile("^(\\S{2,6}?)(?=[\\s　0-9０-９])[\\s　]*(\\S.*?)[\\s　]*[→⇒➡⇨][\\s　]*(\\S{2,6}?)(?=[\\s　0-9０-９])[\\s　]*([0-9０-９].*?)(?:[\\s　]*[［\\[][^］\\]]*[］\\]])?$");

	/** The figures of the pending indicator on one line (a paragraph or a row of cells): whether the line gave them. */
	private boolean cardTransition(Block block) {
		String text;
		if (block instanceof Paragraph paragraph && paragraph.lines().size() == 1) {
			text = paragraph.text();
		}
		else if (block instanceof Table table && table.rows().size() == 1) {
			text = String.join("　", table.rows().get(0).stream().map(Cell::text).toList());
		}
		else {
			return false;
		}
		Matcher card = CARD_TRANSITION.matcher(text.strip());
		if (!card.matches() || !words.is("baseline", card.group(1)) || !words.is("target", card.group(3))) {
			return false;
		}
		Dated baseline = dated(card.group(2), null, pending.unit);
		Dated target = dated(card.group(4), null, pending.unit);
		if (target == null || target.year == null || !target.value.isNumber()) {
			return false;
		}
		pending.baseline = baseline;
		pending.target = target;
		finishPending();
		return true;
	}

	/**
	 * A cell's value and year: 91.2%（R4） → 91.2 % in 2022; a year in brackets after the value, else the column's.
	 * {@code unit} is the row's 単位 cell, which scales a bare number (752 in 万人 → 7,520,000 人).
	 */
	private static Dated dated(String cell, Integer columnYear, String unit) {
		String text = cell.strip();
		if (text.isEmpty()) {
			return null;
		}
		Integer year = columnYear;
		Matcher leading = LEADING_YEAR.matcher(text);
		if (leading.matches() && year(leading.group(1)).isPresent()) {
			// （R元）⏎612: the year a cell states over its figure, as it states one after it
			year = year(leading.group(1)).getAsInt();
			text = leading.group(2);
		}
		Matcher over = ERA_YEAR_OVER_FIGURE.matcher(text);
		if (over.matches() && year(over.group(1)).isPresent()) {
			// 平成30年度⏎14人: the year printed over the figure, as a form's two-line cell states it
			year = year(over.group(1)).getAsInt();
			text = over.group(2);
		}
		Matcher cut = YEAR_THEN_CELL.matcher(text);
		if (cut.matches() && year(cut.group(2)).isPresent() && !JapaneseNumbers.value(cut.group(1)).isNumber()) {
			// 未策定（R3） 検討中: a word and its year, then the next column's word one space on, as a PDF sets them
			text = cut.group(1);
		}
		Matcher bracket = TRAILING_BRACKET.matcher(text);
		if (bracket.matches() && bracket.group(2).matches(".*(?:から|以降)の?累計$") && JapaneseNumbers.value(bracket.group(1)).isNumber()) {
			// 50件（令和８年度からの累計）: the sum from that year up to the one the column is for
			text = bracket.group(1).strip();
		}
		else if (bracket.matches()) {
			OptionalInt stated = year(bracket.group(2));
			if (stated.isEmpty()) {
				stated = yearNamedIn(bracket.group(2));
			}
			if (stated.isPresent()) {
				year = stated.getAsInt();
				text = bracket.group(1).strip();
			}
			else if (bracket.group(2).matches(".*(?:[～〜~]|から|累計).*")) {
				// 200件（令和７～11年度の累計）: a sum over years, for no one year, whatever year heads its column
				text = bracket.group(1).strip();
				year = null;
			}
			else if (bracket.group(2).strip().matches("維持|現状維持|見込み?|予定|暫定値?|速報値?|推計値?|概数")
					&& JapaneseNumbers.value(bracket.group(1)).isNumber()) {
				// 18団体（維持）, 1,200人（見込み）: a note on the figure, no part of its unit
				text = bracket.group(1).strip();
			}
			else if (bracket.group(2).matches(".*[0-9０-９].*") && JapaneseNumbers.value(bracket.group(1)).isNumber()) {
				// 75.0％（中間目標R9：72.0％）: a note with a figure of its own, not the cell's unit
				text = bracket.group(1).strip();
			}
		}
		text = BOUND.matcher(text).replaceFirst("");
		text = PER_PERIOD.matcher(text).replaceFirst("");
		IndicatorValue value = JapaneseNumbers.value(text);
		if (!value.isNumber()) {
			// 約34万２千㎡: an approximate figure is still the figure the plan states
			Optional<Quantity> approximate = JapaneseNumbers.quantity(text).filter(Quantity::approximate);
			if (approximate.isPresent() && JapaneseNumbers.quantity(text).get().raw().length() >= text.strip().length() - 1) {
				value = IndicatorValue.number(approximate.get().number(), approximate.get().unit(), text);
			}
		}
		Optional<IndicatorValue> percent = value.isNumber() && value.unit() == null ? inPercent(value, unit) : Optional.empty();
		if (percent.isPresent()) {
			value = percent.get();
		}
		else if (value.isNumber() && value.unit() == null && unit != null && !unit.isBlank()) {
			IndicatorValue scaled = JapaneseNumbers.value(text + unit.strip());
			if (scaled.isNumber()) {
				value = scaled;
			}
		}
		if (value.word() != null && !value.word().matches(".*[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}A-Za-z]{2,}.*")) {
			// ％ alone, 81.982.0: no word a plan states as its goal, what is left of a figure a cell lost
			value = IndicatorValue.absent(value.raw());
		}
		return new Dated(value, year);
	}

	/** A bare figure in the row's 単位 (ｔ, 品目, 千人); a figure with a unit of its own as it is. */
	private static Dated inUnit(Dated dated, String unit) {
		if (dated == null || unit == null || unit.isBlank() || !dated.value.isNumber() || dated.value.unit() != null
				|| dated.value.raw() == null) {
			return dated;
		}
		Optional<IndicatorValue> percent = inPercent(dated.value, unit);
		if (percent.isPresent()) {
			return new Dated(percent.get(), dated.year);
		}
		IndicatorValue scaled = JapaneseNumbers.value(dated.value.raw().strip() + unit.strip());
		return scaled.isNumber() ? new Dated(scaled, dated.year) : dated;
	}

	/** 2021年 in （2021年経済センサス）: a calendar year, no fiscal one. */
	private static final Pattern SURVEY_YEAR = Pattern.compile("(?<![0-9])((?:19|20)[0-9]{2})年(?![度0-9])");

	/** 令和３年 in （令和３年経済センサス）: the same in the era's years, before the survey it names. */
	private static final Pattern SURVEY_ERA_YEAR = Pattern.compile("((?:令和|平成|[RH])[0-9元]{1,2})年?(?![度0-9])(?=\\S*(?:センサス|調査|統計))");

	/**
	 * The one year a bracket names beside other words: a date (令和5年5月1日, the year {@link
	 * FiscalYears#yearOfFigureAsOf} gives) or a fiscal year with what it was (令和5年度市民意識調査, 令和4年度決算).
	 */
	private static OptionalInt yearNamedIn(String bracket) {
		List<StatedDate> dates = JapaneseDates.fullDates(JapaneseDates.normalize(bracket));
		if (dates.size() == 1) {
			return OptionalInt.of(FiscalYears.yearOfFigureAsOf(dates.get(0).date()));
		}
		List<FiscalYears.StatedFiscalYear> years = FiscalYears.all(bracket);
		if (dates.isEmpty() && years.isEmpty()) {
			// （2021年経済センサス）: a survey of one calendar year
			List<java.util.regex.MatchResult> calendar = SURVEY_YEAR
				.matcher(java.text.Normalizer.normalize(bracket, java.text.Normalizer.Form.NFKC)).results().toList();
			if (calendar.size() == 1) {
				return OptionalInt.of(Integer.parseInt(calendar.get(0).group(1)));
			}
			// （令和３年経済センサス）: the same, in the era's years
			List<java.util.regex.MatchResult> era = SURVEY_ERA_YEAR.matcher(JapaneseDates.normalize(bracket)).results().toList();
			if (era.size() == 1 && era.get(0).end() < bracket.strip().length()) {
				return FiscalYears.yearOf(era.get(0).group(1));
			}
		}
		return dates.isEmpty() && years.size() == 1 ? OptionalInt.of(years.get(0).year().year()) : OptionalInt.empty();
	}

	/** The year a row states in its own year column (基準年度 | 目標年度), else the column header's. */
	private static Integer rowYear(List<Cell> row, int yearColumn, Integer headerYear) {
		if (yearColumn < 0) {
			return headerYear;
		}
		OptionalInt stated = Table.cell(row, yearColumn).map(KpiPlan::yearOfColumn).orElse(OptionalInt.empty());
		return stated.isPresent() ? stated.getAsInt() : null;
	}

	/** 範囲 in a year column: H27～R5, a figure over the years it spans, is for the last. */
	private static final Pattern YEAR_SPAN = Pattern.compile("^(.+?)[～〜~－\\-](.+)$");

	/**
	 * A year column's cell: a year (R5, 令和3年), a date the figure stands at (R6.3.31 → 2023, as {@link
	 * FiscalYears#yearOfFigureAsOf}) or a span of years (H27～R5 → 2023).
	 */
	private static OptionalInt yearOfColumn(String printed) {
		OptionalInt year = year(printed);
		if (year.isPresent()) {
			return year;
		}
		java.util.Optional<java.time.LocalDate> serial = org.govreview.readers.text.ExcelValues.serialDate(printed);
		if (serial.isPresent()) {
			// 44286: the sheet's stored day number of a date cell (R3.3.31) → 2020
			return OptionalInt.of(FiscalYears.yearOfFigureAsOf(serial.get()));
		}
		String text = JapaneseDates.normalize(printed).strip();
		List<StatedDate> dates = JapaneseDates.fullDates(text);
		if (dates.size() == 1 && dates.get(0).end() - dates.get(0).start() >= text.replaceAll("(?:現在|時点)$", "").strip().length()) {
			return OptionalInt.of(FiscalYears.yearOfFigureAsOf(dates.get(0).date()));
		}
		Matcher span = YEAR_SPAN.matcher(text);
		if (span.matches() && year(span.group(1)).isPresent()) {
			OptionalInt last = year(span.group(2));
			if (last.isEmpty() && span.group(1).matches("^[RHSＲＨＳ].*") && span.group(2).matches("[0-9]{1,2}年?度?")) {
				last = year(span.group(1).substring(0, 1) + span.group(2));
			}
			return last;
		}
		return OptionalInt.empty();
	}

	static OptionalInt year(String printed) {
		String text = YEAR_SUFFIX.matcher(printed.strip()).replaceAll("");
		return FiscalYears.yearOf(text);
	}

	/** The year a column header states: 基準値（2023年度）, 目標(R9), R6, 2025年度; null when none. */
	static Integer headerYear(String header) {
		Matcher bracket = BRACKET.matcher(header);
		while (bracket.find()) {
			OptionalInt year = year(bracket.group(1));
			if (year.isPresent()) {
				return year.getAsInt();
			}
		}
		OptionalInt whole = year(header);
		if (whole.isPresent()) {
			return whole.getAsInt();
		}
		Matcher trailing = TRAILING_YEAR.matcher(java.text.Normalizer.normalize(header, java.text.Normalizer.Form.NFKC).strip());
		OptionalInt after = trailing.find() ? year(trailing.group(1)) : OptionalInt.empty();
		return after.isPresent() ? after.getAsInt() : null;
	}

	/** A name as printed, without the marks beside it: a note reference (※1, *2) or a direction (↓ to go down). */
	private static String clean(String text) {
		return text == null ? null
				: NAME_MARKS.matcher(text.replaceAll("(?<=[^\\x00-\\x7F])[ 　]*\\n[ 　]*(?=[^\\x00-\\x7F])", "")
					.replaceAll("[\\s　]+", " ").strip()).replaceAll("").strip();
	}

	// ---- builders

	/** 億円(R元): a unit with a year in brackets after it, the year a cell below the row's figures. */
	private static final Pattern UNIT_WITH_YEAR = Pattern
		.compile("^([^()（）0-9０-９]{1,6}?)\\s*[（(]((?:令和|平成|R|Ｒ|H|Ｈ)\\s*(?:元|[0-9０-９]{1,2})\\s*(?:年度?)?)[）)]$");

	private record Dated(IndicatorValue value, Integer year) {
	}

	/** 単位：人, 単位：－ after an indicator's name: its unit as a label gives it. */
	private static final Pattern LABELLED_UNIT = Pattern.compile("[\\s　]*[（(]?単位[：:][\\s　]*([^\\s（）()]{1,8})[）)]?[\\s　]*$");

	/** （千円）, (人), （％）: a unit in brackets ending an indicator's name. */
	private static final Pattern NAMED_UNIT = Pattern
		.compile("[（(](千円|百万円|万円|億円|円|人|千人|万人|件|[%％]|回|団体|社|戸|世帯|台|か所|箇所|ha|t|km)[）)]\\s*$");

	private static Dated withUnit(Dated dated, String unit) {
		if (dated == null || !dated.value.isNumber() || dated.value.unit() != null) {
			return dated;
		}
		IndicatorValue value = dated.value;
		String normalized = unit.replace('％', '%');
		return new Dated(IndicatorValue.number(value.number(), normalized, value.raw()), dated.year);
	}

	private static final class PendingIndicator {

		final String name;

		final String location;

		Dated baseline;

		Dated target;

		/** The unit a 単位 field gives its bare figures. */
		String unit;

		final List<InterimTarget> interim = new ArrayList<>();

		PendingIndicator(String name, String location) {
			this.name = name;
			this.location = location;
		}
	}

	private static final class DirectionBuilder {

		final String number;

		String title;

		final String location;

		final List<InitiativeBuilder> initiatives = new ArrayList<>();

		final List<Indicator> indicators = new ArrayList<>();

		/** The word its heading numbered it with (基本目標 of 基本目標１), empty for a bare number. */
		String label = "";

		DirectionBuilder(String number, String title, String location) {
			this.number = number;
			this.title = title;
			this.location = location;
		}

		PolicyDirection build() {
			Set<String> measuredShapes = new java.util.HashSet<>();
			for (int i = 0; i < initiatives.size(); i++) {
				String shape = initiatives.get(i).shape();
				boolean last = initiatives.subList(i + 1, initiatives.size()).stream().noneMatch(later -> later.shape().equals(shape));
				// ア, イ, ウ and ①, ②: a list's items; （１）, （２） number the parts of a chapter as often as its measures
				if (initiatives.get(i).isKept() && (shape.equals("カ") || shape.equals("①")) && last) {
					measuredShapes.add(shape);
				}
			}
			// ア 移住・定住の推進, イ …, ウ … over the goal's table: the measures numbered alike before the last, which the
			// table's indicators stand under, are all kept
			List<Initiative> built = initiatives.stream()
				.filter(initiative -> initiative.isKept() || measuredShapes.contains(initiative.shape()))
				.map(InitiativeBuilder::build)
				.toList();
			return new PolicyDirection(number, title, built, indicators);
		}
	}

	private static final class InitiativeBuilder {

		final String code;

		final String title;

		final List<String> departments = new ArrayList<>();

		final List<Indicator> indicators = new ArrayList<>();

		final List<InterimTarget> interim = new ArrayList<>();

		/** Labelled as an initiative by the document (施策(1)): kept though its content stands under sub-headings. */
		boolean named;

		InitiativeBuilder(String code, String title) {
			this.code = code;
			this.title = title;
		}

		boolean isEmpty() {
			return departments.isEmpty() && indicators.isEmpty();
		}

		boolean isKept() {
			return named || !isEmpty();
		}

		/** ア and ウ, (1) and (3): how the measure is numbered, whatever its number; empty when it is not. */
		String shape() {
			if (code == null || code.isBlank()) {
				return "";
			}
			return code.strip().replaceAll("[ア-ン]", "カ").replaceAll("[0-9０-９]+", "9").replaceAll("[①-⑳]", "①")
				.replaceAll("[a-zａ-ｚ]", "a").replaceAll("[A-ZＡ-Ｚ]", "A");
		}

		Initiative build() {
			// びわ湖と森林の保全（担当：環境政策課、森林水産課）: the sections in charge named after the measure's name
			Matcher bracketed = BRACKETED_DEPARTMENT.matcher(title.strip());
			if (bracketed.find() && PlanVocabulary.builtIn().is("department", bracketed.group(1).strip())) {
				List<String> named = new ArrayList<>(departments);
				Departments.split(bracketed.group(2)).stream().map(String::strip).filter(name -> !name.isEmpty() && !named.contains(name))
					.forEach(named::add);
				return new Initiative(code == null ? "" : code, title.strip().substring(0, bracketed.start()).strip(), "", named,
						indicators, interim);
			}
			return new Initiative(code == null ? "" : code, title, "", departments, indicators, interim);
		}
	}

	/** Which column of a KPI table holds what, by the words of its header. */
	private static final class Columns {

		int indicator = -1;

		int baseline = -1;

		int target = -1;

		int combined = -1;

		Integer combinedFrom;

		Integer combinedTo;

		int unit = -1;

		int department = -1;

		int initiative = -1;

		/** The latest column of figures already reached (R5実績), a baseline only where no column is one. */
		int actual = -1;

		/** Every column of figures already reached (R4実績 | R5実績). */
		final List<Integer> actuals = new ArrayList<>();

		int baselineYear = -1;

		int targetYear = -1;

		final List<Integer> series = new ArrayList<>();

		/** Whether a target column is headed by its year and the word (R7目標). */
		boolean yearedTarget;

		final List<Integer> targets = new ArrayList<>();

		final Map<Integer, Integer> years = new HashMap<>();

		/**
		 * The columns of a header; a project's column (事業名) names each row's measure only where no measure is open
		 * ({@code projectsAreMeasures}): under a measure's heading, its projects are no measures of their own.
		 */
		static Columns of(List<String> header, PlanVocabulary words, boolean projectsAreMeasures) {
			Columns columns = new Columns();
			for (int column = 0; column < header.size(); column++) {
				String cell = header.get(column);
				String bare = BRACKET.matcher(cell).replaceAll("").strip();
				Integer year = headerYear(cell);
				if (year != null) {
					columns.years.put(column, year);
				}
				if (bare.isEmpty() && year == null || words.startsWith("schedule", bare)) {
					// 年次計画R6: a step of the schedule, no value of the indicator
					continue;
				}
				if (words.mentions("actual", bare) && !words.startsWith("baseline", bare) && !words.startsWith("target", bare)) {
					if (year != null && (columns.actual < 0 || year > columns.years.get(columns.actual))) {
						// R4実績 | R5実績 | R6目標: the last year done
						columns.actual = column;
					}
					if (year != null) {
						columns.actuals.add(column);
					}
					continue;
				}
				if (ARROW.matcher(bare).find() || (words.mentions("baseline", bare) && words.mentions("target", bare)
						&& !words.startsWith("indicator", bare))) {
					if (columns.combined < 0) {
						Matcher arrow = ARROW.matcher(cell);
						if (arrow.find()) {
							// 現状値（R5）→目標値（R8）: each side's year heads its half of the cells below
							columns.combinedFrom = headerYear(cell.substring(0, arrow.start()));
							columns.combinedTo = headerYear(cell.substring(arrow.end()));
						}
					}
					columns.combined = first(columns.combined, column);
				}
				else if ((words.is("initiative-column", bare) || projectsAreMeasures && words.is("project-column", bare))
						&& columns.indicator < 0) {
					columns.initiative = first(columns.initiative, column);
				}
				else if (words.startsWith("indicator", bare) || words.endsWith("indicator", bare)) {
					// 指標名, or 財政指標: what is measured, named first or last
					columns.indicator = first(columns.indicator, column);
				}
				else if (words.startsWith("interim", bare) && year != null) {
					columns.series.add(column);
				}
				else if (words.is("baseline-year", bare)) {
					columns.baselineYear = first(columns.baselineYear, column);
				}
				else if (words.is("target-year", bare)) {
					columns.targetYear = first(columns.targetYear, column);
				}
				else if (words.startsWith("baseline", bare)) {
					columns.baseline = first(columns.baseline, column);
				}
				else if (TARGET_DIRECTION.matcher(bare).matches()) {
					// 目標の方向 (増加, 減少): which way the target lies, no target
					continue;
				}
				else if (words.startsWith("target", bare)) {
					columns.target = first(columns.target, column);
					columns.targets.add(column);
				}
				else if (words.is("unit", bare)) {
					columns.unit = first(columns.unit, column);
				}
				else if (words.startsWith("department", bare)) {
					columns.department = first(columns.department, column);
				}
				else if (year != null && words.mentions("baseline", bare)) {
					columns.baseline = first(columns.baseline, column);
				}
				else if (year != null && words.mentions("target", bare)) {
					// R8目標, 2029年度目標: a target headed by its year
					columns.target = first(columns.target, column);
					columns.targets.add(column);
					columns.yearedTarget = true;
				}
				else if (year != null && year(cell).isPresent()) {
					columns.series.add(column);
				}
			}
			if (columns.yearedTarget && columns.targets.size() == 1 && columns.actual < 0) {
				// 基準値 | R3 | R4 | R5 | R6 | R7目標: the one column called a target sets the bare years apart as what was
				// reached; after R5実績 they are the years planned
				columns.series.clear();
			}
			if (columns.targets.size() > 1 && columns.targets.stream().allMatch(columns.years::containsKey)) {
				// 目標値 over R6 | R7 | R8 | R9: the last year is the target, the years before it are on the way
				int last = columns.targets.stream().max(java.util.Comparator.comparing(columns.years::get)).orElseThrow();
				columns.target = last;
				columns.targets.stream().filter(column -> column != last).forEach(columns.series::add);
			}
			if (columns.baseline < 0 && columns.combined < 0 && columns.actual >= 0 && columns.years.entrySet().stream()
				.filter(year -> !columns.actuals.contains(year.getKey()))
				.allMatch(year -> year.getValue() > columns.years.get(columns.actual))) {
				// R5実績 | R6 | R7 | R8目標 with no baseline column: the last year done is where the plan starts
				columns.baseline = columns.actual;
			}
			if (columns.indicator < 0 && columns.baseline > 0 && columns.target > 0) {
				// No. | 成果目標 | 項目 | 単位 | 基準値 | 目標値: no column called an indicator, the one named 項目 (or the last
				// before the unit and figures) holds what is measured, and a named column before it what it measures for
				int end = columns.unit > 0 ? columns.unit : Math.min(columns.baseline, columns.target);
				for (int column = end - 1; column >= 0 && columns.indicator < 0; column--) {
					if (ITEM_COLUMN.matcher(PlanVocabulary.key(header.get(column))).matches()) {
						columns.indicator = column;
					}
				}
				if (columns.indicator > 0 && columns.initiative < 0 && !PlanVocabulary.key(header.get(columns.indicator - 1)).matches("(?i)no\\.?|番号|[#№]")) {
					columns.initiative = columns.indicator - 1;
				}
			}
			if (columns.baseline < 0 && columns.target < 0 && columns.combined < 0) {
				columns.indicator = -1;
			}
			return columns;
		}

		/** 項目, 指標項目, 目標項目: a column of what is measured, under another word than indicator. */
		private static final Pattern ITEM_COLUMN = Pattern.compile("^(?:項目|項目名|指標項目|目標項目|評価項目|内容)$");

		private static int first(int current, int column) {
			return current >= 0 ? current : column;
		}
	}
}
