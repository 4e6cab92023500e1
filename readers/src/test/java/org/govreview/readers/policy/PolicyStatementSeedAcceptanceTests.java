package org.govreview.readers.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.govreview.readers.policy.PolicyStatementReaderTests.issue;
import static org.govreview.readers.policy.PolicyStatementReaderTests.warnings;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.govreview.domain.document.Finding;
import org.govreview.domain.document.Finding.Severity;
import org.govreview.domain.fiscal.FiscalYear;
import org.govreview.domain.policy.PolicyIssue;
import org.govreview.domain.policy.PolicyStatement;
import org.govreview.domain.policy.Statistic;
import org.govreview.readers.municipality.MunicipalityMaster;
import org.govreview.readers.text.Seeds;
import org.govreview.readers.text.SourceText;
import org.govreview.readers.text.SourceTextLoader;
import org.govreview.readers.text.TextPdf;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance on a real statement: 北九州市小倉北区's 局区X方針 (seed 001, the text extracted from the published PDF:
 * a summary matrix in tab-separated cells with HTML fragments, the mission, and issues A(1)…C(1) with ①–④ and
 * figures in their running text). Every expected value below was read off the seed, line numbers included.
 * <p>
 * The seed lives outside the repository ({@code ../shared/seeds}); without it these tests are skipped with the
 * reason, never passed.
 */
class PolicyStatementSeedAcceptanceTests {

	private static final String SEED_NAME = "001_b7d4660655539de5.txt";

	private static final Path SEED = Seeds.locate(SEED_NAME);

	private static PolicyStatement statement;

	@TempDir
	static Path directory;

	@BeforeAll
	static void readSeed() {
		if (Files.exists(SEED)) {
			statement = new PolicyStatementReader(MunicipalityMaster.builtIn()).read(new SourceTextLoader().load(SEED), null);
		}
	}

	@Test
	void recognisesTheSeedAsAPolicyStatementAndTheOtherSeedsAsNot() {
		SourceTextLoader loader = new SourceTextLoader();
		assertThat(PolicyStatementReader.recognises(loader.load(seed()))).isTrue();
		for (String other : List.of("000_844771edabb17eb8.txt", "003_dc1a2f1d0e437507.txt", "004_33cdc2aa51bc4c42.txt")) {
			Path file = SEED.resolveSibling(other);
			if (Files.exists(file)) {
				assertThat(PolicyStatementReader.recognises(loader.load(file))).as(other).isFalse();
			}
		}
	}

	@Test
	void identifiesTheWardAsTheOrganisation() {
		// line 10: 局区X方針〈小倉北区〉; line 90 names 北九州市 (北九州市紫川周辺にぎわい推進検討会)
		assertThat(statement().organisation().code().value()).isEqualTo("401064");
		assertThat(statement().organisation().name()).isEqualTo("北九州市小倉北区");
		assertThat(statement().title()).isEqualTo("局区X方針〈小倉北区〉");
	}

	@Test
	void infersFiscalYear2024FromTheLatestFiguresSinceTheTitleStatesNone() {
		// the latest figures: 令和5年度 (lines 58, 150) and the actuals of 令和6年4月 (line 60)
		assertThat(statement().fiscalYear()).isEqualTo(FiscalYear.of(2024));
		assertThat(statement().findings()).filteredOn(finding -> finding.message().contains("inferred"))
			.singleElement()
			.satisfies(finding -> {
				assertThat(finding.severity()).isEqualTo(Severity.INFO);
				assertThat(finding.value()).isEqualTo("令和5年度, 令和6年4月");
			});
	}

	@Test
	void readsTheMissionParagraphByParagraph() {
		// lines 14, 16, 18 and 20
		assertThat(statement().mission()).startsWith("新たに策定した基本構想・基本計画や市政変革推進プランに基づき、")
			.endsWith("地域社会の持続可能な発展に資する。");
		assertThat(statement().mission().lines()).hasSize(4);
	}

	@Test
	void readsNineIssuesInTheirDomains() {
		// headings at lines 24, 46, 70, 94, 116 (課題A (5)), 138, 158, 178 and 200 (課題C (1))
		assertThat(statement().issues()).extracting(PolicyIssue::id)
			.containsExactly("A(1)", "A(2)", "A(3)", "A(4)", "A(5)", "B(1)", "B(2)", "B(3)", "C(1)");
		assertThat(statement().issues()).extracting(PolicyIssue::domain)
			.containsExactly("A", "A", "A", "A", "A", "B", "B", "B", "C");
		assertThat(statement().issues()).extracting(PolicyIssue::number).containsExactly(1, 2, 3, 4, 5, 1, 2, 3, 1);
		assertThat(statement().issues()).allSatisfy(issue -> {
			assertThat(issue.title()).isNotBlank();
			assertThat(issue.content()).isNotBlank();
			assertThat(issue.background()).isNotBlank();
			assertThat(issue.actions()).isNotEmpty();
		});
	}

	@Test
	void readsTheTitlesOfTheIssues() {
		assertThat(issue(statement(), "A(1)").title()).isEqualTo("窓口サービスの向上のための業務改善"); // line 28
		assertThat(issue(statement(), "A(3)").title()).isEqualTo("小倉都心部の賑わい創出"); // line 74
		assertThat(issue(statement(), "A(4)").title())
			.isEqualTo("来庁者や職員にとって、安全安心で快適な区役所づくり（カスタマーハラスメント対応）"); // line 98
		assertThat(issue(statement(), "B(2)").title()).isEqualTo("マンションや企業等における地域活動参加の促進"); // line 162
		assertThat(issue(statement(), "C(1)").title()).isEqualTo("地域コミュニティの活性化・次代を担う地域人材の育成"); // line 204
	}

	@Test
	void splitsTheActionsIntoTheirParagraphs() {
		// A(1): lines 42 and 44; A(3): lines 88, 90 and 92; C(1): lines 220, 222 and 224
		assertThat(issue(statement(), "A(1)").actions()).hasSize(2)
			.first()
			.asString()
			.contains("一部業務において8月から電話や窓口での受付による予約制を試行実施する。");
		assertThat(issue(statement(), "A(3)").actions()).hasSize(3)
			.last()
			.asString()
			.startsWith("「ストリートダンスコンテスト」については、");
		assertThat(issue(statement(), "C(1)").actions()).hasSize(3)
			.last()
			.asString()
			.endsWith("市民センターを入口とした地域活動参加へのきっかけづくりを地道に進めていく。");
		assertThat(issue(statement(), "B(3)").actions()).hasSize(2);
	}

	@Test
	void readsContentAndBackgroundWithSentencesThatExtractionBroke() {
		// lines 82-84: "…それらのイベントとの連携等" / blank / "を図っていく必要がある。"
		assertThat(issue(statement(), "A(3)").background()).endsWith("それらのイベントとの連携等を図っていく必要がある。");
		assertThat(issue(statement(), "A(5)").content()).startsWith("小倉北区役所庁舎は、29%のトイレが未だ和式であり"); // line 124
		assertThat(issue(statement(), "B(1)").background())
			.contains("JR小倉駅のそばに設置され、土日祝日も含め19時までの開設"); // line 150
		assertThat(issue(statement(), "A(1)").background()).contains("（国保年金課：障害年金の手続等）"); // line 36
	}

	@Test
	void readsTheStatisticsTheTextStates() {
		// line 58 (A(2)): コンビニ交付率は市全体で令和3年度：9.6%、令和4年度：15.2%、令和5年度：24.4%
		// line 150 (B(1)): 小倉行政サービスコーナーでの取扱件数は、令和元年度の34,712件に対し、令和5年度は15,644件
		// line 170 (B(2)): （分譲マンション戸数 令和2年度調査：22,334戸 [31.9%] 7区中第1位）
		assertThat(statement().statistics()).extracting(Statistic::indicator, Statistic::period, Statistic::fiscalYear,
				statistic -> statistic.value().number(), statistic -> statistic.value().unit(), Statistic::issueId)
			.containsExactly(tuple("コンビニ交付率", "令和3年度", 2021, new BigDecimal("9.6"), "%", "A(2)"),
					tuple("コンビニ交付率", "令和4年度", 2022, new BigDecimal("15.2"), "%", "A(2)"),
					tuple("コンビニ交付率", "令和5年度", 2023, new BigDecimal("24.4"), "%", "A(2)"),
					tuple("小倉行政サービスコーナー取扱件数", "令和元年度", 2019, new BigDecimal("34712"), "件", "B(1)"),
					tuple("小倉行政サービスコーナー取扱件数", "令和5年度", 2023, new BigDecimal("15644"), "件", "B(1)"),
					tuple("分譲マンション戸数", "令和2年度", 2020, new BigDecimal("22334"), "戸", "B(2)"),
					tuple("分譲マンション戸数（割合）", "令和2年度", 2020, new BigDecimal("31.9"), "%", "B(2)"),
					tuple("分譲マンション戸数（7区中順位）", "令和2年度", 2020, new BigDecimal("1"), "位", "B(2)"));
		assertThat(statement().statistics()).extracting(statistic -> statistic.value().raw())
			.containsExactly("9.6%", "15.2%", "24.4%", "34,712件", "15,644件", "22,334戸", "31.9%", "第1位");
	}

	@Test
	void notesThatTheConvenienceStoreRateIsCityWide() {
		// line 58: コンビニ交付率は市全体で…, while the statement is the ward's
		assertThat(statement().findings()).filteredOn(finding -> finding.message().contains("市全体"))
			.singleElement()
			.satisfies(finding -> {
				assertThat(finding.location()).isEqualTo("line 58");
				assertThat(finding.message()).startsWith("statistic コンビニ交付率");
			});
	}

	@Test
	void reportsEveryFigureItCouldNotMakeAStatisticAndNothingElse() {
		// line 60: 約7割 (令和6年4月実績) of "…取得することができたもの", no indicator phrase;
		// line 124: 29%, 46%, 38% and line 130: 28℃ twice, all without a period
		assertThat(warnings(statement())).extracting(Finding::location, finding -> figure(finding.message()))
			.containsExactly(tuple("line 60", "約7割"), tuple("line 124", "29%"), tuple("line 124", "46%"),
					tuple("line 124", "38%"), tuple("line 130", "28℃"), tuple("line 130", "28℃"));
		assertThat(warnings(statement())).filteredOn(finding -> finding.location().equals("line 60"))
			.singleElement()
			.satisfies(finding -> {
				assertThat(finding.message()).contains("(令和6年4月)").contains("no indicator");
				assertThat(finding.value()).contains("「キオスク端末」でも取得することができたものが約7割あった");
			});
		assertThat(warnings(statement())).filteredOn(finding -> finding.message().startsWith("figure 46%"))
			.singleElement()
			.satisfies(finding -> assertThat(finding.message()).contains("洋式温水洗浄便座設置率").contains("no period"));
	}

	@Test
	void readsThePdfRenderingAsTheText() {
		SourceText pdf = new SourceTextLoader()
			.load(TextPdf.of(Seeds.lines(seed())).tabsAsSpaces().writeTo(directory.resolve("seed-001.pdf")));

		PolicyStatement fromPdf = new PolicyStatementReader(MunicipalityMaster.builtIn()).read(pdf, null);

		assertThat(pdf.origin()).startsWith("PDF, ");
		assertThat(fromPdf.organisation()).isEqualTo(statement().organisation());
		assertThat(fromPdf.fiscalYear()).isEqualTo(statement().fiscalYear());
		assertThat(fromPdf.mission()).isEqualTo(statement().mission());
		assertThat(fromPdf.issues()).isEqualTo(statement().issues());
		assertThat(fromPdf.statistics()).isEqualTo(statement().statistics());
	}

	private static String figure(String message) {
		return message.replaceFirst("^figure (\\S+).*$", "$1");
	}

	private static PolicyStatement statement() {
		seed();
		return statement;
	}

	private static Path seed() {
		return Seeds.assumePresent(SEED);
	}
}
