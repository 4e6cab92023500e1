package org.govreview.readers.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.govreview.domain.actionplan.ActionPlan;
import org.govreview.domain.indicator.Indicator;
import org.govreview.readers.document.DocumentModel;
import org.govreview.readers.municipality.MunicipalityMaster;
import org.govreview.readers.text.SourceTextLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A strategy's review slides of our own: each goal opens with a card, 【数値目標】 and the indicator's name over one line
 * of its labelled baseline, an arrow and its labelled target, the latest figure in brackets after them; a baseline's
 * year may be a survey's (Ｈ28経済センサス).
 */
class GoalCardPlansTests {

	@TempDir
	Path directory;

	@Test
	void aGoalsCardGivesItsIndicatorTheBaselineAndTargetOfItsLine() throws IOException {
		ActionPlan plan = read("""
				第２期室蘭市まち・ひと・しごと創生総合戦略　令和６年度 効果検証

				基本目標１　「ものづくりのまち」の力を生かし、安定した雇用をつくる

				【数値目標】市内事業所の従業者数
				基準値 38,420人（Ｈ28経済センサス）　→　目標値 38,000人（Ｒ７）　　［直近値 37,106人（Ｒ３）］

				基本目標２　室蘭への新しいひとの流れをつくる

				【数値目標】転入者数（年間）
				基準値 3,412人（Ｒ元）　→　目標値 3,600人（Ｒ７）
				""");

		assertThat(plan.directions()).flatMap(direction -> direction.indicators())
			.extracting(Indicator::name, Indicator::baselineYear, indicator -> indicator.baseline().number().intValue(),
					Indicator::targetYear, indicator -> indicator.target().number().intValue())
			.containsExactly(tuple("市内事業所の従業者数", 2016, 38420, 2025, 38000), tuple("転入者数（年間）", 2019, 3412, 2025, 3600));
	}

	@Test
	void numberedIndicatorCardsGiveTheirFieldsAndTheYearUnderTheBaseline() throws IOException {
		// as a browser's page of cards prints them: each label and its value a line apart from the next

		ActionPlan plan = read("""
				第３期蒲郡市まち・ひと・しごと創生総合戦略 ＫＰＩの進捗状況（令和６年度実績）
				計画期間　令和６年度から令和10年度までの５年間

				基本目標1　海と産業の力で、しごとと稼ぐ力をつくる
				施策1-1 地域産業の競争力強化と企業立地の促進

				KPI 01 市内事業所の従業者数

				基準値	38,412人
				（令和３年）

				令和６年度実績	－

				目標値	39,000人
				（令和８年）

				進捗率	－

				KPI 02 蒲郡みかんの出荷量（年間）

				基準値	9,860トン
				（令和４年）

				令和６年度実績	9,420トン

				目標値	10,500トン
				（令和10年）
				""");

		assertThat(plan.directions()).flatMap(direction -> direction.initiatives()).flatMap(initiative -> initiative.indicators())
			.extracting(Indicator::name, Indicator::baselineYear, indicator -> indicator.baseline().number().intValue())
			.containsExactly(tuple("市内事業所の従業者数", 2021, 38412), tuple("蒲郡みかんの出荷量（年間）", 2022, 9860));
	}

	@Test
	void cardsWhoseRowsRunTogetherGiveTheirFiguresTheirSectionAndTheLegendsYears() throws IOException {
		ActionPlan plan = read("""
				第３期蒲郡市まち・ひと・しごと創生総合戦略 ＫＰＩの進捗状況（令和６年度実績）
				計画期間　令和６年度から令和10年度までの５年間

				・基準値は、原則として令和４年度の値です。目標値は、原則として令和10年度の値です。

				基本目標1　海と産業の力で、しごとと稼ぐ力をつくる
				施策1-2 水産業・農業の振興と６次産業化

				KPI 04 蒲郡みかんの出荷量（年間）

				基準値	9,860トン
				令和６年度実績	9,420トン
				目標値	10,500トン
				進捗率	△68.8％
				遅れ	担当：農林水産課
				""");

		assertThat(plan.directions()).flatMap(direction -> direction.initiatives())
			.singleElement()
			.satisfies(initiative -> {
				assertThat(initiative.departments()).containsExactly("農林水産課");
				assertThat(initiative.indicators()).extracting(Indicator::name, Indicator::baselineYear, Indicator::targetYear,
						indicator -> indicator.target().number().intValue())
					.containsExactly(tuple("蒲郡みかんの出荷量（年間）", 2022, 2028, 10500));
			});
	}

	private ActionPlan read(String text) throws IOException {
		Path file = Files.writeString(this.directory.resolve("plan.txt"), text);
		return new ActionPlanReader(MunicipalityMaster.builtIn()).read(DocumentModel.of(new SourceTextLoader().load(file)), null);
	}
}
