package org.govreview.writers.ratingsheet;

import static org.govreview.domain.rating.RatingSheetLayout.COLUMN_ACTIVITY;
import static org.govreview.domain.rating.RatingSheetLayout.COLUMN_COMMENT;
import static org.govreview.domain.rating.RatingSheetLayout.COLUMN_DEPARTMENT;
import static org.govreview.domain.rating.RatingSheetLayout.COLUMN_MEASURE;
import static org.govreview.domain.rating.RatingSheetLayout.COLUMN_POLICY_CODE;
import static org.govreview.domain.rating.RatingSheetLayout.COLUMN_RATING;
import static org.govreview.domain.rating.RatingSheetLayout.DATA_START_ROW;
import static org.govreview.domain.rating.RatingSheetLayout.DEPARTMENT_ROW;
import static org.govreview.domain.rating.RatingSheetLayout.FISCAL_YEAR_ROW;
import static org.govreview.domain.rating.RatingSheetLayout.HEADER_LABELS;
import static org.govreview.domain.rating.RatingSheetLayout.HEADER_VALUE_COLUMN;
import static org.govreview.domain.rating.RatingSheetLayout.INDICATOR_COLUMN_COMMENT;
import static org.govreview.domain.rating.RatingSheetLayout.INDICATOR_COLUMN_DEPARTMENT;
import static org.govreview.domain.rating.RatingSheetLayout.INDICATOR_COLUMN_INDICATOR;
import static org.govreview.domain.rating.RatingSheetLayout.INDICATOR_COLUMN_INITIATIVE;
import static org.govreview.domain.rating.RatingSheetLayout.INDICATOR_COLUMN_INITIATIVE_CODE;
import static org.govreview.domain.rating.RatingSheetLayout.INDICATOR_COLUMN_VALUE;
import static org.govreview.domain.rating.RatingSheetLayout.INDICATOR_COLUMN_YEAR;
import static org.govreview.domain.rating.RatingSheetLayout.INDICATOR_DATA_START_ROW;
import static org.govreview.domain.rating.RatingSheetLayout.MUNICIPALITY_CODE_ROW;
import static org.govreview.domain.rating.RatingSheetLayout.MUNICIPALITY_NAME_ROW;
import static org.govreview.domain.rating.RatingSheetLayout.VALIDATED_ROWS;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.govreview.domain.fiscal.FiscalYear;
import org.govreview.domain.municipality.Municipality;
import org.govreview.domain.rating.IndicatorSheetRow;
import org.govreview.domain.rating.RatingSheetLayout;
import org.govreview.domain.rating.RatingSheetRow;

/**
 * Writes the department rating sheet (10段階評価シート) in the {@link RatingSheetLayout}: the empty template
 * that the project publishes, and sheets pre-filled with one department's measures and activities, leaving 評価
 * (rating) and コメント (comment) for the department to fill in, and with the action-plan indicators it reports
 * on, leaving 実績年度 (year) and 実績値 (actual) on the second sheet, 指標実績.
 * <p>
 * Every value is written as a text cell, never as a formula, so an activity that starts with '=' stays text. The
 * input cells are formatted as text ("@") so that Excel keeps codes such as 012131 and actuals such as "25.3%" as
 * typed; the rating and year columns are not, and carry a whole-number data validation (評価 1–10, 実績年度
 * 2000–2100) for the pre-filled rows and {@value RatingSheetLayout#VALIDATED_ROWS} more. Files are written to a temporary file beside the target and moved into place, so a reader never sees a
 * half-written sheet and an existing file is replaced only by a complete one.
 * <p>
 * Stateless and thread-safe: each call builds its own workbook and temporary file; of concurrent calls for the
 * same target, the last to finish wins.
 */
public final class RatingSheetWorkbookWriter {

	/**
	 * Writes the empty template: marker, header labels, table header, validation, the empty indicator sheet and
	 * instructions.
	 */
	public void writeTemplate(Path target) {
		Objects.requireNonNull(target, "target");
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			RatingSheetStyles styles = new RatingSheetStyles(workbook);
			XSSFSheet sheet = RatingSheetSkeleton.create(workbook, styles, VALIDATED_ROWS);
			for (int i = 0; i < HEADER_LABELS.size(); i++) {
				text(sheet.getRow(MUNICIPALITY_CODE_ROW + i), HEADER_VALUE_COLUMN, null, styles.headerValue());
			}
			IndicatorSheetSkeleton.create(workbook, styles, VALIDATED_ROWS);
			RatingSheetInstructions.addTo(workbook, styles);
			save(workbook, target);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not write rating sheet template " + target, ex);
		}
	}

	/**
	 * Writes the sheet for one department into {@code outputDirectory} as
	 * {@code rating-sheet_<code>_FY<year>_<department>.xlsx} and returns its path. Of {@code rows}, those of the
	 * department (compared after NFKC normalization) are pre-filled in the given order; the others are left out. The
	 * indicator sheet is written empty, for a municipality without an action plan.
	 */
	public Path write(Municipality municipality, FiscalYear fiscalYear, String department, List<RatingSheetRow> rows,
			Path outputDirectory) {
		return write(municipality, fiscalYear, department, rows, List.of(), outputDirectory);
	}

	/**
	 * Writes the sheet for one department into {@code outputDirectory} as
	 * {@code rating-sheet_<code>_FY<year>_<department>.xlsx} and returns its path. Of {@code rows} and
	 * {@code indicators}, those of the department (compared after NFKC normalization) are pre-filled in the given
	 * order, the rows on 評価シート and the indicators on 指標実績; the others are left out.
	 */
	public Path write(Municipality municipality, FiscalYear fiscalYear, String department, List<RatingSheetRow> rows,
			List<IndicatorSheetRow> indicators, Path outputDirectory) {
		Objects.requireNonNull(municipality, "municipality");
		Objects.requireNonNull(fiscalYear, "fiscalYear");
		Objects.requireNonNull(rows, "rows");
		Objects.requireNonNull(indicators, "indicators");
		Path target = outputDirectory.resolve(RatingSheetLayout.fileName(municipality.code(), fiscalYear, department));
		List<RatingSheetRow> own = rows.stream().filter((row) -> sameDepartment(row.department(), department)).toList();
		List<IndicatorSheetRow> ownIndicators = indicators.stream()
			.filter((row) -> sameDepartment(row.department(), department))
			.toList();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			RatingSheetStyles styles = new RatingSheetStyles(workbook);
			XSSFSheet sheet = RatingSheetSkeleton.create(workbook, styles, own.size() + VALIDATED_ROWS);
			text(sheet.getRow(MUNICIPALITY_CODE_ROW), HEADER_VALUE_COLUMN, municipality.code().value(),
					styles.headerValue());
			text(sheet.getRow(MUNICIPALITY_NAME_ROW), HEADER_VALUE_COLUMN, municipality.name(), styles.headerValue());
			text(sheet.getRow(FISCAL_YEAR_ROW), HEADER_VALUE_COLUMN, String.valueOf(fiscalYear.year()),
					styles.headerValue());
			text(sheet.getRow(FISCAL_YEAR_ROW), HEADER_VALUE_COLUMN + 1, fiscalYear.japaneseLabel(), styles.note());
			text(sheet.getRow(DEPARTMENT_ROW), HEADER_VALUE_COLUMN, department.strip(), styles.headerValue());
			for (int i = 0; i < own.size(); i++) {
				RatingSheetRow item = own.get(i);
				Row row = sheet.createRow(DATA_START_ROW + i);
				text(row, COLUMN_POLICY_CODE, item.policyCode(), styles.prefilled());
				text(row, COLUMN_MEASURE, item.measure(), styles.prefilled());
				text(row, COLUMN_ACTIVITY, item.activity(), styles.prefilled());
				text(row, COLUMN_DEPARTMENT, item.department(), styles.prefilled());
				row.createCell(COLUMN_RATING).setCellStyle(styles.rating());
				row.createCell(COLUMN_COMMENT).setCellStyle(styles.input());
			}
			XSSFSheet indicatorSheet = IndicatorSheetSkeleton.create(workbook, styles,
					ownIndicators.size() + VALIDATED_ROWS);
			for (int i = 0; i < ownIndicators.size(); i++) {
				IndicatorSheetRow item = ownIndicators.get(i);
				Row row = indicatorSheet.createRow(INDICATOR_DATA_START_ROW + i);
				text(row, INDICATOR_COLUMN_INITIATIVE_CODE, item.initiativeCode(), styles.prefilled());
				text(row, INDICATOR_COLUMN_INITIATIVE, item.initiative(), styles.prefilled());
				text(row, INDICATOR_COLUMN_INDICATOR, item.indicator(), styles.prefilled());
				text(row, INDICATOR_COLUMN_DEPARTMENT, item.department(), styles.prefilled());
				row.createCell(INDICATOR_COLUMN_YEAR).setCellStyle(styles.year());
				row.createCell(INDICATOR_COLUMN_VALUE).setCellStyle(styles.input());
				row.createCell(INDICATOR_COLUMN_COMMENT).setCellStyle(styles.input());
			}
			RatingSheetInstructions.addTo(workbook, styles);
			save(workbook, target);
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not write rating sheet " + target, ex);
		}
	}

	private static boolean sameDepartment(String a, String b) {
		return a != null && b != null && Normalizer.normalize(a.strip(), Normalizer.Form.NFKC)
			.equals(Normalizer.normalize(b.strip(), Normalizer.Form.NFKC));
	}

	static void text(Row row, int column, String value, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellStyle(style);
		if (value != null) {
			cell.setCellValue(value);
		}
	}

	private static void save(XSSFWorkbook workbook, Path target) throws IOException {
		Path directory = target.toAbsolutePath().getParent();
		Files.createDirectories(directory);
		// not Files.createTempFile: its owner-only permissions would stay on the moved file
		Path temporary = directory.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
		try {
			try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW)) {
				workbook.write(out);
			}
			try {
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}
}
