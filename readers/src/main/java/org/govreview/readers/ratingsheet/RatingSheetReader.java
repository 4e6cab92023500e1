package org.govreview.readers.ratingsheet;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.govreview.domain.document.Finding;
import org.govreview.domain.rating.ActivityRating;
import org.govreview.domain.rating.RatingSheet;
import org.govreview.domain.rating.RatingSheetLayout;
import org.govreview.readers.source.FileSignatures;
import org.govreview.readers.source.RejectedDocumentException;

/**
 * Reads a department's filled-in rating sheet (10段階評価シート, {@link RatingSheetLayout}) into a
 * {@link RatingSheet}, streaming the first sheet with POI's event API so that a sheet of any length is read in
 * constant memory.
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
			FirstSheetStream.stream(file, (sheetName) -> new FirstRow(marked));
		}
		catch (RuntimeException ex) {
			return false;
		}
		return marked.get();
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
		FirstSheetStream.stream(file, (sheetName) -> {
			contents[0] = new RatingSheetContents(file, sheetName, catalog);
			return contents[0];
		});
		return contents[0].result();
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
			throw new FirstSheetStream.Stop();
		}
	}
}
