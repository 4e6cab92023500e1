package org.govreview.readers.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
import org.govreview.domain.indicator.IndicatorValue;
import org.govreview.domain.indicator.IndicatorValue.Kind;
import org.govreview.readers.municipality.MunicipalityMaster;
import org.govreview.readers.source.RejectedDocumentException;
import org.govreview.readers.text.SourceText;
import org.govreview.readers.text.SourceTextLoader;
import org.govreview.readers.text.TextPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The action plan reader on a small fictional plan of 札幌市 ({@code src/test/resources/actionplan/
 * small-plan-tabbed.txt}: the seed's tab layout, content of our own): two ward chapters, 中央区 (two goals,
 * markers (★), ※1 with a footnote naming two programmes, a page reference) and 北区 (one unnumbered goal, ★ and
 * ^{※1}), and an administrative chapter of two policy directions with six initiatives, one under a numbered
 * parent without 所管. Variants are derived from the fixture in each test, written to a temporary directory and
 * loaded the way the job loads them.
 */
class ActionPlanReaderTests {

	static final String TABBED = "small-plan-tabbed.txt";

	private final ActionPlanReader reader = new ActionPlanReader(MunicipalityMaster.builtIn());

	private final SourceTextLoader loader = new SourceTextLoader();

	@TempDir
	Path directory;

	@Test
	void readsTheSmallPlanInTheSeedsTabLayout() {
		ActionPlan plan = read("tabbed.txt", fixture(TABBED), null);

		assertIsTheSmallPlan(plan);
		assertThat(plan.title()).isEqualTo("札幌市アクションプラン2024");
		assertThat(plan.fiscalYear()).isEqualTo(FiscalYear.of(2024));
		assertThat(plan.periodStart()).isEqualTo(2024);
		assertThat(plan.periodEnd()).isEqualTo(2028);
		assertThat(warnings(plan)).isEmpty();
	}

	@Test
	void readsTheSameContentWithTheAdministrativeChapterBeforeTheWards() {
		String text = fixture(TABBED);
		int wards = text.indexOf("第2章 区の取組");
		int administration = text.indexOf("第3章 行財政運営の取組");
		String reordered = text.substring(0, wards) + text.substring(administration) + "\n"
				+ text.substring(wards, administration);

		ActionPlan plan = read("reordered.txt", reordered, null);

		assertThat(reordered.indexOf("取組方針1")).isLessThan(reordered.indexOf("(1) 中 央 区"));
		assertIsTheSmallPlan(plan);
		assertThat(warnings(plan)).isEmpty();
	}

	@Test
	void readsTheSmallPlanRenderedAsPdf() {
		Path pdf = TextPdf.of(fixture(TABBED).lines().toList()).writeTo(this.directory.resolve("small-plan.pdf"));

		SourceText text = this.loader.load(pdf);
		ActionPlan plan = this.reader.read(text, null);

		assertThat(text.origin()).startsWith("PDF");
		assertThat(String.join("\n", text.lines())).as("cells drawn apart come back tab-separated").contains("\t");
		assertIsTheSmallPlan(plan);
		assertThat(plan.fiscalYear()).isEqualTo(FiscalYear.of(2024));
		assertThat(warnings(plan)).isEmpty();
		ActionPlan tabbed = read("tabbed.txt", fixture(TABBED), null);
		assertThat(plan.wards()).isEqualTo(tabbed.wards());
		assertThat(plan.directions()).isEqualTo(tabbed.directions());
	}

	@Test
	void readsAnIndicatorWrittenAsProse() {
		String text = replaceOnce(fixture(TABBED),
				"目標\t研修会に参加した延べ水道事業体数\t2022年\t2027年\n\t\t322\t340\n",
				"目標：研修会に参加した延べ水道事業体数を2022年の322から2027年に340へ増やします。\n");

		ActionPlan plan = read("prose.txt", text, null);

		assertThat(initiative(plan, "2-II-3").indicators()).singleElement().satisfies(indicator -> {
			assertThat(indicator.name()).isEqualTo("研修会に参加した延べ水道事業体数");
			assertThat(indicator.baselineYear()).isEqualTo(2022);
			assertNumber(indicator.baseline(), "322", null);
			assertThat(indicator.targetYear()).isEqualTo(2027);
			assertNumber(indicator.target(), "340", null);
		});
		assertThat(warnings(plan)).isEmpty();
	}

	@Test
	void readsTheExampleProseIndicatorWithUnits() {
		String text = replaceOnce(fixture(TABBED), "目標\t研修会に参加した延べ水道事業体数\t2022年\t2027年\n\t\t322\t340\n",
				"目標：研修会の開催件数を2022年の10件から2027年に30件へ\n");

		Indicator indicator = initiative(read("prose-units.txt", text, null), "2-II-3").indicators().get(0);

		assertThat(indicator.name()).isEqualTo("研修会の開催件数");
		assertNumber(indicator.baseline(), "10", "件");
		assertNumber(indicator.target(), "30", "件");
	}

	@Test
	void reportsAKpiWithoutATargetAndKeepsItsBaseline() {
		String text = replaceOnce(fixture(TABBED), "\t\t322\t340\n", "\t\t322\t\n");

		ActionPlan plan = read("noTarget.txt", text, null);

		Indicator indicator = initiative(plan, "2-II-3").indicators().get(0);
		assertNumber(indicator.baseline(), "322", null);
		assertThat(indicator.target()).isNull();
		assertThat(warnings(plan)).singleElement().satisfies(finding -> {
			assertThat(finding.message()).contains("2-II-3", "KPI without a target", "研修会に参加した延べ水道事業体数");
			assertThat(finding.location()).isEqualTo("line " + lineOf(text, "\t\t322\t"));
		});
	}

	@Test
	void reportsATargetRowWithoutValues() {
		String text = replaceOnce(fixture(TABBED), "\t\t322\t340\n", "");

		ActionPlan plan = read("noValues.txt", text, null);

		Indicator indicator = initiative(plan, "2-II-3").indicators().get(0);
		assertThat(indicator.targetYear()).isEqualTo(2027);
		assertThat(indicator.baseline()).isNull();
		assertThat(indicator.target()).isNull();
		assertThat(warnings(plan)).singleElement().satisfies(finding -> {
			assertThat(finding.message()).contains("目標 row without values");
			assertThat(finding.location()).isEqualTo("line " + lineOf(text, "目標\t研修会に参加した延べ水道事業体数\t2022年\t2027年"));
		});
	}

	@Test
	void reportsAnUnlabeledTableRowWithItsLineAndText() {
		String text = replaceOnce(fixture(TABBED), "II 業務の効率化\n", "II 業務の効率化\n合計\t12件\t34件\n");

		ActionPlan plan = read("unlabeled.txt", text, null);

		assertIsTheSmallPlan(plan);
		assertThat(warnings(plan)).singleElement().satisfies(finding -> {
			assertThat(finding.message()).contains("unlabeled table row");
			assertThat(finding.location()).isEqualTo("line " + lineOf(text, "合計\t12件\t34件"));
			assertThat(finding.value()).isEqualTo("合計 12件 34件");
		});
	}

	@Test
	void keepsAnUnknownDepartmentAbbreviationAsPrintedAndReportsIt() {
		String text = replaceOnce(fixture(TABBED), "所管\t水) 総務部", "所管\t港) 総務部、 総) 行政部");

		ActionPlan plan = read("unknownAbbreviation.txt", text, null);

		assertThat(initiative(plan, "2-II-3").departments()).containsExactly("港) 総務部", "総務局 行政部");
		assertThat(warnings(plan)).singleElement().satisfies(finding -> {
			assertThat(finding.message()).contains("unknown department abbreviation 港)");
			assertThat(finding.location()).isEqualTo("line " + lineOf(text, "3\t研修会の共同開催"));
		});
	}

	@Test
	void expandsAbbreviationsWithAConfiguredTable() {
		String text = replaceOnce(fixture(TABBED), "所管\t水) 総務部", "所管\t港) 総務部");
		ActionPlanReader configured = new ActionPlanReader(MunicipalityMaster.builtIn(),
				DepartmentAbbreviations.of(Map.of("港", "港湾空港局")));

		ActionPlan plan = configured.read(this.loader.load(write("configured.txt", text)), null);

		assertThat(initiative(plan, "2-II-3").departments()).containsExactly("港湾空港局 総務部");
		assertThat(initiative(plan, "1-I-1").departments()).as("abbreviations outside the configured table, as printed")
			.containsExactly("総) 行政部", "デ) 情報システム部");
	}

	@Test
	void takesThePeriodFromTheIndicatorsWhenThePlanStatesNone() {
		ActionPlan plan = read("noYear.txt", withoutFiscalYear(fixture(TABBED)), FiscalYear.of(2030));

		assertThat(plan.fiscalYear()).as("the year after the baseline 2022 the indicators share").isEqualTo(FiscalYear.of(2023));
		assertThat(plan.periodStart()).isEqualTo(2023);
		assertThat(plan.periodEnd()).as("the target year the indicators share").isEqualTo(2027);
		assertThat(plan.findings()).filteredOn(finding -> finding.severity() == Severity.INFO)
			.extracting(Finding::message)
			.anySatisfy(message -> assertThat(message).contains("taken as 2023–2027"));
		assertIsTheSmallPlan(plan);
	}

	@Test
	void usesTheFallbackFiscalYearWhenNeitherThePlanNorItsIndicatorsStateOne() {
		ActionPlan plan = read("noYear.txt", withoutAnyYear(fixture(TABBED)), FiscalYear.of(2024));

		assertThat(plan.fiscalYear()).isEqualTo(FiscalYear.of(2024));
		assertThat(plan.periodStart()).isNull();
		assertThat(plan.findings()).filteredOn(finding -> finding.severity() == Severity.INFO)
			.extracting(Finding::message)
			.anySatisfy(message -> assertThat(message).contains("--fiscal-year 2024"));
	}

	@Test
	void rejectsAPlanThatStatesNoFiscalYearWhenNoneIsGiven() {
		Path file = write("noYearNoFallback.txt", withoutAnyYear(fixture(TABBED)));

		assertThatExceptionOfType(RejectedDocumentException.class)
			.isThrownBy(() -> this.reader.read(this.loader.load(file), null))
			.withMessageContaining("no fiscal year")
			.withMessageContaining("none given with --fiscal-year")
			.satisfies(ex -> assertThat(ex.file()).isEqualTo(file));
	}

	@Test
	void readsThePeriodWrittenInEraYears() {
		String text = replaceOnce(fixture(TABBED), "計画期間：2024年度～2028年度", "計画期間：令和6年度～令和10年度")
			.replace("札幌市アクションプラン2024", "札幌市アクションプラン");

		ActionPlan plan = read("era.txt", text, null);

		assertThat(plan.fiscalYear()).isEqualTo(FiscalYear.of(2024));
		assertThat(plan.periodStart()).isEqualTo(2024);
		assertThat(plan.periodEnd()).isEqualTo(2028);
	}

	@Test
	void readsThePlansYearFromItsNameAndNotFromAnEarlierPlan() {
		String text = replaceOnce(fixture(TABBED), "計画期間：2024年度～2028年度", "<アクションプラン2019 におけるまちづくりの取組>");

		ActionPlan plan = read("named.txt", text, null);

		assertThat(plan.fiscalYear()).isEqualTo(FiscalYear.of(2024));
		assertThat(plan.periodStart()).isEqualTo(2024);
	}

	@Test
	void stripsFootnoteNumbersAndDefinitionsFromTitles() {
		String text = replaceOnce(fixture(TABBED), "2\t企業版ふるさと納税の促進", "2\t企業版ふるさと納税 ¹²¹ の促進")
			.replace("大通周遊事業 (★)", "大通²周遊事業 (★)");

		ActionPlan plan = read("superscripts.txt", text, null);

		assertThat(initiative(plan, "1-I-1").title()).isEqualTo("窓口のオンライン化推進");
		assertThat(initiative(plan, "2-II-2").title()).isEqualTo("企業版ふるさと納税の促進");
		assertThat(plan.wards().get(0).goals().get(0).projects().get(0).name()).isEqualTo("大通周遊事業");
		assertThat(plan.initiatives()).extracting(Initiative::title).noneMatch(title -> title.contains("オンライン化："));
	}

	@Test
	void reportsAFundingMarkerWithoutANote() {
		String text = replaceOnce(fixture(TABBED), "※1「環境美化推進事業」(P.80) による実施\n", "");

		ActionPlan plan = read("noNote.txt", text, null);

		WardProject cleaning = plan.wards().get(1).goals().get(0).projects().get(1);
		assertThat(cleaning.fundingMarkers()).containsExactly("^{※1}");
		assertThat(cleaning.fundingProgrammes()).isEmpty();
		assertThat(warnings(plan)).singleElement()
			.satisfies(finding -> assertThat(finding.message()).contains("funding marker ※1", "創成川清掃活動支援事業"));
	}

	@Test
	void rejectsATextThatNamesNoMunicipalityOfTheMaster() {
		String text = fixture(TABBED).replace("札幌市", "架空市");

		Path file = write("noCity.txt", text);

		assertThatExceptionOfType(RejectedDocumentException.class)
			.isThrownBy(() -> this.reader.read(this.loader.load(file), null))
			.withMessageContaining("no municipality");
	}

	@Test
	void recognisesAnActionPlanByItsContent() {
		assertThat(ActionPlanReader.recognises(this.loader.load(write("plan.bin", fixture(TABBED))))).isTrue();
		String administrationOnly = fixture(TABBED).substring(fixture(TABBED).indexOf("取組内容"))
			.replace("アクションプラン", "");
		assertThat(ActionPlanReader.recognises(this.loader.load(write("rows.txt", administrationOnly)))).isTrue();
	}

	@Test
	void doesNotRecogniseAPledgeReport() {
		String pledgeReport = resource("/pledge/tabbed-with-html.txt");

		assertThat(ActionPlanReader.recognises(this.loader.load(write("pledge.txt", pledgeReport)))).isFalse();
	}

	/** The plan every layout of the fixture holds. */
	static void assertIsTheSmallPlan(ActionPlan plan) {
		assertThat(plan.municipality().name()).isEqualTo("札幌市");
		assertThat(plan.municipality().code().value()).isEqualTo("011002");
		assertThat(plan.wards()).extracting(ward -> ward.ward().name(), ward -> ward.ward().code().value())
			.containsExactly(tuple("札幌市中央区", "011011"), tuple("札幌市北区", "011029"));

		WardPlan chuo = plan.wards().get(0);
		assertThat(chuo.goals()).extracting(WardGoal::number, WardGoal::title, WardGoal::description)
			.containsExactly(tuple("1", "にぎわいのあるまちづくり", "都心の魅力を生かし、人の流れを生み出します。"),
					tuple("2", "安全・安心なまちづくり", "地域の防災活動を支援します。"));
		assertThat(chuo.goals().get(0).projects())
			.extracting(WardProject::name, WardProject::fundingMarkers, WardProject::fundingProgrammes)
			.containsExactly(tuple("大通周遊事業", List.of("(★)"), List.of("区の魅力づくり推進事業")),
					tuple("都心ウォーキング推進事業", List.of("※1"), List.of("運動習慣等推進事業", "健康づくり応援事業")));
		assertThat(chuo.goals().get(0).projects().get(0).description())
			.isEqualTo("大通公園の周辺をめぐる周遊イベントを開催し、来訪者の回遊を促します。");
		assertThat(chuo.goals().get(1).projects()).singleElement().satisfies(project -> {
			assertThat(project.name()).as("page reference dropped").isEqualTo("中央区防災訓練事業");
			assertThat(project.fundingMarkers()).isEmpty();
			assertThat(project.fundingProgrammes()).isEmpty();
		});

		WardPlan kita = plan.wards().get(1);
		assertThat(kita.goals()).singleElement().satisfies(goal -> {
			assertThat(goal.number()).isEmpty();
			assertThat(goal.title()).isEqualTo("にぎわいと安心のまち北区");
			assertThat(goal.projects())
				.extracting(WardProject::name, WardProject::fundingMarkers, WardProject::fundingProgrammes)
				.containsExactly(tuple("北区まつり支援事業", List.of("★"), List.of("区の魅力づくり推進事業")),
						tuple("創成川清掃活動支援事業", List.of("^{※1}"), List.of("環境美化推進事業")));
		});

		assertThat(plan.directions()).extracting(PolicyDirection::number, PolicyDirection::title)
			.containsExactly(tuple("1", "市民サービスの向上"), tuple("2", "行政改革の推進"));
		assertThat(plan.initiatives()).extracting(Initiative::code, Initiative::title)
			.containsExactly(tuple("1-I-1", "窓口のオンライン化推進"), tuple("1-I-2-①", "窓口案内の充実"),
					tuple("1-I-2-②", "待ち時間の短縮"), tuple("2-II-1", "ペーパーレスの推進"),
					tuple("2-II-2", "企業版ふるさと納税の促進"), tuple("2-II-3", "研修会の共同開催"));
		assertThat(initiative(plan, "1-I-1").departments()).containsExactly("総務局 行政部", "デジタル戦略推進局 情報システム部");
		assertThat(initiative(plan, "1-I-1").description()).isEqualTo("来庁せずに手続ができる環境を整備します。");
		assertThat(initiative(plan, "1-I-2-①").departments()).containsExactly("市民文化局 地域振興部");
		assertThat(initiative(plan, "2-II-2").departments()).containsExactly("まちづくり政策局 政策企画部", "財政局 財政部");
		assertThat(initiative(plan, "2-II-3").departments()).containsExactly("水道局 総務部");
		assertThat(plan.initiatives()).allSatisfy(initiative -> assertThat(initiative.indicators()).hasSize(1));

		Indicator online = initiative(plan, "1-I-1").indicators().get(0);
		assertThat(online.name()).isEqualTo("オンラインで手続ができる行政手続の割合");
		assertThat(online.baselineYear()).isEqualTo(2022);
		assertNumber(online.baseline(), "30.8", "%");
		assertThat(online.targetYear()).isEqualTo(2027);
		assertNumber(online.target(), "70", "%");
		Indicator guides = initiative(plan, "1-I-2-①").indicators().get(0);
		assertThat(guides.baseline().kind()).isEqualTo(Kind.ABSENT);
		assertNumber(guides.target(), "10", "区");
		assertNumber(initiative(plan, "1-I-2-②").indicators().get(0).target(), "20", "分短縮");
		assertNumber(initiative(plan, "2-II-1").indicators().get(0).baseline(), "220000000", "枚");
		assertNumber(initiative(plan, "2-II-1").indicators().get(0).target(), "170000000", "枚");
		assertNumber(initiative(plan, "2-II-2").indicators().get(0).target(), "20000000", "円");
		assertNumber(initiative(plan, "2-II-3").indicators().get(0).baseline(), "322", null);
	}

	static void assertNumber(IndicatorValue value, String number, String unit) {
		assertThat(value).isNotNull();
		assertThat(value.kind()).isEqualTo(Kind.NUMBER);
		assertThat(value.number()).isEqualByComparingTo(new BigDecimal(number));
		assertThat(value.unit()).isEqualTo(unit);
	}

	static Initiative initiative(ActionPlan plan, String code) {
		return plan.initiatives().stream().filter(initiative -> initiative.code().equals(code)).findFirst()
			.orElseThrow(() -> new AssertionError("no initiative " + code + " in " + plan.initiatives()));
	}

	static List<Finding> warnings(ActionPlan plan) {
		return plan.findings().stream().filter(finding -> finding.severity() != Severity.INFO).toList();
	}

	static String fixture(String name) {
		return resource("/actionplan/" + name);
	}

	private static String resource(String path) {
		try (InputStream in = ActionPlanReaderTests.class.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("fixture " + path + " is not on the test class path");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The fixture without its title line and its period: nothing states a fiscal year. */
	/** No plan period, and 目標 rows without their years: nothing in the text says which years the plan covers. */
	private static String withoutAnyYear(String text) {
		return withoutFiscalYear(text).replace("\t2022年\t2027年", "\t\t").replace("\t2022年 —\t2027年 10区", "\t—\t10区");
	}

	private static String withoutFiscalYear(String text) {
		List<String> kept = new ArrayList<>();
		for (String line : text.lines().toList()) {
			if (!line.contains("アクションプラン2024") && !line.startsWith("計画期間")) {
				kept.add(line);
			}
		}
		return String.join("\n", kept) + "\n";
	}

	private static String replaceOnce(String text, String target, String replacement) {
		assertThat(text).as("fixture text to replace").containsOnlyOnce(target);
		return text.replace(target, replacement);
	}

	/** The 1-based number of the line that starts with {@code start}. */
	private static int lineOf(String text, String start) {
		List<String> lines = text.lines().toList();
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).startsWith(start)) {
				return i + 1;
			}
		}
		throw new AssertionError("no line starts with " + start);
	}

	private ActionPlan read(String name, String text, FiscalYear fallback) {
		return this.reader.read(this.loader.load(write(name, text)), fallback);
	}

	private Path write(String name, String text) {
		try {
			return Files.writeString(this.directory.resolve(name), text, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
