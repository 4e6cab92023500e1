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
 * Four statements of our own: a bureau's page written in Markdown (numbered ### headings, **主な取組** in bold); a
 * bureau's balanced scorecard as pdftotext -layout prints it (records set apart by blank lines, goals and actions
 * wrapped within their columns, the results' column headed with a note's mark); a hospital's policy typed in a word
 * processor (its mission under a sentence that announces it, ⑴ ⑵ parts, a budget under （単位：千円）); and a branch
 * office's page in its text version for screen readers, its profile read out item, comma, figure. And a tabbed table
 * whose first name wrapped onto a line of its own.
 */
class ScorecardAndTextVersionStatementsTests {

	private static final MunicipalityMaster MASTER = MunicipalityMaster.builtIn();

	@Test
	void aScorecardsRecordsSetApartByBlankLinesJoinTheirWrappedGoalsAndGiveTheResultsOfTheYearItsHeaderNames() {
		PolicyStatement statement = read("""
				令和６年度　坂井市上下水道局運営方針

				１ 局の使命
				     安全な水を安定して届け、下水を適切に処理して、市民の暮らしを支えます。

				２ バランス・スコアカード

				  視点        戦略目標                    主な取組                                    成果指標                      実績（R5）※1   目標（R6）

				  市民の      安全で良質な水の            ・水質管理の徹底と水源の                    ・水質基準適合率                 100.0％         100.0％
				  視点        安定供給                    　保全                                      ・鉛製給水管の残存件数           1,246件         1,100件
				                                          ・鉛製給水管の計画的な布設替え

				              お客さまサービスの          ・キャッシュレス決済の導入                  ・お客さま満足度                  78.5％          80.0％
				              向上

				  ※1 実績（R5）は令和６年５月末時点の数値です。
				""");

		assertThat(statement.issues()).extracting(PolicyIssue::title, PolicyIssue::actions)
			.containsExactly(tuple("安全で良質な水の安定供給", List.of("水質管理の徹底と水源の保全", "鉛製給水管の計画的な布設替え")),
					tuple("お客さまサービスの向上", List.of("キャッシュレス決済の導入")));
		assertThat(statement.statistics()).extracting(Statistic::indicator, statistic -> statistic.value().number().toPlainString(),
				Statistic::fiscalYear)
			.contains(tuple("水質基準適合率", "100.0", 2023), tuple("鉛製給水管の残存件数", "1246", 2023), tuple("お客さま満足度", "78.5", 2023));
	}

	@Test
	void aMissionUnderTheSentenceThatAnnouncesItAndABudgetInTheUnitOfItsCaption() {
		PolicyStatement statement = read("""
				　　　　　　　　　　　　令和７年度　湯沢市立病院運営方針

				第１　当院の使命
				　当院は、次の使命の下、全職員が一丸となって病院運営に取り組む。

				　　《使命》
				　　市民の生命と健康を守り、地域に信頼される医療を提供する。

				第２　当院の概要
				　　　　　　　　　　　　　　　　　（単位：千円）
				┏━━━━━━━┯━━━━━━━━━┯━━━━━━━━━┓
				┃区　分　　　　│令和７年度当初　　│令和６年度当初　　┃
				┠───────┼─────────┼─────────┨
				┃収益的収入　　│　　　　 4,226,310│　　　　 3,874,522┃
				┗━━━━━━━┷━━━━━━━━━┷━━━━━━━━━┛

				第３　現状と課題
				　令和５年度の１日平均入院患者数は１８９．２人であった。
				　参考として、全国の同規模病院の令和４年度平均は、経常収支比率が１０２．１％である。

				第４　令和７年度の経営目標と主要事業
				経営目標１　地域医療連携の強化
				⑴　取組の方向
				　地域の医療機関との連携を深める。
				⑵　主要事業
				　ア　地域の診療所への訪問活動による紹介患者の確保
				　イ　入退院支援センターの機能拡充
				⑶　経営指標
				　紹介率の向上を図る。
				""");

		assertThat(statement.mission()).isEqualTo("市民の生命と健康を守り、地域に信頼される医療を提供する。");
		assertThat(statement.issues()).extracting(PolicyIssue::title, PolicyIssue::actions)
			.containsExactly(tuple("地域医療連携の強化", List.of("地域の診療所への訪問活動による紹介患者の確保", "入退院支援センターの機能拡充")));
		assertThat(statement.statistics()).extracting(Statistic::indicator, statistic -> statistic.value().number().toPlainString(),
				statistic -> statistic.value().unit(), Statistic::fiscalYear)
			.contains(tuple("収益的収入", "4226310", "千円", 2025), tuple("収益的収入", "3874522", "千円", 2024),
					tuple("1日平均入院患者数", "189.2", "人", 2023));
		assertThat(statement.statistics()).extracting(Statistic::indicator).doesNotContain("経常収支比率");
	}

	@Test
	void aTextVersionsTableReadOutItemCommaFigureIsTheProfileOfTheDayItsWordsName() {
		PolicyStatement statement = read("""
				令和6年度　大網白里市　増穂支所運営方針
				■支所の使命
				地域の身近な窓口として、住民の暮らしを支えます。
				（ここから表です。表の題名は「増穂地域の概況」、2024年4月1日現在の数値です。項目、数値の順に読み上げます。）
				人口、8,406人
				世帯数、3,392世帯
				高齢化率、38.3％
				（表はここまでです。）
				参考として、同じ日の大網白里市全体の人口は4万7,421人、高齢化率は35.1％です。
				■重点目標1　窓口サービスの向上
				○証明書のコンビニ交付を案内します
				○書かない窓口を試行します
				""");

		assertThat(statement.statistics()).extracting(Statistic::indicator, statistic -> statistic.value().number().toPlainString(),
				Statistic::fiscalYear)
			.containsExactlyInAnyOrder(tuple("人口", "8406", 2024), tuple("世帯数", "3392", 2024), tuple("高齢化率", "38.3", 2024));
	}

	@Test
	void aMarkdownPagesNumberedSubheadingsAreIssuesAndABoldLabelOpensTheirActions() {
		PolicyStatement statement = read("""
				# 令和6年度　坂井市環境部運営方針

				## 部の使命

				豊かな自然環境を次の世代へ引き継ぎます。

				## 令和6年度の重点課題と主な取組

				### 1 脱炭素社会の実現

				家庭部門の一層の削減が必要です。

				**主な取組**

				- 太陽光発電設備の導入費補助の拡充
				- 公用車の電動車への更新

				### 2 ごみの減量

				**主な取組**

				- 食品ロス削減の推進
				""");

		assertThat(statement.issues()).extracting(PolicyIssue::title, PolicyIssue::actions)
			.containsExactly(tuple("脱炭素社会の実現", List.of("太陽光発電設備の導入費補助の拡充", "公用車の電動車への更新")),
					tuple("ごみの減量", List.of("食品ロス削減の推進")));
	}

	@Test
	void aTabbedTablesFirstNameWrappedOverALineOfItsOwnIsOneName() {
		PolicyStatement statement = read("""
				令和６年度　湯沢市環境局運営方針
				１　局の使命
				　良好な環境を次の世代へ引き継ぎます。
				２　重点課題
				（１）脱炭素の推進
				【主な取組】
				　・市有施設への太陽光発電設備の導入
				【指標】
				指標名	R4実績	R5実績	R6目標
				市有施設への太陽光発電設備
				導入数（累計）	128施設	146施設	170施設
				リサイクル率	29.4％	29.9％	31.0％
				""");

		assertThat(statement.statistics()).extracting(Statistic::indicator, statistic -> statistic.value().number().toPlainString(),
				Statistic::fiscalYear)
			.contains(tuple("市有施設への太陽光発電設備導入数(累計)", "146", 2023), tuple("リサイクル率", "29.9", 2023));
		assertThat(statement.statistics()).extracting(Statistic::indicator).doesNotContain("導入数(累計)");
	}

	private static PolicyStatement read(String text) {
		return new PolicyStatementReader(MASTER)
			.read(DocumentModel.of(new SourceText(Path.of("statement.txt"), List.of(text.split("\n", -1)), "test")), null);
	}
}
