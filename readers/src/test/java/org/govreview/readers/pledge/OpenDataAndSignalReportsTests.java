package org.govreview.readers.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.govreview.domain.pledge.BasicPolicy;
import org.govreview.domain.pledge.MarkCount;
import org.govreview.domain.pledge.Measure;
import org.govreview.domain.pledge.OverallRule;
import org.govreview.domain.pledge.Pledge;
import org.govreview.domain.pledge.PledgeReport;
import org.govreview.readers.document.DocumentModel;
import org.govreview.readers.municipality.MunicipalityMaster;
import org.govreview.readers.text.SourceText;
import org.junit.jupiter.api.Test;

/**
 * Two reports of our own: a town's open-data sheet of one record a row (政策名 | 公約名 | 取組名 | 進捗段階 …), the scale
 * defined in its header cell, subtotal rows after each pledge and policy and a 全体 row with counts per score, one
 * export padding its item rows with one field more; and a city's Word report whose pledges are graded by traffic
 * lights written as words (済 青 黄 赤), each item's department on a line of its own under its title.
 */
class OpenDataAndSignalReportsTests {

	private static final MunicipalityMaster MASTER = MunicipalityMaster.builtIn();

	@Test
	void anOpenDataSheetGivesItemsScoredOnTheScaleItsHeaderDefinesAndTheSubtotalsAsPublishedFigures() {
		PledgeReport report = read("""
				年度,団体コード,団体名,行区分,政策番号,政策名,公約番号,公約名,取組名,進捗(4:完了 3:順調 2:遅れ 1:未着手),担当課,合計点,満点,達成度(%),段階4件数,段階3件数,段階2件数,段階1件数,備考
				2024,143219,寒川町,取組,1,子育ての応援,1-1,保育の充実,保育所の定員拡大,4,保育課,,,,,,,,,
				2024,143219,寒川町,取組,1,子育ての応援,1-1,保育の充実,病児保育の開始,2,保育課;健康づくり課,,,,,,,,,
				2024,143219,寒川町,公約計,1,子育ての応援,1-1,保育の充実,,,,6,8,75.0,,,,,
				2024,143219,寒川町,取組,1,子育ての応援,1-2,学びの支援,学習支援教室の開設,3,教育総務課,,,,,,,,,
				2024,143219,寒川町,公約計,1,子育ての応援,1-2,学びの支援,,,,3,4,75.0,,,,,
				2024,143219,寒川町,政策計,1,子育ての応援,,,,,,9,12,75.0,1,1,1,0,
				2024,143219,寒川町,取組,2,安全なまち,2-1,防災の強化,避難所の空調整備,1,防災課,,,,,,,,,
				2024,143219,寒川町,公約計,2,安全なまち,2-1,防災の強化,,,,1,4,25.0,,,,,
				2024,143219,寒川町,政策計,2,安全なまち,,,,,,1,4,25.0,0,0,0,1,
				2024,143219,寒川町,全体,,,,,,,,10,16,62.5,1,1,1,1,達成度＝合計点÷満点×100
				""");

		List<Measure> items = report.basicPolicies().stream().flatMap(policy -> policy.pledges().stream())
			.flatMap(pledge -> pledge.measures().stream()).toList();
		assertThat(report.municipality().code().value()).isEqualTo("143219");
		assertThat(items).extracting(Measure::title, measure -> measure.evaluation().level(), measure -> measure.evaluation().levels(),
				Measure::departments)
			.containsExactly(tuple("保育所の定員拡大", 4, 4, List.of("保育課")), tuple("病児保育の開始", 2, 4, List.of("保育課", "健康づくり課")),
					tuple("学習支援教室の開設", 3, 4, List.of("教育総務課")), tuple("避難所の空調整備", 1, 4, List.of("防災課")));
		assertThat(report.basicPolicies()).extracting(BasicPolicy::title, BasicPolicy::publishedPercent)
			.containsExactly(tuple("子育ての応援", new BigDecimal("75.0")), tuple("安全なまち", new BigDecimal("25.0")));
		assertThat(report.basicPolicies().get(0).pledges()).extracting(Pledge::title, Pledge::publishedPercent)
			.containsExactly(tuple("保育の充実", new BigDecimal("75.0")), tuple("学びの支援", new BigDecimal("75.0")));
		assertThat(report.publishedOverall()).isEqualByComparingTo("62.5");
		assertThat(report.markCounts()).containsExactly(new MarkCount("4", 1), new MarkCount("3", 1), new MarkCount("2", 1),
				new MarkCount("1", 1));
		assertThat(report.overallRule()).isEqualTo(OverallRule.SUM_OVER_MAXIMUM);
	}

	@Test
	void trafficLightsWrittenAsWordsAreMarksTheDepartmentLineIsNoPartOfTheTitleAndLastYearsCountsAreLeftOut() {
		PledgeReport report = read("""
				令和６年度　石岡市長公約　進捗状況報告書
				　各公約の進捗を、次の４区分で評価しました（済：完了、青：順調、黄：注意、赤：遅れ）。
				　進捗率は、「済」と「青」の項目数の合計を項目数で割った割合としています。
				　令和６年度の進捗率は66.7％となりました。「済（完了）」は１項目、「青（順調）」は１項目、
				「赤（遅れ）」は１項目です。
				約束１　子どもを育むまち　（子育て・教育）
				　 公約 1　第２子以降の保育料の無償化                                 評価　済
				　　　　　　担当課：こども課
				　　　　　　令和６年４月から無償化しました。

				　 公約 2　放課後児童クラブの待機児童の解消                           評価　赤
				　　　　　　担当課：こども課
				　　　　　　支援員が不足し、待機児童が残っています。

				約束２　安心して暮らせるまち　（防災）
				　 公約 3　防災行政無線のデジタル化                                   評価　青
				　　　　　　担当課：防災課
				　　　　　　計画どおり整備を進めています。

				目次に代えて：約束１　子どもを育むまち／約束２　安心して暮らせるまち
				※令和５年度の評価件数：済 ０項目、青 １項目、黄 １項目、赤 １項目
				""");

		List<Measure> items = report.basicPolicies().stream().flatMap(policy -> policy.pledges().stream())
			.flatMap(pledge -> pledge.measures().stream()).toList();
		assertThat(report.basicPolicies()).extracting(BasicPolicy::title).containsExactly("子どもを育むまち", "安心して暮らせるまち");
		assertThat(items).extracting(Measure::title, measure -> measure.evaluation().mark(), Measure::departments)
			.containsExactly(tuple("第2子以降の保育料の無償化", "済", List.of("こども課")),
					tuple("放課後児童クラブの待機児童の解消", "赤", List.of("こども課")),
					tuple("防災行政無線のデジタル化", "青", List.of("防災課")));
		assertThat(report.markCounts()).extracting(MarkCount::mark).doesNotContain("黄");
	}

	@Test
	void aTermsMatrixWithAColumnOfEvaluationsEachYearGivesTheLatestFilledYearAndItsTitleTermIsNoReportYear() {
		PledgeReport report = read("""
				亘理町長公約　進捗管理表（令和３年度～令和７年度）,,,,,,,,,
				令和６年度末（令和７年３月31日）時点,,,,,,,,,
				評価基準：A 達成　B 順調　C 遅れ　D 未着手,,,,,,,,,
				,,,,,,,,,
				番号,公約項目,R3評価,R4評価,R5評価,R6評価,R7評価,R6進捗率,担当課,課題
				分野1　子育て・教育,,,,,,,,,
				1-1,子ども医療費助成の18歳までの拡充,B,A,A,A,,1,子ども未来課,引き続き実施
				1-2,保育所の待機児童ゼロの継続,B,B,A,B,,0.8,子ども未来課,保育士の確保
				分野2　健康・福祉,,,,,,,,,
				2-1,認知症カフェの全地区開設,C,C,B,C,,0.4,福祉課,会場の調整
				2-2,がん検診の自己負担軽減,－,B,A,A,,1,健康推進課,受診率の向上
				""");

		assertThat(report.fiscalYear().year()).as("令和６年度末時点, not the term's first year").isEqualTo(2024);
		assertThat(report.basicPolicies()).extracting(BasicPolicy::title).containsExactly("子育て・教育", "健康・福祉");
		assertThat(report.basicPolicies().stream().flatMap(policy -> policy.pledges().stream())
			.flatMap(pledge -> pledge.measures().stream()))
			.extracting(Measure::title, measure -> measure.evaluation().mark(), Measure::departments)
			.as("R6評価, the last year any row filled in; R7評価 is still empty")
			.containsExactly(tuple("子ども医療費助成の18歳までの拡充", "A", List.of("子ども未来課")),
					tuple("保育所の待機児童ゼロの継続", "B", List.of("子ども未来課")), tuple("認知症カフェの全地区開設", "C", List.of("福祉課")),
					tuple("がん検診の自己負担軽減", "A", List.of("健康推進課")));
	}

	private static PledgeReport read(String text) {
		return new PledgeReportReader(MASTER)
			.read(DocumentModel.of(new SourceText(Path.of("report.txt"), List.of(text.split("\n", -1)), "test")), null);
	}
}
