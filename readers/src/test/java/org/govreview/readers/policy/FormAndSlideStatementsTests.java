package org.govreview.readers.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
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
 * Two statement forms of our own: a department's goals as pdftotext -layout prints a form, each label beside the
 * middle of its wrapped value and spaced out to the label column; and a slide deck whose key figures are cards of
 * lines and whose issues are slides (３　重点取組① over the issue's title, then ▶ actions).
 */
class FormAndSlideStatementsTests {

	private final PolicyStatementReader reader = new PolicyStatementReader(MunicipalityMaster.builtIn());

	@Test
	void aFormWhoseLabelsStandBesideTheMiddleOfTheirWrappedValues() {
		PolicyStatement statement = read("""
				                         令和６年度　福祉部組織目標
				                                  八 王 子 市

				  部　の　使　命   市民一人ひとりが、住み慣れた地域で互いに支え合いながら、その人らしく
				                   安心して暮らし続けることができるよう、福祉施策を総合的に推進する。

				  重 点 目 標 １   地域共生社会の実現に向けた重層的支援体制の充実

				                   ①重層的支援体制整備事業において、多機関協働による支援会議を定例
				                     開催する。
				  具体的な取組     ②地域福祉推進拠点の未設置圏域への新規設置を進める。
				                   ③ひきこもり状態にある本人・家族への相談窓口を充実する。

				  担　当　課       福祉政策課

				  重 点 目 標 ２   高齢者が住み慣れた地域で安心して暮らせる地域包括ケアシステム
				                   の深化

				                   ①高齢者あんしん相談センターの体制を強化する。
				  具体的な取組     ②住民主体の通いの場の立ち上げを支援し、介護予防を推進する。
				""");

		assertThat(statement.mission()).isEqualTo("市民一人ひとりが、住み慣れた地域で互いに支え合いながら、その人らしく"
				+ "安心して暮らし続けることができるよう、福祉施策を総合的に推進する。");
		assertThat(statement.issues()).extracting(PolicyIssue::title, PolicyIssue::actions)
			.containsExactly(
					tuple("地域共生社会の実現に向けた重層的支援体制の充実",
							List.of("重層的支援体制整備事業において、多機関協働による支援会議を定例開催する。",
									"地域福祉推進拠点の未設置圏域への新規設置を進める。", "ひきこもり状態にある本人・家族への相談窓口を充実する。")),
					tuple("高齢者が住み慣れた地域で安心して暮らせる地域包括ケアシステムの深化",
							List.of("高齢者あんしん相談センターの体制を強化する。", "住民主体の通いの場の立ち上げを支援し、介護予防を推進する。")));
	}

	@Test
	void aSlideDeckWhoseFiguresAreCardsAndWhoseIssuesAreSlides() {
		PolicyStatement statement = read("""
				令和６年度　墨田区区政運営方針

				区政運営の基本理念
				区民の命と暮らしを守り、
				すみだを、区民の皆さんとともにつくります

				1 / 4
				１　すみだの現状

				人口
				２８４，５１２人
				（令和６年１月１日現在）

				高齢化率
				21.6％
				（令和５年１月１日現在）

				2 / 4
				３　重点取組①
				子どもの未来を育む
				〜子育て・教育〜

				▶ こども家庭センターを開設し、切れ目なく支援
				▶ 区立小・中学校の給食費無償化を継続

				3 / 4
				３　重点取組②
				災害に強いまちをつくる
				〜防災〜

				▶ 避難所の備蓄物資を充実
				▶ 感震ブレーカーの設置を支援

				4 / 4
				""");

		assertThat(statement.mission()).isEqualTo("区民の命と暮らしを守り、すみだを、区民の皆さんとともにつくります");
		assertThat(statement.issues()).extracting(PolicyIssue::title, PolicyIssue::actions)
			.containsExactly(tuple("子どもの未来を育む", List.of("こども家庭センターを開設し、切れ目なく支援", "区立小・中学校の給食費無償化を継続")),
					tuple("災害に強いまちをつくる", List.of("避難所の備蓄物資を充実", "感震ブレーカーの設置を支援")));
		// each card's date its own: 人口 as of 令和６年１月１日 is FY2023, 高齢化率 as of 令和５年１月１日 FY2022
		assertThat(statement.statistics()).extracting(Statistic::indicator, Statistic::fiscalYear,
				statistic -> statistic.value().number())
			.containsExactly(tuple("人口", 2023, new BigDecimal("284512")), tuple("高齢化率", 2022, new BigDecimal("21.6")));
	}

	@Test
	void aWardPolicyNumberedAsWordNumbersItsOutline() {
		PolicyStatement statement = read("""
				令和６年度　戸塚区運営方針

				１　区の将来像

				人と地域がつながり、誰もが安心して自分らしく暮らし続けられるまち・戸塚

				２　区の現況

				ア　人口・世帯数・面積（令和６年４月１日現在）

				(ｱ)　人口　　　　282,146人
				(ｲ)　世帯数　　　127,583世帯
				(ｳ)　面積　　　　35.79㎢

				イ　主な事業の実績
				　　各年3月31日現在

				区分	単位	R4	R5	R6
				自治会町内会加入率	％	72.4	71.2	70.3

				３　重点目標と主な取組

				(1)　重点目標１　安心して子どもを産み育てられるまちづくり

				【主な取組】
				ア　産後ケア事業の利用促進など、妊娠期から子育て期までの切れ目のない支援の充実
				イ　地域子育て支援拠点を中心とした親子の居場所づくり

				【成果指標】
				　４か月児健康診査受診率　　現状値（R5）97.8％　→　目標値（R6）98.0％
				""");

		assertThat(statement.issues()).extracting(PolicyIssue::title, PolicyIssue::actions)
			.containsExactly(tuple("安心して子どもを産み育てられるまちづくり",
					List.of("産後ケア事業の利用促進など、妊娠期から子育て期までの切れ目のない支援の充実", "地域子育て支援拠点を中心とした親子の居場所づくり")));
		// R4 as of 3月31日 of 令和4 is FY2021; the target 98.0％ is no statistic
		assertThat(statement.statistics()).extracting(Statistic::indicator, Statistic::fiscalYear,
				statistic -> statistic.value().number())
			.containsExactlyInAnyOrder(tuple("人口", 2024, new BigDecimal("282146")), tuple("世帯数", 2024, new BigDecimal("127583")),
					tuple("面積", 2024, new BigDecimal("35.79")), tuple("自治会町内会加入率", 2021, new BigDecimal("72.4")),
					tuple("自治会町内会加入率", 2022, new BigDecimal("71.2")), tuple("自治会町内会加入率", 2023, new BigDecimal("70.3")),
					tuple("4か月児健康診査受診率", 2023, new BigDecimal("97.8")));
	}

	private PolicyStatement read(String text) {
		return reader.read(DocumentModel.of(new SourceText(Path.of("statement.txt"), List.of(text.split("\n", -1)), "test")), null);
	}
}
