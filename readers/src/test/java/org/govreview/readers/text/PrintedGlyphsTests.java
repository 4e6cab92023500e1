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

	@Test
	void anOcrLayersKatakanaRoBesideAKanjiIsTheKanjiItStandsFor() {
		assertThat(OcrGlyphs.asKanji(List.of("人ロは175,736人", "窓ロの対応", "年少人ロ割合", "ロボット教室とプロジェクト", "ゼロカーボン")))
			.containsExactly("人口は175,736人", "窓口の対応", "年少人口割合", "ロボット教室とプロジェクト", "ゼロカーボン");
	}

	@Test
	void lettersAnOcrEngineGaveForMarksAreTheMarksWhereTheDocumentsLegendPairsThemWithTheirWords() {
		List<String> scanned = List.of("© 達成", "O 順調", "A 遅れ", "X 未着手", "1-1", "学校給食費の完全無償化", "教育総務課", "O", "©", "Plan A");

		assertThat(OcrGlyphs.marksOfLegend(scanned)).containsExactly("◎ 達成", "○ 順調", "△ 遅れ", "× 未着手", "1-1", "学校給食費の完全無償化",
				"教育総務課", "○", "◎", "Plan A");
		List<String> noLegend = List.of("Plan A", "O", "X");
		assertThat(OcrGlyphs.marksOfLegend(noLegend)).as("no legend pairs the letters with words").isEqualTo(noLegend);
	}
}
