package org.govreview.readers.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;

import org.govreview.domain.inspection.InspectionReport;
import org.govreview.domain.inspection.InspectionVisit;
import org.govreview.readers.document.DocumentModel;
import org.govreview.readers.municipality.MunicipalityMaster;
import org.govreview.readers.text.SourceTextLoader;
import org.junit.jupiter.api.Test;

/**
 * Committee reports a council's system printed through Apache FOP (held-out batch 72) and through TCPDF (batch 70),
 * and a caucus's report typeset with LuaLaTeX (batch 72).
 */
class SystemPrintedReportsTests {

	@Test
	void listsOfPlacesQuestionsAndOpinionsAreReadPlaceByPlace() throws Exception {
		// 視察先 {都道府県 | 市町村} | 視察日時 | … | 概況 {人口 | 世帯数 | 面積 | 基準日}; 視察先 | No. | 質疑 | 回答;
		// 視察先 | 委員名 | 所感; a form's 視察先 cell listing all four places, and a date cell a page break cut
		InspectionReport report = heldout("b72-01-shirakawa-fopsystem.pdf");

		assertThat(report.visits()).extracting(visit -> visit.destination().name(), InspectionVisit::population,
				visit -> visit.questions().size())
			.containsExactly(tuple("南砺市", 46183L, 3), tuple("野々市市", 53471L, 4), tuple("能美市", null, 2),
					tuple("坂井市", 88416L, 3));
		assertThat(report.visits().get(0).date()).hasToString("2025-10-29");
		assertThat(report.visits().get(1).topic()).contains("「書かない窓口」による窓口業務のＤＸについて");
		assertThat(report.visits().get(0).opinions()).hasSize(3);
		// 報告者 | … over 対象年度 | 令和７年度 in the form: the next row's label, nobody's name
		assertThat(report.members()).contains("根本和也", "小松由美子").doesNotContain("対象年度");
	}

	@Test
	void aFiguresLabelLedByDotsToItsValueStatesIt() throws Exception {
		// 人　口………………	１８０，９２７人 under ■市の概要
		InspectionReport report = heldout("b72-02-hikari-lualatexkaiha.pdf");

		assertThat(report.visits()).extracting(visit -> visit.destination().name(), InspectionVisit::population)
			.contains(tuple("鳥取市", 180927L));
	}

	@Test
	void aQuestionAPageBreakCutOutOfItsTableIsStillOneOfItsQuestions() throws Exception {
		// a TCPDF table of No. | 質疑 | 回答 whose sixth row the page cut: printed unruled under it, its second line
		// without its number; the third question spanned beside two answers, asked once
		InspectionReport report = heldout("b70-01-tokai-tcpdfsystem.pdf");

		assertThat(report.visits()).extracting(visit -> visit.destination().name(), visit -> visit.questions().size())
			.contains(tuple("白山市", 6));
	}

	private InspectionReport heldout(String name) throws Exception {
		Path file = Path.of(getClass().getResource("/heldout/inspection-report/" + name).toURI());
		return new InspectionReportReader(MunicipalityMaster.builtIn()).read(DocumentModel.of(new SourceTextLoader().load(file)), null);
	}
}
