package org.govreview.readers.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.govreview.domain.document.Finding;
import org.govreview.domain.document.Finding.Severity;
import org.govreview.domain.fiscal.FiscalYear;
import org.govreview.domain.pledge.Activity;
import org.govreview.domain.pledge.BasicPolicy;
import org.govreview.domain.pledge.Measure;
import org.govreview.domain.pledge.Pledge;
import org.govreview.domain.pledge.PledgeReport;
import org.govreview.readers.municipality.MunicipalityMaster;
import org.govreview.readers.source.RejectedDocumentException;
import org.govreview.readers.text.SourceText;
import org.govreview.readers.text.SourceTextLoader;
import org.govreview.readers.text.TextPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pledge report reader on a small fictional report (桜ヶ丘市, FY2024: 2 basic policies, 4 pledges, 8 measures)
 * printed in the layouts extraction produces: tab-separated cells with HTML list fragments, one measure per line
 * with ●/・ bullets, a PDF-like layout whose cells are separated by spaces, and the detail before the summary
 * table. Variants are derived from these fixtures ({@code src/test/resources/pledge/}) and written to a temporary
 * directory, then loaded the way the job loads them.
 */
class PledgeReportReaderTests {

	static final String TABBED = "tabbed-with-html.txt";

	static final String BULLETED = "bulleted-lines.txt";

	static final String SPACED = "space-separated.txt";

	static final String DETAIL_FIRST = "detail-before-summary.txt";

	/** The project's own sample (tab layout, one measure per line), as the jobs' end-to-end tests use it. */
	private static final Path SAMPLE = Path.of("..", "samples", "sakuragaoka", "pledge-report-FY2024.txt");

	private final PledgeReportReader reader = new PledgeReportReader(MunicipalityMaster.builtIn());

	private final SourceTextLoader loader = new SourceTextLoader();

	@TempDir
	Path directory;

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { TABBED, BULLETED, SPACED, DETAIL_FIRST })
	void readsTheSameReportFromEveryLayout(String layout) {
		PledgeReport report = read(layout, fixture(layout));

		assertThat(report.municipality().code().value()).isEqualTo("999997");
		assertThat(report.municipality().name()).isEqualTo("桜ヶ丘市");
		assertThat(report.fiscalYear()).isEqualTo(FiscalYear.of(2024));
		assertIsTheFictionalReport(report);
		assertThat(warnings(report)).isEmpty();
	}

	@Test
	void readsTheTabbedLayoutRenderedAsPdf() {
		Path pdf = TextPdf.of(fixture(TABBED).lines().toList()).writeTo(this.directory.resolve("tabbed.pdf"));

		SourceText text = this.loader.load(pdf);
		PledgeReport report = this.reader.read(text, null);

		assertThat(text.origin()).startsWith("PDF");
		assertIsTheFictionalReport(report);
		assertThat(warnings(report)).isEmpty();
	}

	@Test
	void readsTheProjectSampleReport() {
		PledgeReport report = this.reader.read(this.loader.load(SAMPLE), null);

		assertThat(report.municipality().code().value()).isEqualTo("999997");
		assertThat(report.fiscalYear()).isEqualTo(FiscalYear.of(2024));
		assertThat(report.pledges()).hasSize(4);
		assertThat(report.measures()).hasSize(8);
		assertThat(report.ratedMeasureCount()).isEqualTo(7);
		assertThat(measure(report, "I-2-2").rating()).isNull();
		assertThat(measure(report, "I-2-2").departments()).containsExactly("資産経営課", "財政課");
		assertThat(report.publishedOverall()).isEqualByComparingTo("60.0");
		assertThat(warnings(report)).isEmpty();
	}

	/**
	 * A PDF drawn one table row per line loses the blank lines between sections: the widest rows then look like a
	 * margin, but they end closed (a sentence, stars, a figure) and must not be joined into the next heading.
	 */
	@Test
	void readsTheSampleReportPrintedWithoutBlankLinesOrTabsAsTheText() throws IOException {
		String printed = Files.readAllLines(SAMPLE).stream()
			.filter(line -> !line.isBlank())
			.map(line -> line.replace('\t', ' '))
			.collect(Collectors.joining("\n"));

		PledgeReport report = read("no-blank-lines.txt", printed);

		assertThat(report.measures()).extracting(Measure::code)
			.containsExactly("I-1-1", "I-1-2", "I-2-1", "I-2-2", "II-1-1", "II-1-2", "II-2-1", "II-2-2");
		assertThat(measure(report, "I-2-2").departments()).containsExactly("資産経営課", "財政課");
		assertThat(report.ratedMeasureCount()).isEqualTo(7);
		assertThat(warnings(report)).isEmpty();
	}

	@Test
	void readsStarRatingsAsCountOfFilledStars() {
		PledgeReport report = read(TABBED, fixture(TABBED));

		assertThat(measure(report, "I-1-1").rating()).as("★★★★★ ★★☆☆☆").isEqualTo(7);
		assertThat(measure(report, "I-1-2").rating()).as("★★★★★ ★☆☆☆☆").isEqualTo(6);
		assertThat(measure(report, "I-2-1").rating()).as("☆☆☆☆☆ ☆☆☆☆☆").isZero();
		assertThat(measure(report, "II-2-2").rating()).as("★★★☆☆ ☆☆☆☆☆").isEqualTo(3);
	}

	@Test
	void leavesTheRatingOfAMeasureWithoutStarsNullNotZero() {
		String text = replaceOnce(fixture(BULLETED), "・資産経営課 ・財政課\t★★★★☆ ☆☆☆☆☆", "・資産経営課 ・財政課");

		PledgeReport report = read("noStars.txt", text);

		assertThat(measure(report, "I-2-2").rating()).isNull();
		assertThat(measure(report, "I-2-1").rating()).isZero();
		assertThat(report.ratedMeasureCount()).isEqualTo(7);
		assertThat(warnings(report)).isEmpty();
	}

	@Test
	void givesTheStarsOfARowToItsOwnMeasureWhenAnEarlierRowHasNone() {
		String text = replaceOnce(fixture(BULLETED), "・資産経営課\t☆☆☆☆☆ ☆☆☆☆☆", "・資産経営課");

		PledgeReport report = read("firstWithoutStars.txt", text);

		assertThat(measure(report, "I-2-1").rating()).isNull();
		assertThat(measure(report, "I-2-2").rating()).isEqualTo(4);
	}

	@Test
	void joinsDepartmentNamesThatExtractionSpacedOut() {
		PledgeReport report = read(TABBED, fixture(TABBED));

		assertThat(measure(report, "I-1-1").departments()).containsExactly("ICT推進室", "市民課");
	}

	@Test
	void keepsDepartmentNamesWithANakaguroInside() {
		PledgeReport report = read(BULLETED, fixture(BULLETED));

		assertThat(measure(report, "II-1-1").departments()).containsExactly("港湾・企業振興課");
		assertThat(measure(report, "II-1-2").departments()).containsExactly("港湾・企業振興課", "工業・雇用振興課");
	}

	@Test
	void keepsActivitiesUnderTheirMeasure() {
		PledgeReport report = read(SPACED, fixture(SPACED));

		assertThat(measure(report, "I-1-1").activities()).extracting(Activity::code, Activity::text)
			.containsExactly(tuple("I-1-1-1", "転入届など40手続をオンライン申請に対応させました。"),
					tuple("I-1-1-2", "窓口に案内用タブレットを配置しました。"));
		assertThat(measure(report, "I-2-1").activities()).extracting(Activity::text)
			.containsExactly("劣化状況調査の実施に向けて仕様書を作成しました。");
	}

	@Test
	void correctsAnOcrVariantOfTheMunicipalityNameAndRecordsIt() {
		String text = fixture(TABBED).replace("桜 ヶ 丘 市", "苦 小 牧 市");

		PledgeReport report = read("ocrName.txt", text);

		assertThat(report.municipality().name()).isEqualTo("苫小牧市");
		assertThat(report.municipality().code().value()).isEqualTo("012131");
		assertThat(report.findings()).filteredOn(finding -> finding.severity() == Severity.INFO)
			.anySatisfy(finding -> {
				assertThat(finding.location()).isEqualTo("line 6");
				assertThat(finding.message()).contains("municipality name corrected", "苫小牧市 (012131)");
				// the issuer spread letter by letter under the title is read closed up, as every spread heading is
				assertThat(finding.value()).isEqualTo("苦小牧市");
			});
	}

	@Test
	void rejectsAnUnknownMunicipalityWithTheTextThatFailed() {
		String text = fixture(TABBED).replace("桜 ヶ 丘 市", "桜ヶ岡市");
		Path file = write("unknownName.txt", text);

		assertThatExceptionOfType(RejectedDocumentException.class)
			.isThrownBy(() -> this.reader.read(this.loader.load(file), FiscalYear.of(2024)))
			.satisfies(ex -> {
				assertThat(ex.file()).isEqualTo(file);
				assertThat(ex.location()).isEqualTo("line 6");
				assertThat(ex.value()).isEqualTo("桜ヶ岡市");
				assertThat(ex.getMessage()).contains("unknownName.txt", "'桜ヶ岡市'", "is not in the municipality master");
			});
	}

	@Test
	void readsTheFiscalYearFromTheEndOfYearStatement() {
		String text = fixture(TABBED).replace("令和6年度末", "令和5年度末");

		assertThat(read("reiwa5.txt", text).fiscalYear()).isEqualTo(FiscalYear.of(2023));
	}

	@Test
	void readsTheFirstYearOfAnEraAsGannen() {
		String text = fixture(TABBED).replace("令和6年度末", "令和元年度");

		assertThat(read("gannen.txt", text).fiscalYear()).isEqualTo(FiscalYear.of(2019));
	}

	@Test
	void readsAFiscalYearThatExtractionSpacedOut() {
		String text = fixture(SPACED).replace("令和6年度末", "令 和 5 年 度 末");

		assertThat(read("spacedYear.txt", text).fiscalYear()).isEqualTo(FiscalYear.of(2023));
	}

	@Test
	void usesTheFallbackFiscalYearWhenTheTextStatesNoneAndRecordsIt() {
		Path file = write("noYear.txt", withoutFiscalYear(fixture(TABBED)));

		PledgeReport report = this.reader.read(this.loader.load(file), FiscalYear.of(2024));

		assertThat(report.fiscalYear()).isEqualTo(FiscalYear.of(2024));
		assertThat(report.findings()).extracting(Finding::message)
			.anySatisfy(message -> assertThat(message).contains("no fiscal year", "2024"));
		assertIsTheFictionalReport(report);
	}

	@Test
	void rejectsADocumentWithoutFiscalYearWhenNoFallbackIsGiven() {
		Path file = write("noYearNoFallback.txt", withoutFiscalYear(fixture(TABBED)));

		assertThatExceptionOfType(RejectedDocumentException.class)
			.isThrownBy(() -> this.reader.read(this.loader.load(file), null))
			.withMessageContaining("noYearNoFallback.txt")
			.withMessageContaining("no fiscal year (…年度) stated in the text and none given with --fiscal-year");
	}

	@Test
	void warnsWhenTheDetailFigureDisagreesWithTheSummary() {
		String text = replaceOnce(fixture(TABBED), "1 港湾を活用して企業の立地を促進します\t\t\t70",
				"1 港湾を活用して企業の立地を促進します\t\t\t75");

		PledgeReport report = read("mismatch.txt", text);

		assertThat(pledge(report, "II-1").publishedPercent()).isEqualByComparingTo("70");
		assertThat(warnings(report)).singleElement().satisfies(finding -> {
			assertThat(finding.message()).contains("pledge II-1", "75", "70");
			assertThat(finding.value()).isEqualTo("75");
		});
	}

	@Test
	void warnsWhenTheDetailFigureInAPdfLikeRowDisagreesWithTheSummary() {
		String text = replaceOnce(fixture(SPACED), "・資産経営課 20 ☆☆☆☆☆", "・資産経営課 25 ☆☆☆☆☆");

		PledgeReport report = read("spacedMismatch.txt", text);

		assertThat(warnings(report)).singleElement()
			.satisfies(finding -> assertThat(finding.message()).contains("pledge I-2", "25", "20"));
		assertThat(measure(report, "I-2-1").departments()).containsExactly("資産経営課");
	}

	@Test
	void warnsAboutTextThatIsNeitherMeasureNorActivityAndKeepsIt() {
		String note = "※ 売却の時期は市場の動向を見て判断する見込み";
		String text = replaceOnce(fixture(BULLETED), "・旧桜ヶ丘北小学校跡地の売却条件を整理しました。\t・資産経営課 ・財政課\t★★★★☆ ☆☆☆☆☆",
				"・旧桜ヶ丘北小学校跡地の売却条件を整理しました。\t・資産経営課 ・財政課\t★★★★☆ ☆☆☆☆☆\n" + note);

		PledgeReport report = read("strayNote.txt", text);

		assertThat(warnings(report)).singleElement().satisfies(finding -> {
			assertThat(finding.message()).contains("pledge I-2", "neither a measure", "nor an activity");
			assertThat(finding.value()).isEqualTo(note);
			assertThat(finding.location()).isEqualTo("line " + lineOf(text, note));
		});
		assertIsTheFictionalReport(report);
	}

	@Test
	void warnsAboutAMalformedStarRatingAndLeavesTheMeasureUnrated() {
		String text = replaceOnce(fixture(BULLETED), "・商業振興課\t★★★☆☆ ☆☆☆☆☆", "・商業振興課\t★★★☆☆ ☆☆☆☆");

		PledgeReport report = read("nineStars.txt", text);

		assertThat(measure(report, "II-2-2").rating()).isNull();
		assertThat(warnings(report)).singleElement()
			.satisfies(finding -> assertThat(finding.message()).contains("pledge II-2", "ten ★/☆"));
	}

	@Test
	void warnsWhenAPledgeOfTheSummaryHasNoDetailSection() {
		String text = fixture(BULLETED).replace("2 中心市街地のにぎわいを取り戻します\t\t\t40\n", "");

		PledgeReport report = read("missingPledge.txt", text);

		assertThat(pledge(report, "II-2").publishedPercent()).isEqualByComparingTo("40");
		assertThat(pledge(report, "II-2").measures()).isEmpty();
		assertThat(warnings(report)).extracting(Finding::message)
			.anySatisfy(message -> assertThat(message).contains("pledge II-2 has no detail section"));
	}

	@Test
	void rejectsAReportWithoutSummaryTableAndSaysItIsNeeded() {
		String text = fixture(TABBED);
		String withoutSummary = text.substring(0, text.indexOf("I 市長公約取組状況総括表"))
				+ text.substring(text.indexOf("II 市長公約取組状況（"));
		Path file = write("noSummary.txt", withoutSummary);

		assertThatExceptionOfType(RejectedDocumentException.class)
			.isThrownBy(() -> this.reader.read(this.loader.load(file), null))
			.withMessageContaining("noSummary.txt")
			.withMessageContaining("no summary table");
	}

	@Test
	void recognisesAPledgeReportButNotOtherText() {
		assertThat(PledgeReportReader.recognises(this.loader.load(write(TABBED, fixture(TABBED))))).isTrue();
		assertThat(PledgeReportReader.recognises(this.loader.load(write("minutes.txt", "議事録\n令和6年度 第1回 委員会\n")))).isFalse();
	}

	/** The report every fixture holds, whatever its layout. */
	/**
	 * Producers without tab stops align cells with spaces that only NFKC makes ASCII: a closing figure after one
	 * once sent the reader into unbounded recursion (a stack overflow).
	 */
	@ParameterizedTest(name = "U+{0}")
	@ValueSource(strings = { "3000", "00A0", "2002" })
	void readsCellsAlignedWithUnicodeSpacesAsWithTabs(String codePoint) {
		String space = Character.toString(Integer.parseInt(codePoint, 16));
		PledgeReport tabbed = read(BULLETED, fixture(BULLETED));

		PledgeReport aligned = read("aligned.txt", fixture(BULLETED).replace("\t", space));

		assertThat(aligned.basicPolicies()).isEqualTo(tabbed.basicPolicies());
		assertThat(warnings(aligned)).isEmpty();
	}

	@Test
	void readsAMegabyteOfStarsWithoutExhaustingTheStack() {
		StarRatings.Parsed parsed = StarRatings.parse("★★★★★ ★★☆☆☆ ".repeat(100_000));

		assertThat(parsed.ratings()).hasSize(100_000).containsOnly(7);
		assertThat(parsed.rest()).isEmpty();
	}

	static void assertIsTheFictionalReport(PledgeReport report) {
		assertThat(report.basicPolicies()).extracting(BasicPolicy::code, BasicPolicy::title, BasicPolicy::publishedPercent)
			.containsExactly(tuple("I", "行財政を改革し、信頼される市役所をつくります", new BigDecimal("42")),
					tuple("II", "港と産業を生かし、にぎわいのあるまちをつくります", new BigDecimal("55")));
		assertThat(report.pledges()).extracting(Pledge::code, Pledge::title, Pledge::publishedPercent)
			.containsExactly(tuple("I-1", "デジタル技術で市民の手続を簡単にします", new BigDecimal("65")),
					tuple("I-2", "公共施設の維持管理経費を削減します", new BigDecimal("20")),
					tuple("II-1", "港湾を活用して企業の立地を促進します", new BigDecimal("70")),
					tuple("II-2", "中心市街地のにぎわいを取り戻します", new BigDecimal("40")));
		assertThat(report.publishedOverall()).isEqualByComparingTo("48.5");
		assertThat(report.measures())
			.extracting(Measure::code, Measure::title, Measure::rating, Measure::departments,
					measure -> measure.activities().size())
			.containsExactly(tuple("I-1-1", "行政手続のオンライン化を進めます", 7, List.of("ICT推進室", "市民課"), 2),
					tuple("I-1-2", "市民向けのスマホ講座を拡充します", 6, List.of("生涯学習課"), 1),
					tuple("I-2-1", "公共施設の長寿命化計画を改定します", 0, List.of("資産経営課"), 1),
					tuple("I-2-2", "未利用の市有地を売却します", 4, List.of("資産経営課", "財政課"), 1),
					tuple("II-1-1", "臨海部の産業用地を造成します", 8, List.of("港湾・企業振興課"), 2),
					tuple("II-1-2", "港湾物流の拠点機能を強化します", 6, List.of("港湾・企業振興課", "工業・雇用振興課"), 1),
					tuple("II-2-1", "駅前広場を再整備します", 5, List.of("都市計画課"), 1),
					tuple("II-2-2", "空き店舗での創業を支援します", 3, List.of("商業振興課"), 1));
		assertThat(measure(report, "II-2-2").activities()).extracting(Activity::code, Activity::text)
			.containsExactly(tuple("II-2-2-1", "空き店舗で創業した3事業者に家賃を補助しました。"));
	}

	static Measure measure(PledgeReport report, String code) {
		return report.measures().stream().filter(measure -> measure.code().equals(code)).findFirst()
			.orElseThrow(() -> new AssertionError("no measure " + code + " in " + report.measures()));
	}

	static Pledge pledge(PledgeReport report, String code) {
		return report.pledges().stream().filter(pledge -> pledge.code().equals(code)).findFirst()
			.orElseThrow(() -> new AssertionError("no pledge " + code));
	}

	static List<Finding> warnings(PledgeReport report) {
		return report.findings().stream().filter(finding -> finding.severity() != Severity.INFO).toList();
	}

	static String fixture(String name) {
		try (InputStream in = PledgeReportReaderTests.class.getResourceAsStream("/pledge/" + name)) {
			if (in == null) {
				throw new IllegalStateException("fixture /pledge/" + name + " is not on the test class path");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The fixture with every statement of a fiscal year (令和6年度末) taken out; other dates stay. */
	private static String withoutFiscalYear(String text) {
		String stripped = text.replace("令和6年度末", "");
		assertThat(stripped).doesNotContain("年度");
		return stripped;
	}

	private static String replaceOnce(String text, String target, String replacement) {
		assertThat(text).as("fixture text to replace").containsOnlyOnce(target);
		return text.replace(target, replacement);
	}

	private static int lineOf(String text, String line) {
		return text.lines().toList().indexOf(line) + 1;
	}

	private PledgeReport read(String name, String text) {
		return this.reader.read(this.loader.load(write(name, text)), null);
	}

	private Path write(String name, String text) {
		try {
			return Files.writeString(this.directory.resolve(name), text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
