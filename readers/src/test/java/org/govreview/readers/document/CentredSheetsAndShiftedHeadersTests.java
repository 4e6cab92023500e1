package org.govreview.readers.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govreview.readers.document.TestModels.cells;
import static org.govreview.readers.document.TestModels.model;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Sheets as pdftotext -layout prints an Excel form, and what a page's own fonts do to a table: labels centred beside
 * values wrapped round them, a label row whose value the widest row left empty, a header of three lines whose outer
 * labels a page set over the wrong figures, two figures set against each other, a label set one letter a line.
 */
class CentredSheetsAndShiftedHeadersTests {

	@Test
	void aLabelCentredBetweenTheLinesOfItsValueTakesThemAndTheRowAboveKeepsItsOwn() {
		DocumentModel model = model(
				"政策                                政策１ 活力ある産業を育むまち",
				"施策名                              １－２ ものづくり産業の振興と企業誘致",
				"主管課                              ものづくり振興課            関係課      商業観光課、企画政策課",
				"                                    市内企業が新たな技術や製品の開発に挑戦し、産業団地への企業立地が進むことで、若者が魅力を感じる安定した",
				"施策の目指す姿",
				"                                    雇用の場が確保されている。");

		assertThat(model.tables()).singleElement().satisfies(table -> assertThat(cells(table)).containsExactly(
				List.of("政策", "政策１ 活力ある産業を育むまち"),
				List.of("施策名", "１－２ ものづくり産業の振興と企業誘致"),
				List.of("主管課", "ものづくり振興課", "関係課", "商業観光課、企画政策課"),
				List.of("施策の目指す姿", "市内企業が新たな技術や製品の開発に挑戦し、産業団地への企業立地が進むことで、若者が魅力を感じる安定した雇用の場が確保されている。")));
	}

	@Test
	void theValuesOfASheetWhoseWidestRowLeftItsValueEmptyAreAColumnOfTheirOwn() {
		DocumentModel model = model(
				"政策                              政策３ 安心して子どもを産み育てるまち",
				"施策名                            ３－１ 子育て支援の充実",
				"                                  子育て支援課",
				"主管課                                                      関係課      健康推進課、学校教育課",
				"                                  保育課");

		assertThat(model.tables()).singleElement().satisfies(table -> assertThat(cells(table)).containsExactly(
				List.of("政策", "政策３ 安心して子どもを産み育てるまち"),
				List.of("施策名", "３－１ 子育て支援の充実"),
				List.of("主管課", "子育て支援課\n保育課", "関係課", "健康推進課、学校教育課")));
	}

	@Test
	void theOuterLinesOfAThreeLineHeaderGoOverTheColumnsItsMiddleLineLeftAndGluedFiguresArePartedByTheirThousands() {
		// 目標値 printed over R5実績's figures, as a page whose fonts shift its lines sets it
		DocumentModel model = model(
				"                                              策定時                        目標値                              達成度",
				"                指標名                単位                  R4実績      R5実績        R6実績",
				"                                              （R1）                          （R7）                            （%）",
				"観光入込客数                          千人       1,250         980         1,105         1,188       1,300        76.0",
				"宿泊者数（年間）                      人泊      82,400              61,20070,310        78,920      90,000          －",
				"観光案内所の利用者数                  人        15,800       9,420        12,150        14,060      18,000          －");

		assertThat(model.tables()).singleElement().satisfies(table -> {
			List<String> header = headerLabels(table);
			assertThat(header).containsExactly("指標名", "単位", "策定時（R1）", "R4実績", "R5実績", "R6実績", "目標値（R7）", "達成度（%）");
			assertThat(table.body()).extracting(row -> row.stream().map(Cell::text).toList()).containsExactly(
					List.of("観光入込客数", "千人", "1,250", "980", "1,105", "1,188", "1,300", "76.0"),
					List.of("宿泊者数（年間）", "人泊", "82,400", "61,200", "70,310", "78,920", "90,000", "－"),
					List.of("観光案内所の利用者数", "人", "15,800", "9,420", "12,150", "14,060", "18,000", "－"));
		});
	}

	@Test
	void aLabelPrintedOneLetterALineIsClosedUpOverTheValueItLabels() {
		DocumentModel model = model(
				"調",
				"査",
				"事",
				"項",
				"農家民宿と体験型観光による交流人口の拡大について");

		assertThat(model.blocks()).anySatisfy(block -> assertThat(block).isInstanceOfSatisfying(Field.class, field -> {
			assertThat(field.label()).isEqualTo("調査事項");
			assertThat(field.value()).isEqualTo("農家民宿と体験型観光による交流人口の拡大について");
		}));
	}

	/** The header's label of each column, its lines joined, whether printed as one row or as three. */
	private static List<String> headerLabels(Table table) {
		List<List<Cell>> header = table.rows().subList(0, table.headerRows());
		int columns = header.stream().mapToInt(List::size).max().orElse(0);
		java.util.List<String> labels = new java.util.ArrayList<>();
		for (int c = 0; c < columns; c++) {
			StringBuilder label = new StringBuilder();
			for (List<Cell> row : header) {
				if (c < row.size()) {
					label.append(row.get(c).text().strip());
				}
			}
			labels.add(label.toString());
		}
		return labels;
	}
}
