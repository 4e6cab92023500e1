package org.govreview.readers.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.govreview.domain.actionplan.ActionPlan;
import org.govreview.domain.actionplan.AchievementCount;
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
 * Two plans of our own: a board of education's yearly self-evaluation that states every indicator in sentences of its
 * own build (策定時の…から…, 目標値である…, …とすることを目標), and a city's web page that sets out each indicator as a
 * definition list spread over lines, its interim target among them, with a goal's heading qualified (環境目標1).
 */
class ProseAndDefinitionListPlansTests {

	@TempDir
	Path directory;

	private final ActionPlanReader reader = new ActionPlanReader(MunicipalityMaster.builtIn());

	@Test
	void indicatorsStatedInSentencesOfAnyBuildGiveTheirBaselineAndTargetAndNoResult() throws IOException {
		ActionPlan plan = read("""
				白井市教育委員会の点検及び評価報告書
				（令和５年度対象）
				　第２期白井市教育振興基本計画（計画期間：令和４年度～令和８年度）に掲げる施策を対象としました。
				基本方針１　確かな学力を育む
				■施策１　授業の改善
				担当課：指導課
				（成果指標の状況）
				　成果指標「授業の内容がよく分かると回答した児童の割合」は、策定時の74.5％（令和３年度）から、令和５年度は
				76.0％に上昇しました。令和８年度の目標値である80.0％に向けて推移しています。【評価：Ｂ】
				　「英検３級相当以上の中学３年生の割合」を、策定時（令和元年度）の41.0％から令和８年度までに55％へ引き上げる
				ことを目標としています。令和５年度は47.3％でした。【評価：Ｂ】
				■施策２　支援の充実
				担当課：教育支援課
				（成果指標の状況）
				　相談・指導を受けた不登校児童生徒の割合は、令和８年度に85.0％とすることを目標としていますが、令和５年度は
				72.0％で、策定時の70.1％（令和２年度）からの改善は小幅でした。【評価：Ｃ】
				""");

		assertThat(plan.municipality().code().value()).isEqualTo("122327");
		assertThat(plan.fiscalYear().year()).isEqualTo(2023);
		assertThat(plan.directions()).extracting(PolicyDirection::title).containsExactly("確かな学力を育む");
		List<Initiative> measures = plan.directions().get(0).initiatives();
		assertThat(measures).extracting(Initiative::title, Initiative::departments)
			.containsExactly(tuple("授業の改善", List.of("指導課")), tuple("支援の充実", List.of("教育支援課")));
		assertThat(measures.stream().flatMap(measure -> measure.indicators().stream()).toList())
			.extracting(Indicator::name, Indicator::baselineYear, indicator -> indicator.baseline().number().toPlainString(),
					Indicator::targetYear, indicator -> indicator.target().number().toPlainString())
			.containsExactly(tuple("授業の内容がよく分かると回答した児童の割合", 2021, "74.5", 2026, "80.0"),
					tuple("英検3級相当以上の中学3年生の割合", 2019, "41.0", 2026, "55"),
					tuple("相談・指導を受けた不登校児童生徒の割合", 2020, "70.1", 2026, "85.0"));
	}

	@Test
	void aDefinitionListOverLinesIsAnIndicatorsLabelsAndValuesAndAQualifiedGoalHeadingIsAGoal() throws IOException {
		ActionPlan plan = read("""
				<!DOCTYPE html>
				<html lang="ja"><head><title>豊明市環境基本計画の進捗状況（令和5年度実績）｜豊明市</title></head>
				<body>
				<h1>豊明市環境基本計画の進捗状況（令和5年度実績）</h1>
				<p>計画期間は令和3年度から令和12年度までの10年間です。</p>
				<ul class="list-kekka">
				<li>◎（目標達成）：1指標</li>
				<li>△（横ばい・悪化）：1指標</li>
				</ul>
				<h3>環境目標1　脱炭素のまち</h3>
				<p>温室効果ガスの排出削減に取り組みます。</p>
				<h4>基本施策1-1　省エネルギーの促進</h4>
				<p>【担当課】環境課</p>
				<dl class="shihyo">
				<dt>指標</dt>
				<dd>公共施設の電力使用量</dd>
				<dt>基準値（令和元年度）</dt>
				<dd>12,400千kWh</dd>
				<dt>令和5年度実績</dt>
				<dd>11,900千kWh</dd>
				<dt>中間目標値（令和7年度）</dt>
				<dd>11,500千kWh</dd>
				<dt>目標値（令和12年度）</dt>
				<dd>10,000千kWh</dd>
				<dt>評価</dt>
				<dd>◎</dd>
				</dl>
				<h3>環境目標2　循環型のまち</h3>
				<h4>基本施策2-1　ごみの減量</h4>
				<p>【担当課】清掃課</p>
				<dl class="shihyo">
				<dt>指標</dt>
				<dd>ごみの資源化率</dd>
				<dt>基準値（令和元年度）</dt>
				<dd>20.5％</dd>
				<dt>目標値（令和12年度）</dt>
				<dd>25.0％</dd>
				<dt>評価</dt>
				<dd>△</dd>
				</dl>
				</body></html>
				""");

		assertThat(plan.directions()).extracting(PolicyDirection::title).containsExactly("脱炭素のまち", "循環型のまち");
		Initiative saving = plan.directions().get(0).initiatives().get(0);
		assertThat(saving.title()).isEqualTo("省エネルギーの促進");
		assertThat(saving.departments()).containsExactly("環境課");
		assertThat(saving.indicators()).extracting(Indicator::name, Indicator::baselineYear,
				indicator -> indicator.baseline().number().toPlainString(), Indicator::targetYear,
				indicator -> indicator.target().number().toPlainString())
			.containsExactly(tuple("公共施設の電力使用量", 2019, "12400000", 2030, "10000000"));
		assertThat(saving.interimTargets()).extracting(InterimTarget::year, target -> target.value().number().toPlainString())
			.containsExactly(tuple(2025, "11500000"));
		assertThat(plan.achievementCounts()).extracting(AchievementCount::band, AchievementCount::count)
			.containsExactly(tuple("◎", 1), tuple("△", 1));
	}

	@Test
	void aMeasuresSectionsInBracketsAfterItsNameAreItsDepartmentsAndANotesMarkNoPartOfAUnit() throws IOException {
		// a 広報誌's page: 施策 headings that name their sections in brackets, a figure whose note is under the table
		ActionPlan plan = read("""
				高島市総合計画　実施計画　進捗状況（令和６年度）
				基本目標１　豊かな自然と暮らしが調和する環境のまち
				施策１　びわ湖と森林の保全（担当：環境政策課・森林水産課）
				成果指標	基準値（Ｒ２）	目標値（Ｒ８）
				森林整備面積（年間）	412ha	450ha
				施策２　観光の振興（担当：観光振興課）
				成果指標	基準値（Ｒ２）	目標値（Ｒ８）
				観光入込客数（年間）	412.5万人※1	460.0万人
				※1　令和２年は感染症の影響を受けた数値です。
				""");

		List<Initiative> measures = plan.directions().get(0).initiatives();
		assertThat(measures).extracting(Initiative::title, Initiative::departments)
			.containsExactly(tuple("びわ湖と森林の保全", List.of("環境政策課", "森林水産課")), tuple("観光の振興", List.of("観光振興課")));
		Indicator visitors = measures.get(1).indicators().get(0);
		assertThat(visitors.baseline().number()).isEqualByComparingTo("4125000");
		assertThat(visitors.baseline().unit()).isEqualTo("人");
	}

	private ActionPlan read(String text) throws IOException {
		Path file = Files.writeString(this.directory.resolve("plan.txt"), text);
		DocumentModel model = DocumentModel.of(new SourceTextLoader().load(file));
		return this.reader.read(model, null);
	}
}
