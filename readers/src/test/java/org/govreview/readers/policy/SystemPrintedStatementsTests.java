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
 * Departments' policy sheets vendors' systems printed through Apache FOP (held-out batch 72) and JasperReports (batch
 * 74).
 */
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

	@Test
	void aCityNamedInKanaOnEveryPageIsTheOrganisationWhereTheTitleNamesNone() throws Exception {
		// 令和６年度　経済部　運営方針評価調書 under うるま市　行政経営支援システム on every page; 評価区分：年度末評価
		// in the form's first row, whose 区 is no ward's
		Path file = Path.of(getClass().getResource("/heldout/policy-statement/b74-01-uruma-keizai-jasperform.pdf").toURI());
		PolicyStatement statement = new PolicyStatementReader(MunicipalityMaster.builtIn())
			.read(DocumentModel.of(new SourceTextLoader().load(file)), null);

		assertThat(statement.organisation().code().value()).isEqualTo("472131");
		assertThat(statement.statistics()).extracting(Statistic::indicator, Statistic::fiscalYear)
			.contains(tuple("職員数", 2024), tuple("勝連城跡の入場者数", 2023));
	}
}
