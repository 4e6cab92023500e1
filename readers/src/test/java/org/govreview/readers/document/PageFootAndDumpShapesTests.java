package org.govreview.readers.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.govreview.readers.document.TestModels.cells;
import static org.govreview.readers.document.TestModels.model;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Shapes of our own: a page's foot that counts the pages (1 / 4 ページ) and a slide's footer with its bare number,
 * both furniture; a browser's text dump of a tight table, figures one space apart; a form's labels spaced out to fill
 * their cells and a label set vertically, one letter a line, beside its rows; a part's word spaced out after its
 * number below the rows of questions.
 */
class PageFootAndDumpShapesTests {

	@Test
	void aFootThatCountsThePagesIsNoHeading() {
		DocumentModel model = PagedText.model(List.of(
				List.of("１    検証の方法", "  各分野の取組を４区分で判定しました。", "", "", "                     1 / 2 ページ"),
				List.of("２    評価結果", "  総合評価点は71.5点となりました。", "", "", "                     2 / 2 ページ")));

		assertThat(model.headings()).extracting(Heading::title).containsExactly("検証の方法", "評価結果");
	}

	@Test
	void aSlidesFooterWithItsBareNumberOnEveryPageIsFurniture() {
		DocumentModel model = PagedText.model(List.of(
				List.of("        大分市長マニフェスト 進捗報告（令和６年度末）             2", "１   マニフェストの構成", "  ５つの柱と30の取組で構成されています。"),
				List.of("        大分市長マニフェスト 進捗報告（令和６年度末）             3", "２   評価の方法", "  担当課が４段階で評価しています。"),
				List.of("        大分市長マニフェスト 進捗報告（令和６年度末）             4", "３   全体の進捗状況", "  全体の進捗率は66.7％です。")));

		assertThat(model.blocks()).noneMatch(block -> block instanceof Table);
		assertThat(model.headings()).extracting(Heading::title).containsExactly("マニフェストの構成", "評価の方法", "全体の進捗状況");
	}

	@Test
	void figuresOneSpaceApartInATightTableAreCellsOfTheirColumns() {
		DocumentModel model = model(
				"  国勢調査による人口の推移",
				"",
				"     区分     平成22年   平成27年   令和2年",
				"   人口（人）   256,318 251,904 247,112",
				"   世帯数（世帯） 103,826 105,710 107,948",
				"   高齢化率（％） 25.3    29.1    31.6");

		assertThat(model.tables()).singleElement().satisfies(table -> assertThat(cells(table)).containsExactly(
				List.of("区分", "平成22年", "平成27年", "令和2年"),
				List.of("人口（人）", "256,318", "251,904", "247,112"),
				List.of("世帯数（世帯）", "103,826", "105,710", "107,948"),
				List.of("高齢化率（％）", "25.3", "29.1", "31.6")));
	}

	@Test
	void aRangeOfNumbersOneSpaceApartStaysOneCell() {
		DocumentModel model = model(
				"   分野        対象No.   項目数   Ａ   Ｂ   進捗率",
				"   子育て・教育   1～ 6      6      2    3   83.3％",
				"   健康・福祉     7～11      5      1    2   60.0％");

		assertThat(cells(model.tables().get(0))).extracting(row -> row.get(1)).containsExactly("対象No.", "1～ 6", "7～11");
	}

	@Test
	void aFormsLabelsSpacedOutToFillTheirCellsAreLabelsOfTheirValues() {
		DocumentModel model = model(
				"提   出   日 令和7年11月25日                 会   派   名 みらい創生クラブ",
				"",
				"視   察   日 令和7年10月21日(火)                        時           間 13:30～15:00",
				"視   察   先 滋賀県長浜市（長浜市役所 本庁舎3階 第1会議室）");

		assertThat(model.blocks()).filteredOn(Field.class::isInstance).map(Field.class::cast)
			.extracting(Field::label, field -> field.value().replaceFirst("[(（\\s　].*$", ""))
			.containsExactly(tuple("提出日", "令和7年11月25日"), tuple("会派名", "みらい創生クラブ"), tuple("視察日", "令和7年10月21日"),
					tuple("視察先", "滋賀県長浜市"));
	}

	@Test
	void aLabelSetOneLetterALineBesideItsRowsLeavesTheRowsAsPrinted() {
		DocumentModel model = model(
				"            問1     市の支援を受けているか。",
				"            答      現在は独立採算である。",
				"    質      問2     市の役割は何か。",
				"            答      基盤の整備を担っている。",
				"    疑      問3     後継者をどう確保しているか。",
				"            答      家賃補助で出店を促している。");

		assertThat(model.source().lines()).anyMatch(line -> line.startsWith("    疑"));
		assertThat(String.join("\n", model.blocks().stream().map(Object::toString).toList())).doesNotContain("疑");
	}

	@Test
	void aPartsWordSpacedOutAfterItsNumberEndsTheRowsOfQuestionsAbove() {
		DocumentModel model = model(
				"7. 質疑（問・答）",
				"   問１　公民連携の事業で、市が負担する費用はどの程度か。",
				"   答　　公共空間の整備費は市が負担している。",
				"8. 所　　感",
				"   ・公共空間を民間が活用する仕組みは参考になる。",
				"   ・河川空間の活用は国との連携が鍵である。");

		assertThat(model.headings()).extracting(Heading::title).containsExactly("質疑（問・答）", "所感");
		assertThat(model.blocks()).filteredOn(ListItem.class::isInstance).hasSize(2);
	}
}
