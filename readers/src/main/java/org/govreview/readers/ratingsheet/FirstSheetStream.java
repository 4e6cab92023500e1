package org.govreview.readers.ratingsheet;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.function.Function;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
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
 * Streams the cells of a workbook's first sheet to a {@link SheetContentsHandler} with POI's event API: the
 * sheet XML is parsed as it is read, so memory does not grow with the number of rows. Numbers arrive as their
 * plain value ("7", "7.5", "999997"), whatever number format the cell shows them in; text arrives as written.
 */
final class FirstSheetStream {

	private FirstSheetStream() {
	}

	/**
	 * Streams the first sheet of {@code file} into the handler that {@code handlerForSheet} makes for the
	 * sheet's name. A handler may stop the stream early by throwing {@link Stop}. A file that is not a readable
	 * .xlsx workbook is rejected; a {@link RejectedDocumentException} thrown by the handler passes through.
	 */
	static void stream(Path file, Function<String, SheetContentsHandler> handlerForSheet) {
		OPCPackage workbook;
		try {
			workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
		}
		catch (Exception ex) {
			throw unreadable(file, ex);
		}
		try {
			XSSFReader reader = new XSSFReader(workbook);
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook);
			StylesTable styles = reader.getStylesTable();
			XSSFReader.SheetIterator sheets = reader.getSheetIterator();
			if (!sheets.hasNext()) {
				throw new RejectedDocumentException(file, null, "workbook has no sheet", null);
			}
			try (InputStream sheet = sheets.next()) {
				SheetContentsHandler handler = handlerForSheet.apply(sheets.getSheetName());
				XMLReader parser = XMLHelper.newXMLReader();
				parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, handler, new PlainNumbers(),
						false));
				parser.parse(new InputSource(sheet));
			}
		}
		catch (Stop stop) {
			// the handler has seen enough
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
		catch (IOException | ParserConfigurationException | OpenXML4JException | POIXMLException
				| OpenXML4JRuntimeException | IllegalStateException ex) {
			throw unreadable(file, ex);
		}
		finally {
			workbook.revert();
		}
	}

	private static RejectedDocumentException unreadable(Path file, Exception cause) {
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

	/** Formats a number as its plain value, so that a cell shown as "8" with format "0" still reads 7.5. */
	private static final class PlainNumbers extends DataFormatter {

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString) {
			return plain(value);
		}

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString,
				boolean use1904Windowing) {
			return plain(value);
		}

		private static String plain(double value) {
			if (Double.isNaN(value) || Double.isInfinite(value)) {
				return String.valueOf(value);
			}
			return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
		}
	}
}
