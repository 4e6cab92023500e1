package org.govreview.readers.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;

import org.govreview.domain.actionplan.ActionPlan;
import org.govreview.domain.actionplan.Initiative;
import org.govreview.domain.indicator.Indicator;
import org.govreview.readers.document.DocumentModel;
import org.govreview.readers.municipality.MunicipalityMaster;
import org.govreview.readers.text.SourceTextLoader;
import org.junit.jupiter.api.Test;

/**
 * Plans printed through cairo (held-out batch 71: an Excel sheet printed by Gnumeric, a Word report printed by AbiWord)
 * and a TCPDF list as pdftotext -layout prints it (batch 70).
 */
class CairoPrintsAndLaidOutTextPlansTests {

	private final ActionPlanReader reader = new ActionPlanReader(MunicipalityMaster.builtIn());

	@Test
	void aListsHeaderPrintedUnderAFormsRowHeadsTheRowsUnderEachPolicysHeading() throws Exception {
		// 計画期間 | 令和４年度～… then 施策 | No. | 成果指標 | 単位 | 目標値（Ｒ８） | 策定時 {数値 | 年度} | … in one ruled grid,
		// the rows after 政策１ …, 政策２ … in grids of their own
		ActionPlan plan = heldout("b71-01-minokamo-gnumerichyoka.pdf");

		assertThat(PlanIndicators.all(plan)).hasSizeGreaterThanOrEqualTo(25);
		Indicator checkups = PlanIndicators.named(plan, "乳幼児健康診査の受診率");
		assertThat(checkups.baseline().number()).isEqualByComparingTo(new BigDecimal("96.8"));
		assertThat(checkups.baselineYear()).isEqualTo(2020);
		assertThat(checkups.target().number()).isEqualByComparingTo(new BigDecimal("99.0"));
		assertThat(checkups.targetYear()).isEqualTo(2026);
	}

	@Test
	void aGoalLineWithADottedLeaderAndAnEmSpaceAfterItsArrowNamesTheIndicatorAlone() throws Exception {
		// ◇市内事業所の従業者数……基準値 21,406人（R3）⇥→\u2003目標値 22,000人（R9）, printed by AbiWord
		ActionPlan plan = heldout("b71-02-usa-abiwordhokoku.pdf");

		Indicator workers = PlanIndicators.named(plan, "市内事業所の従業者数");
		assertThat(workers.baseline().number()).isEqualByComparingTo("21406");
		assertThat(workers.baselineYear()).isEqualTo(2021);
		assertThat(workers.target().number()).isEqualByComparingTo("22000");
		assertThat(workers.target().raw()).doesNotContain("目標値");
		assertThat(PlanIndicators.all(plan)).extracting(Indicator::name).noneMatch(name -> name.contains("...") || name.contains("基準値"));
		// 計画期間 ⇥ 令和５年度〜令和９年度 after a sentence on the earlier strategy's 令和２年度〜令和４年度
		assertThat(plan.periodStart()).isEqualTo(2023);
		assertThat(plan.periodEnd()).isEqualTo(2027);
	}

	@Test
	void aMeasuresCellNamesItsDepartmentsUnderAFullWidthBracketedLabel() throws Exception {
		// （１）農業の担い手育成とスマート農業の推進 over ［担当課］ over 農政課 over 農業委員会事務局
		ActionPlan plan = heldout("b71-02-usa-abiwordhokoku.pdf");

		assertThat(plan.initiatives()).extracting(Initiative::title).contains("農業の担い手育成とスマート農業の推進")
			.noneMatch(title -> title.contains("担当課"));
		assertThat(plan.initiatives()).filteredOn(initiative -> initiative.title().equals("農業の担い手育成とスマート農業の推進"))
			.flatExtracting(Initiative::departments).contains("農政課", "農業委員会事務局");
	}

	@Test
	void pdftotextsLaidOutListKeepsEachMeasuresKeyAndNameAndTheBaselinesYearColumn() throws Exception {
		// 施策 | No. | 成果指標 | 基準値 | 実績値 | 目標値 over （Ｒ７） | （％） over 値 | 年度 | Ｒ５ | Ｒ６; １−１ over 子育て支援の
		// 充実 down the first column, a title centred beside the next row (３−３ then 環境保全と循環型社会の形成 beside No.18),
		// 施策の大綱３ … across the rows
		ActionPlan plan = heldout("b70-01-susono-tcpdfchohyo.txt");

		assertThat(plan.initiatives()).extracting(Initiative::title)
			.contains("子育て支援の充実", "確かな学力と豊かな心の育成", "生涯学習と文化芸術の振興", "環境保全と循環型社会の形成",
					"公共交通ネットワークの充実", "デジタル化の推進と健全な行財政運営")
			.noneMatch(title -> title.startsWith("施策の大綱") || title.matches("^[０-９].*"));
		Indicator waiting = PlanIndicators.named(plan, "保育所等待機児童数（４月１日現在）");
		assertThat(waiting.baselineYear()).isEqualTo(2020);
		assertThat(PlanIndicators.named(plan, "市立図書館の年間貸出冊数").baselineYear()).isEqualTo(2019);
		assertThat(plan.initiatives()).filteredOn(initiative -> initiative.title().equals("環境保全と循環型社会の形成"))
			.flatExtracting(Initiative::indicators).extracting(Indicator::name)
			.containsExactly("市民１人１日当たりのごみ排出量", "市域の温室効果ガス排出量");
	}

	private ActionPlan heldout(String name) throws Exception {
		Path file = Path.of(getClass().getResource("/heldout/action-plan/" + name).toURI());
		return this.reader.read(DocumentModel.of(new SourceTextLoader().load(file)), null);
	}
}
