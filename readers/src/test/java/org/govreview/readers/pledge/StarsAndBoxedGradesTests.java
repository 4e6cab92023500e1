package org.govreview.readers.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;

import org.govreview.domain.pledge.BasicPolicy;
import org.govreview.domain.pledge.MarkCount;
import org.govreview.domain.pledge.Measure;
import org.govreview.domain.pledge.PledgeReport;
import org.govreview.readers.document.DocumentModel;
import org.govreview.readers.municipality.MunicipalityMaster;
import org.govreview.readers.text.SourceText;
import org.junit.jupiter.api.Test;

/**
 * Two evaluation forms of our own: items as numbered paragraphs with 評価：★★★★☆（4） and 担当： lines under them and
 * counts per score as 評価５（★★★★★）　5件; and grades in a box drawn with heavy and light rules (┏━┯┓ ┠─┼┨), whose
 * legend table (評価 | 評価の基準 | 件数) counts the items but holds none, departments in 【】 after a title.
 */
class StarsAndBoxedGradesTests {

	private static final MunicipalityMaster MASTER = MunicipalityMaster.builtIn();

	@Test
	void starredItemsWithTheirScoreInBracketsAndCountsPerScore() {
		PledgeReport report = read("""
				前橋市長マニフェスト検証報告書（令和６年度）
				【1】子ども・子育て
				１　第２子以降の保育料を完全無償化します
				　　評価：★★★★☆（4）
				　　担当：子育て施策課
				２　小中学校の給食費無償化を継続します
				　　評価：★★★★★（5）
				　　担当：学務管理課、教育総務課
				【2】健康・福祉
				(1) 帯状疱疹ワクチンの接種費用を助成します
				　　評価：★★★☆☆（3）
				　　担当：健康増進課
				　　＜評価別の件数＞
				　　　評価５（★★★★★）　 1件
				　　　評価４（★★★★☆）　 1件
				　　　評価３（★★★☆☆）　 1件
				""");

		assertThat(report.basicPolicies()).extracting(BasicPolicy::title).containsExactly("子ども・子育て", "健康・福祉");
		assertThat(report.measures()).extracting(Measure::title, measure -> measure.evaluation().mark(), Measure::departments)
			.containsExactly(tuple("第2子以降の保育料を完全無償化します", "4", List.of("子育て施策課")),
					tuple("小中学校の給食費無償化を継続します", "5", List.of("学務管理課", "教育総務課")),
					tuple("帯状疱疹ワクチンの接種費用を助成します", "3", List.of("健康増進課")));
		assertThat(report.markCounts()).containsExactly(new MarkCount("5", 1), new MarkCount("4", 1), new MarkCount("3", 1));
	}

	@Test
	void gradesInABoxOfHeavyAndLightRulesWithALegendThatCountsButHoldsNoItem() {
		PledgeReport report = read("""
				奈良市長公約　進捗状況評価報告書（令和６年度）
				┏━━━━┯━━━━━━━━━━━━━━━━━━━━┯━━━━━━━━┓
				┃ 評価 │          評価の基準          │  件数  ┃
				┣━━━━┿━━━━━━━━━━━━━━━━━━━━┿━━━━━━━━┫
				┃  S   │公約を実現した                │     1件┃
				┠────┼────────────────────┼────────┨
				┃  B   │おおむね順調だが、一部に遅れがある│     1件┃
				┗━━━━┷━━━━━━━━━━━━━━━━━━━━┷━━━━━━━━┛

				Ⅰ　子どもを産み育てやすいまち

				┏━━━┯━━━━━━━━━━━━━━━━━━━━━━━━━━━━┯━━━━┯━━━━━━━━━━━━┓
				┃No.│取組項目【担当課】                                        │評価    │備考                    ┃
				┣━━━┿━━━━━━━━━━━━━━━━━━━━━━━━━━━━┿━━━━┿━━━━━━━━━━━━┫
				┃  1│子ども医療費助成の対象を拡大します【子ども育成課】        │  S     │                        ┃
				┠───┼────────────────────────────┼────┼────────────┨
				┃  2│保育所等の待機児童ゼロを維持します【保育所・幼稚園課】    │  B     │                        ┃
				┗━━━┷━━━━━━━━━━━━━━━━━━━━━━━━━━━━┷━━━━┷━━━━━━━━━━━━┛
				""");

		assertThat(report.measures()).extracting(Measure::title, measure -> measure.evaluation().mark(), Measure::departments)
			.containsExactly(tuple("子ども医療費助成の対象を拡大します", "S", List.of("子ども育成課")),
					tuple("保育所等の待機児童ゼロを維持します", "B", List.of("保育所・幼稚園課")));
		assertThat(report.markCounts()).containsExactly(new MarkCount("S", 1), new MarkCount("B", 1));
	}

	@Test
	void aNewslettersNarrowColumnWithTheMayorsFamilyNameThatIsACitysName() {
		PledgeReport report = read("""
				広報金沢　2024（令和６）年６月号
				特集　市長マニフェスト中間報告
				　村山卓市長が掲げたマニフェ
				ストの令和５年度末時点の進捗
				状況をお知らせします。金沢市
				柱１
				子どもを真ん中に、
				未来を育むまち
				進捗率 85.7％
				●子ども医療費助成の18歳まで
				の拡大【Ａ】
				●第２子以降の保育料の無償化
				【Ｂ】
				●学校給食費の保護者負担の軽
				減【Ａ】
				柱２
				誰もが安心して暮らせる、
				支え合いのまち
				進捗率 50.0％
				●地域包括支援センターの増設
				【Ａ】
				●ひきこもり・ヤングケアラー支
				援の強化【Ｃ】
				「子育てしやすいまちと実感し
				てもらえるよう取り組みます」
				（村山市長）
				""" + "市民の皆さんの声を施策に生か\nし、まちづくりを進めていきま\n".repeat(12));

		assertThat(report.municipality().name()).isEqualTo("金沢市");
		assertThat(report.basicPolicies()).extracting(BasicPolicy::title).containsExactly("子どもを真ん中に、未来を育むまち",
				"誰もが安心して暮らせる、支え合いのまち");
		assertThat(report.measures()).extracting(Measure::title, measure -> measure.evaluation().mark())
			.containsExactly(tuple("子ども医療費助成の18歳までの拡大", "A"), tuple("第2子以降の保育料の無償化", "B"),
					tuple("学校給食費の保護者負担の軽減", "A"), tuple("地域包括支援センターの増設", "A"),
					tuple("ひきこもり・ヤングケアラー支援の強化", "C"));
	}

	@Test
	void selfEvaluationSheetsWithTheirStarsAndDepartmentsInLabelledLines() {
		PledgeReport report = read("""
				米沢市長マニフェスト　自己評価シート（令和６年度）
				政策１　子どもの笑顔があふれるまち
				────────────────────
				【項目】１－１　学校給食費の無償化
				【取組内容】
				　・市立小・中学校の学校給食費を全額無償化した。
				【自己評価】　★★★★★
				【担当】　学校教育課
				────────────────────
				【項目】１－２　第２子以降の保育料の無償化
				【取組内容】
				　・第２子以降の３歳未満児の保育料を無償化した。
				【自己評価】　★★★★☆
				【担当】　こども保育課
				政策２　健康で安心して暮らせるまち
				【項目】２－１　地域包括支援センターの増設
				【自己評価】　★★★☆☆
				【担当】　高齢福祉課
				""");

		assertThat(report.measures()).extracting(Measure::title, measure -> measure.evaluation().mark(), Measure::departments)
			.containsExactly(tuple("学校給食費の無償化", "5", List.of("学校教育課")), tuple("第2子以降の保育料の無償化", "4", List.of("こども保育課")),
					tuple("地域包括支援センターの増設", "3", List.of("高齢福祉課")));
	}

	@Test
	void gradeLettersInBracketsBeforeTitlesWithTheirDepartmentsAndTheRuleSaidInWords() {
		PledgeReport report = read("""
				尾道市メールマガジン　第２８７号　市長公約の進捗状況（令和６年度末）
				　Ａ：達成　　…　４点
				　Ｂ：順調　　…　３点
				　Ｃ：着手　　…　２点
				　Ｄ：未着手　…　１点
				　「達成率」は、各項目の評価を上の点数に置き換えて合計し、満点（項目数×４点）で割って算出しています。
				　全体の達成率は７５．０％となりました。
				　評価別の項目数
				　　Ａ　　２項目（33.3％）
				　　Ｂ　　２項目（33.3％）
				　　Ｃ　　１項目（16.7％）
				　　Ｄ　　１項目（16.7％）
				　（参考）「Ａ」と「Ｂ」を合わせた割合は６６．７％です。
				■政策分野１　子どもを産み育てやすいまちづくり
				(1)【Ａ】第３子以降の保育料完全無償化（子育て支援課）
				(2)【Ｂ】中学校給食の全校実施（学校教育課）
				(3)【Ｃ】島しょ部の子育て支援拠点の新設（子育て支援課）
				■政策分野２　健康で安心して暮らせるまちづくり
				(1)【Ａ】高齢者の移動支援の拡充（高齢者福祉課）
				(2)【Ｂ】がん検診の受診費用の無料化（健康推進課）
				(3)【Ｄ】公立病院の機能強化（病院事務部）
				""");

		assertThat(report.measures()).extracting(Measure::title, measure -> measure.evaluation().mark(), Measure::departments)
			.containsExactly(tuple("第3子以降の保育料完全無償化", "A", List.of("子育て支援課")),
					tuple("中学校給食の全校実施", "B", List.of("学校教育課")),
					tuple("島しょ部の子育て支援拠点の新設", "C", List.of("子育て支援課")),
					tuple("高齢者の移動支援の拡充", "A", List.of("高齢者福祉課")),
					tuple("がん検診の受診費用の無料化", "B", List.of("健康推進課")),
					tuple("公立病院の機能強化", "D", List.of("病院事務部")));
		assertThat(report.publishedOverall()).isEqualByComparingTo("75.0");
		assertThat(report.overallRule()).isEqualTo(org.govreview.domain.pledge.OverallRule.SUM_OVER_MAXIMUM);
		assertThat(report.markCounts()).containsExactly(new MarkCount("A", 2), new MarkCount("B", 2), new MarkCount("C", 1),
				new MarkCount("D", 1));
	}

	@Test
	void aLaidOutReportsGroupRowsItemTitlesWrappedOntoTheLineOfTheirStarsAndTheAccountUnderEachTitle() {
		PledgeReport report = read("""
				                                                                    令和７年５月28日
				                                                            北見市 企画政策部 企画課
				                    北見市長公約の達成度について（令和６年度末）

				    ３　政策ごとの達成状況

				    ■政策１　子どもを育むまち                                                   達成度 80.0％（★12／15）

				      １．    子ども医療費助成の高校生世代までの拡大【子育て支援課】                                   ★★★★★
				            令和６年８月から、通院医療費の助成対象を高校生世代まで拡大しました。

				      ２．    放課後児童クラブの待機児童の解消と定員の拡大【子ども
				            未来課】                                                          ★★★☆☆
				            民間児童クラブ２か所の開設を支援し、定員を80人拡大しました。

				      ３．    学校給食費の負担軽減【学校給食センター】                                          ★★★★☆
				            第２子以降の給食費を無償化しました。

				    ■政策２　健康で支え合うまち                                                  達成度 65.0％（★13／20）

				      ４．    地域包括支援センターの増設と通いの場の拡充
				            【介護福祉課】                                                       ★★★★☆
				            地域包括支援センターを市内６か所に拡充し、通いの場は118か所となりま

				      ５．    がん検診の受診率向上【健康推進課】                                             ★★★☆☆
				            休日検診の回数を増やし、ＳＭＳによる受診勧奨を行いました。

				      ６．    認知症の人にやさしい地域づくり【介護福祉課】                                        ★★★★☆
				            認知症カフェを市内10か所で開催しました。

				      ７．    障がい者の就労支援【障がい福祉課】                                             ★★☆☆☆
				            優先調達は拡大しましたが、拠点の整備が遅れています。

				      ８．    地域医療を担う医師の確保【地域医療課】                                           ★★★☆☆
				            修学資金の貸与を受けた医師２人が市内の病院に着任しました。
				""");

		assertThat(report.basicPolicies()).extracting(BasicPolicy::title, policy -> policy.publishedPercent().toPlainString())
			.containsExactly(tuple("子どもを育むまち", "80.0"), tuple("健康で支え合うまち", "65.0"));
		assertThat(report.measures()).extracting(Measure::title, measure -> measure.evaluation().mark(), Measure::departments)
			.containsExactly(tuple("子ども医療費助成の高校生世代までの拡大", "5", List.of("子育て支援課")),
					tuple("放課後児童クラブの待機児童の解消と定員の拡大", "3", List.of("子ども未来課")),
					tuple("学校給食費の負担軽減", "4", List.of("学校給食センター")),
					tuple("地域包括支援センターの増設と通いの場の拡充", "4", List.of("介護福祉課")),
					tuple("がん検診の受診率向上", "3", List.of("健康推進課")),
					tuple("認知症の人にやさしい地域づくり", "4", List.of("介護福祉課")), tuple("障がい者の就労支援", "2", List.of("障がい福祉課")),
					tuple("地域医療を担う医師の確保", "3", List.of("地域医療課")));
	}

	@Test
	void aRowOfNumberAndTitleOverARowOfDepartmentAndStarsInTheirColumnsIsOneItem() {
		PledgeReport report = read("""
				北見市長公約　進捗状況（令和６年度）
				| 番号 | 公約項目 | 担当課 | 評価 |
				|---|---|---|---|
				| 1. | 子ども医療費助成の拡大 | 子育て支援課 | ★★★★★ |
				| 2. | 北見産小麦のブランド化の推進 | | |
				| | | 農業振興課 | ★★★☆☆ |
				| 3. | 地域公共交通の再編 | 都市計画課 | ★★☆☆☆ |
				""");

		assertThat(report.measures()).extracting(Measure::title, measure -> measure.evaluation().mark(), Measure::departments)
			.containsExactly(tuple("子ども医療費助成の拡大", "5", List.of("子育て支援課")),
					tuple("北見産小麦のブランド化の推進", "3", List.of("農業振興課")), tuple("地域公共交通の再編", "2", List.of("都市計画課")));
	}

	private static PledgeReport read(String text) {
		DocumentModel model = DocumentModel.of(new SourceText(Path.of("pledge.txt"), List.of(text.split("\n", -1)), "test"));
		return new PledgeReportReader(MASTER).read(model, null);
	}
}
