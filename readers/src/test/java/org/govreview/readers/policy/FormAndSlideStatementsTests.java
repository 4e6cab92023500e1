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

	private PolicyStatement read(String text) {
		return reader.read(DocumentModel.of(new SourceText(Path.of("statement.txt"), List.of(text.split("\n", -1)), "test")), null);
	}
}
