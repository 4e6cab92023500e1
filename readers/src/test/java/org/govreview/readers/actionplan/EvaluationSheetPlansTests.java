package org.govreview.readers.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.govreview.domain.actionplan.ActionPlan;
import org.govreview.domain.actionplan.Initiative;
import org.govreview.domain.actionplan.PolicyDirection;
import org.govreview.domain.indicator.Indicator;
import org.govreview.readers.document.DocumentModel;
import org.govreview.readers.municipality.MunicipalityMaster;
import org.govreview.readers.text.SourceTextLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A city's evaluation sheet of our own, as pdftotext -layout prints an Excel form: the policy and the measure in
 * labelled rows (政策 | 政策２ …, 施策名 | ２－１ …), the measure's aim in a cell whose label is centred between its
 * lines, a KPI table under a numbered heading (１ 成果指標) whose header takes three lines; and a word processor's goal
 * with its figures spaced from their units and years (9,412 人（平成 28 年）).
 */
class EvaluationSheetPlansTests {

	@TempDir
	Path directory;

	private final ActionPlanReader reader = new ActionPlanReader(MunicipalityMaster.builtIn());

	@Test
	void aSheetsLabelledPolicyAndMeasureHoldTheIndicatorsOfItsNumberedKpiHeading() throws IOException {
		ActionPlan plan = read("""
				令和６年度 施策評価シート                                                                 第三次魚沼市総合計画 後期基本計画（令和３年度～令和７年度）
				
				政策                                政策２ 安心して子どもを産み育てるまち
				施策名                              ２－１ 子育て支援の充実
				主管課                              子育て支援課                関係課      健康増進課
				                                    妊娠期から子育て期まで切れ目のない支援が受けられ、保護者が安心して子どもを産み育てることが
				施策の目指す姿
				                                    できている。
				
				１ 成果指標
				                                              策定時                                              目標値        達成度
				                指標名                単位                  R4実績        R5実績        R6実績
				                                              （R1）                                              （R7）        （%）
				保育園等待機児童数（４月１日現在）    人             6           3             0             0           0       100.0
				子育て支援センターの利用者数（年間）  人        18,420      15,210        17,380        19,050      21,000        24.3
				※達成度（％）＝（R6実績－策定時）÷（目標値－策定時）×100   実績が策定時を下回る場合は△で表示
				
				２ 施策の評価
				                評価                    Ｂ    評価の理由      待機児童は解消したが、利用者数の回復が遅れている。
				""");

		assertThat(plan.directions()).extracting(PolicyDirection::number, PolicyDirection::title)
			.containsExactly(tuple("２", "安心して子どもを産み育てるまち"));
		assertThat(plan.directions().get(0).initiatives()).extracting(Initiative::code, Initiative::title, Initiative::departments)
			.containsExactly(tuple("２－１", "子育て支援の充実", List.of("子育て支援課")));
		assertThat(plan.directions().get(0).initiatives().get(0).indicators())
			.extracting(Indicator::name, indicator -> indicator.baseline().number(), indicator -> indicator.target().number())
			.containsExactly(tuple("保育園等待機児童数（４月１日現在）", new BigDecimal("6"), new BigDecimal("0")),
					tuple("子育て支援センターの利用者数（年間）", new BigDecimal("18420"), new BigDecimal("21000")));
	}

	@Test
	void aGoalsFiguresSpacedFromTheirUnitsAndYearsAreReadAsPrintedTogether() throws IOException {
		ActionPlan plan = read("""
				第２期矢巾町まち・ひと・しごと創生総合戦略 効果検証報告書（令和５年度実績）
				計画期間　令和２年度から令和６年度までの５年間
				基本目標１ 地域の産業を振興し、魅力ある雇用を創出する
				【数値目標】
				◇町内事業所の従業者数 9,412 人（平成 28 年） → 9,800 人（令和６年）
				◇新規就農者数（年間） 5 人（R 元） → 8 人（R6）
				""");

		assertThat(plan.directions().stream().flatMap(direction -> direction.indicators().stream()))
			.extracting(Indicator::name, Indicator::baselineYear, indicator -> indicator.baseline().number(), Indicator::targetYear)
			.containsExactly(tuple("町内事業所の従業者数", 2016, new BigDecimal("9412"), 2024),
					tuple("新規就農者数（年間）", 2019, new BigDecimal("5"), 2024));
	}

	private ActionPlan read(String text) throws IOException {
		Path file = Files.writeString(this.directory.resolve("plan.txt"), text);
		return this.reader.read(DocumentModel.of(new SourceTextLoader().load(file)), null);
	}
}
