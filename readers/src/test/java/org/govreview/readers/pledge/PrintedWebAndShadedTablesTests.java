package org.govreview.readers.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;

import org.govreview.domain.pledge.BasicPolicy;
import org.govreview.domain.pledge.Measure;
import org.govreview.domain.pledge.Pledge;
import org.govreview.domain.pledge.PledgeReport;
import org.govreview.readers.document.DocumentModel;
import org.govreview.readers.document.Table;
import org.govreview.readers.municipality.MunicipalityMaster;
import org.govreview.readers.text.SourceText;
import org.junit.jupiter.api.Test;

/**
 * Two reports of our own as their PDFs read back, each table one line of HTML: a city's web page printed from the
 * browser, its ビジョン headings over tables whose 公約 cell spans its items' rows with the pledge's rate in it; and a
 * Word report's zebra-striped table that names each 約束 in a row across it and sets a 〔目標〕 under an item's name.
 */
class PrintedWebAndShadedTablesTests {

	private static final MunicipalityMaster MASTER = MunicipalityMaster.builtIn();

	@Test
	void visionHeadingsArePoliciesAndAPledgeCellSpanningItsItemsIsOnePledge() {
		PledgeReport report = read("""
				門真市 Kadoma City Official Website
				ホーム ＞ 市政情報 ＞ 市長の部屋 ＞ 市長マニフェストの進捗状況（令和６年度末）
				市長マニフェストの進捗状況（令和６年度末）
				門真市では、市長マニフェスト「門真未来ビジョン」の取組の進捗状況を毎年度点検し、公表しています。
				<table><tr><td>進捗区分</td><td>判断の目安</td><td>点数</td></tr><tr><td>完了</td><td>実現したもの</td><td>３点</td></tr><tr><td>順調</td><td>計画どおり進んでいるもの</td><td>２点</td></tr><tr><td>要努力</td><td>遅れているもの</td><td>１点</td></tr></table>
				ビジョン１　子どもの未来が輝くまち
				ビジョンの進捗率：７０．４％（公約2・取組3）
				<table><tr><td>公約</td><td>No.</td><td>取組</td><td>進捗区分</td><td>担当課</td></tr><tr><td rowspan="2">公約1－1<br>子育て世帯の経済的な負担を軽くします<br>公約の進捗率<br>100.0%</td><td>1-1-1</td><td>子ども医療費助成の所得制限の撤廃</td><td>完了</td><td>子育て支援課</td></tr><tr><td>1-1-2</td><td>第２子以降の保育料の無償化</td><td>完了</td><td>保育幼稚園課</td></tr><tr><td>公約1－2<br>安心して子どもを預けられる環境をつくります<br>公約の進捗率<br>55.6%</td><td>1-2-1</td><td>待機児童ゼロの継続と保育士の確保</td><td>順調</td><td>保育幼稚園課</td></tr></table>
				ビジョン２　健やかで安心して暮らせるまち
				ビジョンの進捗率：５０．０％（公約1・取組2）
				<table><tr><td>公約</td><td>No.</td><td>取組</td><td>進捗区分</td><td>担当課</td></tr><tr><td rowspan="2">公約2－1<br>健康寿命を延ばします<br>公約の進捗率<br>50.0%</td><td>2-1-1</td><td>がん検診の自己負担の無料化</td><td>順調</td><td>健康増進課</td></tr><tr><td>2-1-2</td><td>高齢者の通いの場の拡充</td><td>要努力</td><td>高齢福祉課</td></tr></table>
				""");

		assertThat(report.basicPolicies()).extracting(BasicPolicy::title, BasicPolicy::publishedPercent)
			.containsExactly(tuple("子どもの未来が輝くまち", new java.math.BigDecimal("70.4")),
					tuple("健やかで安心して暮らせるまち", new java.math.BigDecimal("50.0")));
		List<Pledge> pledges = report.basicPolicies().get(0).pledges();
		assertThat(pledges).filteredOn(pledge -> !pledge.measures().isEmpty())
			.extracting(Pledge::title, pledge -> pledge.measures().size())
			.contains(tuple("子育て世帯の経済的な負担を軽くします", 2), tuple("安心して子どもを預けられる環境をつくります", 1));
		assertThat(pledges).extracting(Pledge::title).doesNotHaveDuplicates();
	}

	@Test
	void aGroupsRowAcrossAnHtmlTableLeavesTheRowsItGroupsUnderTheTablesHeader() {
		DocumentModel model = DocumentModel.of(new SourceText(Path.of("report.pdf"), List.of(
				"４　取組別の進捗状況",
				"<table><tr><td colspan=\"2\">No. 取組（マニフェスト項目）</td><td>令和６年度の主な実績</td><td>評価</td><td>担当課</td></tr>"
						+ "<tr><td colspan=\"3\">約束１　子どもの笑顔と学びを支えるまち</td><td></td><td></td></tr>"
						+ "<tr><td>1</td><td>学校給食費の無償化の継続と保護者負担の軽減</td><td>・全22校の給食費を無償化した。</td><td>5</td><td>学務課</td></tr>"
						+ "<tr><td>2</td><td>学童クラブの待機児童の解消</td><td>・２か所を誘致した。</td><td>4</td><td>子ども育成課</td></tr></table>"),
				"PDF, 1 pages"));

		Table rows = model.all(Table.class).get(model.all(Table.class).size() - 1);
		assertThat(rows.headerRows()).isEqualTo(1);
		assertThat(rows.rows()).extracting(row -> row.get(0).text()).containsExactly("No. 取組（マニフェスト項目）", "1", "2");
		// the group's label is no first line of the first item's number
		assertThat(model.all(org.govreview.readers.document.Paragraph.class)).extracting(paragraph -> paragraph.lines().get(0).strip())
			.contains("約束１　子どもの笑顔と学びを支えるまち");
	}

	@Test
	void aTargetSetUnderAnItemsNameOrAfterItIsNoPartOfTheName() {
		assertThat(PledgeText.clean("学童クラブの待機児童の解消と民間学童クラブの誘致\n〔目標〕令和８年４月　待機児童ゼロ"))
			.isEqualTo("学童クラブの待機児童の解消と民間学童クラブの誘致");
		assertThat(PledgeText.clean("校内別室指導教室の全校設置〔目標〕令和７年度までに全校設置")).isEqualTo("校内別室指導教室の全校設置");
		assertThat(PledgeText.clean("【新規】子ども食堂への支援")).isEqualTo("【新規】子ども食堂への支援");
	}

	private static PledgeReport read(String text) {
		return new PledgeReportReader(MASTER).read(
				DocumentModel.of(new SourceText(Path.of("report.pdf"), List.of(text.split("\n", -1)), "PDF, 1 pages")), null);
	}
}
