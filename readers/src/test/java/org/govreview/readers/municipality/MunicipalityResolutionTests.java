package org.govreview.readers.municipality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.govreview.domain.municipality.LocalGovernmentCode;
import org.govreview.domain.municipality.Municipality;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names several municipalities bear, decided by what the document says. */
class MunicipalityResolutionTests {

	private static final MunicipalityMaster MASTER = MunicipalityMaster.builtIn();

	@TempDir
	Path directory;

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "北海道伊達市, 012335", "福島県伊達市, 072133", "東京都府中市, 132063", "広島県府中市, 342084",
			"広島県 府中市, 342084", "北海道森町, 013455", "静岡県森町, 224618", "北海道松前町, 013315", "愛媛県松前町, 384011",
			"北海道清水町, 016365", "静岡県清水町, 223417", "北海道池田町, 016446", "福井県池田町, 183822", "長野県池田町, 204811",
			"岐阜県池田町, 214043", "山形県朝日町, 063231", "富山県朝日町, 163431", "三重県朝日町, 243434", "宮城県美里町, 045055",
			"埼玉県美里町, 113816", "熊本県美里町, 433489", "京都府京都市, 261009", "北海道苦小牧市, 012131",
			"静岡県周智郡森町, 224618", "北海道茅部郡森町, 013455", "兵庫県赤穂郡上郡町, 284815", "上郡町, 284815",
			"北海道虻田郡洞爺湖町, 015849" })
	void aPrefectureWrittenWithTheNameDecides(String printed, String code) {
		MunicipalityMaster.Resolution resolution = MASTER.resolve(printed);

		assertThat(resolution.municipality().code()).hasToString(code);
	}

	@Test
	void saysWhatDecided() {
		assertThat(MASTER.resolve("広島県府中市").decidedBy()).isEqualTo("the prefecture written with the name (広島県)");
		assertThat(MASTER.resolve("名取市").decidedBy()).isNull();
	}

	@ParameterizedTest(name = "{0} in a text naming {1} → {2}")
	@CsvSource({ "伊達市, 令和6年度 北海道 伊達市 公約の取組状況, 012335", "伊達市, 福島県内の市町村との連携を進める, 072133",
			"府中市, 広島県の備後圏域で, 342084", "府中市, 多摩地域（東京都）の, 132063", "森町, 静岡県周智郡, 224618",
			"松前町, 愛媛県伊予郡, 384011", "清水町, 北海道上川郡・十勝地方, 016365", "池田町, 岐阜県揖斐郡, 214043",
			"朝日町, 三重県三重郡, 243434", "美里町, 宮城県遠田郡, 045055" })
	void aPrefectureNamedElsewhereInTheTextDecides(String printed, String text, String code) {
		ResolutionContext context = MASTER.contextOf(List.of("表紙", text));

		MunicipalityMaster.Resolution resolution = MASTER.resolve(printed, context);

		assertThat(resolution.municipality().code()).hasToString(code);
		assertThat(resolution.decidedBy()).startsWith("a prefecture the text names");
	}

	@ParameterizedTest(name = "visit to {0} by the council of {1} → {2}")
	@CsvSource({ "伊達市, 012131, 012335", "伊達市, 072010, 072133", "府中市, 131016, 132063", "府中市, 342076, 342084",
			"府中市, 132063, 132063", "森町, 221309, 224618", "池田町, 202011, 204811" })
	void theCouncilsOwnMunicipalityDecides(String printed, String council, String code) {
		Municipality home = MASTER.byCode(LocalGovernmentCode.of(council)).orElseThrow();

		MunicipalityMaster.Resolution resolution = MASTER.resolve(printed, ResolutionContext.none().withHome(home));

		assertThat(resolution.municipality().code()).hasToString(code);
	}

	@Test
	void aPrefectureInTheTextComesBeforeTheCouncilsOwnPrefecture() {
		Municipality tomakomai = MASTER.byCode(LocalGovernmentCode.of("012131")).orElseThrow();
		ResolutionContext context = MASTER.contextOf(List.of("苫小牧市議会", "視察先 福島県伊達市ほか")).withHome(tomakomai);

		assertThat(MASTER.resolve("伊達市", context).municipality().code()).hasToString("072133");
	}

	@Test
	void anOperatorsChoiceDecides() {
		ResolutionContext choice = ResolutionContext.none().withChoice(LocalGovernmentCode.of("072133"));

		assertThat(MASTER.resolve("伊達市", choice).municipality().code()).hasToString("072133");
		assertThatExceptionOfType(AmbiguousMunicipalityException.class).isThrownBy(() -> MASTER.resolve("府中市", choice));
	}

	@Test
	void aMasterCarryingAChoiceAppliesItToEveryResolution() {
		MunicipalityMaster chosen = MASTER.withChoice(List.of(LocalGovernmentCode.of("342084")));

		assertThat(chosen.resolve("府中市").municipality().code()).hasToString("342084");
		assertThat(chosen.resolve("苫小牧市").municipality().code()).hasToString("012131");
		assertThatExceptionOfType(AmbiguousMunicipalityException.class).isThrownBy(() -> MASTER.resolve("府中市"));
	}

	@Test
	void aWardsParentCityDecides() {
		Municipality sapporo = MASTER.byCode(LocalGovernmentCode.of("011002")).orElseThrow();
		Municipality kitakyushu = MASTER.byCode(LocalGovernmentCode.of("401005")).orElseThrow();

		assertThat(MASTER.resolve("中央区", ResolutionContext.none().withParentCity(sapporo)).municipality().code())
			.hasToString("011011");
		assertThat(MASTER.resolve("小倉北区", ResolutionContext.none().withParentCity(kitakyushu)).municipality().code())
			.hasToString("401064");
		assertThat(MASTER.resolve("中央区").municipality().code()).hasToString("131024");
	}

	@Test
	void undecidedNamesEveryCandidateAndHowToSettleIt() {
		ResolutionContext bothPrefectures = MASTER.contextOf(List.of("北海道と福島県の事例"));

		assertThatExceptionOfType(AmbiguousMunicipalityException.class)
			.isThrownBy(() -> MASTER.resolve("伊達市", bothPrefectures))
			.satisfies(ex -> {
				assertThat(ex.printed()).isEqualTo("伊達市");
				assertThat(ex.candidates()).extracting(entry -> entry.code().value()).containsExactly("012335", "072133");
				assertThat(ex.getMessage()).contains("matches several municipalities", "伊達市 012335 (北海道)",
						"伊達市 072133 (福島県)", "run with --municipality CODE");
			});
	}

	@Test
	void undecidedAmongManyNamesOnlyThoseTheContextLeaves() {
		ResolutionContext prefectures = MASTER.contextOf(List.of("長野県・岐阜県"));

		assertThatExceptionOfType(AmbiguousMunicipalityException.class)
			.isThrownBy(() -> MASTER.resolve("池田町", prefectures))
			.satisfies(ex -> assertThat(ex.candidates()).extracting(MasterEntry::prefecture)
				.containsExactly("長野県", "岐阜県"));
		assertThatExceptionOfType(AmbiguousMunicipalityException.class).isThrownBy(() -> MASTER.resolve("池田町"))
			.satisfies(ex -> assertThat(ex.candidates()).hasSize(4));
	}

	@Test
	void aNameUnderTheWrongPrefectureIsNotResolved() {
		assertThatExceptionOfType(UnknownMunicipalityException.class).isThrownBy(() -> MASTER.resolve("北海道名取市"))
			.isNotInstanceOf(AmbiguousMunicipalityException.class)
			.withMessageContaining("is not in the municipality master under 北海道")
			.withMessageContaining("名取市 042072 (宮城県)");
	}

	@ParameterizedTest(name = "{0} names {1}")
	@CsvSource(delimiter = '|', value = { "東京都府中市の事例|東京都", "京都府京都市|京都府", "北 海 道 伊 達 市|北海道",
			"広島県府中市と神奈川県|広島県,神奈川県", "東京都と京都府|東京都,京都府", "府中市|''" })
	void findsThePrefecturesATextNamesReadingLeftToRight(String text, String prefectures) {
		List<String> expected = prefectures.isEmpty() ? List.of() : List.of(prefectures.split(","));

		assertThat(MASTER.prefecturesIn(text)).containsExactlyElementsOf(expected);
	}

	@Test
	void aDistrictAloneDecidesNothing() {
		assertThatExceptionOfType(AmbiguousMunicipalityException.class).isThrownBy(() -> MASTER.resolve("周智郡森町"))
			.satisfies(ex -> assertThat(ex.candidates()).hasSize(2));
	}

	@Test
	void writesTheSmallKeAsTheLargeOne() {
		assertThat(MASTER.resolve("龍ヶ崎市").municipality().code()).hasToString("082082");
		assertThat(MASTER.resolve("桜ケ丘市").municipality().code()).hasToString("999997");
	}

	@Test
	void anExtraFileRetiresACodeAndAddsAMerger() throws IOException {
		Path extra = Files.writeString(this.directory.resolve("merger.csv"), """
				code,prefecture,name,reading,kind,retired,note
				012131,,,,,2099-04-01,merged
				019992,,新苫小牧市,しんとまこまいし,city,,fictional merger
				""");

		MunicipalityMaster merged = MunicipalityMaster.load(List.of(extra));

		assertThat(merged.entry(LocalGovernmentCode.of("012131"))).hasValueSatisfying(entry -> {
			assertThat(entry.isRetired()).isTrue();
			assertThat(entry.name()).isEqualTo("苫小牧市");
		});
		assertThat(merged.all()).extracting(Municipality::name).doesNotContain("苫小牧市").contains("新苫小牧市");
		assertThat(merged.entry(LocalGovernmentCode.of("019992")).orElseThrow().prefecture()).isEqualTo("北海道");
	}
}
