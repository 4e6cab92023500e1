package org.govreview.readers.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.govreview.domain.pledge.BasicPolicy;
import org.govreview.domain.pledge.MarkCount;
import org.govreview.domain.pledge.Measure;
import org.govreview.domain.pledge.PledgeReport;
import org.govreview.readers.document.DocumentModel;
import org.govreview.readers.municipality.MunicipalityMaster;
import org.govreview.readers.text.SourceText;
import org.junit.jupiter.api.Test;

/**
 * Two reports of our own: a council's minutes in which the mayor answers a question on his pledges, the items in a
 * handout after the minutes whose cells one space parts (番号 公約の項目 区分 担当課), the speakers marked ○ as
 * minutes mark them; and a word processor's report set in two columns that pdftotext -layout prints side by side,
 * each item a circled-number heading over 評価　◎　担当　課, with a legend giving each mark its word.
 */
class MinutesAndTwoColumnReportsTests {

	private static final MunicipalityMaster MASTER = MunicipalityMaster.builtIn();

	@Test
	void aHandoutsSpacePartedRowsAreTheItemsAndTheSpeakersOfTheMinutesAreNone() {
		PledgeReport report = read("""
				令和６年１２月駒ヶ根市議会定例会会議録
				令和６年１２月９日（月曜日）
				○議長（宮下健一君）　これより本日の会議を開きます。
				○８番（竹村和夫君）　市長公約の進捗状況について伺います。
				〔８番　竹村和夫君　登壇〕
				○市長（小林直樹君）　お答えいたします。全１０項目のうち「達成」が４項目、「継続」が５項目、「見直し」が１項目で、
				達成率は４０．０％であります。
				○８番（竹村和夫君）　以上で質問を終わります。

				（配付資料）
				市長公約の進捗状況（令和６年１１月末現在）
				柱 項目数 達成 継続 見直し 達成率
				柱１ 子育てにやさしいまち 5 2 3 0 40.0%
				柱２ 安心して暮らせるまち 5 2 2 1 40.0%
				合計 10 4 5 1 40.0%
				※達成率＝達成の項目数÷項目数

				番号 公約の項目 区分 担当課
				【柱１】子育てにやさしいまち
				1-1 第２子以降の保育料の無償化 達成 子育て支援課
				1-2 病児保育施設の新設 継続 子育て支援課
				1-3 学校給食費の軽減 達成 教育総務課
				1-4 放課後児童クラブの拡充 継続 子育て支援課・教育総務課
				1-5 公園遊具の更新 継続 都市計画課
				【柱２】安心して暮らせるまち
				2-1 防災ラジオの全戸配布 達成 危機管理課
				2-2 地域包括支援センターの増設 達成 長寿社会課
				2-3 デマンドタクシーの全域運行 継続 企画振興課
				2-4 消防団員の処遇改善 継続 危機管理課
				2-5 温水プールの新設 見直し 生涯学習課
				""");

		List<Measure> items = items(report);
		assertThat(items).hasSize(10);
		assertThat(items).extracting(Measure::title, measure -> measure.evaluation().mark(), Measure::departments)
			.contains(tuple("第2子以降の保育料の無償化", "達成", List.of("子育て支援課")),
					tuple("放課後児童クラブの拡充", "継続", List.of("子育て支援課", "教育総務課")),
					tuple("温水プールの新設", "見直し", List.of("生涯学習課")));
		assertThat(items).extracting(Measure::title).noneMatch(title -> title.contains("君"));
		assertThat(report.basicPolicies()).extracting(BasicPolicy::title)
			.containsExactly("子育てにやさしいまち", "安心して暮らせるまち");
		assertThat(report.fiscalYear().year()).isEqualTo(2024);
		assertThat(report.markCounts()).extracting(MarkCount::mark, MarkCount::count)
			.contains(tuple("継続", 5), tuple("見直し", 1));
		assertThat(report.markCounts()).extracting(MarkCount::mark).doesNotContain("○");
	}

	@Test
	void theTwoColumnsAreReadOneAfterTheOtherAndALegendsWordsAreNoSecondCount() {
		PledgeReport report = read("""
				                    令和６年度　田原市長マニフェスト進捗状況報告書

				１　評価の方法
				　各項目を次の４段階で評価し、点数の合計を満点（項目数×３点）で割って実現度を求めています。

				　　記号　　区分　　　　点数
				　　　◎　　実現　　　　３点
				　　　○　　概ね実現　　２点
				　　　△　　着手　　　　１点
				　　　×　　未着手　　　０点

				２　評価結果
				　６項目の評価は、「実現」が３項目、「概ね実現」が１項目、「着手」が１項目、「未着手」が１項目でした。全体の実現度は72.2％（13点／18点）です。

				            評価              項目数
				            ◎ 実現                3
				            ○ 概ね実現             1
				            △ 着手                1
				            × 未着手               1
				              合計                6

				３　政策別の取組状況

				■政策１　子どもを育むまち                       ■政策２　安心して暮らせるまち
				　実現度　66.7％（６点／９点）                  　実現度　77.8％（７点／９点）

				◆約束１　子育てを支えます                       ◆約束２　暮らしを守ります

				①保育園の待機児童ゼロ                           ①防災ラジオの全戸配布
				　評価　◎　担当　保育課                         　評価　◎　担当　危機管理課
				　令和６年４月に待機児童ゼロを                  　希望する全世帯に配布しました。
				　達成しました。
				                                                ②地域包括支援センターの増設
				②子ども食堂への支援                             　評価　◎　担当　高齢福祉課
				　評価　○　担当　子育て支援課                   　２か所を新設しました。
				　市内１２か所に補助しました。
				                                                ③空き家の除却支援
				③学童保育の時間延長                             　評価　△　担当　建築住宅課
				　評価　×　担当　子育て支援課                   　補助制度の検討を始めました。
				　指導員の確保ができず、実施に
				　至っていません。
				""");

		assertThat(report.basicPolicies()).extracting(BasicPolicy::title, BasicPolicy::publishedPercent)
			.containsExactly(tuple("子どもを育むまち", new BigDecimal("66.7")), tuple("安心して暮らせるまち", new BigDecimal("77.8")));
		assertThat(items(report)).extracting(Measure::title, measure -> measure.evaluation().mark(), Measure::departments)
			.containsExactly(tuple("保育園の待機児童ゼロ", "◎", List.of("保育課")),
					tuple("子ども食堂への支援", "○", List.of("子育て支援課")),
					tuple("学童保育の時間延長", "×", List.of("子育て支援課")),
					tuple("防災ラジオの全戸配布", "◎", List.of("危機管理課")),
					tuple("地域包括支援センターの増設", "◎", List.of("高齢福祉課")),
					tuple("空き家の除却支援", "△", List.of("建築住宅課")));
		assertThat(report.markCounts()).extracting(MarkCount::mark, MarkCount::count)
			.containsExactlyInAnyOrder(tuple("◎", 3), tuple("○", 1), tuple("△", 1), tuple("×", 1));
	}

	private static List<Measure> items(PledgeReport report) {
		return report.basicPolicies().stream().flatMap(policy -> policy.pledges().stream())
			.flatMap(pledge -> pledge.measures().stream()).toList();
	}

	private static PledgeReport read(String text) {
		return new PledgeReportReader(MASTER)
			.read(DocumentModel.of(new SourceText(Path.of("report.txt"), List.of(text.split("\n", -1)), "test")), null);
	}
}
