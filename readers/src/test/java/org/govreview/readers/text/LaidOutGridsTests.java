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
}
