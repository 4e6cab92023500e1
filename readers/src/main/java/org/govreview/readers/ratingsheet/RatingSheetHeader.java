package org.govreview.readers.ratingsheet;

import static org.govreview.domain.rating.RatingSheetLayout.DEPARTMENT_ROW;
import static org.govreview.domain.rating.RatingSheetLayout.FISCAL_YEAR_ROW;
import static org.govreview.domain.rating.RatingSheetLayout.HEADER_LABELS;
import static org.govreview.domain.rating.RatingSheetLayout.HEADER_VALUE_COLUMN;
import static org.govreview.domain.rating.RatingSheetLayout.LABEL_DEPARTMENT;
import static org.govreview.domain.rating.RatingSheetLayout.LABEL_FISCAL_YEAR;
import static org.govreview.domain.rating.RatingSheetLayout.LABEL_MUNICIPALITY_CODE;
import static org.govreview.domain.rating.RatingSheetLayout.MUNICIPALITY_CODE_ROW;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.govreview.domain.fiscal.FiscalYear;
import org.govreview.domain.municipality.LocalGovernmentCode;
import org.govreview.domain.rating.RatingSheetLayout;
import org.govreview.readers.source.RejectedDocumentException;

/**
 * The header block of a rating sheet: 自治体コード, 年度 and 担当部署, found by their labels in column A with the
 * value beside them in column B.
 */
record RatingSheetHeader(LocalGovernmentCode municipalityCode, FiscalYear fiscalYear, String department) {

	/** Collects the labelled values of the rows above the table, then validates them. */
	static final class Builder {

		private final Path file;

		private final String sheetName;

		private final Map<String, Integer> rowOfLabel = new HashMap<>();

		private final Map<String, String> valueOfLabel = new HashMap<>();

		Builder(Path file, String sheetName) {
			this.file = file;
			this.sheetName = sheetName;
		}

		/** Takes a row of the header block: {@code label} from column A, {@code value} from column B. */
		void row(int rowIndex, String label, String value) {
			String key = Text.normalize(label);
			if (HEADER_LABELS.contains(key) && !this.rowOfLabel.containsKey(key)) {
				this.rowOfLabel.put(key, rowIndex);
				this.valueOfLabel.put(key, value);
			}
		}

		RatingSheetHeader build() {
			String rawCode = value(LABEL_MUNICIPALITY_CODE);
			if (Text.isBlank(rawCode)) {
				throw reject(LABEL_MUNICIPALITY_CODE, MUNICIPALITY_CODE_ROW, "municipality code (自治体コード) missing",
						rawCode);
			}
			LocalGovernmentCode code;
			try {
				code = LocalGovernmentCode.of(Text.normalize(rawCode));
			}
			catch (IllegalArgumentException ex) {
				throw reject(LABEL_MUNICIPALITY_CODE, MUNICIPALITY_CODE_ROW,
						"invalid municipality code (自治体コード): " + ex.getMessage(), rawCode);
			}
			String rawYear = value(LABEL_FISCAL_YEAR);
			String year = Text.normalize(rawYear);
			if (!year.matches("[0-9]{4}") || !inRange(Integer.parseInt(year))) {
				throw reject(LABEL_FISCAL_YEAR, FISCAL_YEAR_ROW,
						"fiscal year (年度) must be a 4-digit western year such as 2024", rawYear);
			}
			String department = value(LABEL_DEPARTMENT);
			if (Text.isBlank(department)) {
				throw reject(LABEL_DEPARTMENT, DEPARTMENT_ROW, "department (担当部署) missing", department);
			}
			return new RatingSheetHeader(code, FiscalYear.of(Integer.parseInt(year)), department.strip());
		}

		private static boolean inRange(int year) {
			try {
				FiscalYear.of(year);
				return true;
			}
			catch (IllegalArgumentException ex) {
				return false;
			}
		}

		private String value(String label) {
			return this.valueOfLabel.get(label);
		}

		private RejectedDocumentException reject(String label, int defaultRow, String reason, String value) {
			int row = this.rowOfLabel.getOrDefault(label, defaultRow);
			String location = "sheet " + this.sheetName + ", cell "
					+ RatingSheetLayout.cellReference(row, HEADER_VALUE_COLUMN);
			return new RejectedDocumentException(this.file, location, reason, value);
		}
	}
}
