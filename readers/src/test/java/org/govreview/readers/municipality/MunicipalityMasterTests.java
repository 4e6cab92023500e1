package org.govreview.readers.municipality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.govreview.domain.municipality.LocalGovernmentCode;
import org.govreview.domain.municipality.Municipality;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MunicipalityMasterTests {

	private final MunicipalityMaster master = MunicipalityMaster.builtIn();

	@TempDir
	Path directory;

	@Test
	void resolvesTheOfficialName() {
		MunicipalityMaster.Resolution resolution = this.master.resolve("苫小牧市");

		assertThat(resolution.municipality()).isEqualTo(Municipality.of("012131", "苫小牧市"));
		assertThat(resolution.corrected()).isFalse();
		assertThat(resolution.printed()).isEqualTo("苫小牧市");
	}

	@ParameterizedTest
	@ValueSource(strings = { "苫 小 牧 市", "苫　小　牧　市", "北海道苫小牧市", "北海道 苫小牧市" })
	void resolvesANameWithSpacesOrPrefecture(String printed) {
		MunicipalityMaster.Resolution resolution = this.master.resolve(printed);

		assertThat(resolution.municipality().code().value()).isEqualTo("012131");
		assertThat(resolution.corrected()).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "苦小牧市", "苔小牧市", "苦 小 牧 市", "北海道苦小牧市" })
	void correctsOcrVariantsAndSaysSo(String printed) {
		MunicipalityMaster.Resolution resolution = this.master.resolve(printed);

		assertThat(resolution.municipality().name()).isEqualTo("苫小牧市");
		assertThat(resolution.corrected()).isTrue();
		assertThat(resolution.printed()).isEqualTo(printed);
	}

	@Test
	void resolvesAWardOfADesignatedCity() {
		assertThat(this.master.resolve("札幌市豊平区").municipality().code().value()).isEqualTo("011053");
		assertThat(this.master.resolve("札幌市").municipality().code().value()).isEqualTo("011002");
	}

	@Test
	void rejectsAnUnknownNameWithTheTextThatFailed() {
		assertThatExceptionOfType(UnknownMunicipalityException.class).isThrownBy(() -> this.master.resolve("架空町"))
			.satisfies(ex -> {
				assertThat(ex.printed()).isEqualTo("架空町");
				assertThat(ex.getMessage()).isEqualTo("municipality name '架空町' is not in the municipality master");
			});
	}

	@Test
	void findsByCode() {
		assertThat(this.master.byCode(LocalGovernmentCode.of("999997"))).map(Municipality::name).hasValue("桜ヶ丘市");
		assertThat(this.master.byCode(LocalGovernmentCode.of("012025"))).map(Municipality::name).hasValue("函館市");
		assertThat(this.master.byCode(LocalGovernmentCode.of("999962"))).isEmpty();
	}

	@Test
	void listsTheOcrVariantsOfAName() {
		assertThat(this.master.ocrVariantsOf("苫小牧")).contains("苦小牧", "苔小牧").doesNotContain("苫小牧");
		assertThat(this.master.ocrVariantsOf("函館")).isEmpty();
	}

	@Test
	void everyBuiltInEntryHasAValidCheckDigit() throws IOException {
		List<CSVRecord> records;
		try (InputStream in = MunicipalityMaster.class.getResourceAsStream("municipalities.csv")) {
			records = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true).setTrim(true)
				.get().parse(new InputStreamReader(in, StandardCharsets.UTF_8)).getRecords();
		}

		assertThat(records).hasSizeGreaterThan(40);
		assertThat(records).allSatisfy(record -> assertThatNoException().as("line %d: %s", record.getRecordNumber(), record)
			.isThrownBy(() -> LocalGovernmentCode.of(record.get("code"))));
		assertThat(this.master.size()).isEqualTo(records.size());
	}

	@Test
	void addsTheEntriesOfAnExtraFile() throws IOException {
		Path extra = Files.writeString(this.directory.resolve("extra.csv"),
				"code,prefecture,name,note\n999962,（架空）,高浜台市,test\n");

		MunicipalityMaster extended = MunicipalityMaster.load(List.of(extra));

		assertThat(extended.size()).isEqualTo(this.master.size() + 1);
		assertThat(extended.resolve("髙濱台市").municipality().code().value()).isEqualTo("999962");
		assertThat(extended.resolve("髙濱台市").corrected()).isTrue();
	}

	@Test
	void rejectsAnExtraFileWithAWrongCheckDigitNamingFileAndLine() throws IOException {
		Path extra = Files.writeString(this.directory.resolve("bad.csv"),
				"code,prefecture,name,note\n999989,（架空）,高浜台市,\n999988,（架空）,誤記市,\n");

		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> MunicipalityMaster.load(List.of(extra)))
			.withMessageContaining("bad.csv, line 3")
			.withMessageContaining("check digit 8, expected 9");
	}
}
