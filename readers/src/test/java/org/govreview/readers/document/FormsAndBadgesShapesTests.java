package org.govreview.readers.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govreview.readers.document.TestModels.cells;
import static org.govreview.readers.document.TestModels.model;

import java.nio.file.Path;
import java.util.List;

import org.govreview.readers.text.SourceText;
import org.junit.jupiter.api.Test;

/**
 * Shapes a records system's forms and a city's card pages give the model: a form's table whose fields are followed,
 * in the same ruled table, by a list under a header of its own; a card's badge printed beside the middle of its
 * title's two lines; a page whose ruled tables outnumber its lines of text.
 */
class FormsAndBadgesShapesTests {

	@Test
	void aFormsFieldsAndTheListItHoldsUnderItsOwnHeaderAreTwoTables() {
		DocumentModel model = pdf("市長公約　進捗管理票（個票）", "",
				"<table><tr><td>基本政策</td><td>Ⅰ　子どもが輝くまち</td><td></td><td></td></tr>"
						+ "<tr><td>公約</td><td>1　子育て家庭の負担を軽くします</td><td></td><td></td></tr>"
						+ "<tr><td>公約の達成度</td><td>87.5%</td><td>取組数</td><td>2</td></tr>"
						+ "<tr><td>No.</td><td>取組内容</td><td>進捗度</td><td>担当課</td></tr>"
						+ "<tr><td>1-1</td><td>保育料の完全無償化</td><td>4</td><td>保育課</td></tr>"
						+ "<tr><td>1-2</td><td>学校給食費の段階的な無償化</td><td>3</td><td>教育総務課</td></tr></table>");

		assertThat(model.tables()).hasSize(2);
		assertThat(model.tables().get(0).headerRows()).isZero();
		assertThat(cells(model.tables().get(0))).extracting(row -> row.get(0)).containsExactly("基本政策", "公約", "公約の達成度");
		assertThat(model.tables().get(1).headerRows()).isEqualTo(1);
		assertThat(model.tables().get(1).header()).containsExactly("No.", "取組内容", "進捗度", "担当課");
		assertThat(cells(model.tables().get(1))).hasSize(3);
	}

	@Test
	void aTablesOwnFirstRowOfHeaderWordsIsNoListInsideAForm() {
		DocumentModel model = pdf("<table><tr><td>No.</td><td>取組内容</td><td>進捗度</td><td>担当課</td></tr>"
				+ "<tr><td>1-1</td><td>保育料の完全無償化</td><td>4</td><td>保育課</td></tr>"
				+ "<tr><td>1-2</td><td>学校給食費の段階的な無償化</td><td>3</td><td>教育総務課</td></tr></table>");

		assertThat(model.tables()).singleElement().satisfies(table -> {
			assertThat(table.headerRows()).isEqualTo(1);
			assertThat(cells(table)).hasSize(3);
		});
	}

	@Test
	void aBadgeBesideTheMiddleOfItsTitlesTwoLinesHeadsTheTitleJoined() {
		DocumentModel model = model("環境経済部は、令和７年度に次の四つの重点目標を掲げて取り組みます。",
				"やきものと空港を生かした観光交流", "重点目標１", "の推進", "", "主な取組", "・やきもの散歩道の案内サインの多言語化", "",
				"農業と水産業の担い手確保と産地の", "重点目標３", "活性化", "", "主な取組", "・新規就農者への経営開始資金の交付");

		assertThat(model.all(Heading.class)).filteredOn(heading -> heading.scheme() == NumberingScheme.LABELLED)
			.extracting(Heading::label, Heading::title)
			.containsExactly(org.assertj.core.api.Assertions.tuple("重点目標", "やきものと空港を生かした観光交流の推進"),
					org.assertj.core.api.Assertions.tuple("重点目標", "農業と水産業の担い手確保と産地の活性化"));
	}

	@Test
	void aLineOverAHeadingsLabelIsNoHalfOfItsTitleUnlessThePhraseBreaksBetweenThem() {
		DocumentModel model = model("", "鎌倉市総合計画実施計画", "基本目標１", "安全なまちづくり", "", "・防災訓練の実施", "",
				"担当課：企画政策課", "公約２", "子育て支援の充実", "", "・保育所の整備");

		assertThat(model.all(Heading.class)).extracting(Heading::title)
			.noneMatch(title -> title.contains("鎌倉市総合計画実施計画") || title.contains("企画政策課"));
	}

	@Test
	void aListsHeaderRepeatedFurtherDownSplitsNoForm() {
		DocumentModel model = pdf("<table><tr><td>施策</td><td>取組内容</td><td>担当課</td></tr>"
				+ "<tr><td>子育て支援</td><td>保育所の整備</td><td>こども課</td></tr>"
				+ "<tr><td>学校教育</td><td>学力の向上</td><td>学校教育課</td></tr>"
				+ "<tr><td>施策</td><td>取組内容</td><td>担当課</td></tr>"
				+ "<tr><td>防災</td><td>避難所の整備</td><td>危機管理課</td></tr></table>");

		assertThat(model.tables()).singleElement().satisfies(table -> assertThat(table.headerRows()).isEqualTo(1));
	}

	@Test
	void aHeadingOverItsOwnTitleOnTheNextLineIsNoBadge() {
		DocumentModel model = model("主な取組を次のとおり定めます。", "", "重点目標１", "子育て支援の充実", "", "・保育所の整備");

		assertThat(model.all(Heading.class)).filteredOn(heading -> heading.scheme() == NumberingScheme.LABELLED)
			.extracting(Heading::title).doesNotContain("主な取組を次のとおり定めます。子育て支援の充実");
	}

	@Test
	void aPdfWhoseRuledTablesOutnumberItsLinesIsReadAsTablesNotAsCommaSeparatedValues() throws Exception {
		// a records system's forms (held-out batch 69): page heads with tabs, figures with thousands separators, and
		// more lines of ruled tables than of text
		Path forms = Path.of(getClass().getResource("/heldout/policy-statement/b69-01-tokorozawa-kankyoclean-systemform.pdf").toURI());

		DocumentModel model = DocumentModel.of(new org.govreview.readers.text.SourceTextLoader().load(forms));

		assertThat(model.sheet()).isFalse();
		assertThat(model.tables()).anySatisfy(table -> assertThat(cells(table)).anySatisfy(row -> assertThat(row).contains("令和５年度", "96,418")));
		assertThat(model.tables()).anySatisfy(table -> assertThat(cells(table).get(0)).contains("重点目標１"));
	}

	private static DocumentModel pdf(String... lines) {
		return DocumentModel.of(new SourceText(Path.of("form.pdf"), List.of(lines), "PDF, 1 pages"));
	}
}
