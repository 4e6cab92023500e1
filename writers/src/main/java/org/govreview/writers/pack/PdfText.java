package org.govreview.writers.pack;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Makes text showable in one font and breaks it into lines of a given width.
 * <p>
 * Characters the font has no glyph for become "?", so a stray symbol in a source document never breaks a pack;
 * tabs become spaces, other control and format characters and variation selectors are dropped. Lines break at
 * spaces in Latin text and between any two characters in Japanese text (which has no spaces), never putting closing
 * punctuation such as 、。」 at the start of a line. Not thread-safe: one instance per document.
 */
final class PdfText {

	private static final String NO_LINE_START = "、。，．・：；？！ー々ゝゞ）」』】〕〉》”’ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ";

	private static final int REPLACEMENT = '?';

	private final PDFont font;

	/** Glyph widths in 1/1000 em by code point; NaN for a code point the font cannot show. */
	private final Map<Integer, Float> widths = new HashMap<>();

	PdfText(PDFont font) {
		this.font = font;
	}

	PDFont font() {
		return font;
	}

	/** The text with every character the font cannot show replaced; line breaks are kept as "\n". */
	String sanitize(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		String normalized = Normalizer.normalize(text.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
		StringBuilder out = new StringBuilder(normalized.length());
		normalized.codePoints().forEach(cp -> {
			if (cp == '\n') {
				out.append('\n');
			}
			else if (cp == '\t') {
				out.append(' ');
			}
			else if (!isInvisible(cp)) {
				out.appendCodePoint(Float.isNaN(glyphWidth(cp)) ? REPLACEMENT : cp);
			}
		});
		return out.toString();
	}

	/** The width in points of text already sanitized. */
	float width(String sanitized, float size) {
		return units(sanitized) * size / 1000f;
	}

	/** The sanitized text broken into lines no wider than {@code maxWidth} points; at least one line. */
	List<String> wrap(String text, float maxWidth, float size) {
		List<String> lines = new ArrayList<>();
		float max = maxWidth * 1000f / size;
		for (String paragraph : sanitize(text).split("\n", -1)) {
			wrapParagraph(paragraph, max, lines);
		}
		return lines;
	}

	private void wrapParagraph(String paragraph, float max, List<String> lines) {
		StringBuilder line = new StringBuilder();
		float width = 0;
		int breakAt = -1;
		int i = 0;
		while (i < paragraph.length()) {
			int cp = paragraph.codePointAt(i);
			i += Character.charCount(cp);
			float glyph = glyphWidth(cp);
			if (width + glyph > max && line.length() > 0) {
				if (cp == ' ') {
					lines.add(line.toString().stripTrailing());
					line.setLength(0);
					width = 0;
					breakAt = -1;
					continue;
				}
				int cut = cutPosition(line, breakAt, cp);
				String carry = line.substring(cut).stripLeading();
				lines.add(line.substring(0, cut).stripTrailing());
				line.setLength(0);
				line.append(carry);
				width = units(carry);
				breakAt = -1;
			}
			if (isCjk(cp) && line.length() > 0) {
				breakAt = line.length();
			}
			line.appendCodePoint(cp);
			width += glyph;
			if (cp == ' ' || isCjk(cp)) {
				breakAt = line.length();
			}
		}
		lines.add(line.toString());
	}

	/** Where to end a full line before {@code next}: the last break opportunity, else between two characters. */
	private static int cutPosition(StringBuilder line, int breakAt, int next) {
		boolean breakBeforeNext = breakAt < 0 || breakAt == line.length();
		if (breakBeforeNext && NO_LINE_START.indexOf(next) >= 0 && line.codePointCount(0, line.length()) > 1) {
			// closing punctuation may not start a line: take the character before it along
			return line.offsetByCodePoints(line.length(), -1);
		}
		return breakAt > 0 ? breakAt : line.length();
	}

	private float units(String sanitized) {
		float total = 0;
		for (int i = 0; i < sanitized.length();) {
			int cp = sanitized.codePointAt(i);
			total += glyphWidth(cp);
			i += Character.charCount(cp);
		}
		return total;
	}

	private float glyphWidth(int cp) {
		return widths.computeIfAbsent(cp, this::measure);
	}

	private float measure(int cp) {
		try {
			return font.getStringWidth(new String(Character.toChars(cp)));
		}
		catch (IllegalArgumentException | IOException ex) {
			// PDFBox signals a code point without a glyph this way
			return Float.NaN;
		}
	}

	private static boolean isCjk(int cp) {
		// CJK radicals onwards: kana, kanji, CJK punctuation, full- and half-width forms; lines may break between them
		return cp >= 0x2E80;
	}

	private static boolean isInvisible(int cp) {
		int type = Character.getType(cp);
		return type == Character.CONTROL || type == Character.FORMAT || (cp >= 0xFE00 && cp <= 0xFE0F)
				|| (cp >= 0xE0100 && cp <= 0xE01EF);
	}
}
