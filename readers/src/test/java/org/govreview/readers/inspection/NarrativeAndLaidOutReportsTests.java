package org.govreview.readers.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.govreview.domain.inspection.InspectionReport;
import org.govreview.domain.inspection.InspectionVisit;
import org.govreview.readers.document.DocumentModel;
import org.govreview.readers.municipality.MunicipalityMaster;
import org.govreview.readers.text.SourceText;
import org.junit.jupiter.api.Test;

/**
 * Two report forms of our own: a faction's letter telling its itinerary in sentences, each city in a numbered
 * section with questions told as 質問したところ and opinions signed at their end; and a committee's report as
 * pdftotext -layout prints it, members two to a line beside their roles, destinations headed 【県市】, questions
 * numbered with 答 on the line below.
 */
class NarrativeAndLaidOutReportsTests {

	private static final MunicipalityMaster MASTER = MunicipalityMaster.builtIn();

	@Test
	void aGridOfMembersWhoseNamesArePrintedTwoSpacesApartGivesEachMemberWholeAndNoTable() {
		// pdftotext -layout: three names a line, surname and given name two spaces apart, the names four or more
		InspectionReport report = read("""
				令和７年８月２０日
				  呉市議会議長    平  岡    正  人    様
				                                              会 派 名    未来クラブ
				                               会派行政視察報告書
				  １  視察期間    令和７年７月２２日（火）～７月２３日（水）
				  ２  視 察 先    長崎県長崎市
				  ３  参加議員      岩本  浩之（団長）    森田  祐介        中村  あゆみ
				                    濱本  健太郎          上田  光男
				                    ※会派代表者は所用のため参加していない。
				  ４  視察の内容
				（１）長崎県長崎市
				  日時    令和７年７月２２日（火）  １３時３０分～１５時３０分
				  調査項目    斜面市街地再生事業について
				""");

		assertThat(report.members()).containsExactly("岩本浩之", "森田祐介", "中村あゆみ", "濱本健太郎", "上田光男");
	}

	@Test
	void aWordFileSavedAsPlainTextKeepsItsNumberedTopicsAndOpinionsWhoseNumbersATabPartsFromThem() {
		// Word's 書式なし: a table row's cells a tab apart, a numbered list in a cell its number, a tab and its item, the
		// next items on lines of their own, a heading's number tabbed off its title
		InspectionReport report = read("""
				令和７年１１月１０日
				秋田市議会議長　様
				建設委員会　委員長　小松　和彦
				建設委員会行政視察報告書
				委員会名\t建設委員会
				１．\t視察委員
				委員長\t小松　和彦
				委員\t三浦　恵子

				２．\t視察の概要
				（１）\t栃木県宇都宮市
				視察日時\t令和７年１０月２８日（火）　午後１時３０分～午後３時３０分
				視察項目\t(1)\tネットワーク型コンパクトシティの形成について
				(2)\tＬＲＴの開業効果と沿線のまちづくりについて
				説明者\t宇都宮市総合政策部　ＮＣＣ推進課長
				概要\t【宇都宮市の概要】
				人口　５１３，４０６人　　世帯数　２３６，８１２世帯
				質疑\tＱ　合意形成にどのように取り組んだのか。
				Ａ　出前講座や説明会を重ねた。
				所見\t①\tＬＲＴを都市の骨格を形づくる手段として位置付けている。
				②\t市民との対話を粘り強く続けたことが合意形成につながった。
				　本市の公共交通の再編に当たっても参考になる。
				③\t乗継割引の工夫は本市のバス路線の維持策としても参考になる。

				（２）\t群馬県前橋市
				視察日時\t令和７年１０月２９日（水）　午前１０時３０分～１２時
				視察項目\t民間主導の中心市街地再生について
				説明者\t前橋市都市計画部　市街地整備課長
				概要\t【前橋市の概要】
				　人口は３２万７，１５８人である。
				質疑\tＱ　維持管理は誰が行っているのか。
				Ａ　市と地元団体が協定を締結している。
				所見\t①\t民間主導の好例であった。
				②\t維持管理まで協定で分担している点は参考になる。

				３．\t総括
				　今回の視察で得た知見を今後の委員会活動に生かしていく。
				""");

		assertThat(report.visits()).extracting(visit -> visit.destination().code().value(), InspectionVisit::topic,
				visit -> visit.opinions().size())
			.containsExactly(tuple("092011", "ネットワーク型コンパクトシティの形成について\nＬＲＴの開業効果と沿線のまちづくりについて", 3),
					tuple("102016", "民間主導の中心市街地再生について", 2));
	}

	@Test
	void aLetterTellingItsItineraryInSentencesGivesEachSectionItsDayHoursTopicQuestionsAndSignedOpinions() {
		InspectionReport report = read("""
				令和6年11月8日
				高崎市議会議長　様
				高崎市議会　会派「市民クラブ」
				会派行政視察について（報告）
				1　視察の日程及び参加者
				　視察は令和6年10月15日（火）から16日（水）までの日程で実施した。
				　10月15日（火）は午前中に高崎駅を出発した。同日は午後1時30分から3時まで、福岡県大牟田市を訪問し、
				「認知症の人とともに暮らすまちづくり」について説明を受けた。
				　翌16日（水）は、午前10時から11時30分まで佐賀県佐賀市の下水浄化センターにおいて、「バイオマス産業都市の取組」について説明を受けた。
				　参加者は、会派代表の田中一郎、幹事長の佐藤花子の2名であった。
				2　視察の内容
				（1）福岡県大牟田市
				　大牟田市は福岡県の最南端に位置する。人口は10万7,862人（令和6年9月30日現在）である。
				（質疑）
				　模擬訓練への住民の参加状況について質問したところ、毎年延べ2,000人を超える市民が参加してい
				るとの回答があった。
				　養成の費用負担について質問したところ、市と事業者が分担しているとの回答があった。
				（所感）
				　地域ぐるみの取組に深い感銘を受けた。本市でも提案していきたい。（田中　一郎）
				　子どもの頃から理解を育む取組は好例である。（佐藤　花子）
				（2）佐賀県佐賀市
				　佐賀市は佐賀県の県庁所在地である。館内は年中無休で午前9時から午後9時まで開館している。
				（質疑）
				　売電収入の使途について質問したところ、施設の維持管理に充てているとの回答があった。
				（所感）
				　下水を資源と捉える発想に学んだ。（佐藤　花子）
				""");

		assertThat(report.members()).containsExactly("田中一郎", "佐藤花子");
		assertThat(report.visits()).extracting(visit -> visit.destination().code().value(), InspectionVisit::date,
				InspectionVisit::startTime, InspectionVisit::endTime, InspectionVisit::topic, visit -> visit.questions().size(),
				visit -> visit.opinions().size())
			.containsExactly(
					tuple("402028", LocalDate.of(2024, 10, 15), LocalTime.of(13, 30), LocalTime.of(15, 0),
							"認知症の人とともに暮らすまちづくり", 2, 2),
					tuple("412015", LocalDate.of(2024, 10, 16), LocalTime.of(10, 0), LocalTime.of(11, 30),
							"バイオマス産業都市の取組", 1, 1));
	}

	@Test
	void aLaidOutCommitteeReportWithBracketedDestinationsAndNumberedQuestionsAnsweredBelow() {
		InspectionReport report = read("""
				                                                                    令和６年７月２６日
				      前橋市議会議長
				          岡 田   修 一    様
				                                                       教育福祉常任委員会
				                          教育福祉常任委員会行政視察報告書
				                                           記

				      1   期     日        令和６年７月９日（火）～７月１０日（水）

				      2   視 察 先        石川県加賀市、福井県坂井市

				      3   参加委員        委 員 長    石井   達也            副委員長    小野里   恵
				                          委    員    狩野   浩一            委    員    戸塚   真理子

				          随     行        議会事務局議事課   主任   林   雄太

				      【石川県加賀市】
				      1   視察日時     令和６年７月９日（火）   13:30～15:30
				      2   視察項目     加賀市における教育ＤＸの推進について
				      6   質疑
				          （1）  端末の更新費用の見通しについて
				                 答 国の補助を活用し、計画的に基金を積み立てている。
				          （2）  教員のICT活用能力の差への対応について
				                 答 各校にICT推進リーダーを置いている。

				      【福井県坂井市】
				      1   視察日時     令和６年７月１０日（水）   10:00～12:00
				      2   視察項目     重層的支援体制整備事業について
				      6   質疑
				          （1）  職員間の情報共有の方法について
				                 答 月１回の会議で共有している。
				""");

		assertThat(report.members()).containsExactly("石井達也", "小野里恵", "狩野浩一", "戸塚真理子");
		assertThat(report.visits()).extracting(visit -> visit.destination().code().value(), InspectionVisit::date,
				InspectionVisit::startTime, InspectionVisit::topic, visit -> visit.questions().size())
			.containsExactly(tuple("172065", LocalDate.of(2024, 7, 9), LocalTime.of(13, 30), "加賀市における教育ＤＸの推進について", 2),
					tuple("182109", LocalDate.of(2024, 7, 10), LocalTime.of(10, 0), "重層的支援体制整備事業について", 1));
	}

	@Test
	void aMembersBlogPostDatesItsPartsByTheScheduleDayTheyAreHeadedWithAndTakesItsBylineForTheReportsDate() {
		InspectionReport report = read("""
				菰野町議会議員 稲垣 誠（いながき まこと）の公式ブログ
				ホーム > 議会報告 > 【視察報告】産業建設常任委員会で長野県へ
				【視察報告】産業建設常任委員会で長野県へ
				2025年6月3日 稲垣 誠 議会報告, 視察 コメント 2件

				こんにちは、菰野町議会議員の稲垣誠です。産業建設常任委員会の行政視察に参加しました。

				■日程
				1日目（5月20日）　小布施町（午前）
				2日目（5月21日）　白馬村（午後）

				◆1日目・午前　長野県小布施町
				「住民と行政の協働による景観まちづくりについて」

				小布施町役場では、午前10時から正午まで、まちづくり推進課の皆さんからご説明をいただきました。

				【質疑から】
				Q．景観づくりのルールは条例で定めているのか。
				A．景観条例と景観計画で大枠を定めている。

				◆2日目　長野県白馬村
				「通年型山岳リゾートに向けた観光戦略について」

				午後2時から4時半まで、白馬村役場で観光課の方からご説明をいただきました。
				""");

		assertThat(report.submitted()).isEqualTo(LocalDate.of(2025, 6, 3));
		assertThat(report.visits()).extracting(visit -> visit.destination().code().value(), InspectionVisit::date,
				InspectionVisit::startTime, InspectionVisit::endTime, InspectionVisit::topic)
			.containsExactly(tuple("205419", LocalDate.of(2025, 5, 20), LocalTime.of(10, 0), LocalTime.of(12, 0), "住民と行政の協働による景観まちづくりについて"),
					tuple("204854", LocalDate.of(2025, 5, 21), LocalTime.of(14, 0), LocalTime.of(16, 30), "通年型山岳リゾートに向けた観光戦略について"));
	}

	@Test
	void aFormSavedAsCsvGivesTheHoursInLabelledCellsAndAnAccompanyingMemberAfterTheReporter() throws Exception {
		// 八千代市's 政務活動費 form as a spreadsheet saves it: 視察日 | 2024/10/16 | 開始 | 13:30 | 終了 | 15:00
		Path form = Path.of(NarrativeAndLaidOutReportsTests.class.getResource("/heldout/inspection-report/b27-01-yachiyo-csvform.txt").toURI());
		InspectionReport report = new InspectionReportReader(MASTER)
			.read(DocumentModel.of(new org.govreview.readers.text.SourceTextLoader().load(form)), null);

		assertThat(report.members()).containsExactly("中台美和子", "大和田浩");
		assertThat(report.visits()).extracting(visit -> visit.destination().code().value(), InspectionVisit::date,
				InspectionVisit::startTime, InspectionVisit::endTime)
			.containsExactly(tuple("272205", LocalDate.of(2024, 10, 16), LocalTime.of(13, 30), LocalTime.of(15, 0)),
					tuple("272183", LocalDate.of(2024, 10, 17), LocalTime.of(10, 0), LocalTime.of(11, 45)));
		assertThat(report.visits()).extracting(InspectionVisit::topic).doesNotContain("視察先１");
	}

	@Test
	void aCommitteesRolesOnLinesOfTheirOwnListItsMembersAndVisitsHeadedByTheirNumberInBracketsAreTheirPlaces() {
		InspectionReport report = read("""
				令和７年２月１０日
				大垣市議会議長　中村賢一　様
				建設委員会
				委員長　田中　誠
				建設委員会行政視察報告書
				1 期日
				令和７年１月２１日（火）～１月２２日（水）
				2 参加委員
				委員長
				田中 誠
				副委員長
				小島 里美
				委員
				松本 浩二
				委員
				吉川 和代
				※山口委員は、公務のため欠席した。
				【視察先１】石川県小松市
				(1) 日時
				令和７年１月２１日（火）午後２時から午後３時３０分まで
				(2) 調査事項
				駅西地区の土地区画整理事業について
				(3) 所感
				　区画整理と公共交通の一体的な計画に学ぶところが多かった。
				【視察先２】福井県鯖江市
				(1) 日時
				令和７年１月２２日（水）午前１０時～午前１１時３０分
				(2) 調査事項
				橋梁の長寿命化修繕計画について
				(3) 所感
				　点検結果を市民に公開する取組は本市でも参考になる。
				""");

		assertThat(report.members()).containsExactly("田中誠", "小島里美", "松本浩二", "吉川和代");
		assertThat(report.visits()).extracting(visit -> visit.destination().code().value(), InspectionVisit::date,
				InspectionVisit::startTime)
			.containsExactly(tuple("172031", LocalDate.of(2025, 1, 21), LocalTime.of(14, 0)),
					tuple("182079", LocalDate.of(2025, 1, 22), LocalTime.of(10, 0)));
	}

	@Test
	void aFormsRosterWhoseLabelStandsBesideItsMiddleLineTakesTheNamesOfTheLineAboveTheLabel() {
		// an Excel form through pdftotext -layout: 参加委員 centred beside three lines of role and name pairs
		InspectionReport report = read("""
				                           令和７年度　厚生委員会　行政視察報告書

				                                                                  提 出 日       令和7年10月20日

				   島田市議会議長　　大石　和也　様

				   委 員 会 名         厚生委員会

				   視 察 期 間         令和7年10月8日(水)           ～   令和7年10月9日(木)

				                   委 員 長    杉山　一郎            副委員長     大塚　みどり           委　　員     増田　健
				   参 加 委 員         委　　員     石原　真理子           委　　員     原田　直人
				                   委　　員     森　浩之

				   視  察  先         ①  10月8日(水)      愛知県豊田市
				                   ②  10月9日(木)      岐阜県多治見市

				【視察先１】愛知県豊田市
				(1) 調査事項
				地域包括ケアシステムの推進について
				(2) 所感
				　医療と介護の連携の仕組みは本市でも参考になる。
				【視察先２】岐阜県多治見市
				(1) 調査事項
				子ども食堂への支援について
				(2) 所感
				　地域の担い手を育てる取組に学ぶところが多かった。
				""");

		assertThat(report.members()).containsExactly("杉山一郎", "大塚みどり", "増田健", "石原真理子", "原田直人", "森浩之");
	}

	@Test
	void aDestinationsOverviewLabelledAsTheCitysConditionGivesItsFigures() {
		InspectionReport report = read("""
				                          教育民生常任委員会　行政視察報告書

				四日市市議会議長　様
				                                                        令和６年11月12日
				                                              教育民生常任委員長　樋口　博

				１　島根県安来市
				    【市の概況】      人口 35,912人 世帯数 13,874世帯 面積 420.93km²（令和６年９月30日現在）

				    【視察日時】      令和６年10月23日（水）午前10時～正午
				    【調査事項】      地域とともにある学校づくりについて
				""");

		assertThat(report.visits()).extracting(visit -> visit.destination().code().value(), InspectionVisit::population,
				InspectionVisit::households, InspectionVisit::statedAsOf)
			.containsExactly(tuple("322067", 35912L, 13874L, LocalDate.of(2024, 9, 30)));
	}

	@Test
	void aCaucusReportsCircledPartsGiveEachPlaceItsListedTopicsItsFiguresOfTheLatestDayAndItsQuestionsOverAPageTurn() {
		// pdftotext -layout of a Word report: ① 日時 … ⑤ 所感 under each place, the place's figures in a table comparing
		// the census with today's, the topics numbered ア and イ, the second place's heading at the foot of a page whose
		// number stands right over the next page's running head, as every page's does
		InspectionReport report = readPages("""
				                                                            令和７年９月１日

				  松江市議会議長    山  田    太  郎    様

				                                              会 派 名    みらいの会
				                                              代 表 者    佐  藤    一  郎

				                               会派行政視察報告書

				  １  視察期間    令和７年８月５日（火）～８月６日（水）

				  ２  視 察 先    香川県丸亀市、愛媛県今治市

				  ３  参加議員      佐藤  一郎        田中  花子

				  ４  視察の内容

				  （１）香川県丸亀市
				    ①  日    時       令和７年８月５日（火）  １３時３０分～１５時００分
				    ②  調査項目       ア  中心市街地の活性化について
				                      イ  空き店舗の活用について
				    ③  丸亀市の概要
				          区    分        令和２年国勢調査        令和７年７月１日現在
				          人    口            110,085人                108,520人
				          世 帯 数            46,690世帯                49,810世帯
				          面    積             111.83㎢                 111.83㎢

				                                       1
				\f                                    みらいの会  会派行政視察報告書


				    ④  質疑応答
				        問  空き店舗の活用件数は。
				        答  令和６年度は１２件であった。
				    ⑤  所感
				          商店街と行政が一体となって取り組む姿勢が印象に残った。

				  （２）愛媛県今治市

				                                       2
				\f                                    みらいの会  会派行政視察報告書


				    ①  日    時       令和７年８月６日（水）  １０時００分～１１時３０分
				    ②  調査項目       サイクルツーリズムの推進について
				    ③  質疑応答
				        問  利用者数の推移は。
				        答  年々増加している。
				        問  課題は何か。
				        答  受入環境の整備である。
				""");

		assertThat(report.visits()).extracting(visit -> visit.destination().code().value(), InspectionVisit::date,
				InspectionVisit::startTime, InspectionVisit::topic, visit -> visit.questions().size())
			.containsExactly(
					tuple("372021", LocalDate.of(2025, 8, 5), LocalTime.of(13, 30), "中心市街地の活性化について\n空き店舗の活用について", 1),
					tuple("382027", LocalDate.of(2025, 8, 6), LocalTime.of(10, 0), "サイクルツーリズムの推進について", 2));
		assertThat(report.visits().get(0)).extracting(InspectionVisit::population, InspectionVisit::households,
				InspectionVisit::areaKm2, InspectionVisit::statedAsOf)
			.containsExactly(108520L, 49810L, new java.math.BigDecimal("111.83"), LocalDate.of(2025, 7, 1));
	}

	@Test
	void aNameInBracketsSetRightUnderAPassageSignsItForThatMember() {
		// each member's 所感 a paragraph, the member's name in brackets at the right margin under it
		InspectionReport report = read("""
				会派行政視察報告書
				令和７年８月２０日
				郡山市議会議長　様
				会派名　みらい郡山
				参加者　佐藤 健一、阿部 美和
				（１）岡山県総社市
				　視察日時　令和７年７月２３日（水）　午前１０時～１１時３０分
				　視察項目　障がい者千人雇用の取組について
				　所感
				        数値目標を首長が明確に掲げ、市全体の目標として共有した点が成功要因であると感じた。本市
				      においても企業と福祉事業所をつなぐ役割を市が担うべきである。
				                                                                         （佐藤 健一）

				        企業を一軒一軒訪ね歩き、仕事を切り出してきた職員の努力が印象に残った。雇用の数値目標
				      を設定することを検討すべきである。
				                                                                         （阿部 美和）
				""");

		assertThat(report.visits()).singleElement().satisfies(visit -> assertThat(visit.opinions())
			.extracting(InspectionVisit.MemberOpinion::member)
			.containsExactly("佐藤健一", "阿部美和"));
	}

	@Test
	void bracketedLabelsSetOutInAColumnWithTheirValuesAreTheVisitsFieldsNoTable() {
		// a member's form: 【調査先】 and the rest, each value a wide gap after its label, the place's rooms spaced out
		InspectionReport report = read("""
				                           政務活動（調査研究）報告書
				                                                            令和７年１１月１０日
				  松山市議会議長   様
				                                              会  派   市民クラブ・まつやま
				                                              報告者   河野   早苗

				（１）岡山県井原市
				 【調査先】     岡山県井原市（井原市役所    ３階    第１委員会室）
				 【調査日時】    令和７年１０月３０日（木）       ９：３０～１１：００
				 【調査事項】    デニム産業の振興と地場産業の担い手育成について
				 【対応者】     井原市建設経済部   産業振興課長

				 ■質疑
				（問）デニムブランドの認知度を高めるため、どのような情報発信をしているか。
				（答）ＳＮＳでの発信のほか、東京やパリの展示会に出展している。
				""");

		assertThat(report.visits()).extracting(visit -> visit.destination().code().value(), InspectionVisit::date,
				InspectionVisit::startTime, InspectionVisit::topic)
			.containsExactly(tuple("332071", LocalDate.of(2025, 10, 30), LocalTime.of(9, 30), "デニム産業の振興と地場産業の担い手育成について"));
	}

	/** A text whose pages a form feed starts, as the loader gives pdftotext's. */
	private static InspectionReport readPages(String text) {
		List<String> lines = new java.util.ArrayList<>();
		List<Integer> starts = new java.util.ArrayList<>();
		for (String line : text.split("\n", -1)) {
			if (line.startsWith("\f")) {
				starts.add(lines.size());
				line = line.substring(1);
			}
			lines.add(line);
		}
		DocumentModel model = DocumentModel.of(new SourceText(Path.of("report.txt"), lines, "text", List.of(), starts));
		return new InspectionReportReader(MASTER).read(model, null);
	}

	private static InspectionReport read(String text) {
		DocumentModel model = DocumentModel.of(new SourceText(Path.of("report.txt"), List.of(text.split("\n", -1)), "test"));
		return new InspectionReportReader(MASTER).read(model, null);
	}
}
