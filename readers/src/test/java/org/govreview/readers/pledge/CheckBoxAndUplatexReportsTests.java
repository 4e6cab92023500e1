package org.govreview.readers.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.govreview.domain.pledge.BasicPolicy;
import org.govreview.domain.pledge.Measure;
import org.govreview.domain.pledge.PledgeReport;
import org.govreview.readers.document.DocumentModel;
import org.govreview.readers.municipality.MunicipalityMaster;
import org.govreview.readers.text.SourceTextLoader;
import org.junit.jupiter.api.Test;

/**
 * Pledge reports of held-out batch 73: a manifesto list a Java system printed with OpenPDF, grades ticked ■ under
 * 完了 | 順調 | 遅れ | 未着手 on turned pages, and an upLaTeX report whose table gives each policy's rate this year and
 * last.
 */
class CheckBoxAndUplatexReportsTests {

	private static final MunicipalityMaster MASTER = MunicipalityMaster.builtIn();

	@Test
	void theGradeTickedUnderItsColumnIsTheItemsNotLastYearsBesideIt() throws Exception {
		// 進捗区分（年度末） over 完了 | 順調 | 遅れ | 未着手 with ■ | □ | □ | □, then 前年度区分 | 順調; bands 基本方針Ⅰ …
		// and 公約1 … across the table between the items
		PledgeReport report = heldout("b73-01-inazawa-openpdfcheckbox.pdf");

		assertThat(items(report)).hasSize(26).extracting(Measure::title, measure -> measure.evaluation().printed())
			.contains(tuple("子ども医療費助成の18歳年度末までの拡大", "完了"), tuple("第2子以降の保育料の無償化", "順調"),
					tuple("小中学校の体育館への空調設備の整備", "遅れ"));
	}

	@Test
	void aPolicysRateIsThisYearsColumnOfTheTwoItsHeadingSpans() throws Exception {
		// 平均達成度（%） over 令和６年度 | 令和５年度, under a header ruled off by \hline\hline
		PledgeReport report = heldout("b73-02-nanto-uplatexlongtable.pdf");

		assertThat(report.basicPolicies()).extracting(BasicPolicy::title, BasicPolicy::publishedPercent)
			.contains(tuple("子どもを育み、ふるさとを愛する人を育てるまち", new BigDecimal("84.0")),
					tuple("市民とともに進める、持続可能な市政", new BigDecimal("68.0")));
	}

	@Test
	void anItemsNumberAloneBetweenItsTitlesLinesIsTheRowsKeyInTheLaidOutText() throws Exception {
		// pdftotext -layout of the same report: 五箇山・井波などの地域資源を生かし … 教育総務課 70 90 Ｂ / 1-3 / た「ふるさと
		// 教育」の推進 … 文化・世界遺産課, the \multirow number alone on its line between the title's two lines
		PledgeReport report = heldout("b73-02-nanto-uplatexlongtable.txt");

		assertThat(items(report)).extracting(Measure::title)
			.contains("五箇山・井波などの地域資源を生かした「ふるさと教育」の推進", "南砺市民病院と公立南砺中央病院の連携による地域医療の確保")
			.doesNotContain("こども課", "地域包括ケア課", "文化・世界遺産課", "五箇山・井波などの地域資源を生かし",
					"順調に進んでおり、任期末までに達成できる見込みである");
		// 表１ 判定区分 printed double-spaced, Ｂ | 70〜90% | 順調に進んでおり… a row between blank lines: the legend
		assertThat(items(report)).hasSize(24);
		assertThat(report.basicPolicies()).extracting(BasicPolicy::title).doesNotContain("100% 取組が完了した、又は任期末の目標を達成した");
		assertThat(items(report)).filteredOn(item -> item.title().startsWith("五箇山・井波"))
			.flatExtracting(Measure::departments).containsExactly("教育総務課", "文化・世界遺産課");
	}

	private static List<Measure> items(PledgeReport report) {
		return report.basicPolicies().stream().flatMap(policy -> policy.pledges().stream())
			.flatMap(pledge -> pledge.measures().stream()).toList();
	}

	private PledgeReport heldout(String name) throws Exception {
		Path file = Path.of(getClass().getResource("/heldout/pledge-report/" + name).toURI());
		return new PledgeReportReader(MASTER).read(DocumentModel.of(new SourceTextLoader().load(file)), null);
	}
}
