package org.govreview.writers.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PdfTextTests {

	private static final float SIZE = 10;

	private PDDocument document;

	private PdfText text;

	@BeforeEach
	void loadFont() throws IOException {
		document = new PDDocument();
		text = new PdfText(PDType0Font.load(document, JapaneseFonts.installed().toFile()));
	}

	@AfterEach
	void close() throws IOException {
		document.close();
	}

	@Test
	void wrapsJapaneseBetweenCharactersWithinTheWidth() {
		String sentence = "窓口手続のオンライン化を進め申請件数と処理時間を毎月公表しています";

		List<String> lines = text.wrap(sentence, 100, SIZE);

		assertThat(lines).hasSizeGreaterThan(2);
		assertThat(String.join("", lines)).isEqualTo(sentence);
		assertThat(lines).allSatisfy(line -> assertThat(text.width(line, SIZE)).isLessThanOrEqualTo(100));
	}

	@Test
	void wrapsLatinTextAtSpaces() {
		List<String> lines = text.wrap("published 66 cannot follow from mean of stars", 80, SIZE);

		assertThat(lines).hasSizeGreaterThan(1);
		assertThat(String.join(" ", lines)).isEqualTo("published 66 cannot follow from mean of stars");
		assertThat(lines).allSatisfy(line -> assertThat(line).doesNotStartWith(" ").doesNotEndWith(" "));
	}

	@Test
	void neverStartsALineWithClosingPunctuation() {
		float width = text.width("あいうえお", SIZE) + 1;

		List<String> lines = text.wrap("あいうえお、かきくけこ。", width, SIZE);

		assertThat(lines).containsExactly("あいうえ", "お、かきく", "けこ。");
	}

	@Test
	void keepsLineBreaksOfTheSource() {
		assertThat(text.wrap("政策推進課: 8\n財政課: 7", 500, SIZE)).containsExactly("政策推進課: 8", "財政課: 7");
	}

	@Test
	void replacesWhatTheFontCannotShow() {
		assertThat(text.sanitize("A😀B\tC\u0000D\u200BE葛\uDB40\uDD00")).isEqualTo("A?B CDE葛");
	}
}
