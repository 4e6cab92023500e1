package org.govreview.readers.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;

import org.govreview.domain.inspection.InspectionReport;
import org.govreview.domain.inspection.InspectionVisit;
import org.govreview.readers.document.DocumentModel;
import org.govreview.readers.municipality.MunicipalityMaster;
import org.govreview.readers.text.SourceTextLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A faction's report of our own as a scanned form reads back: a space between the characters of short titles and
 * labels (3 中 土 佐 町, 支 出 額), the day's programme a line a stop with the time spent at each place
 * (9:30~11:00 中土佐町 (…)), and two places visited on one day.
 */
class ScannedReportsTests {

	private static final MunicipalityMaster MASTER = MunicipalityMaster.builtIn();

	@TempDir
	Path directory;

	@Test
	void spacedTitlesAreTheVisitsAndEachTimedLineOfTheDayDatesOne() throws IOException {
		InspectionReport report = read("""
				駒ヶ根市議会事務局
				令和 6 年 11 月 8 日
				駒 ヶ 根 市 議 会 議 長 様
				会派名 こまがね未来
				政務活動費による調査研究報告書
				参 加 議 員
				竹村 和夫、 宮下 健一 (いずれも こまがね未来)
				支 出 額
				別紙 支出内訳書のとおり
				(別添)
				視察報告
				1 視 察 日 程
				10月23日 (水)
				9:30~11:00 中土佐町 (中土佐町役場 2 階 会議室)
				11:20 中土佐町役場発 (タクシー・昼食)
				13:30~15:00 四万十町 (四万十町役場 大会議室)
				2 中 土 佐 町
				(1) 町の概要
				人口 3,201人 世帯数 1,655世帯
				(2) 調査項目
				木造建築によるまちづくりについて
				(3) 所感
				● 町産材を公共建築に使い続けてきた点に学ぶべきものがある。
				● 本市でも市産材の利用方針を検討したい。
				3 四 万 十 町
				(1) 町の概要
				人口 15,110人 世帯数 7,802世帯
				(2) 調査項目
				有機農業の推進について
				(3) 所感
				● 有機農業の担い手を町が育てる仕組みは参考になる。
				""");

		assertThat(report.members()).containsExactly("竹村和夫", "宮下健一");
		assertThat(report.visits()).extracting(visit -> visit.destination().name(), InspectionVisit::date, InspectionVisit::startTime,
				InspectionVisit::endTime, InspectionVisit::population)
			.containsExactly(tuple("中土佐町", LocalDate.of(2024, 10, 23), LocalTime.of(9, 30), LocalTime.of(11, 0), 3201L),
					tuple("四万十町", LocalDate.of(2024, 10, 23), LocalTime.of(13, 30), LocalTime.of(15, 0), 15110L));
		assertThat(report.visits()).extracting(visit -> visit.opinions().size()).containsExactly(2, 1);
	}

	private InspectionReport read(String text) throws IOException {
		Path file = Files.writeString(this.directory.resolve("report.txt"), text);
		return new InspectionReportReader(MASTER).read(DocumentModel.of(new SourceTextLoader().load(file)), null);
	}
}
