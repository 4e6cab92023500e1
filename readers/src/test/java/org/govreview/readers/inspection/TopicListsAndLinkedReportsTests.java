package org.govreview.readers.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
 * Two reports of our own: a standing committee's report typed in a word processor that lists each destination's
 * topics under 調査事項, a line each, before the destinations' own sections; and a faction's web page that says in a
 * sentence on which day the report was submitted, sets its questions and answers out as a definition list and links to
 * an earlier year's report.
 */
class TopicListsAndLinkedReportsTests {

	private static final MunicipalityMaster MASTER = MunicipalityMaster.builtIn();

	@TempDir
	Path directory;

	@Test
	void eachDestinationsTopicsListedUnderTheTopicsLabelAreThatVisitsTopics() throws IOException {
		InspectionReport report = read("""
				　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　令和６年１１月８日
				湯沢市議会議長　佐藤　一郎　様
				　　　　　　　　　　　　　　　　　　　　　　　　産業建設常任委員会
				　　　　　　　　　　　　　　　　　　　　　　　　委員長　高橋　健一
				　　　　　　所管事務調査（行政視察）の結果について（報告）
				　本委員会は、下記のとおり行政視察を実施したので報告します。
				記
				１　視察日：令和６年１０月２２日（火）から同月２３日（水）まで
				２　視察先：岩手県北上市　　宮城県東松島市
				３　調査事項
				　（１）岩手県北上市
				　　　　企業誘致と産業人材の確保について
				　（２）宮城県東松島市
				　　　　防災集団移転跡地の利活用について
				　　　　地域新電力の取組について
				４　参加委員
				　　　委員長　　高橋　健一　　　　副委員長　　伊藤　恵
				　　　委　員　　渡辺　孝一

				第１　岩手県北上市（１０月２２日）
				１　市の概要
				　人口は９万２千人である。
				２　所見
				　企業誘致の取組は本市でも参考になる。（高橋委員）

				第２　宮城県東松島市（１０月２３日）
				１　市の概要
				　人口は３万９千人である。
				２　所見
				　跡地の利活用の手法を学んだ。（伊藤委員）
				""");

		assertThat(report.visits()).extracting(visit -> visit.destination().code().value()).containsExactly("032069", "042145");
		assertThat(report.visits().get(0).topic().lines()).containsExactly("企業誘致と産業人材の確保について");
		assertThat(report.visits().get(1).topic().lines()).containsExactly("防災集団移転跡地の利活用について", "地域新電力の取組について");
	}

	@Test
	void theDayASentenceSaysTheReportWasSubmittedAndALinkToAnotherYearsReportIsNoVisit() throws IOException {
		InspectionReport report = read("""
				<html><head><title>令和6年度 会派行政視察報告｜市民ネット白井</title></head><body>
				<header><p>白井市議会 会派 市民ネット白井</p></header>
				<h1>令和6年度 会派行政視察報告</h1>
				<p>本視察の結果は令和6年11月13日付けで会派から白井市議会議長あてに「会派行政視察報告書」として提出しております。</p>
				<p>参加議員：森脇 健太郎、中川 由美</p>
				<h3>1．愛知県大府市</h3>
				<table>
				<tr><th>日時</th><td>令和6年10月29日（火）　午後1時30分～3時</td></tr>
				<tr><th>調査項目</th><td>認知症に対する不安のないまちづくりについて</td></tr>
				</table>
				<h4>質疑応答</h4>
				<dl class="qa">
				  <dt>問　条例制定に当たって、どのような意見があったか。</dt>
				  <dd>答　誰もが暮らしやすいまちにしてほしいという意見が多かった。</dd>
				  <dt>問　保険の加入者数はどうなっているか。</dt>
				  <dd>答　約450人が加入している。</dd>
				</dl>
				<ul class="related">
				  <li><a href="r04.html">令和4年度 会派行政視察報告（岐阜県多治見市）</a></li>
				</ul>
				<ul><li><a href="news.html">12月定例会 一般質問を行いました（2024/12/10）</a></li></ul>
				</body></html>
				""");

		assertThat(report.submitted()).isEqualTo(LocalDate.of(2024, 11, 13));
		assertThat(report.visits()).hasSize(1);
		InspectionVisit obu = report.visits().get(0);
		assertThat(obu.destination().code().value()).isEqualTo("232238");
		assertThat(obu.questions()).hasSize(2);
	}

	private InspectionReport read(String text) throws IOException {
		Path file = Files.writeString(this.directory.resolve("report.txt"), text);
		return new InspectionReportReader(MASTER).read(DocumentModel.of(new SourceTextLoader().load(file)), null);
	}
}
