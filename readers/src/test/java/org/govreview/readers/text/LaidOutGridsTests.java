package org.govreview.readers.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Grid tables in laid-out text rebuilt from their columns, and the tables and lines left as they read. */
class LaidOutGridsTests {

	private static SourceText text(String... lines) {
		return new SourceText(Path.of("grid.txt"), List.of(lines), "UTF-8");
	}

	@Test
	void aNameWrappedUnderItsFiguresJoinsItsRowAndTheProseAfterTheTableStays() {
		SourceText text = text(
				"No.  成果指標                  単位      基準値      目標値  所管課",
				" 1   市民１人当たりの文化施設  回           6.2         7.0  文化振興課",
				"     の利用回数（年間）",
				" 2   図書館の個人貸出冊数      冊       318,460     400,000  中央図書館",
				"     （年間）",
				" 3   スポーツ施設の利用者数    人        12,400      15,000  スポーツ推進課",
				"以上のとおり。");

		SourceText gridded = LaidOutGrids.gridded(text);

		assertThat(gridded.lines()).hasSameSizeAs(text.lines());
		assertThat(gridded.lines().get(0)).startsWith("<table>")
			.contains("<td>No.</td><td>成果指標</td><td>単位</td><td>基準値</td><td>目標値</td><td>所管課</td>")
			.contains("<td>1</td><td>市民１人当たりの文化施設の利用回数（年間）</td><td>回</td><td>6.2</td><td>7.0</td>")
			.contains("<td>2</td><td>図書館の個人貸出冊数（年間）</td><td>冊</td><td>318,460</td><td>400,000</td>");
		assertThat(gridded.lines().subList(1, 6)).allMatch(String::isEmpty);
		assertThat(gridded.lines().get(6)).isEqualTo("以上のとおり。");
	}

	@Test
	void aTableOfOneLineARowReadsAsItIs() {
		SourceText text = text(
				"No.  成果指標                  単位      基準値      目標値  所管課",
				" 1   市民の文化施設の利用回数  回           6.2         7.0  文化振興課",
				" 2   図書館の個人貸出冊数      冊       318,460     400,000  中央図書館",
				" 3   スポーツ施設の利用者数    人        12,400      15,000  スポーツ推進課");

		assertThat(LaidOutGrids.gridded(text)).isSameAs(text);
	}

	@Test
	void aYearWithSpacesInsideStaysOneCell() {
		// 令和 3 年度: single spaces between a word and a figure part no columns
		SourceText text = text(
				"No.  成果指標                   基準値  基準年度        目標値  所管課",
				" 1   市民１人当たりの文化施設      6.2  令和 3 年度        7.0  文化振興課",
				"     の利用回数（年間）",
				" 2   図書館の個人貸出冊数      318,460  令和 3 年度    400,000  中央図書館",
				"     （年間）");

		String table = LaidOutGrids.gridded(text).lines().get(0);

		assertThat(table).contains("<td>6.2</td><td>令和 3 年度</td><td>7.0</td>",
				"<td>318,460</td><td>令和 3 年度</td><td>400,000</td>");
	}

	@Test
	void aLineOfMarkupInsideLeavesTheTableAsItReads() {
		SourceText text = text(
				"No.  成果指標                  単位      基準値      目標値  所管課",
				" 1   市民１人当たりの文化施設  回           6.2         7.0  文化振興課",
				"     <br>の利用回数",
				" 2   図書館の個人貸出冊数      冊       318,460     400,000  中央図書館",
				"     （年間）");

		assertThat(LaidOutGrids.gridded(text)).isSameAs(text);
	}

	@Test
	void aFormsRowsOfWordsOpenedByTheirNumbersAreRowsAndASubtotalIsNone() {
		// a system's form: no figures in a row, each opened by its number; the evaluation spread over two columns
		SourceText text = text(
				"                                                               評      価       今後の",
				" No.    取組項目              担当課           主な取組実績（令和７年３月末）       担当課    確定       方向性",
				"",
				"公約1   子育ての負担を軽くします",
				"        第３子以降の給食費         学校給食課         第３子以降の給食費を全額免除",
				" 1-01   の無償化                            し、412人となった。            A      B       継続",
				"",
				"        病児保育室の開設と         子育て支援課        ２か所目の病児保育室を開設",
				" 1-02   利用料の軽減                          した。利用は延べ640人。          S      S       完了",
				"            公約1   小計          取組数   2       S1   A0   B1   C0   得点   5  ／  満点   6",
				"公約2   学びの環境を整えます",
				"        図書館の開館時間の延長       生涯学習課         平日の閉館を午後８時に延ばし",
				" 2-01   と電子書籍の導入                        た。電子書籍は1,200冊。         A      A       拡充");

		String table = LaidOutGrids.gridded(text).lines().get(0);

		assertThat(table).startsWith("<table>")
			.contains("<td colspan=\"2\">評価</td>")
			.contains("<td>1-01</td><td>第３子以降の給食費の無償化</td><td>学校給食課</td><td>第３子以降の給食費を全額免除し、412人となった。</td>")
			.contains("<td>A</td><td>B</td><td>継続</td>")
			.contains("<td>1-02</td><td>病児保育室の開設と利用料の軽減</td><td>子育て支援課</td>")
			.contains("<td>2-01</td><td>図書館の開館時間の延長と電子書籍の導入</td>")
			.contains("公約2　学びの環境を整えます")
			.doesNotContain("小計")
			.doesNotContain("得点");
	}

	@Test
	void aBlockOfLinesABlankLineSetsApartIsOneRowHoweverManyOfItsLinesFillTheTable() {
		SourceText text = text(
				"  No.    取組項目                 担当課           評価      令和６年度の主な実績                    今後の方向性",
				"",
				" 01-01   第２子以降の保育料の           保育課                   令和６年４月から無償化した。                制度を継続し、",
				"         完全無償化                              ◎       対象は延べ312人。                    周知する。",
				"",
				" 01-02   出産応援ギフトへの            子育て支援課                １人５万円を上乗せした。                  伴走型相談と",
				"         市独自の上乗せ                            ○       給付は186件。                      一体で続ける。",
				"",
				" 01-03   学校給食費の第２子            教育総務課                 第３子以降を無償化した。                  財源を精査",
				"         以降への拡大                             △       対象は428人。                      する。");

		String table = LaidOutGrids.gridded(text).lines().get(0);

		assertThat(table).contains("<td>01-01</td><td>第２子以降の保育料の完全無償化</td><td>保育課</td><td>◎</td>")
			.contains("<td>01-02</td><td>出産応援ギフトへの市独自の上乗せ</td><td>子育て支援課</td><td>○</td>")
			.contains("<td>01-03</td><td>学校給食費の第２子以降への拡大</td><td>教育総務課</td><td>△</td>");
		assertThat(table.split("<tr>")).hasSize(5);
	}

	@Test
	void aNumberOnALineOfItsOwnOpensItsRowAndTwoOfficesStayTwo() {
		// a leaflet's table: a name of two lines with its number between them, its figures lower, the unit a space
		// from its figure, a second office on a line of its own
		SourceText text = text(
				"No.           取   組                           進捗率         前年度末        担当課",
				"",
				" 1     子ども医療費の無償化の継続                          100 ％       100％        子育て推進課",
				"",
				"       こども家庭センターの設置による妊娠期からの                                          子育て推進課",
				" 2",
				"       切れ目ない支援",
				"                                               75 ％       －",
				"                                                                      保健推進課",
				"",
				" 3     小中一貫教育の推進                               50 ％       25％         学校教育課",
				"",
				"       放課後児童クラブの定員拡大と長期休業中の                                           子育て推進課",
				" 4",
				"       昼食提供",
				"                                               25 ％       25％",
				"",
				"※ 前年度末は令和６年３月31日時点の進捗率。");

		List<String> lines = LaidOutGrids.gridded(text).lines();

		assertThat(lines.get(0)).contains("<td>2</td><td>こども家庭センターの設置による妊娠期からの切れ目ない支援</td><td>75 ％</td><td>－</td><td>子育て推進課<br>保健推進課</td>")
			.contains("<td>3</td><td>小中一貫教育の推進</td><td>50 ％</td><td>25％</td><td>学校教育課</td>")
			.contains("<td>4</td><td>放課後児童クラブの定員拡大と長期休業中の昼食提供</td><td>25 ％</td><td>25％</td><td>子育て推進課</td>");
		assertThat(lines.get(lines.size() - 1)).startsWith("※");
	}

	@Test
	void aLegendsMarksAndAChartsAxisOpenNoTable() {
		SourceText text = text(
				"  評価区分   Ｓ   目標達成（100％以上）     Ａ   順調（75％以上）     Ｂ   やや遅れ     Ｃ   遅れ",
				"",
				"       100％   75％    50％      25％    0％",
				"※ 柱ごとの進捗率は単純平均です。",
				"  以上");

		assertThat(LaidOutGrids.gridded(text)).isSameAs(text);
	}

	@Test
	void lettersOnTheHeadersLastLineHeadAColumnEachAndATotalRowStaysARow() {
		// 男   女   計 over their figures: three columns, not one heading spread over them; 合計 is the table's row
		SourceText text = text(
				"  区分           男    女    計    備考",
				"  ０～14歳       41   39   80    各年度末",
				"                              現在",
				"  15～64歳     152  148  300    住民基本",
				"                              台帳",
				"  合計         193  187  380    －");

		String table = LaidOutGrids.gridded(text).lines().get(0);

		assertThat(table).contains("<td>男</td><td>女</td><td>計</td>")
			.contains("<td>合計</td><td>193</td><td>187</td><td>380</td>");
	}

	@Test
	void figuresWithTheirCounterWordsMakeRowsAndABaselineOverItsRowIsNoHeading() {
		// 225 経営体, 95.0 万人: figures as a typeset table prints them; the baseline stands over its row's line, its year
		// under it, a blank line between the rows
		SourceText text = text(
				"                                        目標値             実績値",
				"  施策            成果指標              策定時   （令和７年度）         令和５年度       令和６年度",
				"",
				"                                214 経営体",
				"農業の振興           認定農業者数                    225 経営体       210 経営体     208 経営体",
				"                               （令和元年度）",
				"",
				"                                86.2 万人",
				"観光の振興           観光入込客数                    95.0 万人       76.8 万人     79.4 万人",
				"                               （令和元年）");

		String table = LaidOutGrids.gridded(text).lines().get(0);

		assertThat(table).contains("<td>施策</td><td>成果指標</td>")
			.contains("<td>農業の振興</td><td>認定農業者数</td><td>214 経営体（令和元年度）</td><td>225 経営体</td>")
			.contains("<td>観光の振興</td><td>観光入込客数</td><td>86.2 万人（令和元年）</td><td>95.0 万人</td>");
	}

	@Test
	void aHeadingOverColumnsHeadsNoColumnFarBesideIt() {
		// 実績値 centred over Ｒ５ | Ｒ６; 担当課 on the same lower line further right is a column of its own
		SourceText text = text(
				"No.   指標名                  実績値                          備考",
				"                      Ｒ５        Ｒ６          担当課",
				" 1    市民の文化施設の        6.2       7.0         文化振興課       年度末",
				"      利用回数（年間）",
				" 2    図書館の個人貸出      3,184     4,000         中央図書館       －",
				"      冊数（年間）");

		String table = LaidOutGrids.gridded(text).lines().get(0);

		assertThat(table).contains("<td colspan=\"2\">実績値</td><td>担当課</td><td>備考</td>")
			.contains("<td>Ｒ５</td><td>Ｒ６</td><td>担当課</td>");
	}
}
