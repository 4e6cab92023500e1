package org.govreview.writers.pack;

import java.io.IOException;
import java.util.List;

import org.govreview.domain.pack.IndicatorRow;
import org.govreview.domain.pack.ReviewPack;
import org.govreview.domain.pack.VisitRow;
import org.govreview.domain.policy.PolicyIssue;
import org.govreview.domain.policy.Statistic;
import org.govreview.writers.pack.PdfPageWriter.Column;

/**
 * The PDF sections of a pack's plans and visits, in the same words as {@link ExcelPlanSheets}: 指標 Indicators,
 * 課題 Issues (one block per issue), 統計 Statistics and 視察 Visits, each only when the pack has rows for it.
 */
final class PdfPlanSections {

	private static final float SECTION_SIZE = 12;

	private static final float ISSUE_SIZE = 10;

	private static final float BODY = PdfPageWriter.BODY_SIZE;

	private final PdfPageWriter pages;

	PdfPlanSections(PdfPageWriter pages) {
		this.pages = pages;
	}

	void write(ReviewPack pack) throws IOException {
		if (!pack.indicators().isEmpty()) {
			indicators(pack.indicators());
		}
		if (!pack.issues().isEmpty()) {
			issues(pack.issues());
		}
		if (!pack.statistics().isEmpty()) {
			statistics(pack.statistics());
		}
		if (!pack.visits().isEmpty()) {
			visits(pack.visits());
		}
	}

	private void indicators(List<IndicatorRow> indicators) throws IOException {
		pages.heading("指標 Indicators", SECTION_SIZE);
		pages.startTable(List.of(Column.text("取組コード", 8), Column.text("取組", 17), Column.text("指標", 17),
				Column.text("担当部署", 12), Column.figure("基準年度", 6), Column.figure("基準値", 7),
				Column.figure("目標年度", 6), Column.figure("目標値", 7), Column.figure("実績年度", 6),
				Column.figure("実績値", 7), Column.figure("達成率 (%)", 7)));
		for (IndicatorRow row : indicators) {
			pages.row(List.of(PackText.orEmpty(row.initiativeCode()), PackText.orEmpty(row.initiative()),
					PackText.orEmpty(row.indicator()), PlanText.joined(row.departments()),
					PlanText.year(row.baselineYear()), PlanText.display(row.baseline()), PlanText.year(row.targetYear()),
					PlanText.display(row.target()), PlanText.year(row.actualYear()), PlanText.display(row.actual()),
					PlanText.rate(row.achievementRate())));
		}
		pages.endTable();
	}

	private void issues(List<PolicyIssue> issues) throws IOException {
		pages.heading("課題 Issues", SECTION_SIZE);
		for (PolicyIssue issue : issues) {
			pages.heading(PackText.orEmpty(issue.id()) + " " + PackText.orEmpty(issue.title()), ISSUE_SIZE);
			labelled("課題の内容 Content", issue.content());
			labelled("課題の背景 Background", issue.background());
			if (!issue.actions().isEmpty()) {
				pages.paragraph("取組み Actions", BODY, 0);
				for (String action : issue.actions()) {
					pages.paragraph("・" + PackText.orEmpty(action), BODY, 10);
				}
			}
		}
		pages.gap(BODY);
	}

	private void labelled(String label, String text) throws IOException {
		if (text != null && !text.isBlank()) {
			pages.paragraph(label, BODY, 0);
			pages.paragraph(text, BODY, 10);
		}
	}

	private void statistics(List<Statistic> statistics) throws IOException {
		pages.heading("統計 Statistics", SECTION_SIZE);
		pages.startTable(List.of(Column.text("指標", 38), Column.text("時点", 14), Column.figure("年度", 8),
				Column.figure("値", 14), Column.text("単位", 14), Column.text("課題 ID", 12)));
		for (Statistic statistic : statistics) {
			pages.row(List.of(PackText.orEmpty(statistic.indicator()), PackText.orEmpty(statistic.period()),
					PlanText.year(statistic.fiscalYear()), PlanText.numberText(statistic),
					PlanText.unitOrWord(statistic), PackText.orEmpty(statistic.issueId())));
		}
		pages.endTable();
	}

	private void visits(List<VisitRow> visits) throws IOException {
		pages.heading("視察 Visits", SECTION_SIZE);
		pages.startTable(List.of(Column.text("区分", 6), Column.text("日付", 10), Column.text("議会", 13),
				Column.text("会派", 11), Column.text("視察先", 13), Column.text("調査事項", 21), Column.figure("人口", 9),
				Column.text("人口基準日", 10), Column.text("報告者", 14)));
		for (VisitRow visit : visits) {
			pages.row(List.of(PlanText.direction(visit), PlanText.date(visit.date()),
					PlanText.place(visit.councilName(), visit.councilCode()), PackText.orEmpty(visit.faction()),
					PlanText.place(visit.destinationName(), visit.destinationCode()), PackText.orEmpty(visit.topic()),
					PlanText.count(visit.population()), PlanText.date(visit.populationAsOf()),
					PlanText.joined(visit.reporters())));
		}
		pages.endTable();
	}
}
