package org.govreview.readers.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.govreview.domain.inspection.InspectionReport;
import org.govreview.readers.document.DocumentModel;
import org.govreview.readers.municipality.MunicipalityMaster;
import org.govreview.readers.text.SourceTextLoader;
import org.junit.jupiter.api.Test;

/** A committee's report a council's system printed with JasperReports (held-out batch 74). */
class JasperFormReportsTests {

	@Test
	void aRosterTitledWithItsAttendanceNamesTheMembersWhoWent() throws Exception {
		// １　参加委員及び参加状況 over 区分 | 氏名 | 会派 | 10/21 | 10/22 | 10/23 | 備考, each name over two lines
		// (倉持 / 康弘); 大和田 joined on the second day, 小堀 went on none, 吉田 is the staff who went with them
		InspectionReport report = heldout("b74-01-koga-jasperform.pdf");

		assertThat(report.members()).containsExactly("倉持康弘", "稲葉由佳子", "落合正隆", "秋庭健太郎", "野村久美", "針谷誠", "大和田敦");
	}

	private InspectionReport heldout(String name) throws Exception {
		Path file = Path.of(getClass().getResource("/heldout/inspection-report/" + name).toURI());
		return new InspectionReportReader(MunicipalityMaster.builtIn()).read(DocumentModel.of(new SourceTextLoader().load(file)), null);
	}
}
