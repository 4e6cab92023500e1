package org.govreview.readers.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;

import org.govreview.domain.inspection.InspectionReport;
import org.govreview.domain.inspection.InspectionVisit;
import org.govreview.readers.document.DocumentModel;
import org.govreview.readers.municipality.MunicipalityMaster;
import org.govreview.readers.source.RejectedDocumentException;
import org.govreview.readers.text.SourceTextLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two reports of our own: a faction's Excel form printed by pdftotext -layout, its labels spaced out to fill their
 * cells (視   察   日), the 質/疑 label set vertically beside the questions, and no council named but the city its
 * sentences call 本市 (豊橋駅前, 豊橋筆) and name once in full; and a committee's report whose title names the committee, whose cover lists the members role by
 * role with single spaces as pdftotext -raw prints them, and whose 所感 (spaced out after its number) holds the
 * committee's points.
 */
class FormSheetAndTitledCommitteeReportsTests {

	private static final MunicipalityMaster MASTER = MunicipalityMaster.builtIn();

	@TempDir
	Path directory;

	@Test
	void aFormsSpacedLabelsAndStackedLetterGiveTheVisitAndItsQuestionsAndBenShiNamesTheCouncil() throws IOException {
		InspectionReport report = read("""
				                      令和７年度 政務活動 視察報告書
				提   出   日 令和7年11月25日                 会   派   名 みらい創生クラブ
				報   告   者 山本 健一

				視   察   日 令和7年10月21日(火)                        時           間 13:30～15:00
				視   察   先 滋賀県長浜市（長浜市役所 本庁舎3階 第1会議室）
				視 察 項 目 中心市街地の活性化について
				        本市の中心市街地では、豊橋駅前の再開発事業が進む一方で、空き店舗が目立っている。
				視 察 目 的 長浜市の取組を調査し、豊橋市中心市街地活性化基本計画の見直しに生かすことを目的とした。
				            問1     まちづくり会社は市の支援を受けているか。
				            答      設立時に出資したが、現在は独立採算である。
				    質      問2     市の役割は何か。
				            答      駐車場など基盤の整備を担っている。
				    疑      問3     店舗の後継者をどう確保しているか。
				            答      創業者への家賃補助で出店を促している。
				            ・本市の伝統的工芸品である豊橋筆の販路にも、町並みを生かす視点が必要である。
				経       費 交通費 28,840円
				""");

		assertThat(report.council().code().value()).isEqualTo("232017");
		assertThat(report.visits()).hasSize(1);
		InspectionVisit visit = report.visits().get(0);
		assertThat(visit.destination().code().value()).isEqualTo("252034");
		assertThat(visit.date()).isEqualTo(LocalDate.of(2025, 10, 21));
		assertThat(visit.startTime()).isEqualTo(LocalTime.of(13, 30));
		assertThat(visit.endTime()).isEqualTo(LocalTime.of(15, 0));
		assertThat(visit.questions()).hasSize(3);
	}

	@Test
	void noCouncilIsGuessedFromWordsThatMerelyBeginLikeACitysName() {
		// 本市の中央公園, 本市の中央通り: 中央市 is a city, but the text never names it
		assertThatThrownBy(() -> read("""
				                      令和７年度 政務活動 視察報告書
				視   察   日 令和7年10月21日(火)                        時           間 13:30～15:00
				視   察   先 滋賀県長浜市（長浜市役所 本庁舎3階 第1会議室）
				視 察 項 目 中心市街地の活性化について
				        本市の中央公園周辺でも、長浜市のような町並みの活用が求められている。
				            問1     まちづくり会社は市の支援を受けているか。
				            答      設立時に出資したが、現在は独立採算である。
				            ・本市の中央公園でも町並みを生かす視点が必要である。
				            ・本市の中央通りの空き店舗対策にも取り入れたい。
				"""))
			.isInstanceOf(RejectedDocumentException.class)
			.hasMessageContaining("no council");
	}

	@Test
	void theTitlesCommitteeGivesItsPointsAndTheCoverListsTheMembersRoleByRole() throws IOException {
		InspectionReport report = read("""
				建設委員会行政視察報告書
				浜松市議会議長 鈴木 一郎 様
				報 告 日 令和７年８月５日
				委 員 長 三木 和彦
				副 委 員 長 竹中 美保
				委 員 井上 達也 大西 利治 坂口 真理子
				松本 大介 藤原 伸也
				随 行 議会事務局議事課 主任 池田 圭介
				第１　愛知県岡崎市
				1. 日　　時　令和７年７月２２日（火）　午後２時～午後３時３０分
				2. 視察事項　公民連携のまちづくりについて
				3. 質疑（問・答）
				   問１　公民連携の事業で、市が負担する費用はどの程度か。
				   答　　公共空間の整備費は市が負担し、市有地の賃料収入を得ている。
				   問２　効果をどのように測っているか。
				   答　　歩行者通行量と新規出店数を指標としている。
				4. 所　　感
				   ・公共空間を民間が活用し、その収益で維持管理を賄う仕組みは参考になる。
				   ・河川空間の活用は、河川管理者である国との連携が鍵となっている。
				   ・担い手を育て、空き店舗への出店につなげている点が印象に残った。
				""");

		assertThat(report.members()).containsExactly("三木和彦", "竹中美保", "井上達也", "大西利治", "坂口真理子", "松本大介", "藤原伸也");
		assertThat(report.visits()).hasSize(1);
		InspectionVisit visit = report.visits().get(0);
		assertThat(visit.destination().code().value()).isEqualTo("232025");
		assertThat(visit.questions()).hasSize(2);
		assertThat(visit.opinions()).hasSize(3);
	}

	@Test
	void aCommitteesPointsUnderAKanaNumberedPartSpacedOutInARawExtraction() throws IOException {
		InspectionReport report = read("""
				教育民生委員会行政視察報告書
				福井市議会議長 堀川 秀樹 様
				報 告 日 令和７年１１月１０日
				（１）佐賀県嬉野市
				ア 視察先 佐賀県嬉野市（嬉野市役所塩田庁舎）
				イ 日 時 令和７年１０月２２日（水） 午後２時～午後３時３０分
				ウ 視察事項 義務教育学校の設置による小中学校の再編について
				カ 質疑応答
				問 学校の統合に当たり、地域の合意をどのように得たのか。
				答 計画の策定前から各校区で延べ４０回以上の説明会を開いた。
				問 閉校した学校の跡地の活用状況は。
				答 ３校のうち１校は民間企業のサテライトオフィスとして活用されている。残る２
				校は地域と協議中である。
				キ 所 感
				・学校の再編を単なる統廃合ではなく、教育の質の向上の機会と捉え、地域と丁寧に合
				意形成を図ってきた姿勢は大いに参考となる。
				・５年生からの教科担任制は、いわゆる「中１ギャップ」の解消に有効である。
				・閉校した学校の跡地活用は本市にとっても課題である。
				""");

		assertThat(report.visits()).singleElement().satisfies(visit -> {
			assertThat(visit.destination().code().value()).isEqualTo("412091");
			assertThat(visit.questions()).hasSize(2);
			assertThat(visit.opinions()).hasSize(3);
		});
	}

	private InspectionReport read(String text) throws IOException {
		Path file = Files.writeString(this.directory.resolve("report.txt"), text);
		return new InspectionReportReader(MASTER).read(DocumentModel.of(new SourceTextLoader().load(file)), null);
	}
}
