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
 * A water bureau's goal sheet of our own, printed from a spreadsheet: figures of the nation and the prefecture set
 * beside the bureau's, a sentence that moves to another date and another subject, a description with the short name
 * it is known by in brackets, and the workbook's file name in every page's footer.
 */
class ComparedFiguresStatementsTests {

	private static final MunicipalityMaster MASTER = MunicipalityMaster.builtIn();

	@Test
	void onlyTheBureausOwnFiguresAreItsStatistics() {
		PolicyStatement statement = read("""
				令和６年度　上下水道部　組織目標シート　　宇治市上下水道部

				部の使命
				安全な水を届けます。

				重点目標１　水道施設の計画的な更新
				　配水管のうち法定耐用年数（40年）を超えた管路の割合（経年化率）は、R5年度末で24.8％に達しています。
				　R6年1～3月の派遣職員数は延べ28人でした。また、R6.4.1現在、部の職員84人のうち50歳以上が33人を占めています。
				　有収率は令和５年度に89.7％でした。全国 81.0％・京都府 95.2％（R4年度末）

				R6_組織目標シート_上下水道部.xlsx                               1 / 2
				""");

		assertThat(statement.statistics()).extracting(Statistic::indicator, Statistic::fiscalYear,
				statistic -> statistic.value().number().toPlainString())
			.contains(tuple("経年化率", 2023, "24.8"), tuple("有収率", 2023, "89.7"))
			.doesNotContain(tuple("有収率", 2022, "95.2"), tuple("有収率", 2022, "81.0"));
		assertThat(statement.statistics()).filteredOn(statistic -> statistic.indicator().contains("派遣職員数"))
			.extracting(statistic -> statistic.value().number().toPlainString()).doesNotContain("84");
		assertThat(statement.statistics()).extracting(Statistic::indicator).noneMatch(name -> name.contains(".xlsx"));
	}

	@Test
	void aFigureOfAPartOfTheWardIsNamedByThatPartNotStoredAsTheWards() {
		PolicyStatement statement = read("""
				令和６年度　伏見区運営方針

				区の使命
				誰もが安心して暮らせるまちをつくります。

				伏見区の現状
				　高齢化率は令和５年に30.1％で、特に昭和50年代に入居が始まった向島ニュータウンでは、令和５年10月１日現在の高齢化率が41.8％に達しています。
				""");

		assertThat(statement.statistics()).extracting(Statistic::indicator, statistic -> statistic.value().number().toPlainString())
			.contains(tuple("高齢化率", "30.1"), tuple("向島ニュータウンの高齢化率", "41.8"))
			.doesNotContain(tuple("高齢化率", "41.8"));
	}

	private static PolicyStatement read(String text) {
		return new PolicyStatementReader(MASTER)
			.read(DocumentModel.of(new SourceText(Path.of("statement.txt"), List.of(text.split("\n", -1)), "test")), null);
	}
}
