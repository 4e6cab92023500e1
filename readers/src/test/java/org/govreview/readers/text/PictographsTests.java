package org.govreview.readers.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A post's emoji, where a printed page has bullets, numbers or nothing. */
class PictographsTests {

	@Test
	void aKeycapOpeningALineNumbersItAndPictographsAreDropped() {
		List<String> lines = List.of("📍1️⃣ 岐阜県 高山市", "🗓 11/7(木) 13:30〜15:00", "💬質疑から", "2️⃣ ごみのルールを商店街と一緒に",
				"宇治市議会の会派です🍵", "今回は長文です🙇‍♀️", "第3️⃣部");

		assertThat(Pictographs.plain(lines)).containsExactly("① 岐阜県 高山市", "11/7(木) 13:30〜15:00", "質疑から",
				"② ごみのルールを商店街と一緒に", "宇治市議会の会派です", "今回は長文です", "第3部");
	}

	@Test
	void marksThatEvaluationsUseStay() {
		List<String> lines = List.of("子育て・教育：6項目中 ✅3（実現率50％）", "★★★☆☆", "◎ 達成　○ 順調　△ 遅れ　× 未着手",
				"🔺 北斎館まわりの渋滞を解消する", "🟢 実現　🟡 着手　🔴 未着手", "⭕ 達成");

		assertThat(Pictographs.plain(lines)).isEqualTo(lines);
	}

	@Test
	void aCheckMarkOpeningALabelIsItsBullet() {
		assertThat(Pictographs.plain(List.of("✅視察項目", "✅お話のポイント", "✅3項目", "✅ 町立小・中学校の給食費を完全無償化")))
			.as("✅ apart from an item's title is its mark").containsExactly("視察項目", "お話のポイント", "✅3項目", "✅ 町立小・中学校の給食費を完全無償化");
	}
}
