package org.govreview.readers.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClockTimesTests {

	@ParameterizedTest(name = "{0} → {1}–{2}")
	@CsvSource(delimiter = '|', value = { "１４：００～１６：００ | 14:00 | 16:00", "14:00~15:30 | 14:00 | 15:30", "13:30 → 15:30 | 13:30 | 15:30",
			"14時00分～15時30分 | 14:00 | 15:30", "14時30分〜16時 | 14:30 | 16:00", "午前10時から正午まで | 10:00 | 12:00",
			"午後1時30分～3時 | 13:30 | 15:00", "午後2時から午後3時30分まで | 14:00 | 15:30", "正午～午後1時 | 12:00 | 13:00",
			"9時半-11時 | 09:30 | 11:00", "午前9時～12時 | 09:00 | 12:00", "11時～1時 | 11:00 | 13:00",
			"視察日時：令和7年8月19日（火）１０：００―１１：３０ | 10:00 | 11:30", "10:00 − 11:30 | 10:00 | 11:30" })
	void readsATimeRange(String printed, LocalTime start, LocalTime end) {
		assertThat(ClockTimes.firstRange(printed)).hasValue(new ClockTimes.TimeRange(start, end));
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', value = { "正午 | 12:00", "14時30分 | 14:30", "午後1時 | 13:00", "午前0時 | 00:00",
			"１４：０５ | 14:05", "集合 9時半 | 09:30" })
	void readsAClockTime(String printed, LocalTime expected) {
		assertThat(ClockTimes.firstTime(printed)).hasValue(expected);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "25:00～26:00", "3年～5年", "14時" })
	void readsNoRangeFromImpossibleTimesOrOtherSpans(String printed) {
		assertThat(ClockTimes.firstRange(printed)).isEmpty();
	}
}
