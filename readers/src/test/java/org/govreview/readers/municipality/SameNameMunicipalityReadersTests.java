package org.govreview.readers.municipality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import org.govreview.domain.inspection.InspectionReport;
import org.govreview.domain.municipality.LocalGovernmentCode;
import org.govreview.readers.inspection.InspectionReportReader;
import org.govreview.readers.pledge.PledgeReportReader;
import org.govreview.readers.policy.PolicyStatementReader;
import org.govreview.readers.source.RejectedDocumentException;
import org.govreview.readers.text.SourceText;
import org.govreview.readers.text.SourceTextLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The readers give the master what the document says, so that same-name municipalities resolve in real reports. */
class SameNameMunicipalityReadersTests {

	private static final Path SAMPLE_PLEDGE_REPORT = Path.of("..", "samples", "sakuragaoka", "pledge-report-FY2024.txt");

	private static final MunicipalityMaster MASTER = MunicipalityMaster.builtIn();

	@TempDir
	Path directory;

	@ParameterizedTest(name = "issuer {0}, introduction naming {1} → {2}")
	@CsvSource({ "伊達市, 北海道, 012335", "伊達市, 福島県, 072133", "府中市, 広島県, 342084", "府中市, 東京都, 132063",
			"北海道伊達市, 福島県, 012335", "広島県府中市, '', 342084", "美里町, 熊本県, 433489" })
	void aPledgeReportsIssuerIsDecidedByThePrefectureItsTextNames(String issuer, String prefecture, String code)
			throws IOException {
		SourceText text = pledgeReport(issuer, prefecture);

		assertThat(new PledgeReportReader(MASTER).read(text, null).municipality().code()).hasToString(code);
	}

	@Test
	void aPledgeReportThatDecidesNothingIsRejectedNamingTheCandidates() throws IOException {
		SourceText text = pledgeReport("伊達市", "");

		assertThatExceptionOfType(RejectedDocumentException.class)
			.isThrownBy(() -> new PledgeReportReader(MASTER).read(text, null))
			.withMessageContaining("matches several municipalities")
			.withMessageContaining("012335 (北海道)")
			.withMessageContaining("072133 (福島県)")
			.withMessageContaining("--municipality CODE");
		assertThat(new PledgeReportReader(MASTER.withChoice(List.of(LocalGovernmentCode.of("072133")))).read(text, null)
			.municipality().code()).hasToString("072133");
	}

	@ParameterizedTest(name = "council {0}, visit to {1} → {2}")
	@CsvSource({ "福島市, 伊達市, 072133", "苫小牧市, 伊達市, 012335", "郡山市, 伊達市, 072133", "広島市, 府中市, 342084",
			"八王子市, 府中市, 132063", "福島市, 北海道伊達市, 012335", "浜松市, 森町, 224618" })
	void anInspectionVisitIsDecidedByTheCouncilsMunicipality(String council, String destination, String code)
			throws IOException {
		SourceText text = inspectionReport(body -> body.replace("桜ヶ丘市議会議長", council + "議会議長")
			.replace("北海道函館市", destination)
			.replace("北海道旭川市", "旭川市"));

		InspectionReport report = new InspectionReportReader(MASTER).read(text, null);

		assertThat(report.visits().get(0).destination().code()).hasToString(code);
	}

	@ParameterizedTest(name = "a bureau of the city named {0} → {1}")
	@CsvSource({ "北広島市, 012343", "広島市, 341002", "北九州市, 401005" })
	void aBureauIsTheLongestCityNameTheTextNames(String city, String code) throws IOException {
		String text = resource("/policy/seed-layout.txt").replace("〈門司区〉", "〈総務市民局〉")
			.replace("門司区 X方針の概要", "総務市民局 X方針の概要")
			.replace("区民に身近な区役所として", city + "の局として");
		SourceText source = new SourceTextLoader().load(Files.writeString(this.directory.resolve("bureau.txt"), text));

		assertThat(new PolicyStatementReader(MASTER).read(source, null).organisation().code()).hasToString(code);
	}

	private SourceText pledgeReport(String issuer, String prefecture) throws IOException {
		String sample = Files.readString(SAMPLE_PLEDGE_REPORT, StandardCharsets.UTF_8);
		String text = sample.replaceFirst("(?m)^桜ヶ丘市$", issuer)
			.replace("はじめに\n", "はじめに\n\n" + (prefecture.isEmpty() ? "" : prefecture + "の市町として、") + "\n");
		return new SourceTextLoader().load(Files.writeString(this.directory.resolve("pledge-report.txt"), text));
	}

	private SourceText inspectionReport(UnaryOperator<String> edit) throws IOException {
		String text = edit.apply(resource("/inspection/faction-report.txt"));
		return new SourceTextLoader().load(Files.writeString(this.directory.resolve("report.txt"), text));
	}

	private static String resource(String path) throws IOException {
		try (InputStream in = SameNameMunicipalityReadersTests.class.getResourceAsStream(path)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
