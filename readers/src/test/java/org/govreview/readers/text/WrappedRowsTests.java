package org.govreview.readers.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Rows of a space-aligned text that a word processor broke at the page's right edge, put back in their columns. */
class WrappedRowsTests {

	private static final String HIDDEN = String.valueOf(WrappedRows.ROW_WRAP_IN_SPACES);

	private static final String DRAWN = String.valueOf(WrappedRows.ROW_WRAP);

	@Test
	void theRestOfARowWhoseSpacesRanPastTheEdgeGoesWhereItsCellsMeetTheColumnsOfTheOtherRows() {
		List<String> lines = List.of(
				"No.  成果指標                単位      現状値    目標値   所管課",
				"1    待機児童数              人            12         0   保育課",
				"2    相談件数                件         3,842     4,000   こども相談課",
				"3    健診受診率              ％       " + HIDDEN + "41.2      55.0   国民健康保険課",
				"4    認知症サポーター数      人   " + HIDDEN + "28,940    34,000   高齢者支援課");

		assertThat(WrappedRows.realigned(lines)).containsExactly(lines.get(0), lines.get(1), lines.get(2),
				"3    健診受診率              ％          41.2      55.0   国民健康保険課",
				"4    認知症サポーター数      人        28,940    34,000   高齢者支援課");
	}

	@Test
	void aYearInBracketsOnTheLineUnderARowGoesUnderTheFigureItDatesNotUnderTheUnitBeforeIt() {
		String spaces = " ".repeat(25);
		List<String> lines = List.of("No.  成果指標                単位      現状値    目標値   所管課",
				"1    相談件数                件         3,842     4,000   こども相談課", spaces + HIDDEN + "(R5)",
				"2    待機児童数              人            12         0   保育課", spaces + HIDDEN + "(R6.4.1)");

		assertThat(WrappedRows.realigned(lines)).containsExactly(lines.get(0), lines.get(1),
				" ".repeat(40) + "(R5)", lines.get(3), " ".repeat(37) + "(R6.4.1)");
	}

	@Test
	void aRowBrokenBeforeTheEdgeKeepsItsSpacesAndTextWithoutAlignedCellsIsLeftAsItIs() {
		List<String> lines = List.of("区分    令和5年度    令和6年度", "人口    " + DRAWN + "123,456      122,987",
				"本文が" + HIDDEN + "続く");

		assertThat(WrappedRows.realigned(lines)).containsExactly("区分    令和5年度    令和6年度", "人口    123,456      122,987",
				"本文が続く");
	}
}
