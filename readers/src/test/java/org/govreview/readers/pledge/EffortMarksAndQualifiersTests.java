package org.govreview.readers.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;

import org.govreview.domain.pledge.Measure;
import org.govreview.domain.pledge.PledgeReport;
import org.govreview.readers.document.DocumentModel;
import org.govreview.readers.municipality.MunicipalityMaster;
import org.govreview.readers.text.SourceText;
import org.junit.jupiter.api.Test;

/**
 * A mayor's slides of our own, its items scored 達成（３点）, 順調（２点）, 努力中（１点）, 未着手（０点), and item names a
 * city's page closes with their deadline in brackets (（目標年度：令和７年度）).
 */
class EffortMarksAndQualifiersTests {

	private static final MunicipalityMaster MASTER = MunicipalityMaster.builtIn();

	@Test
	void anItemInEffortIsEvaluatedSoAsTheOthersAre() {
		PledgeReport report = new PledgeReportReader(MASTER).read(DocumentModel.of(new SourceText(Path.of("report.pdf"), List.of(
				"小金井市長公約の進捗状況（令和６年度末）", "", "基本目標１　子どもの笑顔があふれるまち", "基本目標の達成率 70.4%（19点／27点）", "",
				"<table><tr><td>公約</td><td>No.</td><td>取組</td><td>評価</td><td>担当課</td></tr>"
						+ "<tr><td rowspan=\"3\">公約1-2<br>安心して子どもを預けられる環境を整えます<br>達成率 55.6%</td><td>4</td><td>学童保育所の待機児童の解消</td><td>努力中（１点）</td><td>児童青少年課</td></tr>"
						+ "<tr><td>5</td><td>病児・病後児保育室の増設</td><td>順調（２点）</td><td>保育課</td></tr>"
						+ "<tr><td>6</td><td>感震ブレーカーの設置支援</td><td>未着手（０点）</td><td>地域安全課</td></tr></table>"),
				"PDF, 1 pages")), null);

		assertThat(report.basicPolicies()).flatMap(policy -> policy.pledges()).flatMap(pledge -> pledge.measures())
			.extracting(Measure::title, measure -> measure.evaluation().printed())
			.contains(tuple("学童保育所の待機児童の解消", "努力中"), tuple("病児・病後児保育室の増設", "順調"), tuple("感震ブレーカーの設置支援", "未着手"));
	}

	@Test
	void aDeadlineInBracketsAfterAnItemsNameIsNoPartOfIt() {
		assertThat(PledgeText.clean("保育士の確保と待機児童ゼロの継続\n（目標年度：毎年度）")).isEqualTo("保育士の確保と待機児童ゼロの継続");
		assertThat(PledgeText.clean("がん検診の受診率向上と自己負担の軽減（目標：受診率40％）")).isEqualTo("がん検診の受診率向上と自己負担の軽減");
		assertThat(PledgeText.clean("旧国鉄手宮線跡地の活用（手宮地区）")).isEqualTo("旧国鉄手宮線跡地の活用(手宮地区)");
	}

	@Test
	void aCardsLabelsAndLastYearsCountsAreNoTitles() {
		assertThat(PledgeText.isTitle("進捗状況")).isFalse();
		assertThat(PledgeText.isTitle("進捗状況進捗状況")).isFalse();
		assertThat(PledgeText.isTitle("進捗率")).isFalse();
		assertThat(PledgeText.isTitle("前年度 12項目")).isFalse();
		assertThat(PledgeText.isTitle("進捗状況の公表と市民への説明")).isTrue();
	}
}
