package org.govreview.readers.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.govreview.domain.inspection.InspectionReport;
import org.govreview.domain.inspection.InspectionVisit;
import org.govreview.readers.document.DocumentModel;
import org.govreview.readers.municipality.MunicipalityMaster;
import org.govreview.readers.text.SourceTextLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A committee's report as slides for a council meeting, of our own: each destination over two slides headed
 * 「３－（n）place　～視察の概要～」 and 「～質疑・所感～」, the roster with a role before two members on one line, the
 * figures as a header over a row of values, answers marked with the section that gave them (答（情報統計課）), and the
 * report's next section (４．総括と本市への提言) after the last destination.
 */
class CommitteeDeckReportsTests {

	private static final MunicipalityMaster MASTER = MunicipalityMaster.builtIn();

	@TempDir
	Path directory;

	@Test
	void slidesHeadedByNumberedPartsOfASectionGiveEachDestinationItsVisit() throws IOException {
		InspectionReport report = read("""
				令和７年度
				産業建設常任委員会　行政視察報告
				安中市議会　産業建設常任委員会

				１．視察の概要

				■ 参加委員（４名）
				委 員 長　柳沢　浩一
				副委員長　小板橋　美和
				委　　員　岩井　忠彦　　茂木　千里

				■ 視察期間
				令和７年７月８日（火）～７月９日（水）

				３－（１）富山県高岡市　～視察の概要～

				日　　時	令和７年７月８日（火）　午後２時～午後３時３０分
				調査項目	立地適正化計画に基づくまちなか居住の推進について

				高岡市の概要（令和７年６月１日現在）

				人　口	世帯数	面　積

				162,417人	69,884世帯	209.57km²

				３－（１）富山県高岡市　～質疑・所感～

				■ 主な質疑
				問　まちなか居住区域への転入者の年齢構成は。
				答（都市計画課）　子育て世帯が約４割を占めている。
				問　空き家を活用した住宅供給の実績は。
				答（都市計画課）　令和６年度は２３件が成約した。

				■ 委員の所感
				● 区域設定と住宅取得支援を一体で進めたことが効果を上げている。
				● 空き家バンクと不動産団体の連携は本市の参考となる。

				３－（２）石川県野々市市　～視察の概要～

				■ 日時　７月９日（水）　９：３０～１１：００
				■ 調査項目　コミュニティバスを軸とした地域公共交通の再編について
				■ 市の概要　面積１３．５６平方キロメートルと県内で最も小さな市域に、人口５万３，
				４８８人（令和７年５月末日現在）が暮らす。

				３－（２）石川県野々市市　～質疑・所感～

				■ 主な質疑
				問　運行経費と市の負担額は。
				答　約９千万円を市が負担している。

				■ 委員の所感
				・運賃を据え置いたまま路線を再編した点は参考となる。

				４．総括と本市への提言

				今回の視察では、まちなか居住と公共交通の再編を学んだ。委員会として次の２点を提言する。
				提言１　市内循環バスの見直しに先立ち、需要調査を行うこと。
				提言２　空き家バンクの運用を見直すこと。
				""");

		assertThat(report.members()).containsExactly("柳沢浩一", "小板橋美和", "岩井忠彦", "茂木千里");
		assertThat(report.visits()).extracting(visit -> visit.destination().code().value(), InspectionVisit::date,
				InspectionVisit::population)
			.containsExactly(tuple("162027", LocalDate.of(2025, 7, 8), 162417L), tuple("172120", LocalDate.of(2025, 7, 9), 53488L));
		InspectionVisit takaoka = report.visits().get(0);
		assertThat(takaoka.households()).isEqualTo(69884L);
		assertThat(takaoka.areaKm2()).isEqualByComparingTo(new BigDecimal("209.57"));
		assertThat(takaoka.questions()).extracting(InspectionVisit.QuestionAnswer::answer)
			.containsExactly("子育て世帯が約４割を占めている。", "令和６年度は２３件が成約した。");
		assertThat(takaoka.opinions()).hasSize(2);
		assertThat(report.visits().get(1).opinions()).singleElement()
			.satisfies(opinion -> assertThat(opinion.opinion()).doesNotContain("総括", "提言"));
	}

	@Test
	void aCitysPageWhoseBreadcrumbGoesThroughItsCouncilIsThatCouncils() throws IOException {
		InspectionReport report = read("""
				ひたちなか市HITACHINAKA CITY	文字サイズ 標準｜拡大 サイトマップ
				くらし・手続き	子育て・教育	市政情報	市議会
				トップページ＞市議会＞委員会＞市民生活常任委員会 行政視察報告（令和7年度）
				市民生活常任委員会 行政視察報告（令和7年度）
				視察期間
				令和7年10月28日（火曜日）

				01 富山県富山市
				視察日	令和7年10月28日（火曜日）
				時間	午後1時30分～午後3時
				調査事項	公共交通を軸とした拠点集中型のコンパクトなまちづくりについて
				""");

		assertThat(report.council().code().value()).isEqualTo("082210");
		assertThat(report.visits()).extracting(visit -> visit.destination().code().value()).containsExactly("162019");
	}

	@Test
	void aReportTitleNamingTheCityVisitedOverABreadcrumbNamesNoCouncil() {
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> read("""
				福岡市 行政視察報告
				トップページ＞市議会＞委員会＞行政視察報告
				視察日	令和7年10月28日（火曜日）
				調査事項	天神ビッグバンについて
				""")).isInstanceOf(org.govreview.readers.source.RejectedDocumentException.class).hasMessageContaining("no council");
	}

	private InspectionReport read(String text) throws IOException {
		Path file = Files.writeString(this.directory.resolve("report.txt"), text);
		return new InspectionReportReader(MASTER).read(DocumentModel.of(new SourceTextLoader().load(file)), null);
	}
}
