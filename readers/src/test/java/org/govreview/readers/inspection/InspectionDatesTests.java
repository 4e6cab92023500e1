package org.govreview.readers.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

class InspectionDatesTests {

	@Test
	void takesNoDateOfRecountedHistoryForTheVisit() {
		String text = "昭和19年4月1日に開校した旧校舎を活用。視察日 令和7年8月19日（火）";

		assertThat(InspectionDates.firstEventDate(text)).hasValue(LocalDate.of(2025, 8, 19));
		assertThat(InspectionDates.firstDate(text)).hasValue(LocalDate.of(2025, 8, 19));
		assertThat(InspectionDates.fullDates(InspectionDates.normalize(text))).hasSize(1);
	}

	@Test
	void readsFullWidthTimesAndNoon() {
		assertThat(InspectionDates.timeRange("１４：００～１６：００")).hasValueSatisfying(range -> {
			assertThat(range.start()).isEqualTo(LocalTime.of(14, 0));
			assertThat(range.end()).isEqualTo(LocalTime.of(16, 0));
		});
		assertThat(InspectionDates.timeRange("午前10時から正午まで"))
			.hasValueSatisfying(range -> assertThat(range.end()).isEqualTo(LocalTime.NOON));
	}
}
