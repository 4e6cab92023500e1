package org.govreview.readers.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KanjiNumeralsTests {

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', value = { "人口は十一万六千九百二十八人 | 人口は116928人", "面積は十八・二七平方キロメートル | 面積は18.27平方キロメートル",
			"去る十月十五日から十七日までの三日間 | 去る10月15日から17日までの3日間", "午後一時三十分から午後三時三十分まで | 午後1時30分から午後3時30分まで",
			"令和六年十一月二十日付け | 令和6年11月20日付け", "約五千六百人 | 約5600人", "年間およそ一億五千万円 | 年間およそ150000000円",
			"議案第七十九号 | 議案第79号", "二〇二四年 | 2024年", "二百二十四・七〇平方キロメートル | 224.70平方キロメートル",
			"十分な説明 | 十分な説明", "一時保育の拡充 | 一時保育の拡充", "四日市市と十日町市 | 四日市市と十日町市", "千葉県 | 千葉県",
			"統一的な基準 | 統一的な基準", "一体的に | 一体的に" })
	void writesANumberBeforeWhatItCountsInFiguresAndLeavesWordsAlone(String printed, String figures) {
		assertThat(KanjiNumerals.inFigures(printed)).isEqualTo(figures);
	}

	@Test
	void onlyATextThatDatesItselfInKanjiIsRewritten() {
		List<String> minutes = List.of("令和六年第四回定例会", "去る十月十五日から十七日まで", "十月十六日には、人口は約五千六百人");
		List<String> figures = List.of("令和6年10月15日", "10月16日、十一人が参加", "令和6年11月20日提出");

		assertThat(KanjiNumerals.inFigures(minutes)).containsExactly("令和6年第4回定例会", "去る10月15日から17日まで", "10月16日には、人口は約5600人");
		assertThat(KanjiNumerals.inFigures(figures)).isSameAs(figures);
	}

	@Test
	void aNumberAPageBrokeIsReadWhole() {
		List<String> wrapped = List.of("令和六年十月一日現在で、世帯数は五万五", "千六百四十一世帯、", "去る十月十五日から十七日まで");

		assertThat(KanjiNumerals.inFigures(wrapped, Set.of(0))).containsExactly("令和6年10月1日現在で、世帯数は", "55641世帯、",
				"去る10月15日から17日まで");
	}
}
