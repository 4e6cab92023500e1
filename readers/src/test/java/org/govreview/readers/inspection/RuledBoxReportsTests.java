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
 * A committee's report of our own as a word processor's text with ruled boxes (┏━┳━┓): an overview box naming both
 * places in one cell and their topics with the place after them (（以上、西条市）), a box of members under a note on
 * who did not go, and each place's section with its date and hours over two lines of one cell.
 */
class RuledBoxReportsTests {

	private static final MunicipalityMaster MASTER = MunicipalityMaster.builtIn();

	@TempDir
	Path directory;

	@Test
	void eachPlaceKeepsItsOwnTopicsHoursAndFiguresAndAnAbsentMemberIsNoMember() throws IOException {
		InspectionReport report = read("""
				　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　令和６年１１月２５日

				　福井市議会議長
				　　　青　木　　　一　郎　様

				　　　　　　　　　　　　　　　　　　　　　　　　福井市議会建設委員会
				　　　　　　　　　　　　　　　　　　　　　　　　委員長　西　村　健　二

				　　　　　　　　　　　視　察　報　告　書

				　本委員会は、閉会中の所管事務調査として、下記のとおり行政視察を実施したので報告します。

				　　　　　　　　　　　　　　　　　　　記

				【視察の概要】
				┏━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓
				┃視察期間　　　┃令和６年１０月２９日（火）～１０月３０日（水）　　　　　　　┃
				┣━━━━━━━╋━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┫
				┃視 察 先　　　┃愛媛県西条市　　　　　　　　　　　　　　　　　　　　　　　　┃
				┃　　　　　　　┃香川県丸亀市　　　　　　　　　　　　　　　　　　　　　　　　┃
				┣━━━━━━━╋━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┫
				┃調査事項　　　┃（１）水道事業の広域連携について　　　　　　　　　　　　　　┃
				┃　　　　　　　┃（２）公共施設の長寿命化について　　　　　　　　　　　　　　┃
				┃　　　　　　　┃　　　　　　　　　　　　　　　　（以上、西条市）　　　　　　┃
				┃　　　　　　　┃（３）中心市街地の空き家対策について（丸亀市）　　　　　　　┃
				┗━━━━━━━┻━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛

				【参加委員】
				┏━━━━━━━┳━━━━━━━━━━━┳━━━━━━━┳━━━━━━━━━━━┓
				┃委 員 長　　　┃西村　健二　　　　　　┃副委員長　　　┃松田　恵子　　　　　　┃
				┣━━━━━━━╋━━━━━━━━━━━╋━━━━━━━╋━━━━━━━━━━━┫
				┃委　　員　　　┃石川　浩一　　　　　　┃委　　員　　　┃大野　まり　　　　　　┃
				┗━━━━━━━┻━━━━━━━━━━━┻━━━━━━━┻━━━━━━━━━━━┛
				　※大野まり委員は、病気療養のため欠席した。

				１　愛媛県西条市

				┏━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓
				┃日　　時　　　　┃令和６年１０月２９日（火）　　　　　　　　　　　　　　　　┃
				┃　　　　　　　　┃午後１時３０分～午後３時３０分　　　　　　　　　　　　　　┃
				┣━━━━━━━━┻━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┫
				┃【市の概要】　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　┃
				┃　人　口　１０４，２１５人　　世帯数　　４９，３０２世帯　　　　　　　　　　┃
				┃　面　積　　５１０．０４㎞²　（令和６年９月３０日現在）　　　　　　　　　　┃
				┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛

				【調査事項】
				（１）水道事業の広域連携について
				（２）公共施設の長寿命化について

				【所　感】
				○広域連携による経営基盤の強化は本市にとっても参考になる。

				２　香川県丸亀市

				┏━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓
				┃日　　時　　　　┃令和６年１０月３０日（水）　　　　　　　　　　　　　　　　┃
				┃　　　　　　　　┃午前９時３０分～午前１１時３０分　　　　　　　　　　　　　┃
				┣━━━━━━━━┻━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┫
				┃【市の概要】　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　┃
				┃　人　口　１０９，６０１人　　世帯数　　４９，８１５世帯　　　　　　　　　　┃
				┃　面　積　　１１１．８３㎞²　（令和６年１０月１日現在）　　　　　　　　　　┃
				┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛

				【調査事項】
				（３）中心市街地の空き家対策について

				【所　感】
				○空き家の利活用を地域と進める仕組みは、本市でも検討すべきである。

				　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　以　上
				""");

		assertThat(report.members()).containsExactly("西村健二", "松田恵子", "石川浩一");
		assertThat(report.visits()).extracting(visit -> visit.destination().name(), InspectionVisit::date, InspectionVisit::startTime,
				InspectionVisit::endTime, InspectionVisit::statedAsOf, InspectionVisit::topic)
			.containsExactly(
					tuple("西条市", LocalDate.of(2024, 10, 29), LocalTime.of(13, 30), LocalTime.of(15, 30), LocalDate.of(2024, 9, 30),
							"水道事業の広域連携について\n公共施設の長寿命化について"),
					tuple("丸亀市", LocalDate.of(2024, 10, 30), LocalTime.of(9, 30), LocalTime.of(11, 30), LocalDate.of(2024, 10, 1),
							"中心市街地の空き家対策について"));
	}

	private InspectionReport read(String text) throws IOException {
		Path file = Files.writeString(this.directory.resolve("report.txt"), text);
		return new InspectionReportReader(MASTER).read(DocumentModel.of(new SourceTextLoader().load(file)), null);
	}
}
