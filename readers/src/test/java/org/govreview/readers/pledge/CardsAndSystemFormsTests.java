package org.govreview.readers.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.govreview.domain.pledge.BasicPolicy;
import org.govreview.domain.pledge.Measure;
import org.govreview.domain.pledge.OverallRule;
import org.govreview.domain.pledge.PledgeReport;
import org.govreview.readers.document.DocumentModel;
import org.govreview.readers.municipality.MunicipalityMaster;
import org.govreview.readers.text.SourceText;
import org.junit.jupiter.api.Test;

/**
 * Reports of our own as their PDFs read back: a city's page of pledge cards (No.N and the title in the card's band,
 * its fields as small tables of labels and values), a newsletter's items in columns (the number chip and the title,
 * then 評価 with the badge's word and last year's beside it), and a records system's forms (a summary sheet, then a
 * form per pledge whose table holds the pledge's fields and, under a header of its own, its items scored 0–4 for two
 * years).
 */
class CardsAndSystemFormsTests {

	private static final MunicipalityMaster MASTER = MunicipalityMaster.builtIn();

	@Test
	void aCardsFieldsInSmallTablesOfLabelsAndValuesEvaluateTheNumberedTitleAboveThem() {
		PledgeReport report = read("""
				日光市　市長公約の進捗状況（令和６年度）
				進捗率は、任期中の目標に対する到達の度合いを、10％刻みで表したものです。
				分野1　子どもを産み育てやすいまち

				No.3 学校給食費の多子世帯への負担軽減

				進捗状況	順調
				進捗率	70%

				前年度末	40%
				任期中の目標	第２子以降の給食費を無償化
				担当課	学校教育課

				No.4 小・中学校の適正配置と通学支援バ
				スの運行

				進捗状況	進行中
				進捗率	40%

				前年度末	30%
				任期中の目標 学校再編計画の策定と通学バス全路線化
				担当課	教育総務課
				""");

		List<Measure> items = report.basicPolicies().stream().flatMap(policy -> policy.pledges().stream())
			.flatMap(pledge -> pledge.measures().stream()).toList();
		// the rate is the card's last word on the item; last year's 40% and the target are none
		assertThat(items).extracting(Measure::title, item -> item.evaluation().mark(), Measure::departments)
			.containsExactly(tuple("学校給食費の多子世帯への負担軽減", "70", List.of("学校教育課")),
					tuple("小・中学校の適正配置と通学支援バスの運行", "40", List.of("教育総務課")));
		// 10％刻み tells the scale's steps, no overall figure
		assertThat(report.publishedOverall()).isNull();
	}

	@Test
	void aNewslettersItemIsEvaluatedByTheWordAfterItsLabelNotByLastYears() {
		// as LibreOffice prints a column's items: the number chip set off by en spaces, the title the column's width
		// broke (a soft wrap), then 評価 with the badge's word and, small, last year's
		List<String> lines = List.of("加須市　市政レポート　市長公約の進捗状況（令和６年度末）", "",
				"基本方針１　子どもたちの笑顔と学びを支えるまち", "",
				"\u20021\u2002\u2002子ども医療費助成の18歳までの", "拡大", "評価 \u2002完了\u2002　前年度：進行中", "担当課：子育て支援課",
				"令和６年４月診療分から助成の対象を広げました。",
				"\u20022\u2002\u2002第２子以降の保育料の無償化", "評価 \u2002課題あり\u2002　前年度：完了", "担当課：保育幼稚園課");
		PledgeReport report = new PledgeReportReader(MASTER).read(DocumentModel.of(new SourceText(Path.of("report.pdf"), lines,
				"PDF, 1 pages", List.of(), List.of(), java.util.Set.of(4))), null);

		List<Measure> items = report.basicPolicies().stream().flatMap(policy -> policy.pledges().stream())
			.flatMap(pledge -> pledge.measures().stream()).toList();
		assertThat(items).extracting(Measure::title, item -> item.evaluation().printed(), Measure::departments)
			.containsExactly(tuple("子ども医療費助成の18歳までの拡大", "完了", List.of("子育て支援課")),
					tuple("第2子以降の保育料の無償化", "課題あり", List.of("保育幼稚園課")));
	}

	@Test
	void aSystemsFormPerPledgeGivesThePledgesRateAndItsItemsScoredForTheYearReported() {
		PledgeReport report = read("""
				飯能市 行政経営システム［施策・公約進捗管理］	出力日：令和７年５月１２日
				市長公約　進捗状況総括表
				※ 達成度（％）＝ 進捗度の合計点 ÷（取組数 × ４点）× 100

				<table><tr><td rowspan="2">コード</td><td rowspan="2">基本政策／公約</td><td rowspan="2">取組数</td><td colspan="3">進捗度別の取組数</td><td rowspan="2">達成度</td></tr><tr><td>4</td><td>3</td><td>2</td></tr><tr><td>Ⅰ</td><td>子どもが輝くまち</td><td>3</td><td>1</td><td>1</td><td>1</td><td>75.0%</td></tr><tr><td>1</td><td>子育て家庭の負担を軽くします</td><td>2</td><td>1</td><td>1</td><td>－</td><td>87.5%</td></tr><tr><td>2</td><td>学びの環境を整えます</td><td>1</td><td>－</td><td>－</td><td>1</td><td>50.0%</td></tr><tr><td></td><td>全　体</td><td>3</td><td>1</td><td>1</td><td>1</td><td>75.0%</td></tr></table>

				市長公約　進捗管理票（個票）

				<table><tr><td colspan="2">基本政策</td><td colspan="5">Ⅰ　子どもが輝くまち</td></tr><tr><td colspan="2">公約</td><td colspan="5">1　子育て家庭の負担を軽くします</td></tr><tr><td colspan="2">公約の達成度</td><td>87.5%</td><td>合計点／満点</td><td>7点／8点</td><td>取組数</td><td>2</td></tr><tr><td rowspan="2">No.</td><td rowspan="2">取組内容</td><td rowspan="2">令和６年度の実績・成果</td><td colspan="2">進捗度</td><td rowspan="2">担当課</td></tr><tr><td>R5</td><td>R6</td></tr><tr><td>1-1</td><td>第２子以降の保育料の完全無償化</td><td>所得制限なく無償化した。</td><td>3</td><td>4</td><td>保育課</td></tr><tr><td>1-2</td><td>学校給食費の段階的な無償化</td><td>第３子以降を免除した。</td><td>2</td><td>3</td><td>教育総務課</td></tr><tr><td colspan="2">課題・今後の方向性</td><td colspan="5">財源の確保が課題。</td></tr></table>

				<table><tr><td colspan="2">基本政策</td><td colspan="5">Ⅰ　子どもが輝くまち</td></tr><tr><td colspan="2">公約</td><td colspan="5">2　学びの環境を整えます</td></tr><tr><td colspan="2">公約の達成度</td><td>50.0%</td><td>合計点／満点</td><td>2点／4点</td><td>取組数</td><td>1</td></tr><tr><td rowspan="2">No.</td><td rowspan="2">取組内容</td><td rowspan="2">令和６年度の実績・成果</td><td colspan="2">進捗度</td><td rowspan="2">担当課</td></tr><tr><td>R5</td><td>R6</td></tr><tr><td>2-1</td><td>体育館への空調設備の設置</td><td>入札が不調となった。</td><td>1</td><td>2</td><td>教育総務課</td></tr><tr><td colspan="2">課題・今後の方向性</td><td colspan="5">令和７年度に再発注する。</td></tr></table>

				進捗度　4：完了　3：順調　2：やや遅れ　1：遅れ　0：未着手　／　R5 は令和５年度末の進捗度（参考）
				""");

		assertThat(report.basicPolicies()).extracting(BasicPolicy::title, BasicPolicy::publishedPercent)
			.containsExactly(tuple("子どもが輝くまち", new BigDecimal("75.0")));
		assertThat(report.basicPolicies().get(0).pledges()).filteredOn(pledge -> !pledge.measures().isEmpty())
			.extracting(pledge -> pledge.title(), pledge -> pledge.publishedPercent())
			.containsExactly(tuple("子育て家庭の負担を軽くします", new BigDecimal("87.5")), tuple("学びの環境を整えます", new BigDecimal("50.0")));
		// R6's score, not R5's; the row of 課題・今後の方向性 after the last item leaves it whole
		assertThat(report.basicPolicies().get(0).pledges().stream().flatMap(pledge -> pledge.measures().stream()).toList())
			.extracting(Measure::title, item -> item.evaluation().mark(), Measure::departments)
			.containsExactly(tuple("第2子以降の保育料の完全無償化", "4", List.of("保育課")),
					tuple("学校給食費の段階的な無償化", "3", List.of("教育総務課")), tuple("体育館への空調設備の設置", "2", List.of("教育総務課")));
		assertThat(report.publishedOverall()).isEqualByComparingTo("75.0");
		assertThat(report.overallRule()).isEqualTo(OverallRule.SUM_OVER_MAXIMUM);
	}

	@Test
	void aSummaryRowThatCountsAPledgesItemsAndAveragesThemIsNoItem() throws Exception {
		// held-out batch 70's TCPDF list: 基本政策 | 平均評価点 | 公約 | 項目数 | 5 | 4 | 3 | 2 | 1 | 平均評価点 over a row per 公約
		Path list = Path.of(getClass().getResource("/heldout/pledge-report/b70-01-kameyama-tcpdfchohyo.pdf").toURI());

		PledgeReport report = new PledgeReportReader(MASTER).read(DocumentModel.of(new org.govreview.readers.text.SourceTextLoader().load(list)), null);

		List<Measure> items = report.basicPolicies().stream().flatMap(policy -> policy.pledges().stream())
			.flatMap(pledge -> pledge.measures().stream()).toList();
		assertThat(items).hasSize(25).extracting(Measure::title)
			.doesNotContain("子育て家庭の経済的な負担を軽くします", "災害に強く、安全なまちをつくります");
		assertThat(report.basicPolicies().stream().flatMap(policy -> policy.pledges().stream()).map(pledge -> pledge.title()))
			.contains("子育て家庭の経済的な負担を軽くします");
	}

	private static PledgeReport read(String text) {
		return new PledgeReportReader(MASTER).read(
				DocumentModel.of(new SourceText(Path.of("report.pdf"), List.of(text.split("\n", -1)), "PDF, 1 pages")), null);
	}
}
