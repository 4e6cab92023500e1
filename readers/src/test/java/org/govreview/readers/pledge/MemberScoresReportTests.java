package org.govreview.readers.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;

import org.govreview.domain.pledge.BasicPolicy;
import org.govreview.domain.pledge.Measure;
import org.govreview.domain.pledge.OverallRule;
import org.govreview.domain.pledge.PledgeReport;
import org.govreview.readers.document.DocumentModel;
import org.govreview.readers.municipality.MunicipalityMaster;
import org.govreview.readers.text.SourceText;
import org.junit.jupiter.api.Test;

/**
 * A citizens' committee's report of our own: five members score each pledge item 1–5, the item's score is their mean
 * under 評価点 (4.8), the section under each item names its 所管 in brackets, the committee's opinions follow as 〇
 * bullets, and the rule is stated as a numbered list.
 */
class MemberScoresReportTests {

	private static final MunicipalityMaster MASTER = MunicipalityMaster.builtIn();

	@Test
	void anItemsMeanOfTheMembersScoresIsItsEvaluationItsBracketedSectionItsDepartmentAndOpinionsNoItems() {
		PledgeReport report = read("""
				野洲市長公約
				市 民 評 価 報 告 書
				（令和６年度）
				３　評価の方法
				（２）評価の基準
				　　各委員は、次の５段階により項目ごとに評価を行いました。
				（３）評価点の算出方法
				　　①　項目の評価点は、５人の委員の評価の平均としました。
				　　②　総合評価点は、全項目の評価点の平均としました。
				４　評価結果の総括
				　令和６年度の総合評価点は3.9点となりました。
				    政策                                          項目数    評価点
				    政策1　子育てしやすいまち                        2        4.0
				    政策2　安全なまち                                1        3.6
				    総合評価点                                       3        3.9
				５　政策別の評価結果
				（１）政策１　子育てしやすいまち

				      政策の評価点　４．０点（前年度　３．５点）

				  No.   公約項目                                        委員Ａ 委員Ｂ 委員Ｃ 委員Ｄ 委員Ｅ   評価点
				  ─────────────────────────────────────────────
				  1-1   第２子以降の保育料の無償化                         5      5      4      5      5     4.8
				        （所管：こども課）
				  1-2   病児保育施設の増設                                 3      3      3      4      3     3.2
				        （所管：子育て支援課、健康推進課）
				  ─────────────────────────────────────────────
				  【委員会の主な意見】
				  〇 保育料の無償化は、子育て世帯の負担軽減に直結しており、高く評価す
				     る。
				  〇 病児保育は、利用登録者が増えているが、定員が不足している。
				（２）政策２　安全なまち

				      政策の評価点　３．６点（前年度　３．４点）

				  No.   公約項目                                        委員Ａ 委員Ｂ 委員Ｃ 委員Ｄ 委員Ｅ   評価点
				  ─────────────────────────────────────────────
				  2-1   防犯カメラの設置拡大                               4      4      3      4      3     3.6
				        （所管：地域安全課）
				  ─────────────────────────────────────────────
				""");

		List<Measure> items = report.basicPolicies().stream().flatMap(policy -> policy.pledges().stream())
			.flatMap(pledge -> pledge.measures().stream()).toList();
		assertThat(report.basicPolicies()).extracting(BasicPolicy::title).containsExactly("子育てしやすいまち", "安全なまち");
		assertThat(items).extracting(Measure::title, measure -> measure.evaluation().mark(), Measure::departments)
			.containsExactly(tuple("第2子以降の保育料の無償化", "4.8", List.of("こども課")),
					tuple("病児保育施設の増設", "3.2", List.of("子育て支援課", "健康推進課")),
					tuple("防犯カメラの設置拡大", "3.6", List.of("地域安全課")));
		assertThat(items.get(0).evaluation().level()).isEqualTo(48);
		assertThat(items.get(0).evaluation().levels()).isEqualTo(50);
		assertThat(report.overallRule()).isEqualTo(OverallRule.MEAN);
	}

	private static PledgeReport read(String text) {
		return new PledgeReportReader(MASTER)
			.read(DocumentModel.of(new SourceText(Path.of("report.txt"), List.of(text.split("\n", -1)), "test")), null);
	}
}
