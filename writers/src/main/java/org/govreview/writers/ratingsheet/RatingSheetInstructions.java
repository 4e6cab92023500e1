package org.govreview.writers.ratingsheet;

import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.govreview.domain.rating.RatingSheetLayout;

/** The second sheet, 記入方法: how a department fills the rating sheet in. */
final class RatingSheetInstructions {

	private static final List<String> LINES = List.of("記入方法",
			"1. 「" + RatingSheetLayout.SHEET_NAME + "」の各行は、貴部署が担当する取組事業です。",
			"2. 「評価」欄に取組の進捗を " + RatingSheetLayout.MIN_RATING + "〜" + RatingSheetLayout.MAX_RATING
					+ " の整数で入力してください（10 が最も進んでいる）。小数や範囲外の値は取り込まれません。",
			"3. 「コメント」欄には評価の理由や特記事項を記入してください（任意）。",
			"4. 評価欄が空欄の行は「未評価」として扱われ、取り込まれません。",
			"5. 取組事業を追加するときは、表の下に政策コード（例: I-1-2）と取組事業を記入してください。担当部署が空欄なら上の担当部署とみなします。",
			"6. 同じ政策コード・取組事業・担当部署の行を二度記入しないでください（後の行はエラーになります）。",
			"7. 1 行目の表題と、自治体コード・年度・担当部署の欄は読み取りに使います。変更しないでください。");

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
