package org.govreview.readers.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;

import org.govreview.domain.actionplan.ActionPlan;
import org.govreview.domain.actionplan.Initiative;
import org.govreview.domain.actionplan.PolicyDirection;
import org.govreview.domain.document.DocumentKind;
import org.govreview.domain.indicator.Indicator;
import org.govreview.readers.municipality.MunicipalityMaster;
import org.govreview.readers.recognition.DocumentRecognition;
import org.govreview.readers.text.SourceTextLoader;
import org.junit.jupiter.api.Test;

/**
 * Plans printed by systems (OpenPDF, Apache FOP, JasperReports; held-out batches 72–74) as pdftotext -layout gives
 * them: grid tables whose rows take several lines, read through recognition as a user's file is.
 */
class LaidOutGridPlansTests {

	private final ActionPlanReader reader = new ActionPlanReader(MunicipalityMaster.builtIn());

	@Test
	void aNameWrappedAroundItsFiguresAndAGroupCentredDownItsRowsAreOneRowAndOneCell() throws Exception {
		// 政策１ / 子どもが健や / かに育ち、と … set down the left beside eight rows, 1-1 子育て環境の充実 beside
		// three; 「立川市は子育てしやすいまち」と感じる就学 over the row's figures, 前児童の保護者の割合 on their line
		ActionPlan plan = heldout("b73-01-tachikawa-openpdfshinchoku.txt");

		Indicator parents = PlanIndicators.named(plan, "「立川市は子育てしやすいまち」と感じる就学前児童の保護者の割合");
		assertThat(parents.baseline().number()).isEqualByComparingTo("72.4");
		assertThat(parents.baselineYear()).isEqualTo(2019);
		assertThat(parents.target().number()).isEqualByComparingTo("80.0");
		assertThat(parents.targetYear()).isEqualTo(2024);
		Indicator waiting = PlanIndicators.named(plan, "保育所等待機児童数（４月１日現在）");
		assertThat(waiting.baseline().number()).isEqualByComparingTo("58");
		assertThat(waiting.target().number()).isEqualByComparingTo(BigDecimal.ZERO);
		assertThat(plan.directions()).extracting(PolicyDirection::title).startsWith("子どもが健やかに育ち、ともに学びあうまち",
				"誰もが健康でいきいきと暮らし、支えあうまち");
		assertThat(plan.initiatives()).filteredOn(initiative -> initiative.title().equals("子育て環境の充実"))
			.flatExtracting(Initiative::departments).containsExactly("保育課", "子育て推進課", "子ども家庭支援センター");
		assertThat(plan.initiatives()).filteredOn(initiative -> initiative.title().equals("学校教育の充実と教育環境の整備"))
			.flatExtracting(Initiative::indicators).extracting(Indicator::name)
			.containsExactly("「授業の内容がよくわかる」と答えた児童・生徒の割合", "学校給食における地場産物の使用割合（品目数ベース）");
	}

	@Test
	void aGroupsKeyOverItsFirstRowAndADepartmentCentredDownTwoRowsBelongToThoseRows() throws Exception {
		// 政策１ 1-1 on the line over row 1, 学校教育課 centred between rows 3 and 4, 基準値 over 年度 | 数値
		ActionPlan plan = heldout("b72-01-okaya-fopshisakuhyoka.txt");

		assertThat(plan.initiatives()).filteredOn(initiative -> initiative.title().equals("学校教育の充実"))
			.singleElement()
			.satisfies(school -> {
				assertThat(school.departments()).containsExactly("学校教育課");
				assertThat(school.indicators()).extracting(Indicator::name)
					.containsExactly("「学校へ行くのが楽しい」と思う児童生徒の割合", "不登校児童生徒の在籍率（小・中学校）");
			});
		Indicator parents = PlanIndicators.named(plan, "「岡谷市は子育てしやすい」と感じる保護者の割合");
		assertThat(parents.baseline().number()).isEqualByComparingTo("58.6");
		assertThat(parents.baselineYear()).isEqualTo(2020);
		assertThat(parents.target().number()).isEqualByComparingTo("70.0");
		assertThat(parents.targetYear()).isEqualTo(2025);
	}

	@Test
	void aRowsNumberBetweenTheLinesOfItsNameOpensItsRowAndAGroupsLineRunsAcross() throws Exception {
		// JasperReports: こども家庭センターにおける相 / 2 / 談件数（年間） / its figures lower; 施策 1-1 … and the
		// group's subtotal 施策 1-1 小計 指標数 3件 on lines of their own between the rows
		ActionPlan plan = heldout("b74-01-kaga-jasperseika.txt");

		Indicator consultations = PlanIndicators.named(plan, "こども家庭センターにおける相談件数（年間）");
		assertThat(consultations.baseline().number()).isEqualByComparingTo("1284");
		assertThat(consultations.baselineYear()).isEqualTo(2019);
		assertThat(consultations.target().number()).isEqualByComparingTo("2000");
		assertThat(consultations.targetYear()).isEqualTo(2025);
		assertThat(plan.initiatives()).extracting(Initiative::title)
			.startsWith("結婚・出産・子育ての切れ目ない支援", "未来を拓く学校教育の推進", "生涯学習・文化・スポーツの振興")
			.noneMatch(title -> title.contains("小計"));
		assertThat(plan.initiatives().get(0).indicators()).extracting(Indicator::name)
			.containsExactly("合計特殊出生率", "こども家庭センターにおける相談件数（年間）", "保育所等待機児童数（４月１日現在）");
	}

	private ActionPlan heldout(String name) throws Exception {
		Path file = Path.of(getClass().getResource("/heldout/action-plan/" + name).toURI());
		DocumentRecognition.Recognition recognition = DocumentRecognition.recognise(new SourceTextLoader().load(file));
		assertThat(recognition.kind()).as(name).contains(DocumentKind.ACTION_PLAN);
		return this.reader.read(recognition.model(), null);
	}
}
