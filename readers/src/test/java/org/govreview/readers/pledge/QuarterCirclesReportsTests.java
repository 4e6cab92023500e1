package org.govreview.readers.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;

import org.govreview.domain.pledge.ItemEvaluation;
import org.govreview.domain.pledge.Measure;
import org.govreview.domain.pledge.PledgeReport;
import org.govreview.readers.document.DocumentModel;
import org.govreview.readers.municipality.MunicipalityMaster;
import org.govreview.readers.text.SourceTextLoader;
import org.junit.jupiter.api.Test;

/**
 * Reports whose marks fill a circle by quarters (held-out batch 71: an Excel sheet printed by Gnumeric, ● ◕ ◑ ◔ ○ for
 * 4 to 0 points), and a report whose ● is a bullet, which stays one.
 */
class QuarterCirclesReportsTests {

	private static final MunicipalityMaster MASTER = MunicipalityMaster.builtIn();

	@Test
	void eachItemIsEvaluatedByThisYearsCircleAndNamedByItsOwnColumn() throws Exception {
		// 基本目標 | 公約 | 取組 {No. | 取組項目} | … | 評価 {令和６年度 | 前年度（参考）} | 担当課 | 今後の方向性
		PledgeReport report = heldout("b71-01-furano-harveyballs.pdf");

		List<Measure> items = items(report);
		assertThat(items).hasSize(26);
		assertThat(items).extracting(Measure::title, measure -> measure.evaluation().printed())
			.contains(tuple("子ども医療費助成の高校生世代までの拡大", "●"), tuple("第2子以降の保育料の無償化", "●"),
					tuple("産後ケア事業の拡充と子育て相談窓口の一元化", "◕"), tuple("小中学校の普通教室・体育館への冷房設備の整備", "◑"));
		assertThat(items).extracting(Measure::title).noneMatch(title -> title.contains("つくります") || title.contains("守ります"));
		ItemEvaluation full = items.get(0).evaluation();
		assertThat(full.level()).isEqualTo(full.levels());
		assertThat(items).filteredOn(measure -> measure.evaluation().printed().equals("◕")).first()
			.satisfies(measure -> assertThat(measure.evaluation().level()).isEqualTo(full.levels() - 1));
	}

	@Test
	void aBulletDotBeforeEachTitleIsNoMarkWhereNoCircleIsFilledByQuarters() throws Exception {
		// ●子ども医療費助成の18歳まで… in a council newsletter's list, graded 【A】 … 【C】
		PledgeReport report = heldout("b25-02-kanazawa-kohoshi.txt");

		assertThat(items(report)).isNotEmpty().extracting(measure -> measure.evaluation().printed()).doesNotContain("●");
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
