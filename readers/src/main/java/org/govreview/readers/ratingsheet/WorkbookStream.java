package org.govreview.readers.ratingsheet;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.govreview.readers.source.RejectedDocumentException;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Streams the cells of a workbook's sheets to {@link SheetContentsHandler}s with POI's event API: each sheet's XML
 * is parsed as it is read, so memory does not grow with the number of rows. The first sheet always goes to a
 * handler; the later sheets, in workbook order, to a handler only when one is asked for by the sheet's name.
 * Numbers arrive as their plain value ("7", "7.5", "999997"), whatever number format the cell shows them in, except
 * that a sheet may ask for percentages as shown (0.253 in a "0.0%" cell arrives as "25.3%"); text arrives as
 * written.
 */
final class WorkbookStream {

	private WorkbookStream() {
	}

	/** How to read one sheet: the handler of its rows, and whether percent-formatted numbers arrive as shown. */
	record SheetReading(SheetContentsHandler handler, boolean percentAsShown) {

		/** Numbers arrive as their plain value. */
		static SheetReading plain(SheetContentsHandler handler) {
			return new SheetReading(handler, false);
		}
	}

	/** Streams the first sheet of {@code file} only; see {@link #stream(Path, Function, Function)}. */
	static void streamFirstSheet(Path file, Function<String, SheetContentsHandler> handlerForSheet) {
		stream(file, (sheetName) -> SheetReading.plain(handlerForSheet.apply(sheetName)), null);
	}

	/**
	 * Streams the first sheet of {@code file} as {@code firstSheet} says for the sheet's name, then each later
	 * sheet that {@code laterSheet} (if not null) gives a reading for; a sheet it gives null for is skipped
	 * unparsed. A handler may stop the stream early, later sheets included, by throwing {@link Stop}. A file that
	 * is not a readable .xlsx workbook is rejected; a {@link RejectedDocumentException} thrown by a handler passes
	 * through.
	 */
	static void stream(Path file, Function<String, SheetReading> firstSheet,
			Function<String, SheetReading> laterSheet) {
		OPCPackage workbook = open(file);
		try {
			XSSFReader reader = new XSSFReader(workbook);
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook);
			StylesTable styles = reader.getStylesTable();
			XSSFReader.SheetIterator sheets = reader.getSheetIterator();
			if (!sheets.hasNext()) {
				throw new RejectedDocumentException(file, null, "workbook has no sheet", null);
			}
			try (InputStream sheet = sheets.next()) {
				parse(sheet, firstSheet.apply(sheets.getSheetName()), styles, strings);
			}
			while (laterSheet != null && sheets.hasNext()) {
				try (InputStream sheet = sheets.next()) {
					SheetReading reading = laterSheet.apply(sheets.getSheetName());
					if (reading != null) {
						parse(sheet, reading, styles, strings);
					}
				}
			}
		}
		catch (Stop stop) {
			// a handler has seen enough
		}
		catch (SAXException ex) {
			if (ex.getCause() instanceof RejectedDocumentException rejected) {
				throw rejected;
			}
			if (ex.getCause() instanceof Stop) {
				return;
			}
			throw unreadable(file, ex);
		}
		catch (RejectedDocumentException ex) {
			throw ex;
		}
		catch (IOException | ParserConfigurationException | OpenXML4JException | RuntimeException ex) {
			throw unreadable(file, ex);
		}
		finally {
			workbook.revert();
		}
	}

	/** Opens {@code file} for reading; a file that is not an .xlsx package is rejected as unreadable. */
	private static OPCPackage open(Path file) {
		try {
			return OPCPackage.open(file.toFile(), PackageAccess.READ);
		}
		catch (Exception ex) {
			throw unreadable(file, ex);
		}
	}

	/** The names of the workbook's sheets, in workbook order. */
	static List<String> sheetNames(Path file) {
		List<String> names = new ArrayList<>();
		OPCPackage workbook = open(file);
		try {
			XSSFReader.SheetIterator sheets = new XSSFReader(workbook).getSheetIterator();
			while (sheets.hasNext()) {
				sheets.next().close();
				names.add(sheets.getSheetName());
			}
			return names;
		}
		catch (Exception ex) {
			throw unreadable(file, ex);
		}
		finally {
			workbook.revert();
		}
	}

	private static void parse(InputStream sheet, SheetReading reading, StylesTable styles,
			ReadOnlySharedStringsTable strings) throws IOException, SAXException, ParserConfigurationException {
		XMLReader parser = XMLHelper.newXMLReader();
		parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, reading.handler(),
				new PlainNumbers(reading.percentAsShown()), false));
		parser.parse(new InputSource(sheet));
	}

	private static RejectedDocumentException unreadable(Path file, Exception cause) {
		for (Throwable t = cause; t != null; t = t.getCause()) {
			if (t.getMessage() != null && t.getMessage().contains("Zip bomb detected")) {
				return new RejectedDocumentException(file, null, "zip bomb: an entry expands beyond POI's limits "
						+ "(ZipSecureFile: minimum inflate ratio " + ZipSecureFile.getMinInflateRatio() + ", maximum entry size "
						+ ZipSecureFile.getMaxEntrySize() + " bytes); refused", null);
			}
		}
		return new RejectedDocumentException(file, null,
				"not a readable .xlsx workbook (" + cause.getClass().getSimpleName() + ": " + cause.getMessage() + ")",
				null, cause);
	}

	/** Thrown by a handler that needs no more rows. */
	static final class Stop extends RuntimeException {

		Stop() {
			super(null, null, false, false);
		}
	}

	/**
	 * Formats a number as its plain value, so that a cell shown as "8" with format "0" still reads 7.5; with
	 * {@code percentAsShown}, a number in a percent format reads as the percentage it shows, unrounded ("25.3%").
	 */
	private static final class PlainNumbers extends DataFormatter {

		private final boolean percentAsShown;

		PlainNumbers(boolean percentAsShown) {
			this.percentAsShown = percentAsShown;
		}

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString) {
			return format(value, formatString);
		}

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString,
				boolean use1904Windowing) {
			return format(value, formatString);
		}

		private String format(double value, String formatString) {
			if (Double.isNaN(value) || Double.isInfinite(value)) {
				return String.valueOf(value);
			}
			BigDecimal number = BigDecimal.valueOf(value);
			if (this.percentAsShown && isPercent(formatString)) {
				return plain(number.movePointRight(2)) + "%";
			}
			return plain(number);
		}

		private static String plain(BigDecimal number) {
			return number.stripTrailingZeros().toPlainString();
		}

		/** Whether a number format multiplies by 100: a '%' outside quotes and escapes. */
		static boolean isPercent(String formatString) {
			if (formatString == null) {
				return false;
			}
			boolean quoted = false;
			for (int i = 0; i < formatString.length(); i++) {
				char c = formatString.charAt(i);
				if (c == '"') {
					quoted = !quoted;
				}
				else if (!quoted && c == '\\') {
					i++;
				}
				else if (!quoted && c == '%') {
					return true;
				}
			}
			return false;
		}
	}
}
