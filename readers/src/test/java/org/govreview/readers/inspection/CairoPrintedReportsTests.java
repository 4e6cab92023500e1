package org.govreview.readers.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.govreview.domain.inspection.InspectionReport;
import org.govreview.readers.document.DocumentModel;
import org.govreview.readers.municipality.MunicipalityMaster;
import org.govreview.readers.text.SourceTextLoader;
import org.junit.jupiter.api.Test;

/** A caucus's report printed by AbiWord (held-out batch 71), as pdftotext -layout prints it. */
class CairoPrintedReportsTests {

	@Test
	void anAddresseeLineWhoseWordsAPageSetFarApartNamesTheCouncil() throws Exception {
		// ⽊更津市議会議⻑        永井    俊夫   様: radicals for 木 and 長, the chair's name spread over the line
		Path file = Path.of(getClass().getResource("/heldout/inspection-report/b71-02-kisarazu-abiwordkaiha.txt").toURI());
		InspectionReport report = new InspectionReportReader(MunicipalityMaster.builtIn())
			.read(DocumentModel.of(new SourceTextLoader().load(file)), null);

		assertThat(report.council().code().value()).isEqualTo("122068");
		assertThat(report.visits()).hasSizeGreaterThanOrEqualTo(3);
		// ⻫藤 和也: a radical the CJK supplement prints for 斉
		assertThat(report.representative()).isEqualTo("斉藤和也");
	}
}
