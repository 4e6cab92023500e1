package org.govreview.readers.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govreview.readers.document.TestModels.cells;
import static org.govreview.readers.document.TestModels.model;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Shapes a city's web page and a slide deck give the model once their text is extracted: definition lists of records,
 * a header over a row of figures drawn as a table of its own, a group header over columns that name themselves, a
 * label's bulleted list, a figure a text box's width cut, a table's caption that names its heading.
 */
class WebAndSlideShapesTests {

	@Test
	void aDefinitionListOfNumberedRecordsIsATableWithARowPerRecord() {
		DocumentModel model = model("施策２－３　防災・危機管理体制の強化", "", "担当課\t危機管理課", "関連計画\t富士山火山避難基本計画",
				"成果指標1\t自主防災組織による防災訓練の実施率", "現状値\t76.5％（令和５年度）", "目標値\t90.0％（令和９年度）",
				"成果指標2\tごてんば防災メールの登録者数", "現状値\t18,240人（令和５年度）", "目標値\t22,000人（令和９年度）", "備考\t年度末の登録者数");

		assertThat(model.tables()).hasSize(2);
		assertThat(cells(model.tables().get(0))).containsExactly(List.of("担当課", "危機管理課"), List.of("関連計画", "富士山火山避難基本計画"));
		assertThat(model.tables().get(1).headerRows()).isEqualTo(1);
		assertThat(cells(model.tables().get(1))).containsExactly(List.of("成果指標", "現状値", "目標値", "備考"),
				List.of("自主防災組織による防災訓練の実施率", "76.5％（令和５年度）", "90.0％（令和９年度）", ""),
				List.of("ごてんば防災メールの登録者数", "18,240人（令和５年度）", "22,000人（令和９年度）", "年度末の登録者数"));
	}

	@Test
	void labelsInTurnWithoutANumberedFirstLabelStayASheet() {
		DocumentModel model = model("計画の概要", "", "計画の名称\t実施計画", "計画期間\t令和７年度から令和９年度", "策定\t令和７年３月",
				"計画の構成\t４つの基本目標");

		assertThat(model.tables()).singleElement().satisfies(table -> assertThat(cells(table)).hasSize(4));
	}

	@Test
	void aHeaderAloneOverARowOfItsFiguresIsOneTable() {
		DocumentModel model = model("高岡市の概要（令和７年６月１日現在）", "", "人　口\t世帯数\t面　積", "", "",
				"162,417人\t69,884世帯\t209.57km²", "", "※面積は国土地理院による。");

		assertThat(model.tables()).singleElement().satisfies(table -> {
			assertThat(table.headerRows()).isEqualTo(1);
			assertThat(cells(table)).containsExactly(List.of("人　口", "世帯数", "面　積"), List.of("162,417人", "69,884世帯", "209.57km²"));
		});
	}

	@Test
	void aGroupHeaderOverColumnsThatNameTheirFiguresLeavesTheirNames() {
		DocumentModel model = model("施策１－１　子育て支援の充実", "", "成果指標\t単位\t指標値\t\t備考",
				"成果指標\t単位\t現状値（令和５年度）\t目標値（令和９年度）\t備考", "子育て支援センターの延べ利用者数\t人\t32,480\t36,000\t市内５か所の合計",
				"保護者の満足度\t％\t68.4\t75.0\tアンケート");

		assertThat(model.tables()).singleElement()
			.satisfies(table -> assertThat(table.header()).containsExactly("成果指標", "単位", "現状値（令和５年度）", "目標値（令和９年度）", "備考"));
	}

	@Test
	void aGroupHeaderOverYearsStillNamesThem() {
		DocumentModel model = model("成果指標", "", "指標\t目標値\t\t", "指標\tR6\tR7\tR8", "待機児童数\t2\t1\t0", "利用者数\t300\t320\t340");

		assertThat(model.tables()).singleElement().satisfies(table -> assertThat(table.header()).containsExactly("指標", "目標値R6", "目標値R7", "目標値R8"));
	}

	@Test
	void bulletedLinesUnderALabelAreItsListNotHeadings() {
		DocumentModel model = model("重点目標１　ゼロカーボンシティの実現", "", "主な取組", "● 住宅用太陽光発電設備の設置費用の補助",
				"● 市有施設へのＰＰＡ方式による太陽光発電設備の導入", "● 公用車の電動車への計画的な更新", "", "成果指標");

		assertThat(model.all(ListItem.class)).extracting(ListItem::body).containsExactly("住宅用太陽光発電設備の設置費用の補助",
				"市有施設へのＰＰＡ方式による太陽光発電設備の導入", "公用車の電動車への計画的な更新");
		assertThat(model.all(Heading.class)).noneMatch(heading -> heading.label().equals("●"));
	}

	@Test
	void bulletedLinesUnderATitleAloneAreLeftAsTheyWere() {
		DocumentModel model = model("重点取組①", "子どもの未来を育む", "〜子育て・教育〜", "", "▶ こども家庭センターを開設",
				"▶ 給食費無償化を継続", "▶ 児童館の居場所機能を充実");

		assertThat(model.all(ListItem.class)).extracting(ListItem::marker).doesNotContain("▶");
	}

	@Test
	void aFigureTheLineEndCutGoesOnAtTheNextLine() {
		DocumentModel model = model("３－（２）石川県野々市市　～視察の概要～", "", "■ 日時　７月９日（水）　９：３０～１１：００",
				"■ 市の概要　面積１３．５６平方キロメートルと県内で最も小さな市域に、人口５万３，",
				"４８８人、世帯数２万４，１０５世帯（いずれも令和７年５月末日現在）が暮らす。平", "成２３年１１月に町から市へ移行した。");

		assertThat(model.blocks()).map(Block::text).anySatisfy(text -> assertThat(text).contains("人口５万３，４８８人、世帯数"));
	}

	@Test
	void aTablesCaptionThatNamesItsHeadingIsNoHeading() {
		DocumentModel model = model("施策１－１　子育て支援の充実", "", "成果指標（3指標）", "施策１－１の成果指標", "", "成果指標\t現状値\t目標値",
				"保育所等待機児童数\t2\t0");

		assertThat(model.all(Heading.class)).extracting(Heading::title).containsExactly("子育て支援の充実");
	}

	@Test
	void aLabelBesideItsValueAloneIsAField() {
		DocumentModel model = model("KPI 01 市内事業所の従業者数", "", "基準値\t38,412人", "（令和３年）", "", "目標値\t39,000人", "（令和８年）");

		assertThat(model.all(Field.class)).extracting(Field::label, Field::value)
			.containsExactly(org.assertj.core.api.Assertions.tuple("基準値", "38,412人"), org.assertj.core.api.Assertions.tuple("目標値", "39,000人"));
		assertThat(model.tables()).isEmpty();
	}

	@Test
	void groupHeadersThatTellLikeNamedColumnsApartAreKept() {
		DocumentModel model = model("成果指標", "", "施策\t市民満足度\t\t参加者数\t", "施策\t現状値\t目標値\t現状値\t目標値",
				"子育て支援\t62.0\t70.0\t1,200\t1,500");

		assertThat(model.tables()).singleElement()
			.satisfies(table -> assertThat(table.header()).contains("市民満足度現状値", "市民満足度目標値", "参加者数現状値").doesNotHaveDuplicates());
	}

	@Test
	void aFigureEndingALineIsNoFigureCutWhenTheNextLineIsANoteOfItsOwn() {
		DocumentModel model = model("主な取組", "・市内の事業所数は4,512", "2021年経済センサスによる。");

		assertThat(model.all(ListItem.class)).extracting(ListItem::body).containsExactly("市内の事業所数は4,512");
	}

	@Test
	void bulletedLinesTheLastOfWhichHasTextUnderItAreHeadings() {
		DocumentModel model = model("主な取組", "● 子育て支援", "● 高齢者福祉", "高齢者の見守り体制を強化し、地域包括支援センターとの連携を深めます。");

		assertThat(model.all(Heading.class)).extracting(Heading::title).contains("子育て支援", "高齢者福祉");
	}
}
