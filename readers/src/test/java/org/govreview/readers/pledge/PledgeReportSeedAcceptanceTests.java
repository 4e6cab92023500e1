package org.govreview.readers.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govreview.readers.pledge.PledgeReportReaderTests.measure;
import static org.govreview.readers.pledge.PledgeReportReaderTests.pledge;
import static org.govreview.readers.pledge.PledgeReportReaderTests.warnings;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.govreview.domain.document.Finding;
import org.govreview.domain.document.Finding.Severity;
import org.govreview.domain.fiscal.FiscalYear;
import org.govreview.domain.pledge.BasicPolicy;
import org.govreview.domain.pledge.Measure;
import org.govreview.domain.pledge.Pledge;
import org.govreview.domain.pledge.PledgeReport;
import org.govreview.readers.municipality.MunicipalityMaster;
import org.govreview.readers.text.Seeds;
import org.govreview.readers.text.SourceText;
import org.govreview.readers.text.SourceTextLoader;
import org.govreview.readers.text.TextPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Acceptance on a real report: 苫小牧市's pledge progress report for FY2023 (seed 004, the text extracted from the
 * published PDF, with its tab-separated cells, HTML fragments and OCR mistakes). Every assertion runs twice: on the
 * text as extracted, and on a PDF that the test renders from it (one PDF line per text line, cells drawn apart) and
 * reads back through {@link SourceTextLoader}, where cells come out separated by spaces instead of tabs.
 * <p>
 * The seed lives outside the repository ({@code ../shared/seeds}); without it these tests are skipped with the
 * reason, never passed.
 */
class PledgeReportSeedAcceptanceTests {

	private static final String SEED_NAME = "004_33cdc2aa51bc4c42.txt";

	private static final Path SEED = Seeds.locate(SEED_NAME);

	private static final Map<Rendering, PledgeReport> REPORTS = new EnumMap<>(Rendering.class);

	@TempDir
	static Path directory;

	enum Rendering {

		TEXT, PDF

	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(Rendering.class)
	void identifiesTheMunicipalityAndFiscalYear(Rendering rendering) {
		PledgeReport report = report(rendering);

		assertThat(report.municipality().name()).isEqualTo("苫小牧市");
		assertThat(report.municipality().code().value()).isEqualTo("012131");
		assertThat(report.fiscalYear()).isEqualTo(FiscalYear.of(2023));
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(Rendering.class)
	void readsFiveBasicPoliciesOfFivePledgesOfTwoMeasures(Rendering rendering) {
		PledgeReport report = report(rendering);

		assertThat(report.basicPolicies()).extracting(BasicPolicy::code).containsExactly("I", "II", "III", "IV", "V");
		assertThat(report.basicPolicies()).allSatisfy(policy -> assertThat(policy.pledges()).hasSize(5));
		assertThat(report.pledges()).hasSize(25).allSatisfy(pledge -> assertThat(pledge.measures()).hasSize(2));
		assertThat(report.measures()).hasSize(50);
		assertThat(report.ratedMeasureCount()).isEqualTo(33);
		assertThat(report.measures()).flatExtracting(Measure::activities)
			.allSatisfy(activity -> assertThat(activity.text()).endsWith("。"));
		// the report prints II-2-1's intention as a list item and no activity under it
		assertThat(report.measures()).filteredOn(measure -> measure.activities().isEmpty())
			.extracting(Measure::code)
			.containsExactly("II-2-1");
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(Rendering.class)
	void readsThePublishedFigures(Rendering rendering) {
		PledgeReport report = report(rendering);

		assertThat(report.pledges()).extracting(Pledge::publishedPercent)
			.containsExactlyElementsOf(decimals(73, 66, 70, 43, 61, 58, 52, 52, 57, 65, 77, 52, 72, 45, 56, 53, 61, 45,
					70, 52, 74, 75, 41, 61, 60));
		assertThat(report.basicPolicies()).extracting(BasicPolicy::publishedPercent)
			.containsExactlyElementsOf(decimals(62, 56, 60, 56, 62));
		assertThat(report.publishedOverall()).isEqualByComparingTo("59.2");
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(Rendering.class)
	void readsRatingsAndDepartmentsOfMeasures(Rendering rendering) {
		PledgeReport report = report(rendering);

		Measure planning = measure(report, "I-1-1");
		assertThat(planning.title()).startsWith("行政創革プラン");
		assertThat(planning.rating()).isEqualTo(7);
		assertThat(planning.departments()).contains("秘書広報課", "行政監理室").doesNotContain("政策推進課");
		assertThat(measure(report, "I-1-2").rating()).isNull();
		assertThat(measure(report, "I-1-2").departments()).containsExactly("政策推進課", "財政課");
		assertThat(measure(report, "I-3-1").departments()).contains("ICT推進室");
		assertThat(measure(report, "I-5-2").rating()).isEqualTo(4);
		assertThat(measure(report, "I-5-2").departments()).contains("管財課");
		assertThat(measure(report, "II-1-2").departments()).contains("港湾・企業振興課", "工業・雇用振興課");
		Measure resort = measure(report, "II-2-1");
		assertThat(resort.title()).contains("統合型リゾート");
		assertThat(resort.rating()).isEqualTo(4);
		assertThat(measure(report, "V-2-1").rating()).isEqualTo(8);
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(Rendering.class)
	void findsThePledgeWhoseSummaryTitleHasATypo(Rendering rendering) {
		PledgeReport report = report(rendering);

		Pledge nature = pledge(report, "IV-5");
		assertThat(nature.title()).startsWith("良好的な自然環境");
		assertThat(nature.publishedPercent()).isEqualByComparingTo("52");
		assertThat(nature.measures()).extracting(Measure::title)
			.satisfiesExactly(first -> assertThat(first).contains("景勝地"), second -> assertThat(second).contains("鳥獣被害対策"));
		assertThat(report.findings()).filteredOn(finding -> finding.message().contains("pledge IV-5"))
			.singleElement()
			.satisfies(finding -> {
				assertThat(finding.severity()).isEqualTo(Severity.INFO);
				assertThat(finding.message()).contains("detail title differs");
				assertThat(finding.value()).contains("良好な自然環境");
			});
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(Rendering.class)
	void correctsTheOcrVariantsOfTheCityName(Rendering rendering) {
		PledgeReport report = report(rendering);

		assertThat(report.basicPolicies().get(0).title()).contains("まち苫小牧");
		assertThat(measure(report, "I-1-1").activities().get(0).text()).startsWith("苫小牧市公式ホームページ");
		assertThat(allText(report)).noneMatch(text -> text.contains("苦小牧") || text.contains("苔小牧"));
		assertThat(report.findings()).extracting(Finding::message)
			.anySatisfy(message -> assertThat(message).startsWith("OCR variant 苦小牧 corrected to 苫小牧"))
			.anySatisfy(message -> assertThat(message).startsWith("OCR variant 苔小牧 corrected to 苫小牧"));
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(Rendering.class)
	void placesEverythingItReads(Rendering rendering) {
		assertThat(warnings(report(rendering))).isEmpty();
	}

	@Test
	void readsThePdfRenderingExactlyAsTheText() {
		assertThat(report(Rendering.PDF).basicPolicies()).isEqualTo(report(Rendering.TEXT).basicPolicies());
		assertThat(report(Rendering.PDF).publishedOverall()).isEqualTo(report(Rendering.TEXT).publishedOverall());
	}

	private static PledgeReport report(Rendering rendering) {
		Seeds.assumePresent(SEED);
		return REPORTS.computeIfAbsent(rendering, PledgeReportSeedAcceptanceTests::read);
	}

	private static PledgeReport read(Rendering rendering) {
		SourceTextLoader loader = new SourceTextLoader();
		SourceText text = switch (rendering) {
			case TEXT -> loader.load(SEED);
			case PDF -> {
				SourceText pdf = loader.load(TextPdf.of(Seeds.lines(SEED)).writeTo(directory.resolve("seed-004.pdf")));
				assertThat(pdf.origin()).as("the rendering is read as a PDF").startsWith("PDF, ");
				yield pdf;
			}
		};
		return new PledgeReportReader(MunicipalityMaster.builtIn()).read(text, null);
	}

	private static List<BigDecimal> decimals(int... values) {
		return java.util.Arrays.stream(values).mapToObj(BigDecimal::valueOf).toList();
	}

	private static List<String> allText(PledgeReport report) {
		return report.basicPolicies().stream()
			.flatMap(policy -> Stream.concat(Stream.of(policy.title()), policy.pledges().stream()
				.flatMap(pledge -> Stream.concat(Stream.of(pledge.title()), pledge.measures().stream()
					.flatMap(measure -> Stream.concat(Stream.of(measure.title()),
							measure.activities().stream().map(activity -> activity.text())))))))
			.toList();
	}
}
