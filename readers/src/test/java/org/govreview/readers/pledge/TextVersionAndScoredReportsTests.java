package org.govreview.readers.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.govreview.domain.pledge.BasicPolicy;
import org.govreview.domain.pledge.MarkCount;
import org.govreview.domain.pledge.Measure;
import org.govreview.domain.pledge.OverallRule;
import org.govreview.domain.pledge.Pledge;
import org.govreview.domain.pledge.PledgeReport;
import org.govreview.readers.document.DocumentModel;
import org.govreview.readers.municipality.MunicipalityMaster;
import org.govreview.readers.text.SourceText;
import org.junit.jupiter.api.Test;

/**
 * Two reports of our own: a text version for screen readers (テキスト版) that speaks each item's status and
 * departments as sentences and each table row by row (１行目。区分、完了。取組数、２。…); and a committee's report whose
 * items a sheet prints with a name wrapped over two lines, the other cells beside the second, and whose counts per
 * score run across a table (評価点 | ５ | ４ … over 項目数 | …), the overall a mean of the scores.
 */
class TextVersionAndScoredReportsTests {

	private static final MunicipalityMaster MASTER = MunicipalityMaster.builtIn();

	@Test
	void aTextVersionsSpokenStatusesDepartmentsAndRowsAreRead() {
		PledgeReport report = read("""
				駒ヶ根市長公約　進捗状況報告書（令和６年度）　テキスト版

				表は、行ごとに文章に置き換えています。

				（３ページ）

				１　全体の進捗状況

				表１「進捗状況の区分ごとの取組数」の内容です。
				１行目。区分、完了。取組数、２。割合、50.0％。
				２行目。区分、進行中。取組数、１。割合、25.0％。
				３行目。区分、未着手。取組数、１。割合、25.0％。
				４行目。合計。取組数、４。割合、100.0％。
				表１は以上です。

				表２「基本政策ごとの進捗率」の内容です。
				１行目。基本政策１、子育てのまち。取組数、３。完了と進行中の数、２。進捗率、66.7％。
				２行目。基本政策２、安全なまち。取組数、１。完了と進行中の数、１。進捗率、100.0％。
				３行目。全体。取組数、４。完了と進行中の数、３。進捗率、75.0％。
				表２は以上です。

				２　取組ごとの進捗状況

				基本政策１　子育てのまち
				この基本政策の進捗率は66.7％です。

				公約（１）　子どもを安心して育てられるまちにします

				取組１　保育料の第２子無償化
				進捗状況は「完了」です。
				担当課は、保育課です。
				令和６年度の主な実績。令和６年４月から無償にしました。

				取組２　学童保育の定員拡大
				進捗状況は「進行中」です。
				担当課は、子育て支援課と教育総務課です。
				令和６年度の主な実績。定員を40人増やしました。

				取組３　子ども食堂への補助
				進捗状況は「未着手」です。
				担当課は、子育て支援課です。

				基本政策２　安全なまち
				この基本政策の進捗率は100.0％です。

				公約（２）　災害に強いまちにします

				取組４　防災ラジオの全戸配布
				進捗状況は「完了」です。
				担当課は、危機管理課です。
				""");

		List<Measure> items = items(report);
		assertThat(items).extracting(Measure::title, measure -> measure.evaluation().printed(), Measure::departments)
			.containsExactly(tuple("保育料の第2子無償化", "完了", List.of("保育課")),
					tuple("学童保育の定員拡大", "進行中", List.of("子育て支援課", "教育総務課")),
					tuple("子ども食堂への補助", "未着手", List.of("子育て支援課")),
					tuple("防災ラジオの全戸配布", "完了", List.of("危機管理課")));
		assertThat(report.basicPolicies()).extracting(BasicPolicy::title, BasicPolicy::publishedPercent)
			.containsExactly(tuple("子育てのまち", new BigDecimal("66.7")), tuple("安全なまち", new BigDecimal("100.0")));
		assertThat(report.basicPolicies().get(0).pledges()).extracting(Pledge::title)
			.containsExactly("子どもを安心して育てられるまちにします");
		assertThat(report.markCounts()).extracting(MarkCount::mark, MarkCount::count)
			.containsExactlyInAnyOrder(tuple("完了", 2), tuple("進行中", 1), tuple("未着手", 1));
	}

	@Test
	void aNameWrappedAboveItsRowIsOneItemAndScoresCountedAcrossAreTheMarkCounts() {
		PledgeReport report = read("""
				                  駒ヶ根市長マニフェスト市民検証委員会　検証報告書（令和６年度）

				 （１）市長の自己評価

				      評価点        区　分          評価の考え方
				        ５          達成            マニフェストに掲げた内容を実現した
				        ４          順調            計画どおり進んでおり、任期中に実現できる見込み
				        ３          概ね順調        一部に遅れはあるが、おおむね計画どおり進んでいる
				        ２          遅れ            課題があり、計画より遅れている
				        １          未着手          まだ取り組んでいない

				 （２）集計の方法
				   ・総合平均点　 ＝ 全４項目の自己評価点の合計 ÷ 4

				   令和６年度の市長自己評価の総合平均点は、５点満点中 4.25点 となりました。

				 （３）評価点ごとの項目数

				      評価点          ５          ４          ３          ２          １          計
				      区分           達成        順調      概ね順調      遅れ       未着手
				      項目数          2           1           1           0           0           4

				   表中の「自己評価」は市長の自己評価、「委員会」は委員会評価です（いずれも５段階の評価点）。

				【分野１】子どもが育つまち                                               自己評価の平均点　4.25点

				 番号   マニフェスト項目                            担当課                    自己評価   委員会
				  1     中学校給食の全員喫食の実施                  学校給食課                   5          5
				  2     駒ヶ根高原の観光拠点としての再整備と
				        活用                                        観光課                       3          3
				  3     こども医療費助成の拡充                      子育て支援課                 5          4
				  4     病児保育の定員拡大                          保育課                       4          4
				""");

		assertThat(items(report)).extracting(Measure::title, measure -> measure.evaluation().mark())
			.containsExactly(tuple("中学校給食の全員喫食の実施", "5"), tuple("駒ヶ根高原の観光拠点としての再整備と活用", "3"),
					tuple("こども医療費助成の拡充", "5"), tuple("病児保育の定員拡大", "4"));
		assertThat(report.markCounts()).extracting(MarkCount::mark, MarkCount::count)
			.containsExactlyInAnyOrder(tuple("5", 2), tuple("4", 1), tuple("3", 1), tuple("2", 0), tuple("1", 0));
		assertThat(report.overallRule()).isEqualTo(OverallRule.MEAN);
		assertThat(report.publishedOverall()).isEqualByComparingTo("4.25");
	}

	@Test
	void camelotsTablesGiveTheItemsAndTheCountsOfMarksUnderAHeaderSpanningThem() {
		PledgeReport report = read("""
				# page 2, table 1
				0,1,2,3,4,5,6,7
				廿日市市長公約　取組状況評価　分野別集計表,,,,,,,
				分野,項目数,評価別の項目数,,,,"評価点
				合計","達成度
				（％）"
				,,"Ａ
				達成
				（３点）","Ｂ
				順調
				（２点）","Ｃ
				遅れ
				（１点）","Ｄ
				未着手
				（０点）",,
				"1　子どもが健やかに育つまち",2,1,1,0,0,5,83.3
				"2　安心して暮らせるまち",2,0,1,1,0,3,50.0
				合計,4,1,2,1,0,8,66.7

				# page 3, table 1
				0,1,2,3,4,5
				分野,No.,公約項目,令和６年度の取組状況,評価,担当課
				"分野１
				子どもが健やかに育つまち",1-1,"子ども医療費助成の高校生
				世代までの拡大","通院・入院ともに助成の対象を高校生世代まで拡大した。",A,こども家庭課
				,1-2,待機児童ゼロの達成,"待機児童は２人となった。",B,保育課
				"分野２
				安心して暮らせるまち",2-1,地域包括ケアの推進,"在宅医療の相談窓口を設けた。",B,"地域包括ケア推進
				課"
				,2-2,公共施設の再編,"再編計画の策定が遅れている。",C,"ファシリティマネ
				ジメント推進課"
				""");

		assertThat(items(report)).extracting(Measure::title, measure -> measure.evaluation().mark(), Measure::departments)
			.containsExactly(tuple("子ども医療費助成の高校生世代までの拡大", "A", List.of("こども家庭課")),
					tuple("待機児童ゼロの達成", "B", List.of("保育課")),
					tuple("地域包括ケアの推進", "B", List.of("地域包括ケア推進課")),
					tuple("公共施設の再編", "C", List.of("ファシリティマネジメント推進課")));
		assertThat(report.markCounts()).extracting(MarkCount::mark, MarkCount::count)
			.containsExactlyInAnyOrder(tuple("A", 1), tuple("B", 2), tuple("C", 1), tuple("D", 0));
	}

	@Test
	void aGroupsRateAtItsHeadingsMarginIsNoOverallAndTheTotalRowWithItsCountIs() {
		PledgeReport report = read("""
				  福知山市長公約　進捗状況（令和６年度末）

				  （１）区分は、進捗率に応じて次のとおりとしています。
				        完了      進捗率100％        順調      進捗率50％以上100％未満        着手      進捗率１％以上50％未満

				                分　野                             項目数        完了       順調       着手       平均進捗率(%)
				    １　子どもが健やかに育つまち                         2            1          1          0              80.0
				    ２　安全・安心なまち                                 2            0          1          1              45.0
				          合　計（全4項目）                              4            1          2          1              62.5

				   【分野１】子どもが健やかに育つまち                                       分野の進捗率　80.0％（2項目）
				    No.       公約項目                                進捗率(%)        区分            担当課
				     1    子ども医療費の無償化                             100           完了            保険年金課
				     2    体育館への空調設備の整備                          60           順調            教育総務課

				   【分野２】安全・安心なまち                                               分野の進捗率　45.0％（2項目）
				    No.       公約項目                                進捗率(%)        区分            担当課
				     3    内水対策の推進                                    55           順調            河川課
				     4    空き家の活用                                      35           着手            住宅課
				""");

		assertThat(report.publishedOverall()).isEqualByComparingTo("62.5");
		assertThat(report.markCounts()).extracting(MarkCount::mark, MarkCount::count)
			.contains(tuple("完了", 1), tuple("順調", 2), tuple("着手", 1));
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
