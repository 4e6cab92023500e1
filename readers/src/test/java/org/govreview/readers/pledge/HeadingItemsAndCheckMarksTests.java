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
import org.govreview.domain.pledge.PledgeReport;
import org.govreview.readers.document.DocumentModel;
import org.govreview.readers.municipality.MunicipalityMaster;
import org.govreview.readers.text.SourceText;
import org.junit.jupiter.api.Test;

/**
 * Two reports of our own: a city's report to its council typed in a word processor, each item a katakana-numbered
 * heading with its departments in 〔〕 and a paragraph that closes with its evaluation (（評価：◎）), a table of counts
 * per mark for two years printed one cell per line; and a mayor's blog post that marks its pledges ✅ 🔺 ❌, names each
 * group with a motto after a dash and closes with a tally and each group's share.
 */
class HeadingItemsAndCheckMarksTests {

	private static final MunicipalityMaster MASTER = MunicipalityMaster.builtIn();

	@Test
	void anItemHeadingIsEvaluatedByTheParagraphThatClosesWithItsMarkAndACountTableIsNoItem() {
		PledgeReport report = read("""
				蒲郡市長公約の点検結果について（報告）
				　令和６年度末（令和７年３月３１日）時点の取組状況を点検しました。
				　　◎　達　成　　公約の内容を実現したもの
				　　○　順　調　　計画どおり進んでいるもの
				　　×　見直し　　内容を見直すもの
				　進捗率（％）＝（◎の取組数＋○の取組数）÷全取組数×１００
				　５の取組の評価は、「◎達成」が２取組、「○順調」が２取組、「×見直し」が１取組となった。
				　全体の進捗率は８０．０％となった。
				（１）政策１　子どもが育つまち
				　　　進捗率　６６．７％（３取組中２取組）
				３　評価の推移（参考）
				評価
				令和５年度末
				令和６年度末
				◎　達成
				１
				２
				×　見直し
				０
				１
				合計
				５
				５

				政策１　子どもが育つまち
				（１）子育ての支援
				ア　第２子以降の保育料の無償化〔保育課〕
				　　令和６年４月から、第２子以降の保育料を無償化した。対象児童は延べ２１０人であ
				　　る。（評価：◎）
				イ　放課後児童クラブの増設〔こども家庭課・教育総務課〕
				　　小学校区に１か所増設した。（評価：○）
				ウ　通学路への防犯カメラの増設〔危機管理課〕
				　　国の補助制度の変更を受け、手法を見直す。（評価：×）
				政策２　活力あるまち
				（１）産業の振興
				ア　創業支援補助金の創設〔商工課〕
				　　令和６年度に創設し、１２件を採択した。（評価：◎）
				イ　観光案内所の多言語化〔観光課〕
				　　英語と中国語に対応した。（評価：○）
				""");

		List<Measure> items = report.basicPolicies().stream().flatMap(policy -> policy.pledges().stream())
			.flatMap(pledge -> pledge.measures().stream()).toList();
		assertThat(report.municipality().code().value()).isEqualTo("232149");
		assertThat(items).extracting(Measure::title, measure -> measure.evaluation().mark(), Measure::departments)
			.containsExactly(tuple("第2子以降の保育料の無償化", "◎", List.of("保育課")),
					tuple("放課後児童クラブの増設", "○", List.of("こども家庭課", "教育総務課")),
					tuple("通学路への防犯カメラの増設", "×", List.of("危機管理課")),
					tuple("創業支援補助金の創設", "◎", List.of("商工課")), tuple("観光案内所の多言語化", "○", List.of("観光課")));
		assertThat(report.basicPolicies()).extracting(BasicPolicy::title).containsExactly("子どもが育つまち", "活力あるまち");
		assertThat(report.markCounts()).extracting(MarkCount::mark).doesNotContain("取組中");
		assertThat(report.markCounts()).contains(new MarkCount("◎", 2), new MarkCount("○", 2), new MarkCount("×", 1));
		assertThat(report.publishedOverall()).isEqualByComparingTo("80.0");
	}

	@Test
	void aRowInContentOrderTakesTheGradeBeforeItsDepartmentNotThePlanAfterItAndARowWithoutItsTitleIsNoItem() {
		// pdftotext -raw of a spreadsheet: 番号 公約 進捗 担当課 今後の方向性 one row a line, a wrapped title printed
		// apart from its row, the summary's counts per mark between each field's name and its share
		PledgeReport report = read("""
				湯河原町長公約 進捗状況一覧（令和６年度末）
				進捗状況 内容
				達成 公約の内容を実現したもの
				順調 計画どおり進んでいるもの
				やや遅れ 計画に比べやや遅れているもの
				遅れ 取組が遅れているもの
				分野 項目数 達成 順調 やや遅れ 遅れ 達成＋順調
				１ 子育て・教育 4 1 2 1 0 3 75.0%
				２ 観光・産業 3 1 1 0 1 2 66.7%
				合 計 7 2 3 1 1 5 71.4%
				分野 No. 公約項目 進捗状況 担当課 今後の方向性
				1 第２子以降の給食費の無償化 達成 学校教育課 継続
				2 順調 子育て支援課 拡充
				3 放課後児童クラブの定員拡大 順調 継続
				4 通学路の歩道整備 やや遅れ 土木課 見直し
				5 温泉場の景観整備 達成 観光課 完了
				6 順調 産業振興課 継続
				7 空き店舗への出店支援 遅れ 産業振興課 見直し
				こども家庭センターの開設
				宿泊施設の誘客支援
				""");

		List<Measure> items = report.basicPolicies().stream().flatMap(policy -> policy.pledges().stream())
			.flatMap(pledge -> pledge.measures().stream()).toList();
		assertThat(items).extracting(Measure::title, measure -> measure.evaluation().mark(), Measure::departments)
			.containsExactly(tuple("第2子以降の給食費の無償化", "達成", List.of("学校教育課")),
					tuple("放課後児童クラブの定員拡大", "順調", List.of()), tuple("通学路の歩道整備", "やや遅れ", List.of("土木課")),
					tuple("温泉場の景観整備", "達成", List.of("観光課")), tuple("空き店舗への出店支援", "遅れ", List.of("産業振興課")));
		assertThat(report.basicPolicies()).extracting(BasicPolicy::title).doesNotContain("子育て・教育 4 1 2 1 0 3")
			.noneMatch(title -> title != null && (title.contains("子育て支援課") || title.contains("産業振興課")));
	}

	@Test
	void checkMarksAreAScaleAMottoIsNoPartOfAGroupsNameAndTheClosingSummaryGivesEachGroupsShare() {
		PledgeReport report = read("""
				町長になって2年。公約を自分で採点してみました【2024年度末の通信簿】
				松川村長　山田たかし
				採点のルール
				✅ … 実現した
				🔺 … 着手したけれど、まだ道半ば
				❌ … まだ手をつけられていない
				「実現率」は、✅の数を公約の総数（4）で割ったものです。

				1. 子育て ― 子どもの声がひびく村へ
				✅ 0〜2歳児の保育料を無料に
				2024年度から実施しています。

				🔺 放課後の居場所をつくる
				場所の候補を探しています。

				2. 暮らし ― 年を重ねても安心な村へ
				✅ 補聴器の購入を助成
				初年度の申請は12件でした。

				❌ 村道の歩道を整備する
				まだ手をつけられていません。

				まとめ
				✅ 実現　2項目
				🔺 着手　1項目
				❌ 未着手　1項目
				実現率は 2 ÷ 4 ＝ 50.0％ です。
				1. 子育て：2項目中 ✅1（50％）
				2. 暮らし：2項目中 ✅1（50％）
				""");

		List<Measure> items = report.basicPolicies().stream().flatMap(policy -> policy.pledges().stream())
			.flatMap(pledge -> pledge.measures().stream()).toList();
		assertThat(report.municipality().code().value()).isEqualTo("204820");
		assertThat(items).extracting(Measure::title, measure -> measure.evaluation().mark())
			.containsExactly(tuple("0〜2歳児の保育料を無料に", "✅"), tuple("放課後の居場所をつくる", "🔺"),
					tuple("補聴器の購入を助成", "✅"), tuple("村道の歩道を整備する", "❌"));
		assertThat(report.basicPolicies()).extracting(BasicPolicy::title, BasicPolicy::publishedPercent)
			.containsExactly(tuple("子育て", new BigDecimal("50")), tuple("暮らし", new BigDecimal("50")));
		assertThat(report.markCounts()).containsExactly(new MarkCount("✅", 2), new MarkCount("🔺", 1), new MarkCount("❌", 1));
		assertThat(report.publishedOverall()).isEqualByComparingTo("50.0");
		assertThat(report.overallRule()).isEqualTo(OverallRule.SHARE_OF_MARKS);
	}

	@Test
	void aGroupsCountsUnderItsHeadingAreNoItemAndTheWholeReportsCountsAreThoseLabelledSo() {
		PledgeReport report = read("""
				帯広市長公約の進捗状況（令和６年度末）
				評価は３段階です。
				◎達成　○順調　△遅れ

				■子育て・教育（３項目）
				◎２　○１　△０　達成率８３．３％
				◎ 第２子以降の保育料の無償化
				◎ 学校給食費の段階的な無償化
				○ 中学校体育館へのエアコン設置

				■健康・福祉（２項目）
				◎０　○１　△１　達成率２５．０％
				○ 地域包括支援センターの機能強化
				△ 帯状疱疹ワクチン接種費用の助成

				【全体】５項目
				◎２　○２　△１
				""");

		List<Measure> items = report.basicPolicies().stream().flatMap(policy -> policy.pledges().stream())
			.flatMap(pledge -> pledge.measures().stream()).toList();
		assertThat(items).extracting(Measure::title).containsExactly("第2子以降の保育料の無償化", "学校給食費の段階的な無償化",
				"中学校体育館へのエアコン設置", "地域包括支援センターの機能強化", "帯状疱疹ワクチン接種費用の助成");
		assertThat(report.markCounts()).containsExactlyInAnyOrder(new MarkCount("◎", 2), new MarkCount("○", 2), new MarkCount("△", 1));
	}

	private static PledgeReport read(String text) {
		return new PledgeReportReader(MASTER)
			.read(DocumentModel.of(new SourceText(Path.of("report.txt"), List.of(text.split("\n", -1)), "test")), null);
	}
}
