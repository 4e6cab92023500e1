package org.govreview.readers.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** What a typesetter's and a formatter's PDFs print differently from an office suite's. */
class TypesetTextTests {

	@Test
	void aLeaderOfDotsSetApartIsClosedUpAndOtherDotsStay() {
		// LaTeX's \dotfill: dots set a space apart, a tab between some where pdftotext or the glyphs stand wide
		assertThat(LetterSpacing.leadersClosed(List.of("「達成」. . .\t. . . 5項目（前年度3項目）", "72.5 . 3", "1. 2. 3.")))
			.containsExactly("「達成」...... 5項目（前年度3項目）", "72.5 . 3", "1. 2. 3.");
	}

	@Test
	void kangxiRadicalsReadAsTheFormsJapanesePrints() {
		// ⼾ and ⿊ have the traditional 戶 and 黑 as their compatibility mapping
		assertThat(RadicalGlyphs.asIdeographs("⼾別受信機、⿊川地区、⼈⼝")).isEqualTo("戸別受信機、黒川地区、人口");
	}
}
