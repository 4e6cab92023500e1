package org.govreview.readers.text;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.govreview.readers.source.RejectedDocumentException;

/**
 * Loads the text of a document: PDF through PDFBox text extraction, text files as UTF-8 or, when they are not
 * valid UTF-8, as Shift_JIS (windows-31j, the CP932 superset Japanese offices write). Empty, binary, encrypted
 * and corrupt files are rejected with a {@link RejectedDocumentException} that says which and where. Stateless
 * and thread-safe.
 */
public final class SourceTextLoader {

	private static final Charset CP932 = Charset.forName("windows-31j");

	public SourceText load(Path file) {
		byte[] bytes = read(file);
		if (bytes.length == 0) {
			throw new RejectedDocumentException(file, null, "empty file", null);
		}
		if (isPdf(bytes)) {
			return pdf(file, bytes);
		}
		if (looksBinary(bytes)) {
			throw new RejectedDocumentException(file, "byte " + firstControlByte(bytes),
					"binary content: neither text nor PDF", hex(bytes));
		}
		String text = decode(bytes, StandardCharsets.UTF_8);
		String origin = "UTF-8";
		if (text == null) {
			text = decode(bytes, CP932);
			origin = "windows-31j";
		}
		if (text == null) {
			throw new RejectedDocumentException(file, null, "text is neither UTF-8 nor Shift_JIS (CP932)", hex(bytes));
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		return new SourceText(file, text.lines().toList(), origin);
	}

	public static boolean isPdf(byte[] head) {
		return head.length >= 5 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F' && head[4] == '-';
	}

	private static SourceText pdf(Path file, byte[] bytes) {
		if (!endsWithEofMarker(bytes)) {
			// PDFBox would recover what it can from the objects it finds, silently losing the pages after the cut
			throw new RejectedDocumentException(file, "end of file (" + bytes.length + " bytes)",
					"corrupt or truncated PDF: no %%EOF marker at the end, the file is cut short", null);
		}
		try (PDDocument document = Loader.loadPDF(bytes)) {
			if (document.isEncrypted()) {
				throw new RejectedDocumentException(file, null, "encrypted PDF: text extraction is not permitted", null);
			}
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			String text = stripper.getText(document);
			if (text.isBlank()) {
				throw new RejectedDocumentException(file, null,
						"PDF has no extractable text (" + document.getNumberOfPages() + " pages; scanned images need OCR first)", null);
			}
			return new SourceText(file, text.lines().toList(), "PDF, " + document.getNumberOfPages() + " pages");
		}
		catch (InvalidPasswordException ex) {
			throw new RejectedDocumentException(file, null, "encrypted PDF: a password is required", null, ex);
		}
		catch (IOException ex) {
			throw new RejectedDocumentException(file, null, "corrupt or truncated PDF: " + ex.getMessage(), null, ex);
		}
	}

	/** True when a %%EOF marker stands in the last kilobyte: writers may add whitespace or padding after it. */
	private static boolean endsWithEofMarker(byte[] bytes) {
		byte[] marker = "%%EOF".getBytes(StandardCharsets.US_ASCII);
		for (int i = bytes.length - marker.length; i >= Math.max(0, bytes.length - 1024); i--) {
			if (Arrays.equals(bytes, i, i + marker.length, marker, 0, marker.length)) {
				return true;
			}
		}
		return false;
	}

	private static byte[] read(Path file) {
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new RejectedDocumentException(file, null, "cannot be read: " + ex, null, ex);
		}
	}

	private static String decode(byte[] bytes, Charset charset) {
		try {
			return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

	private static boolean looksBinary(byte[] bytes) {
		return firstControlByte(bytes) >= 0;
	}

	/** Offset of the first byte no text file holds (NUL and the C0 controls other than tab, newlines, form feed). */
	private static int firstControlByte(byte[] bytes) {
		int limit = Math.min(bytes.length, 8192);
		for (int i = 0; i < limit; i++) {
			int b = bytes[i] & 0xff;
			if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1b) {
				return i;
			}
		}
		return -1;
	}

	private static String hex(byte[] bytes) {
		byte[] head = Arrays.copyOf(bytes, Math.min(bytes.length, 16));
		StringBuilder out = new StringBuilder("first bytes:");
		for (byte b : head) {
			out.append(String.format(" %02x", b));
		}
		return out.toString();
	}
}
