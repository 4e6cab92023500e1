package org.govreview.readers.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Cells as a spreadsheet stores them, read as it shows them. */
class ExcelValuesTests {

	@Test
	void aRateStoredAsAFractionUnderAPercentageReadsAsThePercentage() {
		assertThat(ExcelValues.displayed(List.of("0.38100000000000001", "0.40200000000000002", "0.875"), "％"))
			.containsExactly("38.1", "40.2", "87.5");
	}

	@Test
	void aTargetColumnNotReadStillShowsTheRowIsStored() {
		List<String> row = List.of("道路占用許可申請のオンライン申請率", "％", "－", "－", "0.186", "0.34999999999999998");

		assertThat(ExcelValues.displayed(List.of("－", "－", "0.186"), "％", row)).containsExactly("－", "－", "18.6");
	}

	@Test
	void aDoublesTailIsRoundedOffAndOtherFiguresStayAsPrinted() {
		assertThat(ExcelValues.displayed(List.of("6.9100000000000001", "1866"), "㎡")).containsExactly("6.91", "1866");
		// a rate printed as a person types it: no stored value, no change
		assertThat(ExcelValues.displayed(List.of("0.5", "0.6"), "％")).containsExactly("0.5", "0.6");
		assertThat(ExcelValues.displayed(List.of("33.6", "34.0"), "％")).containsExactly("33.6", "34.0");
	}

	@Test
	void aDateCellStoredAsItsDayNumberIsThatDateAndNoOtherFigureIsOne() {
		assertThat(ExcelValues.serialDate("44286")).contains(java.time.LocalDate.of(2021, 3, 31));
		assertThat(ExcelValues.serialDate(" 45382 ")).contains(java.time.LocalDate.of(2024, 3, 31));
		// a count, a year, a figure with its comma: no day number
		assertThat(ExcelValues.serialDate("1248")).isEmpty();
		assertThat(ExcelValues.serialDate("2024")).isEmpty();
		assertThat(ExcelValues.serialDate("118426")).isEmpty();
		assertThat(ExcelValues.serialDate("44,286")).isEmpty();
	}
}
