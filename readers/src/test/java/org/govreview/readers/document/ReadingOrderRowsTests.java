package org.govreview.readers.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govreview.readers.document.TestModels.cells;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Tables that an extraction in reading order printed one cell a line, row after row: read back by what each
 * column's label says it holds, over page turns and the header printed again.
 */
class ReadingOrderRowsTests {

	@Test
	void numberedRowsOfOneCellALineAreReadByTheirColumnsOverThePageTurnAndTheHeaderPrintedAgain() {
		DocumentModel model = PagedText.model(List.of(
				List.of("市長公約 進捗状況報告書（令和５年度末時点）", "", "（１）子どもを産み育てやすいまち", "No.", "公約項目", "進捗率", "取組状況",
						"担当課", "1", "子ども医療費の高校生世代ま", "での無償化", "100％", "入院・通院医療費の自己負担を", "無償化した。", "こども課", "2",
						"学校給食費の負担軽減", "55％", "物価高騰分を公費で負担し、保護", "者負担を据え置いた。", "学校給食セン", "ター", "3",
						"不登校児童生徒への支援", "70％", "校内サポートルームを全校に設置", "学校教育課", "", "－ 1 －"),
				List.of("市長公約 進捗状況報告書（令和５年度末時点）", "", "No.", "公約項目", "進捗率", "取組状況", "担当課", "した。", "4",
						"こども家庭センターの設置", "100％", "相談窓口を一体化した。", "こども課", "健康増進課", "", "－ 2 －")));

		assertThat(model.tables()).singleElement().satisfies(table -> assertThat(cells(table)).containsExactly(
				List.of("No.", "公約項目", "進捗率", "取組状況", "担当課"),
				List.of("1", "子ども医療費の高校生世代までの無償化", "100％", "入院・通院医療費の自己負担を無償化した。", "こども課"),
				List.of("2", "学校給食費の負担軽減", "55％", "物価高騰分を公費で負担し、保護者負担を据え置いた。", "学校給食センター"),
				List.of("3", "不登校児童生徒への支援", "70％", "校内サポートルームを全校に設置した。", "学校教育課"),
				List.of("4", "こども家庭センターの設置", "100％", "相談窓口を一体化した。", "こども課\n健康増進課")));
	}

	@Test
	void indicatorsWithoutNumbersAreReadByTheirValuesAndAYearUnderAFigureIsThatFigures() {
		DocumentModel model = PagedText.model(List.of(List.of("(1) 農業の振興", "", "重要業績評価指標", "（KPI）", "基準値", "R6 実績", "目標値", "（R6）", "達成度",
				"担当課", "茶園の担い手への農地集", "積面積", "412ha", "（R元）", "468ha", "500ha", "B", "農林課", "新商品の開発件数（累計）", "－",
				"18件", "20件", "B", "お茶振興課", "", "【評価・今後の方向性】", "集積は着実に進んだ。")));

		assertThat(model.tables()).singleElement().satisfies(table -> assertThat(cells(table)).containsExactly(
				List.of("重要業績評価指標（KPI）", "基準値", "R6 実績", "目標値（R6）", "達成度", "担当課"),
				List.of("茶園の担い手への農地集積面積", "412ha（R元）", "468ha", "500ha", "B", "農林課"),
				List.of("新商品の開発件数（累計）", "－", "18件", "20件", "B", "お茶振興課")));
	}

	@Test
	void numberedRowsSetApartByBlankLinesGoOnAndAnOfficeWholeOnItsLineBeforeTheTextIsASecondOffice() {
		DocumentModel model = PagedText.model(List.of(List.of("政策１　安心して子育てできるまち", "", "番号", "項目", "評価", "担当課", "取組状況", "",
				"1", "産後ケア事業の利用料の", "無償化", "5", "こども家庭課", "令和６年度から利用料を無償化し、", "延べ 214 件の利用があった。", "", "2",
				"放課後の居場所づくり", "3", "生涯学習課", "こども家庭課", "公民館３館で学習スペースを開設した。", "", "3", "小児救急医療体制の確保", "4",
				"健康増進課", "夜間の小児救急の当番医を確保した。", "", "政策２　元気な産業のまち")));

		assertThat(model.tables()).singleElement().satisfies(table -> assertThat(cells(table)).containsExactly(
				List.of("番号", "項目", "評価", "担当課", "取組状況"),
				List.of("1", "産後ケア事業の利用料の無償化", "5", "こども家庭課", "令和６年度から利用料を無償化し、延べ 214 件の利用があった。"),
				List.of("2", "放課後の居場所づくり", "3", "生涯学習課\nこども家庭課", "公民館３館で学習スペースを開設した。"),
				List.of("3", "小児救急医療体制の確保", "4", "健康増進課", "夜間の小児救急の当番医を確保した。")));
	}
}
