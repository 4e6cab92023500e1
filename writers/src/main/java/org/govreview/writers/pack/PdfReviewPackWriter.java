package org.govreview.writers.pack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.GregorianCalendar;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.govreview.domain.pack.ReviewPack;

/**
 * Writes a {@link ReviewPack} as the PDF that is printed, archived and published:
 * {@code <pack.fileBaseName()>.pdf}, A4 landscape, with the summary table, the measure detail, the reconciliation
 * findings, the indicators, policy issues, statistics and inspection visits ({@link PdfPlanSections}), the sources
 * and the readers' findings, and "n / N" page numbers. Sections without rows are left out.
 * <p>
 * Japanese needs a TrueType font ({@code govreview.pack.font}, see {@link JapaneseFontLocator}); it is embedded as a
 * subset so the text renders and can be extracted anywhere. PDFBox cannot embed OpenType fonts with CFF outlines
 * (most {@code .otf}) or collections ({@code .ttc}): the constructor rejects a font file that is missing, unreadable
 * or not TrueType, and {@link #write} one that has no Japanese glyphs, with an {@link IllegalStateException} naming
 * the setting. A character the font lacks is printed as "?".
 * <p>
 * The file appears complete or not at all: it is written to a temporary file in the output directory and moved into
 * place, replacing an earlier pack. I/O failures are thrown as {@link java.io.UncheckedIOException}. Thread-safe:
 * each call builds its own document and loads its own copy of the font.
 */
public final class PdfReviewPackWriter {

	static final String FONT_SETTING = "govreview.pack.font";

	private final Path font;

	/** @param font a TrueType (.ttf) font with Japanese glyphs, e.g. IPAex Gothic */
	public PdfReviewPackWriter(Path font) {
		this.font = checkTrueType(font);
	}

	/** Writes the PDF into the directory (created if missing) and returns its path. */
	public Path write(ReviewPack pack, Path outputDirectory) {
		return AtomicPackFile.write(outputDirectory, pack.fileBaseName() + ".pdf", out -> {
			try (PDDocument document = new PDDocument()) {
				PdfText text = new PdfText(loadFont(document));
				describe(document.getDocumentInformation(), pack);
				new PdfPackContent(new PdfPageWriter(document, text)).write(pack);
				document.save(out);
			}
		});
	}

	private PDType0Font loadFont(PDDocument document) {
		PDType0Font loaded;
		try {
			loaded = PDType0Font.load(document, font.toFile());
		}
		catch (IOException | RuntimeException ex) {
			throw unusable(font, "PDFBox cannot load it: " + ex.getMessage(), ex);
		}
		try {
			loaded.encode("日本語");
		}
		catch (IOException | IllegalArgumentException ex) {
			throw unusable(font, "it has no Japanese glyphs", ex);
		}
		return loaded;
	}

	private static void describe(PDDocumentInformation info, ReviewPack pack) {
		info.setTitle(PackText.title(pack));
		info.setCreator("govreview");
		if (pack.generatedAt() != null) {
			info.setCreationDate(GregorianCalendar.from(pack.generatedAt().atZone(ZoneId.of("Asia/Tokyo"))));
		}
	}

	private static Path checkTrueType(Path font) {
		if (font == null) {
			throw new IllegalStateException(
					"No Japanese font configured (set " + FONT_SETTING + " to a TrueType .ttf file)");
		}
		if (!Files.isRegularFile(font)) {
			throw unusable(font, "no such file", null);
		}
		byte[] tag;
		try (InputStream in = Files.newInputStream(font)) {
			tag = in.readNBytes(4);
		}
		catch (IOException ex) {
			throw unusable(font, "cannot be read: " + ex.getMessage(), ex);
		}
		String kind = describeTag(tag);
		if (kind != null) {
			throw unusable(font, kind, null);
		}
		return font;
	}

	/** Why the first four bytes are not those of a TrueType font, or null when they are. */
	private static String describeTag(byte[] tag) {
		if (tag.length == 4 && tag[0] == 0 && tag[1] == 1 && tag[2] == 0 && tag[3] == 0) {
			return null;
		}
		String text = new String(tag, StandardCharsets.ISO_8859_1);
		return switch (text) {
			case "true" -> null;
			case "OTTO" -> "an OpenType font with CFF outlines, which PDFBox cannot embed";
			case "ttcf" -> "a font collection (.ttc), which PDFBox cannot embed from a file";
			default -> "not a TrueType font";
		};
	}

	private static IllegalStateException unusable(Path font, String reason, Exception cause) {
		return new IllegalStateException("Japanese font not usable: " + font + ": " + reason + " (set " + FONT_SETTING
				+ " to a TrueType .ttf file)", cause);
	}
}
