package org.govreview.writers.pack;

import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.govreview.domain.document.Finding;
import org.govreview.domain.pack.MeasureDetail;
import org.govreview.domain.pack.MeasureDetail.ActivityDetail;
import org.govreview.domain.pack.ReviewPack;
import org.govreview.domain.pack.ReviewPack.SourceDocument;
import org.govreview.domain.rollup.RollupRow;
import org.govreview.writers.pack.ExcelTableSheet.Column;

/**
 * Writes a {@link ReviewPack} as the Excel workbook the policy office edits and circulates:
 * {@code <pack.fileBaseName()>.xlsx} with the sheets 概要 Summary (basic policies, pledges, overall; or a line saying
 * there is no pledge report roll-up), 施策詳細 Detail (one row per activity), 突合 Reconciliation (the disagreements),
 * 指標 Indicators, 課題 Issues, 統計 Statistics and 視察 Visits ({@link ExcelPlanSheets}), 出典 Sources and 指摘 Findings.
 * The summary and the findings are always there; every other sheet only when the pack has rows for it (the
 * reconciliation when it has a roll-up), so a pack of visits alone has no empty tables.
 * <p>
 * Figures are numeric cells (percentages on the 0–100 scale, not Excel percentages); a missing figure is an empty
 * cell, never 0. Every text, in particular any taken from a source document, is a text cell and never a formula.
 * The file appears complete or not at all: it is written to a temporary file in the output directory and moved into
 * place, replacing an earlier pack. Failures are thrown as {@link java.io.UncheckedIOException}.
 * <p>
 * Stateless and thread-safe: each call builds its own workbook.
 */
public final class ExcelReviewPackWriter {

	static final String SUMMARY_SHEET = "概要 Summary";

	static final String DETAIL_SHEET = "施策詳細 Detail";

	static final String RECONCILIATION_SHEET = "突合 Reconciliation";

	static final String SOURCES_SHEET = "出典 Sources";

	static final String FINDINGS_SHEET = "指摘 Findings";

	/** Writes the workbook into the directory (created if missing) and returns its path. */
	public Path write(ReviewPack pack, Path outputDirectory) {
		return AtomicPackFile.write(outputDirectory, pack.fileBaseName() + ".xlsx", out -> {
			try (XSSFWorkbook workbook = new XSSFWorkbook()) {
				ExcelStyles styles = new ExcelStyles(workbook);
				summary(pack, new ExcelTableSheet(workbook, SUMMARY_SHEET, styles));
				if (!pack.measures().isEmpty()) {
					detail(pack, new ExcelTableSheet(workbook, DETAIL_SHEET, styles));
				}
				if (!pack.rollup().isEmpty()) {
					reconciliation(pack, new ExcelTableSheet(workbook, RECONCILIATION_SHEET, styles));
				}
				ExcelPlanSheets.write(pack, workbook, styles);
				if (!pack.sources().isEmpty()) {
					sources(pack, new ExcelTableSheet(workbook, SOURCES_SHEET, styles));
				}
				findings(pack, new ExcelTableSheet(workbook, FINDINGS_SHEET, styles));
				workbook.getProperties().getCoreProperties().setTitle(PackText.title(pack));
				workbook.getProperties().getCoreProperties().setCreator("govreview");
				workbook.write(out);
			}
		});
	}

	private static void summary(ReviewPack pack, ExcelTableSheet sheet) {
		sheet.title(PackText.TITLE);
		sheet.field("自治体 Municipality", pack.municipality().name(), pack.municipality().code().value());
		sheet.field("年度 Fiscal year", pack.fiscalYear().toString(), pack.fiscalYear().japaneseLabel());
		sheet.field("ルール Rule", pack.ruleName());
		sheet.field("作成日時 Generated", PackText.generatedAt(pack.generatedAt()));
		sheet.blankRow();
		List<RollupRow> rows = PackText.summaryRows(pack);
		if (rows.isEmpty()) {
			sheet.field(PackText.NO_ROLLUP);
			sheet.finish();
			return;
		}
		sheet.header(List.of(new Column("階層 Level", 12, false), new Column("コード Code", 10, false),
				new Column("名称 Name", 50, true), new Column("算出 Computed (%)", 12, false),
				new Column("範囲 Range (%)", 12, false), new Column("公表 Published (%)", 12, false),
				new Column("状態 Status", 20, false), new Column("備考 Note", 60, true)));
		for (RollupRow row : rows) {
			sheet.row()
				.text(PackText.level(row.level()))
				.text(row.code())
				.text(row.name())
				.number(row.computed())
				.text(PackText.range(row))
				.number(row.published())
				.text(PackText.status(row.status()))
				.text(row.note());
		}
		sheet.finish();
	}

	private static void detail(ReviewPack pack, ExcelTableSheet sheet) {
		sheet.header(List.of(new Column("施策コード Measure", 12, false), new Column("施策名 Title", 40, true),
				new Column("担当部署 Departments", 30, true), new Column("★評価 Stars", 20, false),
				new Column("シート評価 Sheet rating", 12, false), new Column("取組コード Activity", 12, false),
				new Column("取組事業内容 Activity", 60, true), new Column("部署評価 Department ratings", 40, true)));
		for (MeasureDetail measure : pack.measures()) {
			if (measure.activities().isEmpty()) {
				measureCells(sheet.row(), measure);
			}
			for (ActivityDetail activity : measure.activities()) {
				measureCells(sheet.row(), measure).text(activity.code())
					.text(activity.text())
					.text(PackText.departmentRatings(activity));
			}
		}
		sheet.finish();
	}

	private static ExcelTableSheet.RowCells measureCells(ExcelTableSheet.RowCells cells, MeasureDetail measure) {
		return cells.text(measure.code())
			.text(measure.title())
			.text(PackText.departments(measure))
			.text(PackText.evaluation(measure))
			.rating(measure.sheetRating());
	}

	private static void reconciliation(ReviewPack pack, ExcelTableSheet sheet) {
		sheet.header(List.of(new Column("階層 Level", 12, false), new Column("コード Code", 10, false),
				new Column("名称 Name", 50, true), new Column("公表 Published (%)", 12, false),
				new Column("算出 Computed (%)", 12, false), new Column("範囲 Range (%)", 12, false),
				new Column("備考 Note", 80, true)));
		List<RollupRow> disagreements = pack.disagreements();
		if (disagreements.isEmpty()) {
			sheet.row().text("").text("").text(PackText.NO_DISAGREEMENTS);
		}
		for (RollupRow row : disagreements) {
			sheet.row()
				.text(PackText.level(row.level()))
				.text(row.code())
				.text(row.name())
				.number(row.published())
				.number(row.computed())
				.text(PackText.range(row))
				.text(row.note());
		}
		sheet.finish();
	}

	private static void sources(ReviewPack pack, ExcelTableSheet sheet) {
		sheet.header(List.of(new Column("種別 Kind", 20, false), new Column("パス Path", 70, true),
				new Column("SHA-256", 70, false)));
		for (SourceDocument source : pack.sources()) {
			sheet.row().text(source.kind()).text(source.path()).text(source.sha256());
		}
		sheet.finish();
	}

	private static void findings(ReviewPack pack, ExcelTableSheet sheet) {
		List<String> notices = PackText.lostFactNotices(pack);
		if (!notices.isEmpty()) {
			sheet.title(PackText.LOST_FACTS_NOTICE);
			notices.forEach(sheet::title);
		}
		sheet.header(List.of(new Column("重要度 Severity", 12, false), new Column("場所 Location", 30, true),
				new Column("内容 Message", 60, true), new Column("値 Value", 50, true)));
		if (pack.documentFindings().isEmpty()) {
			sheet.row().text("").text("").text(PackText.NO_FINDINGS);
		}
		for (Finding finding : pack.documentFindings()) {
			sheet.row()
				.text(finding.severity() == null ? "" : finding.severity().name())
				.text(finding.location())
				.text(finding.message())
				.text(finding.value());
		}
		sheet.finish();
	}
}
