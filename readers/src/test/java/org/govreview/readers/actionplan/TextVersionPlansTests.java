package org.govreview.readers.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

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
 * A plan's text version for screen readers of our own, as a city's web page gives it: 第N章 the goals and 第N節 their
 * measures, a 担当課 line under each, and every table of indicators spoken as its column headings and then a row a
 * line (1行目：指標名、現状値、目標値), a bracket after a figure giving its own year or the survey it comes from.
 */
class TextVersionPlansTests {

	@TempDir
	Path directory;

	private final ActionPlanReader reader = new ActionPlanReader(MunicipalityMaster.builtIn());

	@Test
	void sectionsAreTheMeasuresOfTheirChapterAndSpokenRowsAreTheirIndicators() throws IOException {
		ActionPlan plan = read("""
				第２次駒ヶ根市総合計画　前期基本計画（テキスト版）
				計画の期間は、令和８年度から令和12年度までの５年間です。
				成果指標の表は、指標名、現状値、目標値の３列です。現状値は令和６年度の実績値、目標値は令和12年度の値です。
				第１章　産業が元気なまち
				第１節　農林業の振興
				担当課：農林課、耕地林務課
				主な取組
				（1）新規就農者を育てます。
				成果指標
				表の説明：農林業の振興の成果指標の表です。列見出しは、指標名、現状値、目標値です。
				1行目：認定農業者数、１４８経営体、１５５経営体
				2行目：市内事業所の従業者数、17,235人（令和３年経済センサス）、16,900人（令和８年経済センサス）
				3行目：新規就農者数、１２人、50人（令和８年度からの累計）
				第２節　観光の振興
				担当課：観光課
				成果指標
				表の説明：観光の振興の成果指標の表です。列見出しは、指標名、現状値、目標値です。
				1行目：観光入込客数、562.4万人（令和６年）、600万人（令和12年）
				第２章　健やかに暮らせるまち
				第１節　健康づくりの推進
				担当課：健康推進課
				成果指標
				表の説明：健康づくりの推進の成果指標の表です。列見出しは、指標名、現状値、目標値です。
				1行目：特定健康診査の受診率、48.7％（令和５年度）、60.0％（令和11年度）
				""");

		assertThat(plan.directions()).extracting(PolicyDirection::title).containsExactly("産業が元気なまち", "健やかに暮らせるまち");
		assertThat(plan.directions().get(0).initiatives()).extracting(Initiative::title, Initiative::departments)
			.containsExactly(tuple("農林業の振興", java.util.List.of("農林課", "耕地林務課")),
					tuple("観光の振興", java.util.List.of("観光課")));
		Initiative farming = plan.directions().get(0).initiatives().get(0);
		assertThat(farming.indicators()).extracting(Indicator::name, Indicator::baselineYear, indicator -> indicator.baseline().number(),
				Indicator::targetYear, indicator -> indicator.target().number())
			.containsExactly(tuple("認定農業者数", 2024, new BigDecimal("148"), 2030, new BigDecimal("155")),
					tuple("市内事業所の従業者数", 2021, new BigDecimal("17235"), 2026, new BigDecimal("16900")),
					tuple("新規就農者数", 2024, new BigDecimal("12"), 2030, new BigDecimal("50")));
		assertThat(plan.directions().get(1).initiatives().get(0).indicators()).extracting(Indicator::baselineYear, Indicator::targetYear)
			.containsExactly(tuple(2023, 2029));
	}

	private ActionPlan read(String text) throws IOException {
		Path file = Files.writeString(this.directory.resolve("plan.txt"), text);
		return this.reader.read(DocumentModel.of(new SourceTextLoader().load(file)), null);
	}
}
