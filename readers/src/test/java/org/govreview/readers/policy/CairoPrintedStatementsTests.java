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

/** A department's statement printed by AbiWord (held-out batch 71). */
class CairoPrintedStatementsTests {

	@Test
	void aResultsTableSortedIntoFieldsNamesEachFigureByItsItem() throws Exception {
		// 区分 | 項目 | 単位 | 実績 {令和３年度 | 令和４年度 | 令和５年度} | 備考 with ごみ処理 down the first column
		Path file = Path.of(getClass().getResource("/heldout/policy-statement/b71-02-tochigi-seikatsukankyo-abiword.pdf").toURI());
		PolicyStatement statement = new PolicyStatementReader(MunicipalityMaster.builtIn())
			.read(DocumentModel.of(new SourceTextLoader().load(file)), null);

		assertThat(statement.statistics()).extracting(Statistic::indicator, Statistic::fiscalYear)
			.contains(tuple("ごみ総排出量", 2021), tuple("ごみ総排出量", 2023), tuple("最終処分量", 2022));
		assertThat(statement.statistics()).extracting(Statistic::indicator).doesNotContain("ごみ処理", "環 境", "環境");
	}
}
