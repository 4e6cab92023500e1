package org.govreview.jobs.hostile;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.govreview.readers.text.TextPdf;

/**
 * PDFs for the hostile-input run, built with PDFBox: a text rendered one PDF line per text line (tab-separated
 * cells drawn apart, as a city's table looks to a text extractor), encrypted with a user password or with only an
 * owner password, cut short, or a page holding nothing but an image.
 */
final class HostilePdfs {

	private static final float FONT_SIZE = 9;

	private static final float LEADING = FONT_SIZE * 1.5f;

	private static final float MARGIN = 36;

	private static final float CELL_GAP = 2 * FONT_SIZE;

	private HostilePdfs() {
	}

	static byte[] text(List<String> lines) {
		return render(lines, null);
	}

	/** Opens with no password (only changing the document needs the owner's): what many cities publish. */
	static byte[] ownerPasswordOnly(List<String> lines) {
		AccessPermission permissions = new AccessPermission();
		permissions.setCanModify(false);
		permissions.setCanAssembleDocument(false);
		permissions.setCanFillInForm(false);
		permissions.setCanModifyAnnotations(false);
		return render(lines, new StandardProtectionPolicy("owner-secret", "", permissions));
	}

	/** Opens only with the password {@code user-secret}. */
	static byte[] userPassword(List<String> lines) {
		return render(lines, new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission()));
	}

	/** The first half of a PDF, as an interrupted download leaves it. */
	static byte[] truncated(byte[] pdf) {
		return Arrays.copyOf(pdf, pdf.length / 2);
	}

	/** One page with a scanned-looking image and no text layer. */
	static byte[] imageOnly() {
		BufferedImage scan = new BufferedImage(400, 560, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = scan.createGraphics();
		graphics.setColor(Color.WHITE);
		graphics.fillRect(0, 0, 400, 560);
		graphics.setColor(Color.DARK_GRAY);
		for (int y = 40; y < 520; y += 24) {
			graphics.fillRect(40, y, 320 - (y % 96), 10);
		}
		graphics.dispose();
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			PDImageXObject image = LosslessFactory.createFromImage(document, scan);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.drawImage(image, MARGIN, MARGIN, PDRectangle.A4.getWidth() - 2 * MARGIN,
						PDRectangle.A4.getHeight() - 2 * MARGIN);
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] render(List<String> lines, StandardProtectionPolicy protection) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDType0Font font = PDType0Font.load(document, TextPdf.JAPANESE_FONT.toFile());
			float widest = 0;
			for (String line : lines) {
				widest = Math.max(widest, rowWidth(font, line));
			}
			int linesPerPage = 60;
			PDRectangle size = new PDRectangle(Math.max(widest + 2 * MARGIN, PDRectangle.A4.getWidth()),
					Math.max(linesPerPage * LEADING + 2 * MARGIN, PDRectangle.A4.getHeight()));
			for (int first = 0; first < lines.size(); first += linesPerPage) {
				PDPage page = new PDPage(size);
				document.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					float y = size.getHeight() - MARGIN - FONT_SIZE;
					for (String line : lines.subList(first, Math.min(lines.size(), first + linesPerPage))) {
						drawRow(content, font, line, y);
						y -= LEADING;
					}
				}
			}
			if (protection != null) {
				protection.setEncryptionKeyLength(128);
				document.protect(protection);
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void drawRow(PDPageContentStream content, PDType0Font font, String line, float y) throws IOException {
		float x = MARGIN;
		for (String cell : line.split("\t", -1)) {
			if (!cell.isBlank()) {
				content.beginText();
				content.setFont(font, FONT_SIZE);
				content.newLineAtOffset(x, y);
				content.showText(cell);
				content.endText();
			}
			x += font.getStringWidth(cell) / 1000 * FONT_SIZE + CELL_GAP;
		}
	}

	private static float rowWidth(PDType0Font font, String line) throws IOException {
		float width = 0;
		for (String cell : line.split("\t", -1)) {
			width += font.getStringWidth(cell) / 1000 * FONT_SIZE + CELL_GAP;
		}
		return width;
	}
}
