package org.govreview.readers.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.govreview.domain.actionplan.ActionPlan;
import org.govreview.domain.actionplan.Initiative;
import org.govreview.domain.indicator.Indicator;
import org.govreview.domain.pledge.Measure;
import org.govreview.domain.pledge.PledgeReport;
import org.govreview.readers.actionplan.ActionPlanReader;
import org.govreview.readers.document.DocumentModel;
import org.govreview.readers.municipality.MunicipalityMaster;
import org.govreview.readers.pledge.PledgeReportReader;
import org.junit.jupiter.api.Test;

/**
 * PDFs of our own that LibreOffice printed from an Excel workbook and a Word document (resources/pdf, made by
 * make-office-fixtures.py): a KPI sheet with bordered cells merged down and across, figures formatted with thousands
 * separators, which Calc draws a glyph at a time; a report whose justified paragraph Writer draws in runs, a line set
 * right, and items each over a bordered table of labels and values.
 */
class RuledOfficePdfsTests {

	private static final MunicipalityMaster MASTER = MunicipalityMaster.builtIn();

	private final SourceTextLoader loader = new SourceTextLoader();

	@Test
	void aBorderedSheetIsOneTableWithItsMergedCellsSpanningTheirRowsAndColumns() throws Exception {
		SourceText text = this.loader.load(fixture("calc-ruled-kpi-sheet.pdf"));

		List<String> tables = text.lines().stream().filter(line -> line.startsWith("<table>")).toList();
		assertThat(tables).hasSize(1);
		assertThat(tables.get(0)).startsWith("<table><tr><td rowspan=\"2\">施策</td><td rowspan=\"2\">成果指標</td>"
				+ "<td colspan=\"2\">基準値</td><td colspan=\"2\">実績値</td>")
			// 18,420 drawn digit by digit is one figure, no cells of its digits
			.contains("<td>子育て支援センターの延べ利用者数（年間）</td><td>18,420</td><td>R元</td>")
			.contains("<td rowspan=\"2\">１－１<br>子育て支援の充実</td>");
	}

	@Test
	void aBorderedSheetsInitiativesAndIndicatorsAreReadFromItsCells() throws Exception {
		ActionPlan plan = new ActionPlanReader(MASTER)
			.read(DocumentModel.of(this.loader.load(fixture("calc-ruled-kpi-sheet.pdf"))), null);

		List<Initiative> initiatives = plan.directions().stream().flatMap(direction -> direction.initiatives().stream()).toList();
		assertThat(initiatives).extracting(Initiative::code, Initiative::title, Initiative::departments)
			.containsExactly(tuple("１－１", "子育て支援の充実", List.of("こども保育課")),
					tuple("１－２", "学校教育の充実", List.of("学校教育課")));
		assertThat(initiatives.get(0).indicators())
			.extracting(Indicator::name, Indicator::baselineYear, indicator -> indicator.baseline().number(),
					Indicator::targetYear, indicator -> indicator.target().number())
			.containsExactly(tuple("保育所等の待機児童数（４月１日現在）", 2020, new BigDecimal("12"), 2025, new BigDecimal("0")),
					tuple("子育て支援センターの延べ利用者数（年間）", 2019, new BigDecimal("18420"), 2025, new BigDecimal("24000")));
	}

	@Test
	void aJustifiedParagraphKeepsItsWordsTogetherAndALineSetRightStaysALine() throws Exception {
		SourceText text = this.loader.load(fixture("writer-ruled-pledge-items.pdf"));

		// Writer draws a justified line a glyph or a run at a time, each moved by its share of the spacing: no cells
		assertThat(text.lines()).filteredOn(line -> line.contains("本市では")).singleElement()
			.satisfies(line -> assertThat(line).doesNotContain("\t").startsWith("本市では、市長公約に掲げた"));
		// set right, it reaches the right edge without filling a line: the heading below is no part of it
		assertThat(text.lines()).contains("（項目数４：達成１、概ね順調２、課題あり１）", "基本方針１　子どもを育てやすいまち");
	}

	@Test
	void anItemsTableOfLabelsAndValuesGivesItsEvaluationAndDepartments() throws Exception {
		PledgeReport report = new PledgeReportReader(MASTER)
			.read(DocumentModel.of(this.loader.load(fixture("writer-ruled-pledge-items.pdf"))), null);

		List<Measure> items = report.basicPolicies().stream().flatMap(policy -> policy.pledges().stream())
			.flatMap(pledge -> pledge.measures().stream()).toList();
		// 取組状況 | 助成対象を…拡大した。 is what was done, no evaluation; 課題あり is one of the report's four words
		assertThat(items).extracting(Measure::title, measure -> measure.evaluation().mark(), Measure::departments)
			.containsExactly(tuple("子ども医療費助成の拡大", "達成", List.of("子育て支援課")),
					tuple("放課後児童クラブの開所時間の延長", "概ね順調", List.of("子育て支援課", "学校教育課")),
					tuple("中学校の部活動の地域移行", "課題あり", List.of("スポーツ振興課")),
					tuple("学校給食費の負担軽減", "概ね順調", List.of("学校教育課")));
	}

	private static Path fixture(String name) throws Exception {
		return Path.of(RuledOfficePdfsTests.class.getResource("/pdf/" + name).toURI());
	}
}
