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

/** A department's policy sheet a vendor's system printed through Apache FOP (held-out batch 72). */
class SystemPrintedStatementsTests {

	@Test
	void statisticsAreNamedByTheirItemAndAnIssueTablesYearsByTheLabelSpanningThem() throws Exception {
		// 区　分 | 項　　目 | 数　値 | 単位 | 時　点, then No. | 経営課題 | 主な取組 | 成果指標 | 単位 | 実績値（年度）
		// {Ｒ４ | Ｒ５ | Ｒ６} | 令和７年度 {目標値 | 中間実績（９月末）} | 進捗 (○ ◎ △) | 所管課
		Path file = Path.of(getClass().getResource("/heldout/policy-statement/b72-01-kawanishi-shiminkankyo-fopsheet.pdf").toURI());
		PolicyStatement statement = new PolicyStatementReader(MunicipalityMaster.builtIn())
			.read(DocumentModel.of(new SourceTextLoader().load(file)), null);

		assertThat(statement.statistics()).extracting(Statistic::indicator, Statistic::fiscalYear)
			.contains(tuple("人口", 2025), tuple("自治会加入率", 2024), tuple("リサイクル率", 2022),
					tuple("資源集団回収量", 2025));
		assertThat(statement.statistics()).extracting(Statistic::indicator).doesNotContain("人口・世帯", "地域", "環境");
		assertThat(statement.issues()).hasSize(4);
		assertThat(statement.issues().get(0).actions()).hasSize(4);
	}
}
