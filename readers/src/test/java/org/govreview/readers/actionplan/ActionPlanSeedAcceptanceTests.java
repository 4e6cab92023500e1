package org.govreview.readers.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.govreview.readers.actionplan.ActionPlanReaderTests.assertNumber;
import static org.govreview.readers.actionplan.ActionPlanReaderTests.initiative;
import static org.govreview.readers.actionplan.ActionPlanReaderTests.warnings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.govreview.domain.actionplan.ActionPlan;
import org.govreview.domain.actionplan.Initiative;
import org.govreview.domain.actionplan.PolicyDirection;
import org.govreview.domain.actionplan.WardGoal;
import org.govreview.domain.actionplan.WardPlan;
import org.govreview.domain.actionplan.WardProject;
import org.govreview.domain.document.Finding;
import org.govreview.domain.document.Finding.Severity;
import org.govreview.domain.fiscal.FiscalYear;
import org.govreview.domain.indicator.Indicator;
import org.govreview.domain.indicator.IndicatorValue.Kind;
import org.govreview.readers.municipality.MunicipalityMaster;
import org.govreview.readers.source.RejectedDocumentException;
import org.govreview.readers.text.Seeds;
import org.govreview.readers.text.SourceText;
import org.govreview.readers.text.SourceTextLoader;
import org.govreview.readers.text.TextPdf;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance on a real plan: 札幌市's action plan (seed 003, text extracted from the published PDF): the ward
 * chapters (6) 豊平区 … (10) 手稲区 and the administrative chapter (行財政運営の取組). Every expected value below was
 * read off the seed by hand; the line numbers in the comments are the seed's.
 * <p>
 * The seed states no period of its own (its "アクションプラン 2019" headings look back on the previous plan), so it
 * is read with the fiscal year given, as the job would with --fiscal-year. The seed lives outside the repository
 * ({@code ../shared/seeds}); without it these tests are skipped with the reason, never passed.
 */
class ActionPlanSeedAcceptanceTests {

	private static final String SEED_NAME = "003_dc1a2f1d0e437507.txt";

	private static final Path SEED = Seeds.locate(SEED_NAME);

	private static final ActionPlanReader READER = new ActionPlanReader(MunicipalityMaster.builtIn());

	private static ActionPlan plan;

	@TempDir
	static Path directory;

	@BeforeAll
	static void readSeed() {
		if (Files.exists(SEED)) {
			plan = READER.read(new SourceTextLoader().load(SEED), FiscalYear.of(2023));
		}
	}

	@Test
	void recognisesTheSeedAsAnActionPlan() {
		assertThat(ActionPlanReader.recognises(new SourceTextLoader().load(seed()))).isTrue();
	}

	@Test
	void doesNotRecogniseTheOtherSeeds() {
		seed();
		for (String other : List.of("000_844771edabb17eb8.txt", "001_b7d4660655539de5.txt", "004_33cdc2aa51bc4c42.txt")) {
			Path file = SEED.resolveSibling(other);
			if (Files.exists(file)) {
				assertThat(ActionPlanReader.recognises(new SourceTextLoader().load(file))).as(other).isFalse();
			}
		}
	}

	@Test
	void identifiesSapporoAndItsFiveWardsWithTheirOwnCodes() {
		ActionPlan plan = plan();

		assertThat(plan.municipality().name()).isEqualTo("札幌市");
		assertThat(plan.municipality().code().value()).isEqualTo("011002");
		assertThat(plan.wards()).extracting(ward -> ward.ward().name(), ward -> ward.ward().code().value())
			.containsExactly(tuple("札幌市豊平区", "011053"), tuple("札幌市清田区", "011100"), tuple("札幌市南区", "011061"),
					tuple("札幌市西区", "011070"), tuple("札幌市手稲区", "011096"));
	}

	@Test
	void readsTheGoalsAndProjectsOfEachWard() {
		ActionPlan plan = plan();

		assertThat(plan.wards()).extracting(ward -> ward.goals().size()).containsExactly(4, 4, 3, 3, 1);
		assertThat(plan.wards()).extracting(ward -> ward.goals().stream().mapToInt(goal -> goal.projects().size()).sum())
			.containsExactly(10, 10, 8, 11, 8);
		// lines 29-33: 目標1 of 豊平区 and its four projects
		WardGoal health = ward(plan, "札幌市豊平区").goals().get(0);
		assertThat(health.number()).isEqualTo("1");
		assertThat(health.title()).isEqualTo("健康でいきいきと暮らすことができるまちづくり");
		assertThat(health.description()).startsWith("ひとりひとりの状況に寄り添い");
		assertThat(health.projects()).extracting(WardProject::name)
			.containsExactly("とよひらスポーツ健康ウォーキング事業", "とよひらスポーツ応援プロジェクト事業", "健康づくり普及啓発事業",
					"とよひら“風土(フード)”コレクション");
		// line 200: 手稲区 has a single unnumbered 目標
		WardGoal teine = ward(plan, "札幌市手稲区").goals().get(0);
		assertThat(teine.number()).isEmpty();
		assertThat(teine.title()).isEqualTo("住んでいて良かったと実感できる「人に優しいまちづくり」と「ふるさと手稲づくり」");
		// line 74: 清田区's 目標2 follows its 目標1's only project without a blank line
		assertThat(ward(plan, "札幌市清田区").goals()).extracting(WardGoal::title)
			.containsExactly("賑わいづくりの拡大", "区内外への情報発信", "多様な交流の促進", "安心して生活できる環境づくり");
	}

	@Test
	void resolvesTheFundingNotesOfTheWardProjects() {
		ActionPlan plan = plan();

		// line 30 (★) and line 47 注)
		assertThat(project(plan, "札幌市豊平区", "とよひらスポーツ健康ウォーキング事業").fundingProgrammes())
			.containsExactly("未来へつなぐ笑顔のまちづくり活動推進事業");
		// line 31: a page reference, dropped from the name, is no funding note
		WardProject support = project(plan, "札幌市豊平区", "とよひらスポーツ応援プロジェクト事業");
		assertThat(support.fundingMarkers()).isEmpty();
		assertThat(support.fundingProgrammes()).isEmpty();
		// line 32 ※1 and line 48
		assertThat(project(plan, "札幌市豊平区", "健康づくり普及啓発事業").fundingProgrammes()).containsExactly("運動習慣等推進事業");
		// line 37 ※2 and line 48
		assertThat(project(plan, "札幌市豊平区", "地域防災研修会等支援事業").fundingProgrammes()).containsExactly("地域防災活動推進事業");
		// line 86: ★ without parentheses
		assertThat(project(plan, "札幌市清田区", "子育て応援交流広場事業").fundingProgrammes())
			.containsExactly("未来へつなぐ笑顔のまちづくり活動推進事業");
		// line 116: "* ¹" and the space PDF extraction left in the name
		WardProject walking = project(plan, "札幌市南区", "冬も楽しむウォーキング推進事業");
		assertThat(walking.fundingProgrammes()).containsExactly("運動習慣等推進事業");
		// line 155 ^{*1}, line 174 ※1
		assertThat(project(plan, "札幌市西区", "地域の防災力強化").fundingProgrammes()).containsExactly("地域防災活動推進事業");
		// line 170 ※6, line 180
		assertThat(project(plan, "札幌市西区", "緑あふれるまちづくり").fundingProgrammes()).containsExactly("地域のみどりづくり支援事業");
		// line 205 ^{※1}, line 217: one footnote naming two programmes
		assertThat(project(plan, "札幌市手稲区", "子育てしやすい環境づくり").fundingProgrammes())
			.containsExactly("地域子育て支援拠点事業", "地域子育て支援事業");
		// line 211: the programme named in the parentheses with its page
		assertThat(project(plan, "札幌市手稲区", "手稲山を活用した魅力発信").fundingProgrammes()).containsExactly("手稲ふるさと創生事業");
		assertThat(plan.wards()).flatExtracting(WardPlan::goals)
			.flatExtracting(WardGoal::projects)
			.extracting(WardProject::name)
			.noneMatch(name -> name.contains("P.") || name.contains("★") || name.contains("※"));
	}

	@Test
	void readsFourPolicyDirectionsAndSixtyInitiativesWithSixtyIndicators() {
		ActionPlan plan = plan();

		assertThat(plan.directions()).extracting(PolicyDirection::number, PolicyDirection::title)
			.containsExactly(tuple("1", "行政サービスの高度化"), tuple("2", "不断の行政改革の推進"),
					tuple("3", "多様な主体による連携・協働の推進"), tuple("4", "職員力と組織力の向上"));
		// the seed details directions 1 to 3 only (lines 278, 411, 525)
		assertThat(plan.directions()).extracting(direction -> direction.initiatives().size()).containsExactly(21, 19, 20, 0);
		assertThat(plan.initiatives()).hasSize(60);
		assertThat(indicators(plan)).hasSize(60);
		assertThat(plan.initiatives()).allSatisfy(initiative -> {
			assertThat(initiative.departments()).isNotEmpty();
			assertThat(initiative.indicators()).hasSize(1);
		});
	}

	@Test
	void readsSubNumberedInitiativesUnderAParentWithoutDepartments() {
		ActionPlan plan = plan();

		// line 326: "2 行政手続のオンライン化の推進" has no 所管; its ① … ⑥ are the initiatives
		assertThat(plan.initiatives()).extracting(Initiative::code)
			.contains("1-II-2-①", "1-II-2-②", "1-II-2-③", "1-II-2-④", "1-II-2-⑤", "1-II-2-⑥")
			.doesNotContain("1-II-2");
		assertThat(initiative(plan, "1-II-2-②").title()).isEqualTo("税務手続のオンライン化推進");
		assertThat(initiative(plan, "1-II-2-②").departments()).containsExactly("財政局 税政部");
		// line 376: "4 デジタルデバインド¹⁸⁸対策の取組" with 所管 is an initiative of its own
		assertThat(initiative(plan, "1-II-4").title()).isEqualTo("デジタルデバインド対策の取組");
	}

	@Test
	void expandsTheDepartmentAbbreviations() {
		ActionPlan plan = plan();

		// line 298
		Initiative welfare = initiative(plan, "1-I-1");
		assertThat(welfare.title()).isEqualTo("複合的な福祉課題等を抱える市民への支援促進事業");
		assertThat(welfare.departments()).containsExactly("保健福祉局 総務部");
		// line 321: three departments
		assertThat(initiative(plan, "1-II-1").departments())
			.containsExactly("総務局 行政部", "デジタル戦略推進局 スマートシティ推進部", "デジタル戦略推進局 情報システム部");
		// line 575: two departments without the 、 between them
		assertThat(initiative(plan, "3-II-1-②").departments())
			.containsExactly("まちづくり政策局 政策企画部", "デジタル戦略推進局 スマートシティ推進部", "経済観光局 経済戦略推進部");
		// line 464: full-width parentheses 総）
		assertThat(initiative(plan, "2-II-1-①").departments()).startsWith("総務局 行政部");
		// line 621
		assertThat(initiative(plan, "3-II-3-⑤").departments()).containsExactly("水道局 総務部");
		assertThat(plan.initiatives()).flatExtracting(Initiative::departments).noneMatch(department -> department.contains(")"));
	}

	@Test
	void typesTheIndicatorValues() {
		ActionPlan plan = plan();

		// lines 300-301
		Indicator decided = initiative(plan, "1-I-1").indicators().get(0);
		assertThat(decided.name()).isEqualTo("複合的な福祉課題を抱える市民の支援方針が決まった割合");
		assertThat(decided.baselineYear()).isEqualTo(2022);
		assertNumber(decided.baseline(), "100", "%");
		assertThat(decided.targetYear()).isEqualTo(2027);
		assertNumber(decided.target(), "100", "%");
		// lines 312-313: こども家庭センター, nothing at the baseline, a milestone as target
		Indicator centre = initiative(plan, "1-I-4").indicators().get(0);
		assertThat(centre.name()).isEqualTo("各区へのこども家庭センターの設置");
		assertThat(centre.baseline().kind()).isEqualTo(Kind.ABSENT);
		assertThat(centre.target().kind()).isEqualTo(Kind.MILESTONE);
		assertThat(centre.target().word()).isEqualTo("設置");
		// lines 330-331
		assertNumber(initiative(plan, "1-II-2-①").indicators().get(0).baseline(), "30.8", "%");
		// line 361: a target year other than 2027
		assertThat(initiative(plan, "1-II-3-①").indicators().get(0).targetYear()).isEqualTo(2023);
		// line 390
		assertNumber(initiative(plan, "1-III-1").indicators().get(0).baseline(), "2273760", "人");
		// line 448: the values in the year cells
		Indicator training = initiative(plan, "2-I-5").indicators().get(0);
		assertNumber(training.baseline(), "28", "人");
		assertNumber(training.target(), "628", "人");
		// line 434: a milestone at both ends
		assertThat(initiative(plan, "2-I-2").indicators().get(0).baseline().word()).isEqualTo("運用");
		// line 481: 2億2千万枚 → 1億7千万枚
		Indicator paper = initiative(plan, "2-II-2-①").indicators().get(0);
		assertNumber(paper.baseline(), "220000000", "枚");
		assertNumber(paper.target(), "170000000", "枚");
		// line 523
		assertThat(initiative(plan, "2-III-4").indicators().get(0).target().word()).isEqualTo("一部実施");
		// line 574
		assertNumber(initiative(plan, "3-II-1-①").indicators().get(0).target(), "3", "回/年");
		// line 596: 20,000千円
		Indicator donations = initiative(plan, "3-II-2-②").indicators().get(0);
		assertThat(donations.baseline().kind()).isEqualTo(Kind.ABSENT);
		assertNumber(donations.target(), "20000000", "円");
		// line 600: 増加 is a word, not a number
		assertThat(initiative(plan, "3-II-2-③").indicators().get(0).target().kind()).isEqualTo(Kind.MILESTONE);
		// line 615
		assertNumber(initiative(plan, "3-II-3-③").indicators().get(0).baseline(), "66.2", "%");
		// line 624: the 水道 initiative's 322 → 340 without unit
		Indicator waterworks = initiative(plan, "3-II-3-⑤").indicators().get(0);
		assertThat(initiative(plan, "3-II-3-⑤").title()).isEqualTo("水道事業における道内市町村との連携");
		assertNumber(waterworks.baseline(), "322", null);
		assertNumber(waterworks.target(), "340", null);
		assertThat(indicators(plan)).allSatisfy(indicator -> {
			assertThat(indicator.baselineYear()).isEqualTo(2022);
			assertThat(indicator.baseline()).isNotNull();
			assertThat(indicator.target()).isNotNull();
		});
	}

	@Test
	void keepsTheSameIndicatorUnderTwoInitiativesTwice() {
		ActionPlan plan = plan();

		// lines 394 and 399
		String name = "市民への情報提供や相談に関する事業について「よくやっている」と思う人の割合";
		assertThat(plan.initiatives()).filteredOn(initiative -> initiative.indicators().get(0).name().equals(name))
			.extracting(Initiative::code)
			.containsExactly("1-III-2", "1-III-3");
		assertNumber(initiative(plan, "1-III-3").indicators().get(0).baseline(), "21.1", "%");
	}

	@Test
	void keepsFootnoteNumbersAndDefinitionsOutOfTitles() {
		ActionPlan plan = plan();

		// line 321: "（デジタルC o E） ¹⁸³ による"; line 483: "RPA ¹⁹⁴ 等"; line 640: "指定管理施設²⁰⁵に"
		assertThat(initiative(plan, "1-II-1").title()).isEqualTo("デジタル改革推進チーム（デジタルC o E）による行政DXの推進");
		assertThat(initiative(plan, "2-II-2-②").title()).isEqualTo("RPA等の積極的な活用");
		assertThat(initiative(plan, "3-II-4-③").title()).isEqualTo("指定管理施設におけるサービス向上");
		assertThat(plan.initiatives()).extracting(Initiative::title)
			.noneMatch(title -> title.matches(".*[⁰¹²³⁴⁵⁶⁷⁸⁹].*") || title.contains("："));
		assertThat(indicators(plan)).extracting(Indicator::name).noneMatch(name -> name.matches(".*[⁰¹²³⁴⁵⁶⁷⁸⁹].*"));
	}

	@Test
	void takesThePeriodFromTheIndicatorsBecauseTheSeedStatesNone() {
		ActionPlan plan = READER.read(new SourceTextLoader().load(SEED), null);

		// every 目標 row of seed 003 measures from 2022年 to 2027年; the text names no plan period
		assertThat(plan.fiscalYear()).isEqualTo(FiscalYear.of(2023));
		assertThat(plan.periodStart()).isEqualTo(2023);
		assertThat(plan.periodEnd()).isEqualTo(2027);
		assertThat(plan.findings()).filteredOn(finding -> finding.severity() == Severity.INFO)
			.extracting(Finding::message)
			.anySatisfy(message -> assertThat(message).contains("アクションプラン 2019", "earlier plan"))
			.anySatisfy(message -> assertThat(message).contains("taken as 2023–2027"));
	}

	@Test
	void placesEverythingItReads() {
		assertThat(warnings(plan())).isEmpty();
	}

	@Test
	void readsThePdfRenderingOfTheSeedAlike() {
		seed();
		SourceText pdf = new SourceTextLoader()
			.load(TextPdf.of(Seeds.lines(SEED)).writeTo(directory.resolve("seed-003.pdf")));
		ActionPlan rendered = READER.read(pdf, FiscalYear.of(2023));

		assertThat(pdf.origin()).startsWith("PDF, ");
		assertThat(rendered.municipality()).isEqualTo(plan.municipality());
		assertThat(rendered.wards()).isEqualTo(plan.wards());
		// titles with footnote numbers differ: the test font has no glyph for some superscript digits
		assertThat(rendered.initiatives()).extracting(Initiative::code, Initiative::departments, Initiative::indicators)
			.containsExactlyElementsOf(plan.initiatives().stream()
				.map(initiative -> tuple(initiative.code(), initiative.departments(), initiative.indicators()))
				.toList());
		assertThat(warnings(rendered)).isEmpty();
	}

	private static ActionPlan plan() {
		seed();
		return plan;
	}

	private static Path seed() {
		return Seeds.assumePresent(SEED);
	}

	private static WardPlan ward(ActionPlan plan, String name) {
		return plan.wards().stream().filter(ward -> ward.ward().name().equals(name)).findFirst().orElseThrow();
	}

	private static WardProject project(ActionPlan plan, String ward, String name) {
		return ward(plan, ward).goals().stream()
			.flatMap(goal -> goal.projects().stream())
			.filter(project -> project.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no project " + name + " in " + ward));
	}

	private static List<Indicator> indicators(ActionPlan plan) {
		return plan.initiatives().stream().flatMap(initiative -> initiative.indicators().stream()).toList();
	}
}
