package org.govreview.readers.pledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.govreview.readers.text.SourceText;
import org.junit.jupiter.api.Test;

class WrappedLinesTests {

	/** Forty full-width characters: a line that reaches the margin. */
	private static final String FULL = "あ".repeat(39);

	@Test
	void joinsParagraphsWrappedAtTheMarginAndKeepsLineNumbers() {
		List<String> lines = page("１ 公約の見出しです", FULL + "い", "う続きです。", "・新しい項目です。");

		WrappedLines.Unwrapped unwrapped = WrappedLines.unwrap(text(lines));

		assertThat(unwrapped.flowed()).isTrue();
		assertThat(unwrapped.text().lines()).hasSameSizeAs(lines);
		int first = lines.indexOf(FULL + "い");
		assertThat(unwrapped.text().lines().get(first)).isEqualTo(FULL + "いう続きです。");
		assertThat(unwrapped.text().lines().get(first + 1)).isEmpty();
		assertThat(unwrapped.text().lines()).contains("・新しい項目です。");
	}

	@Test
	void blanksPageNumbersAndTheRunningHeaderButNotContentBesideThem() {
		List<String> lines = new ArrayList<>();
		for (int page = 1; page <= 5; page++) {
			lines.add("市長公約の取組状況");
			lines.add("本文 " + page + " ページ目の内容です。");
			if (page % 2 == 0) {
				// the same rating happens to end two of the five pages
				lines.add("★★★★★ ☆☆☆☆☆");
			}
			lines.add("- " + page + " -");
		}

		List<String> unwrapped = WrappedLines.unwrap(text(lines)).text().lines();

		assertThat(unwrapped).doesNotContain("市長公約の取組状況", "- 1 -", "- 2 -", "- 5 -");
		assertThat(unwrapped).filteredOn(line -> line.startsWith("★")).hasSize(2);
		assertThat(unwrapped).filteredOn(line -> line.startsWith("本文")).hasSize(5);
	}

	@Test
	void leavesTabSeparatedTextUnwrappedButCompletesAStarRatingBrokenOverTwoLines() {
		List<String> lines = page("1 公約です\t73", FULL + "\tい", "う続き\t★★★★★", "★★☆☆☆");

		WrappedLines.Unwrapped unwrapped = WrappedLines.unwrap(text(lines));

		assertThat(unwrapped.flowed()).isFalse();
		assertThat(unwrapped.text().lines()).contains(FULL + "\tい", "う続き\t★★★★★ ★★☆☆☆");
	}

	@Test
	void keepsASentenceThatEndsAtTheMarginApartFromTheNextItemButJoinsItsContinuation() {
		List<String> lines = page("見出し", FULL + "。", "また、続く文です。", FULL + "。", "次の項目です。");

		List<String> unwrapped = WrappedLines.unwrap(text(lines)).text().lines();

		assertThat(unwrapped).contains(FULL + "。また、続く文です。", FULL + "。 次の項目です。");
	}

	/** The given lines among enough full lines that the text reads as wrapped. */
	private static List<String> page(String... body) {
		List<String> lines = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			lines.add(FULL + "か");
			lines.add("短い行です。");
			lines.add("");
		}
		lines.addAll(List.of(body));
		return lines;
	}

	private static SourceText text(List<String> lines) {
		return new SourceText(Path.of("wrapped.pdf"), lines, "PDF, 1 pages");
	}
}
