package org.govreview.readers.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.govreview.readers.document.TestModels.cells;
import static org.govreview.readers.document.TestModels.model;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Table rows as pdftotext prints them when the layout wraps their cells: a row number beside the middle of a
 * vertically centred row, a name printed above the line of its figures, and columns dumped one after another with a
 * column of units and a wrapped name.
 */
class LaidOutRowShapesTests {

	@Test
	void aSheetWithTwoColumnsMergedOverTheRowsOfEachGroupGivesEachRowItsGroupsAndItsWrappedNameAcrossAPageTurn() {
		// 基本目標 and 施策 each merged over their rows and centred in them, a name wrapped round its row's figures, the
		// figures set right under centred labels, a target's year under it, the header again on the next page
		DocumentModel model = PagedText.model(List.of(List.of(
				"第３期まち・ひと・しごと創生総合戦略　成果指標の検証",
				"",
				"                                                                                        基準値      実績値              目標値",
				"    基本目標          施策                        成果指標                  単位      （年度）                          （R7）     達成     担当課",
				"                                                                                                    R5        R6",
				"",
				"                  １－１              市内事業所の新規開業件数（年間）      件         45（R元）        48        52          60    ○     商工課",
				"                  商工業の振興",
				"基本目標１                            企業誘致による新規雇用者数（累",
				"活力ある産業のま                      計）                                  人                －       120       180         300    △     企業立地課",
				"ちをつくる",
				"                  １－２              観光入込客数（年間）                  万人    210.5（R元）     180.2     198.7       230.0    △     観光課",
				"                  観光の振興",
				"",
				"                                      保育所待機児童数（４月１日現在）      人          12（R2）         3         0           0    ◎     保育課",
				"                  ２－１",
				"                  子育て支援の充実    子育て支援センターの延べ利用者",
				"基本目標２                            数（年間）                            人     25,400（R元）    21,300    23,800      28,000    △     子育て支援課",
				"安心して子育てで",
				"きるまちをつくる  ２－２              学校の授業が分かると答えた児童の割合  ％       78.2（R元）      80.1      81.4        85.0    ○     学校教育課",
				"                  学校教育の充実",
				"                                      学校図書館の児童１人当たり貸出冊数    冊       38.5（R元）      40.2      41.0        45.0    △     学校教育課",
				"",
				"",
				"",
				"                                                                      - 1 -"
				), List.of(
				"                                                                                        基準値      実績値              目標値",
				"    基本目標          施策                        成果指標                  単位      （年度）                          （R7）     達成     担当課",
				"                                                                                                    R5        R6",
				"",
				"                  ３－１              自主防災組織の組織率                  ％       88.0（R元）      90.5      91.2        95.0    ○     危機管理課",
				"                  防災力の向上",
				"基本目標３                            地域防災計画の見直し                  －      未着手（R2）      着手      改定        改定    ◎     危機管理課",
				"安全に暮らせるま                                                                                                          （R6）",
				"ちをつくる",
				"                                      市民１人１日当たりのごみ排出量        g         912（R元）       890       878         850    △     環境課",
				"                  ３－２",
				"                  環境にやさしいま",
				"                  ちづくり            公共交通の年間利用者数                万人    1,250（R元）     1,020     1,110       1,300    △     交通政策課",
				"",
				"３　達成状況の集計")));

		assertThat(model.tables()).first().satisfies(table -> assertThat(cells(table)).containsExactly(
				List.of("基本目標", "施策", "成果指標", "単位", "基準値（年度）", "実績値R5", "R6", "目標値（R7）", "達成", "担当課"),
				List.of("基本目標１活力ある産業のまちをつくる", "１－１ 商工業の振興", "市内事業所の新規開業件数（年間）", "件", "45（R元）", "48", "52", "60", "○", "商工課"),
				List.of("", "", "企業誘致による新規雇用者数（累計）", "人", "－", "120", "180", "300", "△", "企業立地課"),
				List.of("", "１－２ 観光の振興", "観光入込客数（年間）", "万人", "210.5（R元）", "180.2", "198.7", "230.0", "△", "観光課"),
				List.of("基本目標２安心して子育てできるまちをつくる", "２－１ 子育て支援の充実", "保育所待機児童数（４月１日現在）", "人", "12（R2）", "3", "0", "0", "◎", "保育課"),
				List.of("", "", "子育て支援センターの延べ利用者数（年間）", "人", "25,400（R元）", "21,300", "23,800", "28,000", "△", "子育て支援課"),
				List.of("", "２－２ 学校教育の充実", "学校の授業が分かると答えた児童の割合", "％", "78.2（R元）", "80.1", "81.4", "85.0", "○", "学校教育課"),
				List.of("", "", "学校図書館の児童１人当たり貸出冊数", "冊", "38.5（R元）", "40.2", "41.0", "45.0", "△", "学校教育課"),
				List.of("基本目標３安全に暮らせるまちをつくる", "３－１ 防災力の向上", "自主防災組織の組織率", "％", "88.0（R元）", "90.5", "91.2", "95.0", "○", "危機管理課"),
				List.of("", "", "地域防災計画の見直し", "－", "未着手（R2）", "着手", "改定", "改定（R6）", "◎", "危機管理課"),
				List.of("", "３－２ 環境にやさしいまちづくり", "市民１人１日当たりのごみ排出量", "g", "912（R元）", "890", "878", "850", "△", "環境課"),
				List.of("", "", "公共交通の年間利用者数", "万人", "1,250（R元）", "1,020", "1,110", "1,300", "△", "交通政策課")));
	}

	@Test
	void aGradeCentredOnItsKeyedRowAndATitleUnderACentredLabelGoToTheColumnsTheRowsCellsStartInBelowACaption() {
		// a Word table under a caption line: each row keyed 3-1, its title wrapped under itself, its grade on a line of
		// its own halfway down the row, the labels centred over columns whose cells start well left of them
		DocumentModel model = model(
				"                                                                      取組数 ４       Ｓ・Ａ評価の割合 ５０．０％",
				"    番号                    取組              評価                            評価の理由",
				"    3-1         港のにぎわい拠点の                        旅客ターミナルを改修し、物販施設を",
				"                整備                                      開業した。来場者は約１２万人となっ",
				"                                                Ｓ",
				"                                                          た。",
				"    3-2         地場産品の販路拡大                        首都圏の商談会に１８社が参加した。",
				"                                                Ａ        成約額は前年度を上回った。",
				"    3-3         新規就農者への住ま                        空き家の活用を検討したが、制度化に",
				"                いの支援                                  至っていない。",
				"                                                Ｃ",
				"    3-4         企業誘致の推進                            ２社が立地し、雇用は３５人だった。",
				"                                                Ｂ        目標の年３社には届いていない。");

		assertThat(model.tables()).singleElement().satisfies(table -> assertThat(cells(table)).contains(
				List.of("3-1", "港のにぎわい拠点の整備", "Ｓ", "旅客ターミナルを改修し、物販施設を開業した。来場者は約１２万人となった。"),
				List.of("3-2", "地場産品の販路拡大", "Ａ", "首都圏の商談会に１８社が参加した。成約額は前年度を上回った。"),
				List.of("3-3", "新規就農者への住まいの支援", "Ｃ", "空き家の活用を検討したが、制度化に至っていない。"),
				List.of("3-4", "企業誘致の推進", "Ｂ", "２社が立地し、雇用は３５人だった。目標の年３社には届いていない。")));
	}

	@Test
	void aHeaderOfThreeLinesTakesItsLabelsWhereTheFiguresEndAndAFigureOverItsRowWithItsYearUnderItIsTheRowsCell() {
		// an evaluation sheet's KPI table: 策定時 and 目標値 over 指標名 | 単位 | R4実績 … over their years, figures set right
		// under centred labels, a baseline of two lines centred on its row (the figure over it, its year under it)
		DocumentModel model = model(
				"                                              策定時                                                目標値      達成度",
				"                指標名                単位                  R4実績        R5実績        R6実績",
				"                                              （R1）                                                （R7）      （%）",
				"                                                 1,250",
				"観光入込客数                          千人                     980         1,105         1,188       1,300        76.0",
				"                                              （H30）",
				"宿泊者数（年間）                      人泊      82,400      61,200        70,310        78,920      90,000          －",
				"観光案内所の利用者数                  人        15,800       9,420        12,150        14,060      18,000          －");

		assertThat(model.tables()).singleElement().satisfies(table -> {
			assertThat(table.headerRows()).isEqualTo(3);
			assertThat(table.header().subList(0, 6)).containsExactly("指標名", "単位", "策定時（R1）", "R4実績", "R5実績", "R6実績");
			assertThat(table.header().get(6)).startsWith("目標値").endsWith("（R7）");
			assertThat(table.header().get(7)).startsWith("達成度").endsWith("（%）");
			assertThat(cells(table).subList(3, 6)).containsExactly(
					List.of("観光入込客数", "千人", "1,250（H30）", "980", "1,105", "1,188", "1,300", "76.0"),
					List.of("宿泊者数（年間）", "人泊", "82,400", "61,200", "70,310", "78,920", "90,000", "－"),
					List.of("観光案内所の利用者数", "人", "15,800", "9,420", "12,150", "14,060", "18,000", "－"));
		});
	}

	@Test
	void aNumberBesideTheMiddleOfItsRowTakesTheCellsWrappedAboveAndBelowItByTheirColumns() {
		DocumentModel model = model(
				"   番号     公約項目                              取組内容                                      担当課          R6評価",
				"",
				"        子ども医療費助成の18歳          入院・通院ともに対象を18歳まで拡大し",
				"   1-1                                                                                    子育て支援課             5",
				"        までの拡充                      た。所得制限は設けていない。",
				"",
				"                                        移動式空調機を各校２台配備した。",
				"   1-2  体育館への空調設備の整備                                                          教育総務課               3",
				"                                        全校整備は令和９年度以降となる。",
				"",
				"        重層的支援体制整備事業          福祉総合相談窓口を本庁舎に開設した。              福祉総務課",
				"   1-3                                                                                                             4",
				"        の推進                                                                            障害福祉課",
				"",
				"※ 担当課は令和７年４月１日現在の組織名です。");

		assertThat(model.tables()).singleElement().satisfies(table -> assertThat(cells(table)).containsExactly(
				List.of("番号", "公約項目", "取組内容", "担当課", "R6評価"),
				List.of("1-1", "子ども医療費助成の18歳までの拡充", "入院・通院ともに対象を18歳まで拡大した。所得制限は設けていない。", "子育て支援課", "5"),
				List.of("1-2", "体育館への空調設備の整備", "移動式空調機を各校２台配備した。全校整備は令和９年度以降となる。", "教育総務課", "3"),
				List.of("1-3", "重層的支援体制整備事業の推進", "福祉総合相談窓口を本庁舎に開設した。", "福祉総務課\n障害福祉課", "4")));
	}

	@Test
	void aRowNamedInItsFirstColumnAndCentredUnderAHeaderOfThreeLinesTakesItsCellsByTheLabelsOverThem() {
		DocumentModel model = model(
				"                                                                                                                        現状値        目標値        目標値",
				"  事業名                事業の内容                                                  成果指標                                                                      担当課",
				"                                                                                                                        （R5）        （R7）        （R9）",
				"",
				"                        市内の全小学校区に見守りボランティアを配置し、",
				"  通学路見守り                                                                      見守りボランティアの登録者",
				"                        登下校時の児童の安全を確保する。                                                                  412人         450人         500人     学校安全課",
				"  推進事業                                                                          数",
				"",
				"                        市民農園の区画を増やし、農業体験の機会を広げる。",
				"                                                                                    市民農園の利用区画数                  210区画       240区画       260区画",
				"  市民農園拡充事業                                                                                                                                              農政課",
				"                                                                                    農業体験講座の参加者数                380人         420人         450人",
				"                        講座は農業委員会と共催する。                                                                                                            農業委員会事務局",
				"",
				"※ 担当課は令和７年４月１日現在の組織名です。");

		assertThat(model.tables()).singleElement().satisfies(table -> assertThat(cells(table)).containsExactly(
				List.of("事業名", "事業の内容", "成果指標", "現状値（R5）", "目標値（R7）", "目標値（R9）", "担当課"),
				List.of("通学路見守り推進事業", "市内の全小学校区に見守りボランティアを配置し、登下校時の児童の安全を確保する。",
						"見守りボランティアの登録者数", "412人", "450人", "500人", "学校安全課"),
				List.of("市民農園拡充事業", "市民農園の区画を増やし、農業体験の機会を広げる。講座は農業委員会と共催する。", "市民農園の利用区画数",
						"210区画", "240区画", "260区画", "農政課\n農業委員会事務局"),
				List.of("", "", "農業体験講座の参加者数", "380人", "420人", "450人")));
	}

	@Test
	void projectsPrintedALineEachUnderTheirNameHeaderAreNoCentredRows() {
		DocumentModel model = model(
				"  事業名                                       R6            R7            R8",
				"  自主防災組織育成支援事業                   12,300        12,300        12,300",
				"  避難行動要支援者支援事業                    3,850         4,200         4,200",
				"",
				"  この計画に関するお問い合わせ",
				"  企画財政部 企画政策課                       電話 0898-36-1502             内線 2211");

		assertThat(model.tables()).allSatisfy(table -> assertThat(cells(table))
			.noneMatch(row -> !row.isEmpty() && row.get(0).contains("支援事業避難")));
	}

	@Test
	void rowsPrintedFromTheirTopAreLeftToTheOrdinaryReading() {
		DocumentModel model = model(
				"   番号   公約項目                取組内容                          担当課",
				"",
				"   1      防災・減災対策の強化    排水ポンプ車を１台追加配備した。  防災安全課",
				"                                  ハザードマップを改訂した。",
				"",
				"   2      地域防犯カメラの設置    防犯カメラ42台を新設した。        防災安全課",
				"          拡充                    通学路への配置は約６割。");

		assertThat(model.tables()).isNotEmpty().allSatisfy(table -> assertThat(cells(table))
			.noneMatch(row -> row.size() >= 2 && row.get(1).contains("防災・減災対策の強化排水")));
	}

	@Test
	void aNameAboveTheLineOfItsFiguresIsThatRowsName() {
		DocumentModel model = model(
				"  指標名                                     単位        R4実績        R5実績        R6目標",
				"  自主防災組織の組織率                         ％          88.6          89.3          90.5",
				"  管内産肉用牛の枝肉格付４等級以上",
				"  の割合                                       ％          78.4          80.2          81.0");

		assertThat(model.tables()).singleElement().satisfies(table -> assertThat(cells(table)).containsExactly(
				List.of("指標名", "単位", "R4実績", "R5実績", "R6目標"),
				List.of("自主防災組織の組織率", "％", "88.6", "89.3", "90.5"),
				List.of("管内産肉用牛の枝肉格付４等級以上の割合", "％", "78.4", "80.2", "81.0")));
	}

	@Test
	void columnsDumpedOneAfterAnotherKeepTheirUnitsAndJoinANameTheWidthWrapped() {
		DocumentModel model = model("【主な指標の推移】", "項目", "千葉駅の１日平均乗車人員（ＪＲ）", "千葉都市モノレールの１日平均乗車", "人員",
				"建築確認申請件数", "単位", "人", "人", "件", "令和３年度", "95,218", "41,906", "4,286", "令和４年度", "101,336", "44,872",
				"4,102", "※乗車人員は各年度の数値です。");

		assertThat(model.tables()).singleElement().satisfies(table -> assertThat(cells(table)).containsExactly(
				List.of("項目", "単位", "令和３年度", "令和４年度"),
				List.of("千葉駅の１日平均乗車人員（ＪＲ）", "人", "95,218", "101,336"),
				List.of("千葉都市モノレールの１日平均乗車人員", "人", "41,906", "44,872"),
				List.of("建築確認申請件数", "件", "4,286", "4,102")));
	}

	/** A line with each cell at its display column, as pdftotext -layout sets a page out. */
	private static String at(Object... columnsAndCells) {
		StringBuilder line = new StringBuilder();
		for (int c = 0; c < columnsAndCells.length; c += 2) {
			int column = (Integer) columnsAndCells[c];
			while (org.govreview.readers.text.DisplayWidth.of(line.toString()) < column) {
				line.append(' ');
			}
			line.append(columnsAndCells[c + 1]);
		}
		return line.toString();
	}

	@Test
	void centredRowsGoOnOverThePageAndRowsPrintedWithoutABlankLineBetweenThemAreToldApartByTheirNumbers() {
		DocumentModel model = PagedText.model(List.of(
				List.of(at(4, "工程表", 70, "令和７年３月31日現在"), "",
						at(2, "番号", 11, "公　約", 40, "具体的な取組", 90, "進捗", 100, "所管課"), "",
						at(40, "認定こども園を２園開設し、定員を"),
						at(11, "保育所の待機児童"),
						at(3, "1-1", 40, "120人拡大した。待機児童はゼロ", 90, "◎", 100, "幼児保育課"),
						at(11, "ゼロの継続"),
						at(40, "を維持している。"), "",
						at(42, "2 / 3"), "", ""),
				List.of(at(4, "工程表", 70, "令和７年３月31日現在"), "",
						at(40, "運転士不足で減便が続いている。"),
						at(11, "バス路線の再編"),
						at(3, "1-2", 40, "デマンド交通を試行した。", 90, "△", 100, "交通政策課"),
						at(11, "と交通の確保"),
						at(40, "乗合タクシーを検討する。"),
						at(40, "校内支援センターを全７校に設置"),
						at(11, "不登校児童生徒"),
						at(3, "1-3", 40, "した。通室者は延べ2,140人。", 90, "○", 100, "学校教育課"),
						at(11, "の支援"),
						at(40, "メタバースを試行した。"), "",
						at(42, "3 / 3"))));

		// the page's running lines stay where they were printed, between the rows of either page
		assertThat(model.tables().stream().flatMap(table -> cells(table).stream()).toList()).containsExactly(
				List.of("番号", "公約", "具体的な取組", "進捗", "所管課"),
				List.of("1-1", "保育所の待機児童ゼロの継続", "認定こども園を２園開設し、定員を120人拡大した。待機児童はゼロを維持している。", "◎", "幼児保育課"),
				List.of("1-2", "バス路線の再編と交通の確保", "運転士不足で減便が続いている。デマンド交通を試行した。乗合タクシーを検討する。", "△", "交通政策課"),
				List.of("1-3", "不登校児童生徒の支援", "校内支援センターを全７校に設置した。通室者は延べ2,140人。メタバースを試行した。", "○", "学校教育課"));
	}

	@Test
	void aFirstColumnMergedOverItsRowsNamesTheGroupOfTheRowsWhoseMiddleItIsPrintedBeside() {
		DocumentModel model = model(
				at(2, "分野", 14, "No.", 22, "公約項目", 70, "進捗", 80, "担当課"), "",
				at(14, "1", 22, "第２子以降の保育料の完全無償化", 70, "Ａ", 80, "子育て支援課"), "",
				at(22, "放課後児童クラブの受入れ拡大と待機児童の解"),
				at(2, "子育て・", 14, "2", 70, "Ｂ", 80, "子育て支援課"),
				at(2, "教育", 22, "消"), "",
				at(14, "3", 22, "学校給食費の第２子以降の無償化", 70, "Ｃ", 80, "学校給食課"), "",
				at(14, "4", 22, "がん検診の受診率向上", 70, "Ｃ", 80, "健康づくり課"), "",
				at(2, "健康・福祉", 14, "5", 22, "重層的支援体制の構築", 70, "Ａ", 80, "地域福祉課"), "",
				at(14, "6", 22, "障害のある人の就労支援", 70, "Ｂ", 80, "障害福祉課"), "",
				"※ 担当課は令和７年４月１日現在の組織名です。");

		// 子育て・教育 stands beside the middle of rows 1 to 3, 健康・福祉 beside that of rows 4 to 6
		assertThat(model.tables()).singleElement().satisfies(table -> assertThat(cells(table)).containsExactly(
				List.of("分野", "No.", "公約項目", "進捗", "担当課"),
				List.of("子育て・教育", "1", "第２子以降の保育料の完全無償化", "Ａ", "子育て支援課"),
				List.of("", "2", "放課後児童クラブの受入れ拡大と待機児童の解消", "Ｂ", "子育て支援課"),
				List.of("", "3", "学校給食費の第２子以降の無償化", "Ｃ", "学校給食課"),
				List.of("健康・福祉", "4", "がん検診の受診率向上", "Ｃ", "健康づくり課"),
				List.of("", "5", "重層的支援体制の構築", "Ａ", "地域福祉課"),
				List.of("", "6", "障害のある人の就労支援", "Ｂ", "障害福祉課")));
	}

	@Test
	void centredRowsNumberedBeforeTheirNameGoOnPastAGroupsHeadingAndItsSubtotal() {
		DocumentModel model = model(
				at(2, "No.", 10, "公　約", 44, "主な取組", 96, "進捗率", 106, "区分", 116, "所管課"), "",
				at(2, "政策分野１　子どもを育むまち"), "",
				at(44, "民間保育所２園の創設を支援し、定員を120人"),
				at(2, "1", 8, "保育所等の待機児童の解消", 44, "拡大した。待機児童は８人（前年度21人）。", 96, "70%", 106, "実施中", 116, "幼児課"), "",
				at(44, "小学校17校のうち10校の特別教室に空調設備"),
				at(8, "小中学校特別教室への空調設備の整"),
				at(2, "2", 44, "を設置した。中学校は令和６年度に設計する。", 96, "60%", 106, "実施中", 116, "教育総務課"),
				at(8, "備"), "",
				at(8, "小計（2項目）", 44, "完了0件、実施中2件", 96, "65.0%"), "",
				at(2, "政策分野２　健やかに暮らせるまち"), "",
				at(44, "休日検診を年４回から６回に拡充した。"),
				at(2, "3", 8, "がん検診の受診率向上", 44, "胃がん検診の受診率は6.2％にとどまる。", 96, "40%", 106, "一部実施", 116, "健康推進課"), "",
				at(44, "助成制度を創設し、2,316件を助成した。"),
				at(2, "4", 8, "帯状疱疹ワクチンの接種費用の助成", 96, "100%", 106, "完了", 116, "健康推進課"), "",
				"※ 進捗率は令和６年３月31日時点です。");

		// each table after a group's heading is headed as the first
		assertThat(model.tables()).allSatisfy(table -> assertThat(table.header()).containsExactly("No.", "公約", "主な取組", "進捗率", "区分", "所管課"));
		assertThat(model.tables().stream().flatMap(table -> table.body().stream())
			.map(row -> row.stream().map(Cell::text).toList()).toList()).containsExactly(
				List.of("1", "保育所等の待機児童の解消", "民間保育所２園の創設を支援し、定員を120人拡大した。待機児童は８人（前年度21人）。", "70%", "実施中", "幼児課"),
				List.of("2", "小中学校特別教室への空調設備の整備", "小学校17校のうち10校の特別教室に空調設備を設置した。中学校は令和６年度に設計する。", "60%", "実施中", "教育総務課"),
				List.of("", "小計（2項目）", "完了0件、実施中2件", "65.0%"),
				List.of("3", "がん検診の受診率向上", "休日検診を年４回から６回に拡充した。胃がん検診の受診率は6.2％にとどまる。", "40%", "一部実施", "健康推進課"),
				List.of("4", "帯状疱疹ワクチンの接種費用の助成", "助成制度を創設し、2,316件を助成した。", "100%", "完了", "健康推進課"));
		// the groups' headings stay headings between the rows
		assertThat(model.headings()).extracting(Heading::title).contains("子どもを育むまち", "健やかに暮らせるまち");
	}

	@Test
	void rowsCentredWithNoBlankLineBetweenThemAreBandsAroundTheirNumbersWhoseTwoWrappedColumnsInterleave() {
		// a sheet's rows, cells centred: a short title's lines between the lines of a long account, the number and the
		// marks beside the middle, a title's tail on the account's last line, a subtotal's figures with no number
		DocumentModel model = model(
				at(58, "評価"),
				at(2, "No.", 8, "施　策　名", 30, "実施状況", 56, "前年", 62, "本年", 70, "所管課"),
				at(2, "分野１　学び育つまち"),
				at(30, "給食室を８校で改修し"),
				at(8, "学校給食施設の"),
				at(3, "1", 30, "た。残る４校は令和８", 56, "Ｂ", 62, "Ａ", 70, "学校給食課"),
				at(8, "改修", 30, "年度に改修する。"),
				at(8, "通学路の安全対策", 30, "危険箇所62か所のうち"),
				at(3, "2", 56, "Ｃ", 62, "Ｂ", 70, "道路課"),
				at(8, "の推進", 30, "48か所を改善した。", 70, "学校教育課"),
				at(3, "3", 8, "図書館の開館時間延長", 30, "平日の閉館を20時とした。", 56, "Ａ", 62, "Ａ", 70, "図書館"),
				at(30, "Ａ:1 Ｂ:1 Ｃ:0 （３項目）"),
				at(8, "小計", 56, "50.0%", 62, "83.3%"),
				at(2, "分野２　安心して暮らせるまち"),
				at(30, "避難所21か所に備蓄倉"),
				at(3, "4", 8, "避難所の備蓄", 30, "庫を設けた。", 56, "Ｂ", 62, "Ｂ", 70, "危機管理課"),
				at(30, "残る５か所は来年度。"),
				at(8, "防犯カメラの増設", 30, "通学路に30台を増設し"),
				at(3, "5", 56, "Ｂ", 62, "Ａ", 70, "市民安全課"),
				at(8, "", 30, "た。"),
				"",
				"※ 前年欄は令和５年度の評価です。");

		assertThat(model.tables()).allSatisfy(table -> assertThat(table.header())
			.containsExactly("No.", "施策名", "実施状況", "評価前年", "評価本年", "所管課"));
		assertThat(model.tables().stream().flatMap(table -> table.body().stream())
			.map(row -> row.stream().map(Cell::text).toList()).toList()).containsExactly(
				List.of("1", "学校給食施設の改修", "給食室を８校で改修した。残る４校は令和８年度に改修する。", "Ｂ", "Ａ", "学校給食課"),
				List.of("2", "通学路の安全対策の推進", "危険箇所62か所のうち48か所を改善した。", "Ｃ", "Ｂ", "道路課、学校教育課"),
				List.of("3", "図書館の開館時間延長", "平日の閉館を20時とした。", "Ａ", "Ａ", "図書館"),
				List.of("", "小計", "Ａ:1 Ｂ:1 Ｃ:0 （３項目）", "50.0%", "83.3%"),
				List.of("4", "避難所の備蓄", "避難所21か所に備蓄倉庫を設けた。残る５か所は来年度。", "Ｂ", "Ｂ", "危機管理課"),
				List.of("5", "防犯カメラの増設", "通学路に30台を増設した。", "Ｂ", "Ａ", "市民安全課"));
		assertThat(model.headings()).extracting(Heading::title).contains("学び育つまち", "安心して暮らせるまち");
	}

	@Test
	void rowsPrintedFromTheirTopsWithNoBlankLineBetweenThemAreLeftAsTheyAre() {
		DocumentModel model = model(
				at(2, "No.", 8, "施策名", 34, "実施状況", 70, "評価", 76, "所管課"),
				at(3, "1", 8, "学校給食施設の改修", 34, "給食室を８校で改修した。残る４校", 70, "Ａ", 76, "学校給食課"),
				at(34, "は令和８年度に改修する。"),
				at(3, "2", 8, "通学路の安全対策の推進", 34, "危険箇所62か所のうち48か所を改善", 70, "Ｂ", 76, "道路課"),
				at(34, "した。"),
				at(3, "3", 8, "図書館の開館時間延長", 34, "平日の閉館を20時とした。", 70, "Ａ", 76, "図書館"));

		assertThat(model.tables().stream().flatMap(table -> table.body().stream())
			.map(row -> row.get(0).text() + "|" + row.get(2).text()).toList()).containsExactly(
				"1|給食室を８校で改修した。残る４校は令和８年度に改修する。", "2|危険箇所62か所のうち48か所を改善した。",
				"3|平日の閉館を20時とした。");
	}

	@Test
	void rowsNumberedWithCircledNumbersRunFromEachNumberToTheNextWithTheirMarkCentredAndOfficesWrapped() {
		// a Word table through pdftotext -layout: ① before the title, the title's second line under it, the mark alone
		// on a line of its own halfway down, an office cut by its cell's width, a justified line spaced out
		DocumentModel model = model(
				at(0, "政策１　学び育つまち"),
				at(6, "公約項目", 30, "取組状況", 62, "評価", 70, "所管課"),
				at(0, "① 学校給食費の第２", 22, "給食費の第２子以降の無償化を令", 70, "学校給食課"),
				at(0, "子以降の無償化", 22, "和６年４月に実施した。", 62, "Ａ"),
				at(0, "② 不登校児童生徒の", 22, "校内教育支援センターを８校に", 70, "学校教育課"),
				at(0, "学びの場の確保", 22, "設 置 し 、 計 12 校 と し た 。", 70, "総合教育セン"),
				at(62, "Ｂ", 70, "ター"),
				at(22, "利用者は延べ 37 人。"),
				at(0, "③ 図書館の開館時間", 22, "平日の閉館を20時に延ばした。", 62, "Ｃ", 70, "健康づくり推"),
				at(0, "の延長", 70, "進課"),
				"",
				"※ 所管課は令和７年４月１日現在の組織名です。");

		assertThat(model.tables()).singleElement().satisfies(table -> assertThat(cells(table)).containsExactly(
				List.of("", "公約項目", "取組状況", "評価", "所管課"),
				List.of("①", "学校給食費の第２子以降の無償化", "給食費の第２子以降の無償化を令和６年４月に実施した。", "Ａ", "学校給食課"),
				List.of("②", "不登校児童生徒の学びの場の確保", "校内教育支援センターを８校に設置し、計 12 校とした。利用者は延べ 37 人。", "Ｂ",
						"学校教育課、総合教育センター"),
				List.of("③", "図書館の開館時間の延長", "平日の閉館を20時に延ばした。", "Ｃ", "健康づくり推進課")));
	}

	@Test
	void twoColumnsWhoseLinesAreSetAtHeightsOfTheirOwnAreReadColumnByColumn() {
		// each line holds a piece of one column only, turn by turn, as pdftotext prints columns whose lines do not meet
		DocumentModel model = model(
				at(0, "１　局の使命"),
				at(50, "２　重点課題"),
				at(0, "子どもの権利を尊重し、すべての子どもが健やかに"),
				at(50, "重点課題１　安心して子どもを生み育てられる環境"),
				at(0, "育つよう、妊娠期から切れ目のない支援を行うとと"),
				at(50, "本市の出生数は令和５年に１万人となり、保育所等"),
				at(0, "もに、地域と力を合わせてまちをつくります。"),
				at(50, "の利用申請者数は過去最多を更新しました。"),
				at(0, "３　局の概要"),
				at(50, "妊娠期からの相談支援の充実と、保育ニーズの地域"),
				at(0, "局の職員数は令和７年４月１日現在で千九百人であ"),
				at(50, "的な偏りへの対応が課題となっています。"),
				at(0, "り、予算は前年度より増えています。"),
				at(50, "【主な取組】"),
				at(0, "所管施設は市内の各区に配置されています。"),
				at(50, "・民間保育所の新設による受入枠の確保を進めます。"));

		assertThat(model.headings()).extracting(Heading::title).containsSubsequence("局の使命", "局の概要", "重点課題");
		assertThat(String.join("", model.blocks().stream().filter(Paragraph.class::isInstance).map(Paragraph.class::cast)
			.flatMap(paragraph -> paragraph.lines().stream()).map(String::strip).toList()))
			.contains("子どもの権利を尊重し、すべての子どもが健やかに育つよう、妊娠期から切れ目のない支援を行うとともに、地域と力を合わせてまちをつくります。")
			.contains("本市の出生数は令和５年に１万人となり、保育所等の利用申請者数は過去最多を更新しました。");
	}

	@Test
	void aPagesFooterWithItsNumberBetweenTheOfficeAndTheDateIsNoRowOfTheTableItFollows() {
		java.util.function.IntFunction<List<String>> page = number -> List.of(
				at(4, "東西市長公約　工程表", 70, "令和７年３月31日現在"), "",
				at(2, "番号", 10, "公約", 50, "進捗", 60, "担当課"),
				at(2, String.valueOf(number), 10, "公約の項目その" + number, 50, "Ａ", 60, "企画課"), "",
				at(4, "東西市 企画財政部 企画課", 40, number + " / 2", 60, "2025/5/26"));
		DocumentModel model = PagedText.model(List.of(page.apply(1), page.apply(2)));

		assertThat(model.tables().stream().flatMap(table -> cells(table).stream()).flatMap(List::stream))
			.contains("公約の項目その1", "公約の項目その2").doesNotContain("東西市 企画財政部 企画課", "1 / 2", "2 / 2");
	}

	@Test
	void actionsCentredBesideTheirGoalsKeepEachOfTheirIndicatorsOnARowOfItsOwn() {
		DocumentModel model = model(
				at(4, "目  標", 30, "取    組    内    容", 80, "指    標", 110, "R5実績", 122, "R6目標", 134, "担当課"), "",
				at(30, "駅前広場の再編工事を進め、路面電車の乗り入れ"),
				at(30, "に向けて関係機関と調整する。", 80, "乗り入れ事業の進捗率", 110, "21.4%", 122, "48.0%", 134, "交通政策課"),
				at(2, "路面電車やバスが"),
				at(2, "便利に使われて", 30, "幹線バス路線の運行頻度を確保し、運転士の", 80, "路線バスの年間利用者数", 110, "2,986万人", 122, "3,100万人"),
				at(2, "いる", 30, "確保策を支援する。"),
				at(30, "交通系ICカードの導入も支援する。", 134, "公共交通推進課"),
				at(80, "幹線バスの平日運行本数", 110, "1,842本", 122, "1,900本"), "", "",
				at(30, "シェアサイクルのポートを郊外の駅へ拡大", 80, "シェアサイクルの利用回数", 110, "418,362回", 122, "450,000回", 134, "交通政策課"),
				at(2, "自転車が安全に使われて"),
				at(30, "する。"),
				at(2, "いる"), "",
				at(2, "重点目標２", 20, "都心のにぎわいの創出"));

		// the goal beside the middle of its actions; an action's second indicator a row of its own; a goal's line inside
		// an action's sentence parts no rows; the next goal's heading ends the table
		assertThat(model.tables()).first().satisfies(table -> assertThat(cells(table)).containsExactly(
				List.of("目標", "取組内容", "指標", "R5実績", "R6目標", "担当課"),
				List.of("路面電車やバスが便利に使われている", "駅前広場の再編工事を進め、路面電車の乗り入れに向けて関係機関と調整する。", "乗り入れ事業の進捗率", "21.4%", "48.0%", "交通政策課"),
				List.of("", "幹線バス路線の運行頻度を確保し、運転士の確保策を支援する。交通系ICカードの導入も支援する。", "路線バスの年間利用者数", "2,986万人", "3,100万人", "公共交通推進課"),
				List.of("", "", "幹線バスの平日運行本数", "1,842本", "1,900本"),
				List.of("自転車が安全に使われている", "シェアサイクルのポートを郊外の駅へ拡大する。", "シェアサイクルの利用回数", "418,362回", "450,000回", "交通政策課")));
		assertThat(model.headings()).extracting(Heading::title).contains("都心のにぎわいの創出");
	}

	@Test
	void numberedItemsOneSpaceApartTakeTheirTitleAndAccountFromTheLinesRoundTheirMark() {
		// PDFBox sorting by position: a row's cells one space apart, each centred on the line of its number and mark
		DocumentModel model = model(
				"番号 公約 実施状況 進捗 担当部",
				"子ども医療費助成の高校生 令和５年４月から高校生世代の医療費助成を",
				"1 世代までの拡大 開始し、所得制限を設けずに実施した。受給者は ◎ こども未来部",
				"約5,800人。",
				"第２子以降の保育料の無償 令和５年９月から第２子以降の保育料を",
				"2 化 無償化した（対象児童418人）。 ○ こども未来部",
				"【２】健康・福祉",
				"地域包括支援センターの増 センターを５か所から６か所に増設した。 保健福祉部",
				"3 設 ７か所目の運営法人は令和６年度に公募する。 △ 福祉政策課");

		assertThat(model.tables().stream().flatMap(table -> table.body().stream())
			.map(row -> List.of(row.get(0).text(), row.get(1).text(), row.get(3).text(), row.get(4).text())).toList()).containsExactly(
				List.of("1", "子ども医療費助成の高校生世代までの拡大", "◎", "こども未来部"),
				List.of("2", "第２子以降の保育料の無償化", "○", "こども未来部"),
				List.of("3", "地域包括支援センターの増設", "△", "保健福祉部・福祉政策課"));
		assertThat(model.tables().get(0).body().get(0).get(2).text())
			.isEqualTo("令和５年４月から高校生世代の医療費助成を開始し、所得制限を設けずに実施した。受給者は約5,800人。");
		// 【２】健康・福祉 stays where it stands, between the rows, in none of them
		assertThat(model.tables()).hasSize(2);
		assertThat(model.tables().stream().flatMap(table -> table.rows().stream()).flatMap(List::stream).map(Cell::text))
			.noneMatch(text -> text.contains("健康・福祉"));
	}

	@Test
	void aHeaderWhoseCellsOfTwoLinesStandBetweenCellsOfOneHeadsTheRowsUnderEachInitiative() {
		DocumentModel model = model(
				at(52, "基準値", 88, "目標値"),
				at(4, "成果指標", 42, "単位", 70, "R4", 78, "R5", 100, "達成度"),
				at(52, "（R元）", 88, "（R7）"), "",
				at(2, "施策１－１", 16, "妊娠・出産・子育ての切れ目のない支援", 60, "主担当課", 70, "こども未来課"), "",
				at(4, "合計特殊出生率", 42, "－", 52, "1.16（H30）", 70, "1.05", 78, "1.02", 88, "1.25", 100, "Ｂ"),
				at(4, "子育て世代包括支援センターの相談"),
				at(42, "件", 52, "1,842", 70, "2,315", 78, "2,486", 88, "2,500", 100, "Ａ"),
				at(4, "件数（年間）"));

		// the two-line cells are set into the middle line where they stand; the initiative's line is a heading with its
		// office, no row; a name of two lines round its row's figures is the row's
		assertThat(model.tables()).first().satisfies(table -> assertThat(table.header())
			.containsExactly("成果指標", "単位", "基準値（R元）", "R4", "R5", "目標値（R7）", "達成度"));
		assertThat(model.headings()).extracting(Heading::title).contains("妊娠・出産・子育ての切れ目のない支援");
		assertThat(model.blocks()).filteredOn(Field.class::isInstance).map(Field.class::cast)
			.extracting(Field::label, Field::value).contains(tuple("主担当課", "こども未来課"));
		assertThat(model.tables().stream().flatMap(table -> table.body().stream()).map(row -> row.get(0).text()))
			.containsExactly("合計特殊出生率", "子育て世代包括支援センターの相談件数（年間）");
	}

	@Test
	void anOutlinesNumberedItemsOverTheirParticularsAreHeadingsAndNamesListedTwoSpacesApartNoRow() {
		DocumentModel model = model(
				"     １  視察期間",
				"           令和７年１０月２１日（火）～１０月２３日（木）  （２泊３日）", "",
				"     ３  参加委員",
				"           景山  浩二（委員長）、門脇  さとみ（副委員長）、足立  俊介、錦織  和彦、",
				"           湯浅  真理子、遠藤  隆", "",
				"     ４  視察の概要",
				"       上田市は長野県の東部に位置し、千曲川が市域を東西に流れている。");

		assertThat(model.headings()).extracting(Heading::title).containsExactly("視察期間", "参加委員", "視察の概要");
		assertThat(model.tables().stream().flatMap(table -> table.rows().stream()).flatMap(List::stream).map(Cell::text))
			.noneMatch(text -> text.contains("浩二") || text.contains("視察期間"));
	}

	@Test
	void aGroupCellMergedOverSeveralCentredRowsGoesWithEveryRowItCovers() {
		// a sheet's 施策 merged over the rows of its indicators and centred in them, its lines falling beside whichever
		// row's lines they stand by
		DocumentModel model = model(
				"                                                      基準値                      実績値                    目標値",
				"No.     施 策           成 果 指 標               単位                                                                       達成率      評価      担当課",
				"                                                      （R2）          R4          R5          R6          （R7）",
				"政策１ 子どもを安心して育てるまち",
				" 1                      出生数（年間）          人         1,820       1,790       1,750       1,702       1,900           89.6%       Ｂ       子ども課",
				"      １－１ 子育て支   保育所等の待機児童数（各",
				" 2                                              人            12           5           2           0           0          100.0%       Ａ       幼児教育課",
				"      援の充実          年４月１日現在）",
				" 3                      子育て相談件数（年間）  件         4,200       4,610       4,980       5,310       5,000          106.2%       Ａ       子ども課",
				"                        「授業がよく分かる」と答",
				" 4    １－２ 学校教育                           ％          61.2        62.0        63.4        64.1        65.0           98.6%       Ｂ       学校教育課",
				"                        えた児童の割合",
				" 5    の充実            英語検定の取得率         ％         40.2        43.5        47.0        49.8        50.0           99.6%       Ｂ       学校教育課");

		assertThat(model.tables()).last().satisfies(table -> assertThat(cells(table).subList(1, cells(table).size())).containsExactly(
				List.of("1", "１－１ 子育て支援の充実", "出生数（年間）", "人", "1,820", "1,790", "1,750", "1,702", "1,900", "89.6%", "Ｂ", "子ども課"),
				List.of("2", "１－１ 子育て支援の充実", "保育所等の待機児童数（各年４月１日現在）", "人", "12", "5", "2", "0", "0", "100.0%", "Ａ", "幼児教育課"),
				List.of("3", "１－１ 子育て支援の充実", "子育て相談件数（年間）", "件", "4,200", "4,610", "4,980", "5,310", "5,000", "106.2%", "Ａ", "子ども課"),
				List.of("4", "１－２ 学校教育の充実", "「授業がよく分かる」と答えた児童の割合", "％", "61.2", "62.0", "63.4", "64.1", "65.0", "98.6%", "Ｂ", "学校教育課"),
				List.of("5", "１－２ 学校教育の充実", "英語検定の取得率", "％", "40.2", "43.5", "47.0", "49.8", "50.0", "99.6%", "Ｂ", "学校教育課")));
	}

	@Test
	void aBracketedLabelBesideAGroupsClosingRemarksIsARowOfItsOwnUnderRowsSetAtTheirBottoms() {
		// an Excel sheet's rows set at the bottom of their cells; each field closed by 【分野の所見】 and its remarks
		DocumentModel model = model(
				"No.       マニフェストの取組                    令和６年度の主な取組実績と成果                                  進捗    担当課",
				"分野１    子育て・教育",
				"                                                通院・入院ともに18歳までの医療費を無償化し、受給者証を約",
				" 1    子ども医療費の無償化                      8,900人に交付した。                                              ◎      こども家庭課",
				"      保育所等の待機児童ゼロの実現              待機児童数は３人となった。保育士の就職支度金を創設し、",
				" 2    と保育士の確保                            23人が市内の保育施設に就職した。                                 ○      保育幼稚園課",
				"                                                小学校の余裕教室を活用して４クラブを新設し、定員を160人",
				" 3    放課後児童クラブの受入れ拡大              拡大した。待機児童は０人となった。                               ◎      こども家庭課",
				"                                                医療費助成と放課後児童クラブは公約を実現したが、保育士の",
				"   【分野の所見】                               確保に課題が残る。",
				"分野２    健康・福祉",
				"                                                接種費用の一部の助成を開始し、延べ3,214人が利用した。",
				" 4    帯状疱疹ワクチン接種費用の助成                                                                             ◎      健康づくり課",
				"                                                認知症初期集中支援チームを２チームに増員し、支援件数は68",
				" 5    認知症施策の推進                          件となった。                                                     ○      長寿福祉課",
				"   【分野の所見】                               制度の創設は着実に進んだ。");

		assertThat(model.tables()).last().satisfies(table -> assertThat(cells(table)).endsWith(
				List.of("4", "帯状疱疹ワクチン接種費用の助成", "接種費用の一部の助成を開始し、延べ3,214人が利用した。", "◎", "健康づくり課"),
				List.of("5", "認知症施策の推進", "認知症初期集中支援チームを２チームに増員し、支援件数は68件となった。", "○", "長寿福祉課"),
				List.of("", "【分野の所見】", "制度の創設は着実に進んだ。")));
	}

	@Test
	void rowsNumberedOneAfterAnotherStayOneTableUnderTheirHeaderAndAPartsHeadingAfterRowsEndsThem() {
		DocumentModel rows = model(
				"区分　　　内容",
				"①　　　　道路の維持補修",
				"　　　　　（市道の舗装）",
				"②　　　　公園の整備",
				"③　　　　河川の改修");

		assertThat(rows.tables()).singleElement().satisfies(table -> assertThat(cells(table)).hasSize(4));

		// ⑦ 質疑応答's 問 and 答 rows, then ⑧ 所感: the next part of the report, no row of theirs
		DocumentModel parts = model(
				"    ⑦  質疑応答",
				"        問  車みちの整備費用は、１地区当たりどの程度か。",
				"        答  おおむね３億円から５億円程度である。",
				"    ⑧  所感・考察",
				"          地元と共に道路整備の方策を検討すべきである。");

		assertThat(parts.tables()).allSatisfy(table -> assertThat(cells(table)).noneMatch(row -> row.contains("所感・考察")));
		assertThat(parts.blocks()).anySatisfy(block -> assertThat(block).isInstanceOfSatisfying(Heading.class,
				heading -> assertThat(heading.title()).isEqualTo("所感・考察")));
	}
}
