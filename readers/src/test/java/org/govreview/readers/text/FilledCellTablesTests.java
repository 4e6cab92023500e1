package org.govreview.readers.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govreview.readers.text.DrawnPages.text;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages of our own drawn with PDFBox as a browser prints a city's web page and as an office suite prints a table
 * without borders: cells drawn by their fills alone (every cell, or zebra stripes over rows left unshaded), a shaded
 * banner that is no table, text drawn in runs that meet, list bullets drawn as dots.
 */
class FilledCellTablesTests {

	@TempDir
	Path directory;

	private final SourceTextLoader loader = new SourceTextLoader();

	@Test
	void aTableDrawnByTheFillsOfAllItsCellsIsATable() throws IOException {
		List<String> lines = load(page((content, font) -> {
			float[] xs = { 72, 200, 300, 400 };
			float[] ys = { 760, 740, 720, 700 };
			for (int row = 0; row + 1 < ys.length; row++) {
				fillRow(content, row == 0 ? 0.3f : row % 2 == 0 ? 0.92f : 1f, xs, ys[row + 1], ys[row]);
			}
			text(content, font, 76, 746, "指標");
			text(content, font, 204, 746, "基準値");
			text(content, font, 304, 746, "目標値");
			text(content, font, 76, 726, "待機児童数");
			text(content, font, 204, 726, "4人");
			text(content, font, 304, 726, "0人");
			text(content, font, 76, 706, "図書貸出冊数");
			text(content, font, 204, 706, "7.8冊");
			text(content, font, 304, 706, "8.5冊");
		}));

		assertThat(lines).filteredOn(line -> line.startsWith("<table>")).singleElement()
			.isEqualTo("<table><tr><td>指標</td><td>基準値</td><td>目標値</td></tr>"
					+ "<tr><td>待機児童数</td><td>4人</td><td>0人</td></tr>"
					+ "<tr><td>図書貸出冊数</td><td>7.8冊</td><td>8.5冊</td></tr></table>");
	}

	@Test
	void zebraStripesOverRowsLeftUnshadedAreOneTableWithTheRowsBetweenThem() throws IOException {
		List<String> lines = load(page((content, font) -> {
			float[] xs = { 72, 200, 400 };
			// a dark header, then rows 2 and 4 shaded, rows 1 and 3 left as the paper
			for (float[] band : new float[][] { { 740, 760, 0.3f }, { 700, 720, 0.9f }, { 660, 680, 0.9f } }) {
				fillRow(content, band[2], xs, band[0], band[1]);
			}
			String[][] rows = { { "区分", "件数" }, { "完了", "6" }, { "順調", "12" }, { "要努力", "7" }, { "着手前", "2" } };
			for (int row = 0; row < rows.length; row++) {
				text(content, font, 76, 746 - 20 * row, rows[row][0]);
				text(content, font, 204, 746 - 20 * row, rows[row][1]);
			}
		}));

		assertThat(lines).filteredOn(line -> line.startsWith("<table>")).singleElement()
			.isEqualTo("<table><tr><td>区分</td><td>件数</td></tr><tr><td>完了</td><td>6</td></tr>"
					+ "<tr><td>順調</td><td>12</td></tr><tr><td>要努力</td><td>7</td></tr>"
					+ "<tr><td>着手前</td><td>2</td></tr></table>");
	}

	@Test
	void aParagraphBetweenTwoShadedTablesOfTheSameColumnsStaysAParagraph() throws IOException {
		List<String> lines = load(page((content, font) -> {
			float[] xs = { 72, 200, 400 };
			for (float[] band : new float[][] { { 740, 760 }, { 720, 740 }, { 680, 700 }, { 660, 680 } }) {
				fillRow(content, 0.85f, xs, band[0], band[1]);
			}
			text(content, font, 76, 746, "区分");
			text(content, font, 204, 746, "件数");
			text(content, font, 76, 726, "完了");
			text(content, font, 204, 726, "6");
			text(content, font, 76, 706, "次の表は令和５年度の評価区分ごとの件数を示します。");
			text(content, font, 76, 686, "区分");
			text(content, font, 204, 686, "件数");
			text(content, font, 76, 666, "順調");
			text(content, font, 204, 666, "11");
		}));

		assertThat(lines).filteredOn(line -> line.startsWith("<table>")).hasSize(2);
		assertThat(lines).contains("次の表は令和５年度の評価区分ごとの件数を示します。");
	}

	@Test
	void twoFilledTablesOfTheSameColumnsWithAHeadingBetweenStayTwo() throws IOException {
		List<String> lines = load(page((content, font) -> {
			float[] xs = { 72, 200, 400 };
			for (float[] band : new float[][] { { 740, 760 }, { 720, 740 }, { 660, 680 }, { 640, 660 } }) {
				fillRow(content, band[1] == 760 || band[1] == 680 ? 0.3f : 0.92f, xs, band[0], band[1]);
			}
			text(content, font, 76, 746, "区分");
			text(content, font, 204, 746, "件数");
			text(content, font, 76, 726, "完了");
			text(content, font, 204, 726, "6");
			text(content, font, 76, 696, "（２）成果指標");
			text(content, font, 76, 666, "指標");
			text(content, font, 204, 666, "実績");
			text(content, font, 76, 646, "来館者数");
			text(content, font, 204, 646, "62.4万人");
		}));

		assertThat(lines).filteredOn(line -> line.startsWith("<table>")).hasSize(2);
		assertThat(lines).contains("（２）成果指標");
	}

	@Test
	void aLabelAndATitleBandOverATextBoxAreNoTable() throws IOException {
		List<String> lines = load(page((content, font) -> {
			fill(content, 0.3f, 72, 740, 60, 20);
			fill(content, 0.85f, 132, 740, 300, 20);
			fill(content, 0.97f, 72, 660, 360, 80);
			text(content, font, 76, 746, "施策１");
			text(content, font, 136, 746, "子育て環境の充実");
			text(content, font, 76, 726, "■現状と課題");
			text(content, font, 76, 712, "・保育所の待機児童は解消したが、年度途中の入所希望が増えている。");
			text(content, font, 76, 698, "・子育て支援センターの利用者が増えている。");
		}));

		assertThat(lines).noneMatch(line -> line.contains("<table>"));
		assertThat(lines).contains("■現状と課題", "・子育て支援センターの利用者が増えている。");
	}

	@Test
	void aShadedBannerIsNoTable() throws IOException {
		List<String> lines = load(page((content, font) -> {
			fill(content, 0.2f, 40, 780, 515, 30);
			text(content, font, 50, 790, "新発田市");
			text(content, font, 400, 790, "文字サイズ　標準　拡大");
			text(content, font, 72, 740, "社会文教常任委員会　行政視察報告");
		}));

		assertThat(lines).noneMatch(line -> line.contains("<table>"));
		assertThat(String.join("\n", lines)).contains("新発田市", "社会文教常任委員会　行政視察報告");
	}

	@Test
	void runsOfOneWordThatMeetStartNoCellAndBulletsDrawnAsDotsMarkTheirItems() throws IOException {
		List<String> lines = load(page((content, font) -> {
			float x = 72;
			for (int line = 0; line < 3; line++) {
				// a heading drawn in runs that meet, as a browser draws its text, over the same runs on lines below
				text(content, font, x, 760 - 14 * line, "第２期アクシ");
				text(content, font, x + 60, 760 - 14 * line, "ョンプラン");
				text(content, font, x + 150, 760 - 14 * line, "歴史・");
				text(content, font, x + 180, 760 - 14 * line, "文化");
			}
			dot(content, 76, 703, 2);
			text(content, font, 84, 700, "新規　デジタルスタンプラリーの実施");
			dot(content, 76, 689, 2);
			text(content, font, 84, 686, "花火大会の安全な開催に向けた支援");
		}));

		assertThat(lines).contains("第２期アクションプラン\t歴史・文化", "・新規　デジタルスタンプラリーの実施", "・花火大会の安全な開催に向けた支援");
	}

	private List<String> load(Path pdf) {
		return this.loader.load(pdf).lines();
	}

	private Path page(DrawnPages.Drawing drawing) throws IOException {
		return DrawnPages.page(this.directory, drawing);
	}

	private static void fill(PDPageContentStream content, float grey, float x, float y, float width, float height)
			throws IOException {
		content.setNonStrokingColor(grey);
		content.addRect(x, y, width, height);
		content.fill();
	}

	/** A row of cells, each filled on its own between the column edges xs, from bottom to top. */
	private static void fillRow(PDPageContentStream content, float grey, float[] xs, float bottom, float top) throws IOException {
		for (int column = 0; column + 1 < xs.length; column++) {
			fill(content, grey, xs[column], bottom, xs[column + 1] - xs[column], top - bottom);
		}
	}

	/** A filled circle drawn with four Bézier curves, as a browser draws a list's disc. */
	private static void dot(PDPageContentStream content, float x, float y, float r) throws IOException {
		float k = 0.552f * r;
		content.setNonStrokingColor(0f);
		content.moveTo(x + r, y);
		content.curveTo(x + r, y + k, x + k, y + r, x, y + r);
		content.curveTo(x - k, y + r, x - r, y + k, x - r, y);
		content.curveTo(x - r, y - k, x - k, y - r, x, y - r);
		content.curveTo(x + k, y - r, x + r, y - k, x + r, y);
		content.closePath();
		content.fill();
	}
}
