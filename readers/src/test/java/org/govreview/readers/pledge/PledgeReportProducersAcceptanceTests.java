package org.govreview.readers.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.govreview.domain.pledge.BasicPolicy;
import org.govreview.domain.pledge.Measure;
import org.govreview.domain.pledge.Pledge;
import org.govreview.domain.pledge.PledgeReport;
import org.govreview.readers.municipality.MunicipalityMaster;
import org.govreview.readers.text.Seeds;
import org.govreview.readers.text.SourceText;
import org.govreview.readers.text.SourceTextLoader;
import org.govreview.readers.text.TextPdf;
import org.govreview.readers.text.WrappedPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Seed 004 (苫小牧市's pledge progress report) read from its text and from PDFs of two producers: PDFBox with one
 * line per text line ({@link TextPdf}), and OpenPDF as a word processor prints it, wrapped at the A4 page width
 * with no tab stops, cells aligned with full-width spaces, page numbers and a running header ({@link WrappedPdf}).
 * Every rendering must give the same facts as the text. A pledge variant of the test resources is read the same
 * way through the second producer. Without the seed the seed tests are skipped with the reason.
 */
class PledgeReportProducersAcceptanceTests {

	private static final Path SEED = Seeds.locate("004_33cdc2aa51bc4c42.txt");

	private static final Map<Producer, PledgeReport> REPORTS = new EnumMap<>(Producer.class);

	@TempDir
	static Path directory;

	enum Producer {

		TEXT, PDFBOX_ONE_LINE_PER_ROW, OPENPDF_WRAPPED

	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(Producer.class)
	void readsTheSeedsCountsAndPublishedFigures(Producer producer) {
		PledgeReport report = report(producer);

		assertThat(report.basicPolicies()).extracting(BasicPolicy::code).containsExactly("I", "II", "III", "IV", "V");
		assertThat(report.pledges()).hasSize(25);
		assertThat(report.measures()).hasSize(50);
		assertThat(report.ratedMeasureCount()).isEqualTo(33);
		assertThat(report.basicPolicies()).extracting(BasicPolicy::publishedPercent)
			.map(percent -> percent.intValueExact())
			.containsExactly(62, 56, 60, 56, 62);
		assertThat(report.publishedOverall()).isEqualByComparingTo("59.2");
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(value = Producer.class, names = "TEXT", mode = EnumSource.Mode.EXCLUDE)
	void readsEveryFactOfTheSeedAsFromTheText(Producer producer) {
		PledgeReport text = report(Producer.TEXT);
		PledgeReport pdf = report(producer);
		if (producer == Producer.OPENPDF_WRAPPED) {
			assertThat(pdf.findings()).as("the wrapped rendering places everything it reads")
				.noneMatch(finding -> finding.severity() == org.govreview.domain.document.Finding.Severity.WARNING);
		}

		assertThat(pdf.pledges()).extracting(Pledge::code, Pledge::title, Pledge::publishedPercent)
			.containsExactlyElementsOf(text.pledges().stream()
				.map(pledge -> tuple(pledge.code(), pledge.title(), pledge.publishedPercent()))
				.toList());
		assertThat(pdf.measures()).extracting(Measure::code, Measure::title, Measure::rating, Measure::departments)
			.containsExactlyElementsOf(text.measures().stream()
				.map(measure -> tuple(measure.code(), measure.title(), measure.rating(), measure.departments()))
				.toList());
		assertThat(pdf.measures()).flatExtracting(Measure::activities)
			.containsExactlyElementsOf(text.measures().stream().flatMap(measure -> measure.activities().stream()).toList());
		assertThat(pdf.basicPolicies()).isEqualTo(text.basicPolicies());
		assertThat(pdf.basicPolicies()).extracting(BasicPolicy::title)
			.containsExactlyElementsOf(text.basicPolicies().stream().map(BasicPolicy::title).toList());
		assertThat(pdf.municipality()).isEqualTo(text.municipality());
		assertThat(pdf.fiscalYear()).isEqualTo(text.fiscalYear());
	}

	@Test
	void readsAPledgeVariantThroughTheSecondProducerAsFromItsText() throws Exception {
		Path variant = Path.of(getClass().getResource("/pledge/bulleted-lines.txt").toURI());
		SourceTextLoader loader = new SourceTextLoader();
		PledgeReportReader reader = new PledgeReportReader(MunicipalityMaster.builtIn());
		PledgeReport text = reader.read(loader.load(variant), null);
		SourceText wrapped = loader.load(WrappedPdf.of(Seeds.lines(variant))
			.header("市長公約の取組状況")
			.writeTo(directory.resolve("bulleted-lines.pdf")));

		PledgeReport pdf = reader.read(wrapped, null);

		assertThat(wrapped.lines()).as("the rendering wraps and numbers its pages").contains("- 1 -");
		assertThat(pdf.basicPolicies()).isEqualTo(text.basicPolicies());
		assertThat(pdf.publishedOverall()).isEqualTo(text.publishedOverall());
		assertThat(pdf.ratedMeasureCount()).isEqualTo(text.ratedMeasureCount()).isPositive();
	}

	private static PledgeReport report(Producer producer) {
		Seeds.assumePresent(SEED);
		return REPORTS.computeIfAbsent(producer, PledgeReportProducersAcceptanceTests::read);
	}

	private static PledgeReport read(Producer producer) {
		SourceTextLoader loader = new SourceTextLoader();
		List<String> lines = Seeds.lines(SEED);
		SourceText text = switch (producer) {
			case TEXT -> loader.load(SEED);
			case PDFBOX_ONE_LINE_PER_ROW -> loader.load(TextPdf.of(lines).writeTo(directory.resolve("seed-004-pdfbox.pdf")));
			case OPENPDF_WRAPPED -> loader
				.load(WrappedPdf.of(lines).header("市長公約の取組状況").writeTo(directory.resolve("seed-004-openpdf.pdf")));
		};
		PledgeReport report = new PledgeReportReader(MunicipalityMaster.builtIn()).read(text, null);
		System.out.printf("seed 004 %-24s (%s): %d basic policies, %d pledges, %d measures, %d star ratings, "
				+ "basic policies %s, overall %s%n", producer, text.origin(), report.basicPolicies().size(),
				report.pledges().size(), report.measures().size(), report.ratedMeasureCount(),
				report.basicPolicies().stream().map(BasicPolicy::publishedPercent).toList(), report.publishedOverall());
		return report;
	}
}
