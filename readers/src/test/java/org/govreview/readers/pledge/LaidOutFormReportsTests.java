package org.govreview.readers.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;

import org.govreview.domain.document.DocumentKind;
import org.govreview.domain.pledge.Measure;
import org.govreview.domain.pledge.Pledge;
import org.govreview.domain.pledge.PledgeReport;
import org.govreview.readers.municipality.MunicipalityMaster;
import org.govreview.readers.recognition.DocumentRecognition;
import org.govreview.readers.text.SourceTextLoader;
import org.junit.jupiter.api.Test;

/**
 * Pledge reports printed by records systems and a leaflet (Apache FOP, TCPDF, JasperReports, Inkscape; held-out
 * batches 70–74) as pdftotext -layout gives them, read through recognition as a user's file is: forms whose rows hold
 * words and marks only, opened by the item's number, a name wrapped over two or three lines around it.
 */
class LaidOutFormReportsTests {

	private final PledgeReportReader reader = new PledgeReportReader(MunicipalityMaster.builtIn());

	@Test
	void anItemsConfirmedEvaluationIsTheOneUnderTheHeadingBesideItsDepartmentsOwn() throws Exception {
		// 評 価 over 所管課 | 確定; 2-01 is A by its department and B as confirmed; a pledge's 小計 row is none
		PledgeReport report = heldout("b74-01-kasaoka-jasperchohyo.txt");

		assertThat(items(report)).extracting(Measure::title, item -> item.evaluation().mark(), Measure::departments)
			.contains(tuple("小中学校の体育館への空調設備の整備", "B", List.of("教育総務課")),
					tuple("笠岡諸島の小中学校における島の特色を生かした教育の推進", "A", List.of("学校教育課", "生涯学習課")));
		assertThat(report.basicPolicies().get(0).pledges()).extracting(Pledge::title)
			.containsExactly("子育て世帯の負担を減らし、出産・子育てを応援します", "子どもたちの学びの環境を整えます");
		assertThat(items(report)).hasSize(27).noneMatch(item -> item.title().contains("小計"));
	}

	@Test
	void aRowsBlockOfLinesIsOneItemWithItsWholeName() throws Exception {
		// 01-01 第２子以降の保育料の完全無 | 子育て支援課 over 償化 | ◎, a blank line between the items
		PledgeReport report = heldout("b72-01-mizunami-fopsystem.txt");

		assertThat(items(report)).extracting(Measure::title, item -> item.evaluation().mark())
			.startsWith(tuple("第2子以降の保育料の完全無償化", "◎"), tuple("出産・子育て応援ギフトの市独自上乗せ", "◎"),
					tuple("市立小中学校の学校給食費の第2子以降無償化", "○"));
	}

	@Test
	void aNumberOnALineOfItsOwnOpensItsItemAndASecondOfficeUnderTheFirstIsTheItemsToo() throws Exception {
		PledgeReport report = heldout("b74-02-ayabe-inkscapeleaflet.txt");

		assertThat(items(report)).extracting(Measure::title, item -> item.evaluation().mark(), Measure::departments)
			.startsWith(tuple("子ども医療費の18歳年度末までの無償化の継続", "100", List.of("子育て推進課")),
					tuple("第2子以降の保育料の完全無償化", "100", List.of("子育て推進課")),
					tuple("こども家庭センターの設置による妊娠期からの切れ目ない支援", "100", List.of("子育て推進課", "保健推進課")));
	}

	@Test
	void aBasicPolicysLineAcrossTheFormGroupsItsPledgesItems() throws Exception {
		// 基本政策Ⅰ … （基本政策の平均評価点 3.8点／6項目） then 公約１ … over the rows 1-1 | 5 | …
		PledgeReport report = heldout("b70-01-kameyama-tcpdfchohyo.txt");

		assertThat(report.basicPolicies().get(0).title()).isEqualTo("子どもたちの未来を育むまち");
		assertThat(report.basicPolicies().get(0).pledges()).extracting(Pledge::title)
			.startsWith("子育て家庭の経済的な負担を軽くします", "子どもたちの学びの環境を充実させます");
		assertThat(report.basicPolicies().get(0).pledges().get(0).measures())
			.extracting(Measure::title, item -> item.evaluation().mark())
			.containsExactly(tuple("第2子以降の保育料の無償化", "5"), tuple("子ども医療費の18歳年度末までの窓口無料化", "5"),
					tuple("市立小中学校の学校給食費の段階的な無償化", "3"));
	}

	@Test
	void aBasicPolicysRowsSpannedDownTheSummaryGiveItsPledgesFiguresNoPoliciesOfTheirOwn() throws Exception {
		// Ⅰ 子どもたちの未来を育むまち beside １ | 3 | 2 … | 4.3 and ２ | 3 | … | 3.3, each pledge's name under its number
		PledgeReport report = heldout("b70-01-kameyama-tcpdfchohyo.txt");

		assertThat(report.basicPolicies()).hasSize(4);
		assertThat(report.basicPolicies().get(0).pledges()).extracting(Pledge::title, Pledge::publishedPercent)
			.containsExactly(tuple("子育て家庭の経済的な負担を軽くします", new java.math.BigDecimal("4.3")),
					tuple("子どもたちの学びの環境を充実させます", new java.math.BigDecimal("3.3")));
	}

	@Test
	void anItemIsEvaluatedByTheBoxTickedUnderItsGradeNotByLastYearsColumn() throws Exception {
		// 進捗区分（年度末） centred over 完了 | 順調 | 遅れ | 未着手 with ■ | □ | □ | □, then 前年度区分 順調
		PledgeReport report = heldout("b73-01-inazawa-openpdfcheckbox.txt");

		assertThat(items(report)).extracting(Measure::title, item -> item.evaluation().mark())
			.startsWith(tuple("子ども医療費助成の18歳年度末までの拡大", "完了"), tuple("第2子以降の保育料の無償化", "順調"),
					tuple("産後ケア事業の利用者負担の軽減と訪問型の導入", "完了"));
	}

	private static List<Measure> items(PledgeReport report) {
		return report.basicPolicies().stream().flatMap(policy -> policy.pledges().stream())
			.flatMap(pledge -> pledge.measures().stream()).toList();
	}

	private PledgeReport heldout(String name) throws Exception {
		Path file = Path.of(getClass().getResource("/heldout/pledge-report/" + name).toURI());
		DocumentRecognition.Recognition recognition = DocumentRecognition.recognise(new SourceTextLoader().load(file));
		assertThat(recognition.kind()).as(name).contains(DocumentKind.PLEDGE_REPORT);
		return this.reader.read(recognition.model(), null);
	}
}
