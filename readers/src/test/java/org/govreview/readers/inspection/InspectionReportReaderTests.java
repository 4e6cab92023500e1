package org.govreview.readers.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.govreview.domain.document.Finding;
import org.govreview.domain.document.Finding.Severity;
import org.govreview.domain.fiscal.FiscalYear;
import org.govreview.domain.inspection.InspectionReport;
import org.govreview.domain.inspection.InspectionVisit;
import org.govreview.domain.inspection.InspectionVisit.MemberOpinion;
import org.govreview.domain.inspection.InspectionVisit.QuestionAnswer;
import org.govreview.readers.municipality.MunicipalityMaster;
import org.govreview.readers.source.RejectedDocumentException;
import org.govreview.readers.text.SourceText;
import org.govreview.readers.text.SourceTextLoader;
import org.govreview.readers.text.TextPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The inspection report reader on small fictional reports to 桜ヶ丘市's council ({@code src/test/resources/inspection/}):
 * a faction's 政務活動報告書 in the seed's layout (tab-separated rows, HTML fragments, Q/A lines, 【name】 opinions),
 * the same report with its sections in another order, and a committee's 管外行政調査報告書 written as prose
 * (itinerary table, numbered destination sections, 質/答 lines, 所感 and 考察). Variants are derived from these
 * fixtures by replacing their lines, written to a temporary directory and loaded the way the job loads them.
 */
class InspectionReportReaderTests {

	static final String FACTION = "faction-report.txt";

	static final String COMMITTEE = "committee-report.txt";

	static final String REORDERED = "reordered-sections.txt";

	private final InspectionReportReader reader = new InspectionReportReader(MunicipalityMaster.builtIn());

	private final SourceTextLoader loader = new SourceTextLoader();

	@TempDir
	Path directory;

	@Test
	void aReportToldOnlyInSentencesGivesEachVisitItsDayHoursPlaceTopicFiguresAndQuestions() {
		InspectionReport report = read("hino.txt", String.join("\n", "令和６年１１月８日", "", "日野市議会議長　様", "",
				"行　政　視　察　報　告　書", "",
				"　私は、令和６年１０月２２日（火）から２３日（水）までの２日間、長崎県大村市及び佐賀県武雄市を訪れた。", "",
				"　初日の令和６年１０月２２日（火）は、午後１時３０分から午後３時まで、長崎県大村市役所を訪れ、「子育て世代に選ばれる",
				"まちづくりについて」説明を受けた。", "",
				"　令和６年９月３０日現在の人口は９６，８５４人、世帯数は４２，１１８世帯で、面積は１２６．７３平方キロメートルである。", "",
				"　私からは、保育需要への対応について質問し、定員を拡大しているとの答弁があった。", "",
				"　翌２３日（水）は、午前１０時から午前１１時４５分まで、佐賀県武雄市の武雄市図書館を訪れ、職員及び館長から「指定管理者",
				"制度を活用した図書館運営について」説明を受けた。", "",
				"　令和６年１０月１日現在の人口は４７，３５６人、面積は１９５．４０平方キロメートルである。"));

		assertThat(report.visits()).extracting(visit -> visit.destination().code().toString(), InspectionVisit::date,
				InspectionVisit::topic, visit -> visit.questions().size())
			.containsExactly(tuple("422053", LocalDate.of(2024, 10, 22), "子育て世代に選ばれるまちづくりについて", 1),
					tuple("412066", LocalDate.of(2024, 10, 23), "指定管理者制度を活用した図書館運営について", 0));
		assertThat(report.visits().get(0).population()).isEqualTo(96854L);
		assertThat(report.visits().get(1).areaKm2()).isEqualByComparingTo("195.40");
	}

	@Test
	void readsACommitteesRecordOfRemarks() {
		// 行政視察記録: numbered fields, the members run on under the value with the chair's ◎ and the vice-chair's ○,
		// the host's figures in brackets under the destination, and the questions as the minutes' turns
		InspectionReport report = read("iwamizawa.txt", """
				岩見沢市議会
				経済建設常任委員会行政視察記録

				第１日
				１　日　　時　　令和６年７月９日（火）　午後１時３０分～午後３時１０分
				１　視 察 先　　福島県会津若松市
				　　　　　　　　（人口１１万３，２８７人、世帯数５万１，０４２世帯　令和６年６月１日現在）
				１　視察事項　　スマートシティ会津若松の取組について
				１　出席委員　　◎高橋　健一　　○村上　美和　　斉藤　敏彦
				　　　　　　　　小野寺　剛　　　桜井　直子
				１　欠席委員　　なし
				１　説 明 員　　会津若松市企画政策部　スマートシティ推進室長

				◎高橋委員長　ただいまから行政視察を行います。
				○スマートシティ推進室長　それでは、お手元の資料に沿って御説明いたします。
				◎高橋委員長　説明が終わりました。これより質疑に入ります。
				○斉藤委員　市民がデータ提供に同意する割合は、どの程度まで伸びているのですか。
				○スマートシティ推進室長　ポータルサイトの登録者数は、人口の３割程度であります。
				○村上副委員長　データ連携基盤の運営費は、交付金終了後どのように賄う予定ですか。
				○スマートシティ推進室長　利用料をいただく仕組みを検討しております。
				◎高橋委員長　以上で質疑を終わります。
				""");

		assertThat(report.members()).containsExactly("高橋健一", "村上美和", "斉藤敏彦", "小野寺剛", "桜井直子");
		InspectionVisit visit = report.visits().get(0);
		assertThat(visit.destination().code().value()).isEqualTo("072028");
		assertThat(visit.population()).isEqualTo(113287L);
		assertThat(visit.households()).isEqualTo(51042L);
		assertThat(visit.topic()).isEqualTo("スマートシティ会津若松の取組について");
		assertThat(visit.questions()).extracting(InspectionVisit.QuestionAnswer::question)
			.containsExactly("市民がデータ提供に同意する割合は、どの程度まで伸びているのですか。", "データ連携基盤の運営費は、交付金終了後どのように賄う予定ですか。");
	}

	@Test
	void readsTheHostsFiguresFromATableOfLabelsOverFigures() {
		InspectionReport report = read("tsukuba.txt", """
				会派行政視察報告書
				つくば市議会議長　様
				参加議員　岡田　修一
				１　明石市
				（１）視察日時　令和６年１０月２１日（月）　午後１時３０分から午後３時３０分まで
				（２）視察項目　こどもを核としたまちづくりについて
				（３）明石市の概要（令和６年９月１日現在）
				　人口	世帯数	面積
				　305,283人	140,116世帯	49.42km²
				（４）所感
				◇岡田　修一
				　所得制限を設けない方針が伝わっていることを実感した。
				""");

		InspectionVisit visit = report.visits().get(0);
		assertThat(visit.population()).isEqualTo(305283L);
		assertThat(visit.households()).isEqualTo(140116L);
		assertThat(visit.areaKm2()).isEqualByComparingTo("49.42");
	}

	@Test
	void readsTheHeaderOfAFactionReport() {
		InspectionReport report = read(FACTION, fixture(FACTION));

		assertThat(report.council().code().value()).isEqualTo("999997");
		assertThat(report.submitted()).isEqualTo(LocalDate.of(2024, 11, 20));
		assertThat(report.fiscalYear()).isEqualTo(FiscalYear.of(2024));
		assertThat(report.faction()).isEqualTo("さくら未来の会");
		assertThat(report.representative()).isEqualTo("山本一郎");
		assertThat(report.expenseNumber()).isEqualTo("第12号");
		assertThat(report.members()).containsExactly("山本一郎", "田中花子", "佐々木健");
		assertThat(warnings(report)).isEmpty();
	}

	@Test
	void readsEachVisitOfAFactionReport() {
		InspectionReport report = read(FACTION, fixture(FACTION));

		assertThat(report.visits()).extracting(InspectionVisit::sequence, InspectionVisit::reportNumber,
				InspectionVisit::date, InspectionVisit::startTime, InspectionVisit::endTime,
				visit -> visit.destination().code().value())
			.containsExactly(
					tuple(1, "101", LocalDate.of(2024, 10, 15), LocalTime.of(13, 30), LocalTime.of(15, 0), "012025"),
					tuple(2, "102", LocalDate.of(2024, 10, 16), LocalTime.of(10, 0), LocalTime.of(11, 30), "012041"));
		InspectionVisit hakodate = report.visits().get(0);
		assertThat(hakodate.population()).isEqualTo(241_512L);
		assertThat(hakodate.households()).isEqualTo(139_870L);
		assertThat(hakodate.areaKm2()).isEqualByComparingTo("677.77");
		assertThat(hakodate.statedAsOf()).isEqualTo(LocalDate.of(2024, 9, 30));
		assertThat(hakodate.topic()).isEqualTo("観光DXの推進について");
		assertThat(hakodate.purpose()).isEqualTo("観光客の動向をデータで把握し、施策に生かしていることから選定した。");
		assertThat(hakodate.homeSituation()).startsWith("本市では観光客数の把握を年1回の調査に頼っており");
		assertThat(hakodate.reporters()).containsExactly("山本一郎");
		assertThat(hakodate.participants()).containsExactly("山本一郎", "田中花子", "佐々木健");
		InspectionVisit asahikawa = report.visits().get(1);
		assertThat(asahikawa.population()).isEqualTo(320_531L);
		assertThat(asahikawa.households()).as("not stated").isNull();
		assertThat(asahikawa.areaKm2()).isEqualByComparingTo("747.66");
		assertThat(asahikawa.statedAsOf()).isEqualTo(LocalDate.of(2024, 9, 1));
		assertThat(asahikawa.reporters()).containsExactly("田中花子");
	}

	@Test
	void pairsQuestionsWithAnswersAndJoinsWhatExtractionBroke() {
		InspectionReport report = read(FACTION, fixture(FACTION));

		assertThat(report.visits().get(0).questions()).containsExactly(
				new QuestionAnswer("人流データの費用はどの程度か？", "年間約500万円である。"),
				new QuestionAnswer("庁内でのデータ共有はどのように進めたか？", "観光部局が窓口となり、四半期ごとに全部局へ共有している。"));
		assertThat(report.visits().get(1).questions()).extracting(QuestionAnswer::answer)
			.containsExactly("年間約12万人である。", "公募型プロポーザルで選定した。");
	}

	@Test
	void attributesEachOpinionToTheMemberNamedAboveIt() {
		InspectionReport report = read(FACTION, fixture(FACTION));

		assertThat(report.visits().get(0).opinions()).containsExactly(
				new MemberOpinion("山本一郎", "データに基づく観光施策は、本市でも取り入れるべきである。"),
				new MemberOpinion("田中花子", "費用対効果の検証方法が参考になった。"),
				new MemberOpinion("佐々木健", "小規模な実証から始められる点が本市向きと感じた。"));
		assertThat(report.visits().get(1).opinions()).extracting(MemberOpinion::member).containsExactly("山本一郎", "田中花子");
	}

	@Test
	void readsACommitteeReportWrittenInProse() {
		InspectionReport report = read(COMMITTEE, fixture(COMMITTEE));

		assertThat(report.council().name()).isEqualTo("桜ヶ丘市");
		assertThat(report.submitted()).isEqualTo(LocalDate.of(2024, 11, 15));
		assertThat(report.faction()).isEqualTo("総務企画委員会");
		assertThat(report.representative()).isEqualTo("山田太郎");
		assertThat(report.expenseNumber()).isNull();
		assertThat(report.members()).containsExactly("山田太郎", "佐藤花子", "田中一郎", "鈴木次郎");
		assertThat(report.visits()).extracting(visit -> visit.destination().code().value(), InspectionVisit::date,
				InspectionVisit::startTime, InspectionVisit::endTime, InspectionVisit::topic)
			.containsExactly(
					tuple("012131", LocalDate.of(2024, 10, 22), LocalTime.of(14, 0), LocalTime.of(15, 30),
							"ゼロカーボンシティの推進について"),
					tuple("012351", LocalDate.of(2024, 10, 23), LocalTime.of(10, 30), LocalTime.of(11, 45),
							"再生可能エネルギーの導入について"));
		assertThat(report.visits()).allSatisfy(visit -> assertThat(visit.reporters()).containsExactly("山田太郎"));
		assertThat(warnings(report)).isEmpty();
	}

	@Test
	void readsTheFiguresQuestionsAndOpinionsOfACommitteesProse() {
		InspectionReport report = read(COMMITTEE, fixture(COMMITTEE));

		InspectionVisit tomakomai = report.visits().get(0);
		assertThat(tomakomai.population()).isEqualTo(165_590L);
		assertThat(tomakomai.households()).isEqualTo(91_421L);
		assertThat(tomakomai.areaKm2()).isEqualByComparingTo("561.58");
		assertThat(tomakomai.statedAsOf()).as("the as-of date is not the visit's date").isEqualTo(LocalDate.of(2024, 9, 30));
		assertThat(tomakomai.purpose()).as("not stated").isNull();
		assertThat(tomakomai.questions()).containsExactly(
				new QuestionAnswer("市民への周知はどのように進めたのか。", "出前講座を市内全小中学校で開催した。"),
				new QuestionAnswer("庁内の推進体制はどうなっているか。", "環境衛生部と産業経済部が連携して主導している。"));
		assertThat(tomakomai.opinions()).extracting(MemberOpinion::member).containsExactly("山田太郎", "佐藤花子");
		InspectionVisit ishikari = report.visits().get(1);
		assertThat(ishikari.population()).isEqualTo(56_934L);
		assertThat(ishikari.households()).isNull();
		assertThat(ishikari.questions()).extracting(QuestionAnswer::question, QuestionAnswer::answer).containsExactly(
				tuple("データセンターの誘致に再生可能エネルギーは効いたか。", "再エネ100%の電力を供給できることが誘致の決め手となった。"),
				tuple("発電設備の維持管理は誰が担うのか。", "設置した民間事業者が担っている。"));
		assertThat(ishikari.opinions()).containsExactly(new MemberOpinion("田中一郎", "再エネの地産地消は本市でも検討に値する。"),
				new MemberOpinion("鈴木次郎", "財政負担の見通しを示しながら進める姿勢を学んだ。"));
	}

	@Test
	void readsTheSameFactsWhateverTheOrderOfTheSections() {
		InspectionReport inOrder = read(FACTION, fixture(FACTION));

		InspectionReport reordered = read(REORDERED, fixture(REORDERED));

		assertThat(reordered.visits()).isEqualTo(inOrder.visits());
		assertThat(reordered).extracting(InspectionReport::council, InspectionReport::submitted, InspectionReport::faction,
				InspectionReport::representative, InspectionReport::expenseNumber, InspectionReport::members)
			.containsExactly(inOrder.council(), inOrder.submitted(), inOrder.faction(), inOrder.representative(),
					inOrder.expenseNumber(), inOrder.members());
		assertThat(warnings(reordered)).isEmpty();
	}

	@Test
	void readsTheReportRenderedAsPdf() {
		Path pdf = TextPdf.of(fixture(FACTION).lines().toList()).tabsAsSpaces().linesPerPage(45)
			.writeTo(this.directory.resolve("faction-report.pdf"));

		SourceText text = this.loader.load(pdf);
		InspectionReport report = this.reader.read(text, null);

		assertThat(text.origin()).startsWith("PDF");
		assertThat(text.lines()).noneMatch(line -> line.contains("\t"));
		InspectionReport fromText = read(FACTION, fixture(FACTION));
		assertThat(report.visits()).isEqualTo(fromText.visits());
		assertThat(report.members()).isEqualTo(fromText.members());
		assertThat(report.submitted()).isEqualTo(fromText.submitted());
	}

	@Test
	void leavesAFigureTheReportDoesNotStateNull() {
		String text = replaceOnce(fixture(FACTION), "・人口：241,512人 ", "・");

		InspectionVisit hakodate = read("noPopulation.txt", text).visits().get(0);

		assertThat(hakodate.population()).isNull();
		assertThat(hakodate.households()).isEqualTo(139_870L);
		assertThat(hakodate.areaKm2()).isEqualByComparingTo(new BigDecimal("677.77"));
	}

	@Test
	void reportsAQuestionWithoutAnAnswerAndKeepsTheOthers() {
		String text = replaceOnce(fixture(FACTION), "A 年間約500万円である。\n", "");

		InspectionReport report = read("unanswered.txt", text);

		assertThat(report.visits().get(0).questions()).extracting(QuestionAnswer::question)
			.containsExactly("庁内でのデータ共有はどのように進めたか？");
		assertThat(warnings(report)).singleElement().satisfies(finding -> {
			assertThat(finding.location()).isEqualTo("line " + lineOf(text, "Q 人流データの費用はどの程度か？"));
			assertThat(finding.message()).contains("a question without an answer");
			assertThat(finding.value()).isEqualTo("人流データの費用はどの程度か？");
		});
	}

	@Test
	void reportsAnOpinionThatNamesNoMemberAndGivesItToNoOne() {
		String opinions = "<p>本市への反映 (意見・課題など)</p>\t<p>【山本一郎】</p> <p>多世代交流の仕掛けが参考になった。</p> "
				+ "<p>【田中花子】</p> <p>委託の評価方法を本市でも検討したい。</p>";
		String text = replaceOnce(fixture(FACTION), opinions, "<p>本市への反映 (意見・課題など)</p>\t<p>多世代交流の仕掛けが参考になった。</p>");

		InspectionReport report = read("unnamedOpinion.txt", text);

		assertThat(report.visits().get(1).opinions()).isEmpty();
		assertThat(warnings(report)).singleElement().satisfies(finding -> {
			assertThat(finding.location()).isEqualTo("line " + lineOf(text, "<p>本市への反映 (意見・課題など)</p>\t<p>多世代"));
			assertThat(finding.message()).contains("an opinion that names no member");
			assertThat(finding.value()).isEqualTo("多世代交流の仕掛けが参考になった。");
		});
	}

	@Test
	void keepsAVisitToAnUnknownDestinationWithoutADestination() {
		String text = replaceOnce(fixture(FACTION), "<p>北海道函館市 (R6.9.30", "<p>北海道まぼろし市 (R6.9.30");

		InspectionReport report = read("unknownDestination.txt", text);

		assertThat(report.visits()).hasSize(2);
		InspectionVisit unknown = report.visits().get(0);
		assertThat(unknown.destination()).isNull();
		assertThat(unknown.date()).isEqualTo(LocalDate.of(2024, 10, 15));
		assertThat(unknown.population()).isEqualTo(241_512L);
		assertThat(unknown.questions()).hasSize(2);
		assertThat(report.visits().get(1).destination().name()).isEqualTo("旭川市");
		assertThat(warnings(report)).singleElement().satisfies(finding -> {
			assertThat(finding.location()).isEqualTo("line " + lineOf(text, "視 察 先 ・ 概 要\t<p>北海道まぼろし市"));
			assertThat(finding.message()).contains("北海道まぼろし市").contains("kept without a destination");
			assertThat(finding.value()).startsWith("北海道まぼろし市 (R6.9.30 現在");
		});
	}

	@Test
	void correctsAnOcrMistakeInADestinationAgainstTheMaster() {
		String text = fixture(COMMITTEE).replace("北海道苫小牧市", "北海道苦小牧市");

		InspectionReport report = read("ocr.txt", text);

		assertThat(report.visits().get(0).destination().code().value()).isEqualTo("012131");
		assertThat(report.findings()).anySatisfy(finding -> {
			assertThat(finding.severity()).isEqualTo(Severity.INFO);
			assertThat(finding.message()).contains("corrected against the master");
			assertThat(finding.value()).isEqualTo("北海道苦小牧市");
		});
	}

	@Test
	void takesTheFiscalYearFromTheFirstVisitRatherThanTheSubmission() {
		String text = withoutLinesContaining(fixture(FACTION), "用務先", "活動年月日")
			.replace("令和6年11月20日提出", "令和7年4月20日提出")
			.replace("令和6年10月15日(火)", "令和7年3月25日(火)")
			.replace("令和6年10月16日(水)", "令和7年3月26日(水)");

		InspectionReport report = read("acrossFiscalYears.txt", text);

		assertThat(report.submitted()).isEqualTo(LocalDate.of(2025, 4, 20));
		assertThat(report.visits()).extracting(InspectionVisit::date)
			.containsExactly(LocalDate.of(2025, 3, 25), LocalDate.of(2025, 3, 26));
		assertThat(report.fiscalYear()).isEqualTo(FiscalYear.of(2024));
	}

	@Test
	void takesTheFallbackFiscalYearWhenNothingIsDated() {
		String text = withoutLinesContaining(fixture(FACTION), "提出", "活動年月日", "用務先", "視 察 日 時");

		InspectionReport report = read("undated.txt", text, FiscalYear.of(2024));

		assertThat(report.fiscalYear()).isEqualTo(FiscalYear.of(2024));
		assertThat(report.submitted()).isNull();
		assertThat(report.visits()).hasSize(2).allSatisfy(visit -> {
			assertThat(visit.date()).isNull();
			assertThat(visit.startTime()).isNull();
		});
		assertThat(report.findings()).anySatisfy(finding -> {
			assertThat(finding.severity()).isEqualTo(Severity.INFO);
			assertThat(finding.location()).isEqualTo("whole document");
			assertThat(finding.message()).contains("using --fiscal-year 2024");
		});
	}

	@Test
	void rejectsAReportThatDatesNothingWhenNoFallbackIsGiven() {
		String text = withoutLinesContaining(fixture(FACTION), "提出", "活動年月日", "用務先", "視 察 日 時");
		Path file = write("undatedNoFallback.txt", text);

		assertThatExceptionOfType(RejectedDocumentException.class)
			.isThrownBy(() -> this.reader.read(this.loader.load(file), null))
			.satisfies(ex -> {
				assertThat(ex.file()).isEqualTo(file);
				assertThat(ex.getMessage()).contains("no date").contains("提出日").contains("--fiscal-year");
			});
	}

	@Test
	void rejectsAReportToACouncilTheMasterDoesNotKnow() {
		String text = replaceOnce(fixture(FACTION), "桜ヶ丘市議会議長 様", "まぼろし市議会議長 様");
		Path file = write("unknownCouncil.txt", text);

		assertThatExceptionOfType(RejectedDocumentException.class)
			.isThrownBy(() -> this.reader.read(this.loader.load(file), null))
			.satisfies(ex -> {
				assertThat(ex.location()).isEqualTo("line 1");
				assertThat(ex.getMessage()).contains("まぼろし市");
			});
	}

	@Test
	void recognisesInspectionReportsByWhatTheySay() {
		assertThat(InspectionReportReader.recognises(this.loader.load(write(FACTION, fixture(FACTION))))).isTrue();
		assertThat(InspectionReportReader.recognises(this.loader.load(write(COMMITTEE, fixture(COMMITTEE))))).isTrue();
		String pledgeReport = String.join("\n", "市長公約取組状況", "1 スポーツの振興",
				"・道内のスケートボード場を視察したほか、利用実態調査を実施しました。\t★★★★☆ ☆☆☆☆☆");
		assertThat(InspectionReportReader.recognises(this.loader.load(write("pledge.txt", pledgeReport)))).isFalse();
	}

	static List<Finding> warnings(InspectionReport report) {
		return report.findings().stream().filter(finding -> finding.severity() != Severity.INFO).toList();
	}

	static String fixture(String name) {
		try (InputStream in = InspectionReportReaderTests.class.getResourceAsStream("/inspection/" + name)) {
			if (in == null) {
				throw new IllegalStateException("fixture /inspection/" + name + " is not on the test class path");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String replaceOnce(String text, String target, String replacement) {
		assertThat(text).as("fixture text to replace").containsOnlyOnce(target);
		return text.replace(target, replacement);
	}

	private static String withoutLinesContaining(String text, String... words) {
		for (String word : words) {
			assertThat(text).as("fixture text to remove").contains(word);
		}
		return Arrays.stream(text.split("\n", -1))
			.filter(line -> Arrays.stream(words).noneMatch(line::contains))
			.collect(Collectors.joining("\n"));
	}

	/** The 1-based number of the line that starts with {@code start}. */
	private static int lineOf(String text, String start) {
		List<String> lines = text.lines().toList();
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).startsWith(start)) {
				return i + 1;
			}
		}
		throw new IllegalArgumentException("no line starts with " + start);
	}

	@Test
	void aFormWhoseLabelsHoldNumberedListsGivesAVisitPerNumber() {
		InspectionReport report = read("form.txt", """
				政　務　活　動　調　査　報　告　書

				令和７年２月１２日
				越谷市議会議長　あて
				\t議員氏名\t大 野　 健 一

				区分\t調査研究活動（管外視察）
				【調査日】\t令和７年１月２１日（火）～１月２２日（水）
				\t①　１月２１日（火）　１３：３０～１５：００
				\t②　１月２２日（水）　　９：３０～１１：００
				【調査先】\t①静岡県掛川市（掛川市役所）
				\t②愛知県豊橋市（豊橋市役所　東館）
				【調査項目】\t①生涯学習を核としたまちづくり
				\tについて
				\t②公共交通の再編について

				【調査内容】
				①掛川市
				\t（市勢）人口１１万４，５４０人（令和７年１月１日現在）
				【質疑】
				\t問１　講座の参加者数は。
				\t答　　年間約１万２千人である。
				【所感】
				\t市民が学び合う仕組みが定着している。
				""");

		assertThat(report.visits()).extracting(visit -> visit.destination().code().value(), InspectionVisit::date,
				InspectionVisit::startTime, InspectionVisit::endTime, InspectionVisit::topic)
			.containsExactly(tuple("222135", LocalDate.of(2025, 1, 21), LocalTime.of(13, 30), LocalTime.of(15, 0),
					"生涯学習を核としたまちづくりについて"),
					tuple("232017", LocalDate.of(2025, 1, 22), LocalTime.of(9, 30), LocalTime.of(11, 0), "公共交通の再編について"));
		assertThat(report.visits().get(0).population()).isEqualTo(114_540);
	}

	@Test
	void anItineraryWhoseRecordsWrapOverLinesAndTheHostNamedAsTheAnswerer() {
		InspectionReport report = read("wrapped.txt", """
				令和６年度　総務委員会行政視察報告書

				令和６年１１月１５日
				鶴岡市議会議長　様

				総務委員会　委員長　佐藤　正一
				参加委員　佐藤　正一、本間　和子、阿部　浩

				視察日程
				月日\t視察先\t調査事項\t対応者
				１０月２日（水）\t長野県上田市\t地域公共交通の\t都市計画部
				１３：３０～\t（上田市役所）\t再編に\t交通政策課長
				１５：３０\t\tついて\tほか１名

				１　長野県上田市
				（１）質疑
				（委員）デマンド交通の利用者数は。
				（上田市）令和５年度は延べ１万２千人であった。
				（委員）運行の委託先は。
				（上田市）市内のタクシー事業者である。
				（２）所感
				　地域の実情に合わせた再編が参考になった。
				""");

		assertThat(report.visits()).extracting(visit -> visit.destination().code().value(), InspectionVisit::date,
				InspectionVisit::startTime, InspectionVisit::endTime, InspectionVisit::topic)
			.containsExactly(tuple("202037", LocalDate.of(2024, 10, 2), LocalTime.of(13, 30), LocalTime.of(15, 30),
					"地域公共交通の再編について"));
		assertThat(report.visits().get(0).questions()).extracting(QuestionAnswer::answer)
			.containsExactly("令和５年度は延べ１万２千人であった。", "市内のタクシー事業者である。");
	}

	@Test
	void aMemoThatNamesTheMembersInASentenceAndReportsTheQuestionsInProse() {
		InspectionReport report = read("memo.txt", """
				令和６年８月９日
				白山市議会議長　様
				会派行政視察の実施結果について（報告）

				第１　視察の概要
				　令和６年７月１８日（木）、会派所属議員３名（北川洋平、村井佳代子、竹内修一）で長野県伊那市を訪問した。
				　１日目　７月１８日（木）　長野県伊那市
				　　　　　ドローン物流による買物支援について

				第２　調査の結果
				１　長野県伊那市
				（１）訪問日時
				　７月１８日（木）午後２時から午後４時まで
				（２）質疑（要旨）
				　◇　「事業の収支はどうなっているか」との問いに対し、「配送料収入は年間約５７万円である」との答えであった。
				　◇　「冬季の運航はどうしているか」との問いに対し、「降雪時は運休している」との答えであった。
				（３）所感
				■　北川　洋平
				　住民同士の助け合いと組み合わせている点が印象的であった。
				■　村井　佳代子
				　福祉施策として位置付けている点を議論すべきだと感じた。
				""");

		assertThat(report.members()).containsExactly("北川洋平", "村井佳代子", "竹内修一");
		InspectionVisit ina = report.visits().get(0);
		assertThat(ina.destination().code().value()).isEqualTo("202096");
		assertThat(ina.topic()).isEqualTo("ドローン物流による買物支援について");
		assertThat(ina.questions()).extracting(QuestionAnswer::question, QuestionAnswer::answer).containsExactly(
				tuple("事業の収支はどうなっているか", "配送料収入は年間約５７万円である"), tuple("冬季の運航はどうしているか", "降雪時は運休している"));
		assertThat(ina.opinions()).extracting(MemberOpinion::member).containsExactly("北川洋平", "村井佳代子");
	}

	@Test
	void aCommitteesReportOnItsInquiryIntoItsAffairsIsAnInspectionReport() throws IOException {
		Path file = write("shokan.txt", """
				令和６年９月２日
				紫波町議会議長　様
				産業建設常任委員会

				所管事務調査報告書

				記
				１　調査事件　農業振興について
				２　調査の日時　令和６年７月１０日（水）午後１時３０分～午後３時３０分
				３　調査先　宮城県大崎市
				４　調査委員　委員長　佐々木　栄治　　委員　熊谷　孝
				５　調査の経過
				（問）担い手の確保はどうしているか。
				（答）農業法人への支援を行っている。
				６　まとめ
				　本町でも参考となる取組であった。
				""");

		assertThat(org.govreview.readers.recognition.DocumentRecognition.recognise(this.loader.load(file)).kind())
			.contains(org.govreview.domain.document.DocumentKind.INSPECTION_REPORT);
	}

	@Test
	void aReportOnSendingMembersWithItsFindingsIsAnInspectionReport() {
		InspectionReport report = read("haken.txt", """
				議員派遣結果報告書

				令和６年１１月２０日
				伊勢崎市議会議長　様

				１　派遣の目的
				　先進市の取組を調査する。
				２　派遣の場所及び調査事項
				　岐阜県多治見市　リノベーションまちづくりについて
				３　派遣期間
				　令和６年１０月２９日（火）
				４　派遣議員
				　委員長　田中　一郎　　委員　鈴木　花子

				多治見市
				■　視察日時
				　令和６年１０月２９日（火）午後１時３０分～午後３時３０分
				■　所見
				　民間の創意工夫を生かす点が参考になった。
				""");

		assertThat(org.govreview.readers.recognition.DocumentRecognition.recognise(this.loader.load(this.directory.resolve("haken.txt")))
			.kind()).contains(org.govreview.domain.document.DocumentKind.INSPECTION_REPORT);
		assertThat(report.visits()).extracting(InspectionVisit::date).contains(LocalDate.of(2024, 10, 29));
	}

	@Test
	void membersListedTwoToALineAreEachOneMemberButANameSpacedOutLetterByLetterIsOne() {
		InspectionReport pairs = read("pairs.txt", """
				議員派遣結果報告書

				令和７年８月４日
				可児市議会議長　様

				派遣の場所
				福井県鯖江市
				派遣議員
				伊藤　英明　　松尾　美紀
				川上　大輔　　長谷部　勝

				１　鯖江市
				　視察日時　令和７年７月１６日（水）午後１時３０分～午後３時３０分
				""");
		InspectionReport spaced = read("spaced.txt", """
				政務活動調査報告書

				令和７年２月１０日
				草加市議会議長　あて
				\t議員氏名\t新 井　 智 子

				【調査日】\t令和７年１月２８日（火）
				【調査先】\t千葉県流山市
				""");

		assertThat(pairs.members()).containsExactly("伊藤英明", "松尾美紀", "川上大輔", "長谷部勝");
		assertThat(spaced.members()).containsExactly("新井智子");
	}

	@Test
	void aDaysLineDatesTheVisitsPrintedUnderItWhoseOwnLinesGiveOnlyTheirHours() {
		InspectionReport report = read("days.txt", """
				議員派遣結果報告書

				令和７年８月４日
				可児市議会議長　様

				派遣議員
				伊藤　英明　　松尾　美紀

				第１日目　令和７年７月１６日（水）

				１　福井県鯖江市
				　ア　調査時間　　午後１時３０分～午後３時３０分
				　イ　調査事項　　議会報告会について

				第２日目　令和７年７月１７日（木）

				２　福井県越前市
				　ア　調査時間　　午後２時～午後３時３０分
				　イ　調査事項　　多文化共生について
				""");

		assertThat(report.visits()).extracting(InspectionVisit::date, InspectionVisit::startTime)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 7, 16), java.time.LocalTime.of(13, 30)),
					org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 7, 17), java.time.LocalTime.of(14, 0)));
	}

	@Test
	void aMembersOwnFormGivesHerTheOpinionsAndSectionsDatedInAngleBracketsNameTheirDestination() {
		// a sole member's report: what its 所感・今後の活用 says, she says; (1) 富山県富山市　＜１月２７日（月）＞ names
		// the destination, and the itinerary's line that day is no second visit
		InspectionReport report = read("form.txt", """
				行政視察報告書
				令和７年２月１０日
				川越市議会議長　様
				報告者　川越市議会議員　大野　美香

				１．日程
				　１月２７日（月）
				　　午後　１４：００～１６：００　富山市役所

				２．視察内容

				(1) 富山県富山市　＜１月２７日（月）＞

				① 市の概要
				　令和６年１２月１日現在の人口は４０万６，５１２人である。

				② 質疑応答
				（問）予算規模はどの程度か。（答）年間２億円程度である。

				③ 所感・今後の活用
				　公共交通を軸にしたまちづくりは本市でも参考になる。
				""");

		assertThat(report.visits()).singleElement().satisfies(visit -> {
			assertThat(visit.destination().name()).isEqualTo("富山市");
			assertThat(visit.date()).isEqualTo(LocalDate.of(2025, 1, 27));
			assertThat(visit.population()).isEqualTo(406_512L);
			assertThat(visit.opinions()).containsExactly(new MemberOpinion("大野美香", "公共交通を軸にしたまちづくりは本市でも参考になる。"));
		});
	}

	@Test
	void aNarrativeReportNamesItsMembersInASentenceThatCountsThemAndItsDestinationsAreNoMembers() {
		InspectionReport report = read("prose.txt", """
				産業建設常任委員会行政視察報告書
				令和６年１１月５日
				坂戸市議会議長　様
				　本委員会は、令和６年１０月１６日（水）に長野県飯田市を視察したので、その概要を報告する。
				　参加者は、委員長　小川直樹、副委員長　鈴木由美子、委員　石井正人、
				田中光男の４名であり、議事課主査　森田真一が随行した。

				１　長野県飯田市（１０月１６日）
				　視察は、午後１時３０分から午後３時まで行った。

				委員会としての所感
				１　長野県飯田市（１０月１６日）
				（１）産業人材の育成を地域ぐるみで進めている点が参考になった。
				""");

		assertThat(report.members()).containsExactly("小川直樹", "鈴木由美子", "石井正人", "田中光男");
		assertThat(report.visits()).singleElement().satisfies(visit -> {
			assertThat(visit.destination().name()).isEqualTo("飯田市");
			assertThat(visit.opinions()).extracting(MemberOpinion::member).doesNotContain("長野県飯田市");
		});
	}

	@Test
	void readsACommitteeFormPrintedOneCellPerLineWithMarkersAndNumberedOpinions() {
		// roles and names one a line under 参加委員; Q1 and A1 alone on their lines over what was asked and answered;
		// the committee's 所感 in numbered points, each one opinion of the committee
		InspectionReport report = read("form.txt", """
				令和６年１１月１５日
				調布市議会議長　様
				環境建設委員会
				委員長　森　一郎
				行政視察報告書
				記
				視察日
				令和6年10月23日（水）
				視察先
				静岡県三島市
				参加委員
				委員長
				森　一郎
				副委員長
				川口　早苗
				委員
				石田　拓也
				随行
				議会事務局　主事
				坂本　綾
				１　三島市
				(1)　視察事項
				せせらぎを活かしたまちづくりについて
				(2)　質疑応答
				Q1
				水辺の維持管理の体制はどうか。
				A1
				市民団体と協働で清掃を行っている。
				Q2
				整備費の財源は何か。
				A2
				国の交付金を活用した。
				(3)　所感
				①　湧水という地域資源を軸にまちづくりを進めている点が参考になった。
				②　市民団体との協働による維持管理の仕組みは本市でも取り入れたい。
				""");

		assertThat(report.members()).containsExactly("森一郎", "川口早苗", "石田拓也");
		InspectionVisit visit = report.visits().get(0);
		assertThat(visit.questions()).extracting(QuestionAnswer::question)
			.containsExactly("水辺の維持管理の体制はどうか。", "整備費の財源は何か。");
		assertThat(visit.opinions()).hasSize(2).allMatch(opinion -> opinion.member().equals("環境建設委員会"));
	}

	@Test
	void underAQuestionsHeadingACircleAsksAndABlackCircleAnswers() {
		InspectionReport report = read("turns.txt", """
				佐世保市議会　会派「市民クラブ」
				視察調査報告書
				報告日　令和６年１１月２０日
				参加議員　山下　一郎
				■福岡県久留米市
				【視察日】令和６年１１月６日
				【調査項目】子どもの居場所づくりについて
				【質疑】
				○運営団体が休止する例はないか。
				●令和5年度に3団体が休止したが、2団体は近隣団体と
				  統合して再開している。
				○学校との連携はどのように行っているか。
				●スクールソーシャルワーカーが居場所につないでいる。
				【所感】
				　地域の担い手を支える仕組みが参考になった。
				""");

		assertThat(report.visits().get(0).questions()).extracting(QuestionAnswer::question)
			.containsExactly("運営団体が休止する例はないか。", "学校との連携はどのように行っているか。");
	}

	@Test
	void readsMembersAfterARoleSpacedOutAndAnswersAfterASlash() {
		InspectionReport report = read("slash.txt", """
				令和６年８月23日
				西宮市議会議長　様
				健康福祉常任委員会
				健康福祉常任委員会行政視察報告書
				記
				１　期　　日　　令和６年７月９日（火）
				２　視察先　　岡山県倉敷市
				３　参加委員
				委　員　長　　山本　健一
				副委員長　　田中　裕子
				委　　　員　　佐藤　誠　　鈴木　花子　　高橋　一郎
				４　視察の概要
				〈質疑〉
				問：相談窓口の連携はどのように図っているのか。／答：月１回の連絡会議で事例共有を行っている。
				問：事業の効果をどう評価しているのか。／答：支援会議での事例検討を通じて振り返っている。
				〈所感〉
				（山本委員）
				　分野横断的な支援の必要性が庁内に共有されていると感じた。
				（佐藤委員）
				　本人同意なく情報共有ができる仕組みは早期対応に有効である。
				""");

		assertThat(report.members()).containsExactly("山本健一", "田中裕子", "佐藤誠", "鈴木花子", "高橋一郎");
		InspectionVisit visit = report.visits().get(0);
		assertThat(visit.questions()).extracting(QuestionAnswer::answer)
			.containsExactly("月１回の連絡会議で事例共有を行っている。", "支援会議での事例検討を通じて振り返っている。");
		assertThat(visit.opinions()).extracting(InspectionVisit.MemberOpinion::member).containsExactly("山本", "佐藤");
	}

	@Test
	void anOverviewHeadedLikeATopicAfterTheTopicIsNoSecondVisitAndAttachmentsNoMember() {
		InspectionReport report = read("member.txt", """
				いわき市議会議長　様
				行政視察報告書
				令和６年11月８日
				【報告者】　　いわき市議会議員　渡辺　誠一
				【視察日】　　令和６年10月30日（水）
				【視察先】　　茨城県ひたちなか市
				【調査事項】　ひたちなか海浜鉄道湊線の延伸について
				【視察内容】
				１　湊線の概要
				　湊線は勝田駅から阿字ヶ浦駅までを結ぶローカル線である。
				【質疑応答】
				Ｑ．市が出資を決断した理由は何か。
				Ａ．沿線の移動手段を守るためである。
				【所感】
				　鉄道をまちづくりの基盤と位置付けている点が参考になった。
				【添付資料】
				　・湊線延伸事業の概要
				""");

		assertThat(report.visits()).hasSize(1);
		InspectionVisit visit = report.visits().get(0);
		assertThat(visit.topic()).isEqualTo("ひたちなか海浜鉄道湊線の延伸について");
		assertThat(visit.questions()).hasSize(1);
		assertThat(visit.opinions()).extracting(InspectionVisit.MemberOpinion::member).containsExactly("渡辺誠一");
	}

	@Test
	void aVisitInTwoPartsIsOneVisitFromTheFirstStartToTheLastEndWithEveryQuestionAndNumberedPoint() {
		InspectionReport report = read("fukuyama-kaiha.txt", String.join("\n", "福山市議会議長　様", "", "令和６年度　政務活動費による行政視察報告書", "",
				"会派名　　　新風ふくやま", "", "１．大阪府枚方市（その１）", "■視察日時", "  令和6年7月23日（火）　10時00分～11時45分", "■概要",
				"  人口は39万4,612人、約18万4千世帯、面積は65.12㎢（令和6年7月1日現在）である。", "■質疑応答",
				"（問）再整備の財源は。→（答）国の交付金と市債による。", "（問）合意形成の方法は。→（答）地元説明会を重ねた。", "",
				"２．大阪府枚方市（その２）　※同日午後　現地視察", "■視察日時", "  令和6年7月23日（火）　13時30分～15時00分", "■質疑応答",
				"（問）来館者数は。→（答）年間約50万人である。", "■所感（その１・その２を通じて）", "  1．駅周辺の公共施設を一体的に再配置する計画は参考となる。",
				"  2．合意形成に時間をかけた点は不可欠であったと感じた。", "", "以上", "令和6年8月26日"));

		assertThat(report.visits()).singleElement().satisfies(visit -> {
			assertThat(visit.destination().code().value()).isEqualTo("272108");
			assertThat(visit.startTime()).hasToString("10:00");
			assertThat(visit.endTime()).hasToString("15:00");
			assertThat(visit.households()).isEqualTo(184000L);
			assertThat(visit.questions()).hasSize(3);
			assertThat(visit.opinions()).hasSize(2);
		});
	}

	@Test
	void membersWhoseRoleAndNameAreSpacedOutAreEachAMember() {
		InspectionReport report = read("kumagaya-iinkai.txt", String.join("\n", "令和６年１１月１８日", "", "熊谷市議会議長　　様", "", "総務委員会行政視察報告書", "",
				"１　期　日", "　　令和６年１０月２９日（火）", "", "２　参加委員", "　　委 員 長　　森　田　幸　一", "　　副委員長　　荒　井　真　理",
				"　　委　　員　　小　島　　　学", "　　委　　員　　石　川　博　之", "　　委　　員　　関　口　　　誠", "", "３　随　行",
				"　　議会事務局議事課　主査　上　原　　　聡", "", "Ⅰ　新潟県長岡市　　令和６年１０月２９日（火）　１３：３０～１５：００",
				"　　対応：長岡市危機管理防災本部　危機管理防災課長ほか２名", "", "（１）市の概要", "　　人　　口　　２５７，９８８人", ""));

		assertThat(report.members()).containsExactly("森田幸一", "荒井真理", "小島学", "石川博之", "関口誠");
		assertThat(report.visits()).singleElement().satisfies(visit -> {
			assertThat(visit.destination().code().value()).isEqualTo("152021");
			assertThat(visit.population()).isEqualTo(257988L);
		});
	}

	@Test
	void questionsInATableOfQuestionAndAnswerAndTheDateAfterTheClosingAreRead() {
		InspectionReport report = read("shizuoka-iinkai.txt", String.join("\n", "静岡市議会議長　様", "", "建設委員会　行政視察報告書", "",
				"参加委員", "　　委 員 長　　望月　俊彦", "", "Ⅰ　岡山県岡山市", "", "　　視察日時　　令和６年10月29日（火）　午前10時00分～午前11時30分",
				"　　対 応 者　　岡山市都市整備局　交通政策課長　ほか２名", "　　　　　　　　岡山市議会　副議長（歓迎あいさつ）",
				"　　調査事項　　岡山駅前広場への路面電車乗り入れ事業について", "", "【質疑応答】", "質問\t回答", "総事業費はどうなっているか。\t約43億円である。",
				"工事中の渋滞への対応は。\t夜間施工を基本とした。", "", "以　上", "", "令和６年11月15日", "　　　　静岡市議会建設委員会"));

		assertThat(report.submitted()).hasToString("2024-11-15");
		assertThat(report.visits()).singleElement().satisfies(visit -> {
			assertThat(visit.topic()).isEqualTo("岡山駅前広場への路面電車乗り入れ事業について");
			assertThat(visit.questions()).hasSize(2);
		});
	}

	private InspectionReport read(String name, String text) {
		return read(name, text, null);
	}

	private InspectionReport read(String name, String text, FiscalYear fallback) {
		return this.reader.read(this.loader.load(write(name, text)), fallback);
	}

	private Path write(String name, String text) {
		try {
			return Files.writeString(this.directory.resolve(name), text, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
