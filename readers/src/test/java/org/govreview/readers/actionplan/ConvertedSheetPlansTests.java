package org.govreview.readers.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.govreview.domain.actionplan.ActionPlan;
import org.govreview.domain.actionplan.Initiative;
import org.govreview.domain.actionplan.PolicyDirection;
import org.govreview.domain.indicator.Indicator;
import org.govreview.readers.document.DocumentModel;
import org.govreview.readers.municipality.MunicipalityMaster;
import org.govreview.readers.text.SourceTextLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plans of our own kept as sheets and converted: an Excel sheet saved as a web page (cells merged down and across,
 * a header of two rows under cells that span both, hidden readings of its words, the direction and the 重点課題 as a
 * label over a title in one cell) and a sheet read through pandas into Markdown (NaN, Unnamed: N, the indicator in a
 * column called 項目 beside the 成果目標 it serves).
 */
class ConvertedSheetPlansTests {

	@TempDir
	Path directory;

	private final ActionPlanReader reader = new ActionPlanReader(MunicipalityMaster.builtIn());

	@Test
	void excelsUnicodeTextIsReadAsUtf16AndAGoalsOwnIndicatorsAreNoMeasure() throws Exception {
		// 「Unicode テキスト」: UTF-16LE with a byte-order mark, tabs, quoted cells; 【数値目標】 in the 施策 column
		ActionPlan plan = heldout("b48-01-maizuru-unicodetext.txt");

		assertThat(plan.municipality().code().value()).isEqualTo("262021");
		assertThat(plan.directions()).flatExtracting(PolicyDirection::initiatives).extracting(Initiative::title)
			.isNotEmpty().noneMatch(title -> title.contains("数値目標"));
		assertThat(plan.directions().get(0).indicators()).extracting(Indicator::name).contains("市内事業所の従業者数");
	}

	@Test
	void excelsShiftJisTabbedTextLabelsEachMeasureWithItsConceptAndNumberWhichAreNoPartOfItsTitle() throws Exception {
		// 「テキスト (タブ区切り)」: CP932, CRLF, 施策１－１　有田焼産業の振興と販路拡大 in the merged 施策 cell's first row
		ActionPlan plan = heldout("b57-02-arita-excelsjistab.txt");

		List<Initiative> initiatives = plan.initiatives();
		assertThat(initiatives).extracting(Initiative::title).contains("有田焼産業の振興と販路拡大", "観光の振興とにぎわいの創出")
			.noneMatch(title -> title.startsWith("施策"));
		assertThat(initiatives).filteredOn(initiative -> initiative.title().equals("有田焼産業の振興と販路拡大"))
			.flatExtracting(Initiative::departments).containsExactly("商工観光課");
	}

	@Test
	void anAppsExportNumbersItsMeasuresLikeTwoDashBracketedOneAndTheNumberIsNoPartOfTheTitle() throws Exception {
		// kintone's CSV: "2-(1) 移住・定住の促進" in the 施策 field of every record of that measure, one record a KPI
		ActionPlan plan = heldout("b49-01-shimabara-kintonecsv.txt");

		List<Initiative> initiatives = plan.initiatives();
		assertThat(initiatives).extracting(Initiative::title).contains("移住・定住の促進", "子育て環境の充実")
			.noneMatch(title -> title.matches("^[0-9].*"));
		assertThat(initiatives).filteredOn(initiative -> initiative.title().equals("移住・定住の促進"))
			.flatExtracting(Initiative::departments).containsExactlyInAnyOrder("政策企画課", "市民協働課", "建設課");
	}

	@Test
	void aSheetAMeasureTakesTheLastYearDoneAsBaselineAndANameOverItsFiguresLine() throws Exception {
		// 指標名 | 単位 | R4実績 | R5実績 | R6目標 | R8目標, and 管内産肉用牛の枝肉格付４等級以上 over の割合　％　78.4　80.2 …
		ActionPlan plan = heldout("b50-01-ichinoseki-jigyosheet.txt");

		List<Indicator> indicators = plan.directions().stream().flatMap(direction -> java.util.stream.Stream.concat(
				direction.indicators().stream(), direction.initiatives().stream().flatMap(initiative -> initiative.indicators().stream())))
			.toList();
		assertThat(indicators).extracting(Indicator::name).contains("管内産肉用牛の枝肉格付４等級以上の割合").doesNotContain("の割合");
		assertThat(indicators).filteredOn(indicator -> indicator.name().equals("自主防災組織の組織率")).singleElement()
			.satisfies(indicator -> {
				assertThat(indicator.baseline().number()).isEqualByComparingTo("89.3");
				assertThat(indicator.baselineYear()).isEqualTo(2023);
			});
	}

	@Test
	void aSemicolonSeparatedSheetIsReadAsACommaSeparatedOneIs() throws Exception {
		// LibreOffice's CSV with ; between fields: "1-1⏎再生可能エネルギー⏎産業の振興";1;"市内の風力発電設備の⏎導入量";"MW";"R3";233.8;400.0;…
		ActionPlan plan = heldout("b47-02-noshiro-semicoloncsv.txt");

		assertThat(plan.municipality().code().value()).isEqualTo("052027");
		assertThat(plan.directions().get(0).title()).isEqualTo("産業の振興と雇用の創出によるにぎわいのあるまち");
		Indicator wind = plan.directions().get(0).initiatives().get(0).indicators().get(0);
		assertThat(wind.name()).isEqualTo("市内の風力発電設備の導入量");
		assertThat(wind.baseline().number()).isEqualByComparingTo("233.8");
		assertThat(wind.target().number()).isEqualByComparingTo("400.0");
	}

	@Test
	void anOldWorkbookThroughXls2csvIsReadAsASheetThoughItsTitlesAndNotesAreRowsOfOneCell() throws IOException {
		// catdoc's xls2csv: every cell quoted, no padding after a row's last cell, a form feed after each sheet
		ActionPlan plan = read("kpi.csv", """
				"第２期笠岡市総合戦略 ＫＰＩ進捗管理表",,,,,,,,
				"（令和６年度実績）"
				"笠岡市 政策部 企画政策課"
				"区分","No.","指標名","単位","基準値","基準年度","目標値","目標年度","実績値（R6）","担当課"
				"【基本目標１】しごとをつくる",,,,,,,,,
				"数値目標",,"市内の従業者数","人","21530","H28","22000","R6","21880","企画政策課"
				"具体的な施策（１）企業誘致の推進",,,,,,,,,
				"ＫＰＩ","1","企業立地件数（累計）","件","3","R元","15","R6","12","企業誘致課"
				"ＫＰＩ","2","新規雇用者数（累計）","人","40","R元","300","R6","265","企業誘致課"
				"具体的な施策（２）観光の振興",,,,,,,,,
				"ＫＰＩ","3","観光入込客数","千人","1250","R元","1400","R6","1312","観光課"
				"ＫＰＩ","4","宿泊者数","人","85200","R元","95000","R6","90110","観光課"
				"【基本目標２】ひとの流れをつくる",,,,,,,,,
				"数値目標",,"社会増減数","人","-320","R元","-100","R6","-214","企画政策課"
				"具体的な施策（１）移住の促進",,,,,,,,,
				"ＫＰＩ","5","移住相談件数","件","120","R元","250","R6","236","定住促進課"
				"ＫＰＩ","6","移住者数","人","45","R元","120","R6","98","定住促進課"
				"ＫＰＩ","7","空き家バンク成約件数","件","8","R2","20","R6","17","定住促進課"
				"ＫＰＩ","8","ふるさと納税寄附額","千円","152000","R元","300000","R6","288400","企画政策課"
				"ＫＰＩ","9","市内高校卒業者の市内就職率","％","0.352","44286","0.45","R6","0.398","企画政策課"
				\f
				"※１ 基準年度のR元は令和元年度です。"
				"※２ 実績値は令和７年３月31日現在です。"
				"問合せ先：企画政策課"
				\f
				""");

		assertThat(plan.municipality().code().value()).isEqualTo("332054");
		List<Indicator> indicators = plan.directions().stream().flatMap(direction -> java.util.stream.Stream.concat(
				direction.indicators().stream(), direction.initiatives().stream().flatMap(initiative -> initiative.indicators().stream())))
			.toList();
		assertThat(indicators).extracting(Indicator::name).contains("企業立地件数（累計）", "新規雇用者数（累計）", "観光入込客数",
				"宿泊者数", "移住相談件数", "移住者数", "空き家バンク成約件数", "ふるさと納税寄附額");
		// a share kept as its fraction (0.352 shown as 35.2％), a base date kept as its day number (44286: 2021-03-31)
		assertThat(indicators).filteredOn(indicator -> indicator.name().equals("市内高校卒業者の市内就職率")).singleElement()
			.satisfies(indicator -> {
				assertThat(indicator.baseline().number()).isEqualByComparingTo("35.2");
				assertThat(indicator.baseline().unit()).isEqualTo("%");
				assertThat(indicator.baselineYear()).isEqualTo(2020);
				assertThat(indicator.target().number()).isEqualByComparingTo("45");
			});
		assertThat(indicators).filteredOn(indicator -> indicator.name().equals("空き家バンク成約件数")).singleElement().satisfies(indicator -> {
			assertThat(indicator.baseline().number()).isEqualByComparingTo("8");
			assertThat(indicator.baselineYear()).isEqualTo(2020);
			assertThat(indicator.target().number()).isEqualByComparingTo("20");
			assertThat(indicator.targetYear()).isEqualTo(2024);
		});
	}

	@Test
	void anExcelWebPagesMergedCellsAndTwoRowHeaderGiveEachIndicatorItsDirectionAndInitiative() throws IOException {
		ActionPlan plan = read("plan.htm", """
				<html xmlns:x="urn:schemas-microsoft-com:office:excel">
				<body>
				<table border=0 cellpadding=0 cellspacing=0 width=900>
				 <tr><td colspan=9>第４次浦添市男女共同参画計画「てだこ男女共同参画プラン」　成果指標の進捗状況（令和６年度実績）</td></tr>
				 <tr>
				  <td rowspan=2>基本目標</td><td rowspan=2>重点課題</td>
				  <td rowspan=2><ruby>成果指標<span style='display:none'><rt>セイカシヒョウ</rt></span></ruby></td>
				  <td rowspan=2>単位</td><td colspan=2>基準</td><td colspan=2>目標値</td>
				  <td rowspan=2><ruby>担当課<span style='display:none'><rt>タントウカ</rt></span></ruby></td>
				 </tr>
				 <tr><td>値</td><td>年度</td><td>中間<br>（R9）</td><td>最終<br>（R14）</td></tr>
				 <tr>
				  <td rowspan=2>基本目標Ⅰ<br>男女共同参画社会の実現に向けた意識づくり</td>
				  <td rowspan=2>重点課題１<br>男女共同参画に関する意識改革と理解の促進</td>
				  <td>講座・イベントの参加者数</td><td>人</td><td x:num>412</td><td>R4</td><td x:num>600</td><td x:num>700</td>
				  <td>市民生活課</td>
				 </tr>
				 <tr>
				  <td>性の多様性に関する出前講座の実施回数</td><td>回</td><td x:num>3</td><td>R4</td><td x:num>8</td><td x:num>12</td>
				  <td>学校教育課</td>
				 </tr>
				</table>
				</body>
				</html>
				""");

		assertThat(plan.directions()).extracting(PolicyDirection::title).containsExactly("男女共同参画社会の実現に向けた意識づくり");
		assertThat(plan.initiatives()).extracting(Initiative::title).containsExactly("男女共同参画に関する意識改革と理解の促進");
		assertThat(plan.initiatives().get(0).departments()).containsExactly("市民生活課", "学校教育課");
		assertThat(plan.initiatives().get(0).indicators()).extracting(Indicator::name, Indicator::baselineYear,
				indicator -> indicator.baseline().number(), Indicator::targetYear, indicator -> indicator.target().number())
			.containsExactly(tuple("講座・イベントの参加者数", 2022, new BigDecimal("412"), 2032, new BigDecimal("700")),
					tuple("性の多様性に関する出前講座の実施回数", 2022, new BigDecimal("3"), 2032, new BigDecimal("12")));
	}

	@Test
	void aSheetReadThroughPandasMeasuresWhatItsItemColumnNames() throws IOException {
		ActionPlan plan = read("plan.txt", """
				## はじめに
				| 第７期北上市障がい福祉計画 | Unnamed: 1 |
				| --- | --- |
				| 計画期間 | 令和６年度～令和８年度（３年間） |

				## 成果目標
				| 第７期北上市障がい福祉計画　成果目標の進捗状況 | Unnamed: 1 | Unnamed: 2 | Unnamed: 3 | Unnamed: 4 | Unnamed: 5 | Unnamed: 6 | Unnamed: 7 | Unnamed: 8 |
				| --- | --- | --- | --- | --- | --- | --- | --- | --- |
				| No. | 成果目標 | 項目 | 単位 | 基準値 | 基準年度 | 目標値 | 目標年度 | 担当課 |
				| 1 | １　福祉施設の入所者の地域生活への移行 | 施設入所者数 | 人 | 152 | 令和４年度末 | 143 | 令和８年度末 | 障がい福祉課 |
				| 2 | NaN | 地域生活移行者数 | 人 | 4 | 令和４年度末 | 10 | 令和８年度末 | NaN |
				| 3 | ２　相談支援体制の充実 | 相談支援事業所への助言件数 | 件 | 24 | 令和４年度 | 36 | 令和８年度 | 障がい福祉課 |
				""");

		assertThat(plan.initiatives()).extracting(Initiative::title, Initiative::departments)
			.containsExactly(tuple("福祉施設の入所者の地域生活への移行", List.of("障がい福祉課")),
					tuple("相談支援体制の充実", List.of("障がい福祉課")));
		assertThat(plan.initiatives().get(0).indicators()).extracting(Indicator::name, Indicator::baselineYear,
				indicator -> indicator.baseline().number(), Indicator::targetYear, indicator -> indicator.target().number())
			.containsExactly(tuple("施設入所者数", 2022, new BigDecimal("152"), 2026, new BigDecimal("143")),
					tuple("地域生活移行者数", 2022, new BigDecimal("4"), 2026, new BigDecimal("10")));
	}

	@Test
	void anExportsCsvUnderATitleRowGivesEachKpiOnceUnderItsMeasureAndNoTargetFromItsDirection() throws IOException {
		ActionPlan plan = read("kanoya.csv.txt", """
				第2次鹿屋市総合計画 後期基本計画（令和4年度～令和8年度）　成果指標（KPI）進捗管理表【令和6年度実績】,,,,,,,,,,,,※評価 A：達成率100%以上
				施策コード,基本目標,施策名,KPI名,単位,目標の方向,基準年度,基準値,目標年度,目標値,R6実績,担当課,備考
				1-01,基本目標1 稼ぐ力のある産業を育むまち,農業の担い手確保,認定農業者数,人,増加,R2,612,R8,620,601,農政課,
				1-01,基本目標1 稼ぐ力のある産業を育むまち,農業の担い手確保,新規就農者数（年間）,人,増加,R2,28,R8,35,31,農政課,
				1-02,基本目標1 稼ぐ力のある産業を育むまち,畜産業の振興,肉用牛飼養頭数,頭,増加,R2,"58,200",R8,"60,000","59,100",畜産課,
				1-02,基本目標1 稼ぐ力のある産業を育むまち,畜産業の振興,家畜防疫演習の実施回数（年間）,回,維持,R2,2,R8,2,2,畜産課,
				2-01,基本目標2 安心して子育てできるまち,子育て支援の充実,待機児童数,人,減少,R3,12,R8,0,3,こども政策課,
				""");

		assertThat(plan.initiatives()).extracting(Initiative::title).containsExactly("農業の担い手確保", "畜産業の振興", "子育て支援の充実");
		assertThat(plan.initiatives().get(0).indicators()).extracting(Indicator::name, Indicator::targetYear,
				indicator -> indicator.target().number())
			.containsExactly(tuple("認定農業者数", 2026, new BigDecimal("620")), tuple("新規就農者数（年間）", 2026, new BigDecimal("35")));
	}

	@Test
	void anOcrBundleOfEvaluationSheetsReadsWithItsLettersClosedUpAndItsRuledLabels() throws Exception {
		// Tesseract's jpn output: 基 本 目 標 １ 　 紙 の ま ち …, 施 策 名 | １ － １ 　 紙 産 業 …, rules as 一 一 一
		ActionPlan plan = heldout("b44-02-shikokuchuo-tesseract.txt");

		assertThat(plan.fiscalYear().year()).isEqualTo(2024);
		assertThat(plan.initiatives()).extracting(Initiative::title).startsWith("紙産業の振興と企業立地の推進", "農林水産業の振興");
		assertThat(plan.initiatives().get(0).departments()).containsExactly("産業支援課");
		assertThat(plan.initiatives().stream().flatMap(initiative -> initiative.indicators().stream()).map(Indicator::name))
			.contains("企業立地件数（累計）", "特定健康診査受診率").noneMatch(name -> name.startsWith("一一"));
	}

	@Test
	void aWordWebPagesParagraphsSourceWrappedOverLinesReadWholeAndItsMeasureCellsGiveTheirDepartments() throws Exception {
		// Word's filtered HTML: 基準値：<span lang=EN-US>21</span>件（<span ⏎ lang=EN-US>R</span>元）　　<span …>R5</span>実績：…,
		// and a 施策 cell of (1) 地域産業の振興… over 【担当課】産業振興課
		ActionPlan plan = heldout("b45-01-kyotanabe-wordhtm.txt");

		assertThat(plan.initiatives()).extracting(Initiative::title).contains("地域産業の振興と創業・就労の支援")
			.noneMatch(title -> title.contains("担当課"));
		assertThat(plan.initiatives().stream().filter(initiative -> initiative.title().startsWith("シティプロモーション")))
			.singleElement().satisfies(initiative -> assertThat(initiative.departments()).containsExactly("秘書広報課", "都市計画課"));
		Indicator founded = plan.directions().stream().flatMap(direction -> direction.indicators().stream())
			.filter(indicator -> indicator.name().equals("市内の新規創業件数（年間）")).findFirst().orElseThrow();
		assertThat(founded.baseline().number()).isEqualByComparingTo("21");
		assertThat(founded.baselineYear()).isEqualTo(2019);
		assertThat(founded.target().number()).isEqualByComparingTo("30");
		assertThat(founded.targetYear()).isEqualTo(2025);
	}

	@Test
	void aLandscapeProjectListWhoseCellsAreCentredGivesEachProjectsIndicatorWithItsYearsAndAProjectWithTwoIndicatorsBoth()
			throws Exception {
		// pdftotext -layout of an Excel sheet: 事業名 | 事業概要 | 成果指標 | 基準値（R5） | 目標値（R7） | 目標値（R9） | 担当課,
		// every cell centred in its row, the headers of two lines round the line of the others
		ActionPlan plan = heldout("b52-01-sanda-layoutlandscape.txt");

		List<Indicator> indicators = plan.initiatives().stream().flatMap(initiative -> initiative.indicators().stream()).toList();
		assertThat(indicators).extracting(Indicator::name).contains("保育所等待機児童数（４月１日現在）", "三田牛の出荷頭数", "三田ブランド認定品目数")
			.noneMatch(name -> name.contains("三田牛の出荷頭数三田"));
		Indicator waiting = indicators.stream().filter(indicator -> indicator.name().startsWith("保育所等待機児童数")).findFirst().orElseThrow();
		assertThat(waiting.baseline().number()).isEqualByComparingTo("14");
		assertThat(waiting.baselineYear()).isEqualTo(2024);
		assertThat(plan.initiatives()).filteredOn(initiative -> initiative.title().equals("農業の振興")).singleElement()
			.satisfies(initiative -> assertThat(initiative.departments()).containsExactly("農業振興課", "農業委員会事務局"));
	}

	@Test
	void aCoversYearOnALineOfItsOwnOverTheSheetsTitleIsTheYearReviewed() throws Exception {
		// Acrobat's text of 令和６年度 / 施策評価シート / 第五次東広島市総合計画 前期基本計画 (計画期間：令和２年度～令和６年度)
		assertThat(heldout("b52-02-higashihiroshima-acrobatsheet.txt").fiscalYear().year()).isEqualTo(2024);
	}

	/** A held-out document of the corpus, read as the job reads a file. */
	private ActionPlan heldout(String name) throws Exception {
		Path file = Path.of(getClass().getResource("/heldout/action-plan/" + name).toURI());
		return this.reader.read(DocumentModel.of(new SourceTextLoader().load(file)), null);
	}

	private ActionPlan read(String name, String text) throws IOException {
		Path file = Files.writeString(this.directory.resolve(name), text);
		return this.reader.read(DocumentModel.of(new SourceTextLoader().load(file)), null);
	}
}
