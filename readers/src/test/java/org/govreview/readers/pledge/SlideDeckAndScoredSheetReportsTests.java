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
 * Two reports of our own as pdftotext -layout prints them: a slide deck whose pillar table has a wrapped name that
 * cuts its rows from the header, whose item tables have a text box's lines printed right of the 所管 column, and
 * whose pillars count their items under their heading (６取組（達成２・…）); and an Excel sheet scored per field
 * whose item rows carry a target-year column (継続 beside ○) and whose counts name a mark with a long word.
 */
class SlideDeckAndScoredSheetReportsTests {

	private static final MunicipalityMaster MASTER = MunicipalityMaster.builtIn();

	@Test
	void aDecksPillarsItemsAndOverallAcrossAWrappedPillarAndATextBoxBesideTheItems() {
		PledgeReport report = read("""
				大分市長マニフェスト 進捗報告（令和６年度末）
				３    全体の進捗状況（政策の柱別）

				          政策の柱             取組数     達成    実施中     検討中    未着手   点数      進捗率     前年度
				柱１   子どもが夢を描き、健やかに育つまち         2     1       1      0     0   5/6     83.3%   61.1%
				柱２   誰もが安心して暮らせる健康・福祉のま        2     0       1      1     0   3/6     50.0%   44.4%
				ち
				柱３   地域経済が力強く成長するまち            2     0       1      0     1   2/6     33.3%   50.0%
				全体                            6     1       3      1     1   10/18   55.6%   54.4%

				政策の柱１         子どもが夢を描き、健やかに育つまち
				２取組（達成１・実施中１・検討中０・未着手０）        点数 5／6点

				    番号            取組               進捗         所管
				    1    子ども医療費助成の高校生世代までの拡充       達成      子育て支援課     ポイント
				    2    第２子以降の保育料の無償化             実施中    保育・幼児教育課   ・約3,900人の負担を軽減

				政策の柱２         誰もが安心して暮らせる健康・福祉のまち
				２取組（達成０・実施中１・検討中１・未着手０）        点数 3／6点

				    番号            取組               進捗         所管
				    3    帯状疱疹ワクチン接種費用の助成           実施中      保健予防課       ポイント
				    4    ひきこもり支援センターの設置           検討中      福祉保健課       ・設置時期を検討中

				政策の柱３         地域経済が力強く成長するまち
				２取組（達成０・実施中１・検討中０・未着手１）        点数 2／6点

				    番号            取組               進捗         所管
				    5    創業・事業承継の支援強化           実施中      商工労政課       ポイント
				    6    大分港の物流拠点化               未着手      港湾振興室       ・県の計画を待つ
				""");

		assertThat(report.measures()).extracting(Measure::title, measure -> measure.evaluation().mark(), Measure::departments)
			.containsExactly(tuple("子ども医療費助成の高校生世代までの拡充", "達成", List.of("子育て支援課")),
					tuple("第2子以降の保育料の無償化", "実施中", List.of("保育・幼児教育課")),
					tuple("帯状疱疹ワクチン接種費用の助成", "実施中", List.of("保健予防課")),
					tuple("ひきこもり支援センターの設置", "検討中", List.of("福祉保健課")),
					tuple("創業・事業承継の支援強化", "実施中", List.of("商工労政課")),
					tuple("大分港の物流拠点化", "未着手", List.of("港湾振興室")));
		assertThat(report.basicPolicies()).extracting(BasicPolicy::title).containsExactly("子どもが夢を描き、健やかに育つまち",
				"誰もが安心して暮らせる健康・福祉のまち", "地域経済が力強く成長するまち");
		assertThat(report.publishedOverall()).isEqualByComparingTo(new BigDecimal("55.6"));
	}

	@Test
	void aSheetsItemMarksBesideTheirTargetYearAndCountsOfAMarkWithALongWord() {
		PledgeReport report = read("""
				令和６年度       沼津市長マニフェスト検証シート
				    ・30の取組の進捗は、◎達成が１取組、○順調が２取組、△遅れが０取組、×未着手・見直しが１取組でした。

				（進捗欄    ◎：達成   ○：順調   △：遅れ   ×：未着手・見直し）
				分野１    子育て・教育                                                              分野評価点   7.5点／10点
				 1    子ども医療費の高校生世代までの無償化 通院・入院ともに無償化した。             ◎    こども家庭課        R6
				 2    放課後児童クラブの受入れ拡大          定員を160人拡大した。                    ○    こども家庭課        継続
				分野２ 健康・福祉                                                                        分野評価点   5.0点／10点
				 3    帯状疱疹ワクチン接種費用の助成         延べ3,214人が利用した。                  ○    健康づくり課        継続
				 4    デマンド型乗合交通の本格導入           計画を見直した。                          ×    交通政策課          －
				""");

		assertThat(report.measures()).extracting(Measure::title, measure -> measure.evaluation().mark())
			.containsExactly(tuple("子ども医療費の高校生世代までの無償化", "◎"), tuple("放課後児童クラブの受入れ拡大", "○"),
					tuple("帯状疱疹ワクチン接種費用の助成", "○"), tuple("デマンド型乗合交通の本格導入", "×"));
		assertThat(report.markCounts()).containsExactly(new MarkCount("◎", 1), new MarkCount("○", 2), new MarkCount("△", 0),
				new MarkCount("×", 1));
	}

	private static PledgeReport read(String text) {
		DocumentModel model = DocumentModel.of(new SourceText(Path.of("pledge.txt"), List.of(text.split("\n", -1)), "test"));
		return new PledgeReportReader(MASTER).read(model, null);
	}
}
