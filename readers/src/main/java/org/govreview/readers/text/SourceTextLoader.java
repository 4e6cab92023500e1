package org.govreview.readers.text;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.govreview.domain.document.Finding;
import org.govreview.readers.source.FileSignatures;
import org.govreview.readers.source.RejectedDocumentException;
import org.govreview.readers.source.SourceProblems;
import org.govreview.readers.source.ZipContainer;

/**
 * Loads the text of a document: PDF through PDFBox text extraction; text files as UTF-16 when they start with a
 * byte order mark (LE or BE), else as UTF-8 or, when they are not valid UTF-8, as Shift_JIS (windows-31j, the CP932
 * superset Japanese offices write). NUL bytes after the first 8 KiB of a text (or in a PDF's extracted text) are
 * removed with a finding, so no loaded text holds U+0000. Rejected with a {@link RejectedDocumentException} that
 * says which and where: empty files, unreadable ones ("permission denied"), binary content (NUL or other control
 * bytes in the first 8 KiB), Word documents and other Office files, zip archives and zip bombs, encrypted and
 * corrupt PDFs. Stateless and thread-safe.
 */
public final class SourceTextLoader {

	private static final Charset CP932 = Charset.forName("windows-31j");

	private static final int HEAD = 8192;

	public SourceText load(Path file) {
		byte[] bytes = read(file);
		if (bytes.length == 0) {
			throw new RejectedDocumentException(file, null, "empty file", null);
		}
		if (isPdf(bytes)) {
			return pdf(file, bytes);
		}
		if (FileSignatures.isZip(bytes)) {
			ZipContainer.Kind kind = ZipContainer.inspect(file);
			throw new RejectedDocumentException(file, null, kind.description() + (kind == ZipContainer.Kind.WORKBOOK
					? " that is not a rating sheet" : "") + ", not a governance document as text or PDF (save it as PDF)",
					null);
		}
		if (FileSignatures.isOle2(bytes)) {
			throw new RejectedDocumentException(file, null, ole2(file) + ", not a governance document as text or PDF (save it as PDF)", null);
		}
		Charset utf16 = utf16ByBom(bytes);
		if (utf16 != null) {
			String text = decode(Arrays.copyOfRange(bytes, 2, bytes.length), utf16);
			if (text == null) {
				throw new RejectedDocumentException(file, null, "text starts with a " + utf16 + " byte order mark but is not valid " + utf16, hex(bytes));
			}
			return text(file, text, utf16.name(), firstNulChar(text) * 2L + 2);
		}
		int control = firstControlByte(bytes);
		if (control >= 0) {
			throw new RejectedDocumentException(file, "byte " + control, "binary content: neither text nor PDF"
					+ (bytes[control] == 0 ? " (NUL byte in the first 8 KiB)" : ""), hex(bytes));
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
		return text(file, text, origin, indexOf(bytes, (byte) 0));
	}

	/** The text as lines, NUL characters removed with a finding naming how many and the byte offset of the first. */
	private static SourceText text(Path file, String text, String origin, long firstNulByte) {
		List<Finding> findings = new ArrayList<>();
		int nuls = (int) text.chars().filter(c -> c == 0).count();
		if (nuls > 0) {
			text = text.replace("\u0000", "");
			findings.add(Finding.warning(firstNulByte >= 0 ? "byte " + firstNulByte : "text",
					nuls + " NUL character" + (nuls == 1 ? "" : "s") + " removed from the text", null));
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		if (PositionedPages.are(text)) {
			text = PositionedPages.laidOut(text);
		}
		if (SpreadsheetXml.is(text)) {
			text = SpreadsheetXml.asHtml(text);
		}
		else if (OpenDocumentXml.is(text)) {
			text = OpenDocumentXml.asHtml(text);
		}
		else if (WordprocessingXml.is(text)) {
			text = WordprocessingXml.asHtml(text);
		}
		// PowerPoint's line break inside a paragraph (a title set over two lines on its slide): the paragraph goes on
		text = text.replace("\u000B", "");
		// a form feed starts a page: PDF extraction writes one at every page, as pdftotext does in a text file
		List<String> lines = new ArrayList<>();
		List<Integer> pageStarts = new ArrayList<>();
		for (String line : (Iterable<String>) text.lines()::iterator) {
			if (line.indexOf('\f') >= 0) {
				if (!lines.isEmpty() || !line.startsWith("\f")) {
					pageStarts.add(lines.size());
				}
				line = line.replace("\f", "");
			}
			lines.add(line);
		}
		// 📍1️⃣ 岐阜県 高山市, 🗓 11/7(木) 13:30〜: a post's emoji where a page has bullets and numbers
		lines = Pictographs.plain(lines);
		// 地 域 コ ミ ュ ニティ, an OCR layer's spaces inside words: one word for every reader
		lines = new ArrayList<>(LetterSpacing.horizontal(LetterSpacing.closed(lines)));
		// 「達成」. . . . 5項目: a typesetter's leader, its dots set apart
		lines = new ArrayList<>(LetterSpacing.leadersClosed(lines));
		// ⼈⼝ for 人口: glyphs some PDFs give for the kanji they print
		lines = new ArrayList<>(RadicalGlyphs.asIdeographs(lines));
		// 人ロ for 人口: a scan's OCR layer
		lines = new ArrayList<>(OcrGlyphs.marksOfLegend(OcrGlyphs.asKanji(lines)));
		java.util.Set<Integer> softWraps = new java.util.HashSet<>();
		if (origin.startsWith("PDF")) {
			for (int i = 0; i < lines.size(); i++) {
				if (lines.get(i).indexOf(CellGapStripper.SOFT_WRAP) >= 0) {
					lines.set(i, lines.get(i).replace(String.valueOf(CellGapStripper.SOFT_WRAP), ""));
					softWraps.add(i);
				}
			}
			lines = WrappedRows.realigned(lines);
		}
		// 去る十月十五日, 人口は十一万六千九百二十八人: minutes write their numbers in kanji, every reader reads figures
		// 区民（くみん）の安全（あんぜん）: a page with furigana for learners gives each kanji word its reading inline
		lines = Furigana.withoutReadings(lines);
		return new SourceText(file, KanjiNumerals.inFigures(lines, softWraps), origin, findings, pageStarts, softWraps);
	}

	private static final java.util.regex.Pattern MARK_APART = java.util.regex.Pattern
		.compile("(?m)^([ 　]*[■□◆◇▼▶▷►])[ 　]*\\t[ \\t　]*(?=[^\\t\\n]+$)");

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
			// opened without a password: at most an owner password restricts it, and reading is not editing
			CellGapStripper stripper = new CellGapStripper();
			String text = stripper.getText(document);
			if (stripper.typeset()) {
				// ■ ⇥ 部の使命: a heading's mark the typesetter set a quad apart from its title, no cell of its own
				text = MARK_APART.matcher(text).replaceAll("$1 ");
			}
			if (text.isBlank()) {
				throw new RejectedDocumentException(file, null,
						"PDF has no text layer, no extractable text (" + document.getNumberOfPages() + " pages; scanned images need OCR first)", null);
			}
			return text(file, text, "PDF, " + document.getNumberOfPages() + " pages", -1);
		}
		catch (InvalidPasswordException ex) {
			throw new RejectedDocumentException(file, null, "encrypted PDF: a password is required", null, ex);
		}
		catch (IOException ex) {
			throw new RejectedDocumentException(file, null, "corrupt or truncated PDF: " + ex.getMessage(), null, ex);
		}
	}

	/** What an OLE2 compound file (Office 97–2003) holds, told by its top-level entries. */
	private static String ole2(Path file) {
		try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
			DirectoryNode root = fs.getRoot();
			if (root.hasEntry("WordDocument")) {
				return "a Word document (.doc, Word 97–2003)";
			}
			if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
				return "an Excel 97–2003 workbook (.xls) that is not a rating sheet (rating sheets are .xlsx)";
			}
			if (root.hasEntry("PowerPoint Document")) {
				return "a PowerPoint presentation (.ppt)";
			}
			if (root.hasEntry("EncryptedPackage")) {
				return "a password-protected Office document (encrypted)";
			}
			return "an Office 97–2003 compound file";
		}
		catch (IOException | RuntimeException ex) {
			return "binary content: a corrupt Office 97–2003 compound file (" + ex.getClass().getSimpleName() + ")";
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
			throw new RejectedDocumentException(file, null, "cannot be read: " + SourceProblems.describe(ex), null, ex);
		}
	}

	private static Charset utf16ByBom(byte[] bytes) {
		if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
			return StandardCharsets.UTF_16LE;
		}
		if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
			return StandardCharsets.UTF_16BE;
		}
		return null;
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

	/** Offset of the first byte no text file holds (NUL and the C0 controls other than tab, newlines, form feed). */
	private static int firstControlByte(byte[] bytes) {
		int limit = Math.min(bytes.length, HEAD);
		for (int i = 0; i < limit; i++) {
			int b = bytes[i] & 0xff;
			// a vertical tab is PowerPoint's line break inside a paragraph, copied with its outline
			if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1b && b != 0x0b) {
				return i;
			}
		}
		return -1;
	}

	private static int firstNulChar(String text) {
		return text.indexOf('\u0000');
	}

	private static long indexOf(byte[] bytes, byte value) {
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] == value) {
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
