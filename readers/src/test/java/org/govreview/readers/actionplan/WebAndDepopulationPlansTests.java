package org.govreview.readers.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import org.govreview.domain.actionplan.AchievementCount;
import org.govreview.domain.actionplan.ActionPlan;
import org.govreview.domain.actionplan.Initiative;
import org.govreview.domain.indicator.Indicator;
import org.govreview.readers.document.DocumentModel;
import org.govreview.readers.municipality.MunicipalityMaster;
import org.govreview.readers.text.SourceTextLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two plans of our own: a city's web page saved raw, each KPI a {@code <dl>} of terms and descriptions whose target's
 * year is in its term, the summary of bands a {@code <dl>} too; and a town's 過疎地域持続的発展計画 in Word, each
 * chapter's measures lettered ア, イ, ウ over one table of goals whose unit is in the indicator's name.
 */
class WebAndDepopulationPlansTests {

	private final ActionPlanReader reader = new ActionPlanReader(MunicipalityMaster.builtIn());

	@TempDir
	Path directory;

	@Test
	void aWebPagesDefinitionListsAreFieldsTheTargetTakingTheYearItsTermStatesAndTheBandsCounted() throws IOException {
		ActionPlan plan = read("""
				<html><head><title>第2期宗像市総合戦略　KPIの進捗状況（令和6年度実績） - 宗像市</title></head><body>
				<h1>第2期宗像市まち・ひと・しごと創生総合戦略　KPIの進捗状況（令和6年度実績）</h1>
				<p>計画期間：令和3年度～令和7年度</p>
				<h2>評価結果の概要</h2>
				<dl class="summary">
				<dt>目標達成</dt><dd>8指標（34.8％）</dd>
				<dt>順調</dt><dd>6指標（26.1％）</dd>
				<dt>遅れ</dt><dd>3指標（13.0％）</dd>
				<dt>合計</dt><dd>17指標</dd>
				</dl>
				<h2>基本目標1　地域の資源を生かした産業を育て、しごとをつくる</h2>
				<h3>施策（1）農林水産業の振興と担い手の育成</h3>
				<p class="tantou">担当課：農業振興課</p>
				<dl class="kpi">
				<dt>指標</dt><dd>新規就農者数（累計）</dd>
				<dt>基準値</dt><dd>4人（令和元年度）</dd>
				<dt>目標値（令和7年度）</dt><dd>20人</dd>
				<dt>実績値（令和6年度）</dt><dd>17人</dd>
				</dl>
				</body></html>
				""");

		assertThat(plan.fiscalYear().year()).isEqualTo(2024);
		assertThat(plan.achievementCounts()).extracting(AchievementCount::band, AchievementCount::count)
			.containsExactly(tuple("目標達成", 8), tuple("順調", 6), tuple("遅れ", 3));
		Indicator indicator = plan.directions().get(0).initiatives().get(0).indicators().get(0);
		assertThat(indicator.name()).isEqualTo("新規就農者数（累計）");
		assertThat(indicator.baselineYear()).isEqualTo(2019);
		assertThat(indicator.targetYear()).isEqualTo(2025);
		assertThat(indicator.target().number()).isEqualByComparingTo("20");
	}

	@Test
	void measuresLetteredOverTheChaptersGoalTableAreAllKeptAndANamesBracketedUnitIsItsFiguresUnit() throws IOException {
		ActionPlan plan = read("""
				邑南町過疎地域持続的発展計画
				（令和３年度～令和７年度）
				島根県邑智郡邑南町

				３　産業の振興

				（１）現況と問題点
				　本町の農業は、水稲と石見和牛を中心としている。

				（２）その対策

				ア　農業の振興
				　集落営農組織の法人化を進める。

				イ　林業の振興
				　森林整備を進める。

				ウ　観光の振興
				　滞在型観光を推進する。

				（３）目標

				指　標\t現状値\t目標値
				\t（Ｒ２）\t（Ｒ７）
				新規就農者数（年間）\t5人\t8人
				農産物直売所の販売額（千円）\t312,450\t340,000
				町内の神楽団体数\t18団体\t18団体（維持）

				（４）計画
				　事業計画は別表のとおりとする。

				４　地域における情報化

				（１）現況と問題点
				　光ファイバ網は町内全域に整備済みである。

				（２）その対策

				ア　情報通信基盤の整備
				　光ファイバ網の更新を進める。

				（３）目標

				指　標\t現状値\t目標値
				\t（Ｒ２）\t（Ｒ７）
				光回線の加入率\t58.2％\t70.0％
				""");

		assertThat(plan.directions().get(0).initiatives()).extracting(Initiative::title)
			.containsExactly("農業の振興", "林業の振興", "観光の振興");
		assertThat(plan.directions().stream().flatMap(direction -> direction.initiatives().stream())
			.flatMap(initiative -> initiative.indicators().stream()))
			.extracting(Indicator::name, indicator -> indicator.target().number().toPlainString(), indicator -> indicator.target().unit())
			.containsExactly(tuple("新規就農者数（年間）", "8", "人"), tuple("農産物直売所の販売額（千円）", "340000", "千円"),
					tuple("町内の神楽団体数", "18", "団体"), tuple("光回線の加入率", "70.0", "%"));
		assertThat(plan.directions().get(0).initiatives()).allSatisfy(initiative -> assertThat(initiative.indicators())
			.allMatch(indicator -> Objects.equals(indicator.targetYear(), 2025)));
	}

	private ActionPlan read(String text) throws IOException {
		Path file = Files.writeString(this.directory.resolve("plan.txt"), text);
		DocumentModel model = DocumentModel.of(new SourceTextLoader().load(file));
		return this.reader.read(model, null);
	}
}
