package org.govreview.readers.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.govreview.domain.inspection.InspectionReport;
import org.govreview.domain.inspection.InspectionVisit;
import org.govreview.readers.document.DocumentModel;
import org.govreview.readers.municipality.MunicipalityMaster;
import org.govreview.readers.text.SourceTextLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A committee's report of our own as mutool prints a Word table, a cell a line: each day of the itinerary over its
 * times, its places with the office visited in brackets under them and the topics, a second visit the same day after
 * its own times; the members' roster beside their groups (会派), which name no member.
 */
class OneCellItineraryReportsTests {

	private static final MunicipalityMaster MASTER = MunicipalityMaster.builtIn();

	@TempDir
	Path directory;

	@Test
	void aPlacesOfficeInBracketsIsNoTopicAndASecondVisitAfterItsOwnTimesKeepsTheDay() throws IOException {
		InspectionReport report = read("""
				栗原市議会 令和７年度 経済建設常任委員会 行政視察報告書
				１ 視察期間　令和７年１０月２１日（火）～２２日（水）
				２　派遣議員
				区　分
				氏　　名
				所属会派
				団　長
				佐藤　一郎
				新風会
				副団長
				高橋　花子
				市民の会
				団　員
				鈴木　次郎
				公明党
				３ 視察日程
				月日
				時刻
				行程・視察先
				調査事項

				１０月２１日

				（火）

				14:00～

				15:30

				新潟県燕市
				（燕市役所）

				ものづくり産業の振興について

				三条市内 泊

				１０月２２日

				（水）

				9:30～
				11:00

				新潟県三条市
				（三条市役所）

				① 鍛冶文化を生かした観光振興につい
				て

				13:30～

				15:00

				新潟県加茂市
				（加茂市役所）

				雪国の住まいづくりについて

				４ 所感
				　いずれの市も地域の産業を生かした取組を進めており、本市にとって参考になった。
				""");

		assertThat(report.members()).contains("高橋花子").doesNotContain("新風会", "市民の会", "公明党");
		assertThat(report.visits()).extracting(visit -> visit.destination().code().value(), InspectionVisit::date)
			.contains(tuple("152137", java.time.LocalDate.of(2025, 10, 21)), tuple("152048", java.time.LocalDate.of(2025, 10, 22)),
					tuple("152099", java.time.LocalDate.of(2025, 10, 22)));
		assertThat(report.visits()).extracting(InspectionVisit::topic).noneMatch(topic -> topic != null && topic.contains("市役所"));
	}

	@Test
	void aGroupsNameIsNoMembersName() {
		PersonNames names = new PersonNames();

		assertThat(names.list("清風会")).isEmpty();
		assertThat(names.list("市民の会")).isEmpty();
		assertThat(names.list("公明党")).isEmpty();
		assertThat(names.list("前田　浩二")).containsExactly("前田浩二");
	}

	private InspectionReport read(String text) throws IOException {
		Path file = Files.writeString(this.directory.resolve("report.txt"), text);
		return new InspectionReportReader(MASTER).read(DocumentModel.of(new SourceTextLoader().load(file)), null);
	}
}
