package org.govreview.readers.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;

import org.govreview.domain.document.DocumentKind;
import org.govreview.domain.inspection.InspectionReport;
import org.govreview.readers.municipality.MunicipalityMaster;
import org.govreview.readers.recognition.DocumentRecognition;
import org.govreview.readers.text.SourceTextLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A council's minutes of our own: the sitting's other business and its roll call first, then a committee chair
 * reporting the committee's inspection as a speech, its numbers and dates in kanji, the members named in a sentence.
 */
class MinutesReportTests {

	private static final MunicipalityMaster MASTER = MunicipalityMaster.builtIn();

	private static final String MINUTES = """
			　　　　令和六年第四回足利市議会定例会会議録第三号
			令和六年十二月十日（火曜日）
			出席議員（四名）
			　一番　山　本　一　郎　　二番　川　村　花　子
			○議長（中島次郎君）　日程第一、議案第八十一号を議題といたします。
			◎総務委員長（川村花子君）　総務委員会に付託されました議案につきまして、去る十二月三日に審査いたしましたので御報告申し上げます。
			○議長（中島次郎君）　日程第二、閉会中の継続調査報告についてを議題といたします。
			　産業建設委員会から、令和六年十一月二十五日付けをもって、行政視察の報告書が提出されております。
			◎産業建設委員長（石田健一君）　ただいま議題となりました行政視察につきまして、その概要を御報告申し上げます。
			　視察には、委員長の私、石田健一のほか、野口美咲副委員長、大島直人委員及び小松原勇委員の計四名が参加いたしました。
			　初めに、十月二十二日、石川県七尾市を訪問いたしました。七尾市では、七尾市役所におきまして、午前十時から正午まで、「能登半島地震からの商店街の再生について」説明を受けました。
			　七尾市の人口は四万八千二百十五人、世帯数は二万一千九百八十世帯、面積は三百十八・二九平方キロメートルで、いずれも令和六年九月三十日現在の数値であります。
			　質疑では、仮設店舗の期間についての質問に対し、二年間であるとの答弁がありました。また、補助の財源についての質問に対し、国と県の交付金であるとの答弁がありました。
			　委員からは、商店街の早期の再開は本市でも参考になるとの意見、また、被災時の事業継続の備えが重要であるとの意見が出されました。
			　以上で報告を終わります。
			○議長（中島次郎君）　以上で委員長の報告は終わりました。
			""";

	@TempDir
	Path directory;

	@Test
	void theChairsTurnThatReportsTheInspectionIsTheReportAndItsKanjiNumbersAreRead() throws IOException {
		Path file = Files.writeString(this.directory.resolve("minutes.txt"), MINUTES);
		DocumentRecognition.Recognition recognition = DocumentRecognition.recognise(new SourceTextLoader().load(file));

		assertThat(recognition.kind()).contains(DocumentKind.INSPECTION_REPORT);
		InspectionReport report = new InspectionReportReader(MASTER).read(recognition.model(), null);

		assertThat(report.council().name()).isEqualTo("足利市");
		assertThat(report.members()).containsExactly("石田健一", "野口美咲", "大島直人", "小松原勇");
		assertThat(report.visits()).singleElement().satisfies(visit -> {
			assertThat(visit.destination().name()).isEqualTo("七尾市");
			assertThat(visit.date()).isEqualTo(LocalDate.of(2024, 10, 22));
			assertThat(visit.startTime()).isEqualTo(LocalTime.of(10, 0));
			assertThat(visit.endTime()).isEqualTo(LocalTime.of(12, 0));
			assertThat(visit.population()).isEqualTo(48215L);
			assertThat(visit.households()).isEqualTo(21980L);
			assertThat(visit.areaKm2()).isEqualByComparingTo("318.29");
			assertThat(visit.statedAsOf()).isEqualTo(LocalDate.of(2024, 9, 30));
			assertThat(visit.topic()).isEqualTo("能登半島地震からの商店街の再生について");
			assertThat(visit.questions()).hasSize(2);
			assertThat(visit.opinions()).hasSize(2);
		});
	}

	@Test
	void minutesInFiguresWhereTheChairOnlyPutsTheReportOnTheAgendaAreReadFromTheCommitteeChairsTurn() throws IOException {
		Path file = Files.writeString(this.directory.resolve("oyama.txt"), """
				令和6年第4回（12月）小山市議会定例会会議録（第3号）
				令和6年12月12日（木曜日）
				○議長（石島 明議員）　日程第1、委員会の行政視察報告を議題とします。
				　建設水道委員長の報告を求めます。
				○建設水道委員長（野村 和子議員）　建設水道委員会が実施いたしました行政視察について御報告いたします。
				　参加者は、委員長の私、野村和子のほか、中田健副委員長、小林一郎委員及び佐藤恵子委員の計4名であります。
				　初めに、10月29日に福井県坂井市を訪問し、坂井市役所において、午後2時から午後4時まで、「上下水道事業の広域連携について」説明を受けました。
				　次に、10月30日には、石川県白山市を訪問し、白山市役所において、午前9時30分から11時まで、「下水道施設の長寿命化について」説明を受けました。
				　以上で報告を終わります。
				○議長（石島 明議員）　以上で報告を終わります。
				""");
		DocumentRecognition.Recognition recognition = DocumentRecognition.recognise(new SourceTextLoader().load(file));

		assertThat(recognition.kind()).contains(DocumentKind.INSPECTION_REPORT);
		InspectionReport report = new InspectionReportReader(MASTER).read(recognition.model(), null);
		assertThat(report.members()).containsExactly("野村和子", "中田健", "小林一郎", "佐藤恵子");
		assertThat(report.visits()).extracting(visit -> visit.destination().name(), visit -> visit.date(), visit -> visit.startTime())
			.containsExactly(org.assertj.core.api.Assertions.tuple("坂井市", LocalDate.of(2024, 10, 29), LocalTime.of(14, 0)),
					org.assertj.core.api.Assertions.tuple("白山市", LocalDate.of(2024, 10, 30), LocalTime.of(9, 30)));
	}

	@Test
	void aChairWhoGreetsBeforeReportingAndOpensEachPlaceWithItsDateIsReadFromSearchSystemMinutes() throws IOException {
		// 会議録検索システム: the speakers listed first (4⇥○経済建設常任委員長（…）), then 登壇 / おはようございます。…御報告申し上げます。
		Path file = Files.writeString(this.directory.resolve("discussnet.txt"), """
				那須塩原市議会 会議録検索システム
				令和６年第４回定例会（第２日）
				2024-12-03
				1	名簿・議事日程
				2	○議長（中村芳隆君）
				3	○経済建設常任委員長（室井孝之君）
				4	○議長（中村芳隆君）
				○議長（中村芳隆君）　日程第１、常任委員会行政視察報告を行います。
				　経済建設常任委員長、室井孝之議員。
				○経済建設常任委員長（室井孝之君）　登壇
				　おはようございます。経済建設常任委員会の行政視察について御報告申し上げます。
				　今回の視察に参加いたしましたのは、私のほか、阿久津里美副委員長、君島一也委員及び星野健二委員の計４名であります。
				　初めに、１０月２２日、大分県由布市について御報告いたします。
				　由布市では、由布市役所湯布院庁舎におきまして、午後２時から午後３時３０分まで説明を受けました。人口は３万２，４１８人であります。
				　次に、１０月２３日、熊本県小国町について御報告いたします。
				　小国町では、小国町役場におきまして、午前９時３０分から１１時３０分まで説明を受けました。
				　以上で報告を終わります。
				○議長（中村芳隆君）　以上で経済建設常任委員長の報告は終わりました。
				""");
		DocumentRecognition.Recognition recognition = DocumentRecognition.recognise(new SourceTextLoader().load(file));

		assertThat(recognition.kind()).contains(DocumentKind.INSPECTION_REPORT);
		InspectionReport report = new InspectionReportReader(MASTER).read(recognition.model(), null);
		assertThat(report.members()).as("私のほか: the chair whose turn it is").containsExactly("室井孝之", "阿久津里美", "君島一也", "星野健二");
		assertThat(report.visits()).extracting(visit -> visit.destination().code().value(), visit -> visit.date(), visit -> visit.startTime())
			.containsExactly(org.assertj.core.api.Assertions.tuple("442135", LocalDate.of(2024, 10, 22), LocalTime.of(14, 0)),
					org.assertj.core.api.Assertions.tuple("434248", LocalDate.of(2024, 10, 23), LocalTime.of(9, 30)));
		assertThat(report.visits().get(0).population()).isEqualTo(32418L);
	}
}
