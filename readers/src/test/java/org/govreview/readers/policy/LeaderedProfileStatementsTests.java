package org.govreview.readers.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;

import org.govreview.domain.policy.PolicyStatement;
import org.govreview.domain.policy.Statistic;
import org.govreview.readers.document.DocumentModel;
import org.govreview.readers.municipality.MunicipalityMaster;
import org.govreview.readers.text.SourceText;
import org.junit.jupiter.api.Test;

/**
 * A branch office's policy of our own, as a word processor saves it: contents whose entries a tab parts from their
 * page, a profile set out with leader dots (高齢化率（６５歳以上人口の割合）…… ２９．４％（市全体 ３１．２％）) and a
 * table of results with a row that is part of the row above (うちコンビニ交付の割合); and an education board's
 * policy whose lists of actions lost their bullets when saved as text.
 */
class LeaderedProfileStatementsTests {

	private static final MunicipalityMaster MASTER = MunicipalityMaster.builtIn();

	@Test
	void aLeaderedProfileGivesTheOfficesFiguresUnderTheTermsAndContentsGiveNoMission() {
		PolicyStatement statement = read("""
				令和７年度　須坂市東支所運営方針

				目　次
				第１章　支所の使命	1
				第２章　管内の概況	1
				第３章　重点取組	2

				第１章　支所の使命

				【使命】
				地域に最も身近な窓口として、誰もが安心して暮らせる東地域をつくります。

				第２章　管内の概況

				（１）人口・世帯など（令和７年４月１日現在）

				      管内人口 ……………………………………………… １２，４０６人
				      世帯数 ……………………………………………… ５，１２０世帯
				      高齢化率（６５歳以上人口の割合）……………… ３３．５％（市全体 ３１．２％）
				      外国人住民数 ……………………………………… ２１４人

				（２）窓口の実績

				      区　　分                                   令和５年度       令和６年度
				      証明書の交付件数                            8,214件          7,930件
				        うちコンビニ交付の割合                      31.6%            36.2%

				第３章　重点取組

				（１）窓口サービスの向上
				　・コンビニ交付を案内します。
				　・書かない窓口を導入します。
				""");

		assertThat(statement.mission()).isEqualTo("地域に最も身近な窓口として、誰もが安心して暮らせる東地域をつくります。");
		assertThat(statement.statistics()).extracting(Statistic::indicator, statistic -> statistic.value().number().toPlainString(),
				Statistic::fiscalYear)
			.contains(tuple("管内人口", "12406", 2025), tuple("世帯数", "5120", 2025), tuple("高齢化率", "33.5", 2025),
					tuple("外国人住民数", "214", 2025), tuple("コンビニ交付の割合", "36.2", 2024));
		assertThat(statement.statistics()).extracting(Statistic::indicator)
			.doesNotContain("高齢化率(65歳以上人口の割合)", "うちコンビニ交付の割合");
		assertThat(statement.statistics()).filteredOn(statistic -> statistic.indicator().equals("高齢化率"))
			.extracting(statistic -> statistic.value().number().toPlainString()).containsExactly("33.5");
	}

	@Test
	void linesThatAWordProcessorsListLeftWithoutBulletsAreTheIssuesActions() {
		PolicyStatement statement = read("""
				令和６年度　須坂市教育委員会事務局運営方針

				【使命】

				子どもたちの可能性を伸ばし、学び続ける市民を支えます。

				柱１　確かな学力の育成

				（現状と課題）

				　学力調査の結果は、中学校で全国平均を下回っています。

				（具体的取組）

				ＩＣＴを活用した個別最適な学びの充実

				学力調査の結果分析に基づく授業改善研修の実施

				（成果指標）

				柱２　いじめ・不登校への対応

				（具体的取組）

				校内教育支援センター（校内フリースクール）の設置校の拡大

				スクールカウンセラーの配置拡充
				""");

		assertThat(statement.issues()).extracting(org.govreview.domain.policy.PolicyIssue::title,
				org.govreview.domain.policy.PolicyIssue::actions)
			.containsExactly(tuple("確かな学力の育成", List.of("ＩＣＴを活用した個別最適な学びの充実", "学力調査の結果分析に基づく授業改善研修の実施")),
					tuple("いじめ・不登校への対応", List.of("校内教育支援センター（校内フリースクール）の設置校の拡大", "スクールカウンセラーの配置拡充")));
	}

	private static PolicyStatement read(String text) {
		return new PolicyStatementReader(MASTER)
			.read(DocumentModel.of(new SourceText(Path.of("statement.txt"), List.of(text.split("\n", -1)), "test")), null);
	}
}
