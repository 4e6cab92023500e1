package org.govreview.readers.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.govreview.domain.policy.PolicyIssue;
import org.govreview.domain.policy.PolicyStatement;
import org.govreview.domain.policy.Statistic;
import org.govreview.readers.document.DocumentModel;
import org.govreview.readers.municipality.MunicipalityMaster;
import org.govreview.readers.text.SourceTextLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Policies set out as a bureau's table of 施策の柱 and 取組 with figures beside them, as tables of 主な戦略 and
 * 具体的取組 whose rows stand apart under their header, and as a slide deck whose titles head its pages.
 */
class StatementShapesTests {

	@TempDir
	Path directory;

	private DocumentModel model;

	/** Written to a file and loaded as the job loads it, so that form feeds part its pages. */
	private StatementModel read(String text) {
		try {
			Path file = Files.writeString(this.directory.resolve("policy.txt"), text);
			this.model = DocumentModel.of(new SourceTextLoader().load(file));
			return new StatementModel(this.model);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Test
	void aTableOfPillarsAndActionsGivesTheIssuesBesideTheFiguresOfTheYearBefore() {
		StatementModel statement = read("""
				令和6年度
				熊本市上下水道局 局運営方針

				1　局の使命

				熊本の宝である地下水を守り、安全でおいしい水を安定してお届けする。

				施策の柱\t取組内容\t指標\tR5実績\tR6目標
				Ⅰ 災害に強い上下水道施設の整備\t基幹管路の耐震化\t基幹管路の耐震適合率\t52.3%\t54.0%
				\t配水池の耐震補強工事\t配水池の耐震化率\t78.6%\t81.2%
				Ⅱ 地下水の保全と安定給水の確保\t漏水防止\t有収率\t88.4%\t89.0%
				""");

		assertThat(statement.issues).extracting(PolicyIssue::title, PolicyIssue::actions).containsExactly(
				tuple("災害に強い上下水道施設の整備", List.of("基幹管路の耐震化", "配水池の耐震補強工事")),
				tuple("地下水の保全と安定給水の確保", List.of("漏水防止")));
		assertThat(statement.statistics).extracting(Statistic::indicator, s -> s.value().number(), Statistic::fiscalYear)
			.containsExactly(tuple("基幹管路の耐震適合率", new BigDecimal("52.3"), 2023), tuple("配水池の耐震化率", new BigDecimal("78.6"), 2023),
					tuple("有収率", new BigDecimal("88.4"), 2023));
	}

	@Test
	void anActionNumberedInKatakanaGoesOnUnderItsHangingIndentAndATableNoteOneSpaceAfterAFigureIsNoUnit() {
		// pdftotext -layout of a Word page: ア and its sentence wrapped under a hanging indent; a figure's cell and the
		// 時点 cell beside it one space apart; a numbered caption in brackets with its unit at the right
		StatementModel statement = read("""
				令和６年度   保健福祉部   部の運営方針

				１   部の使命
				  市民一人ひとりが住み慣れた地域で安心して暮らせる福祉のまちづくりを進めます。

				【表１】主要な統計の推移                               （資料：保健福祉総務課調べ）
				      区  分         令和３年度      令和４年度      令和５年度       時 点 等
				高齢化率（％）                28.4       28.9       29.2 各年度 10 月１日現在
				被保護世帯数（世帯）            3,368      3,391      3,412 年度の月平均

				２   令和６年度の重点取組
				重点取組１ 地域包括ケアシステムの深化
				 【取組内容】
				 ア 市内 20 か所の地域包括支援センターの人員体制を強化し、総合相談や権利擁護、介護
				   支援専門員への支援の質を高める。
				 イ 住民主体の通いの場の立ち上げと活動の継続を、リハビリテーション専門職の派遣によ
				   り支援する。

				【表２】当初予算の状況                                                   （単位：千円）
				      会計区分                令和６年度当初           令和５年度当初
				一般会計（保健福祉部所管分）               48,215,640        47,386,120
				介護保険事業特別会計                   31,456,780        30,982,150
				""");

		assertThat(statement.issues).extracting(PolicyIssue::title, PolicyIssue::actions).contains(tuple("地域包括ケアシステムの深化",
				List.of("市内 20 か所の地域包括支援センターの人員体制を強化し、総合相談や権利擁護、介護支援専門員への支援の質を高める。",
						"住民主体の通いの場の立ち上げと活動の継続を、リハビリテーション専門職の派遣により支援する。")));
		assertThat(statement.statistics).extracting(Statistic::indicator, Statistic::fiscalYear, s -> s.value().number().toPlainString(),
				s -> s.value().unit())
			.contains(tuple("高齢化率", 2023, "29.2", "%"), tuple("被保護世帯数", 2023, "3412", "世帯"),
					tuple("介護保険事業特別会計", 2024, "31456780", "千円"));
	}

	@Test
	void aCaptionPrintedLikeARowWithItsSourceBesideItDatesTheYearsOfItsTableAndAUnitInTensOfThousandsStaysOne() {
		// pdftotext -layout: the caption's number, title and source a wide gap apart, over a header of more cells
		StatementModel statement = read("""
				令和７年度　東区運営方針

				１　区の概況

				 表１   人口・世帯の推移（各年３月末現在）                     資料：住民基本台帳
				             区    分     単位           令和３年         令和５年            令和７年
				    人口                   人           160,412        159,230       158,406
				    世帯数                 世帯            76,105         77,046        77,928

				 表２   港と空港の利用状況（年度）
				    区分                           令和４年度       令和５年度       令和６年度
				    旅客数（万人）                    98.6            131.4            142.3
				    取扱貨物量（万トン）              9,612           9,905            9,836
				""");

		assertThat(statement.statistics).extracting(Statistic::indicator, Statistic::fiscalYear, s -> s.value().number().toPlainString(),
				s -> s.value().unit())
			.contains(tuple("人口", 2020, "160412", "人"), tuple("人口", 2024, "158406", "人"), tuple("世帯数", 2022, "77046", "世帯"),
					tuple("旅客数", 2022, "98.6", "万人"), tuple("取扱貨物量", 2024, "9836", "万トン"));
		assertThat(statement.statistics).extracting(Statistic::indicator).noneMatch(name -> name.startsWith("表"));
	}

	@Test
	void aDateColumnBetweenTheCurrentFigureAndTheTargetDatesTheCurrentFigureAndNeverTheTarget() {
		StatementModel statement = read("""
				令和７年度　東区運営方針

				重点取組１　安全・安心のまちづくり
				 【目標】
				                 指   標       現状値        時   点   目標値（R7）
				  防災訓練の参加者数（延べ）            8,410 人   R5 年度       9,000 人
				  個別避難計画の作成件数                1,236 件   R6 年度末      1,600 件
				""");

		assertThat(statement.statistics).extracting(Statistic::indicator, Statistic::fiscalYear, s -> s.value().number().toPlainString())
			.containsExactly(tuple("防災訓練の参加者数(延べ)", 2023, "8410"), tuple("個別避難計画の作成件数", 2024, "1236"));
	}

	@Test
	void theActionsOfAStrategyTableAreItsBulletsUnderTheColumnOfConcreteActions() {
		StatementModel statement = read("""
				令和６年度 川崎市上下水道局運営方針

				局の使命
				安全・安心な水を安定的にお届けします。

				経営課題１   災害に強い強靱な上下水道システムの構築

				    主な戦略              具体的取組                                             所管

				    (1) 水道施設・管路の      ・基幹管路（導水管・送水管・配水本管）の耐震化を                          水道部
				        耐震化             計画的に推進
				                      ・配水池・配水塔の耐震補強工事の実施                                水道部

				    (2) 浸水対策の推進       ・内水ハザードマップの周知による自助・共助の促進                         下水道部
				""");

		assertThat(statement.issues).extracting(PolicyIssue::title, PolicyIssue::actions).containsExactly(
				tuple("災害に強い強靱な上下水道システムの構築", List.of("基幹管路（導水管・送水管・配水本管）の耐震化を計画的に推進",
						"配水池・配水塔の耐震補強工事の実施", "内水ハザードマップの周知による自助・共助の促進")));
	}

	@Test
	void aSlideDeckGivesItsVisionItsFiguresAsOfTheirDateAndEachPillarsBulletsAsActions() {
		StatementModel statement = read("""
				                    令和６年度 花見川区運営方針

				                                              千葉市花見川区
				1 / 4
				\f区の目指す姿

				        川と緑の魅力が活きる　心と心の通うまち　花見川区

				2 / 4
				\f区の概況

				  令和6年3月31日現在（住民基本台帳）

				  ・人口          176,412人
				  ・世帯数          85,236世帯

				3 / 4
				\f重点的に取り組む課題

				  柱１　地域で支え合い、つながるまちづくり

				  ○ 町内自治会への加入促進と、地域活動の担い手育成講座の開催
				  ○ 地域運営委員会の設立・運営への支援

				  ▶ 指標　地域運営委員会の設置数
				      令和5年度末 9地区 ⇒ 令和6年度末 目標 11地区
				4 / 4
				""");

		assertThat(statement.mission).isEqualTo("川と緑の魅力が活きる　心と心の通うまち　花見川区");
		assertThat(statement.issues).extracting(PolicyIssue::title, PolicyIssue::actions).containsExactly(
				tuple("地域で支え合い、つながるまちづくり", List.of("町内自治会への加入促進と、地域活動の担い手育成講座の開催", "地域運営委員会の設立・運営への支援")));
		PolicyStatement read = new PolicyStatementReader(MunicipalityMaster.builtIn()).read(this.model, null);
		assertThat(read.organisation().code()).hasToString("121029");
		assertThat(read.statistics()).as("the target of 令和6年度 is no statistic of the statement's own year")
			.extracting(Statistic::indicator, s -> s.value().number(), Statistic::fiscalYear)
			.containsExactly(tuple("人口", new BigDecimal("176412"), 2023), tuple("世帯数", new BigDecimal("85236"), 2023),
					tuple("地域運営委員会の設置数", new BigDecimal("9"), 2023));
	}
	@Test
	void aSpreadsheetFormGoesOnInRowsOfItsOwnAndNamesTheSectionBesideEachAction() {
		StatementModel statement = read(String.join("\n", "令和６年度　健康福祉局運営方針\t\t\t", "\t\t\t",
				"局の使命\t誰もが住み慣れた地域で、健やかに安心して暮らし続けることができるよう、市民一人ひとりに\t\t",
				"\t寄り添った保健・医療・福祉サービスを提供します。\t\t", "\t\t\t",
				"重点目標１\t高齢者が住み慣れた地域で安心して暮らし続けられる\t\t", "\t地域包括ケアシステムの深化・推進\t\t",
				"主な取組\t①地域包括支援センターの相談体制の強化\t担当\t高齢者支援課",
				"\t②介護人材の確保・定着に向けた資格取得費助成\t\t介護保険課", "\t\t\t"));

		assertThat(statement.mission)
			.isEqualTo("誰もが住み慣れた地域で、健やかに安心して暮らし続けることができるよう、市民一人ひとりに寄り添った保健・医療・福祉サービスを提供します。");
		assertThat(statement.issues).extracting(PolicyIssue::title, PolicyIssue::actions).containsExactly(
				tuple("高齢者が住み慣れた地域で安心して暮らし続けられる地域包括ケアシステムの深化・推進",
						List.of("地域包括支援センターの相談体制の強化", "介護人材の確保・定着に向けた資格取得費助成")));
	}

	@Test
	void aTableOfFiguresWithAnAsOfColumnDatesEachFigureByItsOwnRow() {
		StatementModel statement = read("""
				令和７年度　若葉区運営方針

				１　区の使命
				区民の安全・安心な暮らしを守り、自然と歴史を生かした魅力あるまちをつくります。

				（若葉区の主な指標）
				項目
				数値
				時点
				人口
				146,318人
				R7.3.31
				出生数
				712人
				R6年
				要介護（要支援）認定者数
				9,862人
				R7.3末
				土砂災害警戒区域の指定箇所数
				142か所
				R7.4.1
				総農家数
				1,186戸
				R2
				面積
				84.19㎢
				－
				""");

		assertThat(statement.statistics).extracting(Statistic::indicator, s -> s.value().number(), Statistic::fiscalYear)
			.containsExactly(tuple("人口", new BigDecimal("146318"), 2024), tuple("出生数", new BigDecimal("712"), 2024),
					tuple("要介護(要支援)認定者数", new BigDecimal("9862"), 2024),
					tuple("土砂災害警戒区域の指定箇所数", new BigDecimal("142"), 2025),
					tuple("総農家数", new BigDecimal("1186"), 2020));
	}

	@Test
	void anAlignedTableOfFiguresAndTheirDatesGoesOnAfterAPageTurnWithoutItsHeader() {
		StatementModel statement = read("""
				令和７年度 磯子区運営方針

				１　区の目標
				海と緑に抱かれ、人と人がつながる住み続けたいまちをつくります。

				   【磯子区の主な統計】
				       項          目                         数   値             時   点
				       人口                                   162,914 人             R7.1.1
				       世帯数                                  78,526 世帯           R7.1.1
				       面積                                      19.05 ㎢                －
				       出生数                                   1,003 人              R5 年

				                                            - 1 -
				 令和７年度 磯子区運営方針                                                       横浜市磯子区

				       刑法犯認知件数                             812 件              R6 年
				       生活保護受給世帯数                        3,418 世帯          R6.12

				                                            - 2 -
				\f 令和７年度 磯子区運営方針                                                       横浜市磯子区

				２　重点的に取り組む経営課題
				       経営課題１    災害に強く、安全・安心に暮らせるまち

				                                            - 3 -
				""");

		assertThat(statement.statistics).extracting(Statistic::indicator, s -> s.value().number(), Statistic::fiscalYear)
			.containsExactly(tuple("人口", new BigDecimal("162914"), 2024), tuple("世帯数", new BigDecimal("78526"), 2024),
					tuple("出生数", new BigDecimal("1003"), 2023), tuple("刑法犯認知件数", new BigDecimal("812"), 2024),
					tuple("生活保護受給世帯数", new BigDecimal("3418"), 2024));
	}

	@Test
	void aTableOfIndicatorsCurrentFiguresAndTargetsGivesEachCurrentFigureDatedByItsOwnBrackets() {
		StatementModel statement = read("""
				令和７年度　青葉区運営方針

				１　区の目標
				区民の安全・安心な暮らしを守ります。

				【指標】
				                指   標                     現状値            目標値（R7）
				 乳幼児健康診査（１歳６か月児）の受診率                            96.8％          98.0％
				 子育てサロン・子育て支援クラブの数                      74 か所（R6.4.1）       78 か所
				 子育てふれあいプラザの延べ利用者数                            38,215 人     40,000 人
				""");

		assertThat(statement.statistics).extracting(Statistic::indicator, s -> s.value().number(), Statistic::fiscalYear)
			.as("a figure dated by neither its cell nor its header is none; a target never is")
			.containsExactly(tuple("子育てサロン・子育て支援クラブの数", new BigDecimal("74"), 2024));
	}
}
