package org.govreview.readers.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.govreview.domain.actionplan.ActionPlan;
import org.govreview.domain.indicator.Indicator;
import org.govreview.readers.document.DocumentModel;
import org.govreview.readers.municipality.MunicipalityMaster;
import org.govreview.readers.text.SourceTextLoader;
import org.junit.jupiter.api.Test;

/** A plan's progress list a vendor's system printed with JasperReports (held-out batch 74), read from the PDF. */
class JasperFormPlansTests {

	@Test
	void aPdfsGroupRowsUnderATwoRowHeaderTakeThatHeader() throws Exception {
		// 施策 1-1 | 結婚・出産… opening each group's table under No. | 成果指標 | 基準値 {年度 | 値} | …
		ActionPlan plan = heldout("b74-01-kaga-jasperseika.pdf");

		assertThat(PlanIndicators.all(plan)).hasSize(28);
		Indicator births = PlanIndicators.named(plan, "合計特殊出生率");
		assertThat(births.baseline().number()).isEqualByComparingTo("1.47");
		assertThat(births.baselineYear()).isEqualTo(2018);
		assertThat(births.target().number()).isEqualByComparingTo("1.60");
	}

	private ActionPlan heldout(String name) throws Exception {
		Path file = Path.of(getClass().getResource("/heldout/action-plan/" + name).toURI());
		return new ActionPlanReader(MunicipalityMaster.builtIn()).read(DocumentModel.of(new SourceTextLoader().load(file)), null);
	}
}
