package org.govreview.readers.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IssuedDatesTests {

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', value = {
			"令和6年5月31日 | 2024-05-31",
			"令 和 6 年 5 月 | 2024-05-01",
			"令和6年5月 作成 | 2024-05-01",
			"令和6年5月公表 | 2024-05-01",
			"令和７年８月１９日提出 | 2025-08-19",
			"令和6年5月31日(金) | 2024-05-31",
			"令和元年10月1日 | 2019-10-01",
			"平成31年3月29日 策定 | 2019-03-29",
			"R6.5.31 | 2024-05-31",
			"H30.4.1 | 2018-04-01",
			"R6.5 | 2024-05-01",
			"2024年5月 | 2024-05-01",
			"2024年5月31日 発行 | 2024-05-31",
			"作成日：2024/5/31 | 2024-05-31",
			"（令和6年5月）| 2024-05-01" })
	void readsALineHoldingOnlyADate(String line, LocalDate issued) {
		assertThat(IssuedDates.in(List.of("市長公約の取組状況", line, "苫小牧市"))).hasValue(issued);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"(令和4年7月から令和6年3月までの実施内容)",
			"R6.12.31 現在 住民基本台帳",
			"令和6年3月にヤングケアラー支援条例を制定",
			"令和6年2月30日",
			"西暦6年5月",
			"人口 2024" })
	void ignoresDatesInsideSentencesAndImpossibleDates(String line) {
		assertThat(IssuedDates.in(List.of("報告", line))).isEmpty();
	}

	@Test
	void prefersTheHeadAndFallsBackToTheColophonAtTheEnd() {
		List<String> lines = new ArrayList<>(Collections.nCopies(200, "本文"));
		lines.add(100, "令和5年1月1日");
		lines.add("令和6年6月 発行");
		assertThat(IssuedDates.in(lines)).hasValue(LocalDate.of(2024, 6, 1));
		lines.add(0, "令和6年5月");
		assertThat(IssuedDates.in(lines)).hasValue(LocalDate.of(2024, 5, 1));
	}

	@Test
	void readsTheSeedReportsOwnDates() {
		Path pledge = Seeds.assumePresent(Seeds.locate("004_33cdc2aa51bc4c42.txt"));
		assertThat(IssuedDates.in(Seeds.lines(pledge))).hasValue(LocalDate.of(2024, 5, 1));
		Path inspection = Seeds.assumePresent(Seeds.locate("000_844771edabb17eb8.txt"));
		assertThat(IssuedDates.in(Seeds.lines(inspection))).hasValue(LocalDate.of(2025, 8, 19));
	}
}
