package org.govreview.readers.actionplan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.govreview.domain.actionplan.ActionPlan;
import org.govreview.domain.actionplan.Initiative;
import org.govreview.domain.actionplan.InterimTarget;
import org.govreview.domain.actionplan.PolicyDirection;
import org.govreview.domain.actionplan.WardPlan;
import org.govreview.domain.document.Finding;
import org.govreview.domain.fiscal.FiscalYear;
import org.govreview.domain.indicator.Indicator;
import org.govreview.domain.municipality.Municipality;
import org.govreview.readers.document.Block;
import org.govreview.readers.document.DocumentModel;
import org.govreview.readers.municipality.IssuingMunicipality;
import org.govreview.readers.municipality.MunicipalityMaster;
import org.govreview.readers.municipality.ResolutionContext;
import org.govreview.readers.municipality.UnknownMunicipalityException;
import org.govreview.readers.source.RejectedDocumentException;
import org.govreview.readers.text.IssuedDates;
import org.govreview.readers.text.SourceText;

/**
 * Reads an action plan with KPIs (アクションプラン) from its extracted text, tab-separated or as PDF text whose
 * cells are separated by spaces: the municipality, the period, the ward chapters and the administrative chapter.
 * <ul>
 * <li>The municipality is the city the text names most (札幌市 …), preferring one under which the ward chapters'
 * headings ("(6) 豊 平 区") resolve in the {@link MunicipalityMaster}; each ward is the master's entry for the city
 * and ward (札幌市豊平区, with its own code).</li>
 * <li>A ward chapter holds goals (目標1:…, or one unnumbered 目標:) and their projects, whose funding markers ((★),
 * ★, ※1, ^{※1}) are resolved to the programmes the chapter's notes name; page references ((P.103)) are dropped
 * from the names.</li>
 * <li>The administrative chapter holds the policy directions (取組方針), their initiatives (codes such as
 * "1-II-2-①": direction, group numeral, number, sub-number) with their departments expanded by
 * {@link DepartmentAbbreviations} and their indicators from the 目標 rows, values typed by
 * {@link org.govreview.readers.text.JapaneseNumbers}.</li>
 * <li>The fiscal year is the first year of the period the plan states (2023～2027, 令和5年度～令和9年度,
 * アクションプラン2023); else, when its indicators state a common baseline year and target year (2022年 → 2027年),
 * the year after the baseline (the plan measures from the year before it starts), with an info finding; otherwise
 * the one given, with an info finding. {@code periodEnd}, when the text states
 * no period, is the target year most indicators share (with an info finding).</li>
 * </ul>
 * Sections are found by what they say, in any order. What the reader cannot place (a table row outside any
 * initiative, a KPI without a target, a 目標 row without values, an unknown department abbreviation) becomes a
 * {@link Finding} with its line and text. A document without a resolvable municipality, without wards and
 * initiatives, or without a fiscal year when none is given, is rejected with a {@link RejectedDocumentException}.
 * <p>
 * Thread-safety: stateless apart from the master and the abbreviation table, both immutable; one instance may
 * read documents concurrently.
 */
public final class ActionPlanReader {

	/** A ward chapter's heading: "(6) 豊 平 区", "6. 豊平区", "第6節 豊平区"; spaces removed before matching. */
	private static final Pattern WARD_HEADING = Pattern
		.compile("^(\\(\\d{1,2}\\)|\\d{1,2}[.)]|第\\d{1,2}節)?([\\p{IsHan}ヶケ々]{1,6}区)$");

	/** The lines of a title block, where a progress report names the year it reports on. */
	private static final int TITLE_LINES = 6;

	private static final Pattern REPORTED_YEAR = Pattern.compile("((?:令和|平成|R|H)\\s*(?:元|\\d{1,2})\\s*年度|\\d{4}\\s*年度)"
			+ "(?:\\s*分(?![の野])|\\s*(?:の|分の)?[^。、0-9０-９年～~から]{0,6}?(?:実績|取組状況|取組実績|実施状況|進捗状況|進捗|評価結果|評価|達成状況|効果検証|検証結果|版|対象))");

	private static final Pattern REPORTED_YEAR_BRACKETED = Pattern.compile("[【（(〔]\\s*((?:令和|平成|R|H)\\s*(?:元|\\d{1,2})\\s*年度|\\d{4}\\s*年度)"
			+ "\\s*(?:分の?|の)?\\s*(?:実績|取組状況|取組実績|進捗状況|評価結果|達成状況)\\s*[】）)〕]");

	/** 効果検証シート（令和５年度）: the year in brackets after what the report is. */
	private static final Pattern REPORTED_YEAR_AFTER = Pattern.compile("(?:実績|取組状況|進捗状況|評価結果|評価|達成状況|効果検証|検証)"
			+ "(?:シート|報告書?|一覧|結果)?\\s*[（(]\\s*((?:令和|平成|R|H)\\s*(?:元|\\d{1,2})\\s*年度|\\d{4}\\s*年度)\\s*(?:分|実績)?\\s*[）)]");

	/** 令和６年度: a year alone on its line. */
	private static final Pattern BARE_YEAR = Pattern.compile("^(?:令和|平成|R|H)\\s*(?:元|[0-9０-９]{1,2})\\s*年度$|^[0-9０-９]{4}\\s*年度$");

	private static final int COVER_TITLE = 20;

	/** 実績, 取組状況: a year named with these is the one whose results are reported, not the one the review is made in. */
	private static final Pattern RESULTS = Pattern.compile("実績|取組状況|達成状況|進捗状況|分");

	/**
	 * The shapes a title states its reported year in, each with the longest title it is read in: a short one naming
	 * it, a long one ending on it in brackets (…進捗管理表【令和6年度実績】), one naming it after the report.
	 */
	private static final Pattern[] REPORTED_YEARS = { REPORTED_YEAR, REPORTED_YEAR_BRACKETED, REPORTED_YEAR_AFTER };

	private static final int[] REPORTED_YEAR_LENGTHS = { 40, 80, 60 };

	/** A city named in the text: a run of kanji ending in 市 (札幌市, 北九州市). */
	private static final Pattern CITY = Pattern.compile("([\\p{IsHan}ヶケ々]{1,6})市");

	private static final Pattern DEPARTMENT_CELL = Pattern.compile("(?:^| )所管 \\S{1,3}\\)");

	private final MunicipalityMaster master;

	private final DepartmentAbbreviations abbreviations;

	public ActionPlanReader(MunicipalityMaster master) {
		this(master, DepartmentAbbreviations.builtIn());
	}

	public ActionPlanReader(MunicipalityMaster master, DepartmentAbbreviations abbreviations) {
		this.master = Objects.requireNonNull(master, "master");
		this.abbreviations = Objects.requireNonNull(abbreviations, "abbreviations");
	}

	/**
	 * True when the text reads as an action plan: 目標 rows with baseline and target years and 所管 cells, or
	 * アクションプラン wording with 取組方針 or ward goals (目標1:).
	 */
	public static boolean recognises(SourceText text) {
		int kpiRows = 0;
		int departmentCells = 0;
		int directions = 0;
		int wardGoals = 0;
		boolean planWording = false;
		for (PlanLine line : PlanLine.all(text)) {
			String flat = line.flat();
			if (KpiRow.isLabelled(line) && flat.matches(".*\\d{4} ?年.*\\d{4} ?年.*")) {
				kpiRows++;
			}
			if (DEPARTMENT_CELL.matcher(flat).find()) {
				departmentCells++;
			}
			if (flat.matches("^取組方針 ?\\d{1,2}.*")) {
				directions++;
			}
			if (flat.matches("^目標 ?\\d* ?:.+")) {
				wardGoals++;
			}
			planWording |= flat.contains("アクションプラン");
		}
		return (kpiRows > 0 && departmentCells > 0) || (directions > 0 && kpiRows > 0)
				|| (planWording && (directions > 0 || wardGoals > 0));
	}

	/**
	 * Reads the document from its model, built once for recognition and reading: a plan in the shape of the
	 * administrative and ward chapters ({@link #recognises(SourceText)}) as {@link #read(SourceText, FiscalYear)}
	 * does; any other KPI plan by its vocabulary (see {@link KpiPlan}). The fiscal year of such a plan is the first
	 * year of the period it states, else the one given; a period is never inferred from its indicators.
	 */
	public ActionPlan read(DocumentModel model, FiscalYear fallbackFiscalYear) {
		SourceText text = model.source();
		if (recognises(text)) {
			return read(text, fallbackFiscalYear);
		}
		List<Finding> findings = new ArrayList<>();
		List<PlanLine> lines = PlanLine.all(text);
		// 熊本県　菊陽町 on the cover of a plan that speaks of 熊本市 throughout: the issuer is the one its title names
		Municipality city = IssuingMunicipality.in(master, text.lines(), model.blocks().stream().map(Block::text).toList(),
				TITLE_BLOCKS).municipality().orElseGet(() -> municipality(text, lines, List.of(), findings));
		KpiPlan.Reading reading = KpiPlan.read(model, PlanVocabulary.builtIn(), findings);
		if (reading.isEmpty()) {
			throw new RejectedDocumentException(text.file(), "whole document",
					"no direction or initiative with indicators or departments: not an action plan with KPIs", null);
		}
		List<Indicator> indicators = reading.directions()
			.stream()
			.flatMap(direction -> java.util.stream.Stream.concat(direction.indicators().stream(),
					direction.initiatives().stream().flatMap(initiative -> initiative.indicators().stream())))
			.toList();
		// 計画期間（開始年度） | 計画期間（終了年度） in a sheet's columns, before a period guessed from the indicators
		PlanPeriod period = model.tables().stream().map(LongFigures::period).flatMap(Optional::stream).findFirst()
			.orElseGet(() -> PlanPeriod.stated(lines, mostCommon(indicators, Indicator::baselineYear), findings));
		java.util.OptionalInt reported = reportedYear(text);
		FiscalYear fiscalYear = fiscalYear(text, reported, period, fallbackFiscalYear, findings);
		List<PolicyDirection> directions = reported.isPresent()
				? withoutReportedResults(reading.directions(), reported.getAsInt(), reading.statedTargets(), findings) : reading.directions();
		return new ActionPlan(city, fiscalYear, period == null ? null : period.title(), period == null ? null : period.start(),
				period == null ? null : period.end(), List.of(), directions, findings,
				IssuedDates.in(text).orElse(null), reading.achievementCounts());
	}

	/**
	 * 基準値（H30） | R3 | R4 | R5 | 目標値（R6） in a report on 令和５年度: the years the report covers are results, not yearly
	 * targets; they are reported, not kept.
	 */
	private static List<PolicyDirection> withoutReportedResults(List<PolicyDirection> directions, int reported,
			java.util.Set<InterimTarget> statedTargets, List<Finding> findings) {
		List<PolicyDirection> kept = new ArrayList<>();
		for (PolicyDirection direction : directions) {
			List<Initiative> initiatives = new ArrayList<>();
			for (Initiative initiative : direction.initiatives()) {
				List<InterimTarget> interim = new ArrayList<>();
				for (InterimTarget target : initiative.interimTargets()) {
					if (target.year() <= reported && !statedTargets.contains(target)) {
						findings.add(Finding.info("whole document", "a figure for " + target.year() + " in a report on " + reported
								+ " is a result, not a yearly target: not kept", target.indicator() + " " + target.value().raw()));
					}
					else {
						interim.add(target);
					}
				}
				initiatives.add(new Initiative(initiative.code(), initiative.title(),
						initiative.description(), initiative.departments(), initiative.indicators(), interim));
			}
			kept.add(new PolicyDirection(direction.number(), direction.title(), initiatives, direction.indicators()));
		}
		return kept;
	}

	/**
	 * @param fallbackFiscalYear used when the text states no period; may be null
	 */
	public ActionPlan read(SourceText text, FiscalYear fallbackFiscalYear) {
		List<Finding> findings = new ArrayList<>();
		List<PlanLine> lines = PlanLine.all(text);
		Map<PlanLine, String> wardHeadings = wardHeadings(lines);
		Municipality city = municipality(text, lines, wardHeadings.values(), findings);
		List<AdministrativeChapterReader.DirectionEntry> listed = AdministrativeChapterReader.listedDirections(lines);
		if (listed.isEmpty()) {
			listed = AdministrativeChapterReader.sectionHeadings(lines);
			if (!listed.isEmpty()) {
				findings.add(Finding.info("whole document", "no 取組方針 list: policy directions taken from the section headings",
						listed.toString()));
			}
		}
		AdministrativeChapterReader administration = new AdministrativeChapterReader(listed, abbreviations, findings);
		boolean tabbed = lines.stream().filter(PlanLine::hasTab).count() >= 3;
		List<WardPlan> wards = new ArrayList<>();
		WardChapterReader ward = null;
		boolean skipping = false;
		for (PlanLine line : lines) {
			String heading = wardHeadings.get(line);
			Municipality resolved = heading == null ? null : ward(city, heading, line, findings);
			if (heading != null && (resolved != null || isNumbered(line))) {
				if (ward != null) {
					wards.add(ward.finish());
				}
				administration.interrupt();
				ward = resolved == null ? null : new WardChapterReader(resolved, tabbed, findings);
				skipping = resolved == null;
				continue;
			}
			if ((ward != null || skipping) && administration.opensSection(line)) {
				if (ward != null) {
					wards.add(ward.finish());
				}
				ward = null;
				skipping = false;
			}
			if (ward != null) {
				ward.accept(line);
			}
			else if (!skipping) {
				administration.accept(line);
			}
		}
		if (ward != null) {
			wards.add(ward.finish());
		}
		List<PolicyDirection> directions = administration.finish();
		if (wards.isEmpty() && directions.stream().allMatch(direction -> direction.initiatives().isEmpty())) {
			throw new RejectedDocumentException(text.file(), "whole document",
					"no ward chapter and no initiative: not an action plan with KPIs", null);
		}
		List<Indicator> indicators = directions.stream()
			.flatMap(direction -> direction.initiatives().stream())
			.flatMap(initiative -> initiative.indicators().stream())
			.toList();
		Integer baselineYear = mostCommon(indicators, Indicator::baselineYear);
		PlanPeriod period = PlanPeriod.stated(lines, baselineYear, findings);
		if (period == null) {
			period = PlanPeriod.fromIndicators(baselineYear, mostCommon(indicators, Indicator::targetYear), findings);
		}
		FiscalYear fiscalYear = fiscalYear(text, reportedYear(text), period, fallbackFiscalYear, findings);
		Integer periodEnd = period == null ? null : period.end();
		if (periodEnd == null) {
			periodEnd = mostCommon(indicators, Indicator::targetYear);
			if (periodEnd != null) {
				findings.add(Finding.info("whole document", "no end of the period stated: taken as " + periodEnd
						+ ", the target year of most indicators", String.valueOf(periodEnd)));
			}
		}
		return new ActionPlan(city, fiscalYear, period == null ? null : period.title(),
				period == null ? null : period.start(), periodEnd, wards, directions, findings, IssuedDates.in(text).orElse(null));
	}

	private static FiscalYear fiscalYear(SourceText text, java.util.OptionalInt reported, PlanPeriod period, FiscalYear fallback,
			List<Finding> findings) {
		if (reported.isPresent()) {
			return FiscalYear.of(reported.getAsInt());
		}
		java.util.OptionalInt reviewed = reviewedYear(text, period);
		if (reviewed.isPresent()) {
			findings.add(Finding.info("whole document", "a review of the plan that names no year it reports on: the fiscal year"
					+ " before the one it was issued in, FY" + reviewed.getAsInt(), null));
			return FiscalYear.of(reviewed.getAsInt());
		}
		if (period != null) {
			return FiscalYear.of(period.start());
		}
		if (fallback != null) {
			findings.add(Finding.info("whole document", "no plan period or plan year stated; using --fiscal-year "
					+ fallback.year(), null));
			return fallback;
		}
		throw new RejectedDocumentException(text.file(), "whole document",
				"no fiscal year (no plan period such as 2023～2027 or 令和5年度～令和9年度, no アクションプラン2023) stated"
						+ " in the text and none given with --fiscal-year",
				null);
	}

	/**
	 * The year a progress report on a plan reports on, as its title block states it (成果指標の進捗状況（令和５年度実績）,
	 * 令和5年度の取組状況): the document's fiscal year rather than the plan's first one.
	 */
	private static java.util.OptionalInt reportedYear(SourceText text) {
		int read = 0;
		List<String> lines = new ArrayList<>();
		for (int i = 0; i < text.lines().size(); i++) {
			// a title the PDF page's right edge broke (…進捗管理表【令和6 / 年度実績】) is read whole
			boolean goesOn = i > 0 && text.softWraps().contains(i - 1);
			if (goesOn) {
				lines.set(lines.size() - 1, lines.get(lines.size() - 1) + text.lines().get(i));
			}
			else {
				lines.add(text.lines().get(i));
			}
		}
		for (int i = 0; i + 1 < lines.size() && i < TITLE_LINES; i++) {
			// 令和６年度 over 施策評価シート: a cover's year on a line of its own over what the document is
			if (BARE_YEAR.matcher(lines.get(i).strip()).matches()) {
				int next = i + 1;
				while (next < lines.size() && next <= i + 2 && lines.get(next).isBlank()) {
					next++;
				}
				if (next < lines.size() && !lines.get(next).isBlank() && lines.get(next).strip().length() <= COVER_TITLE
						&& !lines.get(next).contains("。")) {
					lines.set(i, lines.get(i).strip() + lines.get(next).strip());
				}
			}
		}
		java.util.OptionalInt named = java.util.OptionalInt.empty();
		for (String raw : lines) {
			// a web page saved raw: its <title> and <h1> say it, its tags say nothing
			String line = raw.indexOf('<') >= 0 ? raw.replaceAll("<[^>]*>", "") : raw;
			if (line.isBlank() || raw.indexOf('<') >= 0 && !org.govreview.readers.text.HtmlFragments.hasJapanese(line)
					|| line.contains("{") || line.contains("}")) {
				// a style sheet's rules, an HTML export's sheet list: nothing of the title
				continue;
			}
			// a sheet's title row is one cell of it (…進捗管理表【令和6年度実績】,,,,※評価…), and so is a title the page
			// sets apart from the plan's name at the right margin (令和６年度 施策評価シート … 後期基本計画（令和３年度～）)
			for (String cell : line.split("\\s*(?:,{2,}|\t| {3,}|　{2,})\\s*")) {
				if (cell.contains("。")) {
					continue;
				}
				String normalized = org.govreview.readers.text.JapaneseDates.normalize(cell);
				for (int p = 0; p < REPORTED_YEARS.length; p++) {
					Matcher matcher = REPORTED_YEARS[p].matcher(normalized);
					if (cell.strip().length() <= REPORTED_YEAR_LENGTHS[p] && matcher.find()) {
						java.util.OptionalInt year = org.govreview.readers.text.FiscalYears.yearOf(matcher.group(1));
						if (RESULTS.matcher(matcher.group()).find()) {
							return year;
						}
						if (named.isEmpty()) {
							named = year;
						}
					}
				}
			}
			if (++read == TITLE_LINES) {
				break;
			}
		}
		// 令和７年度　行政評価 over 施策評価シート（令和６年度実績）: the year whose results are reported, else the first named
		return named;
	}

	/** 中間評価報告書, 進捗状況報告, 点検・評価: a title that says the document reviews the plan. */
	private static final Pattern REVIEW_TITLE = Pattern.compile("評価報告|進捗状況|点検・?評価|効果検証|検証報告|評価結果");

	/**
	 * The year a review of the plan reports on when its title names none (第２次健康はんだ21計画 中間評価報告書, dated
	 * 令和６年３月): the fiscal year that ended last before the calendar year it was issued in, as reviews report on a
	 * year's results after its end; only within the plan's period.
	 */
	private static java.util.OptionalInt reviewedYear(SourceText text, PlanPeriod period) {
		int read = 0;
		boolean review = false;
		for (String line : text.lines()) {
			if (line.isBlank()) {
				continue;
			}
			review |= REVIEW_TITLE.matcher(line.replaceAll("[\\s　]", "")).find() && line.strip().length() <= 40;
			if (++read == TITLE_LINES) {
				break;
			}
		}
		java.util.Optional<java.time.LocalDate> issued = IssuedDates.in(text);
		if (!review || issued.isEmpty() || period == null || period.start() == null) {
			return java.util.OptionalInt.empty();
		}
		int year = issued.get().getYear() - 1;
		boolean within = year >= period.start() && (period.end() == null || year <= period.end());
		return within ? java.util.OptionalInt.of(year) : java.util.OptionalInt.empty();
	}

	/** Lines that look like a ward chapter's heading, with the ward's name (豊平区). */
	private static Map<PlanLine, String> wardHeadings(List<PlanLine> lines) {
		Map<PlanLine, String> headings = new LinkedHashMap<>();
		for (PlanLine line : lines) {
			Matcher matcher = WARD_HEADING.matcher(PlanText.key(line.raw()));
			if (!line.hasTab() && matcher.matches()) {
				headings.put(line, matcher.group(2));
			}
		}
		return headings;
	}

	private static boolean isNumbered(PlanLine line) {
		Matcher matcher = WARD_HEADING.matcher(PlanText.key(line.raw()));
		return matcher.matches() && matcher.group(1) != null;
	}

	/** The ward as the master knows it under the city (札幌市 + 豊平区), or null with a warning for a numbered heading. */
	private Municipality ward(Municipality city, String name, PlanLine line, List<Finding> findings) {
		try {
			Municipality ward = master.resolve(city.name() + name).municipality();
			if (ward.name().startsWith(city.name()) && !ward.equals(city)) {
				return ward;
			}
		}
		catch (UnknownMunicipalityException ex) {
			// reported below when the line is a numbered chapter heading
		}
		if (isNumbered(line)) {
			findings.add(Finding.warning(line.location(), "ward chapter " + name + " is not in the municipality master as "
					+ city.name() + name + ": the chapter is not read", PlanText.clean(line.raw())));
		}
		return null;
	}

	/**
	 * The city the text names most among those under which the ward headings resolve (or among all, without
	 * wards); mentions are "…市" runs resolved in the master, longest name first (北広島市 before 広島市).
	 */
	private Municipality municipality(SourceText text, List<PlanLine> lines, Collection<String> wardNames,
			List<Finding> findings) {
		Map<String, MunicipalityMaster.Resolution> cache = new HashMap<>();
		ResolutionContext context = master.contextOf(text.lines());
		Map<Municipality, Integer> mentions = new LinkedHashMap<>();
		Map<Municipality, Integer> firstLine = new HashMap<>();
		Map<Municipality, MunicipalityMaster.Resolution> resolutions = new HashMap<>();
		for (PlanLine line : lines) {
			Matcher matcher = CITY.matcher(line.text());
			while (matcher.find()) {
				String run = matcher.group(1);
				for (int start = 0; start < run.length(); start++) {
					MunicipalityMaster.Resolution resolution = cache.computeIfAbsent(run.substring(start) + "市",
							name -> resolve(name, context));
					if (resolution != null && !resolution.municipality().name().endsWith("区")) {
						mentions.merge(resolution.municipality(), 1, Integer::sum);
						firstLine.putIfAbsent(resolution.municipality(), line.index());
						resolutions.putIfAbsent(resolution.municipality(), resolution);
						break;
					}
				}
			}
		}
		if (mentions.isEmpty()) {
			throw new RejectedDocumentException(text.file(), "whole document",
					"no municipality: no city (…市) named in the text is in the municipality master", null);
		}
		Comparator<Municipality> byWards = Comparator.comparingInt(city -> wardsUnder(city, wardNames));
		Municipality city = mentions.keySet().stream()
			.max(byWards.thenComparingInt(mentions::get))
			.orElseThrow();
		MunicipalityMaster.Resolution resolution = resolutions.get(city);
		if (resolution.corrected()) {
			findings.add(Finding.info(text.location(firstLine.get(city)), "municipality name corrected against the master to "
					+ city, resolution.printed()));
		}
		return city;
	}

	/** How many of a plan's first blocks are its cover and title. */
	private static final int TITLE_BLOCKS = 4;

	private MunicipalityMaster.Resolution resolve(String name, ResolutionContext context) {
		try {
			return master.resolve(name, context);
		}
		catch (UnknownMunicipalityException ex) {
			return null;
		}
	}

	private int wardsUnder(Municipality city, Collection<String> wardNames) {
		int count = 0;
		for (String ward : wardNames) {
			MunicipalityMaster.Resolution resolution = resolve(city.name() + ward, ResolutionContext.none());
			if (resolution != null && resolution.municipality().name().startsWith(city.name())) {
				count++;
			}
		}
		return count;
	}

	private static Integer mostCommon(List<Indicator> indicators, Function<Indicator, Integer> year) {
		return indicators.stream()
			.map(year)
			.filter(Objects::nonNull)
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
			.entrySet()
			.stream()
			.max(Map.Entry.<Integer, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
			.map(Map.Entry::getKey)
			.orElse(null);
	}
}
