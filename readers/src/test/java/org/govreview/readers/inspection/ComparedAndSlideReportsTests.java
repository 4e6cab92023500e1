package org.govreview.readers.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.math.BigDecimal;
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
 * Two report forms of our own: a committee's report whose overview compares the two towns visited side by side, a
 * column each beside a column of the council's own town, with its questions in a 番号 | 質問 | 回答 table; and a
 * faction's slides, each destination over four slides headed by its name and the part (基本データ, 視察内容, 質疑応答,
 * 所感), a footer and a slide number closing every page.
 */
class ComparedAndSlideReportsTests {

	private static final MunicipalityMaster MASTER = MunicipalityMaster.builtIn();

	@Test
	void aTableComparingTheTownsGivesEachItsColumnsDayHoursAndFiguresAndNeverTheCouncilsOwn() throws IOException {
		InspectionReport report = read("""
				令和６年７月２６日
				玉村町議会議長　様
				玉村町議会議会運営委員会
				議会運営委員会行政視察報告書
				記
				１　視察期間
				    令和６年７月１０日（水）から７月１１日（木）まで
				２　視察先及び調査事項
				  (1) 北海道夕張郡栗山町（栗山町議会）
				        ・議会基本条例の制定と運用について
				        ・町民との意見交換会（議会報告会）について
				  (2) 北海道河西郡芽室町（芽室町議会）
				        ・ＩＣＴを活用した議会運営について
				３　参加委員
				    委 員 長    髙橋　伸彦      副委員長    金井　聡子
				    ※委員の重田　晃氏は、体調不良のため欠席

				別表　視察先の概要（比較表）
				    項　　目        栗 山 町              芽 室 町              （参考）玉村町
				    ──────────────────────────────────────────────
				    視察日          ７月10日（水）        ７月11日（木）        ―
				    ──────────────────────────────────────────────
				    時　間          13:30～15:30          9:30～11:30           ―
				    ──────────────────────────────────────────────
				    人　口          11,046人              18,093人              35,912人
				    ──────────────────────────────────────────────
				    面　積          203.93㎢              513.76㎢              25.78㎢
				    ──────────────────────────────────────────────
				    基準日          R6.5.31               R6.6.30               R6.6.30

				第１　北海道夕張郡栗山町（栗山町議会）
				１　調査事項
				    ・議会基本条例の制定と運用について
				    ・町民との意見交換会（議会報告会）について
				２　質疑応答
				    番号    質　　問                            回　　答
				    １      条例制定の経緯は。                  議員発議で制定した。
				    ２      参加者数は、どの程度か。            年間延べ１５０人前後である。
				３　委員会の所見
				    （１）条例の運用を具体化する議論が本町にも必要である。
				    （２）意見交換会を続けてきたことが信頼につながっている。
				""");

		assertThat(report.members()).containsExactly("髙橋伸彦", "金井聡子");
		assertThat(report.visits()).extracting(visit -> visit.destination().code().value(), InspectionVisit::date,
				InspectionVisit::startTime, InspectionVisit::endTime, InspectionVisit::population, InspectionVisit::areaKm2,
				InspectionVisit::statedAsOf)
			.containsExactlyInAnyOrder(
					tuple("014290", LocalDate.of(2024, 7, 10), LocalTime.of(13, 30), LocalTime.of(15, 30), 11046L,
							new BigDecimal("203.93"), LocalDate.of(2024, 5, 31)),
					tuple("016373", LocalDate.of(2024, 7, 11), LocalTime.of(9, 30), LocalTime.of(11, 30), 18093L,
							new BigDecimal("513.76"), LocalDate.of(2024, 6, 30)));
		InspectionVisit kuriyama = report.visits().stream().filter(visit -> visit.destination().code().value().equals("014290"))
			.findFirst().orElseThrow();
		assertThat(kuriyama.topic().lines()).containsExactly("議会基本条例の制定と運用について", "町民との意見交換会（議会報告会）について");
		assertThat(kuriyama.questions()).extracting(InspectionVisit.QuestionAnswer::question)
			.containsExactly("条例制定の経緯は。", "参加者数は、どの程度か。");
		assertThat(kuriyama.opinions()).hasSize(2);
	}

	@Test
	void slidesHeadedByTheTownAndThePartAreOneVisitWithItsTopicFiguresQuestionsAndOpinionsButNotTheReferenceCity() throws IOException {
		InspectionReport report = read("""
				令和6年度 政務活動費
				行政視察報告書
				視察先：石川県野々市市
				伊勢原市議会 会派 伊勢原みらいの会
				報告日：2024年11月15日
				伊勢原市議会議長
				小林 正道 様
				参加議員
				渡部 信行
				伊勢原みらいの会　行政視察報告
				1
				\f3. 石川県野々市市　基本データ
				視察日時：2024.10.22（火）13:30～15:00
				人口
				世帯数
				面積
				53,712人
				24,105世帯
				13.56km²
				【参考】伊勢原市 人口 99,832人／面積 55.56km²（同日現在）
				伊勢原みらいの会　行政視察報告
				2
				\f3. 石川県野々市市　視察内容
				調査項目：
				図書館・市民学習センター複合施設のPFIによる整備と運営について
				▶ 2017年11月開館。旧図書館の老朽化を受け、一体整備した。
				伊勢原みらいの会　行政視察報告
				3
				\f3. 石川県野々市市　質疑応答
				Q. PFIを採用した効果は。
				A. VFMは約8％と試算した。
				伊勢原みらいの会　行政視察報告
				4
				\f3. 石川県野々市市　所感
				● 図書館を一日過ごせる場所へと転換した発想が参考になる。
				● PFIはモニタリング体制が成否を分けると感じた。
				伊勢原みらいの会　行政視察報告
				5
				\f4. 全体のまとめ
				今回の視察で得た知見を会派として共有する。
				伊勢原みらいの会　行政視察報告
				6
				""");

		assertThat(report.members()).containsExactly("渡部信行");
		assertThat(report.visits()).hasSize(1);
		InspectionVisit visit = report.visits().get(0);
		assertThat(visit.destination().code().value()).isEqualTo("172120");
		assertThat(visit.date()).isEqualTo(LocalDate.of(2024, 10, 22));
		assertThat(visit.topic()).isEqualTo("図書館・市民学習センター複合施設のPFIによる整備と運営について");
		// the town's own figures, where read, and never the council's city given for reference
		assertThat((Object) visit.population()).isNotEqualTo(99832L);
		assertThat(visit.areaKm2() == null ? null : visit.areaKm2().toPlainString()).isIn(null, "13.56");
		assertThat(visit.questions()).hasSize(1);
		assertThat(visit.questions().get(0).answer()).doesNotContain("行政視察報告");
		assertThat(visit.opinions()).hasSize(2);
	}

	@TempDir
	Path directory;

	/** Through a file, as a report arrives: its form feeds are where its pages end. */
	@Test
	void numberedVisitSlidesTakeTheirDayTopicAndTheOutlineSlideOfTheirOwnCityWhereverItStands() throws IOException {
		InspectionReport report = read("""
				                    令和６年度　会派行政視察
				                 視 察 報 告 会
				                          視察期間　2024年10月29日（火）～30日（水）
				                                                    廿日市市議会
				
				  視 察 ①　飛 騨 市

				     関係人口の創出・拡大「ヒダスケ！」と飛騨市ファンクラブの取組について

				     日時　2024年10月29日（火）　14:00～15:30
				     会場　飛騨市役所 ４階 大会議室

				  創生はつかいち　令和６年度 会派行政視察報告                                 2 / 4
				
				  郡 上 市 の 概 要                                          岐阜県郡上市

				        人　口           38,915人

				        世帯数           15,604世帯

				        面　積           1,030.75k㎡
				       ※住民基本台帳　2024年9月30日現在

				  創生はつかいち　令和６年度 会派行政視察報告                                 3 / 4
				
				  視 察 ②　郡 上 市

				     日時　2024年10月30日（水）　10:00～11:45
				     会場　郡上市役所 本庁舎２階 会議室

				  創生はつかいち　令和６年度 会派行政視察報告                                 4 / 4
				""");

		assertThat(report.visits()).extracting(visit -> visit.destination().code().value(), InspectionVisit::date,
				InspectionVisit::startTime, InspectionVisit::population)
			.containsExactly(tuple("212172", LocalDate.of(2024, 10, 29), LocalTime.of(14, 0), null),
					tuple("212199", LocalDate.of(2024, 10, 30), LocalTime.of(10, 0), 38915L));
		assertThat(report.visits().get(0).topic()).isEqualTo("関係人口の創出・拡大「ヒダスケ！」と飛騨市ファンクラブの取組について");
	}

	@Test
	void aWordFormSavedAsTextCountsItsTabbedQuestionsAndTakesTheDayItsFiguresAreAsOf() throws IOException {
		InspectionReport report = read("""
				令和７年８月５日
				坂出市議会議長　様
				建設経済委員会　委員長　西川　昌志
				建設経済委員会行政視察報告書
				１．	視察先　静岡県焼津市
				日時　令和７年７月１５日（火）　１４：００～１５：３０
				２．	視察事項
				ふるさと納税を活用した水産業の振興とシティプロモーションについて
				焼津市の概要
				人口	１３５，３８６人
				世帯数	５８，２１４世帯
				面積	７０．３１㎢
				基準日	令和７年６月３０日
				３．	質疑応答
				問	返礼品の品質管理は、どのように行っているのか。
				答	市の担当者が事業者を訪問して製造工程を確認している。
				問	事務に係る経費は、寄附額に対してどの程度か。
				答	国の基準である寄附額の５割以内に収めている。
				""");

		assertThat(report.visits()).singleElement().satisfies(visit -> {
			assertThat(visit.destination().code().value()).isEqualTo("222127");
			assertThat(visit.statedAsOf()).isEqualTo(LocalDate.of(2025, 6, 30));
			assertThat(visit.questions()).hasSize(2);
		});
	}

	private InspectionReport read(String text) throws IOException {
		Path file = Files.writeString(this.directory.resolve("report.txt"), text);
		return new InspectionReportReader(MASTER).read(DocumentModel.of(new SourceTextLoader().load(file)), null);
	}
}
