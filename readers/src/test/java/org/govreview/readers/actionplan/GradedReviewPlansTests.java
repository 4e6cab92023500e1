package org.govreview.readers.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.govreview.domain.actionplan.AchievementCount;
import org.govreview.domain.actionplan.ActionPlan;
import org.govreview.domain.actionplan.Initiative;
import org.govreview.domain.indicator.Indicator;
import org.govreview.readers.document.DocumentModel;
import org.govreview.readers.municipality.MunicipalityMaster;
import org.govreview.readers.text.SourceTextLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A health plan's mid-term review of our own, as pdftotext -layout prints a word processor's PDF: its title names no
 * year it reports on, a table counts the indicators per grade Ａ–Ｅ with a total row, and an indicator's name too long
 * for its column is printed on a line of its own above its row.
 */
class GradedReviewPlansTests {

	@TempDir
	Path directory;

	private final ActionPlanReader reader = new ActionPlanReader(MunicipalityMaster.builtIn());

	@Test
	void gradesCountedPerGoalGiveThePlansCountsFromTheTotalColumn() throws IOException {
		ActionPlan plan = read("""
				第２期座間市まち・ひと・しごと創生総合戦略　効果検証報告書（令和５年度実績）

				総合戦略の計画期間は、令和２年度から令和６年度までの５年間です。

				ＫＰＩ24指標の評価結果は、次のとおりです。

				  評価   基本目標１   基本目標２   基本目標３   基本目標４   計   構成比
				  ------ ------------ ------------ ------------ ------------ ---- ---------
				  Ａ     1            2            2            1            6    25.0％
				  Ｂ     3            3            2            2            10   41.7％
				  Ｃ     1            1            1            1            4    16.7％
				  Ｄ     1            0            0            2            3    12.5％
				  計     6            6            5            6            23   100.0％

				基本目標１　安定した雇用を創出する

				（１）地域産業の振興
				担当課：商工観光課

				  重要業績評価指標（ＫＰＩ）   基準値（R元）   目標値（R6）
				  ---------------------------- --------------- --------------
				  市内事業所の従業者数         38,512人        40,000人
				""");

		assertThat(plan.achievementCounts()).extracting(AchievementCount::band, AchievementCount::count)
			.containsExactly(tuple("Ａ", 6), tuple("Ｂ", 10), tuple("Ｃ", 4), tuple("Ｄ", 3));
	}

	@Test
	void marksAcrossTheHeaderCountedPerGoalGiveThePlansCountsFromTheTotalRowAndABaselineMayNameAnActualsColumn()
			throws IOException {
		// 区分 | ◎ | ○ | △ | × | 計 over a row per goal and 合計; 基準値 R3実績 for an indicator added in the plan's revision
		ActionPlan plan = read("""
				第２期掛川市まち・ひと・しごと創生総合戦略　効果検証報告書（令和６年度実績）

				総合戦略の計画期間は、令和２年度から令和６年度までの５年間です。

				  区分           ◎     ○     △     ×     計
				  基本目標１     2      1      1      0      4
				  基本目標２     1      2      0      1      4
				  合計           3      3      1      1      8

				基本目標１　地域の産業を元気にする

				  施策                   重要業績評価指標（ＫＰＩ）     単位   基準値      R3実績   R4実績   R5実績   目標値（R6）   担当課
				  (1) 企業誘致の推進     新規雇用者数（累計）           人     182（R1）   356      498      612      700            産業労働課
				  (2) 関係人口の創出     ファンクラブ会員数（累計）     人     R3実績      415      812      1,290    1,500          企画政策課
				""");

		assertThat(plan.achievementCounts()).extracting(AchievementCount::band, AchievementCount::count)
			.containsExactly(tuple("◎", 3), tuple("○", 3), tuple("△", 1), tuple("×", 1));
		assertThat(plan.directions().stream().flatMap(direction -> direction.initiatives().stream())
			.flatMap(initiative -> initiative.indicators().stream()))
			.extracting(Indicator::name, Indicator::baselineYear, indicator -> indicator.baseline().number().toPlainString())
			.containsExactly(tuple("新規雇用者数（累計）", 2019, "182"), tuple("ファンクラブ会員数（累計）", 2021, "415"));
	}

	@Test
	void aReviewReportsOnTheYearBeforeItWasIssuedAndItsGradeCountsLeaveOutTheTotal() throws IOException {
		ActionPlan plan = read("""
				                     第２次健康こまがね21計画
				                      中 間 評 価 報 告 書

				                           令和６年３月
				                           駒ヶ根市

				１　計画の期間
				　本計画の期間は、令和元年度から令和10年度までの10年間です。

				２　評価結果
				       判定    判定内容                                    項目数        割合
				        Ａ     目標値に達した                                   2        40.0％
				        Ｂ     改善傾向にある                                   2        40.0％
				        Ｄ     悪化している                                     1        20.0％
				               合計                                             5       100.0％

				基本方針１　生活習慣の改善

				（１）栄養・食生活

				  指標                                        対象              策定時     中間評価時  目標値    判定
				                                                                （H29）     （R5）     （R10）
				  朝食を欠食する人の割合                      20歳代男性        28.6％     31.2％      15％       Ｄ
				  主食・主菜・副菜を組み合わせた食事を１日２
				  回以上ほぼ毎日食べている人の割合            成人              52.3％     47.8％      70％       Ｂ
				  食育に関心を持っている人の割合              成人              71.8％     72.4％      90％       Ａ
				""");

		assertThat(plan.fiscalYear().year()).isEqualTo(2023);
		assertThat(plan.achievementCounts()).extracting(AchievementCount::band, AchievementCount::count)
			.containsExactly(tuple("Ａ", 2), tuple("Ｂ", 2), tuple("Ｄ", 1));
		assertThat(plan.directions().stream().flatMap(direction -> direction.initiatives().stream())
			.flatMap(initiative -> initiative.indicators().stream()).map(Indicator::name))
			.contains("主食・主菜・副菜を組み合わせた食事を１日２回以上ほぼ毎日食べている人の割合")
			.noneMatch(name -> name.startsWith("回以上"));
	}

	@Test
	void aProjectAppsExportWithoutMeasureHeadingsMakesEachProjectAMeasureAndKeepsItsIndicatorsTogether() throws IOException {
		ActionPlan plan = read("""
				"レコードの開始行","レコード番号","施策番号","事業名","担当課","事業概要","指標名","単位","基準値","基準年度","目標値","目標年度","R5実績"
				"*","12","2-1","空き家対策事業","建築課","三豊市空き家バンクの運営と除却補助を行う。
				令和5年度は除却補助を拡充した。","空き家バンク登録件数（累計）","件","58","R3","120","R7","92"
				"","12","2-1","空き家対策事業","建築課","三豊市空き家バンクの運営と除却補助を行う。
				令和5年度は除却補助を拡充した。","老朽空き家の除却補助件数（年間）","件","12","R3","20","R7","15"
				"*","9","1-2","図書館サービス推進事業","生涯学習課","実施計画（令和５年度～令和７年度）に基づき、電子図書館の利用を促進する。","市民１人当たりの貸出冊数","冊","4.6","令和3","5.5","2025年度","4.9"
				"*","7","1-1","移住促進事業","政策課","移住相談窓口を運営する。","移住相談件数（年間）","件","96","2021","150","2025","131"
				"*","5","1-1","子育てアプリ運営事業","子育て支援課","アプリで情報を配信する。","アプリ登録者数","人","1,820","R3","3,000","R7","2,410"
				""");

		assertThat(plan.directions().stream().flatMap(direction -> direction.initiatives().stream()))
			.extracting(Initiative::title, initiative -> initiative.departments(), initiative -> initiative.indicators().size())
			.containsExactly(tuple("空き家対策事業", List.of("建築課"), 2), tuple("図書館サービス推進事業", List.of("生涯学習課"), 1),
					tuple("移住促進事業", List.of("政策課"), 1), tuple("子育てアプリ運営事業", List.of("子育て支援課"), 1));
		Indicator books = plan.directions().get(0).initiatives().get(1).indicators().get(0);
		assertThat(books.baselineYear()).isEqualTo(2021);
		assertThat(books.targetYear()).isEqualTo(2025);
	}

	@Test
	void aProjectAppsExportThatLeavesARecordsFieldsBlankOnItsLaterRowsKeepsEachRowAndAProjectWithoutIndicators()
			throws IOException {
		ActionPlan plan = read("""
				"レコードの開始行","レコード番号","事業名","担当課","事業概要","指標名","単位","基準値","基準年度","目標値","目標年度"
				"*","30","市民会館改修事業","文化振興課","坂出市民会館の改修の設計を行う。
				※指標は令和6年度中に設定予定","","","","","",""
				"*","21","行政手続オンライン化事業","情報政策課","実施計画（令和５年度～令和７年度）に基づき手続のオンライン化を進める。","オンラインで申請できる手続の数","手続","45","R4","120","R7"
				"","","","","","「書かない窓口」の導入","","未導入","R4","導入","R6"
				"*","15","図書館サービス推進事業","生涯学習課","電子図書館の利用を促進する。","市民１人当たりの貸出冊数","冊","4.6","R3","5.5","R7"
				"*","9","移住促進事業","政策課","移住相談窓口を運営する。","移住相談件数（年間）","件","96","R3","150","R7"
				""");

		assertThat(plan.directions().stream().flatMap(direction -> direction.initiatives().stream()))
			.extracting(Initiative::title, initiative -> initiative.departments(),
					initiative -> initiative.indicators().stream().map(Indicator::name).toList())
			.containsExactly(tuple("市民会館改修事業", List.of("文化振興課"), List.of()),
					tuple("行政手続オンライン化事業", List.of("情報政策課"), List.of("オンラインで申請できる手続の数", "「書かない窓口」の導入")),
					tuple("図書館サービス推進事業", List.of("生涯学習課"), List.of("市民１人当たりの貸出冊数")),
					tuple("移住促進事業", List.of("政策課"), List.of("移住相談件数（年間）")));
	}

	@Test
	void anEvaluationSheetsYearIsTheOneItsTitleNamesThoughThePlansNameAndPeriodStandBesideItOnTheLine() throws IOException {
		ActionPlan plan = read("""
				令和６年度 施策評価シート                                         第五次柏崎市総合計画 後期基本計画（令和３年度～令和７年度）

				基本目標１　活力ある産業のまち

				（１）観光の振興と交流人口の拡大

				  指標                                        策定時     目標値      担当課
				                                              （R1）     （R7）
				  観光入込客数（年間）                        312.6万人  330.0万人   商業観光課
				  市内宿泊施設の延べ宿泊者数（年間）          286,420人  300,000人   商業観光課
				""");

		assertThat(plan.fiscalYear().year()).as("the year the sheet evaluates, not the plan's first").isEqualTo(2024);
		assertThat(plan.periodStart()).isEqualTo(2021);
	}

	private ActionPlan read(String text) throws IOException {
		Path file = Files.writeString(this.directory.resolve("plan.txt"), text);
		return this.reader.read(DocumentModel.of(new SourceTextLoader().load(file)), null);
	}
}
