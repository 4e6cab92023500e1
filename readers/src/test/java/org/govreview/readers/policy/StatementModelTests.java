package org.govreview.readers.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.govreview.domain.policy.PolicyIssue;
import org.govreview.domain.policy.Statistic;
import org.govreview.readers.document.DocumentModel;
import org.govreview.readers.text.SourceText;
import org.junit.jupiter.api.Test;

/** A policy read from the document model by its words: title, mission, issues with actions, and figures. */
class StatementModelTests {

	private static StatementModel read(String text) {
		return new StatementModel(DocumentModel.of(new SourceText(Path.of("policy.txt"), List.of(text.split("\n")), "text")));
	}

	@Test
	void theMissionIsTheUsiMeiNotTheGoalAndIssuesAreTheLabelledHeadings() {
		StatementModel statement = read("""
				令和６年度　住之江区運営方針

				【区の目標（何をめざすのか）】
				誰もが安心して暮らし続けられるまち

				【区の使命（どのような役割を担うのか）】
				区民に最も身近な総合行政機関として、区民の暮らしを支える。

				経営課題１　【災害に強いまちづくり】

				【課題認識】
				家具の転倒防止対策をしている区民の割合は、令和５年度で38.4％にとどまり、市平均（41.2％）を下回っている。

				【主な戦略】
				・地域の防災リーダーの育成を支援する

				【主な取組】
				・地区防災計画の改定支援
				・防災リーダー養成講座の開催

				経営課題２　【子育て世帯への支援】

				【主な取組】
				・子育てサロンの運営支援
				""");

		assertThat(statement.recognised()).isTrue();
		assertThat(statement.title).isEqualTo("令和６年度　住之江区運営方針");
		assertThat(statement.mission).isEqualTo("区民に最も身近な総合行政機関として、区民の暮らしを支える。");
		assertThat(statement.issues).extracting(PolicyIssue::title, PolicyIssue::actions)
			.containsExactly(tuple("災害に強いまちづくり", List.of("地域の防災リーダーの育成を支援する", "地区防災計画の改定支援", "防災リーダー養成講座の開催")),
					tuple("子育て世帯への支援", List.of("子育てサロンの運営支援")));
		assertThat(statement.statistics).extracting(Statistic::indicator, s -> s.value().number())
			.containsExactly(tuple("家具の転倒防止対策をしている区民の割合", new BigDecimal("38.4")),
					tuple("家具の転倒防止対策をしている区民の割合（市全体）", new BigDecimal("41.2")));
	}

	@Test
	void numberedHeadingsHoldingAnActionLabelAreIssuesAndTargetColumnsAreNoStatistics() {
		StatementModel statement = read("""
				令和６年度　中原区　区の取組方針

				第1章　区の将来像

				　住みやすく活気のあるまち・なかはら

				第2章　重点的な取組

				(1)　子育てしやすいまちづくり
				　■課題
				　　相談できる相手がいないと感じています。
				　■取組内容
				　　1)　出張ひろばの開催
				　　2)　父親向け育児講座の開催

				(2)　地域の支え合いの促進
				　■取組内容
				　　1)　担い手養成講座の開催

				第3章　成果指標

				指標名\t令和4年度実績\t令和5年度目標
				転入者数（人）\t31,205\t33,000
				""");

		assertThat(statement.mission).isEqualTo("住みやすく活気のあるまち・なかはら");
		assertThat(statement.issues).extracting(PolicyIssue::title, PolicyIssue::actions)
			.containsExactly(tuple("子育てしやすいまちづくり", List.of("出張ひろばの開催", "父親向け育児講座の開催")),
					tuple("地域の支え合いの促進", List.of("担い手養成講座の開催")));
		assertThat(statement.statistics).extracting(Statistic::indicator, Statistic::fiscalYear, s -> s.value().number(),
				s -> s.value().unit())
			.containsExactly(tuple("転入者数", 2022, new BigDecimal("31205"), "人"));
	}

	@Test
	void aTableOfIssuesLeavesTheIssueCellBlankOnItsLaterRows() {
		StatementModel statement = read("""
				令和５年度　青葉区区政運営方針

				【区の将来像】
				人が集い学び合うまち　青葉

				重点課題\t取組\t担当課
				1 地域福祉の推進\t見守りネットワークづくり\t障害高齢課
				\t学習支援\t保護課
				2 防災力の向上\t防災リーダーの養成\t総務課
				""");

		assertThat(statement.issues).extracting(PolicyIssue::title, PolicyIssue::actions)
			.containsExactly(tuple("地域福祉の推進", List.of("見守りネットワークづくり", "学習支援")),
					tuple("防災力の向上", List.of("防災リーダーの養成")));
	}

	@Test
	void aWardAndCityTableGivesTheCitysFigureItsOwnSubject() {
		StatementModel statement = read("""
				令和6年度　長田区区政運営方針

				■ 長田区の目指す姿
				　笑顔で暮らせるまち・ながた

				項目\t長田区\t神戸市全体\t時点
				人口\t９万4,512人\t150万1,876人\t令和6年4月1日現在
				空き家率\t17.6%\t13.3%\t平成30年住宅・土地統計調査
				""");

		assertThat(statement.statistics).extracting(Statistic::indicator, Statistic::fiscalYear, s -> s.value().number())
			.containsExactly(tuple("人口", 2024, new BigDecimal("94512")), tuple("人口（市全体）", 2024, new BigDecimal("1501876")),
					tuple("空き家率", 2018, new BigDecimal("17.6")), tuple("空き家率（市全体）", 2018, new BigDecimal("13.3")));
	}

	@Test
	void numberedHeadingsUnderAnIssuesHeadingWithBulletsOnlyAreIssues() {
		StatementModel statement = read("""
				令和６年度　西区運営方針

				■ めざす姿
				　人がつながるまち・にし

				■ 重点課題
				1　安全・安心なまちづくり
				　・防犯パトロールの実施
				　・防災訓練の支援
				2　子育ての支援
				　・子育てサロンの運営
				　・出張相談の実施

				■ 問合せ
				　西区役所企画課
				""");

		assertThat(statement.issues).extracting(PolicyIssue::title, PolicyIssue::actions)
			.containsExactly(tuple("安全・安心なまちづくり", List.of("防犯パトロールの実施", "防災訓練の支援")),
					tuple("子育ての支援", List.of("子育てサロンの運営", "出張相談の実施")));
	}

	@Test
	void aNewsletterNamingNoPolicyIsNotRecognised() {
		StatementModel statement = read("""
				広報さかい　中区版　　2024（令和6年）5月号

				■　区長コラム
				　今年度も、地域のまちづくりを進めてまいります。

				■　中区の人口（令和6年4月1日現在）
				　人口　121,058人
				""");

		assertThat(statement.recognised()).isFalse();
		assertThat(statement.missing()).isNotEmpty();
	}

	@Test
	void aStrategyOverItsOwnActionTableIsAnIssueWithOneActionPerRow() {
		StatementModel statement = read("""
				令和６年度　環境局運営方針

				Ⅰ　局の使命
				市民とともに、きれいで持続可能なまちをつくる。

				戦略１　ごみの減量と資源化

				〈取組〉
				 取組名                   内容                                    所管課
				 プラスチック資源の一括   全区での回収に向け、説明会を開催し、    家庭系対策課
				 回収の準備               分別ガイドを全戸に配布する
				 食品ロス削減の啓発       フードドライブの窓口を拡大する          ごみ減量課
				""");

		assertThat(statement.issues).extracting(PolicyIssue::title).containsExactly("ごみの減量と資源化");
		assertThat(statement.issues.get(0).actions()).containsExactly("プラスチック資源の一括回収の準備", "食品ロス削減の啓発");
	}

	@Test
	void currentFiguresBesideTargetsKeepTheirOwnYearAndTheWardIsComparedWithItsCityByName() {
		StatementModel statement = read("""
				令和７年度　瑞穂区区政運営方針

				１　区の将来像
				誰もが住み続けたい瑞穂区

				重点取組１　防災

				■目標指標
				指標\t現状\t目標\t年度
				防災訓練に参加した区民の割合\t２４．５％（Ｒ６）\t３０％\tＲ９

				４　区の現況
				項目\t瑞穂区\t名古屋市\t時点
				人口\t１０６，５１１人\t２，３２５，９１６人\t令和７年４月１日
				""");

		assertThat(statement.statistics).extracting(Statistic::indicator, Statistic::fiscalYear, s -> s.value().number())
			.containsExactlyInAnyOrder(tuple("防災訓練に参加した区民の割合", 2024, new BigDecimal("24.5")),
					tuple("人口", 2025, new BigDecimal("106511")), tuple("人口（市全体）", 2025, new BigDecimal("2325916")));
	}

	@Test
	void numberedActionsWithDescriptionsFigureLabelsUnderTheirIndicatorAndAnOutlineAfterTheIssues() {
		StatementModel statement = read("""
				令和６年度　鶴見区運営方針

				経営課題１　災害に強いまちづくり

				【主な戦略】
				　戦略１－１　地域防災力の向上
				　　地域の防災活動への参加を促す。

				【具体的取組】
				　１－１－１　防災リーダー研修の実施
				　　　各地域の防災リーダーを対象に研修を年２回実施する。
				　１－１－２　避難所運営訓練の支援
				　　　学校ごとの避難所開設訓練を支援する。

				【目標（成果指標）】
				　■防災訓練に参加したことがある区民の割合
				　　現状：38.5％（令和５年度）　→　目標：42％以上（令和６年度）
				　　（参考）市全体：36.1％（令和５年度）

				経営課題２　子育てしやすいまちづくり

				【具体的取組】
				　２－１－１　子育て講座の開催

				経営課題と主な戦略の体系

				経営課題\t主な戦略\t関連する具体的取組
				１　防災\t１－１　地域防災力\t１－１－１～１－１－２
				２　子育て\t２－１　講座\t２－１－１
				""");

		assertThat(statement.issues).extracting(PolicyIssue::title, PolicyIssue::actions).containsExactly(
				tuple("災害に強いまちづくり", List.of("地域防災力の向上", "防災リーダー研修の実施", "避難所運営訓練の支援")),
				tuple("子育てしやすいまちづくり", List.of("子育て講座の開催")));
		assertThat(statement.statistics).extracting(Statistic::indicator, Statistic::fiscalYear, s -> s.value().number())
			.contains(tuple("防災訓練に参加したことがある区民の割合", 2023, new BigDecimal("38.5")),
					tuple("防災訓練に参加したことがある区民の割合（市全体）", 2023, new BigDecimal("36.1")));
	}

	@Test
	void aSheetOfOrganisationalGoalsNamesItsActionsAndTheFiguresOfTheirIndicators() {
		StatementModel statement = read("""
				2024年度（令和６年度）　組織目標シート　市民生活部

				■部の使命（ミッション）
				　市民の安全で快適な暮らしを支える。

				──────────────────────
				組織目標１\t窓口サービスの向上
				──────────────────────
				取組項目\t達成水準（指標・目標値）\t中間評価（９月末時点）
				(1) 窓口予約制の導入\t予約件数
				2023年度実績 1,240件 → 2024年度目標 2,000件\t○ 概ね順調
				予約枠を拡大した。
				(2) 証明書のコンビニ交付の推進\tコンビニ交付率
				2023年度 31.5％ → 2024年度 35.0％\t◎ 順調
				""");

		assertThat(statement.issues).extracting(PolicyIssue::title, PolicyIssue::actions).containsExactly(
				tuple("窓口サービスの向上", List.of("窓口予約制の導入", "証明書のコンビニ交付の推進")));
		assertThat(statement.statistics).extracting(Statistic::indicator, Statistic::fiscalYear, s -> s.value().number())
			.contains(tuple("予約件数", 2023, new BigDecimal("1240")), tuple("コンビニ交付率", 2023, new BigDecimal("31.5")));
	}

	@Test
	void targetsUnderTheirOwnHeadingAreNoActionsAndRowsNamingAnIndicatorGiveItsFigures() {
		StatementModel statement = read("""
				令和６年度　左京区運営方針

				■ 目指す区の姿
				　自然と学びが息づくまち。

				柱１　防災力の向上
				◆主な取組
				　・地区防災計画の策定支援
				　・学生向け防災訓練の実施
				◆目標
				　◎自主防災会の訓練実施率　　78.4％（令和５年度）　⇒　85.0％（令和６年度）
				　◎区民防災講座の受講者数　　612人（令和５年度）　⇒　700人（令和６年度）

				柱２　地域の活性化
				◆主な取組
				　・移住相談窓口の運営
				""");

		assertThat(statement.issues).extracting(PolicyIssue::title, PolicyIssue::actions).containsExactly(
				tuple("防災力の向上", List.of("地区防災計画の策定支援", "学生向け防災訓練の実施")), tuple("地域の活性化", List.of("移住相談窓口の運営")));
		assertThat(statement.statistics).extracting(Statistic::indicator, Statistic::fiscalYear, s -> s.value().number())
			.contains(tuple("自主防災会の訓練実施率", 2023, new BigDecimal("78.4")), tuple("区民防災講座の受講者数", 2023, new BigDecimal("612")));
	}

	@Test
	void figuresUnderTheirNamesTakeTheDateOfTheHeadingOverThemAndAWebPagesHeadingIsItsTitle() {
		StatementModel ward = read("""
				令和６年度 東区 区づくり方針

				１　目指す区の姿
				　人と人とが支え合い、誰もが笑顔で暮らせるまち

				２　区の概況（令和６年３月末現在）

				　　　人口　　　　　　　世帯数　　　　　　高齢化率
				　　　134,287人　　　　62,845世帯　　　　30.4％

				３　重点取組
				重点取組①　災害に強いまちづくり
				・防災訓練への支援
				""");
		StatementModel page = read("""
				本文へスキップします。
				神戸市
				文字サイズ 標準 拡大
				ホーム > 市政情報 > 局・区の運営方針

				# 経済観光局 令和6年度 局運営方針

				## 局の使命

				神戸経済を支える中小企業の挑戦を後押しします。
				""");

		assertThat(ward.statistics).extracting(Statistic::indicator, Statistic::fiscalYear, statistic -> statistic.value().number())
			.containsExactly(tuple("人口", 2023, new BigDecimal("134287")), tuple("世帯数", 2023, new BigDecimal("62845")),
					tuple("高齢化率", 2023, new BigDecimal("30.4")));
		assertThat(ward.mission).isEqualTo("人と人とが支え合い、誰もが笑顔で暮らせるまち");
		assertThat(page.title).isEqualTo("経済観光局 令和6年度 局運営方針");
	}
}
