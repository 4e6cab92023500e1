package org.govreview.readers.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.govreview.readers.text.SourceText;
import org.junit.jupiter.api.Test;

/**
 * Table rows as pdftotext prints them when the layout wraps their cells: a row number beside the middle of a
 * vertically centred row, a name printed above the line of its figures, and columns dumped one after another with a
 * column of units and a wrapped name.
 */
class LaidOutRowShapesTests {

	private static DocumentModel model(String... lines) {
		return DocumentModel.of(new SourceText(Path.of("doc.txt"), List.of(lines), "text"));
	}

	private static List<List<String>> cells(Table table) {
		return table.rows().stream().map(row -> row.stream().map(Cell::text).toList()).toList();
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
}
