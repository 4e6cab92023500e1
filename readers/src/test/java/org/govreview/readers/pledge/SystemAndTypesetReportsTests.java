package org.govreview.readers.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.govreview.domain.pledge.BasicPolicy;
import org.govreview.domain.pledge.MarkCount;
import org.govreview.domain.pledge.Measure;
import org.govreview.domain.pledge.Pledge;
import org.govreview.domain.pledge.PledgeReport;
import org.govreview.readers.document.DocumentModel;
import org.govreview.readers.municipality.MunicipalityMaster;
import org.govreview.readers.text.SourceTextLoader;
import org.junit.jupiter.api.Test;

/**
 * Pledge reports a vendor's system printed through Apache FOP and a committee typeset with LuaLaTeX (held-out batch
 * 72), a Gnumeric sheet's 公約 column (batch 71), and a report's summary table as pdftotext -layout prints it.
 */
class SystemAndTypesetReportsTests {

	private static final MunicipalityMaster MASTER = MunicipalityMaster.builtIn();

	@Test
	void aSummaryCountingItemsPerMarkGivesFiguresNotItemsAndTheLegendMakesBlackTriangleAMark() throws Exception {
		// 基本目標 | 公約 | 取組数 | ◎ ○ △ ▲ × | 得点 | 満点 | 達成率, then the items under 基本目標Ⅰ and 公約1 bands
		PledgeReport report = heldout("b72-01-mizunami-fopsystem.pdf");

		assertThat(report.basicPolicies()).extracting(BasicPolicy::title, BasicPolicy::publishedPercent)
			.contains(tuple("子どもと若者が夢を描けるまち", new BigDecimal("83.3")));
		assertThat(pledges(report)).extracting(Pledge::title, Pledge::publishedPercent)
			.contains(tuple("子育て家庭の経済的な負担を軽くします", new BigDecimal("91.7")));
		assertThat(items(report)).hasSize(26).extracting(Measure::title, measure -> measure.evaluation().printed())
			.contains(tuple("第2子以降の保育料の完全無償化", "◎"), tuple("デマンド型乗合タクシーの市内全域への運行拡大", "▲"));
		assertThat(items(report)).extracting(Measure::title).doesNotContain("ふるさとを愛し、未来を拓く子どもを育てます");
		assertThat(report.markCounts()).contains(new MarkCount("▲", 2), new MarkCount("×", 1));
	}

	@Test
	void eachGroupsFigureIsThisYearsNotTheOneGivenForReference() throws Exception {
		// 平均評点（点） over 令和６年度 | （参考）令和５年度; items scored 0 to 10 under 評点
		PledgeReport report = heldout("b72-02-nichinan-lualatexreport.pdf");

		assertThat(report.basicPolicies()).extracting(BasicPolicy::title, BasicPolicy::publishedPercent)
			.contains(tuple("子どもを産み育てやすく、未来を担う人を育むまち", new BigDecimal("8.0")))
			.extracting(tuple -> tuple.toList().get(0)).doesNotContain("総合評点");
		assertThat(items(report)).hasSize(25).extracting(Measure::title, measure -> measure.evaluation().printed())
			.contains(tuple("子ども医療費の高校生世代までの窓口負担の無料化", "10"));
	}

	@Test
	void aPledgeColumnAfterThePolicyColumnIsTheLevelBetweenPolicyAndItem() throws Exception {
		// 基本目標 | 公約 | 取組 {No. | 取組項目}, both spanned cells printed again on every row, 評価別の取組数 over ● ◕ ◑
		PledgeReport report = heldout("b71-01-furano-harveyballs.pdf");

		assertThat(pledges(report)).hasSize(10).extracting(Pledge::title, Pledge::publishedPercent)
			.contains(tuple("安心して子どもを産み育てられる環境をつくります", new BigDecimal("91.7")));
		assertThat(report.markCounts()).contains(new MarkCount("●", 7), new MarkCount("◕", 10), new MarkCount("○", 1));
	}

	@Test
	void aHeaderOfFourLinesKeepsThisYearsRateApartFromLastYears() throws Exception {
		// 進捗率 over 令和６ | （参考） over 年度末 | 前年度末, and the rows after the page break wrapped on their own
		PledgeReport report = heldout("b71-02-iwade-tableleaders.txt");

		assertThat(report.publishedOverall()).isEqualByComparingTo("75.0");
		assertThat(report.basicPolicies()).extracting(BasicPolicy::title, BasicPolicy::publishedPercent)
			.contains(tuple("子育て世代に選ばれ、子どもたちが健やかに育つまち", new BigDecimal("85.7")),
					tuple("健康で、ともに支え合い安心して暮らせるまち", new BigDecimal("66.7")));
	}

	private static List<Pledge> pledges(PledgeReport report) {
		return report.basicPolicies().stream().flatMap(policy -> policy.pledges().stream()).toList();
	}

	private static List<Measure> items(PledgeReport report) {
		return pledges(report).stream().flatMap(pledge -> pledge.measures().stream()).toList();
	}

	private PledgeReport heldout(String name) throws Exception {
		Path file = Path.of(getClass().getResource("/heldout/pledge-report/" + name).toURI());
		return new PledgeReportReader(MASTER).read(DocumentModel.of(new SourceTextLoader().load(file)), null);
	}
}
