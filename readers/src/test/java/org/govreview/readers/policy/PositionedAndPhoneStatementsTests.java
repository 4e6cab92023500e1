package org.govreview.readers.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.govreview.domain.policy.PolicyStatement;
import org.govreview.domain.policy.Statistic;
import org.govreview.readers.document.DocumentModel;
import org.govreview.readers.municipality.MunicipalityMaster;
import org.govreview.readers.text.SourceTextLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ward policies of our own as two producers give them: poppler's {@code pdftohtml -xml} (one element per run of text
 * with its page position, figures apart from their units, a header cell of two lines set round the one-line cells, the
 * city's reference column) and a phone browser's copy of a responsive page (breadcrumbs ending in the title, every
 * table row a card of header and value lines).
 */
class PositionedAndPhoneStatementsTests {

	private static final MunicipalityMaster MASTER = MunicipalityMaster.builtIn();

	@TempDir
	Path directory;

	@Test
	void aPositionedXmlPageReadsAsItsLinesWithTheCitysColumnAndTheBudgetsYears() throws IOException {
		PolicyStatement statement = read("/policy/pdftohtml-xml.txt");

		assertThat(statement.organisation().code().value()).isEqualTo("261106");
		assertThat(statement.mission()).startsWith("区民に最も身近な行政機関として").endsWith("まちをつくります。");
		assertThat(statement.statistics()).extracting(Statistic::indicator, Statistic::fiscalYear,
				statistic -> statistic.value().number().toPlainString(), statistic -> statistic.value().unit())
			.contains(tuple("刑法犯認知件数", 2023, "812", "件"), tuple("人口", 2023, "132718", "人"),
					tuple("人口（市全体）", 2023, "1435254", "人"), tuple("高齢化率（市全体）", 2023, "29.6", "%"),
					tuple("やましな魅力発信事業", 2024, "6400", "千円"), tuple("地域防災力向上事業", 2023, "3120", "千円"))
			.doesNotContain(tuple("人口", 2023, "1435254", "人"));
		assertThat(statement.statistics()).filteredOn(statistic -> statistic.indicator().contains("予算の総額"))
			.as("the year in brackets is the year of the figure after it, not of the one before")
			.extracting(Statistic::fiscalYear, statistic -> statistic.value().number().toPlainString())
			.doesNotContain(tuple(2023, "18240000"));
	}

	@Test
	void aPhonesCopyOfAResponsivePageReadsItsTitleUnderTheBreadcrumbsAndItsCardsAsTables() throws IOException {
		PolicyStatement statement = read("""
				メニュー
				文字サイズ 標準 大
				現在位置
				ホーム 区役所・出張所 安佐北区役所 区の紹介・区政情報 令和6年度　安佐北区運営方針

				令和6年度　安佐北区運営方針

				区の使命
				区民に最も身近な行政機関として、誰もが安心して住み続けられるまちをつくります。

				安佐北区の人口等の推移
				区分
				人口
				令和4年度末
				139,512人
				令和5年度末
				137,904人
				区分
				世帯数
				令和4年度末
				64,210世帯
				令和5年度末
				64,388世帯
				※住民基本台帳による各年度末現在の数値です。

				評価
				項目数
				満点
				８
				４０点
				子育て
				８
				４０点
				""".getBytes(java.nio.charset.StandardCharsets.UTF_8), "phone.txt");

		assertThat(statement.organisation().code().value()).isEqualTo("341061");
		assertThat(statement.title()).isEqualTo("令和6年度　安佐北区運営方針");
		assertThat(statement.statistics()).extracting(Statistic::indicator, Statistic::fiscalYear,
				statistic -> statistic.value().number().toPlainString())
			.contains(tuple("人口", 2023, "137904"), tuple("世帯数", 2022, "64210"))
			.as("a figure repeated down a one-cell-per-line table heads no card").noneMatch(row -> "８".equals(row.toList().get(0)));
	}

	private PolicyStatement read(String resource) throws IOException {
		try (InputStream in = getClass().getResourceAsStream(resource)) {
			return read(in.readAllBytes(), "statement.xml.txt");
		}
	}

	private PolicyStatement read(byte[] bytes, String name) throws IOException {
		Path file = Files.write(this.directory.resolve(name), bytes);
		return new PolicyStatementReader(MASTER).read(DocumentModel.of(new SourceTextLoader().load(file)), null);
	}
}
