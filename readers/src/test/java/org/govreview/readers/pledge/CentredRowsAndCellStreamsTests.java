package org.govreview.readers.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;

import org.govreview.domain.pledge.MarkCount;
import org.govreview.domain.pledge.Measure;
import org.govreview.domain.pledge.PledgeReport;
import org.govreview.readers.document.DocumentModel;
import org.govreview.readers.municipality.MunicipalityMaster;
import org.govreview.readers.text.SourceText;
import org.junit.jupiter.api.Test;

/**
 * Two progress lists of our own as two extraction tools print them: a town's Excel sheet through pdfplumber's plain
 * text, one space between cells and each row's one-line cells on the middle line of its band, the wrapped account and a
 * wrapped title round it; and a city's Word table through PyMuPDF, one piece of a cell a line, each item opening on its
 * number and closing on its score, the word for it and its departments.
 */
class CentredRowsAndCellStreamsTests {

	private static final MunicipalityMaster MASTER = MunicipalityMaster.builtIn();

	@Test
	void aSingleSpacedSheetGivesEachNumberedRowItsTitleMarkAndDepartmentsFromTheLinesRoundIt() {
		PledgeReport report = read("""
				湯河原町長公約 進捗状況一覧（令和６年度）
				令和７年３月31日現在 湯河原町 企画課
				【進捗状況の区分】
				◎ 実現 公約の内容が実現したもの
				○ 推進中 実現に向けて推進しているもの
				△ 検討中 調査・検討を行っているもの
				分野 No. 公約項目 令和６年度の取組状況 進捗 担当課
				温泉場の足湯を１か所増設し、利用者は延べ3,100人となった。
				1 足湯の増設と温泉街の回遊性向上 ◎ 観光課
				案内板も多言語化した。
				町営バスの路線を見直す 東部地区でデマンド交通の実証運行を開始した。利用登録者は 交通政策室
				2 ○
				とともにデマンド交通の導入 212人で、令和７年度に本格運行を判断する。 福祉課
				旧保育園の跡地について、住民説明会を２回開催した。
				3 保育園跡地の活用 △ 財政課
				活用方法は引き続き検討する。
				全３項目のうち、「◎実現」が１項目、「○推進中」が１項目、「△検討中」が１項目となりました。
				※ （参考）欄は令和５年度末の状況です。令和５年度末の公約数は◎０、○２、△１でした。
				""");

		List<Measure> items = report.basicPolicies().stream().flatMap(policy -> policy.pledges().stream())
			.flatMap(pledge -> pledge.measures().stream()).toList();
		assertThat(items).extracting(Measure::title, measure -> measure.evaluation().mark(), Measure::departments)
			.containsExactly(tuple("足湯の増設と温泉街の回遊性向上", "◎", List.of("観光課")),
					tuple("町営バスの路線を見直すとともにデマンド交通の導入", "○", List.of("交通政策室", "福祉課")),
					tuple("保育園跡地の活用", "△", List.of("財政課")));
		// the note's counts are the year before's
		assertThat(report.markCounts()).containsExactlyInAnyOrder(new MarkCount("◎", 1), new MarkCount("○", 1), new MarkCount("△", 1));
	}

	@Test
	void aCellStreamGivesEachNumberedItemItsWrappedTitleScoreAndWrappedDepartments() {
		PledgeReport report = read("""
				三鷹市長マニフェスト工程表　進捗報告書（令和６年度）
				各項目の進捗状況は、次の５段階で評価しました。
				評価点
				区分
				５
				完了
				４
				順調
				３
				概ね順調
				政策１　子どもが育つまち
				No.
				マニフェスト項目／工程
				令和６年度の取組実績
				評価
				担当課
				1-1
				子ども医療費助成の高校生世代
				までの拡充
				工程：R5 制度設計 → R6 実施
				令和６年８月診療分から助成を開始した（受給者約 4,200
				人）。
				５
				完了
				子ども政策課
				1-2
				放課後児童クラブの待機児童解
				消
				工程：R5 施設整備 → R6 定員拡大
				クラブを３か所増設した。
				３
				概ね順
				調
				児童青少年課
				生涯学習推進
				課
				""");

		List<Measure> items = report.basicPolicies().stream().flatMap(policy -> policy.pledges().stream())
			.flatMap(pledge -> pledge.measures().stream()).toList();
		assertThat(report.municipality().code().value()).isEqualTo("132047");
		assertThat(items).extracting(Measure::title, measure -> measure.evaluation().level(), Measure::departments)
			.containsExactly(tuple("子ども医療費助成の高校生世代までの拡充", 5, List.of("子ども政策課")),
					tuple("放課後児童クラブの待機児童解消", 3, List.of("児童青少年課", "生涯学習推進課")));
	}

	private static PledgeReport read(String text) {
		return new PledgeReportReader(MASTER)
			.read(DocumentModel.of(new SourceText(Path.of("report.txt"), List.of(text.split("\n", -1)), "test")), null);
	}
}
