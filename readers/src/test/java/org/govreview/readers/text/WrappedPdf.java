package org.govreview.readers.text;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Test fixture: renders text lines as a PDF the way a word processor or an office suite prints a report, with
 * OpenPDF rather than PDFBox (a second producer): A4 portrait, text wrapped at the page width (about 40 full-width
 * characters a line), no tab stops (a table row's cells run on in one paragraph, separated by a space), list
 * markup printed as one paragraph per item, and a running header and a page number ("- 3 -") on every page. The
 * font is {@link TextPdf#JAPANESE_FONT}.
 */
public final class WrappedPdf {

	private static final float FONT_SIZE = 10.5f;

	private static final int CHARACTERS_PER_LINE = 40;

	private final List<String> lines;

	private String header = "";

	private WrappedPdf(List<String> lines) {
		this.lines = List.copyOf(lines);
	}

	public static WrappedPdf of(List<String> lines) {
		return new WrappedPdf(lines);
	}

	/** The running header printed at the top of every page. */
	public WrappedPdf header(String header) {
		this.header = header;
		return this;
	}

	/** The paragraphs as printed: per line, its HTML list items, each with its tab-separated cells joined by a space. */
	static List<String> paragraphs(List<String> lines) {
		List<String> paragraphs = new ArrayList<>();
		for (String line : lines) {
			if (line.isBlank()) {
				paragraphs.add("");
				continue;
			}
			for (String part : HtmlFragments.parts(line)) {
				List<String> cells = new ArrayList<>();
				for (String cell : part.split("\t")) {
					if (!cell.isBlank()) {
						cells.add(cell.strip());
					}
				}
				if (!cells.isEmpty()) {
					paragraphs.add(String.join("\u3000", cells));
				}
			}
		}
		return paragraphs;
	}

	public Path writeTo(Path file) {
		float textWidth = CHARACTERS_PER_LINE * FONT_SIZE;
		float margin = (PageSize.A4.getWidth() - textWidth) / 2;
		Document document = new Document(PageSize.A4, margin, margin, 72, 72);
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			try (OutputStream out = Files.newOutputStream(file)) {
				BaseFont base = BaseFont.createFont(TextPdf.JAPANESE_FONT.toString(), BaseFont.IDENTITY_H,
						BaseFont.EMBEDDED);
				Font font = new Font(base, FONT_SIZE);
				PdfWriter writer = PdfWriter.getInstance(document, out);
				writer.setPageEvent(new PageFurniture(this.header, new Font(base, 8)));
				document.open();
				for (String text : paragraphs(this.lines)) {
					Paragraph paragraph = new Paragraph(FONT_SIZE * 1.6f, text.isEmpty() ? " " : text, font);
					document.add(paragraph);
				}
				document.close();
			}
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + file, ex);
		}
		catch (DocumentException ex) {
			throw new IllegalStateException("cannot write " + file, ex);
		}
	}

	/** Running header and page number, drawn outside the text area. */
	private static final class PageFurniture extends PdfPageEventHelper {

		private final String header;

		private final Font font;

		PageFurniture(String header, Font font) {
			this.header = header;
			this.font = font;
		}

		@Override
		public void onEndPage(PdfWriter writer, Document document) {
			float centre = (document.left() + document.right()) / 2;
			if (!this.header.isEmpty()) {
				ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_RIGHT,
						new Phrase(this.header, this.font), document.right(), document.top() + 24, 0);
			}
			ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
					new Phrase("- " + document.getPageNumber() + " -", this.font), centre, document.bottom() - 30, 0);
		}
	}
}
