package org.govreview.writers.pack;

import java.io.IOException;
import java.util.List;

import org.govreview.domain.document.Finding;
import org.govreview.domain.pack.MeasureDetail;
import org.govreview.domain.pack.MeasureDetail.ActivityDetail;
import org.govreview.domain.pack.ReviewPack;
import org.govreview.domain.pack.ReviewPack.SourceDocument;
import org.govreview.domain.rollup.RollupRow;
import org.govreview.writers.pack.PdfPageWriter.Column;

/**
 * What the PDF pack shows, section by section, in the same words as the workbook: the summary (or a line saying
 * there is no pledge report roll-up) and the findings always, every other section only when the pack has rows for it.
 */
final class PdfPackContent {

	private static final float TITLE_SIZE = 15;

	private static final float SECTION_SIZE = 12;

	private static final float MEASURE_SIZE = 10;

	private static final float BODY = PdfPageWriter.BODY_SIZE;

	private final PdfPageWriter pages;

	PdfPackContent(PdfPageWriter pages) {
		this.pages = pages;
	}

	void write(ReviewPack pack) throws IOException {
		pages.paragraph(PackText.title(pack), TITLE_SIZE, 0);
		pages.paragraph("ルール Rule: " + PackText.orEmpty(pack.ruleName()) + "    作成日時 Generated: "
				+ PackText.generatedAt(pack.generatedAt()), BODY, 0);
		summary(pack);
		if (!pack.measures().isEmpty()) {
			detail(pack);
		}
		if (!pack.rollup().isEmpty()) {
			reconciliation(pack);
		}
		new PdfPlanSections(pages).write(pack);
		sources(pack);
		pages.finish(pack.fileBaseName());
	}

	private void summary(ReviewPack pack) throws IOException {
		pages.heading("概要 Summary", SECTION_SIZE);
		List<RollupRow> rows = PackText.summaryRows(pack);
		if (rows.isEmpty()) {
			pages.paragraph(PackText.NO_ROLLUP, BODY, 0);
			return;
		}
		pages.startTable(List.of(Column.text("階層", 7), Column.text("コード", 6), Column.text("名称", 34),
				Column.figure("算出 (%)", 7), Column.figure("範囲 (%)", 8), Column.figure("公表 (%)", 7),
				Column.text("状態", 11), Column.text("備考", 34)));
		for (RollupRow row : rows) {
			pages.row(List.of(PackText.level(row.level()), PackText.orEmpty(row.code()), PackText.orEmpty(row.name()),
					PackText.number(row.computed()), PackText.range(row), PackText.number(row.published()),
					PackText.status(row.status()), PackText.orEmpty(row.note())));
		}
		pages.endTable();
	}

	private void detail(ReviewPack pack) throws IOException {
		pages.heading("施策詳細 Measure detail", SECTION_SIZE);
		for (MeasureDetail measure : pack.measures()) {
			pages.heading(PackText.orEmpty(measure.code()) + " " + PackText.orEmpty(measure.title()), MEASURE_SIZE);
			String stars = PackText.evaluation(measure);
			String sheet = PackText.sheetRating(measure.sheetRating());
			pages.paragraph("担当部署: " + PackText.departments(measure) + "    ★評価: " + (stars.isEmpty() ? "なし" : stars)
					+ "    シート評価: " + (sheet.isEmpty() ? "なし" : sheet), BODY, 0);
			for (ActivityDetail activity : measure.activities()) {
				pages.paragraph("・" + PackText.orEmpty(activity.code()) + " " + PackText.orEmpty(activity.text()), BODY, 10);
				String ratings = PackText.departmentRatings(activity);
				if (!ratings.isEmpty()) {
					pages.paragraph(ratings, BODY, 24);
				}
			}
		}
	}

	private void reconciliation(ReviewPack pack) throws IOException {
		pages.heading("突合 Reconciliation", SECTION_SIZE);
		List<RollupRow> disagreements = pack.disagreements();
		if (disagreements.isEmpty()) {
			pages.paragraph(PackText.NO_DISAGREEMENTS, BODY, 0);
			return;
		}
		pages.startTable(List.of(Column.text("階層", 7), Column.text("コード", 6), Column.text("名称", 30),
				Column.figure("公表 (%)", 7), Column.figure("算出 (%)", 7), Column.figure("範囲 (%)", 8),
				Column.text("備考", 49)));
		for (RollupRow row : disagreements) {
			pages.row(List.of(PackText.level(row.level()), PackText.orEmpty(row.code()), PackText.orEmpty(row.name()),
					PackText.number(row.published()), PackText.number(row.computed()), PackText.range(row),
					PackText.orEmpty(row.note())));
		}
		pages.endTable();
	}

	private void sources(ReviewPack pack) throws IOException {
		if (!pack.sources().isEmpty()) {
			pages.heading("出典 Sources", SECTION_SIZE);
			pages.startTable(List.of(Column.text("種別", 12), Column.text("パス", 40), Column.text("SHA-256", 48)));
			for (SourceDocument source : pack.sources()) {
				pages.row(List.of(PackText.orEmpty(source.kind()), PackText.orEmpty(source.path()),
						PackText.orEmpty(source.sha256())));
			}
			pages.endTable();
		}
		pages.heading("指摘 Findings", SECTION_SIZE);
		List<String> notices = PackText.lostFactNotices(pack);
		if (!notices.isEmpty()) {
			pages.paragraph(PackText.LOST_FACTS_NOTICE, SECTION_SIZE, 0);
			for (String notice : notices) {
				pages.paragraph(notice, BODY, 0);
			}
		}
		if (pack.documentFindings().isEmpty()) {
			pages.paragraph(PackText.NO_FINDINGS, BODY, 0);
			return;
		}
		pages.startTable(List.of(Column.text("重要度", 9), Column.text("場所", 22), Column.text("内容", 42),
				Column.text("値", 27)));
		for (Finding finding : pack.documentFindings()) {
			pages.row(List.of(finding.severity() == null ? "" : finding.severity().name(),
					PackText.orEmpty(finding.location()), PackText.orEmpty(finding.message()),
					PackText.orEmpty(finding.value())));
		}
		pages.endTable();
	}
}
