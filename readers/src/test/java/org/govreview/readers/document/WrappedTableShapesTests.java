package org.govreview.readers.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.govreview.readers.document.TestModels.cells;
import static org.govreview.readers.document.TestModels.model;

import java.nio.file.Path;
import java.util.List;

import org.govreview.readers.text.SourceTextLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tables whose cells wrap or span rows, as extraction prints them: one cell a line with figures closing each row, a
 * group's cells printed once above its keyed rows, columns aligned by characters, box cells merged down a column, and
 * slides whose titles head their pages.
 */
class WrappedTableShapesTests {

	@Test
	void oneCellPerLineRowsEndAtTheirFiguresAndShareTheirWrappedLinesByColumnWidth() {
		DocumentModel model = model("施策の柱", "取組内容", "指標", "R5実績", "R6目標",
				"Ⅰ 災害に強い上下", "水道施設の整備", "基幹管路（導水管・送水", "管・配水本管）の耐震化", "基幹管路の耐震適合", "率", "52.3%", "54.0%",
				"配水池の耐震補強工事", "配水池の耐震化率", "78.6%", "81.2%",
				"災害時協力事業者との合", "同応急給水訓練", "合同訓練の実施回数", "4回", "6回",
				"Ⅱ お客さまサービ", "スの向上", "スマートメーターの試行", "導入", "スマートメーター設置", "数", "－", "2,000個",
				"水田湛水による地下", "水かん養量", "1,562万㎥", "1,600万㎥", "", "このほか、研修の充実にも取り組みます。");

		assertThat(model.tables()).singleElement().satisfies(table -> assertThat(cells(table)).containsExactly(
				List.of("施策の柱", "取組内容", "指標", "R5実績", "R6目標"),
				List.of("Ⅰ 災害に強い上下水道施設の整備", "基幹管路（導水管・送水管・配水本管）の耐震化", "基幹管路の耐震適合率", "52.3%", "54.0%"),
				List.of("", "配水池の耐震補強工事", "配水池の耐震化率", "78.6%", "81.2%"),
				List.of("", "災害時協力事業者との合同応急給水訓練", "合同訓練の実施回数", "4回", "6回"),
				List.of("Ⅱ お客さまサービスの向上", "スマートメーターの試行導入", "スマートメーター設置数", "", "2,000個"),
				List.of("", "水田湛水による地下", "水かん養量", "1,562万㎥", "1,600万㎥")));
	}

	@Test
	void rowsInContentStreamOrderAreTheirMarkNameFiguresAndDepartments() {
		DocumentModel model = model("＜重要業績指標（ＫＰＩ）＞", "推進方針 重要業績指標（ＫＰＩ）", "現状値", "（年度）", "目標値", "（年度）", "担当課",
				"① 住宅の耐震化率 78.6％（R5） 90％（R11） 建設課", "②", "町有施設（防災上重要な", "施設）の耐震化率",
				"96.2％（Ｒ６） 100％（Ｒ９） 総務課", "避難路・避難場所の整", "備箇所数（累計）", "238箇所（R5） 245箇所（R11）", "情報防災課",
				"建設課", "③", "町総合防災訓練の参加", "者数", "3,412人（R6）", "4,000人", "（R11）", "教育委員会", "事務局",
				"1-2 広域にわたる大規模津波等による多数の死傷者の発生");

		assertThat(model.tables()).singleElement().satisfies(table -> assertThat(cells(table)).containsExactly(
				List.of("推進方針", "重要業績指標（ＫＰＩ）", "現状値（年度）", "目標値（年度）", "担当課"),
				List.of("①", "住宅の耐震化率", "78.6％（R5）", "90％（R11）", "建設課"),
				List.of("②", "町有施設（防災上重要な施設）の耐震化率", "96.2％（Ｒ６）", "100％（Ｒ９）", "総務課"),
				List.of("②", "避難路・避難場所の整備箇所数（累計）", "238箇所（R5）", "245箇所（R11）", "情報防災課、建設課"),
				List.of("③", "町総合防災訓練の参加者数", "3,412人（R6）", "4,000人（R11）", "教育委員会事務局")));
		assertThat(model.headings()).extracting(Heading::number).contains("1-2");
	}

	@Test
	void rowsWhoseOuterRulesAScanLostAreRowsOfTheirCells() {
		DocumentModel model = model("柱2 農業と商工業が元気なまち", "", "評価 | 公約の項目 | 担当課", "◎ | 新規就農者への家賃・機械導入の支援 | 産業振興課",
				"◎ | プレミアム付き商品券の発行 | 産業振興課", "△ | 企業誘致による働く場の確保 | 政策推進課", "", "▶主な取り組み");

		assertThat(model.tables()).singleElement().satisfies(table -> assertThat(cells(table)).containsExactly(
				List.of("評価", "公約の項目", "担当課"), List.of("◎", "新規就農者への家賃・機械導入の支援", "産業振興課"),
				List.of("◎", "プレミアム付き商品券の発行", "産業振興課"), List.of("△", "企業誘致による働く場の確保", "政策推進課")));
	}

	@Test
	void aWordProcessorsPlainTextSpillsACellsParagraphsOntoTheNextLinesAndTheyArePutBack() {
		DocumentModel model = model("【重要業績評価指標（ＫＰＩ）】", "指標名\t基準値\t目標値\t担当課", "創業支援制度を活用した創業件数（年間）\t21件\t30件\t商工港湾課",
				"事業承継に関する相談件数（年間）\t48件", "（令和５年度）\t80件", "（令和11年度）\t商工港湾課", "中小企業のＤＸ導入支援件数（累計）\t－\t100件\t商工港湾課",
				"情報政策課", "ワーケーション・お試し滞在の", "利用者数（年間）\t412人\t800人\t総合政策課", "", "若者の地元就職と多様な人材の確保");

		assertThat(model.tables()).singleElement().satisfies(table -> assertThat(cells(table)).containsExactly(
				List.of("指標名", "基準値", "目標値", "担当課"), List.of("創業支援制度を活用した創業件数（年間）", "21件", "30件", "商工港湾課"),
				List.of("事業承継に関する相談件数（年間）", "48件（令和５年度）", "80件（令和11年度）", "商工港湾課"),
				List.of("中小企業のＤＸ導入支援件数（累計）", "－", "100件", "商工港湾課、情報政策課"),
				List.of("ワーケーション・お試し滞在の利用者数（年間）", "412人", "800人", "総合政策課")));
	}

	@Test
	void tabRowsWhoseFirstCellIsEmptyUnderAMergedCellAreNoSpills() {
		DocumentModel model = model("基本目標\t数値目標\t基準値\t目標値", "１ 地域経済を活性化する\t市内事業所の従業者数\t62,480人\t63,000人",
				"\t新規創業件数\t41件\t50件", "\t（年間）\t（R5）");

		assertThat(model.tables()).singleElement().satisfies(table -> assertThat(cells(table)).contains(
				List.of("１ 地域経済を活性化する", "市内事業所の従業者数", "62,480人", "63,000人")));
	}

	@Test
	void rowsThatLostSomeRulesHaveTheirMarkAndLastWordSetApartAndTheirWrappedRestJoined() {
		DocumentModel model = model("評価 | 公約の項目 | 担当課", "◎ | 第2子以降の保育料の無償化 | 福祉課", "◎ 子ども医療費助成の高校生までの拡大 | 健康保険課",
				"◎ | 小中学校給食費の一部助成 教育総務課", "○ | 高鍋ブランド(キャベツ・茶・畜産 | 産業振興課", "| 物)の販路拡大 |",
				"△ | 企業誘致による働く場の確保 | 政策推進課", "", "▶主な取り組み");

		// the line a wrapped rest stood on is left blank, so the rows after it stand as a table of their own
		assertThat(model.tables().stream().flatMap(table -> cells(table).stream()).toList()).containsExactly(
				List.of("評価", "公約の項目", "担当課"), List.of("◎", "第2子以降の保育料の無償化", "福祉課"),
				List.of("◎", "子ども医療費助成の高校生までの拡大", "健康保険課"), List.of("◎", "小中学校給食費の一部助成", "教育総務課"),
				List.of("○", "高鍋ブランド(キャベツ・茶・畜産物)の販路拡大", "産業振興課"), List.of("△", "企業誘致による働く場の確保", "政策推進課"));
	}

	@Test
	void labelsReadBeforeTheirFiguresArePairedWithThemInOrder() {
		DocumentModel model = model("調査先の概要", "", "人口", "", "世帯数", "", "面積", "", "60,851人", "", "25,734世帯", "", "21.55km²", "",
				"令和６年１０月１日現在");

		assertThat(model.fields()).extracting(Field::label, Field::value)
			.contains(tuple("人口", "60,851人"), tuple("世帯数", "25,734世帯"), tuple("面積", "21.55km²"));
	}

	@Test
	void labelsOverSeveralRowsOfFiguresStayATable() {
		DocumentModel model = model("人口", "世帯数", "60,851人", "25,734世帯", "61,002人", "25,901世帯");

		assertThat(model.fields()).extracting(Field::label).doesNotContain("人口", "世帯数");
	}

	@Test
	void aBoldHeadingOverprintedReadsEachCharacterOnce() {
		DocumentModel model = model("【【部部のの使使命命】】", "市民一人ひとりが安心して暮らせる地域共生社会を実現する。");

		assertThat(model.source().lines()).first().isEqualTo("【【部部のの使使命命】】");
		assertThat(model.blocks().toString()).contains("部の使命").doesNotContain("部部");
	}

	@Test
	void aGroupsCellsPrintedOnceHeadItsKeyedRows() {
		DocumentModel model = model("政策", "評価点", "No.", "取組", "評価",
				"政策１　こども施策の継承・充実", "５", "①", "18歳までのこども医療費の無料化の継続", "◎", "②", "おむつ定期便（見守り訪問）の継続と",
				"配達員による見守り支援の充実", "◎", "政策２　子育て支援の新たな展開", "4", "①", "小学校給食費の無料化", "△", "",
				"＜委員会の主な意見＞");

		assertThat(model.tables()).singleElement().satisfies(table -> assertThat(cells(table)).containsExactly(
				List.of("政策", "評価点", "No.", "取組", "評価"),
				List.of("政策１　こども施策の継承・充実", "５", "①", "18歳までのこども医療費の無料化の継続", "◎"),
				List.of("", "", "②", "おむつ定期便（見守り訪問）の継続と配達員による見守り支援の充実", "◎"),
				List.of("政策２　子育て支援の新たな展開", "4", "①", "小学校給食費の無料化", "△")));
	}

	@Test
	void columnsAlignedByCharactersAsPdftotextPrintsThemAreReadAsColumns() {
		// each cell starts at the same character offset on every line, so after kanji it stands left of the one above
		DocumentModel model = model("    主な戦略              具体的取組                                             所管",
				"",
				"    (1) 水道施設・管路の      ・基幹管路（導水管・送水管・配水本管）の耐震化を                          水道部",
				"        耐震化             計画的に推進",
				"                      ・配水池・配水塔の耐震補強工事の実施                                水道部",
				"",
				"    (2) 健全な財政運営       ・漏水調査の強化による有収率の向上                                 水道部",
				"                      ・企業債残高の縮減と保有資産の有効活用                                総務部");

		List<Table> tables = model.tables();
		assertThat(tables).hasSize(3);
		assertThat(cells(tables.get(0))).containsExactly(List.of("主な戦略", "具体的取組", "所管"));
		assertThat(cells(tables.get(1))).containsExactly(
				List.of("(1) 水道施設・管路の耐震化", "・基幹管路（導水管・送水管・配水本管）の耐震化を計画的に推進", "水道部"),
				List.of("", "・配水池・配水塔の耐震補強工事の実施", "水道部"));
		assertThat(cells(tables.get(2))).containsExactly(List.of("(2) 健全な財政運営", "・漏水調査の強化による有収率の向上", "水道部"),
				List.of("", "・企業債残高の縮減と保有資産の有効活用", "総務部"));
	}

	@Test
	void theSameColumnsAlignedForTheEyeReadTheSame() {
		// display widths: a kanji is two columns wide, and the cells line up on screen
		DocumentModel model = model("主な戦略          具体的取組                          所管",
				"(1) 浸水対策     ・雨水貯留施設の整備                下水道部",
				"                 ・ポンプ場の耐水化                  下水道部");

		assertThat(model.tables()).singleElement().satisfies(table -> assertThat(cells(table)).containsExactly(
				List.of("主な戦略", "具体的取組", "所管"),
				List.of("(1) 浸水対策", "・雨水貯留施設の整備\n・ポンプ場の耐水化", "下水道部\n下水道部")));
	}

	@Test
	void aBoxCellSpanningRowsIsMovedUpToTheRowItStartsIn() {
		DocumentModel model = model(
				"┌──────┬────────┬───────────┬──────┐",
				"│基本目標    │具体的な施策    │ＫＰＩ                │担当課      │",
				"├──────┼────────┼───────────┼──────┤",
				"│基本目標１  │(1)地域産業の   │創業者数（累計）      │商工観光課  │",
				"│土浦で働く魅│振興と創業支援  │                      │            │",
				"│            │                ├───────────┼──────┤",
				"│力を高める  │                │企業立地件数（累計）  │商工観光課  │",
				"│            ├────────┼───────────┼──────┤",
				"│            │(2)雇用の創出   │就職者数              │人権推進課  │",
				"└──────┴────────┴───────────┴──────┘");

		assertThat(model.tables()).singleElement().satisfies(table -> assertThat(cells(table)).containsExactly(
				List.of("基本目標", "具体的な施策", "ＫＰＩ", "担当課"),
				List.of("基本目標１土浦で働く魅力を高める", "(1)地域産業の振興と創業支援", "創業者数（累計）", "商工観光課"),
				List.of("", "", "企業立地件数（累計）", "商工観光課"),
				List.of("", "(2)雇用の創出", "就職者数", "人権推進課")));
	}

	@Test
	void aSlidesTitleHeadsItsPageButTheCoverHasNone(@TempDir Path directory) throws Exception {
		Path deck = java.nio.file.Files.writeString(directory.resolve("deck.txt"), String.join("\n", "令和６年度 花見川区運営方針", "",
				"1 / 3", "\f区の概況", "", "  ・人口          176,412人", "2 / 3", "\f重点的に取り組む課題", "",
				"  柱１　地域で支え合い、つながるまちづくり", "3 / 3"));
		DocumentModel model = DocumentModel.of(new SourceTextLoader().load(deck));

		assertThat(model.headings()).filteredOn(heading -> heading.scheme() == NumberingScheme.PAGE_TITLE)
			.extracting(Heading::title, Heading::level)
			.containsExactly(tuple("区の概況", 1), tuple("重点的に取り組む課題", 1));
		assertThat(model.headings()).filteredOn(heading -> heading.scheme() == NumberingScheme.LABELLED)
			.extracting(Heading::level).containsExactly(2);
	}

	@Test
	void aFieldListingNumberedPlacesOnTheLinesUnderItsValueIsOneList() {
		DocumentModel model = model("視　察　先：①千葉県流山市（午前10時～正午）", "　　　　　　②茨城県守谷市（午後2時から4時）",
				"調 査 項 目：①送迎保育ステーション事業について");

		assertThat(model.fields()).extracting(Field::label, Field::value).containsExactly(
				tuple("視察先", "①千葉県流山市（午前10時～正午）\n②茨城県守谷市（午後2時から4時）"),
				tuple("調査項目", "①送迎保育ステーション事業について"));
	}

	@Test
	void aWrappedNameRunIntoTheFirstFigureOfItsRowIsPartedFromItAndItsStraySpacesClosed() {
		// pypdf: a name's last words run into its row's first figure, a space set inside the name where the font changed
		DocumentModel model = model("【成果指標】", "指標 現状値（R5年度） 目標値（R10年度）", "「図書館を利用している」と答えた",
				"市民の割合３４．５％ ４０．０％", "自主防災組織による防災訓練の", "実施回数（年間）１２８回 １５０回", "市民１人１日当たりの ごみ",
				"排出量８６２ｇ ８２０ｇ", "【主要事業】");

		assertThat(model.tables()).singleElement().satisfies(table -> assertThat(cells(table)).containsExactly(
				List.of("指標", "現状値（R5年度）", "目標値（R10年度）"), List.of("「図書館を利用している」と答えた市民の割合", "３４．５％", "４０．０％"),
				List.of("自主防災組織による防災訓練の実施回数（年間）", "１２８回", "１５０回"), List.of("市民１人１日当たりのごみ排出量", "８６２ｇ", "８２０ｇ")));
	}

	@Test
	void aTableInContentOrderWithOneSpaceBetweenCellsHasItsRowsAndTheirWrappedNamesPutBack() {
		// pdftotext -raw: 指標 単位 Ｒ５実績 … over rows that end on their figures, a name wrapped above its figures
		DocumentModel model = model("【成果指標】", "指標 単位 Ｒ５実績 Ｒ６実績 Ｒ７目標", "校区防災訓練の参加者数 人 9,214 9,862 10,500",
				"個別避難計画の作成件数", "（累計）", "件 486 713 900", "交通安全教室の参加者数 人 2,406 2,918 3,200",
				"所管：総務課、地域支援課");

		assertThat(model.tables()).singleElement().satisfies(table -> assertThat(cells(table)).containsExactly(
				List.of("指標", "単位", "Ｒ５実績", "Ｒ６実績", "Ｒ７目標"), List.of("校区防災訓練の参加者数", "人", "9,214", "9,862", "10,500"),
				List.of("個別避難計画の作成件数（累計）", "件", "486", "713", "900"),
				List.of("交通安全教室の参加者数", "人", "2,406", "2,918", "3,200")));
	}

	@Test
	void rowsCompleteWithoutTheLinesBeforeThemLeaveTheTableAsPrinted() {
		// a browser's copy wraps a name under its figures: which row 被害額 ends cannot be told one space apart
		DocumentModel model = model("指標 単位 R3 R4 R5", "イノシシ捕獲頭数 頭 3,912 4,105 3,768", "有害鳥獣による農作物 千円 48,260 52,140 45,930",
				"被害額", "観光客入込客数 千人 1,582 1,796 1,840");

		assertThat(model.tables()).noneSatisfy(table -> assertThat(cells(table)).contains(
				List.of("被害額観光客入込客数", "千人", "1,582", "1,796", "1,840")));
	}

	@Test
	void aTablePrintedOneColumnAfterAnotherIsPutBackSideBySide() {
		// pdftotext -raw of a box of statistics: 項目 over its names, then each column's header over as many cells
		DocumentModel model = model("【早良区の概況】", "項目", "人口", "世帯数", "高齢化率※１", "面積※２", "早良区", "219,846 人", "105,412 世帯",
				"26.4％", "95.87㎢", "市全体", "1,668,347 人", "872,590 世帯", "22.6％", "343.47㎢", "時点", "R7.1.1", "R7.1.1", "R7.1.1",
				"－", "※１", "高齢化率は 65 歳以上人口の割合。");

		assertThat(model.tables()).first().satisfies(table -> assertThat(cells(table)).containsExactly(
				List.of("項目", "早良区", "市全体", "時点"), List.of("人口", "219,846 人", "1,668,347 人", "R7.1.1"),
				List.of("世帯数", "105,412 世帯", "872,590 世帯", "R7.1.1"), List.of("高齢化率※１", "26.4％", "22.6％", "R7.1.1"),
				List.of("面積※２", "95.87㎢", "343.47㎢", "－")));
	}

	@Test
	void aCaptionedTableCopiedFromAReaderViewOneCellALineIsPutBackThoughItsRowsStandApart() {
		// 表1 … over 区分 / 令和3年度 / … , a blank line, then each row's name over its figures, rows apart by blank lines
		DocumentModel model = model("表1　泉区の人口等の推移（各年度末現在）", "", "区分", "令和3年度", "令和4年度", "令和5年度", "", "人口", "211,563人",
				"210,872人", "210,148人", "", "高齢化率", "27.9%", "28.5%", "29.0%", "", "※住民基本台帳による各年度末現在の数値です。");

		assertThat(model.tables()).singleElement().satisfies(table -> assertThat(cells(table)).containsExactly(
				List.of("区分", "令和3年度", "令和4年度", "令和5年度"), List.of("人口", "211,563人", "210,872人", "210,148人"),
				List.of("高齢化率", "27.9%", "28.5%", "29.0%")));
	}

	@Test
	void aScannedTablesRulesReadAsLongVowelMarksAndItsSkewedRowsAreATable() {
		// Acrobat's OCR through pdftotext -layout: rules as ー and 一 with gaps, rows drifting by a character or two
		DocumentModel model = model("  ー一ーーー ーーーーーーーーーーー一ーーーー ーーーー ーーーー一ーー",
				"  | 区    分            |  単位 | 令和４年度  | 令和５年度  | 令和６年度 |", "  ーーーーーー一 ーーーーー ーーーー ーーー ーーーーーー ーー一ーー",
				"  | 人口                 |  人   |  176,402    |  176,118    |  175,736   |", "   | 世帯数               |  世帯  |  76,915    |  77,482     |  77,906    |",
				"  ーー ーーーーー一ーーー ーーーーーー ーー ーーーーーー一ーーー ーーーーー");

		assertThat(model.tables()).singleElement().satisfies(table -> assertThat(cells(table)).contains(
				List.of("人口", "人", "176,402", "176,118", "175,736"), List.of("世帯数", "世帯", "76,915", "77,482", "77,906")));
	}

	@Test
	void aKeyedRowsTitleWrappedOnceDoesNotSwallowTheFirstLineOfTheCellAfterIt() {
		// pdftotext (no -layout) of a slide's table: each cell's lines in turn, the title's two lines then the account's
		DocumentModel model = model("No.", "公約項目", "令和６年度の主な取組", "評価", "担当課", "1", "学校給食費の第２子以降の", "無償化",
				"令和６年４月から第２子以降の", "給食費を無償化（対象 3,412人）", "達成", "学校教育課", "2", "子ども医療費の高校生世代ま", "での窓口無料化",
				"令和６年４月診療分から高校生", "世代の窓口負担を無料化", "達成", "子育て支援課");

		assertThat(model.tables()).singleElement().satisfies(table -> assertThat(cells(table)).contains(
				List.of("2", "子ども医療費の高校生世代までの窓口無料化", "令和６年４月診療分から高校生世代の窓口負担を無料化", "達成", "子育て支援課")));
	}

	@Test
	void cellsOneSpaceApartUnderAHeaderOfThreeLinesTakeTheLabelsOverAndUnderItAndTheNameWrappedAfterTheirRow() {
		// pdfplumber's extract_text(): 現状値 over (R5) round the line of 指標名 単位 方向, a name's end and a figure's
		// year in brackets on the line after its row
		DocumentModel model = model(
				"【成果指標】",
				"現状値 目標値",
				"指標名 単位 方向",
				"(R5) (R9)",
				"子育て支援センターの延べ利用者数（年 人 9,842 12,000 ↑",
				"間）",
				"保育所等待機児童数 人 3 0 ↓",
				"(R6.4.1)",
				"【主な取組】",
				"・病後児保育事業の実施施設の拡充");

		assertThat(model.tables()).singleElement().satisfies(table -> assertThat(cells(table)).containsExactly(
				List.of("指標名", "単位", "現状値(R5)", "目標値(R9)", "方向"),
				List.of("子育て支援センターの延べ利用者数（年間）", "人", "9,842", "12,000", "↑"),
				List.of("保育所等待機児童数", "人", "3(R6.4.1)", "0", "↓")));
	}
}
