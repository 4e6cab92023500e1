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
 * A ward's statement of our own as a word processor's page: tables whose header spans two rows (区分 over two columns,
 * the day the figures stand at over the years), a figure broken down into its parts, and periods set over the word
 * for their figures (Ｒ５⏎実績).
 */
class SpannedHeaderStatementsTests {

	private final PolicyStatementReader reader = new PolicyStatementReader(MunicipalityMaster.builtIn());

	@Test
	void theYearsUnderASpanningCellThatNamesTheirDayAreEachFiscalYearsFigures() {
		PolicyStatement statement = read("""
				<html><body>
				<p>令和７年度　堺市北区運営方針</p>

				<h1>１　区の使命</h1>

				<p>区民に最も身近な区役所として、安心して住み続けられるまちをつくります。</p>

				<h1>２　区の現状</h1>

				<p>【北区の主な統計】</p>

				<table>
				<tr><td colspan=2 rowspan=2>区　分</td><td rowspan=2>単位</td><td colspan=3>各年度末（３月末）現在</td></tr>
				<tr><td>令和４年度</td><td>令和５年度</td><td>令和６年度</td></tr>
				<tr><td rowspan=2>人口</td><td>総数</td><td>人</td><td>159,210</td><td>158,877</td><td>158,402</td></tr>
				<tr><td>うち65歳以上</td><td>人</td><td>39,114</td><td>39,502</td><td>39,861</td></tr>
				<tr><td colspan=2>世帯数</td><td>世帯</td><td>74,015</td><td>74,690</td><td>75,208</td></tr>
				</table>

				<h1>３　重点課題</h1>

				<h2>重点課題１　災害に強いまちづくり</h2>

				<p>（主な取組）</p>
				<li>防災訓練の実施と参加の促進</li>

				<p>（成果指標）</p>

				<table>
				<tr><td>指　標</td><td>単位</td><td>Ｒ５<br>実績</td><td>Ｒ６<br>実績</td><td>Ｒ７<br>目標</td></tr>
				<tr><td>防災訓練の参加者数</td><td>人</td><td>5,120</td><td>5,486</td><td>6,000</td></tr>
				</table>
				</body></html>
				""");

		assertThat(statement.statistics()).extracting(Statistic::indicator, statistic -> statistic.value().number().toPlainString(),
				Statistic::fiscalYear)
			.containsExactlyInAnyOrder(tuple("人口", "159210", 2022), tuple("人口", "158877", 2023), tuple("人口", "158402", 2024),
					tuple("人口（うち65歳以上）", "39114", 2022), tuple("人口（うち65歳以上）", "39502", 2023),
					tuple("人口（うち65歳以上）", "39861", 2024), tuple("世帯数", "74015", 2022), tuple("世帯数", "74690", 2023),
					tuple("世帯数", "75208", 2024), tuple("防災訓練の参加者数", "5120", 2023), tuple("防災訓練の参加者数", "5486", 2024));
	}

	@Test
	void aBaselineColumnNamedOverItsDateIsNoYearOfFigures() {
		PolicyStatement statement = read("""
				<html><body>
				<p>令和６年度　堺市北区運営方針</p>

				<h1>１　区の使命</h1>

				<p>区民に最も身近な区役所として、安心して住み続けられるまちをつくります。</p>

				<h1>２　組織目標</h1>

				<table>
				<tr><td>No.</td><td>組織目標</td><td>主な取組</td><td>達成基準（成果指標）</td><td>基準値<br>（R5年度末）</td><td>目標値<br>（R6年度末）</td><td>所管課</td></tr>
				<tr><td>1</td><td>防災のまちづくり</td><td>防災訓練の実施</td><td>防災訓練の参加者数</td><td>5,120人</td><td>6,000人</td><td>総務課</td></tr>
				</table>
				</body></html>
				""");

		assertThat(statement.statistics()).isEmpty();
	}

	private PolicyStatement read(String text) {
		return this.reader.read(DocumentModel.of(new SourceText(Path.of("statement.txt"), List.of(text.split("\n", -1)), "test")), null);
	}
}
