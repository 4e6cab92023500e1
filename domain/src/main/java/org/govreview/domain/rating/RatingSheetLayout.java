package org.govreview.domain.rating;

import java.util.List;

import org.govreview.domain.fiscal.FiscalYear;
import org.govreview.domain.municipality.LocalGovernmentCode;

/**
 * The layout of the department rating sheet (10段階評価シート), shared by the writer that generates it and the
 * reader that ingests it. Row and column indexes are 0-based, as POI counts; {@link #rowNumber(int)} and
 * {@link #cellReference(int, int)} give the 1-based names people see in Excel.
 *
 * <pre>
 *   A1  marker ({@link #MARKER}): recognises the file by its content
 *   A2  自治体コード   B2  999997
 *   A3  自治体名       B3  桜ヶ丘市
 *   A4  年度           B4  2024 (western fiscal year)
 *   A5  担当部署       B5  デジタル推進課
 *   row 7: 政策コード | 施策 | 取組事業 | 担当部署 | 評価 | コメント
 *   row 8 on: one activity per row
 * </pre>
 *
 * The second sheet, {@value #INDICATOR_SHEET_NAME}, asks for the latest actuals of the action-plan indicators
 * (KPIs) the department is responsible for; its municipality, year and department are those of the first sheet:
 *
 * <pre>
 *   A1  title (informational)
 *   row 3: 取組コード | 取組 | 指標 | 担当部署 | 実績年度 | 実績値 | コメント
 *   row 4 on: one indicator per row
 * </pre>
 *
 * The last sheet, {@value #INSTRUCTIONS_SHEET_NAME}, explains how to fill both in. Workbooks written before the
 * indicator sheet existed carry the same {@link #MARKER} and lack only {@value #INDICATOR_SHEET_NAME}.
 */
public final class RatingSheetLayout {

	/** The sheet the departments fill in; the first sheet of the workbook. */
	public static final String SHEET_NAME = "評価シート";

	/** The last sheet: short instructions for the departments. */
	public static final String INSTRUCTIONS_SHEET_NAME = "記入方法";

	/** The text in A1 of the first sheet that identifies a rating sheet of this layout version. */
	public static final String MARKER = "govreview 10段階評価シート / rating sheet v1";

	public static final int MARKER_ROW = 0;

	public static final int MARKER_COLUMN = 0;

	/** Column A of the header block holds the labels, column B the values. */
	public static final int HEADER_LABEL_COLUMN = 0;

	public static final int HEADER_VALUE_COLUMN = 1;

	public static final String LABEL_MUNICIPALITY_CODE = "自治体コード";

	public static final String LABEL_MUNICIPALITY_NAME = "自治体名";

	public static final String LABEL_FISCAL_YEAR = "年度";

	public static final String LABEL_DEPARTMENT = "担当部署";

	public static final int MUNICIPALITY_CODE_ROW = 1;

	public static final int MUNICIPALITY_NAME_ROW = 2;

	public static final int FISCAL_YEAR_ROW = 3;

	public static final int DEPARTMENT_ROW = 4;

	/** The header labels in row order, from {@link #MUNICIPALITY_CODE_ROW}. */
	public static final List<String> HEADER_LABELS = List.of(LABEL_MUNICIPALITY_CODE, LABEL_MUNICIPALITY_NAME,
			LABEL_FISCAL_YEAR, LABEL_DEPARTMENT);

	public static final int TABLE_HEADER_ROW = 6;

	public static final int DATA_START_ROW = 7;

	/** 政策コード: the measure's code, e.g. I-1-2. */
	public static final int COLUMN_POLICY_CODE = 0;

	/** 施策: the measure's title, for the reader's information only. */
	public static final int COLUMN_MEASURE = 1;

	/** 取組事業: the activity text. */
	public static final int COLUMN_ACTIVITY = 2;

	/** 担当部署: blank means the department in the header. */
	public static final int COLUMN_DEPARTMENT = 3;

	/** 評価: a whole number from {@link #MIN_RATING} to {@link #MAX_RATING}; blank means not rated yet. */
	public static final int COLUMN_RATING = 4;

	public static final int COLUMN_COMMENT = 5;

	/** The table header labels, indexed by column. */
	public static final List<String> COLUMN_LABELS = List.of("政策コード", "施策", "取組事業", "担当部署", "評価", "コメント");

	public static final int MIN_RATING = 1;

	public static final int MAX_RATING = 10;

	/**
	 * How many rows below the pre-filled ones carry the validation of 評価 (and of 実績年度 on the indicator sheet),
	 * for rows the department adds.
	 */
	public static final int VALIDATED_ROWS = 500;

	/** The second sheet: the latest actuals of the action-plan indicators (KPIs); optional when reading. */
	public static final String INDICATOR_SHEET_NAME = "指標実績";

	/** A1 of the indicator sheet: a title for people, not read. */
	public static final int INDICATOR_TITLE_ROW = 0;

	public static final int INDICATOR_TABLE_HEADER_ROW = 2;

	public static final int INDICATOR_DATA_START_ROW = 3;

	/** 取組コード: the initiative's code as the action plan prints it, e.g. 1-I-1 or 3-3-①. */
	public static final int INDICATOR_COLUMN_INITIATIVE_CODE = 0;

	/** 取組: the initiative's title, for the reader's information only. */
	public static final int INDICATOR_COLUMN_INITIATIVE = 1;

	/** 指標: the indicator's name as the action plan prints it. */
	public static final int INDICATOR_COLUMN_INDICATOR = 2;

	/** 担当部署: informational. */
	public static final int INDICATOR_COLUMN_DEPARTMENT = 3;

	/** 実績年度: the 4-digit western year the actual is for, {@link #MIN_ACTUAL_YEAR}–{@link #MAX_ACTUAL_YEAR}. */
	public static final int INDICATOR_COLUMN_YEAR = 4;

	/** 実績値: the actual as text, with its unit ("25.3%", "120件") or as a word ("設置"); blank means not reported. */
	public static final int INDICATOR_COLUMN_VALUE = 5;

	public static final int INDICATOR_COLUMN_COMMENT = 6;

	/** The indicator table's header labels, indexed by column. */
	public static final List<String> INDICATOR_COLUMN_LABELS = List.of("取組コード", "取組", "指標", "担当部署", "実績年度",
			"実績値", "コメント");

	public static final int MIN_ACTUAL_YEAR = 2000;

	public static final int MAX_ACTUAL_YEAR = 2100;

	private RatingSheetLayout() {
	}

	/** The row number Excel shows for a 0-based row index. */
	public static int rowNumber(int rowIndex) {
		return rowIndex + 1;
	}

	/** The A1-style name of a cell, e.g. {@code cellReference(1, 1)} is "B2". */
	public static String cellReference(int rowIndex, int column) {
		StringBuilder letters = new StringBuilder();
		for (int c = column + 1; c > 0; c = (c - 1) / 26) {
			letters.insert(0, (char) ('A' + (c - 1) % 26));
		}
		return letters.toString() + rowNumber(rowIndex);
	}

	/** Where a whole-sheet problem is, as errors name it: "sheet 評価シート, cell B2". */
	public static String sheetCellLocation(int rowIndex, int column) {
		return "sheet " + SHEET_NAME + ", cell " + cellReference(rowIndex, column);
	}

	/**
	 * The file name of a generated sheet, e.g. {@code rating-sheet_999997_FY2024_デジタル推進課.xlsx}. The
	 * department is kept as written; only characters that are unsafe in a path become '_'.
	 */
	public static String fileName(LocalGovernmentCode code, FiscalYear fiscalYear, String department) {
		if (department == null || department.isBlank()) {
			throw new IllegalArgumentException("department must not be blank");
		}
		String safe = department.strip().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").replaceAll("^\\.+", "_");
		return "rating-sheet_" + code.value() + "_FY" + fiscalYear.year() + "_" + safe + ".xlsx";
	}
}
