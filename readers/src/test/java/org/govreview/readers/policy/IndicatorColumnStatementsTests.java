package org.govreview.readers.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;

import org.govreview.domain.policy.PolicyStatement;
import org.govreview.domain.policy.Statistic;
import org.govreview.readers.document.DocumentModel;
import org.govreview.readers.municipality.MunicipalityMaster;
import org.govreview.readers.text.SourceText;
import org.junit.jupiter.api.Test;

/**
 * A department's goal sheet of our own as a bordered workbook prints it: its goals' table with the number, the goal
 * and its actions before the indicator's columns, a header spanning 指標名 | 単位 | 基準値 | 基準時点, and census
 * figures in the sheet's prose named after the survey that counted them.
 */
class IndicatorColumnStatementsTests {

	private static final MunicipalityMaster MASTER = MunicipalityMaster.builtIn();

	@Test
	void theIndicatorsColumnNamesTheFiguresAndTheUnitColumnGivesTheirUnits() {
		PolicyStatement statement = read("""
				佐倉市経済部
				令和６年度　経済部運営方針（組織目標）

				使命
				地域の経済を支え、にぎわいのあるまちをつくります。

				重点取組と成果指標
				<table><tr><td rowspan="2">No.</td><td rowspan="2">重点取組</td><td rowspan="2">主な取組</td><td colspan="4">成果指標</td></tr><tr><td>指標名</td><td>単位</td><td>基準値</td><td>基準時点</td></tr><tr><td rowspan="2">１</td><td rowspan="2">中小企業の経営基盤の強化</td><td>経営相談と専門家派遣</td><td>専門家派遣の実施回数</td><td>回</td><td>64</td><td>R5年度</td></tr><tr><td>販路拡大への補助</td><td>販路拡大補助の交付件数</td><td>件</td><td>37</td><td>R6.3末</td></tr></table>
				""");

		assertThat(statement.statistics()).extracting(Statistic::indicator, Statistic::fiscalYear,
				statistic -> statistic.value().number().toPlainString(), statistic -> statistic.value().unit())
			.contains(tuple("専門家派遣の実施回数", 2023, "64", "回"), tuple("販路拡大補助の交付件数", 2023, "37", "件"));
		// the goal's number heads its row, never a figure's name
		assertThat(statement.statistics()).extracting(Statistic::indicator).doesNotContain("１", "1");
	}

	@Test
	void aCensusFigureIsNamedWithoutTheSurveyThatCountedIt() {
		PolicyStatement statement = read("""
				佐倉市経済部
				令和６年度　経済部運営方針（組織目標）

				使命
				地域の経済を支え、にぎわいのあるまちをつくります。

				現状と課題
				　2020年農林業センサスによる本市の販売農家数は1,286戸で、2015年（1,642戸）から約２割減少した。
				""");

		assertThat(statement.statistics()).extracting(Statistic::indicator, Statistic::fiscalYear,
				statistic -> statistic.value().number().toPlainString())
			.contains(tuple("販売農家数", 2020, "1286"), tuple("販売農家数", 2015, "1642"));
	}

	private static PolicyStatement read(String text) {
		return new PolicyStatementReader(MASTER)
			.read(DocumentModel.of(new SourceText(Path.of("statement.txt"), List.of(text.split("\n", -1)), "test")), null);
	}
}
