package org.govreview.readers.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;

import org.govreview.domain.inspection.InspectionReport;
import org.govreview.domain.inspection.InspectionVisit;
import org.govreview.readers.document.DocumentModel;
import org.govreview.readers.municipality.MunicipalityMaster;
import org.govreview.readers.recognition.KindAssessment;
import org.govreview.readers.text.SourceTextLoader;
import org.junit.jupiter.api.Test;

/**
 * Inspection reports in layouts unlike the seed, read from the corpus documents: committee reports whose visits the
 * 記, the itinerary and a section each describe, destinations told apart by their prefecture, opinions and questions
 * in other forms, and near misses that are no report.
 */
class InspectionReportLayoutsTests {

	private static final MunicipalityMaster MASTER = MunicipalityMaster.builtIn();

	private final SourceTextLoader loader = new SourceTextLoader();

	@Test
	void aVisitDescribedInTheSummaryTheItineraryAndItsSectionIsOneVisit() {
		InspectionReport report = read("01-committee-takasaki.txt");

		assertThat(report.visits()).extracting(visit -> visit.destination().code().value(), InspectionVisit::date,
				InspectionVisit::startTime, visit -> visit.questions().size())
			.containsExactly(tuple("342076", LocalDate.of(2024, 7, 9), LocalTime.of(14, 0), 4),
					tuple("342084", LocalDate.of(2024, 7, 10), LocalTime.of(9, 30), 3),
					tuple("342050", LocalDate.of(2024, 7, 11), LocalTime.of(10, 0), 3));
		assertThat(report.members()).containsExactly("田中誠一", "小林由美", "斎藤健二", "中島和也", "石井恵子", "松田浩");
	}

	@Test
	void aTownAndACityOfTheSameNameAreToldApartByWhatTheDocumentPrints() {
		InspectionReport report = read("08-numbered-kurashiki.txt");

		assertThat(report.visits()).extracting(visit -> visit.destination().code().value())
			.containsExactly("343021", "342122", "342084");
	}

	@Test
	void aFacilityInBracketsAndAWardAreTheirMunicipality() {
		assertThat(read("04-kaiha-toyohashi.txt").visits().get(0).destination().code().value()).isEqualTo("401005");
		assertThat(read("15-dialogue-nagaokakyo.txt").visits()).extracting(visit -> visit.destination().code().value(),
				InspectionVisit::population, visit -> visit.questions().size(), InspectionVisit::topic)
			.containsExactly(tuple("131121", 925362L, 3, "「せたがや子育て利用券」と子育て支援について"),
					tuple("142131", 244000L, 2, "認知症１万人時代に備えるまちづくりについて"));
	}

	@Test
	void opinionsAndQuestionsInOtherFormsAreCountedPerMember() {
		InspectionReport report = read("14-htmlcards-nisshin.txt");

		assertThat(report.visits()).extracting(visit -> visit.opinions().size(), visit -> visit.questions().size(),
				InspectionVisit::statedAsOf)
			.containsExactly(tuple(4, 3, LocalDate.of(2024, 7, 31)), tuple(2, 2, LocalDate.of(2024, 7, 31)));
		assertThat(read("10-pipes-nagareyama.txt").visits()).extracting(visit -> visit.opinions().size())
			.containsExactly(0, 0, 2, 3);
	}

	@Test
	void noiseBesideTheMembersIsNoMember() {
		assertThat(read("05-kangai-joetsu.txt").members()).containsExactly("長谷川修", "村上千尋", "橋本大輔", "山崎幸子",
				"池田光男");
		assertThat(read("07-cells-miyazaki.txt").members()).doesNotContain("議会事務局政策調査課主査")
			.contains("坂本隆", "上野剛");
	}

	@Test
	void aHostsGuideAndCommitteeMinutesAreNoReport() {
		for (String nearMiss : new String[] { "09-none-host-guide-fuchu.txt", "11-none-minutes-ogaki.txt" }) {
			KindAssessment assessment = InspectionReportRecognition.assess(model(nearMiss));
			assertThat(assessment.recognised()).as(nearMiss).isFalse();
			assertThat(assessment.missing()).as(nearMiss).first().asString().contains("報告");
		}
		assertThat(InspectionReportRecognition.assess(model("06-prose-suzuka.txt")).recognised()).isTrue();
	}

	private InspectionReport read(String name) {
		return new InspectionReportReader(MASTER).read(model(name), null);
	}

	private DocumentModel model(String name) {
		try {
			Path file = Path.of(getClass().getResource("/corpus/inspection-report/" + name).toURI());
			return DocumentModel.of(this.loader.load(file));
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
