package org.govreview.readers.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;

import org.govreview.domain.policy.PolicyIssue;
import org.govreview.domain.policy.PolicyStatement;
import org.govreview.domain.policy.Statistic;
import org.govreview.readers.document.DocumentModel;
import org.govreview.readers.municipality.MunicipalityMaster;
import org.govreview.readers.text.SourceText;
import org.junit.jupiter.api.Test;

/**
 * A department's policy of our own as a Word file with tables drawn by their shading prints it, read back from its
 * PDF: a running head over every page, the mission followed by a paragraph about the document, the goals' table with
 * the label and the office in the goal's cell and marks after the actions, and the budget table whose unit stands
 * under its caption and whose groups are rows across it.
 */
class ShadedStatementTablesTests {

	private static final MunicipalityMaster MASTER = MunicipalityMaster.builtIn();

	private static final String FIRST_PAGE = """
			芦屋市都市建設部　令和６年度運営方針

			令和６年度　都市建設部運営方針
			第１　部の使命
			「国際文化住宅都市」として培われてきた芦屋の美しい景観と良好な住環境を守り育て、次の世代に誇りをもって引き継げるまちを、
			市民・事業者の皆さんとともにつくります。
			本方針は、「第５次芦屋市総合計画」に掲げるまちの将来像の実現に向けて、都市建設部が令和６年度に重点的に取り組む内容を定めるものです。

			第２　重点目標と取組
			<table><tr><td>重点目標</td><td>主な取組</td></tr><tr><td>重点目標１<br>無電柱化の推進と安全で快適な道路空間の確保<br>担当：道路課</td><td>①主要な生活道路・避難路における無電柱化工事の推進　〔重点〕<br>②橋梁・道路附属物の定期点検と長寿命化修繕の実施</td></tr><tr><td>重点目標２<br>緑豊かで誰もが楽しめる公園づくり<br>担当：公園緑地課</td><td>①公園施設長寿命化計画に基づく遊具・トイレの更新<br>②市民が花壇づくりや清掃を行う公園サポーター活動の支援　〔新規〕</td></tr></table>
			""";

	private static final String SECOND_PAGE = """
			芦屋市都市建設部　令和６年度運営方針

			第３　主な事業と予算
			令和６年度の主な事業の当初予算額は表２のとおりです。
			表２　主な事業の当初予算額
			（単位：千円）
			<table><tr><td>事　業　名</td><td>令和６年度</td><td>令和５年度</td><td>前年度比</td></tr><tr><td colspan="4">■道路・橋梁</td></tr><tr><td>無電柱化推進事業</td><td>486,200</td><td>412,500</td><td>117.9％</td></tr><tr><td>橋梁長寿命化修繕事業</td><td>128,400</td><td>141,900</td><td>90.5％</td></tr><tr><td colspan="4">■公園・緑化</td></tr><tr><td>公園施設長寿命化事業</td><td>96,300</td><td>88,450</td><td>108.9％</td></tr></table>
			""";

	@Test
	void theRunningHeadIsNoTitleAndTheMissionEndsWithItsParagraph() {
		PolicyStatement statement = read();

		assertThat(statement.title()).isEqualTo("令和６年度　都市建設部運営方針");
		assertThat(statement.mission()).startsWith("「国際文化住宅都市」").endsWith("市民・事業者の皆さんとともにつくります。");
	}

	@Test
	void aGoalsCellGivesItsTitleWithoutItsLabelAndOfficeAndTheActionsLoseTheirMarks() {
		PolicyStatement statement = read();

		assertThat(statement.issues()).extracting(PolicyIssue::title)
			.containsExactly("無電柱化の推進と安全で快適な道路空間の確保", "緑豊かで誰もが楽しめる公園づくり");
		assertThat(statement.issues().get(0).actions())
			.containsExactly("主要な生活道路・避難路における無電柱化工事の推進", "橋梁・道路附属物の定期点検と長寿命化修繕の実施");
		assertThat(statement.issues().get(1).actions()).contains("市民が花壇づくりや清掃を行う公園サポーター活動の支援");
	}

	@Test
	void theUnitUnderTheCaptionHoldsAcrossTheGroupRowsAndTheYearsOwnBudgetIsAStatistic() {
		PolicyStatement statement = read();

		assertThat(statement.statistics()).extracting(Statistic::indicator, Statistic::fiscalYear,
				statistic -> statistic.value().number().toPlainString(), statistic -> statistic.value().unit())
			.contains(tuple("無電柱化推進事業", 2024, "486200", "千円"), tuple("無電柱化推進事業", 2023, "412500", "千円"),
					tuple("公園施設長寿命化事業", 2024, "96300", "千円"), tuple("公園施設長寿命化事業", 2023, "88450", "千円"));
	}

	@Test
	void aDonationOfTheYearIsStillToComeWhileItsProjectsBudgetIsSet() {
		PolicyStatement statement = new PolicyStatementReader(MASTER).read(DocumentModel.of(new SourceText(Path.of("statement.txt"),
				List.of("芦屋市企画部", "令和６年度　企画部運営方針", "", "部の使命", "市民とともにまちの魅力を高めます。", "",
						"表１　主な指標（単位：千円）",
						"<table><tr><td>指標名</td><td>令和５年度</td><td>令和６年度</td></tr><tr><td>ふるさと納税寄附額</td><td>350,000</td><td>400,000</td></tr><tr><td>シティプロモーション推進事業</td><td>12,000</td><td>15,000</td></tr></table>"),
				"test")), null);

		assertThat(statement.statistics()).extracting(Statistic::indicator, Statistic::fiscalYear)
			.contains(tuple("ふるさと納税寄附額", 2023), tuple("シティプロモーション推進事業", 2024))
			.doesNotContain(tuple("ふるさと納税寄附額", 2024));
	}

	@Test
	void aWardNameTwoCitiesHaveIsRejectedThoughAnotherCityIsNamedNearTheTitle() {
		SourceText text = new SourceText(Path.of("statement.txt"), List.of("令和６年度　中央区運営方針", "",
				"区の使命", "大阪市をはじめ近隣の都市とも連携し、安全で住みよいまちをつくります。", "",
				"問合せ：神戸市中央区役所まちづくり推進課"), "test");

		org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PolicyStatementReader(MASTER).read(DocumentModel.of(text), null))
			.isInstanceOf(org.govreview.readers.source.RejectedDocumentException.class)
			.hasMessageContaining("中央区");
	}

	private static PolicyStatement read() {
		List<String> first = List.of(FIRST_PAGE.split("\n", -1));
		List<String> lines = new java.util.ArrayList<>(first);
		lines.addAll(List.of(SECOND_PAGE.split("\n", -1)));
		// as the PDF's text comes: the first page's start unrecorded, the mission's first line broken by the page's width
		SourceText text = new SourceText(Path.of("statement.pdf"), lines, "PDF, 2 pages", List.of(), List.of(first.size()),
				java.util.Set.of(4));
		return new PolicyStatementReader(MASTER).read(DocumentModel.of(text), null);
	}
}
