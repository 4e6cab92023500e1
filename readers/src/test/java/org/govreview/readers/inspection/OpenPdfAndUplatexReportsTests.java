package org.govreview.readers.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.govreview.domain.inspection.InspectionReport;
import org.govreview.readers.document.DocumentModel;
import org.govreview.readers.municipality.MunicipalityMaster;
import org.govreview.readers.text.SourceTextLoader;
import org.junit.jupiter.api.Test;

/** Council reports of held-out batch 73: a caucus's form printed with OpenPDF and a committee's upLaTeX report. */
class OpenPdfAndUplatexReportsTests {

	@Test
	void aRosterRuledOffItsHeaderByADoubleRuleCountsWhoWentPartOfTheJourney() throws Exception {
		// 区　分 | 氏　　名 | 備　　考 over \hline\hline; 公務のため…視察終了後に帰任（綾部市・南丹市は不参加）
		InspectionReport report = heldout("b73-02-nago-uplatexgiun.pdf");

		assertThat(report.members()).containsExactlyInAnyOrder("比嘉正樹", "金城さゆり", "大城健太", "玉城勝也", "宮城久美子", "仲村守",
				"具志堅翔");
	}

	@Test
	void theDayAFormsSubmissionCellGivesIsTheReportsNotTheDayItWasReceived() throws Exception {
		// 受付番号 | … | 受付日 | 2025/11/28 over 提出日 | 令和７年１１月２７日（木）
		InspectionReport report = heldout("b73-01-saiki-openpdfseimu.pdf");

		assertThat(report.submitted()).hasToString("2025-11-27");
	}

	private InspectionReport heldout(String name) throws Exception {
		Path file = Path.of(getClass().getResource("/heldout/inspection-report/" + name).toURI());
		return new InspectionReportReader(MunicipalityMaster.builtIn()).read(DocumentModel.of(new SourceTextLoader().load(file)), null);
	}
}
