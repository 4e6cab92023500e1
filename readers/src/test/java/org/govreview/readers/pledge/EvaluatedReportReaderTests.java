package org.govreview.readers.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.govreview.domain.pledge.BasicPolicy;
import org.govreview.domain.pledge.MarkCount;
import org.govreview.domain.pledge.Measure;
import org.govreview.domain.pledge.Pledge;
import org.govreview.domain.pledge.OverallRule;
import org.govreview.domain.pledge.PledgeReport;
import org.govreview.readers.document.DocumentModel;
import org.govreview.readers.municipality.MunicipalityMaster;
import org.govreview.readers.source.RejectedDocumentException;
import org.govreview.readers.text.SourceText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EvaluatedReportReaderTests {

	private static final MunicipalityMaster MASTER = MunicipalityMaster.builtIn();

	private static DocumentModel model(String... lines) {
		return DocumentModel.of(new SourceText(Path.of("test.txt"), List.of(lines), "test"));
	}

	private static PledgeReport read(String... lines) {
		return new PledgeReportReader(MASTER).read(model(lines), null);
	}

	@Test
	void aColumnOfFieldsFilledOnTheFirstRowOfEachGroupsItemsNamesTheirPolicyNeverAnItem() {
		PledgeReport report = read("函南町長公約　達成状況一覧（令和６年度末）", "", "A\t達成\t公約の内容を実現したもの", "B\t概ね達成\t…",
				"", "番号\t分野\t公約項目\t取組状況（令和６年度末）\t達成度\t担当課",
				"1\t子育て・教育\t保育所等の待機児童ゼロの継続\t令和６年４月１日時点で待機児童ゼロを継続した。\tA\tこども課",
				"2\t\t第２子以降の保育料の無償化\t令和５年度から無償化した。\tA\tこども課",
				"3\t健康・福祉\t特定健診受診率の向上\t受診勧奨を強化した。\tB\t健康づくり課");

		assertThat(report.basicPolicies()).extracting(BasicPolicy::title).containsExactly("子育て・教育", "健康・福祉");
		assertThat(report.basicPolicies().get(0).pledges().stream().flatMap(pledge -> pledge.measures().stream()))
			.extracting(Measure::title).containsExactly("保育所等の待機児童ゼロの継続", "第2子以降の保育料の無償化");
	}

	@Test
	void aGroupPrintedOnceOverItsKeyedItemsIsAPledgeWithItsScoreAndEachItemKeepsItsMark() {
		PledgeReport report = read("令和６年度", "明石市長マニフェスト", "外部評価（検証）報告書", "", "【分野１】こどもを核としたまちづくり",
				"分野平均　4.5点", "", "政策", "評価点", "No.", "取組", "評価", "政策１　こども施策の継承・充実", "５", "①",
				"18歳までのこども医療費の無料化の継続", "◎", "②", "おむつ定期便（見守り訪問）の継続と", "配達員による見守り支援の充実", "◎",
				"政策２　子育て支援の新たな展開", "4", "①", "小学校給食費の無料化", "△", "", "【分野２】誰一人取り残さないまち", "分野平均　3.0点", "",
				"政策", "評価点", "No.", "取組", "評価", "政策３　孤独・孤立を生まない支え合い", "３", "①", "相談窓口の一元化", "○", "②",
				"外国人市民への多言語相談支援の拡充", "△");

		assertThat(report.basicPolicies()).extracting(BasicPolicy::title).containsExactly("こどもを核としたまちづくり", "誰一人取り残さないまち");
		assertThat(report.basicPolicies()).first().satisfies(policy -> {
			assertThat(policy.pledges()).extracting(Pledge::title, Pledge::publishedPercent)
				.containsExactly(tuple("こども施策の継承・充実", new BigDecimal("5")), tuple("子育て支援の新たな展開", new BigDecimal("4")));
			assertThat(policy.pledges().get(0).measures()).extracting(Measure::title)
				.containsExactly("18歳までのこども医療費の無料化の継続", "おむつ定期便(見守り訪問)の継続と配達員による見守り支援の充実");
		});
	}

	@Test
	void anItemsRateInBracketsAfterItsTitleIsItsEvaluationAndTheRatingScaleNoOverallFigure() {
		PledgeReport report = read("市長マニフェストの進捗状況（令和６年度末時点）", "高岡市", "", "進捗率の考え方", "100％　取組が完了したもの",
				"75％～95％　取組が順調に進んでいるもの", "", "全項目の平均進捗率　87.5％", "", "■ 政策１　子どもの笑顔があふれるまち",
				"政策１の平均進捗率：87.5％（2項目）", "", "・第２子以降の保育料無償化の拡充（進捗率 100％）担当：子ども・子育て課",
				"・放課後児童クラブの受入れ枠の拡大（進捗率 75％）担当：子ども・子育て課", "", "■ 政策２　ものづくりで稼ぐまち",
				"政策２の平均進捗率：87.5％（2項目）", "", "・伝統産業の後継者育成（進捗率 80％）担当：産業振興課",
				"・企業立地の推進（進捗率 95％）担当：産業振興課");

		assertThat(report.publishedOverall()).isEqualByComparingTo("87.5");
		assertThat(report.basicPolicies()).hasSize(2).first().satisfies(policy -> {
			assertThat(policy.title()).isEqualTo("子どもの笑顔があふれるまち");
			assertThat(policy.publishedPercent()).isEqualByComparingTo("87.5");
			assertThat(policy.pledges().stream().flatMap(pledge -> pledge.measures().stream()))
				.extracting(Measure::title, Measure::departments)
				.containsExactly(tuple("第2子以降の保育料無償化の拡充", List.of("子ども・子育て課")),
						tuple("放課後児童クラブの受入れ枠の拡大", List.of("子ども・子育て課")));
		});
	}

	@Test
	void aPdfRowWhoseWrappedRestLostItsPlaceIsNoItemButTheSameTextReadsWhole(@org.junit.jupiter.api.io.TempDir Path directory)
			throws Exception {
		List<String> lines = List.of("伊丹市長公約 進捗管理表（令和６年度末）", "", "評価の区分", "Ａ：達成　Ｂ：順調　Ｃ：遅れ", "",
				"分野\tNo.\t公約\t取組内容\t評価\t所管部", "子育て\t1\t待機児童ゼロを継続し\t園を新設した\tＡ\tこども未来部",
				"\t\tます\t", "\t2\t学童保育の定員を拡大\t余裕教室を活用\tＢ\tこども未来部", "\t\tします\t", "\t3\t給食費を無償化します\t検討中\tＣ\t教育委員会",
				"\t4\t通学路の安全を確保します\t点検を実施\tＢ\t都市安全部");
		PledgeReport text = read(lines.toArray(String[]::new));
		PledgeReport pdf = new PledgeReportReader(MASTER).read(DocumentModel.of(new org.govreview.readers.text.SourceTextLoader()
			.load(org.govreview.readers.text.TextPdf.of(lines).writeTo(directory.resolve("itami.pdf")))), null);

		assertThat(text.measures()).extracting(Measure::title).containsExactly("待機児童ゼロを継続します", "学童保育の定員を拡大します",
				"給食費を無償化します", "通学路の安全を確保します");
		assertThat(pdf.measures()).extracting(Measure::title).as("no title cut short by a row whose cells lost their columns")
			.containsExactly("給食費を無償化します", "通学路の安全を確保します");
	}

	@Test
	void readsItemsTaggedWithTheirMarkInANarrowNewsletterColumn() {
		// 【実現】 before each title; a title cut by the column width goes on alone on the next line; the legend's
		// tags say what a tag means and are no items; the counts stand one value a line
		PledgeReport report = read("広報さく　令和７年６月号　佐久市", "～令和６年度末時点～", "", "市長公約の実現状況を", "お知らせします", "",
				"■ 実現状況の見方", "【実現】　　公約の内容を実施したもの", "【一部実現】公約の内容の一部を実施", "　　　　　したもの", "",
				"実現", "２項目", "一部実現", "１項目", "", "※「実現」と「一部実現」を合わせた", "割合を「実現率」としています。", "",
				"実現率　100.0％", "", "■１　子育て・教育（３項目）", "", "【実現】高校生までの医療費無料化", "　令和５年４月から無料にし",
				"ました。", "", "【一部実現】小中学校の給食費の負担", "軽減", "　値上げ分を市が負担しました。", "",
				"【実現】第２子以降の保育料無料化", "　所得制限を設けず無料にしま", "した。", "", "■２　健康・福祉（１項目）", "",
				"【実現】補聴器購入費の助成制度創設", "　８６人に助成しました。");

		assertThat(report.measures()).extracting(Measure::title).containsExactly("高校生までの医療費無料化", "小中学校の給食費の負担軽減",
				"第2子以降の保育料無料化", "補聴器購入費の助成制度創設");
		assertThat(report.measures()).extracting(measure -> measure.evaluation().mark()).containsExactly("実現", "一部実現", "実現", "実現");
		assertThat(report.basicPolicies()).extracting(BasicPolicy::title).containsExactly("子育て・教育", "健康・福祉");
		assertThat(report.markCounts()).extracting(MarkCount::mark, MarkCount::count)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("実現", 2), org.assertj.core.groups.Tuple.tuple("一部実現", 1));
		assertThat(report.overallRule()).isEqualTo(OverallRule.SHARE_OF_MARKS);
	}

	@Test
	void anItemHeadingOverBulletsOfWhatWasDoneTakesTheEvaluationAndDepartmentAfterThem() {
		PledgeReport report = read("敦賀市長マニフェスト進捗状況（令和５年度）", "", "全１０項目のうち、Ｓ（完了）が２項目、Ａ（順調）が５項目でした。", "",
				"■柱１", "港と産業のまち", "", "① 港の物流機能の強化を進めま", "　す", "・岸壁の改良工事に着手", "・荷役機械を更新", "【評価】Ａ",
				"【担当】港湾課", "", "② 駅前のにぎわいを創出します", "・駅西広場でイベントを開催（12回）", "・空き店舗の改修を補助", "【評価】 Ｓ",
				"【担当】商工課", "", "■柱２", "健やかに暮らせるまち", "", "③ 健診の受診率を高めます", "・休日健診を拡充", "【評価】Ｂ",
				"【担当】健康増進課");

		assertThat(report.basicPolicies()).extracting(BasicPolicy::title).containsExactly("港と産業のまち", "健やかに暮らせるまち");
		assertThat(report.measures()).extracting(Measure::title, measure -> measure.evaluation().mark(), Measure::departments)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("港の物流機能の強化を進めます", "A", List.of("港湾課")),
					org.assertj.core.groups.Tuple.tuple("駅前のにぎわいを創出します", "S", List.of("商工課")),
					org.assertj.core.groups.Tuple.tuple("健診の受診率を高めます", "B", List.of("健康増進課")));
		assertThat(report.markCounts()).contains(new MarkCount("S", 2), new MarkCount("A", 5));
	}

	@Test
	void readsScoresFromASpreadsheetCopyWhoseCellsHoldLineBreaksUnderGroupRowsWithTheirMeans() {
		// each 分野 row carries its mean at the right margin; a title and a description broken over lines inside their
		// cells; counts per score beside the words for them, and a sentence quoting both
		PledgeReport report = read("貝塚市長マニフェスト進捗状況評価（令和５年度末時点）", "", "各項目を次の５段階で評価しました。", "",
				"評価\t区分\t項目数", "5\t達成\t2項目", "4\t順調\t1項目", "3\t概ね順調\t1項目", "",
				"　「5 達成」が2項目、「4 順調」が1項目でした。", "全体平均　4.3点", "",
				"分野１　子育て・教育\t\t\t分野平均 4.5点", "No.\t項目\t主な取組内容\t評価（5～1）\t担当部局",
				"1-1\t給食費の無償化\t令和5年9月から無償化。",
				"財源の確保が課題。\t5\t教育総務部",
				"1-2\t放課後児童会の時間延長と", "待機児童ゼロの継続\t午後7時まで延長。", "支援員の確保が課題。\t4\t生涯学習部", "",
				"分野２　防災・安全\t\t\t分野平均 4.0点", "No.\t項目\t主な取組内容\t評価（5～1）\t担当部局",
				"2-1\t防災行政無線のデジタル化\t全局を更新した。\t5\t危機管理部", "2-2\t自主防災組織の育成\t訓練を支援。\t3\t危機管理部");

		assertThat(report.basicPolicies()).extracting(BasicPolicy::title, BasicPolicy::publishedPercent)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("子育て・教育", new BigDecimal("4.5")),
					org.assertj.core.groups.Tuple.tuple("防災・安全", new BigDecimal("4.0")));
		assertThat(report.measures()).extracting(Measure::title, measure -> measure.evaluation().mark(), Measure::departments)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("給食費の無償化", "5", List.of("教育総務部")),
					org.assertj.core.groups.Tuple.tuple("放課後児童会の時間延長と待機児童ゼロの継続", "4", List.of("生涯学習部")),
					org.assertj.core.groups.Tuple.tuple("防災行政無線のデジタル化", "5", List.of("危機管理部")),
					org.assertj.core.groups.Tuple.tuple("自主防災組織の育成", "3", List.of("危機管理部")));
		assertThat(report.markCounts()).containsExactly(new MarkCount("5", 2), new MarkCount("4", 1), new MarkCount("3", 1));
	}

	@Test
	void aBulletsStatusAndDepartmentsOnTheLineUnderItEvaluateItAndTheSentenceAfterIsNoPartOfIt() {
		PledgeReport report = read("長泉町長　公約達成状況報告書（令和６年度）", "", "評価は達成済・一部達成・着手・未着手の４区分です。", "",
				"【柱１】子育て・教育の充実", "・医療費無料化の継続　【達成済】（こども未来課）", "　　入院・通院ともに自己負担なしで実施しました。",
				"・放課後児童クラブの定員拡大", "　　　　　　　　【一部達成】（こども未来課・教育総務課）", "　　南小学校区で１クラブを新設しました。",
				"・英語教育の推進　【着手】（学校教育課）");

		assertThat(report.measures()).extracting(Measure::title, measure -> measure.evaluation().mark(), Measure::departments)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("医療費無料化の継続", "達成済", List.of("こども未来課")),
					org.assertj.core.groups.Tuple.tuple("放課後児童クラブの定員拡大", "一部達成", List.of("こども未来課", "教育総務課")),
					org.assertj.core.groups.Tuple.tuple("英語教育の推進", "着手", List.of("学校教育課")));
	}

	@Test
	void readsFieldsScoredOutOfTenWhoseItemsCarryWhatWasDoneUnderTheirTitles() {
		// 【分野１】… 評価点 8・0点 ／ 10点: a group's score out of its maximum; each item a mark, its title, its
		// department in brackets and the sentences under its title of what was done
		PledgeReport report = read("小田原市　市長公約　進捗評価（令和５年度）", "", "総合点は、８分野の評価点を単純合計したものです。",
				"　令和５年度の総合点は 15・5点となりました。", "",
				"【分野１】子育て・教育　　　　　　評価点　8・0点 ／ 10点", "　〔主な取組と進捗〕",
				"　　◎　小児医療費助成の対象を高校生世代まで拡大　［子育て政策課］", "　　　　令和5年4月診療分から対象を18歳までに拡大",
				"　　　　し、所得制限も撤廃した。", "　　○　小・中学校の給食費の負担軽減　［教育総務課・保健給食課］",
				"　　　　物価高騰分を市が負担し、保護者負担額を据え置いた。", "",
				"【分野２】健康・福祉　　　　　　　評価点　7・5点 ／ 10点", "　〔主な取組と進捗〕",
				"　　△　地域包括ケアシステムの推進　［高齢介護課］", "　　　　生活支援コーディネーターを全地区に配置した。");

		assertThat(report.basicPolicies()).extracting(BasicPolicy::title, BasicPolicy::publishedPercent)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("子育て・教育", new BigDecimal("8.0")),
					org.assertj.core.groups.Tuple.tuple("健康・福祉", new BigDecimal("7.5")));
		assertThat(report.measures()).extracting(Measure::title, measure -> measure.evaluation().mark(), Measure::departments)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("小児医療費助成の対象を高校生世代まで拡大", "◎", List.of("子育て政策課")),
					org.assertj.core.groups.Tuple.tuple("小・中学校の給食費の負担軽減", "○", List.of("教育総務課", "保健給食課")),
					org.assertj.core.groups.Tuple.tuple("地域包括ケアシステムの推進", "△", List.of("高齢介護課")));
		assertThat(report.overallRule()).isEqualTo(OverallRule.SUM);
	}

	@Test
	void readsItemsWithDotLeadersUnderNumberedPillarLabelsAWrappedTitleIncluded() {
		PledgeReport report = read("綾瀬市長マニフェスト　実施状況（令和５年度）", "", "実施率（○の項目数 ÷ 全項目数）　　2 ÷ 3 ＝ 66.7％", "",
				"〔政策の柱　Ⅰ〕　子どもたちが健やかに育つまち", "", "（１）小児医療費助成の対象年齢の拡大 ……………………………　○",
				"　　　担当：子育て推進課", "（２）子育て世代包括支援センターによる妊娠期から", "　　　子育て期までの切れ目ない支援 …………………　○",
				"　　　担当：子育て推進課・健康づくり推進課", "", "〔政策の柱　Ⅱ〕　安全・安心に暮らせるまち", "",
				"（３）防犯カメラの増設 ……………………………………………………　△", "　　　担当：防犯対策課");

		assertThat(report.basicPolicies()).extracting(BasicPolicy::title)
			.containsExactly("子どもたちが健やかに育つまち", "安全・安心に暮らせるまち");
		assertThat(report.measures()).extracting(Measure::title, measure -> measure.evaluation().mark(), Measure::departments)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("小児医療費助成の対象年齢の拡大", "○", List.of("子育て推進課")),
					org.assertj.core.groups.Tuple.tuple("子育て世代包括支援センターによる妊娠期から子育て期までの切れ目ない支援", "○",
							List.of("子育て推進課", "健康づくり推進課")),
					org.assertj.core.groups.Tuple.tuple("防犯カメラの増設", "△", List.of("防犯対策課")));
	}

	@Test
	void anItemCardTakesThisYearsMarkNotLastYears() {
		PledgeReport report = read("三条市長公約 進捗状況（令和６年度末）", "", "評価の区分", "　達成　…　実現したもの", "　順調　…　計画どおり進んでいるもの",
				"　着手　…　課題が残るもの", "", "分野１　子育て", "", "No.１　保育料を無償化します", "担当課　　こども課", "取組状況",
				"令和６年４月から第２子以降の保育料を無償化しました。", "評価　　　達成　　　　（前年度　着手）", "", "No.２　病児保育室を増やします",
				"担当課　　保育課", "評価　　　順調　　　　（前年度　順調）");

		assertThat(report.measures()).extracting(Measure::title, measure -> measure.evaluation().mark(), Measure::departments)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("保育料を無償化します", "達成", List.of("こども課")),
					org.assertj.core.groups.Tuple.tuple("病児保育室を増やします", "順調", List.of("保育課")));
	}

	@Test
	void readsMarksPerItemWithCountsShareAndRuleFromATwoLevelTable() {
		PledgeReport report = read("綾瀬市長マニフェスト 進捗状況（令和5年度）", "", "綾瀬市 企画課", "",
				"評価の区分", "○\t実施済み又は実施中のもの", "△\t検討中のもの", "×\t未着手のもの", "",
				"実施率は、○の項目数÷全項目数で算出しています。", "全体では○4項目、△1項目、×1項目で、実施率は66.7％でした。", "",
				"政策1　子育てを支えるまち", "番号\t項目\t評価\t担当課", "1\t保育園の定員拡大\t○\t保育課", "2\t学童保育の延長\t△\t青少年課",
				"3\t子ども食堂への支援\t○\t子育て支援課", "", "政策2　安心して暮らせるまち", "番号\t項目\t評価\t担当課",
				"1\t防災無線の更新\t○\t危機管理課", "2\t空き家対策の推進\t×\t建築課", "3\t通学路の安全対策\t○\t道路課");
		assertThat(report.municipality().code().value()).isEqualTo("142182");
		assertThat(report.fiscalYear().year()).isEqualTo(2023);
		assertThat(report.basicPolicies()).extracting(BasicPolicy::title).containsExactly("子育てを支えるまち", "安心して暮らせるまち");
		assertThat(report.pledges()).as("two levels: one pledge stands for each policy")
			.allMatch(pledge -> pledge.standsForItsPolicy())
			.extracting(pledge -> pledge.title())
			.containsExactly("子育てを支えるまち", "安心して暮らせるまち");
		assertThat(report.measures()).extracting(Measure::title).containsExactly("保育園の定員拡大", "学童保育の延長", "子ども食堂への支援",
				"防災無線の更新", "空き家対策の推進", "通学路の安全対策");
		assertThat(report.measures()).extracting(measure -> measure.evaluation().mark()).containsExactly("○", "△", "○", "○", "×",
				"○");
		assertThat(report.measures().get(1).departments()).containsExactly("青少年課");
		assertThat(report.measures().get(0).rating()).as("a mark is no star rating").isNull();
		assertThat(report.markCounts()).containsExactly(new MarkCount("○", 4), new MarkCount("△", 1), new MarkCount("×", 1));
		assertThat(report.publishedOverall()).isEqualByComparingTo("66.7");
		assertThat(report.overallUnit()).isEqualTo("%");
		assertThat(report.overallRule()).isEqualTo(OverallRule.SHARE_OF_MARKS);
	}

	@Test
	void readsThreeLevelsWithScoresAndFiguresOnTheirHeadings() {
		PledgeReport report = read("横須賀市長公約 達成度評価（2023年度）", "横須賀市 政策推進課", "",
				"各事業を5段階で評価し、全体の達成度は評価点の合計÷満点で算出しています。", "全体の達成度　評価点の合計 13点 ÷ 満点 20点 ＝ 65.0％", "",
				"政策Ⅰ　海と緑のまち　（達成度 70.0％）", "施策１　海辺の再生　（達成度 80.0％）", "事業名\t所管課\t評価点", "干潟の再生\t環境政策課\t5",
				"砂浜の清掃\t環境政策課\t3", "施策２　緑地の保全　（達成度 60.0％）", "事業名\t所管課\t評価点", "里山の保全\t緑地管理課\t3",
				"街路樹の更新\t道路維持課\t3", "", "政策Ⅱ　にぎわいのまち　（達成度 60.0％）", "施策１　商店街の活性化　（達成度 60.0％）",
				"事業名\t所管課\t評価点", "空き店舗の活用\t商業振興課\t3", "商店街イベントの支援\t商業振興課\t3");
		assertThat(report.basicPolicies()).extracting(BasicPolicy::title).containsExactly("海と緑のまち", "にぎわいのまち");
		assertThat(report.basicPolicies()).extracting(BasicPolicy::publishedPercent).containsExactly(new BigDecimal("70.0"),
				new BigDecimal("60.0"));
		assertThat(report.pledges()).extracting(pledge -> pledge.title()).containsExactly("海辺の再生", "緑地の保全", "商店街の活性化");
		assertThat(report.pledges().get(0).publishedPercent()).isEqualByComparingTo("80.0");
		assertThat(report.measures()).extracting(measure -> measure.evaluation().mark()).containsExactly("5", "3", "3", "3", "3",
				"3");
		assertThat(report.measures().get(0).evaluation().levels()).isEqualTo(5);
		assertThat(report.publishedOverall()).isEqualByComparingTo("65.0");
		assertThat(report.overallRule()).isEqualTo(OverallRule.SUM_OVER_MAXIMUM);
	}

	@Test
	void readsStarsOnItemLinesAndKeepsThemAsTenLevelRatings() {
		PledgeReport report = read("弘前市長マニフェスト 進捗状況（令和5年度末時点）", "", "■政策分野Ⅰ　産業の振興", "（分野の達成率　65％）",
				"No.1　りんご産業の担い手確保　★★★★★★★☆☆☆　担当：りんご課", "No.2　空き店舗の活用　★★★★★★☆☆☆☆　担当：商工政策課", "",
				"■政策分野Ⅱ　子育て支援", "（分野の達成率　70％）", "No.3　子ども医療費の拡大　★★★★★★★☆☆☆　担当：子育て支援課",
				"全体の達成率は67.5％です。");
		assertThat(report.fiscalYear().year()).as("年度末 reports on that fiscal year").isEqualTo(2023);
		assertThat(report.basicPolicies()).extracting(BasicPolicy::publishedPercent).containsExactly(new BigDecimal("65"),
				new BigDecimal("70"));
		assertThat(report.measures()).extracting(Measure::rating).containsExactly(7, 6, 7);
		assertThat(report.measures()).extracting(Measure::departments).containsExactly(List.of("りんご課"), List.of("商工政策課"),
				List.of("子育て支援課"));
		assertThat(report.overallRule()).as("no rule stated").isNull();
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', value = { "総合評価は、各分野の評価点を単純合計した100点満点の点数としました。 | SUM",
			"全体の評価は、全施策の評価点の平均です。 | MEAN", "実施率は「達成」「順調」の項目数の割合で表しています。 | SHARE_OF_MARKS",
			"総合得点＝（全事業の評価点の合計）÷（全事業数×5点）×100 としました。 | SUM_OVER_MAXIMUM" })
	void readsTheStatedRule(String sentence, OverallRule rule) {
		PledgeReport report = read("小田原市長マニフェスト 評価（令和4年度）", "小田原市", "", sentence, "総合評価　72・5点", "",
				"分野\t配点\t評価点", "1 子育て・教育\t10点\t7・5点", "2 健康・福祉\t10点\t8・0点", "合計\t20点\t15・5点");
		assertThat(report.overallRule()).isEqualTo(rule);
	}

	@Test
	void readsGroupsFromASummaryTableWhenNoItemIsEvaluated() {
		PledgeReport report = read("令和4年度 小田原市長マニフェスト 外部評価報告書", "小田原市マニフェスト評価委員会", "", "総合評価　７２・５点（１００点満点）",
				"", "分野\t配点\t評価点", "１\t子育て・教育\t１０点\t７・５点", "２\t健康・福祉\t１０点\t８・０点", "小計\t２０点\t１５・５点");
		assertThat(report.basicPolicies()).extracting(BasicPolicy::title).containsExactly("子育て・教育", "健康・福祉");
		assertThat(report.basicPolicies()).extracting(BasicPolicy::publishedPercent).containsExactly(new BigDecimal("7.5"),
				new BigDecimal("8.0"));
		assertThat(report.basicPolicies().get(0).publishedUnit()).isEqualTo("点");
		assertThat(report.publishedOverall()).as("72・5点 is 72.5, not the maximum").isEqualByComparingTo("72.5");
		assertThat(report.overallUnit()).isEqualTo("点");
	}

	@Test
	void readsAMarkBeforeItsItemAndAnEvaluationLabelAfterIt() {
		PledgeReport report = read("伊勢原市長マニフェスト 取組状況（令和5年度）", "伊勢原市", "", "◎：実施済　○：実施中　△：検討中", "",
				"政策1　子育て", "◎ 子ども医療費の無料化（子育て支援課）", "○ 学童保育の拡充（子育て支援課）", "○ 給食費の軽減（学校教育課）", "",
				"政策2　安心", "(1) 防災無線の更新　進捗状況：順調", "(2) 避難所の改修　進捗状況：やや遅れ");
		assertThat(report.measures()).extracting(Measure::title).containsExactly("子ども医療費の無料化", "学童保育の拡充", "給食費の軽減",
				"防災無線の更新", "避難所の改修");
		assertThat(report.measures()).extracting(measure -> measure.evaluation().mark()).containsExactly("◎", "○", "○", "順調",
				"やや遅れ");
		assertThat(report.measures().get(0).departments()).containsExactly("子育て支援課");
	}

	@Test
	void aLegendIsNotAListOfItems() {
		assertThatThrownBy(() -> read("草津市長マニフェスト 進捗状況（2024年度）", "草津市", "", "評価\t定義", "S\t完了した",
				"A\t順調に進んでいる", "B\tおおむね達成できる見込み", "C\t遅れており見直しが必要", "D\t未着手又は休止"))
			.isInstanceOf(RejectedDocumentException.class)
			.hasMessageContaining("no evaluated item");
	}

	@Test
	void recognitionNeedsAPledgeAndAnEvaluation() {
		assertThat(PledgeReportRecognition.assess(model("西宮市 施政方針（令和6年度）", "", "約束１　子どもの育ちを支えます",
				"保育所を整備します。", "事業名\t予算額", "保育所整備事業\t842,500", "観光振興事業\t56,300")).recognised()).isFalse();
		assertThat(PledgeReportRecognition.assess(model("草津市長マニフェスト 進捗状況（2024年度）", "草津市", "", "No.\t取組項目\t評価\t担当課",
				"1-1\t中学校給食の全校実施\tS\t学校給食課", "1-2\t保育料の無償化\tA\t幼児課", "1-3\t児童クラブの定員拡大\tA\t子ども家庭課"))
			.recognised()).isTrue();
	}

	@Test
	void readsFivePointCardsInBoxesTheRateEachGroupStatesAndHowManyItemsGotEachScore() {
		PledgeReport report = read("青梅市長　公約進捗状況自己評価シート", "令和５年度（2023年度）取組分", "",
				"各項目は５段階で評価し、全体の達成度は「評価点の合計 ÷ 満点（項目数×５点）」により算出しています。", "",
				"令和５年度の全体達成度は ７０．０％（１４点／２０点）となりました。", "", "（評価点の分布）", "５点：１項目　４点：１項目　３点：２項目", "",
				"━━━━━━━━━━━━━━━━", "分野１　観光のまち", "（達成度　80.0％　評価点8点／満点10点）", "━━━━━━━━━━━━━━━━",
				"┌──────────────", "│番　　号　１－１", "│項　　目　御岳山の観光振興", "│担 当 課　観光課", "│取組状況",
				"│　・登山道を整備した。", "│評　　価　５（十分に達成）", "└──────────────", "┌──────────────",
				"│番　　号　１－２", "│項　　目　宿泊施設の誘致", "│担 当 課　商工課", "│評　　価　３（一部達成）", "└──────────────",
				"━━━━━━━━━━━━━━━━", "分野２　子育てのまち", "（達成度　60.0％　評価点6点／満点10点）", "━━━━━━━━━━━━━━━━",
				"┌──────────────", "│番　　号　２－１", "│項　　目　保育所の定員拡大", "│担 当 課　保育課",
				"│評　　価　４（概ね達成）", "└──────────────", "┌──────────────", "│番　　号　２－２", "│項　　目　学童保育の延長",
				"│担 当 課　子育て支援課", "│評　　価　２（遅れている）", "└──────────────");

		assertThat(report.basicPolicies()).extracting(BasicPolicy::title, BasicPolicy::publishedPercent).containsExactly(
				org.assertj.core.groups.Tuple.tuple("観光のまち", new BigDecimal("80.0")),
				org.assertj.core.groups.Tuple.tuple("子育てのまち", new BigDecimal("60.0")));
		assertThat(report.measures()).extracting(Measure::title, measure -> measure.evaluation().mark(), Measure::departments)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("御岳山の観光振興", "5", List.of("観光課")),
					org.assertj.core.groups.Tuple.tuple("宿泊施設の誘致", "3", List.of("商工課")),
					org.assertj.core.groups.Tuple.tuple("保育所の定員拡大", "4", List.of("保育課")),
					org.assertj.core.groups.Tuple.tuple("学童保育の延長", "2", List.of("子育て支援課")));
		assertThat(report.markCounts()).containsExactly(new MarkCount("5", 1), new MarkCount("4", 1), new MarkCount("3", 2));
		assertThat(report.publishedOverall()).isEqualByComparingTo("70.0");
		assertThat(report.overallRule()).isEqualTo(OverallRule.SUM_OVER_MAXIMUM);
	}

	@Test
	void aSummaryTablesRateIsPublishedAndItsSumOfPointsBesideAMaximumIsNot() {
		PledgeReport report = read("春日井市マニフェスト検証結果（令和５年度）", "",
				"各項目を５段階で評価し、分野ごとの達成率は得点の合計を満点で除して算出しています。", "",
				"分野\t項目数\t得点\t満点\t達成率", "子育て・教育\t2\t8\t10\t80.0%", "産業・雇用\t2\t6\t10\t60.0%", "合計\t4\t14\t20\t70.0%", "",
				"分野１　子育て・教育", "No.\t項目\t評価\t担当課", "1\t保育所の新設\t5\t保育課", "2\t給食費の軽減\t3\t学校給食課", "",
				"分野２　産業・雇用", "No.\t項目\t評価\t担当課", "1\t創業の支援\t3\t商工課", "2\t企業の誘致\t3\t企業誘致課");

		assertThat(report.basicPolicies()).extracting(BasicPolicy::publishedPercent).containsExactly(new BigDecimal("80.0"),
				new BigDecimal("60.0"));
		assertThat(report.publishedOverall()).isEqualByComparingTo("70.0");
		assertThat(report.overallUnit()).isEqualTo("%");

		PledgeReport points = read("犬山市長マニフェスト自己評価（令和６年度）", "", "各項目を５段階の点数で評価しました。",
				"総合評価　＝　評価点の合計　÷　満点　×　１００", "", "分野\t項目数\t評価点の合計\t満点", "観光・文化\t2\t8点\t10点", "子育て・教育\t2\t6点\t10点",
				"合計\t4\t14点\t20点", "", "令和６年度の総合評価は７０・０点（１００点満点）となりました。", "", "分野１　観光・文化", "No.\t項目\t評価点",
				"1\t城下町の整備\t4", "2\t観光案内の充実\t4", "", "分野２　子育て・教育", "No.\t項目\t評価点", "1\t保育料の軽減\t3", "2\t児童館の整備\t3");

		assertThat(points.publishedOverall()).as("the points summed in the table are not the published overall")
			.isEqualByComparingTo("70.0");
	}

	@Test
	void countsPerMarkInASentenceAreTheReportsAndCountsUnderAGroupLabelAreNot() {
		PledgeReport report = read("加古川市長マニフェスト外部評価報告書（令和５年度）", "",
				"※「進捗率」は、Ａ評価又はＢ評価となった項目の割合としています。", "",
				"評価の結果、全4項目のうち、Ａ評価が1項目、Ｂ評価が2項目、Ｃ評価が1項目となり、ＡとＢを合わせた進捗率は75.0％となりました。", "",
				"政策の柱Ⅰ　子育て", "No.\tマニフェスト項目\t担当部\t評価", "1-1\t待機児童の解消\tこども部\tＡ", "1-2\t学童保育の拡充\tこども部\tＢ",
				"【柱Ⅰの評価】　Ａ：1項目　Ｂ：1項目　（進捗率 100.0％）", "", "政策の柱Ⅱ　産業", "No.\tマニフェスト項目\t担当部\t評価",
				"2-1\t創業の支援\t産業部\tＢ", "2-2\t企業の誘致\t産業部\tＣ", "【柱Ⅱの評価】　Ｂ：1項目　Ｃ：1項目　（進捗率 50.0％）");

		assertThat(report.markCounts()).containsExactly(new MarkCount("A", 1), new MarkCount("B", 2), new MarkCount("C", 1));
		assertThat(report.publishedOverall()).isEqualByComparingTo("75.0");
		assertThat(report.overallRule()).isEqualTo(OverallRule.SHARE_OF_MARKS);
	}

	@Test
	void aLegendAndTheReportsOwnSectionsAreNoItemsOrGroupsAndAMarkTablesTotalIsNoOverall() {
		PledgeReport report = read("伊那市長公約の実現度について（令和６年度末）", "", "１　評価の方法", "　　◎ … 実現した", "　　○ … 一部実現、又は実現に向けて進行中",
				"　　× … 未着手", "　◎を１点、○を０．５点、×を０点とし、得点の合計を満点（取組数×１点）で除しています。", "", "２　評価結果の概要", "",
				"区分\t取組数\t割合", "◎\t2\t50.0%", "○\t1\t25.0%", "×\t1\t25.0%", "計\t4\t100.0%", "", "　全体の実現度は 62.5% となりました。", "", "３　柱・公約ごとの評価", "",
				"Ⅰ　いのちと暮らしを守る伊那　　　　　実現度 75.0%", "", "　【公約】災害に強いまちをつくります", "　　実現度 75.0%",
				"　　◎　全戸への防災ラジオ配布　（危機管理課）", "　　○　避難計画の作成支援　（危機管理課）", "",
				"Ⅱ　子どもを産み育てやすい伊那　　　　　実現度 50.0%", "", "　【公約】子育ての負担を軽くします", "　　実現度 50.0%",
				"　　◎　保育料の第3子以降無料化　（子育て支援課）", "　　×　出産祝い金の創設　（子育て支援課）");

		assertThat(report.basicPolicies()).extracting(BasicPolicy::title, BasicPolicy::publishedPercent).containsExactly(
				org.assertj.core.groups.Tuple.tuple("いのちと暮らしを守る伊那", new BigDecimal("75.0")),
				org.assertj.core.groups.Tuple.tuple("子どもを産み育てやすい伊那", new BigDecimal("50.0")));
		assertThat(report.pledges()).extracting(pledge -> pledge.title()).containsExactly("災害に強いまちをつくります", "子育ての負担を軽くします");
		assertThat(report.measures()).extracting(Measure::title).containsExactly("全戸への防災ラジオ配布", "避難計画の作成支援",
				"保育料の第3子以降無料化", "出産祝い金の創設");
		assertThat(report.publishedOverall()).isEqualByComparingTo("62.5");
	}

	@Test
	void aTargetCheckReadsItsSummaryRowsAsTheAreasItsUnevaluatedTargetsAsItemsAndItsMeanAsTheRule() {
		PledgeReport report = read("北見市長公約　数値目標の達成状況について（令和５年度実績）", "", "（１）達成率",
				"　各数値目標について、基準値から目標値までの改善幅に対する実績値の改善幅の割合を達成率としています。", "（２）全体の達成率",
				"　評価対象とした数値目標の達成率を単純平均して算出しています。", "", "　　【分野別の評価結果】",
				"  政策分野                                  項目数   Ｓ   Ａ   Ｂ   Ｃ   －  平均達成率",
				"  １ 子どもを産み育てやすいまち                 3      1    1    1    0    0     72.0%",
				"  ２ 誰もが健やかに暮らせるまち                 3      1    0    0    1    1     60.4%",
				"  全　体                                        6      2    1    1    1    1     66.2%", "",
				"【分野１】子どもを産み育てやすいまち　（平均達成率　72.0％）", "",
				"No.\t公約の数値目標\t基準値\t目標値\t実績値\t達成率\t評価\t担当課", "1\t保育所等の待機児童数\t14\t0\t0\t100%\tS\t保育課",
				"2\t子育て支援センターの利用者数\t18,200\t24,000\t22,850\t80%\tA\t子育て支援課", "3\t放課後児童クラブの定員数\t1,540\t1,700\t1,652\t70%\tB\t子育て支援課",
				"", "【分野２】誰もが健やかに暮らせるまち　（平均達成率　60.4％）", "",
				"No.\t公約の数値目標\t基準値\t目標値\t実績値\t達成率\t評価\t担当課", "4\t特定健康診査の受診率\t31.2\t45\t36.8\t40%\tC\t国保医療課",
				"5\tがん検診の受診率\t14.5\t25\t－\t－\t－\t健康推進課", "6\t認知症サポーター養成数\t21,500\t26,000\t26,340\t100%\tS\t介護福祉課");

		assertThat(report.basicPolicies()).extracting(BasicPolicy::title, BasicPolicy::publishedPercent)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("子どもを産み育てやすいまち", new BigDecimal("72.0")),
					org.assertj.core.groups.Tuple.tuple("誰もが健やかに暮らせるまち", new BigDecimal("60.4")));
		assertThat(report.measures()).extracting(Measure::title).contains("がん検診の受診率");
		assertThat(report.measures()).filteredOn(measure -> measure.title().equals("がん検診の受診率"))
			.singleElement()
			.satisfies(measure -> {
				assertThat(measure.evaluation()).as("not evaluated this year").isNull();
				assertThat(measure.departments()).containsExactly("健康推進課");
			});
		assertThat(report.overallRule()).isEqualTo(OverallRule.MEAN);
	}

	@Test
	void marksOverTheWordsForThemHeadTheCountsOfASummaryAndAGroupsOwnCountsAreNotTheReports() {
		PledgeReport report = read("鈴鹿市長マニフェスト進捗状況報告書（令和６年度）", "", "　全20項目のうち「◎ 実施済み」が5項目、「○ 順調に実施中」が11項目となりました。", "",
				"政策の柱\t項目数\t◎\t○\t△\t×\t進捗率", "\t\t実施済み\t順調\t課題あり\t未着手\t", "柱1 子どもたちの未来\t10\t3\t5\t2\t0\t80.0%",
				"柱2 健康で安心なまち\t10\t2\t6\t1\t1\t80.0%", "合　計\t20\t5\t11\t3\t1\t80.0%", "", "柱1　子どもたちの未来",
				"（進捗率 80.0％　◎3　○5　△2　×0）", "1-1\t保育料の無償化\t無償化を実施\t◎\t子ども政策課");

		assertThat(report.markCounts()).containsExactly(new MarkCount("◎", 5), new MarkCount("○", 11), new MarkCount("△", 3),
				new MarkCount("×", 1));
	}

	@Test
	void readsGradesInBracketsAfterItemsUnderAnExternalReviewsPledges() {
		// 基本政策 → 公約 → 取組（A）: 【委員会の意見】 and 【取組と評価】 are parts of a pledge's section, no groups; a
		// department line may name two departments; the share of S and A items over all items is the rule
		PledgeReport report = read("令和６年度", "北広島市長公約 外部評価報告書", "", "２　評価結果の総括", "",
				"　達成率（Ｓ及びＡの評価となった取組の割合）は 75.0％ である。", "　　達成率 ＝ （Ｓの件数＋Ａの件数）÷ 全取組数 × 100", "",
				"基本政策１　子どもを安心して産み育てられるまち", "", "公約1-1　子育て世帯への経済的支援の充実", "", "【委員会の意見】",
				"　子ども医療費助成の拡大は予定どおり実施された。", "", "【取組と評価】", "・子ども医療費助成の高校生までの拡大（S）", "　　担当：子育て支援課",
				"・産後ケア事業の拡充（B）", "　　担当：子ども家庭課、健康推進課", "", "基本政策２　誰もが健やかに暮らせるまち", "",
				"公約2-1　地域医療の推進", "", "【取組と評価】", "・夜間急病診療体制の確保（A）", "　　担当：健康推進課", "・健康ポイント事業の実施（A）",
				"　　担当：健康推進課");

		assertThat(report.basicPolicies()).extracting(BasicPolicy::title)
			.containsExactly("子どもを安心して産み育てられるまち", "誰もが健やかに暮らせるまち");
		assertThat(report.basicPolicies().get(0).pledges()).extracting(org.govreview.domain.pledge.Pledge::title)
			.containsExactly("子育て世帯への経済的支援の充実");
		assertThat(report.measures()).extracting(Measure::title, measure -> measure.evaluation().mark(), Measure::departments)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("子ども医療費助成の高校生までの拡大", "S", List.of("子育て支援課")),
					org.assertj.core.groups.Tuple.tuple("産後ケア事業の拡充", "B", List.of("子ども家庭課", "健康推進課")),
					org.assertj.core.groups.Tuple.tuple("夜間急病診療体制の確保", "A", List.of("健康推進課")),
					org.assertj.core.groups.Tuple.tuple("健康ポイント事業の実施", "A", List.of("健康推進課")));
		assertThat(report.publishedOverall()).isEqualByComparingTo("75.0");
		assertThat(report.overallRule()).isEqualTo(OverallRule.SHARE_OF_MARKS);
	}

	@Test
	void readsAWebPagesMarkdownTablesOfStarsWithMeansPrintedWithoutAUnit() {
		PledgeReport report = read("# 市長公約の進捗状況（令和6年度末時点）", "", "茨木市", "",
				"進捗度は、公約の実現に向けた取組の進み具合を★の数（５段階）で表しています。", "",
				"※分野平均及び全体平均は、各公約の★の数を点数とみなし、単純平均した値です。", "", "## 分野1　子育て・教育", "",
				"| 公約 | 取組状況 | 進捗 | 担当課 |", "|---|---|---|---|", "| ①中学校給食の全員喫食化 | 全中学校で開始しました。 | ★★★★★ | 学務課 |",
				"| ②待機児童ゼロの継続 | 待機児童ゼロを達成。<br>就労支援金を継続しています。 | ★★★☆☆ | 保育幼稚園総務課、保育幼稚園事業課 |", "",
				"分野平均 4.0", "", "## 分野2　健康・福祉", "", "| 公約 | 取組状況 | 進捗 | 担当課 |", "|---|---|---|---|",
				"| ①健康ポイントの導入 | 導入しました。 | ★★★☆☆ | 健康づくり課 |", "", "分野平均 3.0", "", "## 全体の状況", "",
				"| 分野 | 公約数 | 分野平均 |", "|---|---|---|", "| 子育て・教育 | 2 | 4.0 |", "| 健康・福祉 | 1 | 3.0 |", "", "全体平均 3.7");

		assertThat(report.basicPolicies()).extracting(BasicPolicy::title, BasicPolicy::publishedPercent)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("子育て・教育", new BigDecimal("4.0")),
					org.assertj.core.groups.Tuple.tuple("健康・福祉", new BigDecimal("3.0")));
		assertThat(report.measures()).extracting(Measure::title, measure -> measure.evaluation().mark())
			.containsExactly(org.assertj.core.groups.Tuple.tuple("中学校給食の全員喫食化", "5"),
					org.assertj.core.groups.Tuple.tuple("待機児童ゼロの継続", "3"), org.assertj.core.groups.Tuple.tuple("健康ポイントの導入", "3"));
		assertThat(report.measures().get(1).departments()).containsExactly("保育幼稚園総務課", "保育幼稚園事業課");
		assertThat(report.publishedOverall()).isEqualByComparingTo("3.7");
		assertThat(report.overallRule()).isEqualTo(OverallRule.MEAN);
	}

	@Test
	void countsPrintedOneALineUnderTheOverallLabelAreNoOverallFigure() {
		PledgeReport report = read("町長公約の進捗状況について（令和５年度末現在）", "音更町", "", "◎ 実施済み ６件　○ 順調 １件", "",
				"基本政策", "取組数", "達成度", "１　農業に活力があふれるまち", "４", "６６．７％", "２　子どもを産み育てられるまち", "３", "５５．６％",
				"全体", "７", "６２．１％", "", "　全体の達成度は６２．１％となりました。", "", "基本政策１　農業に活力があふれるまち", "",
				"◎　新規就農者への支援の拡充　　農政課", "○　農地の集積の推進　　農政課", "", "基本政策２　子どもを産み育てられるまち", "",
				"◎　子ども医療費の無料化　　子育て支援課");

		assertThat(report.publishedOverall()).isEqualByComparingTo("62.1");
	}

	@Test
	void readsEachItemsProgressRateInAColumnBesideItsDepartmentAndMarksInCornerBracketsAfterTitles() {
		PledgeReport rates = read("多治見市長マニフェスト進捗状況報告書（令和５年度末時点）", "",
				"※政策分野ごとの進捗率は、各項目の進捗率を単純平均しています。", "", "政策分野１　子どもと若者の未来を育むまち", "分野の進捗率　87.5％", "",
				"No.\tマニフェスト項目\t令和５年度の取組状況\t進捗率\t担当課", "1-1\t保育料無償化の拡充\t所得制限を撤廃した。\t100％\t子ども支援課",
				"1-2\t放課後児童クラブの待機児童ゼロ\t２クラブを新設した。\t75％\t子ども支援課", "", "政策分野２　健康で安心して暮らせるまち",
				"分野の進捗率　50.0％", "", "No.\tマニフェスト項目\t令和５年度の取組状況\t進捗率\t担当課",
				"2-1\tフレイル予防教室の全地区展開\t14地区で開催した。\t50％\t高齢福祉課");
		PledgeReport marks = read("秦野市長公約の検証結果（令和６年度）", "", "「達成」2項目、「遅れ」1項目となりました。", "", "【分野１　子育て・教育】",
				"（１）待機児童ゼロの継続【達成】（保育こども園課）", "　　待機児童数は０人となりました。", "（２）不登校児童生徒への支援【達成】（教育指導課・教育研究所）",
				"　　相談体制を拡充しました。", "（３）給食費の無償化【遅れ】（学校給食課）", "　　財源の確保が課題です。");

		assertThat(rates.measures()).extracting(Measure::title, measure -> measure.evaluation().mark())
			.containsExactly(org.assertj.core.groups.Tuple.tuple("保育料無償化の拡充", "100"),
					org.assertj.core.groups.Tuple.tuple("放課後児童クラブの待機児童ゼロ", "75"),
					org.assertj.core.groups.Tuple.tuple("フレイル予防教室の全地区展開", "50"));
		assertThat(rates.basicPolicies()).extracting(BasicPolicy::title, BasicPolicy::publishedPercent)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("子どもと若者の未来を育むまち", new BigDecimal("87.5")),
					org.assertj.core.groups.Tuple.tuple("健康で安心して暮らせるまち", new BigDecimal("50.0")));
		assertThat(marks.measures()).extracting(Measure::title, measure -> measure.evaluation().mark(), Measure::departments)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("待機児童ゼロの継続", "達成", List.of("保育こども園課")),
					org.assertj.core.groups.Tuple.tuple("不登校児童生徒への支援", "達成", List.of("教育指導課", "教育研究所")),
					org.assertj.core.groups.Tuple.tuple("給食費の無償化", "遅れ", List.of("学校給食課")));
	}

	@Test
	void aRateBesideTheTitleIsTheItemsOwnWhenTheColumnNamedAfterItsStateHoldsWhatWasDone() {
		PledgeReport report = read("津山市長公約 進捗状況報告書（令和５年度末時点）", "", "※各項目の進捗率は担当課が５％単位で自己評価したものです。", "",
				"（１）子どもを産み育てやすいまち", "No.\t公約項目\t進捗率\t取組状況\t担当課",
				"1\t子ども医療費の高校生世代までの無償化\t100％\t入院・通院医療費の自己負担を無償化した。\tこども課",
				"2\t学校給食費の負担軽減\t55％\t物価高騰分を公費で負担し、保護者負担を据え置いた。\t学校給食センター", "",
				"（２）健康で安心して暮らせるまち", "No.\t公約項目\t進捗率\t取組状況\t担当課",
				"3\tがん検診受診率の向上\t40％\t休日検診の回数を増やしたが、受診率は目標を下回っている。\t健康増進課");

		assertThat(report.measures()).extracting(Measure::title, measure -> measure.evaluation().mark(), Measure::departments)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("子ども医療費の高校生世代までの無償化", "100", List.of("こども課")),
					org.assertj.core.groups.Tuple.tuple("学校給食費の負担軽減", "55", List.of("学校給食センター")),
					org.assertj.core.groups.Tuple.tuple("がん検診受診率の向上", "40", List.of("健康増進課")));
	}

	@Test
	void attainmentWordsAreMarksOfTheirOwnScaleWhoseTwoBestMakeTheShare() {
		PledgeReport report = read("秦野市長公約の検証結果（令和６年度）", "",
				"　検証の結果、「達成」1項目、「概ね達成」1項目、「一部達成」1項目、「未達成」1項目となりました。",
				"　達成率（「達成」と「概ね達成」の項目数÷全項目数）は50.0％です。", "", "【分野１　子育て・教育】",
				"（１）待機児童ゼロの継続【達成】（保育こども園課）", "　　待機児童数は０人となりました。",
				"（２）フレイル予防の推進【概ね達成】（高齢介護課）", "　　教室を拡充しました。", "", "【分野２　都市基盤】",
				"（３）駅前広場の再整備【一部達成】（都市整備課）", "　　設計を進めました。", "（４）新駅の設置【未達成】（交通政策課）",
				"　　協議を継続しています。");

		assertThat(report.measures()).extracting(Measure::title, measure -> measure.evaluation().mark())
			.containsExactly(org.assertj.core.groups.Tuple.tuple("待機児童ゼロの継続", "達成"),
					org.assertj.core.groups.Tuple.tuple("フレイル予防の推進", "概ね達成"),
					org.assertj.core.groups.Tuple.tuple("駅前広場の再整備", "一部達成"), org.assertj.core.groups.Tuple.tuple("新駅の設置", "未達成"));
		assertThat(report.markCounts()).extracting(MarkCount::mark, MarkCount::count)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("達成", 1), org.assertj.core.groups.Tuple.tuple("概ね達成", 1),
					org.assertj.core.groups.Tuple.tuple("一部達成", 1), org.assertj.core.groups.Tuple.tuple("未達成", 1));
		assertThat(report.overallRule()).isEqualTo(OverallRule.SHARE_OF_MARKS);
		assertThat(report.measures().stream().filter(measure -> measure.evaluation().level() >= measure.evaluation().levels() - 1))
			.as("the two best marks of each scale: 達成 and 概ね達成").hasSize(2);
	}

	@Test
	void aRateBesideAColumnOfGradesIsNeverTheItemsEvaluation() {
		PledgeReport report = read("北見市長公約 数値目標の達成状況（令和６年度）", "", "評価の区分　Ａ：達成　Ｂ：概ね達成　Ｃ：遅れ", "",
				"１　子育て・教育", "No.\t数値目標\t達成率\t評価\t担当課", "1\t子育て支援センターの年間利用者数\t80％\tＢ\t子育て支援課",
				"2\t不登校児童生徒のうち支援につながった割合\t32％\t\t教育支援室", "3\t科学講座の参加者数\t100％\tＡ\t社会教育課", "",
				"２　健康・福祉", "No.\t数値目標\t達成率\t評価\t担当課", "4\t特定健診の受診率\t50％\tＣ\t健康推進課");

		assertThat(report.measures()).extracting(measure -> measure.evaluation() == null ? null : measure.evaluation().mark())
			.doesNotContain("80", "32", "100", "50");
		assertThat(report.measures()).extracting(Measure::title).contains("子育て支援センターの年間利用者数", "科学講座の参加者数");
	}

	@Test
	void pointsAfterLeadersWithTheDepartmentsBracketedBelowUnderAnExcerptOfTheFields() {
		// every field's rate in the summary, the items listed for two of them only; 〔経済部・都市部〕 under an item is its
		// departments, never a group; the rounding note's 100％ is no overall figure
		PledgeReport report = read("市長公約（マニフェスト）の進捗評価（令和５年度）", "横須賀市", "", "（１）評価の対象", "　10分野・201事業を評価の対象としました。",
				"（２）評価の基準", "　６段階（０点～５点）で評価しました。", "", "分野\t事業数\t満点\t得点\t達成率", "子育て・教育\t24\t120\t80\t66.7％",
				"地域経済・雇用\t3\t15\t11\t73.3％", "海洋都市・港湾\t2\t10\t9\t90.0％", "合計\t201\t1,005\t761\t75.7％", "",
				"※　構成比は端数処理の関係で、合計が100％にならない場合があります。", "", "■分野３　地域経済・雇用", "",
				"（１）中小企業の事業承継支援 ………………………………………… ４点", "　　　〔経済部〕", "（２）企業誘致の推進と産業用地の確保 ………………………… ３点",
				"　　　〔経済部・都市部〕", "（３）横浜ＤｅＮＡベイスターズファーム施設", "　　　「ＤＯＣＫ」と連携したまちづくり ……………………… ４点",
				"　　　〔文化スポーツ観光部・教育委員会〕", "", "■分野４　海洋都市・港湾", "", "（１）久里浜港の機能強化 ……………………………………… ５点",
				"　　　〔港湾部〕", "（２）うみかぜ公園の再整備 ……………………………………… ４点", "　　　〔港湾部〕");

		assertThat(report.basicPolicies()).extracting(BasicPolicy::title).containsExactlyInAnyOrder("子育て・教育", "地域経済・雇用",
				"海洋都市・港湾");
		assertThat(report.measures()).extracting(Measure::title).containsExactly("中小企業の事業承継支援", "企業誘致の推進と産業用地の確保",
				"横浜DeNAベイスターズファーム施設「DOCK」と連携したまちづくり", "久里浜港の機能強化", "うみかぜ公園の再整備");
		assertThat(report.measures()).extracting(measure -> measure.evaluation().mark()).containsExactly("4", "3", "4", "5", "4");
		assertThat(report.measures().get(1).departments()).containsExactly("経済部", "都市部");
		assertThat(report.measures().get(2).departments()).containsExactly("文化スポーツ観光部", "教育委員会");
		assertThat(report.publishedOverall()).isEqualByComparingTo("75.7");
	}

	@Test
	void keyedItemsPrintedOneCellPerLineWithTheirStatusAndDepartment() {
		PledgeReport report = read("町長マニフェスト進捗状況（令和５年度末）", "東浦町", "", "達成…実現したもの", "順調…計画どおり進んでいるもの", "",
				"　「達成」と「順調」を合わせた項目は５項目で、全体の83.3％（５／６）となりました。", "",
				"※割合は小数点以下第２位を四捨五入しているため、合計が100％にならない場合があります。", "", "政策の柱１　子どもたちの未来を育むまち", "",
				"番号", "取組項目", "進捗", "状況", "担当課", "今後の方向性", "", "1-1", "待機児童ゼロの継続と保育の受け皿", "の拡充", "順調", "児童課",
				"保育需要の推移を注視し、民間保", "育所の誘致を進める。", "", "1-3", "子ども医療費助成の対象を18歳", "まで拡大", "達成", "保険医療課",
				"現行制度を継続する。", "", "1-7", "公共施設の適正配置と長寿命化", "やや遅れ", "企画政策課", "財政課", "個別施設計画の見直しを進める。");

		assertThat(report.measures()).extracting(Measure::title, measure -> measure.evaluation().mark()).containsExactly(
				org.assertj.core.groups.Tuple.tuple("待機児童ゼロの継続と保育の受け皿の拡充", "順調"),
				org.assertj.core.groups.Tuple.tuple("子ども医療費助成の対象を18歳まで拡大", "達成"),
				org.assertj.core.groups.Tuple.tuple("公共施設の適正配置と長寿命化", "やや遅れ"));
		assertThat(report.measures().get(2).departments()).containsExactly("企画政策課", "財政課");
		assertThat(report.publishedOverall()).isEqualByComparingTo("83.3");
	}

	@Test
	void itemsRatedByTheirRateOfAchievementUnderPoliciesWithTheirMeanRate() {
		PledgeReport report = read("市長マニフェスト達成状況（令和５年度）", "鹿児島市", "", "１　子育て・教育で選ばれるまち", "",
				"政策の平均達成度　90.0％", "", "(1) 子ども医療費助成の拡充", "　達成度：100％", "　担当局：こども未来局", "　取組状況：",
				"　　対象を高校生世代に拡大しました。", "", "(2) 保育所等の待機児童の解消", "　達成度：80％", "　担当局：こども未来局、教育委員会", "",
				"２　健康で安心して暮らせるまち", "", "政策の平均達成度　70.0％", "", "(1) がん検診の受診率向上", "　達成度：70％", "　担当局：健康福祉局", "",
				"全体の平均達成度　83.3％");

		assertThat(report.measures()).extracting(Measure::title, measure -> measure.evaluation().mark()).containsExactly(
				org.assertj.core.groups.Tuple.tuple("子ども医療費助成の拡充", "100"), org.assertj.core.groups.Tuple.tuple("保育所等の待機児童の解消", "80"),
				org.assertj.core.groups.Tuple.tuple("がん検診の受診率向上", "70"));
		assertThat(report.measures().get(1).departments()).containsExactly("こども未来局", "教育委員会");
		assertThat(report.basicPolicies()).extracting(BasicPolicy::title, BasicPolicy::publishedPercent)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("子育て・教育で選ばれるまち", new BigDecimal("90.0")),
					org.assertj.core.groups.Tuple.tuple("健康で安心して暮らせるまち", new BigDecimal("70.0")));
		assertThat(report.publishedOverall()).isEqualByComparingTo("83.3");
	}

	@Test
	void aLineOfMarksWithTheirMeaningsIsALegendNoItem() {
		PledgeReport report = read("市長公約 進捗状況（令和5年度末）", "枚方市", "", "　◎達成　○順調　△やや遅れ　×未着手", "",
				"（１）子育て・教育", "No.\t公約項目\t進捗\t担当部署", "1\t中学校の全員給食の実施\t○\tおいしい給食課",
				"2\t子ども医療費助成の拡大\t◎\t医療助成課");

		assertThat(report.measures()).extracting(Measure::title).containsExactly("中学校の全員給食の実施", "子ども医療費助成の拡大");
	}
}
