package org.govreview.readers.municipality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.govreview.domain.municipality.LocalGovernmentCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The built-in master against facts of the MIC code list (総務省, as of 2024-01-01). */
class MunicipalityMasterDataTests {

	private static final MunicipalityMaster MASTER = MunicipalityMaster.builtIn();

	private static List<CSVRecord> rows;

	@BeforeAll
	static void readRows() throws IOException {
		try (InputStream in = MunicipalityMaster.class.getResourceAsStream("municipalities.csv")) {
			rows = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true).setTrim(true)
				.get().parse(new InputStreamReader(in, StandardCharsets.UTF_8)).getRecords();
		}
	}

	@Test
	void everyRowHasAValidCheckDigitAndIsLoaded() {
		assertThat(rows).allSatisfy(row -> assertThatNoException().as("line %d: %s", row.getRecordNumber(), row)
			.isThrownBy(() -> LocalGovernmentCode.of(row.get("code"))));
		assertThat(MASTER.size()).isEqualTo(rows.size());
	}

	@Test
	void countsAsTheMicCodeListHasThem() {
		Map<MunicipalityKind, Long> current = MASTER.entries().stream()
			.filter(entry -> !entry.isRetired() && !entry.prefecture().equals("（架空）"))
			.collect(Collectors.groupingBy(MasterEntry::kind, Collectors.counting()));

		assertThat(current).containsExactlyInAnyOrderEntriesOf(Map.of(MunicipalityKind.PREFECTURE, 47L,
				MunicipalityKind.CITY, 792L, MunicipalityKind.TOWN, 743L, MunicipalityKind.VILLAGE, 183L,
				MunicipalityKind.SPECIAL_WARD, 23L, MunicipalityKind.WARD, 171L));
		long designatedCities = MASTER.entries().stream()
			.filter(city -> city.kind() == MunicipalityKind.CITY
					&& MASTER.entries().stream().anyMatch(ward -> ward.kind() == MunicipalityKind.WARD
							&& ward.name().startsWith(city.name()) && ward.prefecture().equals(city.prefecture())))
			.count();
		assertThat(designatedCities).isEqualTo(20);
	}

	@ParameterizedTest(name = "{0}: {1} municipalities")
	@CsvSource({ "北海道, 179", "青森県, 40", "宮城県, 35", "福島県, 59", "埼玉県, 63", "東京都, 62", "神奈川県, 33",
			"長野県, 77", "愛知県, 54", "京都府, 26", "大阪府, 43", "兵庫県, 41", "広島県, 23", "福岡県, 60", "鹿児島県, 43",
			"沖縄県, 41", "富山県, 15" })
	void countsMunicipalitiesPerPrefecture(String prefecture, int municipalities) {
		assertThat(MASTER.entries().stream()
			.filter(entry -> entry.prefecture().equals(prefecture) && !entry.isRetired())
			.filter(entry -> entry.kind() != MunicipalityKind.PREFECTURE && entry.kind() != MunicipalityKind.WARD))
			.hasSize(municipalities);
	}

	@Test
	void tokyoHas23SpecialWards26Cities5Towns8Villages() {
		Map<MunicipalityKind, Long> tokyo = MASTER.entries().stream()
			.filter(entry -> entry.prefecture().equals("東京都") && entry.kind() != MunicipalityKind.PREFECTURE)
			.collect(Collectors.groupingBy(MasterEntry::kind, Collectors.counting()));

		assertThat(tokyo).containsExactlyInAnyOrderEntriesOf(Map.of(MunicipalityKind.SPECIAL_WARD, 23L,
				MunicipalityKind.CITY, 26L, MunicipalityKind.TOWN, 5L, MunicipalityKind.VILLAGE, 8L));
	}

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource({ "010006, 北海道, 北海道, prefecture, ほっかいどう", "130001, 東京都, 東京都, prefecture, とうきょうと",
			"470007, 沖縄県, 沖縄県, prefecture, おきなわけん", "011002, 札幌市, 北海道, city, さっぽろし",
			"012131, 苫小牧市, 北海道, city, とまこまいし", "042072, 名取市, 宮城県, city, なとりし",
			"131016, 千代田区, 東京都, special-ward, ちよだく", "401064, 北九州市小倉北区, 福岡県, ward, きたきゅうしゅうしこくらきたく",
			"012335, 伊達市, 北海道, city, だてし", "072133, 伊達市, 福島県, city, だてし", "132063, 府中市, 東京都, city, ふちゅうし",
			"342084, 府中市, 広島県, city, ふちゅうし", "013455, 森町, 北海道, town, もりまち", "224618, 森町, 静岡県, town, もりまち",
			"221384, 浜松市中央区, 静岡県, ward, はままつしちゅうおうく", "134023, 青ヶ島村, 東京都, village, あおがしまむら",
			"999997, 桜ヶ丘市, （架空）, city, さくらがおかし" })
	void knowsTheEntry(String code, String name, String prefecture, String kind, String reading) {
		MasterEntry entry = MASTER.entry(LocalGovernmentCode.of(code)).orElseThrow();

		assertThat(entry.name()).isEqualTo(name);
		assertThat(entry.prefecture()).isEqualTo(prefecture);
		assertThat(entry.kind().label()).isEqualTo(kind);
		assertThat(entry.reading()).isEqualTo(reading);
		assertThat(entry.isRetired()).isFalse();
	}

	@Test
	void everyEntryHasAReadingInHiragana() {
		assertThat(MASTER.entries()).allSatisfy(entry -> assertThat(entry.reading()).as(entry.toString())
			.matches("[\\p{IsHiragana}ー]+"));
	}

	@Test
	void hamamatsuWardsBefore2024AreRetiredButFoundByCode() {
		MasterEntry oldCentral = MASTER.entry(LocalGovernmentCode.of("221317")).orElseThrow();

		assertThat(oldCentral.name()).isEqualTo("浜松市中区");
		assertThat(oldCentral.retired()).isEqualTo("2024-01-01");
		assertThat(MASTER.resolve("浜松市天竜区").municipality().code()).hasToString("221406");
		assertThat(MASTER.resolve("浜松市中区").municipality().code()).hasToString("221317");
		assertThat(MASTER.all()).noneMatch(municipality -> municipality.code().value().equals("221317"));
	}

	@Test
	void codesAreUniqueAndEveryPrefectureCodeHasItsPrefecture() {
		Map<String, MasterEntry> prefectures = MASTER.entries().stream()
			.filter(entry -> entry.kind() == MunicipalityKind.PREFECTURE)
			.collect(Collectors.toMap(entry -> entry.code().prefectureCode(), Function.identity()));

		assertThat(rows.stream().map(row -> row.get("code")).distinct()).hasSize(rows.size());
		assertThat(MASTER.entries()).filteredOn(entry -> !entry.code().prefectureCode().equals("99"))
			.allSatisfy(entry -> assertThat(entry.prefecture()).as(entry.toString())
				.isEqualTo(prefectures.get(entry.code().prefectureCode()).name()));
	}
}
