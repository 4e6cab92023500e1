package org.govreview.readers.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;

import org.govreview.domain.policy.PolicyIssue;
import org.govreview.domain.policy.PolicyStatement;
import org.govreview.domain.policy.Statistic;
import org.govreview.readers.document.DocumentModel;
import org.govreview.readers.municipality.MunicipalityMaster;
import org.govreview.readers.text.SourceText;
import org.junit.jupiter.api.Test;

/**
 * Two statements of our own: an education board's, a Word file saved as text by docx2txt, so a blank line follows every
 * paragraph and every cell of its tables; and a health centre's page whose form prints its 成果指標 label again on every
 * row and each indicator's figure as 現況値 → 目標値 in one cell.
 */
class DoubleSpacedStatementsTests {

	private static final MunicipalityMaster MASTER = MunicipalityMaster.builtIn();

	@Test
	void aWordFileSavedOneParagraphALineKeepsItsTablesAndItsDatesCarryOver() {
		PolicyStatement statement = read("""
				駒ヶ根市教育委員会事務局

				令和６年度　教育委員会事務局運営方針

				第１章　組織の使命

				　子どもたちの確かな学びと、市民の生涯にわたる学びを支えます。

				第２章　現状

				１　学校と児童生徒

				　令和６年５月１日現在の児童数は１，８１２人、生徒数は９０４人です。同日現在の小学校の学級数は８９学級、中学校の学級数は３６学級です。

				　令和５年度の不登校児童数は２４人で、令和４年度（不登校児童数１８人、不登校生徒数４１人）に比べ増加しています。

				表１　児童生徒数の推移（各年５月１日現在）

				区分

				令和４年

				令和５年

				令和６年

				児童数（人）

				1,901

				1,858

				1,812

				生徒数（人）

				951

				930

				904

				合計（人）

				2,852

				2,788

				2,716

				出典：学校基本調査

				第３章　施策の柱と具体的取組

				柱１　確かな学力の育成

				（現状と課題）

				　授業改善が課題です。

				（具体的取組）

				学力調査の結果分析に基づく授業改善研修の実施

				学校いじめ防止基本方針の点検と見直し

				（成果指標）

				指標

				基準値（令和５年度）

				目標値（令和６年度）

				所管課

				「授業の内容がよく分かる」と回答した児童の割合

				82.4％

				85.0％

				指導課

				英語検定３級相当以上の英語力を有する中学３年生の割合

				58.2％

				60.0％

				指導課

				以上

				""");

		assertThat(statement.statistics()).extracting(Statistic::indicator, Statistic::fiscalYear,
				statistic -> statistic.value().number().toPlainString())
			.contains(tuple("児童数", 2022, "1901"), tuple("児童数", 2024, "1812"), tuple("生徒数", 2023, "930"),
					tuple("児童生徒数", 2022, "2852"), tuple("小学校の学級数", 2024, "89"), tuple("中学校の学級数", 2024, "36"),
					tuple("不登校児童数", 2022, "18"), tuple("不登校生徒数", 2022, "41"), tuple("不登校児童数", 2023, "24"),
					tuple("「授業の内容がよく分かる」と回答した児童の割合", 2023, "82.4"))
			.doesNotContain(tuple("不登校生徒数", 2022, "18"))
			.extracting(tuple -> tuple.toList().get(0)).doesNotContain("合計", "同日現在の小学校の学級数");
		assertThat(statement.issues()).extracting(PolicyIssue::title, PolicyIssue::actions)
			.contains(tuple("確かな学力の育成", List.of("学力調査の結果分析に基づく授業改善研修の実施", "学校いじめ防止基本方針の点検と見直し")));
	}

	@Test
	void aFigureBeforeItsTargetsArrowIsTheIndicatorsAndARepeatedLabelNoColumn() {
		PolicyStatement statement = read("""
				令和７年度　駒ヶ根市保健センター運営方針

				■基本理念
				市民が健やかに暮らせるまちを支えます。

				重点目標１　健康危機管理体制の強化
				現状と課題\t令和６年度の新規登録結核患者数は１２人でした。

				成果指標\t指標名\t現況値 → 目標値（令和７年度）
				成果指標\t健康危機対処訓練の実施回数\t３回（R6年度）→ ４回
				成果指標\tＩＨＥＡＴ要員の登録者数\t１８人（R7.3.31現在）→ ２５人
				""");

		assertThat(statement.statistics()).extracting(Statistic::indicator, Statistic::fiscalYear,
				statistic -> statistic.value().number().toPlainString())
			.contains(tuple("健康危機対処訓練の実施回数", 2024, "3"), tuple("ＩＨＥＡＴ要員の登録者数", 2024, "18"))
			.doesNotContain(tuple("健康危機対処訓練の実施回数", 2025, "4"));
		assertThat(statement.statistics()).extracting(Statistic::indicator).doesNotContain("成果指標");
	}

	private static PolicyStatement read(String text) {
		return new PolicyStatementReader(MASTER)
			.read(DocumentModel.of(new SourceText(Path.of("statement.txt"), List.of(text.split("\n", -1)), "test")), null);
	}
}
