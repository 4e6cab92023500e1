package org.govreview.readers.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.govreview.domain.actionplan.ActionPlan;
import org.govreview.domain.indicator.Indicator;
import org.govreview.readers.document.DocumentModel;
import org.govreview.readers.municipality.MunicipalityMaster;
import org.govreview.readers.text.SourceText;
import org.junit.jupiter.api.Test;

/**
 * A KPI table of our own as a word processor's table prints it from a PDF: each 基準値 and 目標値 cell the year on its
 * first line and the figure under it (平成30年度 over 14人).
 */
class YearOverFigurePlansTests {

	@Test
	void aYearPrintedOverItsFigureIsTheFiguresYear() {
		ActionPlan plan = new ActionPlanReader(MunicipalityMaster.builtIn()).read(DocumentModel.of(new SourceText(
				Path.of("plan.txt"), List.of("""
						第２期東根市まち・ひと・しごと創生総合戦略　重要業績評価指標（ＫＰＩ）の検証結果
						計画期間　令和２年度～令和７年度
						基本目標１　果樹王国ひがしねの強みを生かし、安定した雇用と活力を生み出す
						<table><tr><td>施策</td><td>重要業績評価指標（ＫＰＩ）</td><td>基準値</td><td>現状値<br>（Ｒ６実績）</td><td>目標値</td><td>担当課</td></tr><tr><td rowspan="2">（１）<br>農業の振興と担い手の確保</td><td>新規就農者数（年間）</td><td>平成30年度<br>14人</td><td>17人</td><td>令和７年度<br>20人</td><td>農林課</td></tr><tr><td>認定農業者数</td><td>令和元年度528経営体</td><td>541経営体</td><td>令和７年度560経営体</td><td>農林課</td></tr></table>
						""".split("\n", -1)), "test")), null);

		assertThat(plan.directions().stream().flatMap(direction -> direction.initiatives().stream())
			.flatMap(initiative -> initiative.indicators().stream()))
			.extracting(Indicator::name, Indicator::baselineYear, indicator -> indicator.baseline().number(),
					Indicator::targetYear, indicator -> indicator.target().number())
			.containsExactly(tuple("新規就農者数（年間）", 2018, new BigDecimal("14"), 2025, new BigDecimal("20")),
					tuple("認定農業者数", 2019, new BigDecimal("528"), 2025, new BigDecimal("560")));
	}
}
