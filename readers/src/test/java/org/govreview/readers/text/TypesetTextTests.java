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
		// booktabs rules only the head, the foot and the groups; \multirow draws 進捗率 and 評価 out of the rows' order,
		// which a gutter between the columns would otherwise part from the rest of the header
		Path file = Path.of(getClass().getResource("/heldout/action-plan/b72-02-toki-lualatexgyokaku.pdf").toURI());
		List<String> lines = new SourceTextLoader().load(file).lines();

		int header = lines.indexOf("取組項目\t成果指標\t所管課\t評価");
		assertThat(header).isPositive();
		assertThat(lines.get(header - 1)).isEqualTo("成果指標の値\t進捗率");
		assertThat(lines.subList(header, header + 6)).doesNotContain("", "土岐市");
		// \dotfill's dots set apart, closed up as one leader
		assertThat(lines).anyMatch(line -> line.matches("「達成」\\.{20,}\t5項目（前年度3項目）"));
	}

	@Test
	void kangxiRadicalsReadAsTheFormsJapanesePrints() {
		// ⼾ and ⿊ have the traditional 戶 and 黑 as their compatibility mapping
		assertThat(RadicalGlyphs.asIdeographs("⼾別受信機、⿊川地区、⼈⼝")).isEqualTo("戸別受信機、黒川地区、人口");
	}
}
