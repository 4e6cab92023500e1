package org.govreview.readers.ratingsheet;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.govreview.domain.document.Finding;
import org.govreview.domain.rating.ActivityRating;
import org.govreview.domain.rating.IndicatorActual;
import org.govreview.domain.rating.RatingSheet;
import org.govreview.domain.rating.RatingSheetLayout;
import org.govreview.readers.source.FileSignatures;
import org.govreview.readers.source.ZipContainer;
import org.govreview.readers.ratingsheet.WorkbookStream.SheetReading;
import org.govreview.readers.source.RejectedDocumentException;
import org.govreview.readers.text.JapaneseNumbers;

/**
 * Reads a department's filled-in rating sheet (10段階評価シート, {@link RatingSheetLayout}) into a
 * {@link RatingSheet}, streaming the first sheet and the indicator sheet (指標実績) with POI's event API so that
 * sheets of any length are read in constant memory.
 * <p>
 * Contract:
 * <ul>
 * <li>The whole file is rejected with a {@link RejectedDocumentException} that names the file, the cell and the
 * raw value when it is not a readable .xlsx workbook, when A1 of its first sheet lacks the
 * {@link RatingSheetLayout#MARKER marker}, or when the header lacks a valid 自治体コード (check digit included), a
 * 4-digit 年度 or a 担当部署.</li>
 * <li>Each data row is checked on its own: a 評価 that is not a whole number 1–10 (full-width digits and numbers
 * typed as text are accepted), a 政策コード the caller does not know, or a repeat of an earlier row (same code,
 * NFKC-normalized activity and department) becomes an error {@link Finding} naming the row and raw value, and the
 * row is left out. Rows with a blank 評価 are not rated yet: skipped, and counted in one info finding. Blank rows
 * are ignored; a blank 担当部署 means the header's department.</li>
 * <li>Valid rows become {@link ActivityRating}s in sheet order, with the activity and comment as written.</li>
 * <li>The sheet named {@value RatingSheetLayout#INDICATOR_SHEET_NAME}, when the workbook has one, holds indicator
 * actuals; a workbook without it (written before the sheet existed) reads with no actuals. Its header values are
 * those of the first sheet. A row with a blank 実績値 is not reported yet: skipped, and counted in one info finding.
 * A row with a 実績値 but no 取組コード or 指標, with a 実績年度 that is not a 4-digit year from
 * {@value RatingSheetLayout#MIN_ACTUAL_YEAR} to {@value RatingSheetLayout#MAX_ACTUAL_YEAR} (blank is allowed), or
 * repeating an earlier row (same code, indicator and year) becomes an error {@link Finding} naming the row and raw
 * value, and is left out. Valid rows become {@link IndicatorActual}s in sheet order: the code normalized (NFKC but
 * for circled numbers such as ①, ASCII hyphens, upper case), the indicator as written, the value typed by
 * {@link JapaneseNumbers#value(String)} ("25.3%" → 25.3 %, "設置" → milestone, "—" → absent); a number in a percent
 * format reads as the percentage it shows. A missing indicator table header is an error finding, not a
 * rejection.</li>
 * </ul>
 * Stateless and thread-safe: each call opens the file read-only and keeps its own state.
 */
public final class RatingSheetReader {

	/**
	 * Whether {@code file} is a rating sheet: an .xlsx workbook whose first sheet carries the marker in A1. Reads
	 * only as far as the first row; never throws.
	 */
	public static boolean recognises(Path file) {
		if (file == null || !Files.isRegularFile(file) || !FileSignatures.isZip(file)) {
			return false;
		}
		AtomicBoolean marked = new AtomicBoolean();
		try {
			WorkbookStream.streamFirstSheet(file, (sheetName) -> new FirstRow(marked));
		}
		catch (RuntimeException ex) {
			return false;
		}
		return marked.get();
	}

	/**
	 * Checks that {@code file}, a zip container, is a rating sheet before it is read.
	 * @throws RejectedDocumentException "an Excel workbook that is not a rating sheet (sheets: …)" when A1 of its
	 *         first sheet lacks the marker; "zip bomb" when an entry exceeds POI's limits; "not a readable .xlsx
	 *         workbook" otherwise
	 */
	public static void requireRatingSheet(Path file) {
		if (ZipContainer.inspect(file) != ZipContainer.Kind.WORKBOOK) {
			throw new RejectedDocumentException(file, null, "not a readable .xlsx workbook (no xl/ part)", null);
		}
		AtomicBoolean marked = new AtomicBoolean();
		WorkbookStream.streamFirstSheet(file, (sheetName) -> new FirstRow(marked));
		if (!marked.get()) {
			throw new RejectedDocumentException(file, "first sheet, A1",
					"an Excel workbook that is not a rating sheet (sheets: " + String.join(", ", WorkbookStream.sheetNames(file))
							+ "): A1 of its first sheet lacks the marker " + RatingSheetLayout.MARKER,
					null);
		}
	}

	/**
	 * Reads the rating sheet in {@code file}; {@code knownPolicyCode} says which measure codes (e.g. "I-1-2") the
	 * review knows, and receives them normalized (NFKC, ASCII hyphens, upper case).
	 * @throws RejectedDocumentException when the file as a whole cannot be read as a rating sheet
	 */
	public RatingSheet read(Path file, Predicate<String> knownPolicyCode) {
		Objects.requireNonNull(knownPolicyCode, "knownPolicyCode");
		return read(file, (municipality, fiscalYear) -> knownPolicyCode);
	}

	/**
	 * Reads the rating sheet in {@code file}, asking {@code catalog} for the policy codes of the municipality and
	 * fiscal year its header names.
	 * @throws RejectedDocumentException when the file as a whole cannot be read as a rating sheet
	 */
	public RatingSheet read(Path file, PolicyCatalog catalog) {
		Objects.requireNonNull(file, "file");
		Objects.requireNonNull(catalog, "catalog");
		RatingSheetContents[] contents = new RatingSheetContents[1];
		IndicatorSheetContents[] indicators = new IndicatorSheetContents[1];
		WorkbookStream.stream(file, (sheetName) -> {
			contents[0] = new RatingSheetContents(file, sheetName, catalog);
			return SheetReading.plain(contents[0]);
		}, (sheetName) -> {
			if (indicators[0] != null || !IndicatorSheetContents.isIndicatorSheet(sheetName)) {
				return null;
			}
			indicators[0] = new IndicatorSheetContents(file);
			return new SheetReading(indicators[0], true);
		});
		RatingSheet ratings = contents[0].result();
		if (indicators[0] == null) {
			return ratings;
		}
		List<Finding> findings = new ArrayList<>(ratings.findings());
		findings.addAll(indicators[0].findings());
		return new RatingSheet(ratings.municipalityCode(), ratings.fiscalYear(), ratings.department(),
				ratings.ratings(), indicators[0].actuals(), findings);
	}

	/** Looks at the first row only, then stops the stream. */
	private static final class FirstRow implements SheetContentsHandler {

		private final AtomicBoolean marked;

		private final Map<Integer, String> cells = new HashMap<>();

		private FirstRow(AtomicBoolean marked) {
			this.marked = marked;
		}

		@Override
		public void startRow(int rowIndex) {
		}

		@Override
		public void cell(String reference, String value, XSSFComment comment) {
			if (reference != null && value != null) {
				this.cells.put((int) new CellReference(reference).getCol(), value);
			}
		}

		@Override
		public void endRow(int rowIndex) {
			this.marked.set(RatingSheetContents.isMarkerRow(rowIndex, this.cells));
			throw new WorkbookStream.Stop();
		}
	}
}
