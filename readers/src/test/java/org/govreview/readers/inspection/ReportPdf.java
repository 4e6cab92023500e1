package org.govreview.readers.inspection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Test fixture: a report's text drawn into a PDF the way a council publishes it, so that it can be read back through
 * PDFBox's extraction. One PDF line per text line in IPAex Gothic, tabs drawn as spaces (a table's cells run together
 * once extracted), pages as wide as the widest line so that nothing wraps. A character the font lacks is drawn as 〓.
 */
final class ReportPdf {

	/** IPAex Gothic, installed by the fonts-ipaexfont-gothic package. */
	static final Path FONT = Path.of("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf");

	private static final float FONT_SIZE = 9;

	private static final float LEADING = FONT_SIZE * 1.6f;

	private static final float MARGIN = 36;

	private static final int LINES_PER_PAGE = 45;

	private ReportPdf() {
	}

	static Path write(List<String> lines, Path file) {
		try (PDDocument document = new PDDocument()) {
			PDType0Font font = PDType0Font.load(document, FONT.toFile());
			List<String> drawable = new ArrayList<>();
			float widest = 0;
			for (String line : lines) {
				String text = drawable(font, line.replace('\t', ' '));
				drawable.add(text);
				widest = Math.max(widest, font.getStringWidth(text) / 1000 * FONT_SIZE);
			}
			float width = Math.max(widest + 2 * MARGIN, PDRectangle.A4.getWidth());
			float height = LINES_PER_PAGE * LEADING + 2 * MARGIN;
			for (int first = 0; first < drawable.size(); first += LINES_PER_PAGE) {
				PDPage page = new PDPage(new PDRectangle(width, height));
				document.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					float y = height - MARGIN - FONT_SIZE;
					for (String text : drawable.subList(first, Math.min(drawable.size(), first + LINES_PER_PAGE))) {
						if (!text.isBlank()) {
							content.beginText();
							content.setFont(font, FONT_SIZE);
							content.newLineAtOffset(MARGIN, y);
							content.showText(text);
							content.endText();
						}
						y -= LEADING;
					}
				}
			}
			document.save(file.toFile());
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + file, ex);
		}
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
