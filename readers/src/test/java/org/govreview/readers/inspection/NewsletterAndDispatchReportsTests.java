package org.govreview.readers.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.govreview.domain.inspection.InspectionReport;
import org.govreview.domain.inspection.InspectionVisit;
import org.govreview.readers.document.DocumentModel;
import org.govreview.readers.municipality.MunicipalityMaster;
import org.govreview.readers.recognition.DocumentRecognition;
import org.govreview.readers.text.SourceTextLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two reports of our own: a council newsletter's page in a narrow column, its headline set over short lines, its
 * destinations in a box (◇ a day over the place and its topic), the committee's roster at its foot beside another
 * committee's; and a dispatch report (復命書) whose members are a table that marks one who stayed home, whose
 * sections are headed by the councils visited and whose places' figures stand side by side in a tabbed table dated by
 * a note.
 */
class NewsletterAndDispatchReportsTests {

	private static final MunicipalityMaster MASTER = MunicipalityMaster.builtIn();

	@TempDir
	Path directory;

	@Test
	void aVerticalNewslettersVisitArticleAmongOthersIsReadAndDatedByTheIssueInItsRunningHead() throws Exception {
		// pdftotext of a 縦書き 議会だより: 一般質問 first, then 常任委員会 行政視察報告; 10月22日 alone, 令和7年（2025年）2月1日 above
		Path newsletter = Path.of(getClass().getResource("/heldout/inspection-report/b44-01-shibukawa-tategaki.txt").toURI());
		InspectionReport report = new InspectionReportReader(MASTER)
			.read(DocumentModel.of(new org.govreview.readers.text.SourceTextLoader().load(newsletter)), null);

		assertThat(report.visits()).extracting(visit -> visit.destination().code().value(), InspectionVisit::date)
			.containsExactly(tuple("232238", LocalDate.of(2024, 10, 22)), tuple("232271", LocalDate.of(2024, 10, 23)),
					tuple("212113", LocalDate.of(2024, 10, 23)));
		assertThat(report.visits().get(0).topic()).startsWith("認知症の人も安心して暮らせるまちづくり");
	}

	@Test
	void aThreadOnXDatesItsVisitsByItsListOfDaysAndTheYearItWasPostedAndTakesEachPlacesFiguresFromItsPosts() throws Exception {
		// 昨日の午後は福井県あわら市へ。… あわら市は人口26,518人… Q … A …, then 10月22日（火）13:30～15:00 福井県あわら市
		Path thread = Path.of(getClass().getResource("/heldout/inspection-report/b45-01-anjo-xthread.txt").toURI());
		InspectionReport report = new InspectionReportReader(MASTER)
			.read(DocumentModel.of(new org.govreview.readers.text.SourceTextLoader().load(thread)), null);

		assertThat(report.council().code().value()).isEqualTo("232122");
		assertThat(report.members()).as("委員長 神谷昌宏、副委員長 杉浦美樹、委員 石川健一、…、そして私 岩瀬祐樹です。")
			.containsExactly("神谷昌宏", "杉浦美樹", "石川健一", "鈴木直子", "太田浩二", "稲垣誠", "岩瀬祐樹");
		assertThat(report.visits()).extracting(visit -> visit.destination().code().value(), InspectionVisit::date,
				InspectionVisit::startTime, InspectionVisit::population, visit -> visit.questions().size())
			.containsExactly(tuple("182087", LocalDate.of(2024, 10, 22), java.time.LocalTime.of(13, 30), 26518L, 3),
					tuple("172090", LocalDate.of(2024, 10, 23), java.time.LocalTime.of(9, 30), 34712L, 2));
		assertThat(report.visits().get(1).topic()).isEqualTo("公園の官民連携(Park-PFI)による再整備について");
		assertThat(report.visits()).extracting(visit -> visit.opinions().size()).as("【所感・あわら市】 over ①… ②…")
			.containsExactly(2, 3);
	}

	@Test
	void aFactionsLinePostDatesItsVisitsByTheYearItWasPostedAndReadsItsEmojiLabels() throws Exception {
		// 📍1️⃣ 岐阜県 高山市 / 🗓 11/7(木) 13:30〜15:00 / ✅視察項目 / 人口 約8万3千人 / 💭感じたこと 1️⃣ … 2️⃣ … 3️⃣ …
		Path post = Path.of(getClass().getResource("/heldout/inspection-report/b47-02-uji-lineoa.txt").toURI());
		InspectionReport report = new InspectionReportReader(MASTER)
			.read(DocumentModel.of(new org.govreview.readers.text.SourceTextLoader().load(post)), null);

		assertThat(report.council().code().value()).isEqualTo("262048");
		assertThat(report.members()).as("👥参加メンバー over 代表 西川悠介 …").containsExactly("西川悠介", "今井美穂", "高田剛", "藤本沙織");
		assertThat(report.visits()).extracting(visit -> visit.destination().code().value(), InspectionVisit::date,
				InspectionVisit::startTime, InspectionVisit::population, visit -> visit.questions().size())
			.containsExactly(tuple("212032", LocalDate.of(2024, 11, 7), java.time.LocalTime.of(13, 30), 83000L, 3),
					tuple("216046", LocalDate.of(2024, 11, 8), java.time.LocalTime.of(9, 30), 1476L, 2),
					tuple("212199", LocalDate.of(2024, 11, 8), java.time.LocalTime.of(14, 30), 39000L, 3));
		assertThat(report.visits().get(0).topic()).isEqualTo("インバウンド観光の推進とオーバーツーリズム対策について");
	}

	@Test
	void aNewslettersBoxOfDestinationsDatesItsVisitsAndItsCommitteesRosterNamesTheMembers() throws IOException {
		Path file = write("""
				湖南市議会だより　第９２号　　令和７年２月１日発行

				委員会レポート

				総務常任委員会
				行政視察を実施

				　総務常任委員会は、令和６年１０月２２日（
				火）と２３日（水）の２日間、石川県小松市
				と石川県白山市を訪れました。

				〈視察先・視察項目〉
				◇10月22日（火）
				石川県小松市
				空港を生かしたまちづ
				くりについて
				◇10月23日（水）
				石川県白山市
				ジオパークを活用した
				観光振興について

				■小松市

				　小松市では、空港周辺の整備につい
				て説明を受けました。

				主な質疑

				問　空港利用者の推移は。
				答　コロナ禍前の水準に戻りつつある。

				■白山市

				　白山市では、ジオパークの取組につ
				いて説明を受けました。

				主な質疑

				問　ガイドの育成方法は。
				答　市民講座を毎年開いている。
				問　来訪者数は。
				答　年間約２０万人である。

				総務常任委員会
				委員長　　山本　一郎
				副委員長　田中　花子
				委員　　　鈴木　次郎
				委員　　　高橋　三郎

				広報広聴委員会
				委員長　　中村　四郎
				委員　　　小林　五郎
				""");

		assertThat(DocumentRecognition.recognise(new SourceTextLoader().load(file)).kind())
			.contains(org.govreview.domain.document.DocumentKind.INSPECTION_REPORT);
		InspectionReport report = read(file);
		assertThat(report.council().code().value()).isEqualTo("252115");
		assertThat(report.submitted()).isEqualTo(LocalDate.of(2025, 2, 1));
		assertThat(report.visits()).extracting(visit -> visit.destination().code().value(), InspectionVisit::date,
				visit -> visit.topic().replace("\n", ""), visit -> visit.questions().size())
			.containsExactly(tuple("172031", LocalDate.of(2024, 10, 22), "空港を生かしたまちづくりについて", 1),
					tuple("172103", LocalDate.of(2024, 10, 23), "ジオパークを活用した観光振興について", 2));
		assertThat(report.members()).containsExactly("山本一郎", "田中花子", "鈴木次郎", "高橋三郎");
	}

	@Test
	void aDispatchReportsMemberTableLeavesOutWhoStayedAndItsComparisonTableGivesEachPlaceItsFigures() throws IOException {
		InspectionReport report = read(write("""
				栗議運第２号
				令和６年８月５日
				栗東市議会議長　西村　健　様
				栗東市議会議会運営委員会
				委員長　池田　誠

				行政視察復命書

				　議員派遣に基づき、下記のとおり行政視察を行いましたので、その結果を復命します。

				記

				１　用務期間
				　令和６年７月１８日（木）

				２　用務地及び用務先
				　(1)　三重県亀山市　亀山市議会
				　(2)　三重県名張市　名張市議会

				３　派遣議員
				役職	氏名	備考
				委員長	池田　誠	
				副委員長	森　由美	
				委員	川端　浩	
				委員	中島　聡	病気療養のため不参加

				４　視察先の概要
				区分	亀山市	名張市	（参考）栗東市
				人口	48,612人	76,523人	70,412人
				世帯数	21,034世帯	33,890世帯	28,901世帯
				面積	191.04㎢	129.77㎢	52.69㎢
				※人口及び世帯数は、令和６年７月１日現在の住民基本台帳による。


				Ⅰ　亀山市議会

				１　日時
				　令和６年７月１８日（木）　10:00～11:30

				２　質疑応答
				Ｑ１　議会報告会の参加者は。
				Ａ１　年間延べ３００人ほどである。

				３　所感
				【委員長　池田　誠】
				　報告会の運営を見直したい。


				Ⅱ　名張市議会

				１　日時
				　令和６年７月１８日（木）　14:00～15:30

				２　質疑応答
				Ｑ１　タブレットの導入時期は。
				Ａ１　令和３年度である。
				Ｑ２　研修の回数は。
				Ａ２　年２回である。

				３　所感
				【委員　川端　浩】
				　本市でも導入を検討すべきである。
				"""));

		assertThat(report.members()).containsExactly("池田誠", "森由美", "川端浩");
		assertThat(report.visits()).extracting(visit -> visit.destination().code().value(), InspectionVisit::date,
				InspectionVisit::population, InspectionVisit::statedAsOf, visit -> visit.questions().size())
			.containsExactly(tuple("242101", LocalDate.of(2024, 7, 18), 48612L, LocalDate.of(2024, 7, 1), 1),
					tuple("242080", LocalDate.of(2024, 7, 18), 76523L, LocalDate.of(2024, 7, 1), 2));
	}

	@Test
	void aMailNewslettersNumberedVisitHeadingsOpenEachDestinationDatedByItsDateAndPlaceSection() throws IOException {
		InspectionReport report = read(write("""
				件名: 【北川まさと議会報告 vol.42】会派行政視察の報告
				日付: 2024年11月8日 7:00

				　敦賀市議会議員　北川まさと　議会報告メールマガジン
				━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
				■２．会派行政視察報告
				━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
				【視察の概要】
				◆期　間：令和６年１０月２２日（火）～２３日（水）
				◆参加者：北川正人、中野由紀子、坂下健一

				□―――――――――――――――――――――――――――――――――□
				　視察１　岡山県真庭市（１０月２２日）
				□―――――――――――――――――――――――――――――――――□
				【調査項目】
				木質バイオマス発電を核とした「バイオマス産業都市」の取組について

				【日時・会場】
				令和６年１０月２２日（火）午後１時３０分～３時３０分
				真庭市役所本庁舎　３階会議室

				【真庭市の概要】
				岡山県の北部、中国山地のまん中に位置するまちで、平成１７年に９町村が合
				併して誕生しました。人口は４１，８２６人、世帯数は１７，３０２世帯（令
				和６年９月３０日現在）です。

				□―――――――――――――――――――――――――――――――――□
				　視察２　島根県雲南市（１０月２３日）
				□―――――――――――――――――――――――――――――――――□
				【調査項目】
				小規模多機能自治による住民主体の地域づくりについて

				【日時・会場】
				令和６年１０月２３日（水）午前９時３０分～１１時３０分
				雲南市役所本庁舎の会議室
				"""));

		assertThat(report.visits()).extracting(visit -> visit.destination().code().value(), InspectionVisit::date)
			.containsExactly(tuple("332143", LocalDate.of(2024, 10, 22)), tuple("322091", LocalDate.of(2024, 10, 23)));
	}

	private Path write(String text) throws IOException {
		return Files.writeString(this.directory.resolve("report.txt"), text);
	}

	private InspectionReport read(Path file) throws IOException {
		return new InspectionReportReader(MASTER).read(DocumentModel.of(new SourceTextLoader().load(file)), null);
	}
}
