package org.govreview.readers.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class EvaluationMarksTests {

	private final EvaluationMarks marks = EvaluationMarks.standard();

	@ParameterizedTest(name = "{0} → {1} {2} = {3} of {4}")
	@CsvSource(delimiter = '|', value = { "★★★★★★★☆☆☆ | stars | 7 | 7 | 10", "★★★★★ ★★☆☆☆ | stars | 7 | 7 | 10",
			"★★★☆☆ | stars | 3 | 3 | 5", "4/5 | score | 4 | 4 | 5", "４／５ | score | 4 | 4 | 5",
			"4点/5点 | score | 4 | 4 | 5", "5点満点中4点 | score | 4 | 4 | 5", "5段階中3 | score | 3 | 3 | 5",
			"◎ | symbol | ◎ | 4 | 4", "○ | symbol | ○ | 3 | 4", "〇 | symbol | ○ | 3 | 4", "△ | symbol | △ | 2 | 4",
			"× | symbol | × | 1 | 4", "S | grade | S | 6 | 6", "Ｂ | grade | B | 4 | 6", "D | grade | D | 2 | 6", "Ｅ | grade | E | 1 | 6",
			"達成 | progress | 達成 | 6 | 6", "順調 | progress | 順調 | 5 | 6", "概ね順調 | progress | 概ね順調 | 4 | 6",
			"おおむね順調 | progress | 概ね順調 | 4 | 6", "やや遅れ | progress | やや遅れ | 3 | 6", "課題あり | progress | 課題あり | 2 | 6",
			"遅れ | progress | 遅れ | 1 | 6",
			"一部実施 | start | 一部実施 | 4 | 6", "着手 | start | 着手 | 3 | 6", "未着手 | start | 未着手 | 1 | 6",
			" 順 調 | progress | 順調 | 5 | 6", "◎達成 | symbol | ◎ | 4 | 4", "○（順調） | symbol | ○ | 3 | 4",
			"× 未着手 | symbol | × | 1 | 4" })
	void readsAnEvaluationOnItsScale(String printed, String scale, String mark, int level, int levels) {
		Evaluation evaluation = this.marks.read(printed).orElseThrow();

		assertThat(evaluation.scale()).isEqualTo(scale);
		assertThat(evaluation.mark()).isEqualTo(mark);
		assertThat(evaluation.level()).isEqualTo(level);
		assertThat(evaluation.levels()).isEqualTo(levels);
		assertThat(evaluation.printed()).isEqualTo(printed.strip());
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "", "F", "6/5", "順調に推移しているが課題あり", "○×", "推進", "12", "◎推進", "S達成", "◎遅れ", "○未着手" })
	void readsNoEvaluationFromAnythingElse(String printed) {
		assertThat(this.marks.read(printed)).isEmpty();
	}

	@Test
	void readsABareScoreOnTheScaleTheDocumentStates() {
		assertThat(EvaluationMarks.score("4", 5)).hasValueSatisfying(score -> {
			assertThat(score.level()).isEqualTo(4);
			assertThat(score.levels()).isEqualTo(5);
		});
		assertThat(EvaluationMarks.score("9点", 10)).map(Evaluation::level).hasValue(9);
		assertThat(EvaluationMarks.score("6", 5)).isEmpty();
	}

	/** Every run of n ★ followed by m ☆ is n of n+m, with or without spaces. */
	@ParameterizedTest(name = "{0} filled")
	@MethodSource("filled")
	void countsEveryStarRun(int filled) {
		String run = "★".repeat(filled) + "☆".repeat(10 - filled);
		String spaced = String.join(" ", run.split(""));

		assertThat(EvaluationMarks.stars(run)).map(Evaluation::level).hasValue(filled);
		assertThat(EvaluationMarks.stars(spaced)).map(Evaluation::levels).hasValue(10);
	}

	static IntStream filled() {
		return IntStream.rangeClosed(0, 10);
	}

	@Test
	void readsAFractionAsAScoreOnlyOnAScaleScoresAreGivenOn() {
		assertThat(this.marks.read("3/5")).map(Evaluation::levels).hasValue(5);
		assertThat(this.marks.read("7/10")).map(Evaluation::level).hasValue(7);
		// 23／32 and 6／7 beside a rate: how many items of all, no score
		assertThat(this.marks.read("23／32")).isEmpty();
		assertThat(this.marks.read("6／7")).isEmpty();
		assertThat(this.marks.read("15点/20点")).map(Evaluation::level).hasValue(15);
	}

	@Test
	void countsItemsPerMarkAsASummaryPrintsThem() {
		assertThat(this.marks.counts("○36 △10 ×0"))
			.extracting(count -> count.mark().mark() + count.count())
			.containsExactly("○36", "△10", "×0");
		assertThat(this.marks.counts("達成 3、順調 57、やや遅れ 11、遅れ 1"))
			.extracting(count -> count.mark().mark() + count.count())
			.containsExactly("達成3", "順調57", "やや遅れ11", "遅れ1");
		assertThat(this.marks.counts("概ね順調：12件　遅れ：2件"))
			.extracting(count -> count.mark().mark() + count.count())
			.containsExactly("概ね順調12", "遅れ2");
	}

	@Test
	void takesNoGradeLetterFromInsideAWord() {
		assertThat(this.marks.counts("KPI3 ABC2")).isEmpty();
	}

	@Test
	void readsANewWordingFromALineOfVocabulary() {
		EvaluationMarks vocabulary = EvaluationMarks.load(new ByteArrayInputStream(
				"# test\nprogress 達成 達成\nprogress 順調 進捗良好\nprogress 遅れ 遅延\n".getBytes(StandardCharsets.UTF_8)),
				"test");

		assertThat(vocabulary.read("進捗良好")).map(Evaluation::mark).hasValue("順調");
		assertThat(vocabulary.read("遅延")).map(Evaluation::level).hasValue(1);
	}

	@Test
	void namesTheLineOfAMalformedVocabulary() {
		assertThatThrownBy(() -> EvaluationMarks.load(
				new ByteArrayInputStream("symbol ◎\n".getBytes(StandardCharsets.UTF_8)), "marks.txt"))
			.hasMessageContaining("marks.txt line 1")
			.hasMessageContaining("symbol ◎");
	}
}
