package org.govreview.readers.text;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** One A4 page drawn with PDFBox in the Japanese font the test PDFs use, as tests of the PDF path draw their pages. */
final class DrawnPages {

	private DrawnPages() {
	}

	/** What a test draws on the page. */
	interface Drawing {

		void draw(PDPageContentStream content, PDType0Font font) throws IOException;

	}

	/** The page drawn, saved as page.pdf in the directory. */
	static Path page(Path directory, Drawing drawing) throws IOException {
		Path pdf = directory.resolve("page.pdf");
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			PDType0Font font = PDType0Font.load(document, TextPdf.JAPANESE_FONT.toFile());
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				drawing.draw(content, font);
			}
			document.save(pdf.toFile());
		}
		return pdf;
	}

	/** Black text at 10 points, its baseline at x, y. */
	static void text(PDPageContentStream content, PDType0Font font, float x, float y, String text) throws IOException {
		content.setNonStrokingColor(0f);
		content.beginText();
		content.setFont(font, 10);
		content.newLineAtOffset(x, y);
		content.showText(text);
		content.endText();
	}
}
