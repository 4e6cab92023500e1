package org.govreview.readers.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;

import org.govreview.domain.pledge.BasicPolicy;
import org.govreview.domain.pledge.Measure;
import org.govreview.domain.pledge.Pledge;
import org.govreview.domain.pledge.PledgeReport;
import org.govreview.readers.document.DocumentModel;
import org.govreview.readers.municipality.MunicipalityMaster;
import org.govreview.readers.text.SourceText;
import org.junit.jupiter.api.Test;

/**
 * Reports of our own as converters print them: a committee's 100-point scores per item in pandoc's grid tables, each
 * row's cells wrapped over several lines (a title cut mid-word, two departments on lines of their own, a hard line
 * break marked with a backslash), and a contents line whose 経済 and a formula's × 100 hold no count of a mark.
 */
class ConvertedReportsTests {

	private static final MunicipalityMaster MASTER = MunicipalityMaster.builtIn();

	@Test
	void aGridTablesWrappedCellsAreOneItemEachWithItsScoreOutOfAHundredAndItsDepartments() {
		PledgeReport report = read("""
				---
				title: 令和６年度　東広島市長公約　外部評価報告書
				---

				[（３）産業・観光・経済 6](#_Toc1)

				# １　評価の方法 {#_Toc1}

				　取組ごとに100点満点で評価点を付けました。評価点 ÷ ３ × 100 のような換算はしていません。

				## 分野1　子どもを育み、学びを支えるまち {#分野1}

				　分野の評価点　**８７．５点**

				+------+------------------------+----------------+--------+
				| No.  | 取組                   | 担当課         | 評価点 |
				+======+========================+================+========+
				| 1    | 子ども医療費助成の18歳 | こども家庭課   | 90     |
				|      | までの拡充             |                |        |
				+------+------------------------+----------------+--------+
				| 2    | 第２子以降の保育料の無 | 保育課\\        | 85     |
				|      | 償化                   | 教育総務課     |        |
				+------+------------------------+----------------+--------+
				""");

		List<Measure> measures = report.basicPolicies().stream().map(BasicPolicy::pledges).flatMap(List::stream)
			.map(Pledge::measures).flatMap(List::stream).toList();
		assertThat(measures).extracting(Measure::title, measure -> measure.evaluation().mark(), Measure::departments)
			.containsExactly(tuple("子ども医療費助成の18歳までの拡充", "90", List.of("こども家庭課")),
					tuple("第2子以降の保育料の無償化", "85", List.of("保育課", "教育総務課")));
		assertThat(report.markCounts()).isEmpty();
	}

	@Test
	void aMarksWordBeforeACountOfThingsDoneIsNoCountOfItems() {
		PledgeReport report = read("""
				天童市長公約の進捗状況について（令和６年度末）

				評価の区分
				  ◎  計画どおり  計画どおり進んでいる
				  △  遅れ        遅れている

				・市道の舗装補修を計画どおり１２路線で実施し、橋梁の修繕を３橋で完了しました。

				　「計画どおり」は１項目、「遅れ」は１項目でした。

				No.  公約                        評価  担当課
				1-1  市道の舗装補修              ◎    道路課
				1-2  橋梁の長寿命化              △    道路課
				""");

		assertThat(report.markCounts()).extracting(org.govreview.domain.pledge.MarkCount::count).containsOnly(1);
	}

	@Test
	void aPressConferencesListGroupsItsItemsUnderEveryPillarThoughTheFirstIsPrintedAsAHeadingAndTheRestAsRows() throws Exception {
		// 政策の柱1 over the first table, then 政策の柱2 … set as rows of the same run of lines
		Path record = Path.of(getClass().getResource("/heldout/pledge-report/b44-01-beppu-kaikenroku.txt").toURI());
		PledgeReport report = new PledgeReportReader(MASTER)
			.read(DocumentModel.of(new org.govreview.readers.text.SourceTextLoader().load(record)), null);

		assertThat(report.basicPolicies()).extracting(BasicPolicy::title, policy -> policy.pledges().stream()
			.mapToInt(pledge -> pledge.measures().size()).sum())
			.containsExactly(tuple("子どもたちの未来を育むまち", 8), tuple("誰もが健やかに暮らせるまち", 7), tuple("温泉と観光で稼ぐまち", 7),
					tuple("安全・安心で快適なまち", 7), tuple("市民とともに進める市政", 7));
		assertThat(report.publishedOverall()).isEqualByComparingTo("75.0");
	}

	@Test
	void anExcelWebPagesYearMarkIsTheEvaluationNotThePointsBesideItAndItsTotalsRowCountsTheMarks() throws Exception {
		// No. | 政策 | 公約項目 | … | R5評価 | R6評価 | 評価点 with 政策１⏎子どもを… merged down; 　| 合計 | 20 | 7 | 6 | 5 | 2 | … | 63.3%
		Path sheet = Path.of(getClass().getResource("/heldout/pledge-report/b47-01-hakusan-excelhtm.txt").toURI());
		PledgeReport report = new PledgeReportReader(MASTER)
			.read(DocumentModel.of(new org.govreview.readers.text.SourceTextLoader().load(sheet)), null);

		assertThat(report.basicPolicies()).extracting(BasicPolicy::title).first().isEqualTo("子どもを産み育てたいと思えるまち");
		assertThat(report.measures()).hasSize(20);
		assertThat(report.measures()).extracting(measure -> measure.evaluation().mark()).startsWith("A", "C", "B", "B");
		assertThat(report.markCounts()).extracting(org.govreview.domain.pledge.MarkCount::mark,
				org.govreview.domain.pledge.MarkCount::count)
			.containsExactly(tuple("A", 7), tuple("B", 6), tuple("C", 5), tuple("D", 2));
		assertThat(report.publishedOverall()).isEqualByComparingTo("63.3");
		assertThat(report.overallRule()).as("達成率（％）＝評価点の合計÷（項目数×3点）×100")
			.isEqualTo(org.govreview.domain.pledge.OverallRule.SUM_OVER_MAXIMUM);
	}

	@Test
	void tikasTextOfAWordReportGivesEachItemItsMarkWithTheWordBelowItAndTheOfficesOfItsCell() throws Exception {
		// ⇥1-5⇥…⇥…⏎…⏎⇥○⏎順調⏎⇥学校教育課⏎教育研究所: a cell's paragraphs on lines of their own, the next cell's tab opening a line
		Path document = Path.of(getClass().getResource("/heldout/pledge-report/b57-02-oyama-tikadocx.txt").toURI());
		PledgeReport report = new PledgeReportReader(MASTER)
			.read(DocumentModel.of(new org.govreview.readers.text.SourceTextLoader().load(document)), null);

		assertThat(report.measures()).hasSize(30);
		assertThat(report.measures()).extracting(measure -> measure.evaluation().mark()).startsWith("◎", "○", "◎", "△", "○");
		assertThat(report.measures().get(4).departments()).containsExactly("学校教育課", "教育研究所");
		assertThat(report.publishedOverall()).isEqualByComparingTo("70.0");
	}

	@Test
	void anXmlSpreadsheetIsReadAsItsSheetsShowThemHiddenColumnsLeftOutAndSharesAsPercentages() throws Exception {
		// <Cell ss:MergeDown="5"><Data ss:Type="String">政策１&#10;…</Data>, <Column ss:Hidden="1"/> for R5評価,
		// <Data ss:Type="Number">0.72222222222222221</Data> under a 0.0% style, a (参考) R5達成度 column beside this year's
		Path workbook = Path.of(getClass().getResource("/heldout/pledge-report/b48-01-munakata-spreadsheetml.txt").toURI());
		PledgeReport report = new PledgeReportReader(MASTER)
			.read(DocumentModel.of(new org.govreview.readers.text.SourceTextLoader().load(workbook)), null);

		assertThat(report.basicPolicies()).extracting(BasicPolicy::title, BasicPolicy::publishedPercent)
			.containsExactly(tuple("子どもの笑顔と学びを育むまち", new java.math.BigDecimal("72.2")),
					tuple("健康で安心して暮らせるまち", new java.math.BigDecimal("66.7")),
					tuple("世界遺産と海・農の恵みを生かした活力あるまち", new java.math.BigDecimal("61.1")),
					tuple("災害に強く、市民とともに歩むまち", new java.math.BigDecimal("73.3")));
		assertThat(report.measures()).extracting(Measure::title).contains("第2子以降の保育料の無償化");
		assertThat(report.measures()).filteredOn(measure -> measure.title().equals("第2子以降の保育料の無償化"))
			.singleElement().satisfies(measure -> assertThat(measure.evaluation().mark()).isEqualTo("◎"));
		assertThat(report.publishedOverall()).isEqualByComparingTo("68.2");
	}

	@Test
	void aLaidOutScoreTableReadsEachCentredRowTheYearsColumnAndEachAreasScoreWithoutLastYears() throws Exception {
		// pdftotext -layout of an A3 table: 1-1 beside the middle of its wrapped title, R5評価 | R6評価 over (R6.3.31) |
		// (R7.3.31), 分野平均点　R6：4.2点　（R5：3.3点） over each area, a count row R6項目数 under ５ 完了 | ４ 順調 …
		Path layout = Path.of(getClass().getResource("/heldout/pledge-report/b50-01-kariya-layoutscore.txt").toURI());
		PledgeReport report = new PledgeReportReader(MASTER)
			.read(DocumentModel.of(new org.govreview.readers.text.SourceTextLoader().load(layout)), null);

		assertThat(report.basicPolicies()).extracting(BasicPolicy::title, BasicPolicy::publishedPercent).first()
			.isEqualTo(tuple("子どもが輝き、学びが広がるまち", new java.math.BigDecimal("4.2")));
		assertThat(report.measures()).hasSize(28);
		assertThat(report.measures()).extracting(Measure::title, measure -> measure.evaluation().level())
			.startsWith(tuple("子ども医療費助成の18歳までの拡充", 5), tuple("第2子以降の保育料の無償化", 4));
		assertThat(report.measures()).filteredOn(measure -> measure.title().equals("重層的支援体制整備事業の推進"))
			.singleElement().satisfies(measure -> assertThat(measure.departments()).containsExactly("福祉総務課", "障害福祉課"));
		assertThat(report.markCounts()).extracting(org.govreview.domain.pledge.MarkCount::count).containsExactly(5, 9, 9, 4, 1);
	}

	@Test
	void aLaidOutSheetWhoseRowsAreCentredWithNoBlankLineGivesEachItemThisYearsPointsNotLastYears() throws Exception {
		// pdftotext -layout of an A4 landscape sheet: No. and both years' points beside the middle of each row, the
		// title's lines between the account's, 進捗評価 over R5末 | R6末, 小計 rows with no number, no blank lines
		Path layout = Path.of(getClass().getResource("/heldout/pledge-report/b57-01-imabari-layoutpoints.txt").toURI());
		PledgeReport report = new PledgeReportReader(MASTER)
			.read(DocumentModel.of(new org.govreview.readers.text.SourceTextLoader().load(layout)), null);

		assertThat(report.measures()).hasSize(32).noneMatch(measure -> measure.title().startsWith("小計"));
		assertThat(report.measures()).extracting(Measure::title, measure -> measure.evaluation().level())
			.startsWith(tuple("子ども医療費助成の高校生世代までの拡大", 5), tuple("第2子以降の保育料の無償化", 4),
					tuple("放課後児童クラブの受入れ拡大と待機児童の解消", 3));
		assertThat(report.measures()).filteredOn(measure -> measure.title().equals("重層的支援体制の整備と福祉の総合相談窓口の設置"))
			.singleElement().satisfies(measure -> assertThat(measure.departments()).containsExactly("福祉政策課", "障がい福祉課"));
		assertThat(report.measures()).filteredOn(measure -> measure.title().equals("ふるさと納税の拡充による自主財源の確保"))
			.singleElement().satisfies(measure -> assertThat(measure.departments()).containsExactly("シティプロモーション課"));
	}

	@Test
	void aSheetsSubtotalRowsInTheColumnOfFieldsGiveEachFieldItsRateAndTheTotalRowTheOverall() {
		// Excel's CSV: the field named on its first item's row only, the row's empty last cells left out, 分野計 and
		// 全体計 rows where the fields are named, last year's overall in a note
		PledgeReport report = read("""
				周南市長マニフェスト進捗管理表（令和６年度）,,,,,
				No.,政策分野,公約,進捗度,担当部局,備考
				1,"子どもを
				育むまち",子ども医療費助成の拡大,◎,こども部
				2,,保育料の無償化,○,こども部,R5：△
				3,,児童クラブの増設,△,教育部
				,分野計,3項目,◎：1　○：1　△：1,66.7%
				4,安心して暮らせるまち,帯状疱疹ワクチンの接種費用の助成,◎,健康部
				5,,地域包括支援センターの増設,◎,福祉部
				,分野計,2項目,◎：2　○：0　△：0,100.0%
				,全体計,5項目,◎：3　○：1　△：1,80.0%
				※前年度の全体の進捗率は60.0％でした。,,,,,
				""");

		assertThat(report.basicPolicies()).extracting(BasicPolicy::title, BasicPolicy::publishedPercent).containsExactly(
				tuple("子どもを育むまち", new java.math.BigDecimal("66.7")), tuple("安心して暮らせるまち", new java.math.BigDecimal("100.0")));
		assertThat(report.publishedOverall()).isEqualByComparingTo("80.0");
		assertThat(report.measures()).hasSize(5);
	}

	@Test
	void aCountTablesRateRowIsTheOverallAndLastYearsRateInANoteIsNot() {
		PledgeReport report = read("""
				宜野湾市長マニフェスト工程表（令和６年度評価）

				政策1 子どもたちの夢を育むまち
				番号　取組　評価　担当課
				1-1　こども医療費の18歳までの完全無償化　A　こども政策課
				1-2　学校給食費の無償化（段階的実施）　B　教育総務課
				1-3　市民図書館の開館時間の延長　C　市民図書館
				1-4　市民協働推進条例の制定　D　市民協働課

				【評価区分別の件数】
				評価区分　件数　構成比
				A（達成）　1　25.0%
				B（順調）　1　25.0%
				C（遅れ）　1　25.0%
				D（未着手）　1　25.0%
				合計　4　100.0%
				進捗率（A＋B）÷全取組数　50.0%　2／4

				【政策別の進捗率（A＋B の割合）】
				政策1 子どもたちの夢を育むまち　50.0%　2／4

				※ 令和5年度評価時の進捗率は25.0％（1／4）でした。
				""");

		assertThat(report.publishedOverall()).isEqualByComparingTo("50.0");
		assertThat(report.basicPolicies().stream().flatMap(policy -> policy.pledges().stream())
			.flatMap(pledge -> pledge.measures().stream()).map(Measure::title)).hasSize(4)
			.noneMatch(title -> title.startsWith("政策1") || title.startsWith("進捗率"));
	}

	@Test
	void aNewslettersArticleEvaluatesItemsInQuotesInItsSentencesThoughThreeFollowInTheOrderOfTheMarks() {
		// 『…』は…達成です, then 順調です, then 遅れとしました in one paragraph: items told in prose, no legend of the marks
		PledgeReport report = read("""
				広報とめ　2025年6月号
				市長マニフェストの進捗をお知らせします　～令和６年度末の取り組み状況～
				31 項目のうち「達成」が 9 項目、「順調」が 16 項目で、これらを合わせた進捗率は 80.6％となりました。

				■子育て・教育
				『学校給食費の無償化』は今年度から全ての小・中学校で実施し、達成としました。
				『屋内型の子どもの遊び場の整備』は、資材の高騰を受けて未達成です。

				■健康・福祉
				誰もが住み慣れた地域で健康に暮らし続けられるよう、医療と福祉の充実に取り組んでいます。
				『帯状疱疹ワクチン接種費用の
				助成』は、令和 6 年 4 月から 50
				歳以上の方を対象に始め、達成で
				す。『高齢者の通いの場づくり』は、
				通いの場が市内 148 か所に増え、順調です。
				『市民病院の医師確保と診療体
				制の充実』は、常勤医師の確保が進まず、
				遅れとしました。

				▲子ども食堂の様子
				""");

		assertThat(report.basicPolicies()).extracting(BasicPolicy::title).containsExactly("子育て・教育", "健康・福祉");
		assertThat(report.basicPolicies().stream().flatMap(policy -> policy.pledges().stream())
			.flatMap(pledge -> pledge.measures().stream()).map(measure -> measure.title() + " " + measure.evaluation().mark()))
			.containsExactly("学校給食費の無償化 達成", "帯状疱疹ワクチン接種費用の助成 達成", "高齢者の通いの場づくり 順調", "市民病院の医師確保と診療体制の充実 遅れ");
	}

	@Test
	void aFieldsCountOfMarksIsNoPledgeAndItsPointsOverTheMaximumNoPartOfItsName() {
		PledgeReport report = read("""
				白井市長公約の進捗状況（令和6年度末）
				評価は ◎達成 ○順調 △遅れ ×未着手 の4段階です。
				| 分野 | 項目数 | ◎ | ○ | △ | × | 点数／満点 | 達成率 |
				|---|---|---|---|---|---|---|---|
				| 分野1 子育て・教育 | 2 | 1 | 1 | 0 | 0 | 5／6 | 83.3％ |
				| 分野2 健康・福祉 | 2 | 0 | 1 | 1 | 0 | 3／6 | 50.0％ |

				## 分野1 子育て・教育
				2項目中　◎1　○1　△0　×0
				| No. | 公約 | 評価 | 担当課 |
				|---|---|---|---|
				| 1-1 | 第2子以降の保育料の無償化 | ◎ | 保育課 |
				| 1-2 | 不登校の子どもの居場所づくり | ○ | 指導課 |

				## 分野2 健康・福祉
				2項目中　◎0　○1　△1　×0
				| No. | 公約 | 評価 | 担当課 |
				|---|---|---|---|
				| 2-1 | 高齢者の移動支援 | ○ | 高齢者福祉課 |
				| 2-2 | 地域サロンの立ち上げ支援 | △ | 社会福祉課 |
				""");

		assertThat(report.basicPolicies()).extracting(BasicPolicy::title, BasicPolicy::publishedPercent)
			.containsExactly(tuple("子育て・教育", new java.math.BigDecimal("83.3")), tuple("健康・福祉", new java.math.BigDecimal("50.0")));
		assertThat(report.basicPolicies().stream().flatMap(policy -> policy.pledges().stream()))
			.extracting(pledge -> pledge.title() == null ? "" : pledge.title()).noneMatch(title -> title.contains("項目中"));
	}

	@Test
	void aWordReportAsPlainTextTitlesEachItemOnALineOfItsOwnOverItsLabelledEvaluationAndDepartments() {
		// a docx-to-text tool: numbering lost (a stray space where it stood), a summary table one cell a line, each
		// policy's name again over its rate, last year's word in brackets after this year's
		PledgeReport report = read("""
				令和６年度
				湖南市長マニフェスト検証報告書

				１　検証の方法
				達成率は「達成」又は「順調」の項目数が項目数に占める割合です。

				２　政策別の達成率
				政策

				達成率

				政策１　子育てにやさしいまち

				66.7％

				政策２　安心して暮らせるまち

				50.0％

				--------------------------------------------------------------------------------
				３　政策ごとの検証結果

				--------------------------------------------------------------------------------
				子育てにやさしいまち
				達成率　66.7％（「達成」１項目・「順調」１項目／３項目）

				 保育料の第２子無償化
				【進捗状況】達成（令和５年度：順調）
				【担当課】保育課・子育て支援課
				【取組内容】
				　令和６年９月から無償化しました。

				 放課後児童クラブの
				受入れ拡大
				【進捗状況】順調
				【担当課】子育て支援課

				 こども食堂への支援
				【進捗状況】やや遅れ
				【担当課】福祉総務課
				【検証会議の意見】
				　担い手の確保を急がれたい。

				--------------------------------------------------------------------------------
				安心して暮らせるまち
				達成率　50.0％（「順調」１項目／２項目）

				 避難所の空調整備
				【進捗状況】順調
				【担当課】危機管理課

				 通学路の歩道整備
				【進捗状況】未着手
				【担当課】土木課
				""");

		assertThat(report.basicPolicies()).extracting(BasicPolicy::title, BasicPolicy::publishedPercent)
			.containsExactly(tuple("子育てにやさしいまち", new java.math.BigDecimal("66.7")),
					tuple("安心して暮らせるまち", new java.math.BigDecimal("50.0")));
		List<Measure> measures = report.basicPolicies().stream().map(BasicPolicy::pledges).flatMap(List::stream)
			.map(Pledge::measures).flatMap(List::stream).toList();
		assertThat(measures).extracting(Measure::title, measure -> measure.evaluation().mark(), Measure::departments)
			.containsExactly(tuple("保育料の第2子無償化", "達成", List.of("保育課", "子育て支援課")),
					tuple("放課後児童クラブの受入れ拡大", "順調", List.of("子育て支援課")),
					tuple("こども食堂への支援", "やや遅れ", List.of("福祉総務課")),
					tuple("避難所の空調整備", "順調", List.of("危機管理課")),
					tuple("通学路の歩道整備", "未着手", List.of("土木課")));
	}

	@Test
	void slidesMarksOnLinesOfTheirOwnEvaluateTheTitleBeforeThemOrTheWrappedTitleAfterThemAndTheirLegendIsNoGroup() {
		// pdftotext -raw of PowerPoint slides: each mark drawn beside its item comes out on a line of its own
		PledgeReport report = read("""
				市長公約の進捗状況について（令和６年度末）
				出雲市 政策企画課
				◎ 達成 公約に掲げた内容を実現した
				○ 順調 計画どおりに取組が進んでいる
				△ 遅れ 着手しているが、計画より遅れている
				4
				政策１　子どもを産み育てやすいまち
				担当：子ども未来部
				帯状疱疹ワクチン接種費用の助成
				→ 50歳以上に費用の２分の１を助成
				◎
				行政手続のオンライン化と「書かない窓口」の導
				入
				→ オンライン申請 265手続
				○
				がん検診の受診率向上
				△
				◎達成 ○順調 △遅れ ×未着手
				5
				政策２　農林水産業と商工業が元気なまち
				担当：農林水産部
				○ 新規就農者の確保と育成
				◎
				出雲ブランド農産物（ぶどう・い
				ちじく）の販路拡大
				△ スマート農業の導入支援
				△
				漁業の担い手確保と水産資源の回
				復
				◎達成 ○順調 △遅れ ×未着手
				6
				""");

		assertThat(report.basicPolicies()).extracting(BasicPolicy::title)
			.containsExactly("子どもを産み育てやすいまち", "農林水産業と商工業が元気なまち");
		List<Measure> measures = report.basicPolicies().stream().map(BasicPolicy::pledges).flatMap(List::stream)
			.map(Pledge::measures).flatMap(List::stream).toList();
		assertThat(measures).extracting(Measure::title, measure -> measure.evaluation().mark())
			.containsExactly(tuple("帯状疱疹ワクチン接種費用の助成", "◎"), tuple("行政手続のオンライン化と「書かない窓口」の導入", "○"),
					tuple("がん検診の受診率向上", "△"), tuple("新規就農者の確保と育成", "○"),
					tuple("出雲ブランド農産物(ぶどう・いちじく)の販路拡大", "◎"), tuple("スマート農業の導入支援", "△"),
					tuple("漁業の担い手確保と水産資源の回復", "△"));
	}

	@Test
	void anItemsAccountEndingWithItsOfficeInBracketsNamesItsDepartmentAndLastYearsGradeIsNoItem() {
		PledgeReport report = read(String.join("\n",
				"苫小牧市長マニフェスト進捗評価結果（令和６年度）", "",
				"    評価は Ｓ（達成）、Ａ（順調）、Ｂ（概ね順調）、Ｃ（遅れ）、Ｄ（未着手）の５段階です。", "",
				"    政策の柱１　子どもを真ん中にしたまち", "",
				"      １－１    子ども医療費助成の高校生世代までの拡大                                  Ｓ",
				"        【取組状況】令和６年８月診療分から、助成の対象を高校生世代に拡大し、所得制限なし",
				"        で実施した。（こども支援課）",
				"                                                             〔令和５年度評価：Ａ〕", "",
				"      １－２    第２子以降の保育料の無償化                                            Ａ",
				"        【取組状況】第２子以降の３歳未満児の保育料を無償化した（対象児童          612 人）。",
				"        認可外保育施設の利用者への補助は令和７年度に創設する。（こども育成課・保育課）", "",
				"      １－３    放課後児童クラブの待機児童ゼロ                                        Ｂ",
				"        【取組状況】児童クラブを２か所開設し、定員を      80 人拡大した。（青少年課）"));

		List<Measure> measures = report.basicPolicies().stream().map(BasicPolicy::pledges).flatMap(List::stream)
			.map(Pledge::measures).flatMap(List::stream).toList();
		// the office in brackets at the end of each account is the item's; 〔令和５年度評価：Ａ〕 is last year's grade
		assertThat(measures).extracting(Measure::title, measure -> measure.evaluation().mark(), Measure::departments)
			.containsExactly(tuple("子ども医療費助成の高校生世代までの拡大", "S", List.of("こども支援課")),
					tuple("第2子以降の保育料の無償化", "A", List.of("こども育成課", "保育課")),
					tuple("放課後児童クラブの待機児童ゼロ", "B", List.of("青少年課")));
		assertThat(report.basicPolicies().stream().map(BasicPolicy::pledges).flatMap(List::stream).map(Pledge::title))
			.noneMatch(title -> title != null && title.contains("評価"));
	}

	private static PledgeReport read(String text) {
		return new PledgeReportReader(MASTER)
			.read(DocumentModel.of(new SourceText(Path.of("report.txt"), List.of(text.split("\n", -1)), "test")), null);
	}
}
