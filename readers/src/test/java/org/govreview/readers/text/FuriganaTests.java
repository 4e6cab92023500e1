package org.govreview.readers.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Readings set inline after kanji, as a page with furigana for learners of Japanese gives them. */
class FuriganaTests {

	@Test
	void aTextWithReadingsThroughoutLosesThemAndKeepsItsOtherBrackets() {
		List<String> lines = new ArrayList<>();
		lines.add("令和（れいわ）6年度（ねんど）　新宿区運営方針（しんじゅくくうんえいほうしん）（ふりがな版（ばん））");
		lines.add("待機児童数（たいきじどうすう）	0人（にん）	2024年（ねん）4月（がつ）1日（ついたち）");
		lines.add("課題（かだい）1　災害（さいがい）に強（つよ）いまちをつくる（PDF：2,184KB）");
		for (int i = 0; i < 4; i++) {
			lines.add("区民（くみん）の安全（あんぜん）を守（まも）ります。");
		}

		assertThat(Furigana.withoutReadings(lines)).startsWith("令和6年度　新宿区運営方針（ふりがな版）", "待機児童数	0人	2024年4月1日",
				"課題1　災害に強いまちをつくる（PDF：2,184KB）", "区民の安全を守ります。");
	}

	@Test
	void aReadingOrTwoInAnOrdinaryDocumentStays() {
		List<String> lines = List.of("委員長　山田太郎（やまだたろう）", "副委員長　佐藤花子（さとうはなこ）", "視察先　岡山県真庭市（まにわし）");

		assertThat(Furigana.withoutReadings(lines)).isEqualTo(lines);
	}
}
