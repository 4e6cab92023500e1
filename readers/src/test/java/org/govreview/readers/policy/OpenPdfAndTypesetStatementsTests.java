package org.govreview.readers.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;

import org.govreview.domain.policy.PolicyStatement;
import org.govreview.domain.policy.Statistic;
import org.govreview.readers.document.DocumentModel;
import org.govreview.readers.municipality.MunicipalityMaster;
import org.govreview.readers.text.SourceTextLoader;
import org.junit.jupiter.api.Test;

/**
 * Policy statements typeset with LuaLaTeX (held-out batch 72) and upLaTeX, and a sheet a Java system printed with
 * OpenPDF (batch 73).
 */
class OpenPdfAndTypesetStatementsTests {

	@Test
	void aBudgetTablesFiguresTakeTheUnitTheCellOverTheirYearsNames() throws Exception {
		// 事業名 | 当初予算額（千円） over 令和７年度 | 令和６年度, groups parted by \cmidrule(l){2-5}
		PolicyStatement statement = heldout("b72-02-mihara-keizai-lualatex.pdf");

		assertThat(statement.statistics()).filteredOn(statistic -> statistic.indicator().equals("観光振興事業"))
			.extracting(Statistic::fiscalYear, statistic -> statistic.value().number().toPlainString(), statistic -> statistic.value().unit())
			.containsExactlyInAnyOrder(tuple(2025, "48620", "千円"), tuple(2024, "45310", "千円"));
	}

	@Test
	void anIndicatorIsNamedByItsNameColumnNotTheUnitsColumnUnderTheSameHeading() throws Exception {
		// 成果指標 over 指標名 | 単位, 1-1 over 自治会加入率 in the name's cell
		PolicyStatement statement = heldout("b73-01-moriguchi-shiminseikatsu-openpdf.pdf");

		assertThat(statement.statistics()).extracting(Statistic::indicator, Statistic::fiscalYear)
			.contains(tuple("自治会加入率", 2022), tuple("地域交流事業の参加者数(延べ)", 2024));
		assertThat(statement.statistics()).extracting(Statistic::indicator)
			.noneMatch(name -> name.matches("^(?:%|人|件|分|1-\\d.*)$"));
	}

	@Test
	void aGoalsNumberDownItsSpannedCellIsNoPeriodAndTargetsStayTargets() throws Exception {
		// 重点目標 | 成果指標 | 現状値 | 時点 | 目標値（R7年度末） with 目標１ down four rows; a footnote's mark 生存率※ 3;
		// – 令和７年度……1,186,420千円 under the name of the budget it gives
		PolicyStatement statement = heldout("b73-02-tamano-shobo-uplatex.pdf");

		assertThat(statement.statistics()).extracting(Statistic::indicator, Statistic::fiscalYear, statistic -> statistic.value().number().toPlainString())
			.contains(tuple("救命講習の受講者数", 2024, "1186"), tuple("心肺停止傷病者の1か月後生存率", 2023, "8.6"),
					tuple("消防団員数", 2025, "412"))
			.doesNotContain(tuple("消防団員数", 2025, "430"), tuple("救命講習の受講者数", 2025, "1500"));
		assertThat(statement.statistics()).extracting(Statistic::indicator).noneMatch(name -> name.contains("令和") || name.contains("※"));
	}

	private PolicyStatement heldout(String name) throws Exception {
		Path file = Path.of(getClass().getResource("/heldout/policy-statement/" + name).toURI());
		return new PolicyStatementReader(MunicipalityMaster.builtIn()).read(DocumentModel.of(new SourceTextLoader().load(file)), null);
	}
}
