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
 * Statements of our own as their PDFs read back: a records system's progress report (each page headed by the
 * system's name and the print date, the department's form with its labels spanning two columns, a goal sheet per
 * 重点目標 whose title wraps in its cell and whose sections in charge stand beside it); a city's card page (headings
 * over the paragraphs that state the figures).
 */
class SystemFormAndCardStatementsTests {

	private final PolicyStatementReader reader = new PolicyStatementReader(MunicipalityMaster.builtIn());

	@Test
	void aSystemsFormsSpannedLabelsGiveTheMissionAndEachGoalSheetAnIssueWithItsActions() {
		PolicyStatement statement = read(
				"所沢市　行政評価・組織目標管理システム\t出力日：令和７年１月27日　14:32",
				"帳票番号：SKM-0301\t部運営方針　進捗状況報告書（第３四半期）\t出力者：K04127",
				"",
				"<table><tr><td></td><td colspan=\"2\"></td><td colspan=\"3\"></td></tr>"
						+ "<tr><td></td><td>令和６年度</td><td></td><td>環境クリーン部　運営方針（組織目標）</td><td></td><td></td></tr>"
						+ "<tr><td>部の使命</td><td></td><td>市民・事業者と力を合わせ、ごみの減量と資源の循環を進め、清潔で快適な生活環境を守ります。</td><td></td><td></td><td></td></tr></table>",
				"",
				"参考：埼玉県平均の市民１人１日当たりのごみ排出量は令和４年度で837ｇ。",
				"",
				"<table><tr><td>重点目標１</td><td></td><td>脱炭素社会の実現に向けた省エネルギーと再生可能エネルギー<br>の利用の推進</td><td>主担当課<br>関 係 課</td><td></td><td>環境対策課</td></tr>"
						+ "<tr><td>取組内容</td><td></td><td>①住宅用太陽光発電設備への補助<br>②市有施設の照明のＬＥＤ化</td><td></td><td></td><td></td></tr></table>");

		assertThat(statement.title()).isEqualTo("令和６年度　環境クリーン部　運営方針（組織目標）");
		assertThat(statement.mission()).isEqualTo("市民・事業者と力を合わせ、ごみの減量と資源の循環を進め、清潔で快適な生活環境を守ります。");
		assertThat(statement.issues()).extracting(PolicyIssue::title, PolicyIssue::actions)
			.containsExactly(tuple("脱炭素社会の実現に向けた省エネルギーと再生可能エネルギーの利用の推進",
					List.of("住宅用太陽光発電設備への補助", "市有施設の照明のＬＥＤ化")));
		// the prefecture's average is set beside the city's for comparison, no figure of the department's
		assertThat(statement.statistics()).extracting(Statistic::indicator).noneMatch(name -> name.contains("埼玉県"));
	}

	@Test
	void headingsOverAParagraphAreNoPartOfTheNameOfTheFigureItStates() {
		PolicyStatement statement = read(
				"常滑市　令和７年度　環境経済部運営方針",
				"部の使命　地域の産業と観光の稼ぐ力を高めます。",
				"",
				"環境経済部を取り巻く現状と課題",
				"観光・交流",
				"中部国際空港の旅客数は、令和６年度に1,085万人となり、過去最高だった平成30年度の９割近くまで回復しました。空港を訪れる人を市内へ呼び込むことが課題です。",
				"",
				"重点目標１　やきものと空港を生かした観光交流の推進",
				"主な取組",
				"・やきもの散歩道の案内サインの多言語化");

		assertThat(statement.statistics()).extracting(Statistic::indicator, Statistic::fiscalYear)
			.contains(tuple("中部国際空港の旅客数", 2024));
	}

	@Test
	void aWebPagesRunningHeadOfSiteAndTitleIsNoTitleWhereThePageStatesItUnderItsMenus() {
		List<String> lines = List.of("氷見市ホームページ\t令和７年度　産業振興部の運営方針", "", "ホーム　｜　くらし・手続き　｜　市政情報",
				"・市長の部屋", "・総合計画", "・部局の運営方針", "", "市政情報 > 行政運営 > 部局の運営方針 > 令和７年度 産業振興部の運営方針",
				"", "令和７年度　産業振興部の運営方針", "部の使命　海と里山の恵みを生かした産業を育てます。", "",
				"氷見市ホームページ\t令和７年度　産業振興部の運営方針", "", "重点目標１　水産業の振興", "・氷見漁港の荷さばき施設の更新");
		PolicyStatement statement = reader.read(DocumentModel.of(new SourceText(Path.of("statement.pdf"), lines, "PDF, 2 pages",
				List.of(), List.of(12), java.util.Set.of())), null);

		assertThat(statement.title()).isEqualTo("令和７年度　産業振興部の運営方針");
	}

	@Test
	void aMissionAFormsSpannedCellWrapsIsReadWholeAndTheCitysOwnRoadsAreNoOtherBody() {
		PolicyStatement statement = read("伊賀市　令和７年度　建設部運営方針", "",
				"<table><tr><td>部の使命</td><td></td><td>市民一人ひとりの暮らしに寄り添い、</td></tr>"
						+ "<tr><td></td><td></td><td>誰もが安心して暮らせるまちを目指します。</td></tr></table>",
				"", "現状と課題", "市道全体の改良率は、令和６年度末で68.4％となり、前年度から0.6ポイント上昇しました。", "",
				"重点目標１　道路の計画的な改良", "・市道の改良工事の推進");

		assertThat(statement.mission()).isEqualTo("市民一人ひとりの暮らしに寄り添い、誰もが安心して暮らせるまちを目指します。");
		assertThat(statement.statistics()).extracting(Statistic::indicator).anyMatch(name -> name.contains("市道全体の改良率"));
	}

	private PolicyStatement read(String... lines) {
		return reader.read(DocumentModel.of(new SourceText(Path.of("statement.pdf"), List.of(lines), "PDF, 1 pages")), null);
	}
}
