package org.govreview.readers.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govreview.readers.text.DrawnPages.text;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages of our own drawn with PDFBox, rules and text placed as office programs place them: what is a table of cells
 * and what only looks like one (a framed page of two columns, a table set in a cell of another, rules filled in one
 * go, a note set sideways over a table).
 */
class RuledTablesTests {

	@TempDir
	Path directory;

	private final SourceTextLoader loader = new SourceTextLoader();

	@Test
	void aTableSetInACellOfAnotherIsThatCellsTextAndTheOuterTableKeepsAllItsCells() throws IOException {
		List<String> lines = load(page((content, font) -> {
			grid(content, new float[] { 72, 300, 500 }, new float[] { 760, 680, 660 });
			grid(content, new float[] { 80, 180, 290 }, new float[] { 755, 735, 715 });
			text(content, font, 84, 741, "内Ａ");
			text(content, font, 184, 741, "内Ｂ");
			text(content, font, 304, 740, "外右");
			text(content, font, 76, 666, "外下左");
			text(content, font, 304, 666, "外下右");
		}));

		String all = String.join("\n", lines);
		assertThat(all).contains("内Ａ", "内Ｂ", "外右", "外下左", "外下右").doesNotContain("\uFDD0");
		assertThat(lines).filteredOn(line -> line.startsWith("<table>")).singleElement()
			.satisfies(table -> assertThat(table).contains("<td>外下左</td><td>外下右</td>"));
	}

	@Test
	void aFramedPageOfTwoColumnsOfProseIsNoTable() throws IOException {
		List<String> lines = load(page((content, font) -> {
			grid(content, new float[] { 50, 297, 545 }, new float[] { 800, 60 });
			for (int i = 0; i < 8; i++) {
				text(content, font, 60, 780 - 14 * i, "左の段の文章" + i + "行目です。");
				text(content, font, 307, 780 - 14 * i, "右の段の文章" + i + "行目です。");
			}
		}));

		assertThat(lines).noneMatch(line -> line.contains("<table>"));
		assertThat(String.join("\n", lines)).contains("左の段の文章0行目です。", "右の段の文章7行目です。");
	}

	@Test
	void rulesFilledInOneGoAreATablesRulesAndANoteSetSidewaysStaysOutOfItsCells() throws IOException {
		List<String> lines = load(page((content, font) -> {
			for (float y : new float[] { 760, 740, 720 }) {
				content.addRect(72, y - 0.25f, 328, 0.5f);
			}
			for (float x : new float[] { 72, 200, 400 }) {
				content.addRect(x - 0.25f, 720, 0.5f, 40);
			}
			content.fill();
			text(content, font, 76, 746, "項目");
			text(content, font, 204, 746, "値");
			text(content, font, 76, 726, "人口");
			text(content, font, 204, 726, "5,000");
			content.beginText();
			content.setFont(font, 10);
			content.setTextMatrix(Matrix.getRotateInstance(Math.PI / 2, 150, 700));
			content.showText("縦の注記");
			content.endText();
		}));

		assertThat(lines).filteredOn(line -> line.startsWith("<table>")).singleElement()
			.isEqualTo("<table><tr><td>項目</td><td>値</td></tr><tr><td>人口</td><td>5,000</td></tr></table>");
	}

	@Test
	void aTableRuledBetweenItsRowsOnlyHasItsColumnsWhereItsRowsLeaveAGapAndAHeadingAcrossThemIsOneCell() throws IOException {
		List<String> lines = load(page((content, font) -> {
			for (float y : new float[] { 760, 740, 720, 700, 680 }) {
				content.moveTo(72, y);
				content.lineTo(472, y);
				content.stroke();
			}
			text(content, font, 76, 746, "取組");
			text(content, font, 250, 746, "評価");
			text(content, font, 350, 746, "担当課");
			text(content, font, 76, 726, "約束１　子どもの笑顔を支えるまち");
			text(content, font, 76, 706, "学校給食費の無償化");
			text(content, font, 250, 706, "５");
			text(content, font, 350, 706, "学務課");
			text(content, font, 76, 686, "学童クラブの待機児童の解消");
			text(content, font, 250, 686, "４");
			text(content, font, 350, 686, "子ども育成課");
		}));

		assertThat(lines).filteredOn(line -> line.startsWith("<table>")).singleElement()
			.isEqualTo("<table><tr><td>取組</td><td>評価</td><td>担当課</td></tr>"
					// the heading runs over the gap after 取組, not as far as 担当課
					+ "<tr><td colspan=\"2\">約束１　子どもの笑顔を支えるまち</td><td></td></tr>"
					+ "<tr><td>学校給食費の無償化</td><td>５</td><td>学務課</td></tr>"
					+ "<tr><td>学童クラブの待機児童の解消</td><td>４</td><td>子ども育成課</td></tr></table>");
	}

	private List<String> load(Path pdf) {
		return this.loader.load(pdf).lines();
	}

	private Path page(DrawnPages.Drawing drawing) throws IOException {
		return DrawnPages.page(this.directory, drawing);
	}

	private static void grid(PDPageContentStream content, float[] xs, float[] ys) throws IOException {
		for (float y : ys) {
			content.moveTo(xs[0], y);
			content.lineTo(xs[xs.length - 1], y);
			content.stroke();
		}
		for (float x : xs) {
			content.moveTo(x, ys[0]);
			content.lineTo(x, ys[ys.length - 1]);
			content.stroke();
		}
	}
}
