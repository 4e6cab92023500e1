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
 * Two statements of our own: a department's policy as an open-data sheet of one record a row, each record's kind in
 * 区分 and its municipality only as a code; and a bureau's policy saved by a word processor as a web page, its tags
 * wrapped over lines and a {@code <p>} in every cell.
 */
class RecordSheetAndWordPageStatementsTests {

	private final PolicyStatementReader reader = new PolicyStatementReader(MunicipalityMaster.builtIn());

	@Test
	void aRecordSheetIsReadByItsKindsActionsUnderTheIssueTheirNumberNamesAndOnlyFiguresReached() {
		PolicyStatement statement = read("""
				"団体コード","区分","番号","項目","内容","指標名","単位","基準値","基準値時点","現状値","現状値時点","目標値","目標時点"
				"242161","名称","","方針名","令和6年度　産業振興部の運営方針","","","","","","","",""
				"242161","使命","","部の使命","地域の産業を育て、働く場と賑わいのあるまちをつくります。","","","","","","","",""
				"242161","部の概要","","職員数","","","人","","","64","2024-04-01","",""
				"242161","重点課題","1","企業誘致の推進","工業団地の空き区画が減少している。","","","","","","","",""
				"242161","主な取組","1-1","工業団地の区画の造成","","","","","","","","",""
				"242161","主な取組","1-2","立地企業への奨励金の交付","","","","","","","","",""
				"242161","重点課題","2","観光の振興","観光客数の回復が遅れている。","","","","","","","",""
				"242161","主な取組","2-1","忍者の里のプロモーション","","","","","","","","",""
				"242161","成果指標","2-1","","","観光入込客数","千人","2,810","2019年度","2,455","2023年度","2,900","2024年度"
				"242161","参考","1","（参考）県全体の観光入込客数","","","千人","","","41,200","2023年度","",""
				"242161","注記","1","時点の表記","「YYYY-MM-DD」は当該日現在の値","","","","","","","",""
				""");

		assertThat(statement.title()).isEqualTo("令和6年度　産業振興部の運営方針");
		assertThat(statement.mission()).startsWith("地域の産業を育て");
		assertThat(statement.issues()).extracting(PolicyIssue::title, PolicyIssue::actions)
			.containsExactly(tuple("企業誘致の推進", List.of("工業団地の区画の造成", "立地企業への奨励金の交付")),
					tuple("観光の振興", List.of("忍者の里のプロモーション")));
		assertThat(statement.statistics()).extracting(Statistic::indicator, statistic -> statistic.value().number().toPlainString(),
				Statistic::fiscalYear)
			.containsExactlyInAnyOrder(tuple("職員数", "64", 2024), tuple("観光入込客数", "2810000", 2019), tuple("観光入込客数", "2455000", 2023));
	}

	@Test
	void aWordProcessorsPageGivesItsProfileTableWithNotesInCellsAndItsThemesAsIssues() {
		PolicyStatement statement = read("""
				<html><head><style>
				p.MsoNormal {margin:0mm;}
				</style></head><body>
				<h1>令和６年度　こども未来局運営方針（伊賀市）</h1>
				<h1>１．局の使命</h1>
				<p class=MsoNormal>すべての子どもが健やかに育つまちをつくります。</p>
				<h1>２．局の概要</h1>
				<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0
				 style='border-collapse:collapse;border:none'>
				 <tr>
				  <td width=170 valign=top style='width:127.5pt;border:solid windowtext 1.0pt;
				  padding:0mm 5.4pt 0mm 5.4pt'>
				  <p class=MsoNormal>区分</p>
				  </td>
				  <td width=170 valign=top style='width:127.5pt;
				  padding:0mm 5.4pt 0mm 5.4pt'><p class=MsoNormal>数値</p></td>
				  <td width=170 valign=top><p class=MsoNormal>備考</p></td>
				 </tr>
				 <tr>
				  <td><p class=MsoNormal>職員数</p></td>
				  <td><p class=MsoNormal><span lang=EN-US>212</span>人</p></td>
				  <td><p class=MsoNormal>令和６年４月１日現在</p></td>
				 </tr>
				 <tr>
				  <td><p class=MsoNormal>公立保育所</p></td>
				  <td><p class=MsoNormal>９か所</p></td>
				  <td><p class=MsoNormal>令和６年４月１日現在</p>
				  <p class=MsoNormal>※うち２か所は令和７年度に民間移管予定</p></td>
				 </tr>
				</table>
				<h1>３．重点テーマ</h1>
				<p class=MsoNormal><b>重点テーマ１　切れ目のない子育て支援</b></p>
				<p class=MsoNormal>【令和６年度の具体的な取組】</p>
				<p class=MsoListParagraph><span
				lang=EN-US>①<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span>産後ケア事業の拡充</p>
				<p class=MsoListParagraph><span
				lang=EN-US>②<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span>子育て応援アプリの運用</p>
				<p class=MsoNormal>（参考）全国の出生数は、令和５年に727,288人でした。</p>
				</body></html>
				""");

		assertThat(statement.mission()).isEqualTo("すべての子どもが健やかに育つまちをつくります。");
		assertThat(statement.statistics()).extracting(Statistic::indicator, statistic -> statistic.value().number().toPlainString(),
				Statistic::fiscalYear)
			.containsExactlyInAnyOrder(tuple("職員数", "212", 2024), tuple("公立保育所", "9", 2024));
		assertThat(statement.issues()).extracting(PolicyIssue::title, PolicyIssue::actions)
			.containsExactly(tuple("切れ目のない子育て支援", List.of("産後ケア事業の拡充", "子育て応援アプリの運用")));
	}

	private PolicyStatement read(String text) {
		return this.reader.read(DocumentModel.of(new SourceText(Path.of("statement.txt"), List.of(text.split("\n", -1)), "test")), null);
	}
}
