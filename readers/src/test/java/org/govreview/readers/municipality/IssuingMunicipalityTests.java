package org.govreview.readers.municipality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.govreview.domain.municipality.Municipality;
import org.junit.jupiter.api.Test;

/** The municipality a document was issued by, where its text names it only through its newsletter's title. */
class IssuingMunicipalityTests {

	private static final MunicipalityMaster MASTER = MunicipalityMaster.builtIn();

	private static List<String> codes(List<String> texts) {
		return IssuingMunicipality.in(MASTER, texts, texts, 1).municipality().map(Municipality::code)
			.map(Object::toString).stream().toList();
	}

	@Test
	void aTownNewslettersTitleGivesTheTownByItsReading() {
		assertThat(codes(List.of("2 広報たかなべ 令和 7 年 5 月号 No.853", "特集 町長公約の進捗をお知らせします", "町では、町長が就任時に掲げた公約")))
			.containsExactly("454010");
	}

	@Test
	void aReadingSharedByACityAndATownNeedsTheTextToSayWhichKindItIs() {
		// ふくやま: 福山市 (Hiroshima) only; いけだ: several 池田町 and 池田市, undecided without the prefecture
		assertThat(codes(List.of("市報ふくやま 2025年5月号", "市長公約の進捗"))).containsExactly("342076");
		assertThat(codes(List.of("広報いけだ 5月号", "公約の進捗"))).isEmpty();
	}

	@Test
	void aNamedMunicipalityComesBeforeAnyNewsletter() {
		assertThat(codes(List.of("広報たかなべ 5月号", "宮崎県新富町の町長公約"))).containsExactly("454028");
	}
}
