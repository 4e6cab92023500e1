package org.govreview.readers.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Glyphs a PDF gives for what it prints: radical code points for kanji, bold printed twice. */
class PrintedGlyphsTests {

	@Test
	void kangxiAndSupplementRadicalsAreReadAsTheKanjiTheyPrint() {
		List<String> lines = List.of("視察⽇時 令和６年10⽉22⽇（⽕）", "⼈⼝ 12万3,456⼈（令和６年４⽉１⽇現在）",
				"⻑野県飯⽥市 ⾏政視察", "調査事項 ⼦どもの居場所づくり");

		assertThat(RadicalGlyphs.asIdeographs(lines)).containsExactly("視察日時 令和６年10月22日（火）",
				"人口 12万3,456人（令和６年４月１日現在）", "長野県飯田市 行政視察", "調査事項 子どもの居場所づくり");
	}

	@Test
	void componentShapesAndOrdinaryTextStay() {
		List<String> lines = List.of("⺅と⻖は部首の形", "人口は長野市の方が多い");

		assertThat(RadicalGlyphs.asIdeographs(lines)).isEqualTo(lines);
	}

	@Test
	void aWordPrintedTwiceForBoldIsReadOnce() {
		assertThat(List.of("【【部部のの使使命命】】 【【重重点点取取組組】】", "【【成成果果指指標標】】 No. 成果指標").stream().map(OverprintedLetters::once))
			.containsExactly("【部の使命】 【重点取組】", "【成果指標】 No. 成果指標");
	}

	@Test
	void lettersDoubledInOrdinaryTextStay() {
		List<String> lines = List.of("ここで、いいえと答えた人は２２人", "ーーーー　・・・・", "ああああ", "2024 年 11 月");

		assertThat(lines.stream().map(OverprintedLetters::once)).containsExactlyElementsOf(lines);
	}
}
