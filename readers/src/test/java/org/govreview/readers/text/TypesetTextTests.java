package org.govreview.readers.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** What a typesetter's and a formatter's PDFs print differently from an office suite's. */
class TypesetTextTests {

	@Test
	void aLeaderOfDotsSetApartIsClosedUpAndOtherDotsStay() {
		// LaTeX's \dotfill: dots set a space apart, a tab between some where pdftotext or the glyphs stand wide
		assertThat(LetterSpacing.leadersClosed(List.of("「達成」. . .\t. . . 5項目（前年度3項目）", "72.5 . 3", "1. 2. 3.")))
			.containsExactly("「達成」...... 5項目（前年度3項目）", "72.5 . 3", "1. 2. 3.");
	}

	@Test
	void aTypesetTablesHeaderStaysOneBlockAndItsRowsOneTable() throws Exception {
		// booktabs rules only the head, the foot and the groups; \multirow draws 進捗率 and 評価 out of the rows' order
		// and centres （１）行政手続のオンライン化 down its group, between its two rows' lines
		Path file = Path.of(getClass().getResource("/heldout/action-plan/b72-02-toki-lualatexgyokaku.pdf").toURI());
		List<String> lines = new SourceTextLoader().load(file).lines();

		assertThat(lines).filteredOn(line -> line.contains("オンライン申請が可能な行政手続数")).singleElement().asString()
			.startsWith("<table><tr><td rowspan=\"2\">取組項目</td><td rowspan=\"2\">成果指標</td><td rowspan=\"2\">所管課</td>"
					+ "<td colspan=\"3\">成果指標の値</td><td rowspan=\"2\">進捗率（％）</td><td rowspan=\"2\">評価</td></tr>"
					+ "<tr><td>基準値（R2）</td><td>目標値（R8）</td><td>実績（R6）</td></tr>"
					+ "<tr><td rowspan=\"2\">（１）行政手続のオンライン化</td><td>オンライン申請が可能な行政手続数</td>");
		assertThat(lines).noneMatch(line -> line.equals("取組項目\t成果指標\t所管課\t評価"));
		// \dotfill's dots set apart, closed up as one leader
		assertThat(lines).anyMatch(line -> line.matches("「達成」\\.{20,}\t5項目（前年度3項目）"));
	}

	@Test
	void kangxiRadicalsReadAsTheFormsJapanesePrints() {
		// ⼾ and ⿊ have the traditional 戶 and 黑 as their compatibility mapping
		assertThat(RadicalGlyphs.asIdeographs("⼾別受信機、⿊川地区、⼈⼝")).isEqualTo("戸別受信機、黒川地区、人口");
	}
}
