package org.govreview.writers.pack;

import java.util.List;

import org.apache.poi.ss.usermodel.Workbook;
import org.govreview.domain.pack.IndicatorRow;
import org.govreview.domain.pack.ReviewPack;
import org.govreview.domain.pack.VisitRow;
import org.govreview.domain.policy.PolicyIssue;
import org.govreview.domain.policy.Statistic;
import org.govreview.writers.pack.ExcelTableSheet.Column;

/**
 * The workbook sheets of a pack's plans and visits: 指標 Indicators, 課題 Issues, 統計 Statistics and 視察 Visits,
 * each only when the pack has rows for it. Years, figures, rates and populations are numeric cells, dates are date
 * cells, every text is a text cell.
 */
final class ExcelPlanSheets {

	static final String INDICATORS_SHEET = "指標 Indicators";

	static final String ISSUES_SHEET = "課題 Issues";

	static final String STATISTICS_SHEET = "統計 Statistics";

	static final String VISITS_SHEET = "視察 Visits";

	private ExcelPlanSheets() {
	}

	/** Adds the sheets the pack has rows for, in the order above. */
	static void write(ReviewPack pack, Workbook workbook, ExcelStyles styles) {
		if (!pack.indicators().isEmpty()) {
			indicators(pack.indicators(), new ExcelTableSheet(workbook, INDICATORS_SHEET, styles));
		}
		if (!pack.issues().isEmpty()) {
			issues(pack.issues(), new ExcelTableSheet(workbook, ISSUES_SHEET, styles));
		}
		if (!pack.statistics().isEmpty()) {
			statistics(pack.statistics(), new ExcelTableSheet(workbook, STATISTICS_SHEET, styles));
		}
		if (!pack.visits().isEmpty()) {
			visits(pack.visits(), new ExcelTableSheet(workbook, VISITS_SHEET, styles));
		}
	}

	private static void indicators(List<IndicatorRow> indicators, ExcelTableSheet sheet) {
		sheet.header(List.of(new Column("取組コード Initiative code", 14, false), new Column("取組 Initiative", 36, true),
				new Column("指標 Indicator", 36, true), new Column("担当部署 Departments", 26, true),
				new Column("基準年度 Baseline year", 10, false), new Column("基準値 Baseline", 14, false),
				new Column("目標年度 Target year", 10, false), new Column("目標値 Target", 14, false),
				new Column("実績年度 Actual year", 10, false), new Column("実績値 Actual", 14, false),
				new Column("達成率 Achievement (%)", 12, false)));
		for (IndicatorRow row : indicators) {
			sheet.row()
				.text(row.initiativeCode())
				.text(row.initiative())
				.text(row.indicator())
				.text(PlanText.joined(row.departments()))
				.year(row.baselineYear())
				.text(PlanText.display(row.baseline()))
				.year(row.targetYear())
				.text(PlanText.display(row.target()))
				.year(row.actualYear())
				.text(PlanText.display(row.actual()))
				.rate(row.achievementRate());
		}
		sheet.finish();
	}

	private static void issues(List<PolicyIssue> issues, ExcelTableSheet sheet) {
		sheet.header(List.of(new Column("課題 ID", 8, false), new Column("課題名 Title", 30, true),
				new Column("課題の内容 Content", 50, true), new Column("課題の背景 Background", 50, true),
				new Column("取組み Actions", 50, true)));
		for (PolicyIssue issue : issues) {
			sheet.row()
				.text(issue.id())
				.text(issue.title())
				.text(issue.content())
				.text(issue.background())
				.text(PlanText.actions(issue.actions()));
		}
		sheet.finish();
	}

	private static void statistics(List<Statistic> statistics, ExcelTableSheet sheet) {
		sheet.header(List.of(new Column("指標 Indicator", 36, true), new Column("時点 Period", 16, false),
				new Column("年度 Fiscal year", 10, false), new Column("値 Value", 14, false),
				new Column("単位 Unit", 12, false), new Column("課題 ID", 8, false)));
		for (Statistic statistic : statistics) {
			sheet.row()
				.text(statistic.indicator())
				.text(statistic.period())
				.year(statistic.fiscalYear())
				.figure(PlanText.number(statistic))
				.text(PlanText.unitOrWord(statistic))
				.text(statistic.issueId());
		}
		sheet.finish();
	}

	private static void visits(List<VisitRow> visits, ExcelTableSheet sheet) {
		sheet.header(List.of(new Column("区分 Made/received", 10, false), new Column("日付 Date", 12, false),
				new Column("議会 Council", 24, true), new Column("会派 Faction", 20, true),
				new Column("視察先 Destination", 24, true), new Column("調査事項 Topic", 44, true),
				new Column("人口 Population", 12, false), new Column("人口基準日 As of", 12, false),
				new Column("報告者 Reporters", 30, true)));
		for (VisitRow visit : visits) {
			sheet.row()
				.text(PlanText.direction(visit))
				.date(visit.date())
				.text(PlanText.place(visit.councilName(), visit.councilCode()))
				.text(visit.faction())
				.text(PlanText.place(visit.destinationName(), visit.destinationCode()))
				.text(visit.topic())
				.count(visit.population())
				.date(visit.populationAsOf())
				.text(PlanText.joined(visit.reporters()));
		}
		sheet.finish();
	}
}
