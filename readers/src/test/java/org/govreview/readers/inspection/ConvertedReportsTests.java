package org.govreview.readers.inspection;

import static org.assertj.core.api.Assertions.assertThat;

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
 * A council's report of our own converted by pandoc: its members in a grid-table roster (議席番号 | 氏名 | 役職 | 備考,
 * one absent), a row of full-width spaces inside a cell, and each member's opinions under 【…議員の所感】.
 */
class ConvertedReportsTests {

	private static final MunicipalityMaster MASTER = MunicipalityMaster.builtIn();

	@TempDir
	Path directory;

	@Test
	void aConvertersReportTakesItsCoverDateUnderTheContentsAndLeavesTheAccompanyingClerkOut() throws IOException {
		InspectionReport report = read("""
				## 総務常任委員会行政視察報告書

				## 目 次

				| １ 視察の概要 ・・・・・・・・・・・・・・   | 1   |
				|----------------------------------------------|-----|
				| Ⅰ 岐阜県高山市 ・・・・・・・・・・・・・・  | 3   |

				令和６年11月８日

				花巻市議会議長　菅原　隆信　様

				花巻市議会総務常任委員会

				## １ 視察の概要

				## (1) 視察期間

				令和６年10月22日（火）

				## (2) 参加委員

				| 職 名    | 氏 名        | 備 考                     |
				|----------|--------------|---------------------------|
				| 委員長   | 阿部　修一   |                           |
				| 委員     | 高橋　和也   |                           |
				| 随行     | 照井　さやか | 議会事務局議事調査課 主任 |

				## Ⅰ 岐阜県高山市

				| 視察日   | 令和６年10月22日（火）　14:00～15:30 |
				|----------|--------------------------------------|
				| 調査事項 | 観光ＤＸの推進について               |

				人口

				世帯数

				面積

				82,103人

				35,811世帯

				2,177.61km²

				令和６年10月１日現在
				""");

		assertThat(report.submitted()).isEqualTo(java.time.LocalDate.of(2024, 11, 8));
		assertThat(report.members()).containsExactly("阿部修一", "高橋和也");
		assertThat(report.visits()).singleElement().satisfies(visit -> {
			assertThat(visit.destination().code().value()).isEqualTo("212032");
			assertThat(visit.population()).isEqualTo(82103);
			assertThat(visit.households()).isEqualTo(35811);
		});
	}

	@Test
	void aBlogPostNamesItsCouncilAfterTheWritersNameAndDatesItsDaysByWhenItWasPosted() throws IOException {
		InspectionReport report = read("""
				【会派視察報告】岡山県西粟倉村に行ってきました！
				石黒みほ｜射水市議会議員
				2024年11月5日 21:47
				フォロー

				10月に会派で行ってきた行政視察のご報告です。

				10月15日（火）
				　13:30〜15:00　西粟倉村役場で研修

				■1日目 岡山県西粟倉村「百年の森林構想」
				視察項目：百年の森林構想とローカルベンチャーの育成について
				""");

		assertThat(report.council().code().value()).isEqualTo("162116");
		assertThat(report.submitted()).isNull();
		assertThat(report.visits()).singleElement().satisfies(visit -> {
			assertThat(visit.destination().code().value()).isEqualTo("336432");
			assertThat(visit.date()).isEqualTo(java.time.LocalDate.of(2024, 10, 15));
		});
	}

	@Test
	void aGridRosterGivesTheMembersWhoWentAndEachMembersOpinionsCount() throws IOException {
		InspectionReport report = read("""
				令和６年１１月２９日

				内子町議会議長　山岡　正和　様

				**議員研修（先進地視察）の結果について（報告）**

				# 1　研修の概要

				+----------------------+------------------------------------------+
				| （１）　期日         | 令和６年１１月１２日（火）               |
				+----------------------+------------------------------------------+
				| （２）　研修先       | 高知県高岡郡檮原町                       |
				|                      | 　　環境モデル都市ゆすはらの取組について |
				|                      | 　　　　　　　　　　　　　　　　         |
				+----------------------+------------------------------------------+

				**別表　参加者名簿**

				+------+--------------+----------------+------------------+
				| 議席 | 氏　　名     | 役職           | 備考             |
				| 番号 |              |                |                  |
				+======+==============+================+==================+
				| 1    | 上田　真由美 |                |                  |
				+------+--------------+----------------+------------------+
				| 2    | 大野　さゆり |                | 欠席（体調不良） |
				+------+--------------+----------------+------------------+
				| 3    | 兵頭　達也   | 副議長         | 研修団長         |
				+------+--------------+----------------+------------------+

				# 2　研修の内容

				## （１）高知県高岡郡檮原町

				**研修日時**　令和６年１１月１２日（火）　午前９時３０分～午前１１時

				**研修内容**　環境モデル都市ゆすはらの取組について

				【上田議員の所感】
				　再生可能エネルギーの収益を森林整備に還元する循環の仕組みが分かりやすかった。

				【兵頭議員の所感】
				　木造の公共建築が町の顔となり、視察者を呼び込んでいる点に共感した。
				""");

		assertThat(report.members()).containsExactly("上田真由美", "兵頭達也");
		assertThat(report.visits()).hasSize(1);
		InspectionVisit visit = report.visits().get(0);
		assertThat(visit.destination().code().value()).isEqualTo("394050");
		assertThat(visit.opinions()).hasSize(2);
	}

	@Test
	void anAccessibleTextExportReadsItsRosterAndFiguresOneCellALineAndQuestionsNamingWhoAsked() throws IOException {
		InspectionReport report = read("""
				令和６年度
				経済企業委員会
				行政視察報告書
				令和６年１０月３１日
				八代市議会議長　前川　浩二　様
				経済企業委員会
				委員長　村田　康博
				経済企業委員会行政視察報告書
				本委員会は、下記のとおり行政視察を実施しましたので、その結果を報告します。
				１　視察の概要
				（１）視察期間
				令和６年１０月８日（火）
				（２）視察委員
				職名
				氏名
				委員長
				村田　康博
				副委員長
				坂本　千春
				委員
				西　慎一郎
				随行
				議会事務局議事調査課主任　岩本　直樹
				２　新潟県燕市
				（１）視察日時
				令和６年１０月８日（火）　午後２時から午後４時まで
				（２）調査事項
				「ものづくりのまち燕」における地場産業の振興と人材育成について
				（３）市の概要
				区分
				内容
				人口※１
				７５，８１２人
				世帯数※１
				２９，６０４世帯
				面積※２
				110.96㎢
				（４）質疑応答
				問１（西委員）　研修生は、どのように募集しているか。
				答　市の広報と全国向けの求人サイトで募集している。
				問２（坂本副委員長）　独立への支援はあるか。
				答　創業支援補助金により、設備費の２分の１を助成している。
				※１　人口・世帯数は令和６年９月３０日現在の住民基本台帳による。
				（５）所感
				【村田委員長】
				技術を次の世代に渡す仕組みが参考になった。
				""");

		assertThat(report.members()).containsExactly("村田康博", "坂本千春", "西慎一郎");
		InspectionVisit visit = report.visits().get(0);
		assertThat(visit.destination().code().value()).isEqualTo("152137");
		assertThat(visit.population()).isEqualTo(75812L);
		assertThat(visit.households()).isEqualTo(29604L);
		assertThat(visit.questions()).hasSize(2).first().satisfies(pair -> assertThat(pair.question()).startsWith("研修生は"));
	}

	@Test
	void aNotionPagesEnglishDatesArrowTimesAndListedQuestionsAreReadAsTheVisits() throws IOException {
		InspectionReport report = read("""
				# 総務企画委員会 行政視察（四條畷市）

				作成者: 井上 亮
				調査日: October 15, 2024
				視察先: 大阪府四條畷市
				議長提出日: November 8, 2024

				大野城市議会議長 様

				## 1. 大阪府四條畷市

				視察日: October 15, 2024
				時間: 13:30 → 15:30
				調査事項: 「行かない窓口」を核とした行政手続のオンライン化について

				### 質疑応答

				- Q1. オンライン申請の利用率をどう高めてきたか。（古賀委員）
				    - A. 申請画面を市職員が自前で作り直した。
				- Q2. 導入・運用の経費と財源は。（中村委員）
				    - A. 電子申請システムの利用料は年間約800万円。

				### 所感

				- 白石 真理子 委員長
				    手続の数ではなく市民の手間を指標にすべきである。
				""");

		InspectionVisit visit = report.visits().get(0);
		assertThat(visit.destination().code().value()).isEqualTo("272299");
		assertThat(visit.date()).isEqualTo(java.time.LocalDate.of(2024, 10, 15));
		assertThat(visit.startTime()).isEqualTo(java.time.LocalTime.of(13, 30));
		assertThat(visit.endTime()).isEqualTo(java.time.LocalTime.of(15, 30));
		assertThat(visit.questions()).extracting(InspectionVisit.QuestionAnswer::answer)
			.containsExactly("申請画面を市職員が自前で作り直した。", "電子申請システムの利用料は年間約800万円。");
	}

	private InspectionReport read(String text) throws IOException {
		Path file = Files.writeString(this.directory.resolve("report.txt"), text);
		return new InspectionReportReader(MASTER).read(DocumentModel.of(new SourceTextLoader().load(file)), null);
	}
}
