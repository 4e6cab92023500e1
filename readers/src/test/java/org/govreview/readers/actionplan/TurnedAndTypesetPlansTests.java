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
 * A plan's report typeset with LuaLaTeX and booktabs (held-out batch 72) and a progress list a Java system printed
 * with OpenPDF on pages turned by /Rotate 90 (batch 73).
 */
class TurnedAndTypesetPlansTests {

	private final ActionPlanReader reader = new ActionPlanReader(MunicipalityMaster.builtIn());

	@Test
	void aBooktabsTablesRowsBeginWhereTheirFiguresDoAndAMultirowCellSpansItsGroup() throws Exception {
		// \multirow{4}{=}{（１）行政手続のオンライン化} centred beside two indicators whose names wrap in p{} columns,
		// 18分\par（R3） under 基準値（R2）, groups ruled apart by \midrule only
		ActionPlan plan = heldout("b72-02-toki-lualatexgyokaku.pdf");

		Indicator online = PlanIndicators.named(plan, "オンライン申請が可能な行政手続数");
		assertThat(online.baseline().number()).isEqualByComparingTo("8");
		assertThat(online.baselineYear()).isEqualTo(2020);
		assertThat(online.target().number()).isEqualByComparingTo("150");
		assertThat(online.targetYear()).isEqualTo(2026);
		assertThat(PlanIndicators.named(plan, "市民課窓口における平均待ち時間").baselineYear()).isEqualTo(2021);
		assertThat(plan.initiatives()).filteredOn(initiative -> initiative.title().equals("行政手続のオンライン化"))
			.flatExtracting(Initiative::indicators).extracting(Indicator::name)
			.containsExactly("オンライン申請が可能な行政手続数", "電子申請システムの年間利用件数");
		assertThat(plan.initiatives()).extracting(Initiative::title).contains("自主財源の確保", "事務事業の見直しと経常経費の抑制")
			.noneMatch(title -> title.equals("確保") || title.startsWith("（"));
		assertThat(PlanIndicators.all(plan)).hasSize(22);
	}

	@Test
	void aListPrintedOnTurnedPagesIsReadFromItsRules() throws Exception {
		// 19 columns under a two-level header repeated on each landscape page that /Rotate 90 turns
		ActionPlan plan = heldout("b73-01-tachikawa-openpdfshinchoku.pdf");

		assertThat(PlanIndicators.all(plan)).hasSize(26);
		Indicator waiting = PlanIndicators.named(plan, "保育所等待機児童数（４月１日現在）");
		assertThat(waiting.baseline().number()).isEqualByComparingTo("58");
		assertThat(waiting.baselineYear()).isEqualTo(2019);
		assertThat(waiting.target().number()).isEqualByComparingTo(BigDecimal.ZERO);
		assertThat(waiting.targetYear()).isEqualTo(2024);
		assertThat(plan.initiatives()).filteredOn(initiative -> initiative.title().equals("子育て環境の充実"))
			.flatExtracting(Initiative::departments).contains("保育課", "子育て推進課", "子ども家庭支援センター");
	}

	@Test
	void aMeasuresNumberWithoutItsNameNamesNoMeasureAndAMarkIsNoPartOfADepartment() throws Exception {
		// pdftotext -layout of an upLaTeX report: 施策 1 over its name on the lines below, row numbers shifted into the
		// measure's column, △学校教育課 where the mark's column runs into the department's, （次ページへつづく） in a cell
		ActionPlan plan = heldout("b73-02-ishikari-uplatexshinchoku.txt");

		assertThat(plan.initiatives()).extracting(Initiative::title).contains("確かな学力と豊かな心を育む教育の推進")
			.noneMatch(title -> title.matches("^(?:施策\\s*)?[0-9]+$"));
		assertThat(plan.initiatives()).filteredOn(initiative -> initiative.title().equals("確かな学力と豊かな心を育む教育の推進"))
			.flatExtracting(Initiative::departments).containsExactly("学校教育課");
		assertThat(plan.initiatives()).flatExtracting(Initiative::departments).contains("情報政策課")
			.noneMatch(department -> department.contains("つづく") || department.startsWith("△"));
	}

	private ActionPlan heldout(String name) throws Exception {
		Path file = Path.of(getClass().getResource("/heldout/action-plan/" + name).toURI());
		return this.reader.read(DocumentModel.of(new SourceTextLoader().load(file)), null);
	}
}
