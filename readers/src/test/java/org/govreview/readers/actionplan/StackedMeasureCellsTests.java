package org.govreview.readers.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.govreview.domain.actionplan.ActionPlan;
import org.govreview.domain.actionplan.Initiative;
import org.govreview.readers.document.DocumentModel;
import org.govreview.readers.municipality.MunicipalityMaster;
import org.govreview.readers.text.SourceTextLoader;
import org.junit.jupiter.api.Test;

/** A plan whose measure cells stack the name, ［担当課］ and the departments (held-out batch 71 as pdftotext prints it). */
class StackedMeasureCellsTests {

	@Test
	void aCellLineOfTheDepartmentLabelOrOfDepartmentsAloneIsNoMeasure() throws Exception {
		Path file = Path.of(getClass().getResource("/heldout/action-plan/b71-02-usa-abiwordhokoku.txt").toURI());
		ActionPlan plan = new ActionPlanReader(MunicipalityMaster.builtIn()).read(DocumentModel.of(new SourceTextLoader().load(file)), null);

		assertThat(plan.directions().stream().flatMap(direction -> direction.initiatives().stream()).map(Initiative::title))
			.isNotEmpty()
			.noneMatch(title -> title.startsWith("［担当課］") || title.endsWith("課") || title.endsWith("事務局"));
	}
}
