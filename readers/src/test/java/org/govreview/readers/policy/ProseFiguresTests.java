package org.govreview.readers.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.govreview.domain.document.Finding;
import org.govreview.domain.policy.Statistic;
import org.junit.jupiter.api.Test;

/** Statistics of running text: the period nearest the figure, the topic before は/が/：, the city's figures apart. */
class ProseFiguresTests {

	private final List<Statistic> statistics = new ArrayList<>();

	private final List<Finding> findings = new ArrayList<>();

	private final ProseFigures prose = new ProseFigures(StatementModel.VOCABULARY, this.statistics, this.findings);

	private List<Statistic> read(String text) {
		this.prose.read(text, "1", "line 1", null);
		return this.statistics;
	}

	@Test
	void aWardFigureAndTheCityAverageBesideItAreTwoStatistics() {
		assertThat(read("区民アンケートでは、家具の転倒防止対策をしている区民の割合は、令和５年度で38.4％にとどまり、市平均（41.2％）を下回っている。"))
			.extracting(Statistic::indicator, Statistic::fiscalYear, s -> s.value().number())
			.containsExactly(tuple("家具の転倒防止対策をしている区民の割合", 2023, new BigDecimal("38.4")),
					tuple("家具の転倒防止対策をしている区民の割合（市全体）", 2023, new BigDecimal("41.2")));
	}

	@Test
	void aPlaceBeforeNiHaIsNoPartOfTheNameAndASignedChangeIsNoFigure() {
		assertThat(read("北部の丘陵地には土砂災害警戒区域が令和６年４月１日現在で412か所あります。令和５年度の社会増減は△598人で、転出超過が続いています。"))
			.extracting(Statistic::indicator, Statistic::fiscalYear, s -> s.value().number())
			.containsExactly(tuple("土砂災害警戒区域", 2024, new BigDecimal("412")));
	}

	@Test
	void aSeriesOfYearsKeepsItsIndicator() {
		assertThat(read("学区の防災訓練への参加者数は、令和４年度 4,216人、令和５年度 5,083人と回復している。"))
			.extracting(Statistic::indicator, Statistic::fiscalYear, s -> s.value().number())
			.containsExactly(tuple("学区の防災訓練への参加者数", 2022, new BigDecimal("4216")),
					tuple("学区の防災訓練への参加者数", 2023, new BigDecimal("5083")));
	}

	@Test
	void datesYearEndsAndCalendarYearsGiveTheirYear() {
		assertThat(read("人口は、平成31年4月1日の31万2,458人から、令和5年4月1日には31万982人へと減少した。"
				+ "民泊の届出住宅数は、R4年度末現在 3,456件です。刑法犯認知件数は、2019年の4,872件から2023年は3,915件へ減った。"))
			.extracting(Statistic::indicator, Statistic::fiscalYear, s -> s.value().number())
			.containsExactly(tuple("人口", 2019, new BigDecimal("312458")), tuple("人口", 2023, new BigDecimal("310982")),
					tuple("民泊の届出住宅数", 2022, new BigDecimal("3456")), tuple("刑法犯認知件数", 2019, new BigDecimal("4872")),
					tuple("刑法犯認知件数", 2023, new BigDecimal("3915")));
	}

	@Test
	void approximateUndatedReferenceAndTargetFiguresAreNoStatistics() {
		assertThat(read("世田谷区の人口は約92万人で、増加を続けている。区内の空き家率は約18％と推計される。"
				+ "空き店舗率は、令和５年度の調査で14.8％であった（参考：12.1％）。訓練実施率は、令和５年度で92.3％（区内39拠点中36拠点）。"
				+ "利用率：令和8年度までに60％以上"))
			.extracting(Statistic::indicator, s -> s.value().number())
			.containsExactly(tuple("空き店舗率", new BigDecimal("14.8")), tuple("訓練実施率", new BigDecimal("92.3")));
	}

	@Test
	void aLabelBeforeAColonNamesTheFiguresAfterIt() {
		assertThat(read("こんにちは赤ちゃん訪問の訪問率：Ｒ４年度 96.8％、Ｒ５年度 97.5％"))
			.extracting(Statistic::indicator, Statistic::fiscalYear, s -> s.value().number())
			.containsExactly(tuple("こんにちは赤ちゃん訪問の訪問率", 2022, new BigDecimal("96.8")),
					tuple("こんにちは赤ちゃん訪問の訪問率", 2023, new BigDecimal("97.5")));
	}

	@Test
	void aFigureWithoutAYearIsAFinding() {
		assertThat(read("区民の家庭内備蓄の実施率は、61.2％にとどまっています。")).isEmpty();
		assertThat(this.findings).extracting(Finding::message).anyMatch(message -> message.contains("no certain year"));
	}

	@Test
	void aFigureInsideAQuotationOrPerPersonIsPartOfANameAndAFigureInAnotherUnitIsNoStatistic() {
		assertThat(read("令和６年度の調査では、「家庭で３日分以上の水を備蓄している」と回答した人は５４．３％でした。家庭系ごみ１人１日当たり排出量は、"
				+ "令和４年度に845gでした。世帯数は令和６年４月１日現在で10万1,237世帯です。平成31年の23万8,260人と比べると減少しています。"))
			.extracting(Statistic::indicator, Statistic::fiscalYear, s -> s.value().number())
			.containsExactly(tuple("「家庭で3日分以上の水を備蓄している」と回答した人", 2024, new BigDecimal("54.3")),
					tuple("家庭系ごみ1人1日当たり排出量", 2022, new BigDecimal("845")), tuple("世帯数", 2024, new BigDecimal("101237")));
	}

	@Test
	void oneDateInBracketsForEveryFigureBeforeItAndTheSameDateAgain() {
		List<Statistic> read = read("区の推計人口は142,806人、世帯数は93,418世帯（いずれも令和６年１月１日現在）です。"
				+ "人口は17万2,134人（令和6年3月末現在）で、減少傾向にあります。一方で、高齢化率は27.6％（同）でした。");

		assertThat(read).extracting(Statistic::indicator, Statistic::fiscalYear).containsExactly(
				org.assertj.core.groups.Tuple.tuple("推計人口", 2023), org.assertj.core.groups.Tuple.tuple("世帯数", 2023),
				org.assertj.core.groups.Tuple.tuple("人口", 2023), org.assertj.core.groups.Tuple.tuple("高齢化率", 2023));
	}

	@Test
	void aCityAverageTheFigureBeforeWasComparedWithLeavesTheNextFigureTheWards() {
		List<Statistic> read = read("令和２年国勢調査によると、高齢化率は18.9％と市平均を下回る一方、単身世帯の割合は63.7％と高い。");

		assertThat(read).extracting(Statistic::indicator).containsExactly("高齢化率", "単身世帯の割合");
	}

	@Test
	void aSentenceThatNamesASubjectOfItsOwnTakesNoneFromTheSentenceBeforeAndOneThatNamesNoneDoes() {
		List<Statistic> read = read("令和５年度の市民アンケートで地域活動協議会を「知っている」と回答した市民の割合は36.8％にとどまりました。"
				+ "地域振興会（町会）の加入率も、令和５年度は48.6％と、平成30年度の55.1％から低下しました。"
				+ "日本語教室の学習者数は、令和５年度に5,846人でした。令和４年度は5,102人でした。");

		assertThat(read).extracting(Statistic::indicator, s -> s.value().number())
			.contains(tuple("地域活動協議会を「知っている」と回答した市民の割合", new BigDecimal("36.8")),
					tuple("日本語教室の学習者数", new BigDecimal("5846")), tuple("日本語教室の学習者数", new BigDecimal("5102")))
			.doesNotContain(tuple("地域活動協議会を「知っている」と回答した市民の割合", new BigDecimal("48.6")),
					tuple("地域活動協議会を「知っている」と回答した市民の割合", new BigDecimal("55.1")));
	}

	@Test
	void aTextFinishedOnItsOwnFiguresHandsItsSubjectToNoFigurePrintedAfterIt() {
		String subject = this.prose.read("・住まいに関する相談は令和５年度に498件と増加しており、入居の支援が課題である。", "1", "line 1", null);

		assertThat(subject).isNull();
		assertThat(this.prose.read("7人", "1", "line 2", subject)).isNull();
		assertThat(this.statistics).extracting(Statistic::indicator, s -> s.value().number())
			.containsExactly(tuple("住まいに関する相談", new BigDecimal("498")));
	}
}
