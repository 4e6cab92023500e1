package org.govreview.readers.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.govreview.domain.inspection.InspectionReport;
import org.govreview.domain.inspection.InspectionVisit;
import org.govreview.readers.document.DocumentModel;
import org.govreview.readers.municipality.MunicipalityMaster;
import org.govreview.readers.text.SourceText;
import org.junit.jupiter.api.Test;

/**
 * A committee's report of our own as a council's records system prints it and its PDF reads back: a summary form
 * whose roster runs down a label spanning its rows (参加委員) and marks who went (○ all days, △ some, × none), then a
 * form per visit whose outline sets the figures under their labels and whose questions and answers stand side by
 * side under a label of their own; and a page whose roster is one cell, a role and its names a line.
 */
class SystemFormReportsTests {

	private static final MunicipalityMaster MASTER = MunicipalityMaster.builtIn();

	@Test
	void aRosterDownItsLabelKeepsWhoWentAndAVisitsFormGivesItsFiguresAndQuestions() {
		InspectionReport report = read(
				"須坂市議会　議会情報管理システム（委員会活動管理）\t出力日：令和７年１２月３日",
				"委員会行政視察報告書",
				"",
				"<table><tr><td>提出日</td><td>令和７年１１月１４日（金）</td><td></td><td></td><td></td><td></td></tr>"
						+ "<tr><td>提出先</td><td>須坂市議会議長　宮本　勝　様</td><td></td><td></td><td></td><td></td></tr>"
						+ "<tr><td>委員会名</td><td>福祉環境委員会</td><td></td><td></td><td></td><td></td></tr>"
						+ "<tr><td>視察期間</td><td>令和７年１０月２８日（火）</td><td></td><td></td><td></td><td></td></tr>"
						+ "<tr><td>参加委員</td><td>No.</td><td>職名</td><td>氏名</td><td>参加区分</td><td>備考</td></tr>"
						+ "<tr><td>参加委員</td><td>1</td><td>委員長</td><td>小林　雅彦</td><td>○</td><td></td></tr>"
						+ "<tr><td>参加委員</td><td>2</td><td>委員</td><td>中島　健太郎</td><td>△</td><td>10/30 名張市 不参加（所用）</td></tr>"
						+ "<tr><td>参加委員</td><td>3</td><td>委員</td><td>古川　隆志</td><td>×</td><td>公務のため不参加</td></tr>"
						+ "<tr><td>随行</td><td>議会事務局　主査　土屋　直樹</td><td></td><td></td><td></td><td></td></tr></table>",
				"",
				"視察先別報告票",
				"",
				"<table><tr><td>視察先</td><td>愛知県豊明市</td><td></td><td></td><td></td></tr>"
						+ "<tr><td>視察日</td><td>令和7年10月28日(火)</td><td></td><td></td><td></td></tr>"
						+ "<tr><td>調査事項</td><td>公民連携による介護予防の取組について</td><td></td><td></td><td></td></tr>"
						+ "<tr><td>視察先の概況</td><td>人口</td><td>世帯数</td><td>面積</td><td>基準日</td></tr>"
						+ "<tr><td>視察先の概況</td><td>67,912 人</td><td>30,486 世帯</td><td>23.22 ㎢</td><td>R7.10.1</td></tr>"
						+ "<tr><td>質疑応答</td><td>No.</td><td>質疑</td><td></td><td>回答</td></tr>"
						+ "<tr><td>質疑応答</td><td>1</td><td>市の財政負担はどの程度か。</td><td></td><td>協定の多くは費用負担を伴わない。</td></tr>"
						+ "<tr><td>質疑応答</td><td>2</td><td>専門職の確保はどうしているか。</td><td></td><td>謝礼を支払い年度当初に依頼している。</td></tr>"
						+ "<tr><td>所感</td><td>①民間の力を束ねる発想は本市でも生かせる。</td><td></td><td></td><td></td></tr></table>");

		// △ went on some days, whatever its note says of the last; × did not go
		assertThat(report.members()).containsExactly("小林雅彦", "中島健太郎");
		assertThat(report.submitted()).isEqualTo(java.time.LocalDate.of(2025, 11, 14));
		InspectionVisit visit = report.visits().stream().filter(v -> v.destination() != null && v.destination().code().value().equals("232297"))
			.findFirst().orElseThrow();
		assertThat(visit.population()).isEqualTo(67912L);
		assertThat(visit.households()).isEqualTo(30486L);
		assertThat(visit.areaKm2()).isEqualByComparingTo("23.22");
		assertThat(visit.statedAsOf()).isEqualTo(java.time.LocalDate.of(2025, 10, 1));
		assertThat(visit.questions()).hasSize(2);
	}

	@Test
	void aPagesMenuOfCommitteesIsNoCommitteeAndARosterLineWithANotesMarkStillNamesItsMembers() {
		InspectionReport report = read("下松市議会", "議会の概要", "・議員名簿", "委員会活動", "・総務教育委員会", "・議会運営委員会", "",
				"建設経済委員会 行政視察報告書（令和7年度）", "",
				"<table><tr><td>提出先</td><td>下松市議会議長 近藤 正之 様</td></tr>"
						+ "<tr><td>委員会名</td><td>建設経済委員会</td></tr>"
						+ "<tr><td>視察期間</td><td>令和7年7月15日（火）〜7月17日（木）</td></tr>"
						+ "<tr><td>視察先</td><td>大分県豊後高田市</td></tr>"
						+ "<tr><td>参加委員</td><td>委 員 長 中谷 誠司<br>副委員長 河内 美和子<br>委  員 原田 浩  藤井 尚樹<br>松尾 かおり  浅本 隆之※2</td></tr></table>",
				"※2 浅本委員は、所用により7月16日（水）の視察から合流した。", "",
				"（１） 大分県豊後高田市", "日時　令和7年7月15日（火）14:00～15:30", "調査事項　「昭和の町」を核とした中心市街地のにぎわい創出について");

		assertThat(report.faction()).isEqualTo("建設経済委員会");
		assertThat(report.members()).containsExactly("中谷誠司", "河内美和子", "原田浩", "藤井尚樹", "松尾かおり", "浅本隆之");
	}

	@Test
	void aRosterCellOfRolesAndNamesALineNamesEveryMemberWithoutTheNotesMark() {
		assertThat(new PersonNames().list("委 員 長 中谷 誠司\n副委員長 河内 美和子\n委  員 原田 浩  藤井 尚樹\n松尾 かおり  浅本 隆之※2"))
			.containsExactly("中谷誠司", "河内美和子", "原田浩", "藤井尚樹", "松尾かおり", "浅本隆之");
		// an em space between family and given name (a web page's &emsp;) parts them as any space does
		assertThat(new PersonNames().list("委員長 中谷\u2003誠司\n副委員長 河内\u2003美和子")).containsExactly("中谷誠司", "河内美和子");
		// a name a narrow cell wrapped stays one name
		assertThat(new PersonNames().list("宮澤\n千春")).containsExactly("宮澤千春");
		// a note's line under the list names a member only to say what he did
		assertThat(new PersonNames().list("杉山　和也、井口　美穂、長谷川　誠司\n※長谷川議員は所用のため７月１５日の視察終了後に帰沼"))
			.containsExactly("杉山和也", "井口美穂", "長谷川誠司");
	}

	@Test
	void namesOfAFamilyAndAGivenNameEachASingleSpaceApartAreAsManyMembers() {
		// a leaflet's roster: two members a line, every part one space apart
		assertThat(new PersonNames().list("本間 直樹 吉岡 美和")).containsExactly("本間直樹", "吉岡美和");
		assertThat(new PersonNames().list("藤田 康之 大塚 晋")).containsExactly("藤田康之", "大塚晋");
		// one name spaced out letter by letter stays one
		assertThat(new PersonNames().list("新 井 智 子")).containsExactly("新井智子");
	}

	private static InspectionReport read(String... lines) {
		return new InspectionReportReader(MASTER)
			.read(DocumentModel.of(new SourceText(Path.of("report.pdf"), List.of(lines), "PDF, 1 pages")), null);
	}
}
