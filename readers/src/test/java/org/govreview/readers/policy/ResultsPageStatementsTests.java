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
 * A department's statement of our own as a city publishes it after the year, with the year's results: its goals'
 * actions listed under 主な取組, its indicators' outcomes of the statement's own year (令和６年度実績), and a budget
 * table whose projects are named beside the goal each serves.
 */
class ResultsPageStatementsTests {

	private static final MunicipalityMaster MASTER = MunicipalityMaster.builtIn();

	private static PolicyStatement read() {
		return new PolicyStatementReader(MASTER).read(DocumentModel.of(new SourceText(Path.of("statement.txt"), List.of(
				"境港市", "令和６年度　産業部の運営方針と取組結果", "", "部の使命", "水産業と観光の強みを生かし、地域経済の活力を高めます。", "",
				"重点目標１　水木しげるロードを核とした滞在型観光の推進", "主な取組",
				"● 水木しげるロード周辺の夜間ライトアップの開催", "● 外国人観光客向けの多言語案内の導入支援", "", "担当\t観光振興課", "",
				"<table><tr><td>成果指標</td><td>令和５年度<br>実績</td><td>令和６年度<br>目標</td><td>令和６年度<br>実績</td></tr>"
						+ "<tr><td>観光入込客数</td><td>2,148千人</td><td>2,300千人</td><td>2,236千人</td></tr>"
						+ "<tr><td>体験型観光プログラムの参加者数</td><td>4,126人</td><td>5,000人</td><td>5,384人</td></tr></table>",
				"", "重点目標２　水産業の振興", "主な取組", "● 漁業者の設備更新への支援", "● 境港産水産物の販路拡大", "",
				"主な事業の予算（単位：千円）",
				"<table><tr><td>重点目標</td><td>事業名</td><td>令和６年度</td><td>令和５年度</td></tr>"
						+ "<tr><td rowspan=\"2\">重点目標１</td><td>観光プロモーション推進事業</td><td>38,620</td><td>35,410</td></tr>"
						+ "<tr><td>体験型観光推進事業</td><td>8,480</td><td>7,350</td></tr></table>"),
				"test")), null);
	}

	@Test
	void aLabelsBulletedListGivesTheGoalItsActions() {
		assertThat(read().issues()).extracting(PolicyIssue::title, issue -> issue.actions().size())
			.containsExactly(tuple("水木しげるロードを核とした滞在型観光の推進", 2), tuple("水産業の振興", 2));
	}

	@Test
	void anOutcomeOfTheStatementsOwnYearIsAStatisticAndItsTargetIsNot() {
		assertThat(read().statistics()).extracting(Statistic::indicator, Statistic::fiscalYear, s -> s.value().number().toPlainString())
			.contains(tuple("体験型観光プログラムの参加者数", 2024, "5384"), tuple("体験型観光プログラムの参加者数", 2023, "4126"))
			.doesNotContain(tuple("体験型観光プログラムの参加者数", 2024, "5000"));
	}

	@Test
	void projectsNamedBesideTheGoalTheyServeAreNamedAlone() {
		assertThat(read().statistics()).extracting(Statistic::indicator, Statistic::fiscalYear)
			.contains(tuple("観光プロモーション推進事業", 2024), tuple("体験型観光推進事業", 2023))
			.noneMatch(t -> String.valueOf(t.toList().get(0)).startsWith("重点目標"));
	}

	@Test
	void aNameCutFromItsLineANumberOrAPeriodNamesNoStatistic() {
		PolicyStatement statement = new PolicyStatementReader(MASTER).read(DocumentModel.of(new SourceText(Path.of("statement.txt"),
				List.of("常滑市", "令和７年度　環境経済部運営方針", "", "部の使命", "地域の産業と観光の稼ぐ力を高めます。", "",
						"<table><tr><td>指標</td><td>令和５年度</td><td>令和６年度</td></tr>"
								+ "<tr><td>地件数（令和３年度からの</td><td>41.2％</td><td>43.5％</td></tr>"
								+ "<tr><td>4-2</td><td>512g</td><td>498g</td></tr>"
								+ "<tr><td>令和5年度 実績</td><td>41,350人</td><td>48,260人</td></tr>"
								+ "<tr><td>▲開業日の箕面萱野駅</td><td>412,380人</td><td>412,380人</td></tr>"
								+ "<tr><td>令和6年3月</td><td>23日</td><td>23日</td></tr>"
								+ "<tr><td>観光案内所の利用者数</td><td>41,350人</td><td>48,260人</td></tr></table>"),
				"test")), null);

		assertThat(statement.statistics()).extracting(Statistic::indicator).containsOnly("観光案内所の利用者数");
	}

	@Test
	void aForecastOfTheStatementsOwnYearIsNoStatistic() {
		PolicyStatement statement = new PolicyStatementReader(MASTER).read(DocumentModel.of(new SourceText(Path.of("statement.txt"),
				List.of("境港市", "令和６年度　産業部の運営方針", "", "部の使命", "地域経済の活力を高めます。", "",
						"<table><tr><td>指標</td><td>令和５年度実績</td><td>令和６年度実績見込</td></tr>"
								+ "<tr><td>観光入込客数</td><td>2,148千人</td><td>2,300千人</td></tr></table>"),
				"test")), null);

		assertThat(statement.statistics()).extracting(Statistic::indicator, Statistic::fiscalYear)
			.containsExactly(tuple("観光入込客数", 2023));
	}
}
