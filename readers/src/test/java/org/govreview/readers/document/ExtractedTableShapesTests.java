package org.govreview.readers.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.govreview.readers.document.TestModels.cells;
import static org.govreview.readers.document.TestModels.model;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Tables as other extractors give them: one piece of a cell a line in reading order (pdftotext without -layout,
 * PyMuPDF), cells set out by characters with figures flush right, camelot's CSV, mammoth's HTML; and the lines round
 * them: a heading with its group's figure at the margin, a caption with its note, list marks drawn apart from their
 * text.
 */
class ExtractedTableShapesTests {

	@Test
	void aTableOneCellPieceALineIsReadRowByRowWithItsWrappedCellsMergedCellsAndRepeatedHeader() {
		DocumentModel model = model(
				"基本目標", "主な施策", "成果指標", "基準値", "（年度）", "目標値", "（R9）", "達成", "状況", "担当課",
				"基本目標１", "活力ある産業を育て、働", "く場をつくる", "【数値目標】", "市内の事業所数",
				"3,204事業所", "（R3）", "3,300事業所", "○", "産業政策課",
				"(1)創業と事業承継の支", "援", "創業支援による創業者", "数（年間）", "18人（R4）", "25人", "◎", "商工振興課",
				"事業承継の相談件数", "―", "40件", "△", "地域産業活性化推", "進課",
				"- 1 -",
				"基本目標", "主な施策", "成果指標", "基準値", "（年度）", "目標値", "（R9）", "達成", "状況", "担当課",
				"(2)農林業の振興", "新規就農者数（累計）", "12人", "（R4.3.31）", "30人", "集計中", "農林課", "",
				"達成状況の区分は次のとおりです。");

		Table table = model.tables().get(0);
		assertThat(table.header()).containsExactly("基本目標", "主な施策", "成果指標", "基準値（年度）", "目標値（R9）", "達成状況", "担当課");
		assertThat(cells(table).subList(1, cells(table).size())).containsExactly(
				List.of("基本目標１活力ある産業を育て、働く場をつくる", "【数値目標】", "市内の事業所数", "3,204事業所（R3）", "3,300事業所", "○",
						"産業政策課"),
				List.of("", "(1)創業と事業承継の支援", "創業支援による創業者数（年間）", "18人（R4）", "25人", "◎", "商工振興課"),
				List.of("", "", "事業承継の相談件数", "―", "40件", "△", "地域産業活性化推進課"),
				List.of("", "(2)農林業の振興", "新規就農者数（累計）", "12人（R4.3.31）", "30人", "集計中", "農林課"));
	}

	@Test
	void aCaptionAboveTheHeaderAndAHeaderOfColumnNamesAboveTheNameColumnAreNoColumns() {
		DocumentModel model = model(
				"成果指標", "", "指標", "", "現状値（年度）", "", "目標値（年度）", "",
				"橋梁の修繕完了率", "", "41.5％", "（令和５年度）", "", "55.4％", "（令和６年度）",
				"道路損傷通報から補修完了までの", "平均日数", "", "6.8日（令和５年度）", "", "5.0日（令和６年度）");

		assertThat(model.tables()).singleElement().satisfies(table -> assertThat(cells(table)).containsExactly(
				List.of("指標", "現状値（年度）", "目標値（年度）"),
				List.of("橋梁の修繕完了率", "41.5％（令和５年度）", "55.4％（令和６年度）"),
				List.of("道路損傷通報から補修完了までの平均日数", "6.8日（令和５年度）", "5.0日（令和６年度）")));
	}

	@Test
	void figuresFlushRightUnderAWordSpacedWideOverItsCellAreReadByTheirColumns() {
		// pdftotext -layout counts a kanji as one column; 区 and 分 set out over the whole width of their cell
		DocumentModel model = model(
				"    区          分                                                R3              R4              R5",
				"    相談件数（件）                                                5,126           4,873           5,042",
				"    うち特殊詐欺に関する相談（件）                                      684             612             738",
				"    防犯灯設置費補助件数（灯）                                          412             386             355",
				"    出前講座の受講者数（人）                                          2,184           2,937           3,462");

		assertThat(model.tables()).singleElement().satisfies(table -> assertThat(cells(table)).containsExactly(
				List.of("区分", "R3", "R4", "R5"),
				List.of("相談件数（件）", "5,126", "4,873", "5,042"),
				List.of("うち特殊詐欺に関する相談（件）", "684", "612", "738"),
				List.of("防犯灯設置費補助件数（灯）", "412", "386", "355"),
				List.of("出前講座の受講者数（人）", "2,184", "2,937", "3,462")));
	}

	@Test
	void aHeadingWithItsGroupsFigureAtTheMarginIsAHeadingAndAFieldAndTheLastShortLineOfACellStaysInItsColumn() {
		DocumentModel model = model(
				"【分野２】誰もが安心して暮らせるまち                                   分野の進捗率　63.0％（5項目）",
				"  No.       公約項目                           主な取組・実績（令和６年度）         進捗率(%)     区分       担当課",
				"   7    救急医療体制の維持          救急搬送4,218件を受け入れた。産婦人科医               75       順調       健康医療課",
				"                                    を１人確保し、分娩を継続した。",
				"                                    以上。",
				"   8    通いの場の全自治会への展開  通いの場は148か所となった。専門職の派遣               45       着手       高齢者福祉課",
				"                                    は延べ212回。");

		assertThat(model.headings()).extracting(Heading::title).contains("誰もが安心して暮らせるまち");
		assertThat(model.blocks()).filteredOn(Field.class::isInstance).map(Field.class::cast)
			.extracting(Field::label, Field::value).contains(tuple("分野の進捗率", "63.0％（5項目）"));
		assertThat(model.tables()).singleElement().satisfies(table -> {
			assertThat(table.header()).containsExactly("No.", "公約項目", "主な取組・実績（令和６年度）", "進捗率(%)", "区分", "担当課");
			assertThat(cells(table).get(1)).containsExactly("7", "救急医療体制の維持",
					"救急搬送4,218件を受け入れた。産婦人科医を１人確保し、分娩を継続した。以上。", "75", "順調", "健康医療課");
		});
	}

	@Test
	void aNumberedRowsNamePrintedAroundItsFiguresAndATotalsWordSpacedOutStayInTheirRows() {
		DocumentModel model = model(
				"              分　野                                  項目数       完了       順調       着手",
				"    １　子どもが健やかに育つまち                         6          2          3          1",
				"    ２　水害に負けない安全・安心な",
				"                                                         5          1          2          2",
				"    まち",
				"    ３　活力あふれるまち                                 5          0          3          2",
				"            合　計（全16項目）                           16          3          8          5");

		assertThat(model.tables()).singleElement().satisfies(table -> assertThat(cells(table).subList(1, 5)).containsExactly(
				List.of("１", "子どもが健やかに育つまち", "6", "2", "3", "1"),
				List.of("２", "水害に負けない安全・安心なまち", "5", "1", "2", "2"),
				List.of("３", "活力あふれるまち", "5", "0", "3", "2"),
				List.of("", "合計（全16項目）", "16", "3", "8", "5")));
	}

	@Test
	void aCaptionWithItsNoteAtTheMarginIsNoHeaderRow() {
		DocumentModel model = model(
				"  （参考）局の主な統計                                                         （各年度の実績）",
				"      項        目                        単位         R3年度          R4年度          R5年度",
				"  路線バスの年間利用者数                  万人          2,604           2,815           2,986",
				"  建築確認件数                            件            4,812           4,590           4,436");

		assertThat(model.tables()).singleElement().satisfies(table -> {
			assertThat(table.headerRows()).isEqualTo(1);
			assertThat(table.header()).containsExactly("項目", "単位", "R3年度", "R4年度", "R5年度");
		});
	}

	@Test
	void marksDrawnApartFromTheirSentencesAreTheItemsOfAList() {
		DocumentModel model = model(
				"【主な取組】",
				"●",
				"町内自治会・自主防災組織と連携し、避難所の開設・運営訓練を実施します。",
				"●",
				"土砂災害警戒区域内の世帯にハザードマップを配布し、早め",
				"の避難を呼びかけます。");

		assertThat(model.blocks()).filteredOn(ListItem.class::isInstance).map(ListItem.class::cast)
			.extracting(ListItem::marker, ListItem::body)
			.containsExactly(tuple("●", "町内自治会・自主防災組織と連携し、避難所の開設・運営訓練を実施します。"),
					tuple("●", "土砂災害警戒区域内の世帯にハザードマップを配布し、早めの避難を呼びかけます。"));
	}

	@Test
	void camelotsTablePlacesAndPandasColumnNumbersAreNoRows() {
		DocumentModel model = model(
				"# page 3, table 1",
				"0,1,2,3,4",
				"分野,No.,公約項目,評価,担当課",
				"\"分野１",
				"子育て\",1-1,\"子ども医療費助成の",
				"拡大\",A,こども家庭課",
				",1-2,待機児童ゼロ,B,保育課",
				",1-3,学びの場の確保,C,学校教育課",
				"",
				"# page 4, table 1",
				"0,1,2,3,4",
				"分野,No.,公約項目,評価,担当課",
				"\"分野２",
				"健康\",2-1,がん検診の受診率向上,B,健康増進課",
				",2-2,通いの場の拡大,A,\"地域包括ケア推進",
				"課\"");

		assertThat(model.tables()).hasSize(2).allSatisfy(table -> assertThat(table.header())
			.containsExactly("分野", "No.", "公約項目", "評価", "担当課"));
		assertThat(model.tables().stream().flatMap(table -> table.rows().stream()).flatMap(List::stream).map(Cell::text))
			.noneMatch(text -> text.startsWith("#") || text.equals("0"));
	}

	@Test
	void aTabAfterAHeadingsNumberInHtmlIsASpaceNotACell() {
		DocumentModel model = model(
				"<h2>基本目標２\t益田とのつながりを深め、新しいひとの流れをつくる</h2><p>移住・定住を支援します。</p>");

		assertThat(model.tables()).isEmpty();
		assertThat(model.headings()).extracting(Heading::title).contains("益田とのつながりを深め、新しいひとの流れをつくる");
	}

	@Test
	void aWordTableAsTikaPrintsItIsReadRowByRowWithTheParagraphsOfEachCellJoined() {
		// a tab before every cell; a cell's later paragraphs on lines of their own, the next cell's tab opening a line
		DocumentModel model = model("【基本政策１】", "\tNo.\t公約項目\t令和６年度の主な取組状況\t評価\t担当課",
				"\t1-1\tこども医療費助成の拡大\t令和６年４月から対象を18歳までとしました。", "受給資格者は約21,400人です。", "\t◎", "達成",
				"\tこども課", "\t1-2\t保育士の確保\t就職支援金を34人に交付しました。\t○", "順調", "\t保育課", "教育研究所", "",
				"\t1-3\t給食費の無償化\t第２子以降を無償化しました。\t◎\t学校教育課", "", "※評価は担当課の自己評価です。");

		assertThat(model.tables()).singleElement().satisfies(table -> assertThat(cells(table)).containsExactly(
				List.of("No.", "公約項目", "令和６年度の主な取組状況", "評価", "担当課"),
				List.of("1-1", "こども医療費助成の拡大", "令和６年４月から対象を18歳までとしました。受給資格者は約21,400人です。", "◎達成", "こども課"),
				List.of("1-2", "保育士の確保", "就職支援金を34人に交付しました。", "○順調", "保育課、教育研究所"),
				List.of("1-3", "給食費の無償化", "第２子以降を無償化しました。", "◎", "学校教育課")));
	}

	@Test
	void aTikaTablesEmptyCellIsACellAndTheHeadingAfterItsLastRowIsNoPartOfIt() {
		DocumentModel model = model("\tNo.\t公約項目\t評価\t担当課", "\t1-1\t子育て支援の充実", "親子の居場所づくり", "\t", "\tこども課",
				"\t1-2\t保育士の確保\t○\t保育課", "２　今後の方針", "", "引き続き公約の実現に取り組みます。");

		assertThat(model.tables()).singleElement().satisfies(table -> assertThat(cells(table)).containsExactly(
				List.of("No.", "公約項目", "評価", "担当課"), List.of("1-1", "子育て支援の充実親子の居場所づくり", "", "こども課"),
				List.of("1-2", "保育士の確保", "○", "保育課")));
		assertThat(model.headings()).extracting(Heading::title).contains("今後の方針");
	}

	@Test
	void aTikaHeaderBrokenByACellOfTwoParagraphsIsOneHeaderRowOverTheRowsBelowAnEmptyLine() {
		DocumentModel model = model("\t基本政策\t項目数\t◎", "達成", "\t○", "順調", "\t進捗率\t前年度", "進捗率", "",
				"\t１　子どもの笑顔があふれるまち\t6\t3\t2\t83.3%\t66.7%", "\t合計\t30\t9\t12\t70.0%\t53.3%");

		assertThat(model.tables()).singleElement().satisfies(table -> assertThat(cells(table)).containsExactly(
				List.of("基本政策", "項目数", "◎達成", "○順調", "進捗率", "前年度進捗率"),
				List.of("１　子どもの笑顔があふれるまち", "6", "3", "2", "83.3%", "66.7%"),
				List.of("合計", "30", "9", "12", "70.0%", "53.3%")));
	}

	@Test
	void aSheetSavedAsTabbedTextWhoseRowsFillTheirFirstCellIsNoTikaTable() {
		DocumentModel model = model("重点目標１\t高齢者が安心して暮らし続けられる\t\t", "\t地域包括ケアシステムの推進\t\t",
				"主な取組\t①相談体制の強化\t担当\t高齢者支援課", "\t②資格取得費の助成\t\t介護保険課");

		assertThat(model.tables()).allSatisfy(table -> assertThat(cells(table)).noneMatch(row -> row.contains("地域包括ケアシステムの推進主な取組")));
	}

	@Test
	void aNumberedHeadingWhoseWordAJustifiedCellSpacedOutIsAHeadingNotALabelAndItsValue() {
		DocumentModel model = model("  キ 質疑応答", "     （委 員） 担い手はどう育成しているのか。", "  ク 所   感",
				"   ○ 住民が自ら集まる仕組みが特長である。");

		assertThat(model.headings()).extracting(Heading::number, Heading::title)
			.containsSubsequence(tuple("キ", "質疑応答"), tuple("ク", "所感"));
		assertThat(model.fields()).noneMatch(field -> field.value().equals("感"));
	}

	@Test
	void aFootnoteMarkItDownLinksIsNoPartOfTheCellItStandsIn() {
		DocumentModel model = model("## 主な統計", "", "| 区分 | 令和４年度 | 令和５年度 |", "| --- | --- | --- |",
				"| 累計降雪量（cm）[[1]](#footnote-1) | 433 | 398 |", "| 最大積雪深（cm） | 119 | 87 |", "",
				"1. 札幌管区気象台の観測値。 [↑](#footnote-ref-1)");

		assertThat(model.tables()).singleElement().satisfies(table -> assertThat(cells(table)).containsExactly(
				List.of("区分", "令和４年度", "令和５年度"), List.of("累計降雪量（cm）", "433", "398"), List.of("最大積雪深（cm）", "119", "87")));
	}
}
