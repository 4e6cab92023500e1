package org.govreview.readers.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Test fixture: renders text lines as a PDF the way a city's published report looks to PDFBox, one PDF line per
 * text line in the IPAex Gothic TrueType font. Tab-separated cells are drawn apart, with a gap where a table
 * would have its column rule, unless {@link #tabsAsSpaces()} runs them together; characters the font lacks are
 * drawn as 〓 (geta, the printers' placeholder). The page is as wide as the widest line, so nothing wraps.
 */
public final class TextPdf {

	/**
	 * The Japanese TrueType font that {@code templates/fonts/fetch-font} installed: Debian's IPAex Gothic, else the
	 * Noto Sans JP it cached from the npm registry.
	 */
	public static final Path JAPANESE_FONT = Stream
		.of(Path.of("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"),
				Path.of("/usr/share/fonts/truetype/ipaexfont-gothic/ipaexg.ttf"),
				Path.of(Objects.requireNonNullElse(System.getenv("GOVREVIEW_FONT_CACHE"),
						System.getProperty("user.home") + "/.cache/govreview/fonts"), "NotoSansJP-Regular.ttf"))
		.filter(Files::isRegularFile)
		.findFirst()
		.orElse(Path.of("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"));

	private static final float MAX_PAGE_SIDE = 14_400;

	private static final float MARGIN = 36;

	private final List<String> lines;

	private float fontSize = 10;

	private int linesPerPage = 60;

	private String userPassword;

	private boolean tabsAsSpaces;

	private TextPdf(List<String> lines) {
		this.lines = List.copyOf(lines);
	}

	public static TextPdf of(List<String> lines) {
		return new TextPdf(lines);
	}

	public static TextPdf of(String... lines) {
		return new TextPdf(List.of(lines));
	}

	public TextPdf linesPerPage(int linesPerPage) {
		this.linesPerPage = linesPerPage;
		return this;
	}

	/** Draws tabs as spaces, so that a table's cells run together once extracted, as in a council's report. */
	public TextPdf tabsAsSpaces() {
		this.tabsAsSpaces = true;
		return this;
	}

	/** Encrypts the PDF so that it opens only with this password. */
	public TextPdf userPassword(String userPassword) {
		this.userPassword = userPassword;
		return this;
	}

	public Path writeTo(Path file) {
		try (PDDocument document = new PDDocument()) {
			PDType0Font font = PDType0Font.load(document, JAPANESE_FONT.toFile());
			List<List<String>> rows = new ArrayList<>();
			List<Integer> pageStarts = new ArrayList<>(List.of(0));
			float widest = 0;
			for (String printed : this.lines) {
				// a form feed, as pdftotext ends each page with, starts a page here too
				String line = printed;
				if (line.indexOf('\f') >= 0) {
					if (!line.substring(0, line.indexOf('\f')).isBlank()) {
						rows.add(List.of(drawable(font, line.substring(0, line.indexOf('\f')))));
					}
					pageStarts.add(rows.size());
					line = line.substring(line.lastIndexOf('\f') + 1);
				}
				List<String> cells = new ArrayList<>();
				for (String cell : (this.tabsAsSpaces ? line.replace('\t', ' ') : line).split("\t", -1)) {
					cells.add(drawable(font, cell));
				}
				rows.add(cells);
				widest = Math.max(widest, width(font, cells, 1));
			}
			this.fontSize = Math.min(10, (MAX_PAGE_SIDE - 2 * MARGIN) / Math.max(widest, 1));
			float leading = this.fontSize * 1.5f;
			float pageWidth = Math.max(widest * this.fontSize + 2 * MARGIN, PDRectangle.A4.getWidth());
			float pageHeight = Math.max(this.linesPerPage * leading + 2 * MARGIN, PDRectangle.A4.getHeight());
			List<int[]> pages = new ArrayList<>();
			pageStarts.add(rows.size());
			for (int p = 0; p + 1 < pageStarts.size(); p++) {
				for (int first = pageStarts.get(p); first < pageStarts.get(p + 1); first += this.linesPerPage) {
					pages.add(new int[] { first, Math.min(pageStarts.get(p + 1), first + this.linesPerPage) });
				}
			}
			for (int[] range : pages) {
				PDPage page = new PDPage(new PDRectangle(pageWidth, pageHeight));
				document.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					float y = pageHeight - MARGIN - this.fontSize;
					for (List<String> cells : rows.subList(range[0], range[1])) {
						drawRow(content, font, cells, y);
						y -= leading;
					}
				}
			}
			if (this.userPassword != null) {
				StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + this.userPassword,
						this.userPassword, new AccessPermission());
				policy.setEncryptionKeyLength(128);
				document.protect(policy);
			}
			Files.createDirectories(file.toAbsolutePath().getParent());
			document.save(file.toFile());
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + file, ex);
		}
	}

	private void drawRow(PDPageContentStream content, PDType0Font font, List<String> cells, float y) throws IOException {
		float x = MARGIN;
		for (String cell : cells) {
			if (!cell.isEmpty()) {
				content.beginText();
				content.setFont(font, this.fontSize);
				content.newLineAtOffset(x, y);
				content.showText(cell);
				content.endText();
			}
			x += (stringWidth(font, cell) + gap()) * this.fontSize;
		}
	}

	/** Width of a row at font size 1. */
	private static float width(PDType0Font font, List<String> cells, float size) throws IOException {
		float width = 0;
		for (String cell : cells) {
			width += (stringWidth(font, cell) + gap()) * size;
		}
		return width;
	}

	private static float gap() {
		return 2;
	}

	private static float stringWidth(PDType0Font font, String text) throws IOException {
		return font.getStringWidth(text) / 1000;
	}

	private static String drawable(PDType0Font font, String text) {
		StringBuilder out = new StringBuilder();
		text.codePoints().forEach(cp -> out.append(encodable(font, cp) ? Character.toString(cp) : "〓"));
		return out.toString();
	}

	private static boolean encodable(PDType0Font font, int codePoint) {
		try {
			font.encode(Character.toString(codePoint));
			return true;
		}
		catch (IllegalArgumentException | IOException ex) {
			return false;
		}
	}
}
