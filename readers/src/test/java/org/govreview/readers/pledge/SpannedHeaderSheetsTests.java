package org.govreview.readers.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;

import org.govreview.domain.pledge.BasicPolicy;
import org.govreview.domain.pledge.Measure;
import org.govreview.domain.pledge.PledgeReport;
import org.govreview.readers.document.DocumentModel;
import org.govreview.readers.municipality.MunicipalityMaster;
import org.govreview.readers.text.SourceText;
import org.junit.jupiter.api.Test;

/**
 * A manifesto list of our own as a bordered workbook prints it: the policy field merged down its items in the first
 * column, a two-row header whose 評価 spans last year's grade, this year's and its points, and the item's title under
 * マニフェスト項目.
 */
class SpannedHeaderSheetsTests {

	private static final MunicipalityMaster MASTER = MunicipalityMaster.builtIn();

	@Test
	void theFieldInTheFirstColumnGroupsTheItemsAndThisYearsGradeIsTheirEvaluation() {
		PledgeReport report = read("""
				武蔵野市長マニフェスト　項目別進捗状況一覧（令和６年度）
				【評価】Ａ：実現（４点）　Ｂ：順調（３点）　Ｃ：一部遅れ（２点）　Ｄ：遅れ（１点）
				<table><tr><td rowspan="2">政策分野</td><td rowspan="2">No.</td><td rowspan="2">マニフェスト項目</td><td colspan="3">評価</td><td rowspan="2">担当課</td></tr><tr><td>R5<br>（参考）</td><td>R6</td><td>評価点</td></tr><tr><td rowspan="2">１<br>子どもの育ちを支えるまち</td><td>1-1</td><td>学校給食費の無償化</td><td>Ｃ</td><td>Ａ</td><td>4</td><td>学務課</td></tr><tr><td>1-2</td><td>学童クラブの待機児童の解消</td><td>Ｃ</td><td>Ｂ</td><td>3</td><td>児童青少年課</td></tr><tr><td>２<br>安心して暮らせるまち</td><td>2-1</td><td>帯状疱疹ワクチン接種費用の助成</td><td>Ｂ</td><td>Ａ</td><td>4</td><td>健康課</td></tr></table>
				""");

		assertThat(report.basicPolicies()).extracting(BasicPolicy::title)
			.containsExactly("子どもの育ちを支えるまち", "安心して暮らせるまち");
		List<Measure> items = report.basicPolicies().stream().flatMap(policy -> policy.pledges().stream())
			.flatMap(pledge -> pledge.measures().stream()).toList();
		assertThat(items).extracting(Measure::title, measure -> measure.evaluation().mark(), Measure::departments)
			.containsExactly(tuple("学校給食費の無償化", "A", List.of("学務課")),
					tuple("学童クラブの待機児童の解消", "B", List.of("児童青少年課")),
					tuple("帯状疱疹ワクチン接種費用の助成", "A", List.of("健康課")));
	}

	private static PledgeReport read(String text) {
		return new PledgeReportReader(MASTER)
			.read(DocumentModel.of(new SourceText(Path.of("report.txt"), List.of(text.split("\n", -1)), "test")), null);
	}
}
