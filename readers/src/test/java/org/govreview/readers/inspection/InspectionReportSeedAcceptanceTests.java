package org.govreview.readers.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.govreview.domain.fiscal.FiscalYear;
import org.govreview.domain.inspection.InspectionReport;
import org.govreview.domain.inspection.InspectionVisit;
import org.govreview.domain.inspection.InspectionVisit.MemberOpinion;
import org.govreview.domain.inspection.InspectionVisit.QuestionAnswer;
import org.govreview.readers.municipality.MunicipalityMaster;
import org.govreview.readers.text.Seeds;
import org.govreview.readers.text.SourceText;
import org.govreview.readers.text.SourceTextLoader;
import org.govreview.readers.text.TextPdf;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Acceptance on a real report: the 政務活動報告書 that 岡崎市's council faction 民政クラブ submitted on 2025-08-19
 * about its visits to 苫小牧市, 石狩市 and 札幌市 (seed 000, the text extracted from the published PDF, with its
 * tab-separated rows, HTML fragments, lines broken mid-sentence and a table label moved into an opinion). The
 * expected values were read off the seed by hand; the comments give their lines. Every assertion runs twice: on the
 * text as extracted, and on a PDF rendered from it and read back through {@link SourceTextLoader}.
 * <p>
 * The seed lives outside the repository ({@code ../shared/seeds}); without it these tests are skipped with the
 * reason, never passed.
 */
class InspectionReportSeedAcceptanceTests {

	private static final String SEED_NAME = "000_844771edabb17eb8.txt";

	private static final Path SEED = Seeds.locate(SEED_NAME);

	private static final Map<Rendering, InspectionReport> REPORTS = new EnumMap<>(Rendering.class);

	@TempDir
	static Path directory;

	enum Rendering {

		TEXT, PDF

	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(Rendering.class)
	void readsTheHeader(Rendering rendering) {
		InspectionReport report = report(rendering);

		assertThat(report.council().code().value()).as("line 3: 岡崎市議会議長 様").isEqualTo("232025");
		assertThat(report.submitted()).as("line 15: 令和7年8月19日提出").isEqualTo(LocalDate.of(2025, 8, 19));
		assertThat(report.faction()).as("line 7").isEqualTo("民政クラブ");
		assertThat(report.representative()).as("line 9").isEqualTo("加藤嘉哉");
		assertThat(report.expenseNumber()).as("line 5: 支出番号 left blank").isNull();
		assertThat(report.members()).as("line 18").containsExactly("鈴木英樹", "加藤嘉哉", "原紀彦", "白井正樹");
		assertThat(report.fiscalYear()).as("of the first visit, 2025-07-08").isEqualTo(FiscalYear.of(2025));
		assertThat(InspectionReportReaderTests.warnings(report)).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(Rendering.class)
	void readsThreeVisitsWithTheirDatesTimesAndDestinations(Rendering rendering) {
		InspectionReport report = report(rendering);

		// lines 30, 125, 281; destinations on lines 31, 126, 282
		assertThat(report.visits()).extracting(InspectionVisit::date, InspectionVisit::startTime, InspectionVisit::endTime,
				visit -> visit.destination().code().value())
			.containsExactly(tuple(LocalDate.of(2025, 7, 8), LocalTime.of(14, 0), LocalTime.of(15, 30), "012131"),
					tuple(LocalDate.of(2025, 7, 9), LocalTime.of(10, 30), LocalTime.of(12, 0), "012351"),
					tuple(LocalDate.of(2025, 7, 10), LocalTime.of(10, 0), LocalTime.of(11, 0), "011002"));
		// lines 32, 127, 283
		assertThat(report.visits()).extracting(InspectionVisit::topic).containsExactly(
				"ゼロカーボンシティの達成に向けた苫小牧市の取り組みについて", "脱炭素・再生可能エネルギー推進について",
				"カスタマーハラスメント対策について");
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(Rendering.class)
	void readsTheReportNumbersReportersAndParticipants(Rendering rendering) {
		InspectionReport report = report(rendering);

		// lines 25/27 (No. 548, 鈴木英樹) and 276/278 (No. 550, 白井正樹); the visit of line 124 has no report heading
		assertThat(report.visits()).extracting(InspectionVisit::reportNumber).containsExactly("548", null, "550");
		assertThat(report.visits()).extracting(InspectionVisit::reporters)
			.containsExactly(List.of("鈴木英樹"), List.of(), List.of("白井正樹"));
		// lines 29, 124, 280: separated by 、 twice and by ・ once
		assertThat(report.visits()).allSatisfy(visit -> assertThat(visit.participants())
			.containsExactly("鈴木英樹", "加藤嘉哉", "原紀彦", "白井正樹"));
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(Rendering.class)
	void readsTheFiguresStatedForEachDestination(Rendering rendering) {
		InspectionReport report = report(rendering);

		// line 31: 北海道苫小牧市 (R6.12.31 現在 住民基本台帳) 人口：165,590人 世帯数：91,421世帯 面積：561.58km²
		InspectionVisit tomakomai = report.visits().get(0);
		assertThat(tomakomai.population()).isEqualTo(165_590L);
		assertThat(tomakomai.households()).isEqualTo(91_421L);
		assertThat(tomakomai.areaKm2()).isEqualByComparingTo("561.58");
		assertThat(tomakomai.statedAsOf()).isEqualTo(LocalDate.of(2024, 12, 31));
		// line 126: 北海道石狩市（R6.5.31 現在）【人口】56,934人 【面積】722.33km², no households
		InspectionVisit ishikari = report.visits().get(1);
		assertThat(ishikari.population()).isEqualTo(56_934L);
		assertThat(ishikari.households()).isNull();
		assertThat(ishikari.areaKm2()).isEqualByComparingTo("722.33");
		assertThat(ishikari.statedAsOf()).isEqualTo(LocalDate.of(2024, 5, 31));
		// line 282: 人口:1,967,873人(令和7年7月1日現在) 面積:1,121.26km ², no households
		InspectionVisit sapporo = report.visits().get(2);
		assertThat(sapporo.population()).isEqualTo(1_967_873L);
		assertThat(sapporo.households()).isNull();
		assertThat(sapporo.areaKm2()).isEqualByComparingTo("1121.26");
		assertThat(sapporo.statedAsOf()).isEqualTo(LocalDate.of(2025, 7, 1));
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(Rendering.class)
	void readsThePurposeAndTheHomeCitysSituation(Rendering rendering) {
		InspectionVisit tomakomai = report(rendering).visits().get(0);

		assertThat(tomakomai.purpose()).as("line 33").startsWith("脱炭素先行地域として選定され、先進的な取組みが進められている。")
			.endsWith("全庁的な取組みを推進されていることから選定する。");
		assertThat(tomakomai.homeSituation()).as("line 34").startsWith("本市においても、脱炭素先行地域に選定され")
			.contains("全庁的な取組みとは言えない状況");
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(Rendering.class)
	void pairsEveryQuestionWithItsAnswer(Rendering rendering) {
		InspectionReport report = report(rendering);

		// visit 1: lines 93-109 and four more in the HTML of line 111; visit 2: lines 223-241; visit 3: Q1-Q5, lines 366-370
		assertThat(report.visits()).extracting(visit -> visit.questions().size()).containsExactly(6, 5, 5);
		assertThat(report.visits().get(0).questions().get(0)).isEqualTo(new QuestionAnswer(
				"市民への意識向上の醸成についてどのように進められたのか？", "地域自治会に対し、省エネは家庭にやさしい取組として、出前講座などを開催する。"));
		assertThat(report.visits().get(0).questions().get(5).answer()).startsWith("現時点では、立地された企業においては規制緩和等の事例はない");
		assertThat(report.visits().get(1).questions().get(4))
			.isEqualTo(new QuestionAnswer("市民の方の脱炭素についてどれくらい関心があるのか？", "全体の60%程度が関心あるとアンケートの回答がある。"));
		// Q1 is broken across lines 366 and 370: どのく / らい変化したのか。
		InspectionVisit sapporo = report.visits().get(2);
		assertThat(sapporo.questions().get(0).question()).endsWith("市民からの件数はどのくらい変化したのか。");
		assertThat(sapporo.questions().get(1).answer()).isEqualTo("今のところ、AIなどのテクノロジーの活用は考えていない。通話録音で対応しています。");
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(Rendering.class)
	void attributesEveryMembersOpinionOnEveryVisit(Rendering rendering) {
		InspectionReport report = report(rendering);

		assertThat(report.visits()).allSatisfy(visit -> assertThat(visit.opinions()).extracting(MemberOpinion::member)
			.containsExactly("鈴木英樹", "加藤嘉哉", "原紀彦", "白井正樹"));
		// lines 112-114: 本市におい / ても全庁的な取組にするためには必要な体制整備と感じた。
		assertThat(opinion(report, 0, "原紀彦")).contains("本市においても全庁的な取組にするためには必要な体制整備と感じた。");
		// lines 247-252: the table's label 本市への反映 (意見・課題など) stands in the middle of the sentence
		assertThat(opinion(report, 1, "鈴木英樹")).contains("公共施設で発電した電力を活用し取組んでいる。")
			.doesNotContain("本市への反映");
		// line 381
		assertThat(opinion(report, 2, "白井正樹")).contains("本市も、この 30 分～60 分の目安を取り入れることを提言したいと考えます。");
	}

	private static String opinion(InspectionReport report, int visit, String member) {
		return report.visits().get(visit).opinions().stream().filter(opinion -> opinion.member().equals(member))
			.findFirst().orElseThrow().opinion();
	}

	private static synchronized InspectionReport report(Rendering rendering) {
		Seeds.assumePresent(SEED);
		return REPORTS.computeIfAbsent(rendering, r -> {
			SourceTextLoader loader = new SourceTextLoader();
			SourceText text = r == Rendering.TEXT ? loader.load(SEED)
					: loader.load(TextPdf.of(Seeds.lines(SEED)).tabsAsSpaces().linesPerPage(45)
						.writeTo(directory.resolve("seed-000.pdf")));
			return new InspectionReportReader(MunicipalityMaster.builtIn()).read(text, null);
		});
	}
}
