package org.govreview.readers.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govreview.readers.text.DrawnPages.text;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages of our own drawn with PDFBox as a presentation program prints a slide with two text boxes side by side and as a
 * browser prints a page in two columns: each box drawn whole before the other, its lines sharing heights with the
 * other's. A table drawn row by row keeps its rows, however its columns stand apart.
 */
class SideBySideBlocksTests {

	@TempDir
	Path directory;

	private final SourceTextLoader loader = new SourceTextLoader();

	@Test
	void twoTextBoxesSideBySideAreReadBoxByBox() throws IOException {
		List<String> lines = load(DrawnPages.page(this.directory, (content, font) -> {
			text(content, font, 72, 780, "１．視察の概要");
			String[] left = { "■ 参加委員（６名）", "委員長　柳沢　浩一", "副委員長　小板橋　美和", "■ 随行", "議会事務局　上野　拓也" };
			String[] right = { "■ 視察期間", "令和７年７月８日（火）～７月１０日（木）", "■ 視察先", "富山県高岡市、石川県野々市市" };
			for (int i = 0; i < left.length; i++) {
				text(content, font, 72, 750 - 14 * i, left[i]);
			}
			for (int i = 0; i < right.length; i++) {
				text(content, font, 320, 750 - 14 * i, right[i]);
			}
		}));

		assertThat(lines).containsSubsequence("■ 参加委員（６名）", "委員長　柳沢　浩一", "副委員長　小板橋　美和", "■ 随行",
				"議会事務局　上野　拓也", "■ 視察期間", "令和７年７月８日（火）～７月１０日（木）", "■ 視察先", "富山県高岡市、石川県野々市市");
		assertThat(lines).noneMatch(line -> line.contains("\t"));
	}

	@Test
	void aHeadingOverBothBoxesDrawnBeforeThemStaysOverThem() throws IOException {
		List<String> lines = load(DrawnPages.page(this.directory, (content, font) -> {
			text(content, font, 72, 780, "■ 主な質疑");
			text(content, font, 320, 780, "■ 委員の所感");
			String[] left = { "Ｑ　転入者の年齢構成は。", "Ａ　子育て世帯が約４割を占める。", "Ｑ　空き家の活用実績は。", "Ａ　２３件が成約した。" };
			String[] right = { "● 区域設定と住宅取得支援を", "一体で進めたことが効果的。", "● 空き家バンクとの連携は参考となる。" };
			for (int i = 0; i < left.length; i++) {
				text(content, font, 72, 764 - 14 * i, left[i]);
			}
			for (int i = 0; i < right.length; i++) {
				text(content, font, 320, 764 - 14 * i, right[i]);
			}
		}));

		assertThat(lines).containsSubsequence("Ｑ　転入者の年齢構成は。", "Ａ　子育て世帯が約４割を占める。", "Ｑ　空き家の活用実績は。",
				"Ａ　２３件が成約した。", "● 空き家バンクとの連携は参考となる。");
		assertThat(lines.indexOf("Ａ　２３件が成約した。")).isLessThan(lines.indexOf("● 空き家バンクとの連携は参考となる。"));
	}

	@Test
	void aTableDrawnRowByRowKeepsItsRows() throws IOException {
		List<String> lines = load(DrawnPages.page(this.directory, (content, font) -> {
			String[][] rows = { { "指標", "基準値" }, { "待機児童数", "4人" }, { "図書貸出冊数", "7.8冊" }, { "健診受診率", "41.2％" },
					{ "転入者数", "3,412人" } };
			for (int row = 0; row < rows.length; row++) {
				text(content, font, 72, 760 - 16 * row, rows[row][0]);
				text(content, font, 320, 760 - 16 * row, rows[row][1]);
			}
		}));

		assertThat(lines).containsSubsequence("指標\t基準値", "待機児童数\t4人", "図書貸出冊数\t7.8冊", "健診受診率\t41.2％", "転入者数\t3,412人");
	}

	@Test
	void aBoxsLinesThatFillItsWidthAreOneItemWhenTheModelReadsThem() throws IOException {
		Path pdf = DrawnPages.page(this.directory, (content, font) -> {
			String[] left = { "主な取組", "● 食品ロス削減に向けたフードドラ", "イブの常設化と啓発", "● 生ごみ処理容器・処理機の購入費", "の補助と周知" };
			String[] right = { "成果指標", "家庭系ごみ排出量　519g", "フードドライブ回収量　4,826kg", "資源化率　21.4％" };
			for (int i = 0; i < left.length; i++) {
				text(content, font, 72, 760 - 14 * i, left[i]);
			}
			for (int i = 0; i < right.length; i++) {
				text(content, font, 250, 760 - 14 * i, right[i]);
			}
		});

		List<org.govreview.readers.document.Block> blocks = org.govreview.readers.document.DocumentModel.of(this.loader.load(pdf)).blocks();

		assertThat(blocks).map(org.govreview.readers.document.Block::text)
			.contains("食品ロス削減に向けたフードドライブの常設化と啓発", "生ごみ処理容器・処理機の購入費の補助と周知");
	}

	@Test
	void aNotesMarkOpeningAColumnsLineStartsNoCell() throws IOException {
		List<String> lines = load(DrawnPages.page(this.directory, (content, font) -> {
			String[] left = { "評価の区分", "青　目標値を達成した", "黄　基準値より改善した", "赤　横ばい、または悪化した" };
			for (int i = 0; i < left.length; i++) {
				text(content, font, 72, 760 - 14 * i, left[i]);
			}
			String[] notes = { "基準値は令和元年度の値です。", "目標値は令和６年度の値です。", "西暦は暦年の値です。" };
			for (int i = 0; i < notes.length; i++) {
				// the mark and its text drawn apart, the text at the note's indent on every line
				text(content, font, 320, 760 - 14 * i, "※");
				text(content, font, 330, 760 - 14 * i, notes[i]);
			}
		}));

		assertThat(lines).contains("※基準値は令和元年度の値です。", "※目標値は令和６年度の値です。", "※西暦は暦年の値です。");
	}

	@Test
	void aBrowsersLetterSpacedRunsStartNoCells() throws IOException {
		Path pdf = this.directory.resolve("page.pdf");
		try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument()) {
			org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage(org.apache.pdfbox.pdmodel.common.PDRectangle.A4);
			document.addPage(page);
			document.getDocumentInformation().setProducer("Skia/PDF m156");
			org.apache.pdfbox.pdmodel.font.PDType0Font font = org.apache.pdfbox.pdmodel.font.PDType0Font.load(document,
					TextPdf.JAPANESE_FONT.toFile());
			try (org.apache.pdfbox.pdmodel.PDPageContentStream content = new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page)) {
				// a site name and two menu lines set with letter spacing, each glyph a run of its own
				String[] words = { "ひたちなか市", "くらし手続き", "子育て教育等" };
				for (int line = 0; line < words.length; line++) {
					for (int c = 0; c < words[line].length(); c++) {
						text(content, font, 72 + 12 * c, 780 - 20 * line, words[line].substring(c, c + 1));
					}
				}
			}
			document.save(pdf.toFile());
		}

		assertThat(load(pdf)).contains("ひたちなか市", "くらし手続き", "子育て教育等");
	}

	@Test
	void aBoxOfShortLinesWrapsNone() throws IOException {
		List<String> lines = load(DrawnPages.page(this.directory, (content, font) -> {
			String[] left = { "参加委員", "委員長　柳沢　浩一", "副委員長　小板橋美和", "委員　岩井　忠彦", "委員　茂木　千里" };
			String[] right = { "視察先", "富山県高岡市", "石川県野々市市", "福井県敦賀市" };
			for (int i = 0; i < left.length; i++) {
				text(content, font, 72, 760 - 14 * i, left[i]);
			}
			for (int i = 0; i < right.length; i++) {
				text(content, font, 320, 760 - 14 * i, right[i]);
			}
		}));

		assertThat(lines).contains("委員長　柳沢　浩一", "副委員長　小板橋美和", "委員　岩井　忠彦", "委員　茂木　千里", "富山県高岡市",
				"石川県野々市市", "福井県敦賀市");
		assertThat(String.join("\n", lines)).doesNotContain(String.valueOf(CellGapStripper.SOFT_WRAP));
	}

	@Test
	void cardsTwoToARowAreReadCardByCardRowByRow() throws IOException {
		List<String> lines = load(DrawnPages.page(this.directory, (content, font) -> {
			String[][] cards = { { "01 富山県富山市", "視察日　10月28日", "時間　13:30～15:00", "人口　404,115人" },
					{ "02 石川県能美市", "視察日　10月29日", "時間　9:30～11:00", "人口　48,702人" },
					{ "03 石川県加賀市", "視察日　10月29日", "時間　13:30～15:00", "人口　約6万1千人" },
					{ "04 福井県坂井市", "視察日　10月30日", "時間　10:00～11:30", "人口　88,481人" } };
			// each card drawn whole, left then right, the first row before the second, no line between the rows
			for (int card = 0; card < cards.length; card++) {
				float x = card % 2 == 0 ? 72 : 320;
				float top = card < 2 ? 760 : 690;
				for (int i = 0; i < cards[card].length; i++) {
					text(content, font, x, top - 14 * i, cards[card][i]);
				}
			}
		}));

		assertThat(lines).containsSubsequence("01 富山県富山市", "視察日　10月28日", "時間　13:30～15:00", "人口　404,115人",
				"02 石川県能美市", "視察日　10月29日", "時間　9:30～11:00", "人口　48,702人", "03 石川県加賀市", "人口　約6万1千人",
				"04 福井県坂井市", "人口　88,481人");
	}

	private List<String> load(Path pdf) {
		return this.loader.load(pdf).lines();
	}
}
