package org.govreview.readers.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import org.govreview.domain.actionplan.ActionPlan;
import org.govreview.domain.actionplan.Initiative;
import org.govreview.domain.actionplan.InterimTarget;
import org.govreview.domain.actionplan.PolicyDirection;
import org.govreview.domain.indicator.Indicator;
import org.govreview.readers.document.DocumentModel;
import org.govreview.readers.municipality.MunicipalityMaster;
import org.govreview.readers.text.SourceTextLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An SDGs 未来都市計画 of our own in the national template: its 2030 KPIs first, in boxes that name an indicator
 * (指標：…) over year labels (現在（2020年度）： | 2030年：) over the figures, then the measures (①－1 under ① 経済面の取組)
 * with the same boxes for the plan's last year, the SDGs targets each serves printed as numbers before them.
 */
class SdgsFutureCityPlansTests {

	@TempDir
	Path directory;

	private final ActionPlanReader reader = new ActionPlanReader(MunicipalityMaster.builtIn());

	@Test
	void theBoxesAreIndicatorsAndTheLongTermTableFoldsIntoTheMeasures() throws IOException {
		ActionPlan plan = read("""
				飯山市ＳＤＧｓ未来都市計画

				令和４年８月
				長野県飯山市

				１　全体計画

				（３）2030年のあるべき姿の実現に向けた優先的なゴール、ターゲット

				ゴール、
				ターゲット番号\tKPI
				2.4\t指標：有機栽培米の作付面積
				\t現在（2021年度）：\t2030年：
				\t42.0ha\t120.0ha

				8.9\t指標：観光入込客数
				\t現在（2021年度）：\t2030年：
				\t812,000人\t1,200,000人

				２　自治体ＳＤＧｓの推進に資する取組（計画期間：2022年度～2024年度）

				①　経済面の取組

				①－1　雪と農を生かした産業づくり

				ゴール、
				ターゲット番号\tKPI（任意）
				2.4　8.9\t指標：有機栽培米の作付面積
				\t現在（2021年度）：\t2024年度：
				\t42.0ha\t60.0ha
				\t指標：観光入込客数
				\t現在（2021年度）：\t2024年度：
				\t812,000人\t950,000人

				（取組内容）
				・雪室貯蔵による農産物のブランド化を進める。
				""");

		assertThat(plan.directions()).extracting(PolicyDirection::title).containsExactly("経済面の取組");
		Initiative measure = plan.directions().get(0).initiatives().get(0);
		assertThat(measure.title()).isEqualTo("雪と農を生かした産業づくり");
		assertThat(measure.indicators()).extracting(Indicator::name, Indicator::baselineYear, indicator -> indicator.baseline().number(),
				Indicator::targetYear, indicator -> indicator.target().number())
			.containsExactly(tuple("有機栽培米の作付面積", 2021, new BigDecimal("42.0"), 2024, new BigDecimal("60.0")),
					tuple("観光入込客数", 2021, new BigDecimal("812000"), 2024, new BigDecimal("950000")));
		assertThat(measure.interimTargets()).extracting(InterimTarget::indicator, InterimTarget::year, target -> target.value().number())
			.containsExactly(tuple("有機栽培米の作付面積", 2030, new BigDecimal("120.0")), tuple("観光入込客数", 2030, new BigDecimal("1200000")));
	}

	private ActionPlan read(String text) throws IOException {
		Path file = Files.writeString(this.directory.resolve("plan.txt"), text);
		return this.reader.read(DocumentModel.of(new SourceTextLoader().load(file)), null);
	}
}
