package org.govreview.readers.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
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
 * Two plans of our own: a city's KPIs as an open-data sheet in long form, one row a figure (指標名 | 区分 | 年度 | 値),
 * the plan's period in columns of its own and results (実績値) beside the figures planned; and a town's strategy
 * review as slides, each measure's KPI table one cell a line with names the narrow cells wrapped, the goals' short
 * names in each slide's header.
 */
class LongSheetAndSlidePlansTests {

	private final ActionPlanReader reader = new ActionPlanReader(MunicipalityMaster.builtIn());

	@TempDir
	Path directory;

	@Test
	void aLongSheetIsOneRowAnIndicatorItsPeriodFromItsColumnsAndResultsLeftOut() throws IOException {
		ActionPlan plan = read("""
				ID,団体コード,団体名,計画名,計画期間（開始年度）,計画期間（終了年度）,政策番号,政策名,施策番号,施策名,指標名,単位,区分,年度,値,所管課
				1,122246,鎌ケ谷市,鎌ケ谷市総合基本計画,2024,2028,1,子育てしやすいまち,1-1,保育の充実,保育所等待機児童数,人,基準値,2022,14,保育課
				2,122246,鎌ケ谷市,鎌ケ谷市総合基本計画,2024,2028,1,子育てしやすいまち,1-1,保育の充実,保育所等待機児童数,人,目標値,2026,5,保育課
				3,122246,鎌ケ谷市,鎌ケ谷市総合基本計画,2024,2028,1,子育てしやすいまち,1-1,保育の充実,保育所等待機児童数,人,目標値,2028,0,保育課
				4,122246,鎌ケ谷市,鎌ケ谷市総合基本計画,2024,2028,1,子育てしやすいまち,1-1,保育の充実,保育所等待機児童数,人,実績値,2023,9,保育課
				5,122246,鎌ケ谷市,鎌ケ谷市総合基本計画,2024,2028,1,子育てしやすいまち,1-2,学びの充実,学校図書館の貸出冊数,冊,基準値,2022,"41,200",教育総務課
				6,122246,鎌ケ谷市,鎌ケ谷市総合基本計画,2024,2028,1,子育てしやすいまち,1-2,学びの充実,学校図書館の貸出冊数,冊,目標値,2028,"45,000",教育総務課
				7,122246,鎌ケ谷市,鎌ケ谷市総合基本計画,2024,2028,1,子育てしやすいまち,1-2,学びの充実,学校図書館の貸出冊数,冊,実績値,2023,"42,010",教育総務課
				""");

		assertThat(plan.municipality().code().value()).isEqualTo("122246");
		assertThat(plan.periodStart()).isEqualTo(2024);
		assertThat(plan.periodEnd()).isEqualTo(2028);
		assertThat(plan.directions()).extracting(PolicyDirection::title).containsExactly("子育てしやすいまち");
		Initiative nursery = plan.directions().get(0).initiatives().get(0);
		assertThat(plan.directions().get(0).initiatives()).extracting(Initiative::title, Initiative::departments)
			.containsExactly(tuple("保育の充実", java.util.List.of("保育課")), tuple("学びの充実", java.util.List.of("教育総務課")));
		assertThat(nursery.indicators()).extracting(Indicator::name, Indicator::baselineYear,
				indicator -> indicator.baseline().number().toPlainString(), Indicator::targetYear,
				indicator -> indicator.target().number().toPlainString())
			.containsExactly(tuple("保育所等待機児童数", 2022, "14", 2028, "0"));
		assertThat(nursery.interimTargets()).extracting(InterimTarget::year, target -> target.value().number().toPlainString())
			.containsExactly(tuple(2026, "5"));
		assertThat(plan.directions().get(0).initiatives().get(1).indicators()).extracting(indicator -> indicator.baseline().number().toPlainString())
			.containsExactly("41200");
	}

	@Test
	void aSlidesWrappedKpiNamesAreOneNameAndAGoalsShortNameInTheHeaderIsTheSameGoal() throws IOException {
		ActionPlan plan = read("""
				富士見町まち・ひと・しごと創生総合戦略
				効果検証結果（令和５年度実績）
				計画期間
				2020（令和２）年度 ～ 2024（令和６）年度
				※第３期：令和７年度～令和11年度（策定中）
				基本目標１
				地域の資源を生かした産業をつくる
				\f
				基本目標１ しごとづくり
				施策１－１ 農業の振興
				担当課
				産業課
				ＫＰＩ
				基準値
				R5実績
				目標値
				（R6）
				評価
				新規就農者数
				（累計）
				2人
				9人
				10人
				○
				農産物直売所の
				販売額
				3.1億円
				3.4億円
				3.5億円
				○
				主な取組
				・就農相談会の開催
				""");

		assertThat(plan.periodStart()).isEqualTo(2020);
		assertThat(plan.periodEnd()).isEqualTo(2024);
		assertThat(plan.directions()).extracting(PolicyDirection::title).containsExactly("地域の資源を生かした産業をつくる");
		assertThat(plan.directions().get(0).initiatives().get(0).indicators()).extracting(Indicator::name,
				indicator -> indicator.baseline().number().stripTrailingZeros().toPlainString(),
				indicator -> indicator.target().number().stripTrailingZeros().toPlainString())
			.containsExactly(tuple("新規就農者数（累計）", "2", "10"), tuple("農産物直売所の販売額", "310000000", "350000000"));
	}

	private ActionPlan read(String text) throws IOException {
		Path file = Files.writeString(this.directory.resolve("plan.txt"), text);
		DocumentModel model = DocumentModel.of(new SourceTextLoader().load(file));
		return this.reader.read(model, null);
	}
}
