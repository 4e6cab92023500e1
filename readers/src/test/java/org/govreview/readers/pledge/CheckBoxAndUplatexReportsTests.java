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

	private static List<Measure> items(PledgeReport report) {
		return report.basicPolicies().stream().flatMap(policy -> policy.pledges().stream())
			.flatMap(pledge -> pledge.measures().stream()).toList();
	}

	private PledgeReport heldout(String name) throws Exception {
		Path file = Path.of(getClass().getResource("/heldout/pledge-report/" + name).toURI());
		return new PledgeReportReader(MASTER).read(DocumentModel.of(new SourceTextLoader().load(file)), null);
	}
}
