package org.govreview.readers.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Spaces an OCR engine sets between Japanese letters, and a vertical page's long vowel bars. */
class LetterSpacingTests {

	@Test
	void anOcrTextLosesTheSpacesBetweenItsLettersAndKeepsItsColumnGaps() {
		List<String> lines = new ArrayList<>();
		lines.add("基 本 目 標 １ 　 紙 の ま ち の 産 業 が 躍 動 す る ま ち");
		lines.add("施 策 名 | １ － １ 　 紙 産 業 の 振 興");
		lines.add("企 業 立 地 件 数 （ 累 計 ）       件   12(R元)   21   23  25(R6)     B");
		for (int i = 0; i < 10; i++) {
			lines.add("令 和 ６ 年 度 の 実 績 値 を 目 標 値 と 比 較 し ま し た 。");
		}

		assertThat(LetterSpacing.closed(lines)).startsWith("基本目標１　紙のまちの産業が躍動するまち", "施策名|１－１　紙産業の振興",
				"企業立地件数（累計）       件   12(R元)   21   23  25(R6)     B", "令和６年度の実績値を目標値と比較しました。");
	}

	@Test
	void aHeadingSpreadOverItsWidthInAnOrdinaryDocumentStays() {
		List<String> lines = List.of("区 の 将 来 像 海と山と人がつながるまち", "本区の人口は令和５年度末で 212,486 人と、減少しています。",
				"Park-PFI 事業者の公募を行います。");

		assertThat(LetterSpacing.closed(lines)).isEqualTo(lines);
	}

	@Test
	void aSlidesHeadingsSpreadLetterByLetterCloseUpWhereverTheyStandAndTheRestOfTheLineStays() {
		List<String> lines = List.of("  視 察 の 概 要", "  視 察 ①　飛 騨 市", "  質 疑 応 答（飛騨市）",
				"  飛 騨 市 の 概 要                                          岐阜県飛騨市", " ２ 参 加 者        佐藤 健一（団長）　　阿部 美和",
				"  所 感", "     （渡辺 隆之）", "  ◎ ○ △ ×", "  R5 R6 R7");

		assertThat(LetterSpacing.closed(lines)).containsExactly("  視察の概要", "  視察①　飛騨市", "  質疑応答（飛騨市）",
				"  飛騨市の概要                                          岐阜県飛騨市", " ２ 参加者        佐藤 健一（団長）　　阿部 美和", "  所感",
				"     （渡辺 隆之）", "  ◎ ○ △ ×", "  R5 R6 R7");
	}

	@Test
	void aLongLineOfSpacedLettersIsReadInOnePassWithoutClosingIt() {
		String line = "あ い ".repeat(200_000);

		assertThat(LetterSpacing.closed(List.of(line))).containsExactly(line);
	}

	@Test
	void aVerticalPagesBarsAfterKatakanaAreLongVowelsAndATablesBarsAreNot() {
		List<String> lines = List.of("ひきこもり支援とセ｜フ", "ティネットの構築。市議会ホ｜ム", "ペ｜ジの会議録検索システム",
				"|後期基本計画     |毎年度見直し（ローリン|");

		assertThat(LetterSpacing.horizontal(lines)).containsExactly("ひきこもり支援とセーフ", "ティネットの構築。市議会ホーム",
				"ページの会議録検索システム", "|後期基本計画     |毎年度見直し（ローリン|");
	}

	@org.junit.jupiter.params.ParameterizedTest
	@org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
			"区公式 Instagram のフォロワー数 | 区公式Instagramのフォロワー数",
			"平成 27 年国勢調査（ 136,045 人）から | 平成27年国勢調査（136,045人）から",
			"地域団体や NPO、大学 | 地域団体やNPO、大学",
			"R6 年度：72.5 ％（R5 年度：41.2 ％） | R6年度：72.5％（R5年度：41.2％）",
			"2021年度 5,284千t-CO2 | 2021年度 5,284千t-CO2",
			"R5 312件 → R6 280件 | R5 312件 → R6 280件",
			"Society 5.0 の実現 | Society 5.0の実現" })
	void theSpacesAWordProcessorSetsOnBothSidesOfLatinScriptInJapaneseGoAndASpaceOnOneSideStays(String printed, String read) {
		assertThat(LetterSpacing.betweenScripts(printed)).isEqualTo(read);
	}
}
