package org.govreview.writers.ratingsheet;

import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.govreview.domain.rating.RatingSheetLayout;

/** The last sheet, 記入方法: how a department fills the rating sheet and its indicator sheet in. */
final class RatingSheetInstructions {

	private static final List<String> LINES = List.of("記入方法",
			"1. 「" + RatingSheetLayout.SHEET_NAME + "」の各行は、貴部署が担当する取組事業です。",
			"2. 「評価」欄に取組の進捗を " + RatingSheetLayout.MIN_RATING + "〜" + RatingSheetLayout.MAX_RATING
					+ " の整数で入力してください（10 が最も進んでいる）。小数や範囲外の値は取り込まれません。",
			"3. 「コメント」欄には評価の理由や特記事項を記入してください（任意）。",
			"4. 評価欄が空欄の行は「未評価」として扱われ、取り込まれません。",
			"5. 取組事業を追加するときは、表の下に政策コード（例: I-1-2）と取組事業を記入してください。担当部署が空欄なら上の担当部署とみなします。",
			"6. 同じ政策コード・取組事業・担当部署の行を二度記入しないでください（後の行はエラーになります）。",
			"7. 1 行目の表題と、自治体コード・年度・担当部署の欄は読み取りに使います。変更しないでください。",
			"8. 「" + RatingSheetLayout.INDICATOR_SHEET_NAME
					+ "」の各行は、貴部署が担当する行動計画の取組の指標です。「実績年度」に実績の年度を西暦4桁（例: 2024）で、「実績値」に最新の実績値を記入してください。",
			"9. 実績値は単位を付けたまま文字で記入してください（例: 25.3%、120件）。数値でない実績は「設置」「検討中」などの言葉で、実績がないときは「—」と記入してください。",
			"10. 実績値が空欄の行は「未報告」として扱われ、取り込まれません。",
			"11. 指標を追加するときは、表の下に取組コード（例: 1-I-1、3-3-①）と指標を記入してください。実績値を記入した行に取組コードや指標がないと、その行はエラーになります。",
			"12. 「" + RatingSheetLayout.INDICATOR_SHEET_NAME + "」のシート名と表の見出しは読み取りに使います。変更しないでください。");

	private RatingSheetInstructions() {
	}

	static void addTo(XSSFWorkbook workbook, RatingSheetStyles styles) {
		Sheet sheet = workbook.createSheet(RatingSheetLayout.INSTRUCTIONS_SHEET_NAME);
		sheet.setColumnWidth(0, 120 * 256);
		for (int i = 0; i < LINES.size(); i++) {
			RatingSheetWorkbookWriter.text(sheet.createRow(i), 0, LINES.get(i), i == 0 ? styles.title() : styles.note());
		}
	}
}
