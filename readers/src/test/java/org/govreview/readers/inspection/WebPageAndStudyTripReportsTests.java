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
import org.govreview.readers.text.SourceTextLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two reports of our own: a town council's web page copied from the browser, its site menu before the title and its
 * overview a label–value sheet whose members' cell runs over several lines; and a village council's study trip in
 * a word processor, questions after ・質問： and answers after ⇒, opinions as 〇 points, the home village's own
 * figures after the visits.
 */
class WebPageAndStudyTripReportsTests {

	private static final MunicipalityMaster MASTER = MunicipalityMaster.builtIn();

	@TempDir
	Path directory;

	@Test
	void aCopiedPageIsRecognisedBehindItsMenuAndAMultiLineMembersCellGivesEveryMember() throws IOException {
		InspectionReport report = read("""
				本文へスキップします。
				二宮町
				サイトマップ
				文字サイズ
				縮小
				標準
				拡大
				背景色
				白
				黒
				くらし・手続き
				子育て・教育
				健康・福祉
				観光・文化
				まちづくり
				町政情報
				二宮町議会
				現在の位置
				ホーム
				委員会
				令和6年度 総務常任委員会行政視察報告
				令和6年度 総務常任委員会行政視察報告
				更新日 2024年12月6日

				総務常任委員会では、令和6年10月23日に長野県上田市において行政視察を実施しました。
				視察の概要
				項目	内容
				委員会名	総務常任委員会
				参加委員	委員長　山本 和子
				副委員長　石井 奈緒子
				委員　鈴木 英明
				随行	議会事務局 書記　森 智也
				視察先及び視察項目	長野県上田市
				デマンド交通の運行について

				長野県上田市
				項目	内容
				視察日時	令和6年10月23日（水曜日）13時30分から15時30分まで
				視察項目	デマンド交通の運行について
				主な質疑
				質問
				予約が集中する時間帯の対応はどうしているのか。
				回答
				配車システムで経路を自動で調整している。
				委員の所感
				（1）地域の実情に応じた交通手段の選択が重要であると感じた。
				（2）本町でも、デジタル技術の活用を検討すべきである。
				""");

		assertThat(report.members()).containsExactly("山本和子", "石井奈緒子", "鈴木英明");
		assertThat(report.visits()).hasSize(1);
		InspectionVisit ueda = report.visits().get(0);
		assertThat(ueda.destination().code().value()).isEqualTo("202037");
		assertThat(ueda.date()).isEqualTo(LocalDate.of(2024, 10, 23));
		assertThat(ueda.questions()).hasSize(1);
	}

	@Test
	void arrowAnswersAndCirclePointsAreCountedAndTheHomeVillagesFiguresAreNoVisitsFigures() throws IOException {
		InspectionReport report = read("""
				                                                                令和６年１１月１８日
				  富士見町議会議長　小　池　　　要　様
				                                                    富士見町議会議員研修視察団
				                              議 員 研 修 視 察 報 告 書
				    令和６年度富士見町議会議員研修視察を下記のとおり実施しましたので、その結果を報告いたします。
				                                          記
				  １　期　　間　　令和６年１０月２９日（火）
				  ２　研修先及び研修事項
				  　　（１）長野県佐久市
				  　　　　　移住促進について
				  Ⅰ　長野県佐久市
				  （１）研修日時　　令和６年１０月２９日（火）　１３：３０～１５：３０
				  （３）研修事項　　移住促進について
				  （５）市の概要
				  　　　人口　98,199人 ／ 世帯数　43,120世帯 ／ 面積　423.51㎢　（令和６年９月末現在）
				  （７）質疑応答
				  　・質問：移住者の定着率はどうか。
				  　　　⇒ 約９割が５年後も市内に住んでいる。
				  　・質問：空き家の活用はどうしているのか。
				  　　　⇒ 空き家バンクを運営している。
				  （８）所　感
				  　〇　移住相談の窓口が一本化されている点は参考となる。
				  　〇　本町でも空き家バンクの充実を図るべきである。
				                                                                            以　上
				  （参考）本町の概要
				  　　人口　１４，２００人　　世帯数　６，１００世帯　　面積　１４４．７６㎢
				  　　（令和６年４月１日現在）
				""");

		assertThat(report.visits()).hasSize(1);
		InspectionVisit saku = report.visits().get(0);
		assertThat(saku.destination().code().value()).isEqualTo("202177");
		assertThat(saku.questions()).hasSize(2);
		assertThat(saku.population()).isEqualTo(98199L);
	}

	@Test
	void aMembersBlogNamesItsCouncilInItsBylineAndAVisitOnTheSameDayTakesTheDayBefore() throws IOException {
		InspectionReport report = read("""
				ブログトップ
				記事一覧
				いまよし陽子の「せんだい日和」
				薩摩川内市議会議員 今吉陽子のオフィシャルブログです。議会のこと、地域のこと。

				【視察報告】会派で福岡県大木町・みやま市へ
				2024-11-06 20:14:52

				会派「新風せんだい」の政務活動として、先進地の行政視察を行いました。

				■1か所目　福岡県大木町

				◆視察日　令和6年10月29日（火）10：00～11：45
				◆視察先　福岡県三潴郡大木町
				◆調査項目　循環のまちづくりについて

				【質疑応答】

				●質問　生ごみの分別を始めたとき、住民の反対はなかったか。
				→最初は反対の声も多かったが、説明会を重ねて広げていった。

				●質問　運営費はどのくらいか。
				→年間約1億円である。

				【所感】

				住民が納得して続けられる仕組みづくりに時間をかけた点が成功の理由だと思います。

				■2か所目　福岡県みやま市

				◆視察日時　同日　14時～15時30分
				◆視察先　福岡県みやま市
				◆調査項目　地域新電力の取組について

				【所感】

				地域の電気を地域で使う考え方は本市にも大切な視点です。

				【おわりに】

				ご対応いただいた皆さま、ありがとうございました。
				""");

		assertThat(report.council().code().value()).isEqualTo("462152");
		assertThat(report.visits()).extracting(visit -> visit.destination().code().value(), InspectionVisit::date)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("405221", LocalDate.of(2024, 10, 29)),
					org.assertj.core.groups.Tuple.tuple("402290", LocalDate.of(2024, 10, 29)));
		assertThat(report.visits().get(0).questions()).hasSize(2);
		assertThat(report.visits().get(1).startTime()).isEqualTo(java.time.LocalTime.of(14, 0));
		assertThat(report.members()).doesNotContain("おわりに");
	}

	@Test
	void aRosterSetInTwoPairsOfRoleAndNameColumnsNamesTheMembersOfBothAndNoStaff() throws IOException {
		InspectionReport report = read("""
				津山市議会議長　様
				                                          産業建設委員会
				                                          委員長　岡　田　康　弘

				産業建設委員会行政視察報告書

				１　視察日　令和６年１０月２２日（火）
				２　視察先　岐阜県高山市
				３　参加委員
				|職　名       |氏　名                |職　名       |氏　名                     |
				|委員長       |岡田　康弘            |副委員長     |三浦　真由美               |
				|委　員       |竹内　誠司            |委　員       |井上　亮介                 |
				|随　行       |議会事務局議事課      |主　査       |福田　健太                 |

				４　視察事項　観光客の受入環境整備について

				５　所感
				〔岡田委員長〕
				外国人観光客の受入れに向けた取組は、本市にとっても参考になるものであった。
				""");

		assertThat(report.members()).containsExactly("岡田康弘", "三浦真由美", "竹内誠司", "井上亮介");
	}

	@Test
	void aSocialMediaPostBehindAProfileReadsItsVisitsFromItsSentencesTimedByItsListOfPlaces() throws IOException {
		InspectionReport report = read("""
				ホーム
				友達
				小野寺 修
				岩沼市議会議員
				自己紹介
				岩沼市議会議員（1期目）
				出身地: 宮城県岩沼市
				フォロワー320人

				小野寺 修さんは菅原 美穂さんと一緒に岩手県北上市にいます。
				10月8日 17:40 · 🌏
				【会派視察📍岩手県北上市・花巻市】

				本日は、会派の仲間と行政視察に伺ってきました。

				📅 2024年10月8日（火）
				📍① 岩手県北上市　10:00〜11:30
				📍② 岩手県花巻市　14:00〜15:30

				🏫 ① 北上市
				午前は北上市役所を訪問しました。
				視察項目は「企業誘致と工業団地の整備について」

				北上市は
				人口 91,520人
				世帯数 40,318世帯
				（令和6年9月30日現在）

				💬質疑から
				Q. 団地の分譲価格は？
				A. 近隣より低く設定。

				🏫 ② 花巻市
				お昼を挟んで、午後は花巻市役所へ。
				視察項目は「空き家バンクの運営について」

				いいね！ 25
				""");

		assertThat(report.visits()).extracting(visit -> visit.destination().name(), InspectionVisit::date, InspectionVisit::startTime,
				InspectionVisit::topic)
			.containsExactly(tuple("北上市", LocalDate.of(2024, 10, 8), java.time.LocalTime.of(10, 0), "企業誘致と工業団地の整備について"),
					tuple("花巻市", LocalDate.of(2024, 10, 8), java.time.LocalTime.of(14, 0), "空き家バンクの運営について"));
		assertThat(report.members()).containsExactly("小野寺修", "菅原美穂");
		assertThat(report.visits().get(0).population()).isEqualTo(91520L);
		assertThat(report.visits().get(0).questions()).hasSize(1);
	}

	@Test
	void aSiteNameOverTheMenuIsNoVisitAndALongBreadcrumbNamesTheCouncil() throws IOException {
		InspectionReport report = read("""
				新発田市	文字サイズ	標準 拡大
				くらし・手続き	子育て・教育	市政情報	新発田市議会
				現在位置：ホーム ＞ 新発田市議会 ＞ 委員会 ＞ 委員会の行政視察 ＞ 社会文教常任委員会 行政視察報告（令和7年度）
				社会文教常任委員会 行政視察報告（令和7年度）
				社会文教常任委員会では、令和7年10月21日に兵庫県明石市を訪問し、子育て支援について調査を行いました。

				視察の概要
				項目	内容
				委員会名	社会文教常任委員会
				参加委員	委員長　長谷川 太郎
				副委員長　佐藤 花子
				視察先	兵庫県明石市

				兵庫県明石市
				項目	内容
				視察日時	令和7年10月21日（火曜日）13時30分から15時00分まで
				視察項目	こども医療費の無償化について
				""");

		assertThat(report.council().code().value()).isEqualTo("152064");
		assertThat(report.visits()).extracting(visit -> visit.destination().code().value(), InspectionVisit::date)
			.containsExactly(tuple("282031", LocalDate.of(2025, 10, 21)));
	}

	private InspectionReport read(String text) throws IOException {
		Path file = Files.writeString(this.directory.resolve("report.txt"), text);
		return new InspectionReportReader(MASTER).read(DocumentModel.of(new SourceTextLoader().load(file)), null);
	}

	@Test
	void aPageThroughHtml2textNamesItsCouncilInTheBreadcrumbAndItsMembersWithTheirCaucuses() throws IOException {
		InspectionReport report = read("""
				* [くらしの情報](/menu01.html)
				* [市政情報](/shisei/index.html)

				[トップページ](/index.html) > [北九州市議会](/shigikai/index.html) >
				[委員会](/shigikai/menu03.html) > 経済港湾委員会 行政視察報告（令和7年度）

				# 経済港湾委員会 行政視察報告（令和7年度）

				経済港湾委員会では、次のとおり行政視察を実施しました。視察の結果について委員長から議長あてに報告書が提出されました。

				## 視察の概要

				委員会名 | 経済港湾委員会
				---|---
				視察期間 | 令和7年7月17日（木曜日）

				## 参加委員

				委員長 中村 浩二（自民党・無所属の会）
				委員 井上 俊介（自民党・無所属の会）、木下 由美（ハートフル北九州）、田中 健太郎（公明党）

				（随行）議会事務局議事課 主査 平田 修一

				## 1 秋田県能代市

				### 日時

				令和7年7月17日（木曜日）午前9時30分から午前11時まで

				### 視察項目

				能代港の基地港湾としての活用について

				### 能代市の概要

				能代市は、平成18年に二ツ井町と合併しました（合併時の人口は約6万2千人）。

				人口 | 世帯数 | 面積
				---|---|---
				47,318人 | 22,104世帯 | 426.95平方キロメートル

				### 委員の意見（所感）

				  * 基地港湾を地域の産業振興に結び付ける点で、能代市と本市は同じ課題を抱えている。
				  * メンテナンス拠点の誘致を目指す姿勢に学ぶ点が多かった。

				ページの先頭へ戻る

				## おわりに

				今回の視察の成果を、今後の審査や提言に生かしてまいります。

				## 関連ファイル

				  * [経済港湾委員会行政視察報告書（PDF形式：1,284KB）](/files/001098765.pdf)
				  * [総務財政委員会 行政視察報告（令和7年度）](/shigikai/file_0816.html)
				""");

		assertThat(report.council().code().value()).isEqualTo("401005");
		assertThat(report.members()).containsExactly("中村浩二", "井上俊介", "木下由美", "田中健太郎");
		assertThat(report.visits()).singleElement().satisfies(visit -> {
			assertThat(visit.destination().code().value()).isEqualTo("052027");
			assertThat(visit.population()).isEqualTo(47318L);
			assertThat(visit.opinions()).as("the page's closing words and links after おわりに are no opinions").hasSize(2);
		});
		assertThat(report.faction()).isEqualTo("経済港湾委員会");
	}

	@Test
	void speakersSpacedInTheirBracketsAskAndAnswerAndASpacedHeadingOpensTheOpinions() throws IOException {
		InspectionReport report = read("""
				                                                 令和７年１１月１２日

				山形市議会議長        石 山      勉     様

				                                          厚生委員会
				                                          委員長  髙 橋    雅 之

				                  厚生委員会行政視察報告書

				１ 視察期間     令和７年１０月２１日（火）

				２ 参加委員
				    職 名       氏  名       職 名      氏  名
				   委員長     髙橋 雅之        副委員長   伊藤 美智子

				３ 視察内容

				（１）大阪府大東市
				  ア 日     時  令和７年１０月２１日（火） 午後２時～午後４時
				  イ 視察事項     介護予防の普及について
				  キ 質疑応答
				     （委 員） 体操グループのリーダーは、どのように育成しているのか。
				     （説明員） 年３回の養成講座を開いている。
				     （委 員） 男性への働き掛けは。
				     （説明員） 専門職が出向いて体操を紹介している。
				  ク 所   感
				   ○ 住民が自ら集まる仕組みをつくった点が最大の特長である。
				   ○ 介護予防の効果を測定して示す取組を進めるべきである。
				""");

		assertThat(report.visits()).singleElement().satisfies(visit -> {
			assertThat(visit.questions()).extracting(InspectionVisit.QuestionAnswer::answer)
				.containsExactly("年３回の養成講座を開いている。", "専門職が出向いて体操を紹介している。");
			assertThat(visit.opinions()).hasSize(2);
		});
	}
}
