package org.govreview.readers.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;

import org.govreview.domain.policy.PolicyIssue;
import org.govreview.domain.policy.PolicyStatement;
import org.govreview.domain.policy.Statistic;
import org.govreview.readers.document.DocumentModel;
import org.govreview.readers.municipality.MunicipalityMaster;
import org.govreview.readers.text.SourceText;
import org.junit.jupiter.api.Test;

/**
 * Two statements of our own: a department's 組織目標 sheet saved as CSV, its spacer columns empty and its rows saved
 * without their empty last cells, a profile of 項目 | 数値 | 単位 | 時点; and a fire bureau's policy, the bureau named
 * after its city.
 */
class SheetAndBureauStatementsTests {

	private final PolicyStatementReader reader = new PolicyStatementReader(MunicipalityMaster.builtIn());

	@Test
	void aSheetSavedAsCsvGivesItsProfileWithUnitsAndItsGoalsWithTheirActions() {
		PolicyStatement statement = read("""
				令和６年度　都市魅力産業スポーツ部　組織目標,,,,,,,,東大阪市,,,
				,,,,,,,,,,,
				１　部の使命,,,,,,,,,,,
				,まちの魅力と産業の活力を高め、誰もが働き・集い・楽しめるまちを実現します。,,,,,,,,,,
				２　部の概要,,,,,,,,,,,
				,項目,,数値,単位,時点,備考,,,,,
				,職員数,,112,人,R6.4.1,正規職員,,,,,
				,所管施設数,,14,施設,R6.4.1,,,,,,
				,,,,,,,,,,,
				４　組織目標,,,,,,,,,,,
				No.,組織目標,目標達成に向けた主な取組,達成基準（成果指標）,所管課,重要度,中間評価,,,,,
				1,ラグビーのまちのブランド力向上,"①花園ラグビー場での全国大会等の誘致
				②小学校へのタグラグビー出前授業の実施",花園ラグビー場の年間来場者数,スポーツのまち推進課,A,,,,,,
				2,商店街の魅力向上とにぎわいの創出,"①空き店舗への新規出店者への家賃補助
				②キャッシュレス決済導入支援",空き店舗への新規出店数,商業課,B,,,,,,
				""");

		assertThat(statement.organisation().code().value()).isEqualTo("272272");
		assertThat(statement.statistics()).extracting(Statistic::indicator, statistic -> statistic.value().number().toPlainString(),
				statistic -> statistic.value().unit(), Statistic::fiscalYear)
			.contains(tuple("職員数", "112", "人", 2024), tuple("所管施設数", "14", "施設", 2024));
		assertThat(statement.issues()).extracting(PolicyIssue::title, PolicyIssue::actions)
			.containsExactly(
					tuple("ラグビーのまちのブランド力向上", List.of("花園ラグビー場での全国大会等の誘致", "小学校へのタグラグビー出前授業の実施")),
					tuple("商店街の魅力向上とにぎわいの創出", List.of("空き店舗への新規出店者への家賃補助", "キャッシュレス決済導入支援")));
	}

	@Test
	void aWorkbookDumpedSheetBySheetGivesItsIssuesBesideTheirGoalsAndItsRatesAsTheSheetShowsThem() throws Exception {
		// xlsx2csv -a of a bureau's workbook: 重点目標 | 課題 | … | 取組, rates stored as 0.38100000000000001 under ％
		Path workbook = Path.of(getClass().getResource("/heldout/policy-statement/b44-01-nagoya-xlsx2csv.txt").toURI());
		PolicyStatement statement = this.reader
			.read(DocumentModel.of(new org.govreview.readers.text.SourceTextLoader().load(workbook)), null);

		assertThat(statement.title()).isEqualTo("令和６年度　緑政土木局運営方針");
		assertThat(statement.issues()).extracting(PolicyIssue::title).startsWith("道路・橋りょうの老朽化への対応", "浸水被害の軽減と水防体制の強化")
			.doesNotContain("重点目標１");
		assertThat(statement.issues().get(0).actions()).startsWith("橋りょうの計画的な修繕・耐震補強", "路面下空洞調査と舗装の計画的な補修");
		assertThat(statement.statistics()).extracting(Statistic::indicator, statistic -> statistic.value().number().toPlainString(),
				statistic -> statistic.value().unit(), Statistic::fiscalYear)
			.contains(tuple("市道延長", "6385.2", "km", 2021), tuple("建設後50年以上を経過した橋りょうの割合", "38.1", "%", 2021),
					tuple("道路占用許可申請のオンライン申請率", "18.6", "%", 2023))
			.noneMatch(row -> row.toList().get(0).equals("1") || row.toList().get(0).equals("3"));
	}

	@Test
	void aRateAWorkbookKeepsAsItsFractionIsReadAsThePercentageItShows() {
		// xlsx2csv without formats: 0.268 beside ％, and 0.118 beside a rate's name with no unit at all
		PolicyStatement statement = read("""
				,令和７年度　桜区運営方針,,,,,さいたま市
				,さいたま市桜区役所,,,,,
				１　区の使命,,,,,,
				区民とともに、安心して住み続けられるまちをつくります。,,,,,,
				２　区の概況,,,,,,
				項目,,数値,単位,時点,備考,
				人口,,96318,人,2025-01-01,住民基本台帳,
				高齢化率,,0.268,％,2025-01-01,65歳以上人口の割合,
				年少人口割合,,0.118,,2025-01-01,,
				自治会数,,96,団体,2025-04-01,,
				,,,,,,
				３　経営課題,,,,,,
				No.,経営課題,主な取組,所管課,,,
				1,災害に強いまちづくり,"①地域防災訓練の実施
				②個別避難計画の作成支援",総務課,,,
				""");

		assertThat(statement.statistics()).extracting(Statistic::indicator, statistic -> statistic.value().number().toPlainString(),
				statistic -> statistic.value().unit())
			.contains(tuple("人口", "96318", "人"), tuple("高齢化率", "26.8", "%"), tuple("年少人口割合", "11.8", "%"))
			.doesNotContain(tuple("高齢化率", "0.268", "%"));
	}

	@Test
	void aBureauNamedAfterItsCityIsThatCitysThoughTheTextNamesOtherCities() {
		PolicyStatement statement = read("""
				令和６年度
				高知市消防局運営方針
				１　基本理念（局の使命）
				　市民の生命、身体及び財産をあらゆる災害から守り抜く消防を築きます。
				２　重点目標
				■ 重点目標１　大規模災害への対応力強化
				　取　組
				　・緊急消防援助隊受援計画の改定
				　・長期浸水を想定した消防活動訓練の実施
				※応援協定：南国市・香南市・土佐市との相互応援協定を締結している。
				""");

		assertThat(statement.organisation().code().value()).isEqualTo("392014");
	}

	@Test
	void anActionsBoxedSheetBesideItsLabelsDescribesTheActionNumberedAboveItAndAddsNoActions() {
		PolicyStatement statement = read("""
				                                                                令和７年４月
				                                                            京都市西京区役所
				                       令和７年度          西京区運営方針
				【区の使命】
				    区民に最も身近な総合行政機関として、安心して暮らし続けられるまちをつくる。
				経営課題１     【災害に強く、安全に暮らせるまち】
				【現状と課題】
				    区内には土砂災害警戒区域が多く指定されており、地域の備えが欠かせない。
				【具体的取組】
				 ①  地域の自主防災会と連携した避難訓練の実施
				                    全学区で、土砂災害を想定した避難訓練を自主防災会と共同で
				  取組内容        実施する。避難行動要支援者の個別避難計画を福祉専門職と
				                  ともに作成する。
				                    「避難場所を知っている」区民の割合
				  目標（アウトカム      80 ％以上（R7 年度）
				  指標）
				                    R6 年度：72.5 ％（目標 75 ％以上 ⇒ 未達成）
				  前年度の実績      個別避難計画の作成件数 累計 1,186 件
				  担当              地域力推進室

				 ②  防災出前講座による家庭の備えの促進
				                    集会所や事業所に職員が出向き、家庭での備蓄を
				  取組内容        呼びかける講座を開催する。
				  目標（アウトカム  「食料を備蓄している」区民の割合
				  指標）                50 ％以上（R7 年度）
				  前年度の実績      防災出前講座の開催回数 38 回
				  担当              地域力推進室
				""");

		assertThat(statement.issues()).singleElement().satisfies(issue -> assertThat(issue.actions())
			.containsExactly("地域の自主防災会と連携した避難訓練の実施", "防災出前講座による家庭の備えの促進"));
	}

	private PolicyStatement read(String text) {
		return this.reader.read(DocumentModel.of(new SourceText(Path.of("statement.txt"), List.of(text.split("\n", -1)), "test")), null);
	}
}
