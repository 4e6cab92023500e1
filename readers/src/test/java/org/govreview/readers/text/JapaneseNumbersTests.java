package org.govreview.readers.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.LongStream;

import org.govreview.domain.indicator.IndicatorValue;
import org.govreview.domain.indicator.IndicatorValue.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class JapaneseNumbersTests {

	@ParameterizedTest(name = "{0} → {1} {2}")
	@CsvSource(delimiter = '|', nullValues = "null", value = { "30.8% | 30.8 | %", "66.2% | 66.2 | %",
			"2億2千万枚 | 220000000 | 枚", "1億7千万枚 | 170000000 | 枚", "20,000千円 | 20000000 | 円",
			"2,273,760人 | 2273760 | 人", "3回/年 | 3 | 回/年", "322 | 322 | null", "0件 | 0 | 件",
			"20分短縮 | 20 | 分短縮", "100万人 | 1000000 | 人", "1万2千 | 12000 | null", "2千5百万円 | 25000000 | 円",
			"12.5万人 | 125000 | 人", "46.23 平方キロメートル | 46.23 | km2", "412.5万人※1 | 4125000 | 人",
			"60.0％（注1） | 60.0 | %", "12件* | 12 | 件", "320人※ | 320 | 人" })
	void typesANumberWithItsUnitAfterScaling(String printed, String number, String unit) {
		IndicatorValue value = JapaneseNumbers.value(printed);

		assertThat(value.kind()).isEqualTo(Kind.NUMBER);
		assertThat(value.number()).isEqualByComparingTo(new BigDecimal(number));
		assertThat(value.unit()).isEqualTo(unit);
		assertThat(value.raw()).isEqualTo(printed);
	}

	@ParameterizedTest(name = "{0} → {1} {2}")
	@CsvSource(delimiter = '|', value = { "１，９６７，８７３人 | 1967873 | 人", "３０．８％ | 30.8 | %",
			"２億２千万枚 | 220000000 | 枚", "２０，０００千円 | 20000000 | 円" })
	void readsFullWidthDigitsAndSeparators(String printed, String number, String unit) {
		IndicatorValue value = JapaneseNumbers.value(printed);

		assertThat(value.number()).isEqualByComparingTo(new BigDecimal(number));
		assertThat(value.unit()).isEqualTo(unit);
		assertThat(value.raw()).as("the printed text is kept").isEqualTo(printed);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "—", "―", "-", "－", "‐", " — ", "―（新規）", "－\n（新規）" })
	void readsADashAsAbsentNotZero(String printed) {
		IndicatorValue value = JapaneseNumbers.value(printed);

		assertThat(value.kind()).isEqualTo(Kind.ABSENT);
		assertThat(value.number()).isNull();
		assertThat(value.display()).isEqualTo("—");
	}

	@ParameterizedTest(name = "{0}")
	@NullAndEmptySource
	void readsNothingAsAbsent(String printed) {
		assertThat(JapaneseNumbers.value(printed).kind()).isEqualTo(Kind.ABSENT);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "3,6;■8", "3,6", "1,2,3", "12,34人", "1,2345" })
	void commasThatGroupNoThousandsAreNoFigure(String printed) {
		// an OCR engine's 3,688 with a digit lost, a list of numbers: never the 36 or 123 the digits would make
		assertThat(JapaneseNumbers.value(printed).number()).isNull();
		assertThat(JapaneseNumbers.quantity(printed)).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "設置", "検討", "推進", "実施", "運用", "構築", "充実", "一部実施", "増加" })
	void keepsAMilestoneWordAsAWordNeverANumber(String printed) {
		IndicatorValue value = JapaneseNumbers.value(printed);

		assertThat(value.kind()).isEqualTo(Kind.MILESTONE);
		assertThat(value.word()).isEqualTo(printed);
		assertThat(value.number()).isNull();
		assertThat(value.display()).isEqualTo(printed);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "前年度比増加", "二十件", "約30件", "千円" })
	void makesNoNumberFromWordsOrKanjiNumerals(String printed) {
		IndicatorValue value = JapaneseNumbers.value(printed);

		assertThat(value.kind()).isEqualTo(Kind.MILESTONE);
		assertThat(value.number()).isNull();
	}

	@Test
	void joinsAWordSpreadOverExtractedLines() {
		IndicatorValue value = JapaneseNumbers.value("タクシー券、 ガソリン券の 電子申請実施");

		assertThat(value.kind()).isEqualTo(Kind.MILESTONE);
		assertThat(value.word()).isEqualTo("タクシー券、ガソリン券の電子申請実施");
		assertThat(value.raw()).isEqualTo("タクシー券、 ガソリン券の 電子申請実施");
	}

	@Test
	void displaysTheScaledNumberAndUnit() {
		assertThat(JapaneseNumbers.value("2億2千万枚").display()).isEqualTo("220000000 枚");
		assertThat(JapaneseNumbers.value("30.8%").display()).isEqualTo("30.8 %");
		assertThat(JapaneseNumbers.value("322").display()).isEqualTo("322");
	}

	@Test
	void readsTheNumberOfADigitsAndMultipliersRun() {
		assertThat(JapaneseNumbers.number("2億2千万")).hasValueSatisfying(
				number -> assertThat(number).isEqualByComparingTo("220000000"));
		assertThat(JapaneseNumbers.number("設置")).isEmpty();
		assertThat(JapaneseNumbers.number("")).isEmpty();
	}

	@ParameterizedTest(name = "{0} → {1} {2} approximate={3}")
	@CsvSource(delimiter = '|', nullValues = "null", value = { "12万3,456人 | 123456 | 人 | false",
			"約9万8千人 | 98000 | 人 | true", "およそ3割 | 3 | 割 | true", "概ね500件 | 500 | 件 | true",
			"3.1万TJ | 31000 | TJ | false", "45,210千人 | 45210000 | 人 | false", "2億2千万 | 220000000 | null | false",
			"８・５ | 8.5 | null | false", "72・5点 | 72.5 | 点 | false", "5.5‰ | 5.5 | ‰ | false",
			"561.58km² | 561.58 | km2 | false", "561.58㎢ | 561.58 | km2 | false",
			"46.23平方キロメートル | 46.23 | km2 | false", "▲1,234 | -1234 | null | false", "△12.5% | -12.5 | % | false",
			"5万2,318人 | 52318 | 人 | false", "約16.5万人 | 165000 | 人 | true", "１２万３，４５６人 | 123456 | 人 | false",
			"±0人 | 0 | 人 | false" })
	void readsAQuantityInMixedForms(String printed, String number, String unit, boolean approximate) {
		Quantity quantity = JapaneseNumbers.quantity(printed).orElseThrow();

		assertThat(quantity.number()).isEqualByComparingTo(new BigDecimal(number));
		assertThat(quantity.unit()).isEqualTo(unit);
		assertThat(quantity.approximate()).isEqualTo(approximate);
		assertThat(quantity.raw()).isEqualTo(printed);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "1・2・3", "第1・2回", "約", "設置", "ア・イ", "123・456" })
	void readsNoQuantityWhereAMiddleDotSeparatesItemsOrNoFigureLeads(String printed) {
		assertThat(JapaneseNumbers.quantity(printed)).isEmpty();
	}

	@Test
	void keepsAnApproximateCellAWordSoThatNoUncertainFigureIsStored() {
		assertThat(JapaneseNumbers.value("約9万8千人").kind()).isEqualTo(Kind.MILESTONE);
	}

	/** Any digit string with thousands separators reads the same in full and half width, with or without 万. */
	@ParameterizedTest(name = "{0}")
	@MethodSource("randomFigures")
	void readsTheSameFigureInFullAndHalfWidth(long figure) {
		String grouped = String.format(Locale.ROOT, "%,d", figure);
		String fullWidth = toFullWidth(grouped);
		String tenThousands = figure >= 10_000 ? (figure / 10_000) + "万" + String.format(Locale.ROOT, "%,d", figure % 10_000)
				: grouped;

		for (String printed : List.of(grouped, fullWidth, grouped + "人", fullWidth + "人", tenThousands + "人",
				toFullWidth(tenThousands) + "人")) {
			assertThat(JapaneseNumbers.value(printed).number()).as(printed).isEqualByComparingTo(BigDecimal.valueOf(figure));
		}
	}

	static LongStream randomFigures() {
		return new Random(20241201L).longs(200, 1, 10_000_000_000L);
	}

	private static String toFullWidth(String ascii) {
		StringBuilder out = new StringBuilder();
		for (char c : ascii.toCharArray()) {
			out.append(c >= '!' && c <= '~' ? (char) (c - '!' + '！') : c);
		}
		return out.toString();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "81.9 82.0", "81.9　82.0%", "12 3.5" })
	void twoFiguresRunTogetherAreNoNumber(String printed) {
		assertThat(JapaneseNumbers.value(printed).isNumber()).isFalse();
		assertThat(JapaneseNumbers.quantity(printed)).isEmpty();
	}
}
