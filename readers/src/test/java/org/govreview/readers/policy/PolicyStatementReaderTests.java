package org.govreview.readers.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.govreview.domain.document.Finding;
import org.govreview.domain.document.Finding.Severity;
import org.govreview.domain.fiscal.FiscalYear;
import org.govreview.domain.policy.PolicyIssue;
import org.govreview.domain.policy.PolicyStatement;
import org.govreview.domain.policy.Statistic;
import org.govreview.readers.municipality.MunicipalityMaster;
import org.govreview.readers.source.RejectedDocumentException;
import org.govreview.readers.text.SourceText;
import org.govreview.readers.text.SourceTextLoader;
import org.govreview.readers.text.TextPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The policy statement reader on a small fictional policy of 門司区 (北九州市門司区, FY2024: a mission, issues A(1), A(2)
 * and B(1), statistics in a sentence, in parentheses, as a trend and as a table) written the way seed 001 writes
 * it ({@code seed-layout.txt}), with its sections and fields in another order ({@code reordered.txt}), with prose
 * labels instead of ①②③④ ({@code prose-labels.txt}), and rendered as a PDF. Variants are derived from these
 * fixtures ({@code src/test/resources/policy/}) and written to a temporary directory, then loaded the way the job
 * loads them.
 */
class PolicyStatementReaderTests {

	static final String SEED_LAYOUT = "seed-layout.txt";

	static final String REORDERED = "reordered.txt";

	static final String PROSE_LABELS = "prose-labels.txt";

	/** A statement with one issue; its background is the placeholder, so that each test states its own figures. */
	private static final String ONE_ISSUE = """
			局区X方針〈門司区〉

			1 組織の使命

			門司区の魅力を高める。

			2 課題と背景

			課題A（1）

			① 課題名

			窓口の改善

			② 課題の内容

			待ち時間が長い。

			③ 課題の背景

			{background}

			④ 課題に対する取組み

			予約制を導入する。
			""";

	private final PolicyStatementReader reader = new PolicyStatementReader(MunicipalityMaster.builtIn());

	private final SourceTextLoader loader = new SourceTextLoader();

	@TempDir
	Path directory;

	@Test
	void aDepartmentsPolicyWithIndicatorTargetsIsAPolicyNotAPlan() {
		// the title calls it a 経営方針; its table of indicators with targets and years would also read as a plan's
		SourceText text = new SourceText(Path.of("fujieda.txt"), List.of("藤枝市", "令和６年度　健康福祉部　経営方針",
				"１　部の使命", "　市民が健やかに暮らし続けられるまちづくりを推進する。", "", "２　重点取組", "（１）健康寿命の延伸",
				"【主な取組】", "・健康マイレージ事業の拡充", "【成果指標】", "指標名\t基準値（R4）\t目標値（R6）",
				"特定健診受診率\t38.5％\t45.0％", "がん検診受診率\t12.1％\t15.0％", "（２）地域で支え合う福祉", "【主な取組】",
				"・重層的支援体制の整備", "【成果指標】", "指標名\t基準値（R4）\t目標値（R6）", "相談支援件数\t1,200件\t1,500件",
				"見守り協力事業所数\t85か所\t100か所"), "text");

		assertThat(org.govreview.readers.recognition.DocumentRecognition.recognise(text).kind())
			.contains(org.govreview.domain.document.DocumentKind.POLICY_STATEMENT);
	}

	@Test
	void readsAPageThatHtml2textWroteItsTablesWithoutOuterPipesAndItsPolicyTitledBeforeThePlanItServes() {
		SourceText text = new SourceText(Path.of("yamaguchi.txt"), List.of("  * [子育て・教育](/kosodate/)", "  * [市政情報](/shisei/)", "",
				"# 令和6年度 山口市教育委員会運営方針", "", "「第三次山口市教育振興基本計画」に掲げる基本理念の実現に向け、運営方針を定めます。", "",
				"## 1 教育委員会の使命", "", "**すべての子どもたちが、ふるさと山口に誇りと愛着をもてるよう、学びを支える。**", "",
				"## 3 主要統計", "", "区分 | 単位 | 令和4年度 | 令和5年度  ", "---|---|---|---  ", "児童数 | 人 | 9,712 | 9,583  ",
				"特別支援学級  ", "在籍児童生徒数 | 人 | 655 | 701  ", "  ", "", "## 4 重点課題と主な取組", "",
				"### 重点課題1 確かな学力と豊かな心の育成", "", "  * 学習支援員の全校配置", "  * 読書活動の推進", "",
				"成果指標| 現状値  ", "（R5）| 目標値  ", "（R8）  ", "---|---|---  ", "学習支援員の配置校数| 38校| 49校  ", "  "),
				"text");

		org.govreview.readers.recognition.DocumentRecognition.Recognition recognition = org.govreview.readers.recognition.DocumentRecognition
			.recognise(text);
		assertThat(recognition.kind()).contains(org.govreview.domain.document.DocumentKind.POLICY_STATEMENT);
		PolicyStatement statement = reader.read(recognition.model(), null);
		assertThat(statement.statistics()).extracting(Statistic::indicator, Statistic::fiscalYear, statistic -> statistic.value().number())
			.contains(tuple("児童数", 2023, new BigDecimal("9583")), tuple("特別支援学級在籍児童生徒数", 2022, new BigDecimal("655")));
	}

	@Test
	void readsATownPageCopiedFromTheBrowserWithGoalsLabelledLikeFieldsOverTablesOfActions() {
		// the site's menus before the title; 目標１：… and 目標：… both head an issue; a cell's line break before its row
		SourceText text = new SourceText(Path.of("ikaruga.txt"), List.of("本文へスキップ", "斑鳩町", "文字サイズ", "標準", "拡大",
				"くらし・手続き", "子育て・教育", "町政情報", "現在の位置", "ホーム", "町政情報", "行政運営", "組織目標",
				"令和6年度 各課の目標（組織目標）", "令和6年度 各課の目標（組織目標）", "更新日：2024年5月17日",
				"斑鳩町では、毎年度、課ごとに目標を定め、計画的に仕事を進めています。", "町役場の使命",
				"「和」の心を大切に、町民の皆さんとともに、住みよいまち斑鳩を次の世代へ引き継ぎます。", "総務課",
				"目標1：災害に強い安全・安心なまちづくり", "具体的な取組\t指標\t現状値\t目標値（R6）\t担当",
				"自主防災組織の結成促進\t自主防災組織結成率\t86.4%\t90.0%\t防災係",
				"目標2：行政サービスの向上と事務の効率化", "具体的な取組\t指標\t現状値\t目標値（R6）\t担当",
				"電子申請で手続できる行政手続の拡大\t電子申請対応手続数\t64手続\t100手続\t行政係", "会議録作成支援システムの導入による",
				"事務の効率化\t―\t―\t―\t行政係", "生涯学習課", "目標：歴史文化の継承と生涯学習の推進",
				"具体的な取組\t指標\t現状値\t目標値（R6）\t担当", "藤ノ木古墳の石室特別公開の実施\t見学者数\t2,310人\t2,500人\t文化財活用係",
				"町立図書館の電子図書館サービスの充実\t電子書籍の貸出件数\t3,846件\t5,000件\t生涯学習係", "このページの先頭へ", "関連ファイル",
				"令和6年度 各課の目標（一覧表）（PDFファイル：286KB）"), "text");

		org.govreview.readers.recognition.DocumentRecognition.Recognition recognition = org.govreview.readers.recognition.DocumentRecognition
			.recognise(text);
		assertThat(recognition.kind()).contains(org.govreview.domain.document.DocumentKind.POLICY_STATEMENT);
		PolicyStatement statement = reader.read(recognition.model(), null);
		assertThat(statement.fiscalYear()).isEqualTo(FiscalYear.of(2024));
		assertThat(statement.issues()).extracting(PolicyIssue::title, PolicyIssue::actions)
			.containsExactly(tuple("災害に強い安全・安心なまちづくり", List.of("自主防災組織の結成促進")),
					tuple("行政サービスの向上と事務の効率化", List.of("電子申請で手続できる行政手続の拡大", "会議録作成支援システムの導入による事務の効率化")),
					tuple("歴史文化の継承と生涯学習の推進", List.of("藤ノ木古墳の石室特別公開の実施", "町立図書館の電子図書館サービスの充実")));
	}

	@Test
	void aFormsNumberAndTheIssuerAfterThePolicyWordAreNoPartOfTheTitleAndAListsMarkNoPartOfAFiguresName() {
		PolicyStatement statement = this.reader.read(org.govreview.readers.document.DocumentModel.of(this.loader.load(write("kure.txt", """
				様式１ 令和６年度　部運営方針 呉　市
				作成日：令和６年４月１日 部名 産業部

				【部の使命】
				ものづくりのまちとして培われてきた技術と人材を生かし、活力に満ちた呉をつくる。

				【現状と課題】
				○市内の製造品出荷額等は8,954億円（令和４年）で、鉄鋼業の撤退の影響が懸念される。

				【重点取組】
				重点取組１　製鉄所跡地の利活用と企業誘致の推進
				・跡地利活用に向けた国・県・事業者との協議の推進
				・企業立地奨励制度の拡充による新たな企業の誘致
				"""))), null);

		assertThat(statement.organisation().code().value()).isEqualTo("342025");
		assertThat(statement.title()).isEqualTo("令和６年度　部運営方針");
		assertThat(statement.statistics()).extracting(Statistic::indicator, Statistic::fiscalYear).containsExactly(tuple("市内の製造品出荷額等", 2022));
	}

	@Test
	void readsADepartmentHeadsSheetWhoseTableWrapsEveryCell() {
		// 部長マニフェスト: the city only in the pages' footer; records numbered 1, 2 with the lines each cell wrapped
		// onto; a 目標 column of an indicator's name over its 現状 and 目標 figures; a schedule that holds no actions
		PolicyStatement statement = this.reader.read(org.govreview.readers.document.DocumentModel.of(this.loader.load(write("kunitachi.txt", """
				令和６年度　部長マニフェスト（生活環境部）

				【部の使命】
				　市民の皆さんが安全で快適に暮らせる生活環境を守ります。

				■重点施策と目標
				No.	重点施策	具体的な取組内容	目標（令和６年度末の到達点）
				１	ゼロカーボンシティの	・公共施設への太陽光発電設	市の事務事業に伴う温室効果ガス
					実現に向けた取組の推	備の導入（２施設）	排出量
					進	・家庭用蓄電池等の設置費補	現状：9,812t-CO2（令和４年度）
						助の拡充	目標：9,300t-CO2（令和６年度）
				２	ごみの減量と資源循環	・生ごみ減量処理機の購入費	市民１人１日当たりのごみ排出量
					の推進	補助	現状：601ｇ（令和５年度）
						・製品プラスチックの一括回	目標：590ｇ（令和６年度）
						収の開始（10月～）	総資源化率
							現状：40.8％（令和５年度）
							目標：42.0％（令和６年度）

				【取組スケジュール】
				取組項目	第１四半期	第２四半期	第３四半期	第４四半期
				生ごみ処理機の補助	要綱整備	受付開始	→	効果検証

				国立市　令和６年度部長マニフェスト　　－１－
				【問合せ】国立市　生活環境部　環境政策課
				"""))), null);

		assertThat(statement.organisation().code().value()).isEqualTo("132152");
		assertThat(statement.issues()).extracting(PolicyIssue::title)
			.containsExactly("ゼロカーボンシティの実現に向けた取組の推進", "ごみの減量と資源循環の推進");
		assertThat(statement.issues().get(0).actions()).containsExactly("公共施設への太陽光発電設備の導入（２施設）", "家庭用蓄電池等の設置費補助の拡充");
		assertThat(statement.issues().get(1).actions()).containsExactly("生ごみ減量処理機の購入費補助", "製品プラスチックの一括回収の開始（10月～）");
		assertThat(statement.statistics()).extracting(Statistic::indicator, Statistic::fiscalYear, statistic -> statistic.value().number())
			.containsExactly(tuple("市の事務事業に伴う温室効果ガス排出量", 2022, new BigDecimal("9812")),
					tuple("市民1人1日当たりのごみ排出量", 2023, new BigDecimal("601")), tuple("総資源化率", 2023, new BigDecimal("40.8")));
	}

	@Test
	void readsTheSmallPolicyWrittenInTheSeedsLayout() {
		PolicyStatement statement = read(SEED_LAYOUT, fixture(SEED_LAYOUT));

		assertThat(statement.organisation().code().value()).isEqualTo("401013");
		assertThat(statement.organisation().name()).isEqualTo("北九州市門司区");
		assertThat(statement.fiscalYear()).isEqualTo(FiscalYear.of(2024));
		assertThat(statement.title()).isEqualTo("令和6年度 局区X方針〈門司区〉");
		assertThat(statement.mission()).isEqualTo("門司区の歴史と港の景観を活かし、区民が誇りを持てるまちづくりを進める。\n"
				+ "区民に身近な区役所として、窓口サービスの向上と地域活動の支援に取り組む。");
		assertThat(statement.issues()).extracting(PolicyIssue::id, PolicyIssue::domain, PolicyIssue::number,
				PolicyIssue::title)
			.containsExactly(tuple("A(1)", "A", 1, "窓口の待ち時間の短縮"), tuple("A(2)", "A", 2, "自治会加入の促進"),
					tuple("B(1)", "B", 1, "門司港レトロ地区の賑わい創出"));
		PolicyIssue waiting = issue(statement, "A(1)");
		assertThat(waiting.content()).isEqualTo(
				"年度末や年度初めの繁忙期には窓口の待ち時間が長くなり、来庁者から改善を求める声がある。窓口の待ち時間は最大で90分に達する。");
		assertThat(waiting.background()).as("a sentence broken across a blank line is joined")
			.contains("来庁する時間帯が集中しやすい。")
			.startsWith("市民課の来庁者数は、令和4年度の58,210人に対し");
		assertThat(waiting.actions()).containsExactly("窓口予約制を導入し、来庁時間の分散を図る。", "ホームページで窓口の混雑状況を発信する。");
		assertThat(issue(statement, "A(2)").actions()).containsExactly("転入手続の窓口で自治会の案内を配布する",
				"加入手続のオンライン化を自治会と検討する");
		assertThat(issue(statement, "B(1)").actions()).containsExactly("地区内のイベントの日程を調整し、連携して発信する。",
				"観光案内所の案内を充実させる。");
		assertIsTheFixturesStatistics(statement);
		assertThat(warnings(statement)).singleElement().satisfies(finding -> {
			assertThat(finding.message()).startsWith("figure 90分 (窓口待ち時間) states no period");
			assertThat(finding.location()).isEqualTo("line 26");
		});
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { REORDERED, PROSE_LABELS })
	void readsTheSameStatementWhateverTheOrderOfItsPartsAndTheWordingOfItsLabels(String layout) {
		PolicyStatement expected = read(SEED_LAYOUT, fixture(SEED_LAYOUT));

		PolicyStatement statement = read(layout, fixture(layout));

		assertIsTheSameStatement(statement, expected);
	}

	@Test
	void readsTheSeedLayoutRenderedAsPdf() {
		List<String> lines = fixture(SEED_LAYOUT).lines().map(line -> line.replace('\t', ' ')).toList();
		Path pdf = TextPdf.of(lines).writeTo(this.directory.resolve("seed-layout.pdf"));

		SourceText text = this.loader.load(pdf);
		PolicyStatement statement = this.reader.read(text, null);

		assertThat(text.origin()).startsWith("PDF");
		assertIsTheSameStatement(statement, read(SEED_LAYOUT, fixture(SEED_LAYOUT)));
	}

	@Test
	void reportsAnIssueWithoutBackgroundAndKeepsItsOtherFields() {
		String text = replaceOnce(fixture(SEED_LAYOUT),
				"③ 課題の背景\n\n自治会加入率は年々低下している。\n\n自治会加入率 令和3年度 68.2% → 令和5年度 64.9%\n\n", "");

		PolicyStatement statement = read("noBackground.txt", text);

		PolicyIssue membership = issue(statement, "A(2)");
		assertThat(membership.background()).isNull();
		assertThat(membership.content()).isEqualTo("転入者の自治会加入が進まず、地域活動の担い手が減っている。");
		assertThat(membership.actions()).hasSize(2);
		assertThat(warnings(statement)).filteredOn(finding -> finding.message().contains("A(2)"))
			.singleElement()
			.satisfies(finding -> {
				assertThat(finding.message()).isEqualTo("issue A(2): ③ 課題の背景 is missing");
				assertThat(finding.location()).isEqualTo("line 40");
				assertThat(finding.value()).isEqualTo("課題A（2）");
			});
	}

	@Test
	void reportsAnIssueWithoutContentInProse() {
		String text = replaceOnce(fixture(PROSE_LABELS),
				"【課題の内容】\n門司港レトロ地区の観光客数は回復しつつあるが、平日の賑わいが戻っていない。\n", "");

		PolicyStatement statement = read("noContent.txt", text);

		assertThat(issue(statement, "B(1)").content()).isNull();
		assertThat(issue(statement, "B(1)").background()).startsWith("観光客数は次のとおり推移している。");
		assertThat(warnings(statement)).extracting(Finding::location, Finding::message)
			.contains(tuple("line 29", "issue B(1): ② 課題の内容 is missing"));
	}

	@Test
	void reportsHeadingsItCannotPlaceWithTheirLineAndText() {
		String text = replaceOnce(fixture(SEED_LAYOUT), "・加入手続のオンライン化を自治会と検討する\n",
				"・加入手続のオンライン化を自治会と検討する\n\n⑤ 期待される効果\n\n加入率の低下に歯止めをかける。\n")
				+ "\n3 今後の予定\n\n令和7年度に窓口予約制を本格実施する。\n";

		PolicyStatement statement = read("unknownHeadings.txt", text);

		assertThat(issue(statement, "A(2)").actions()).hasSize(2);
		assertThat(issue(statement, "B(1)").actions()).hasSize(2);
		assertThat(warnings(statement)).filteredOn(finding -> !finding.message().startsWith("figure"))
			.extracting(Finding::location, Finding::value)
			.containsExactly(tuple("line 61", "⑤ 期待される効果\n加入率の低下に歯止めをかける。"),
					tuple("line 87", "3 今後の予定\n令和7年度に窓口予約制を本格実施する。"));
		assertThat(warnings(statement)).extracting(Finding::message)
			.anySatisfy(message -> assertThat(message).startsWith("issue A(2): '⑤ 期待される効果' is not one of"))
			.anySatisfy(message -> assertThat(message).startsWith("heading not recognised"));
	}

	@Test
	void readsStatisticsStatedInASentence() {
		PolicyStatement statement = readOneIssue(
				"小倉行政サービスコーナーでの取扱件数は、令和元年度の34,712件に対し、令和5年度は15,644件と半減している。");

		assertThat(statement.statistics()).extracting(Statistic::indicator, Statistic::period, Statistic::fiscalYear,
				Statistic::issueId)
			.containsExactly(tuple("小倉行政サービスコーナー取扱件数", "令和元年度", 2019, "A(1)"),
					tuple("小倉行政サービスコーナー取扱件数", "令和5年度", 2023, "A(1)"));
		assertThat(statement.statistics()).extracting(statistic -> statistic.value().number())
			.containsExactly(new BigDecimal("34712"), new BigDecimal("15644"));
		assertThat(statement.statistics()).extracting(statistic -> statistic.value().unit()).containsOnly("件");
	}

	@Test
	void readsStatisticsStatedAsATrend() {
		PolicyStatement statement = readOneIssue("コンビニ交付率　令和3年度 9.6% → 令和5年度 24.4%");

		assertThat(statement.statistics()).extracting(Statistic::indicator, Statistic::period, Statistic::fiscalYear,
				statistic -> statistic.value().display())
			.containsExactly(tuple("コンビニ交付率", "令和3年度", 2021, "9.6 %"), tuple("コンビニ交付率", "令和5年度", 2023, "24.4 %"));
	}

	@Test
	void readsPeriodsInParenthesesAfterTheValuesAndKeepsCalendarPeriodsAsPrinted() {
		PolicyStatement statement = readOneIssue(
				"証明書のコンビニ交付件数は12,000件（令和4年度）から18,500件（令和5年度）に伸びた。窓口の来庁者数は１，２３４人（令和６年４月末）である。");

		assertThat(statement.statistics()).extracting(Statistic::indicator, Statistic::period, Statistic::fiscalYear,
				statistic -> statistic.value().display(), statistic -> statistic.value().raw())
			.containsExactly(tuple("証明書コンビニ交付件数", "令和4年度", 2022, "12000 件", "12,000件"),
					tuple("証明書コンビニ交付件数", "令和5年度", 2023, "18500 件", "18,500件"),
					tuple("窓口来庁者数", "令和６年４月末", null, "1234 人", "１，２３４人"));
	}

	@Test
	void reportsFiguresItCannotAttachToAnIndicatorOrPeriod() {
		PolicyStatement statement = readOneIssue("満席になるのは12人からである。窓口の待ち時間は平均25分である。"
				+ "来庁者数は令和5年度に前年度比5%増となった。");

		assertThat(statement.statistics()).isEmpty();
		assertThat(warnings(statement)).extracting(Finding::location, Finding::message)
			.containsExactly(tuple("line 21", "figure 12人 has no indicator (a phrase such as …率, …件数 or a topic before it) "
					+ "and states no period: not recorded as a statistic"),
					tuple("line 21", "figure 25分 (窓口待ち時間) states no period (年度, 年, 月): not recorded as a statistic"),
					tuple("line 21", "figure 5% states a change, not a level: not recorded as a statistic"));
	}

	@Test
	void resolvesAWardThroughTheCityTheTextNames() {
		String text = fixture(SEED_LAYOUT).replace("門司区", "中央区")
			.replace("区民に身近な区役所として", "札幌市の区役所として");

		PolicyStatement statement = read("sapporo.txt", text);

		assertThat(statement.organisation().code().value()).isEqualTo("011011");
		assertThat(statement.findings()).extracting(Finding::message)
			.contains("中央区 resolved to 札幌市中央区 (011011): the ward of the city the text names at line 14");
	}

	@Test
	void readsABureausStatementAsItsCitys() {
		String text = fixture(SEED_LAYOUT).replace("〈門司区〉", "〈総務市民局〉")
			.replace("門司区 X方針の概要", "総務市民局 X方針の概要")
			.replace("区民に身近な区役所として", "北九州市の局として");

		PolicyStatement statement = read("bureau.txt", text);

		assertThat(statement.organisation().code().value()).isEqualTo("401005");
		assertThat(statement.findings()).extracting(Finding::severity, Finding::message)
			.contains(tuple(Severity.INFO, "総務市民局 resolved to 北九州市 (401005): the city of the bureau 総務市民局, "
					+ "named at line 14 (the statement records no bureau)"));
	}

	@Test
	void reportsASummaryItemThatNoIssueHas() {
		String text = replaceOnce(fixture(SEED_LAYOUT), "<p>(2)自治会加入の促進</p>", "<p>(2)自治会活動の支援</p>");

		PolicyStatement statement = read("summaryMismatch.txt", text);

		assertThat(warnings(statement)).extracting(Finding::location, Finding::message)
			.contains(tuple("line 6", "the summary lists (2)自治会活動の支援, which no issue has as its title"));
	}

	@Test
	void rejectsAWardNameThatSeveralMunicipalitiesHaveWhenTheTextNamesNoCity() {
		String text = fixture(SEED_LAYOUT).replace("門司区", "中央区");

		assertThatExceptionOfType(RejectedDocumentException.class).isThrownBy(() -> read("chuo.txt", text))
			.satisfies(ex -> {
				assertThat(ex.getMessage()).contains("'中央区' matches several municipalities");
				assertThat(ex.location()).isEqualTo("line 8");
				assertThat(ex.value()).isEqualTo("令和6年度 局区X方針〈中央区〉");
			});
	}

	@Test
	void rejectsAnUnknownOrganisationWithTheText() {
		String text = fixture(SEED_LAYOUT).replace("門司区", "桜島区");

		assertThatExceptionOfType(RejectedDocumentException.class).isThrownBy(() -> read("sakurajima.txt", text))
			.satisfies(ex -> {
				assertThat(ex.getMessage()).contains("organisation '桜島区' is not in the municipality master")
					.contains("sakurajima.txt, line 8");
				assertThat(ex.value()).isEqualTo("令和6年度 局区X方針〈桜島区〉");
			});
	}

	@Test
	void rejectsAStatementWithoutAFiscalYearWhenNoneIsGiven() {
		String text = ONE_ISSUE.replace("{background}", "来庁者が多い。");

		assertThatExceptionOfType(RejectedDocumentException.class).isThrownBy(() -> read("noYear.txt", text))
			.withMessageContaining("no fiscal year")
			.withMessageContaining("none given with --fiscal-year");
	}

	@Test
	void usesTheFallbackFiscalYearWithAnInfoFindingWhenTheTextStatesNone() {
		String text = ONE_ISSUE.replace("{background}", "来庁者が多い。");

		PolicyStatement statement = this.reader.read(this.loader.load(write("noYear.txt", text)), FiscalYear.of(2025));

		assertThat(statement.fiscalYear()).isEqualTo(FiscalYear.of(2025));
		assertThat(statement.findings()).filteredOn(finding -> finding.message().contains("--fiscal-year"))
			.singleElement()
			.satisfies(finding -> assertThat(finding.severity()).isEqualTo(Severity.INFO));
		assertThat(warnings(statement)).isEmpty();
	}

	@Test
	void infersTheFiscalYearFromTheLatestFiguresWhenTheTitleStatesNone() {
		String text = fixture(SEED_LAYOUT).replace("令和6年度 局区X方針", "局区X方針");

		PolicyStatement statement = this.reader.read(this.loader.load(write("untitledYear.txt", text)), FiscalYear.of(2030));

		assertThat(statement.fiscalYear()).as("令和5年度 is the latest year with figures: the plan is for the next")
			.isEqualTo(FiscalYear.of(2024));
		assertThat(statement.findings()).filteredOn(finding -> finding.message().contains("inferred"))
			.singleElement()
			.satisfies(finding -> {
				assertThat(finding.severity()).isEqualTo(Severity.INFO);
				assertThat(finding.value()).isEqualTo("令和5年度");
			});
	}

	@Test
	void infersTheFiscalYearTheTextNamesMostOftenWhenNoFigureIsDated() {
		PolicyStatement statement = readOneIssue("令和7年度から予約制を導入し、令和7年度中に全窓口へ広げる。令和8年度には検証する。");

		assertThat(statement.fiscalYear()).isEqualTo(FiscalYear.of(2025));
		assertThat(statement.findings()).extracting(Finding::message)
			.anySatisfy(message -> assertThat(message).contains("FY2025 inferred as the 年度 the text names most often"));
	}

	@Test
	void rejectsATextWithNeitherMissionNorIssues() {
		assertThatExceptionOfType(RejectedDocumentException.class)
			.isThrownBy(() -> read("minutes.txt", "議事録\n\n令和6年度第1回会議\n\n出席者 10名\n"))
			.withMessageContaining("not a policy statement");
	}

	@Test
	void recognisesPolicyStatementsButNotOtherDocuments() {
		for (String layout : List.of(SEED_LAYOUT, REORDERED, PROSE_LABELS)) {
			assertThat(PolicyStatementReader.recognises(this.loader.load(write(layout, fixture(layout))))).as(layout).isTrue();
		}
		for (String pledge : List.of("tabbed-with-html.txt", "bulleted-lines.txt", "space-separated.txt")) {
			SourceText text = this.loader.load(write(pledge, resource("/pledge/" + pledge)));
			assertThat(PolicyStatementReader.recognises(text)).as(pledge).isFalse();
		}
	}

	static void assertIsTheFixturesStatistics(PolicyStatement statement) {
		assertThat(statement.statistics()).extracting(Statistic::issueId, Statistic::indicator, Statistic::period,
				Statistic::fiscalYear, statistic -> statistic.value().display())
			.containsExactlyInAnyOrder(tuple("A(1)", "市民課来庁者数", "令和4年度", 2022, "58210 人"),
					tuple("A(1)", "市民課来庁者数", "令和5年度", 2023, "61034 人"),
					tuple("A(1)", "番号案内利用率", "令和4年度", 2022, "35 %"),
					tuple("A(1)", "番号案内利用率", "令和5年度", 2023, "42.5 %"),
					tuple("A(2)", "自治会加入率", "令和3年度", 2021, "68.2 %"),
					tuple("A(2)", "自治会加入率", "令和5年度", 2023, "64.9 %"),
					tuple("B(1)", "門司港レトロ観光客数", "令和3年度", 2021, "1020000 人"),
					tuple("B(1)", "門司港レトロ観光客数", "令和4年度", 2022, "1450000 人"),
					tuple("B(1)", "門司港レトロ観光客数", "令和5年度", 2023, "1880000 人"));
	}

	/** Same facts; line breaks and the spaces between table cells are layout, not text. */
	private static void assertIsTheSameStatement(PolicyStatement statement, PolicyStatement expected) {
		assertThat(statement.organisation()).isEqualTo(expected.organisation());
		assertThat(statement.fiscalYear()).isEqualTo(expected.fiscalYear());
		assertThat(compact(statement.mission())).isEqualTo(compact(expected.mission()));
		assertThat(statement.issues()).extracting(PolicyStatementReaderTests::comparable)
			.containsExactlyInAnyOrderElementsOf(expected.issues().stream().map(PolicyStatementReaderTests::comparable).toList());
		assertIsTheFixturesStatistics(statement);
		assertThat(warnings(statement)).extracting(Finding::message)
			.containsExactlyElementsOf(warnings(expected).stream().map(Finding::message).toList());
	}

	private static PolicyIssue comparable(PolicyIssue issue) {
		return new PolicyIssue(issue.id(), issue.domain(), issue.number(), issue.title(), compact(issue.content()),
				compact(issue.background()), issue.actions());
	}

	private static String compact(String text) {
		return text == null ? null : text.replaceAll("\\s+", "");
	}

	static PolicyIssue issue(PolicyStatement statement, String id) {
		return statement.issues().stream().filter(issue -> issue.id().equals(id)).findFirst().orElseThrow();
	}

	static List<Finding> warnings(PolicyStatement statement) {
		return statement.findings().stream().filter(finding -> finding.severity() != Severity.INFO).toList();
	}

	@Test
	void aCoverThatSpreadsTheTitleOverLinesStillNamesTheOrganisation() {
		PolicyStatement statement = readModel("cover.txt", """

				令和6年度
				環境部 経営方針
				～ 脱炭素・循環型のまち はままつ をめざして ～

				2024.4
				浜松市 環境部

				環境部のミッション
				　市民とともに、脱炭素・循環型のまちを実現する。

				重点課題１　脱炭素の推進
				▶今年度の取組
				・太陽光発電設備の導入支援
				・公用車の電動化

				重点課題２　ごみの減量
				▶今年度の取組
				・食品ロスの削減啓発
				""");

		assertThat(statement.organisation().code().value()).isEqualTo("221309");
		assertThat(statement.fiscalYear()).isEqualTo(org.govreview.domain.fiscal.FiscalYear.of(2024));
	}

	@Test
	void readsFiguresDatedInACellOfTheirRowButNoneWhoseNoteGivesItsDate() {
		// 区分 | 数値 | 備考 with each row's date in its remark; a figure with a note's mark gives way to the note
		PolicyStatement statement = readModel("kita.txt", """
				令和６年度　中央区の取組方針
				札幌市中央区

				１　区の概況
				    区　分          数　値              備　考
				    人口            241,930人           令和５年10月１日現在（住民基本台帳）
				    面積            46.42㎢             令和５年10月１日現在

				２　重点取組
				重点取組１　地域で支え合うまちづくり
				（1）見守り活動の推進
				　　町内会や民生委員と連携した見守り活動を、区内全域に広げていき
				　ます。
				（2）子育てサロンの充実
				　　身近な場所で子育て中の親子が交流できる場を増やします。
				    指標名                          現状値（R5）     目標値（R6）
				    町内会加入率                    64.2％※１       65.0％
				    ※１　町内会加入率の現状値は、令和５年１月１日現在の値です。
				""");

		assertThat(statement.statistics()).extracting(Statistic::indicator, Statistic::fiscalYear,
				statistic -> statistic.value().number())
			.containsExactly(org.assertj.core.groups.Tuple.tuple("人口", 2023, new BigDecimal("241930")),
					org.assertj.core.groups.Tuple.tuple("面積", 2023, new BigDecimal("46.42")));
	}

	@Test
	void anIndicatorLineGivesItsCurrentFigureAndNeverItsTarget() {
		PolicyStatement statement = readModel("hamamatsu.txt", """
				令和６年度　こども家庭部の経営方針（組織目標）
				浜松市

				１　部の使命
				　こどもが健やかに育つまちをつくる。

				重点目標①　待機児童の解消
				　　指標：放課後児童会の待機児童数　　現状値 42人（R6.5.1）→ 目標値 0人（R7.5.1）
				　　指標：保育所等の定員数　　現状値 12,450人（R6.4.1）→ 目標値 12,800人（R7.4.1）
				重点目標②　居場所づくり
				　　指標：こども・若者の居場所の箇所数　現状値 27箇所（R6.3.31）→ 目標値 30箇所（R7.3.31）
				""");

		assertThat(statement.statistics()).extracting(Statistic::indicator, Statistic::fiscalYear,
				statistic -> statistic.value().number().intValue())
			.containsExactly(org.assertj.core.groups.Tuple.tuple("放課後児童会の待機児童数", 2024, 42),
					org.assertj.core.groups.Tuple.tuple("保育所等の定員数", 2024, 12450),
					org.assertj.core.groups.Tuple.tuple("こども・若者の居場所の箇所数", 2023, 27));
	}

	@Test
	void aFigureASentenceNamesInOtherWordsThanTheTableThatStatesItIsOneStatistic() {
		PolicyStatement statement = readModel("toyonaka.txt", """
				令和６年度　市民協働部　部局経営方針
				豊中市

				１　部局の使命
				　市民とともに地域の力を高める。

				２　現状
				　小学校区を単位とした地域自治組織の設立は着実に進んでおり、令和５年度末で１２団体となりました。

				重点取組①　地域自治の推進
				【指標】
				指標名\t単位\t令和４年度\t令和５年度
				\t\t実績\t実績
				地域自治組織の設立数（累計）\t団体\t10\t12
				""");

		assertThat(statement.statistics()).extracting(Statistic::indicator, Statistic::fiscalYear,
				statistic -> statistic.value().number().intValue())
			.containsExactly(org.assertj.core.groups.Tuple.tuple("地域自治組織の設立数(累計)", 2022, 10),
					org.assertj.core.groups.Tuple.tuple("地域自治組織の設立数(累計)", 2023, 12));
	}

	private PolicyStatement readOneIssue(String background) {
		return read("oneIssue.txt", ONE_ISSUE.replace("{background}", background));
	}

	@Test
	void aBoxDrawnFormGivesTheMissionRowTheFiguresAndEachNumberedGoalWithItsActions() {
		PolicyStatement statement = readModel("toyota-somu.txt", String.join("\n", "令和６年度 総務部 部の方針（組織目標）", "豊田市　総務部", "",
				"┌────────┬────────────────────────────────────┐",
				"│部の使命        │市民に信頼される市役所であり続けるため、行政運営の基盤を支える。          │",
				"├────────┼────────────────────────────────────┤",
				"│部の現状と課題  │（現状）                                                                  │",
				"│                │・職員数　4,126人（R6.4.1）                                               │",
				"│                │・年次休暇の平均取得日数　13.2日（R5）                                    │",
				"├────────┼────────────────────────────────────┤",
				"│重点目標①      │多様な人材が活躍し、働きがいを実感できる組織づくり                        │",
				"├────────┼────────────────────────────────────┤",
				"│具体的な取組    │・時間外勤務の事前命令を徹底し、所属長による適正な業務配分を促す。        │",
				"│                │・フレックスタイム制度の本格運用により、柔軟に働ける環境を整える。        │",
				"├────────┼────────────────────────────────────┤",
				"│重点目標②      │公正・透明で信頼される市政運営の確保                                      │",
				"├────────┼────────────────────────────────────┤",
				"│具体的な取組    │・全職員を対象とした法令遵守研修を実施する。                              │",
				"└────────┴────────────────────────────────────┘", ""));

		assertThat(statement.mission()).isEqualTo("市民に信頼される市役所であり続けるため、行政運営の基盤を支える。");
		assertThat(statement.issues()).extracting(PolicyIssue::title, PolicyIssue::actions).containsExactly(
				org.assertj.core.groups.Tuple.tuple("多様な人材が活躍し、働きがいを実感できる組織づくり",
						List.of("時間外勤務の事前命令を徹底し、所属長による適正な業務配分を促す。", "フレックスタイム制度の本格運用により、柔軟に働ける環境を整える。")),
				org.assertj.core.groups.Tuple.tuple("公正・透明で信頼される市政運営の確保", List.of("全職員を対象とした法令遵守研修を実施する。")));
		assertThat(statement.statistics()).extracting(Statistic::indicator, Statistic::fiscalYear).containsExactly(
				org.assertj.core.groups.Tuple.tuple("職員数", 2024), org.assertj.core.groups.Tuple.tuple("年次休暇の平均取得日数", 2023));
	}

	@Test
	void aScorecardSplitByPerspectivesReadsEachIndicatorsYearsAndTheGoalsLettered() {
		PolicyStatement statement = readModel("fujieda-bsc.txt", String.join("\n", "藤枝市", "令和６年度　健康福祉部　経営方針", "", "１　部の使命", "",
				"   市民が健やかに安心して暮らし続けられるまちづくりを推進する。", "", "２　スコアカード", "",
				"  視点／戦略目標        重要成功要因              業績評価指標（ＫＰＩ）          単位    Ｒ４実績   Ｒ５実績   Ｒ６目標",
				"  【市民の視点】",
				"  Ⅰ 健康寿命の延伸      特定健診の受診勧奨        特定健康診査受診率              ％        38.6       40.2       45.0",
				"  【財務の視点】",
				"  Ⅲ 医療・介護給付の    後発医薬品の普及          後発医薬品の使用割合            ％        81.3       83.0       85.0",
				"    適正化              重症化予防                糖尿病性腎症重症化予防プログラム",
				"                                                  の参加者数                      人          62         75         90", "",
				"３　アクションプラン", "", "  Ⅰ 健康寿命の延伸", "    ア　未受診者への個別通知による受診勧奨", "    イ　健康マイレージの対象メニュー拡大", "",
				"  Ⅲ 医療・介護給付の適正化", "    ア　後発医薬品差額通知の送付", ""));

		assertThat(statement.statistics()).extracting(Statistic::indicator, Statistic::fiscalYear)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("特定健康診査受診率", 2022), org.assertj.core.groups.Tuple.tuple("特定健康診査受診率", 2023),
					org.assertj.core.groups.Tuple.tuple("後発医薬品の使用割合", 2022), org.assertj.core.groups.Tuple.tuple("後発医薬品の使用割合", 2023),
					org.assertj.core.groups.Tuple.tuple("糖尿病性腎症重症化予防プログラムの参加者数", 2022),
					org.assertj.core.groups.Tuple.tuple("糖尿病性腎症重症化予防プログラムの参加者数", 2023));
	}

	@Test
	void aWordTableSavedByCatdocKeepsItsCellsLineBreaksAndItsRowsStayWhole() {
		// catdoc: a row a line, but a cell's line break breaks it, and the tab ending a row whose last cell is empty opens
		// the next line
		PolicyStatement statement = readModel("omihachiman.txt", String.join("\n", "令和６年度　近江八幡市教育委員会運営方針", "",
				"Ⅰ　教育委員会の使命",
				"　子どもから大人までが生涯にわたって学び、ふるさとの歴史と文化を次の世代に引き継ぐことのできる教育を進めます。", "",
				"Ⅱ　学校の状況", "区　分\t令和３年度\t令和４年度\t令和５年度\t備　考", "市立小学校数\t12校\t12校\t12校",
				"\t市立中学校数\t4校\t4校\t4校", "不登校児童生徒数", "（小・中学校計）\t168人\t201人\t236人\t年間30日以上の欠席者", "",
				"Ⅲ　令和６年度の重点施策", "No.\t重点施策\t主な取組\t担当課", "１\t確かな学力の育成と",
				"ＩＣＴを活用した学びの充実\t●全国学力・学習状況調査の結果分析に基づく授業改善", "●小学校高学年における教科担任制の拡充",
				"●外国語指導助手（ＡＬＴ）の全校配置による英語教育の充実\t学校教育課", "教育研究所",
				"２\t安全・安心で快適な学校環境の整備\t●避難所となる体育館への空調設備の設置", "●小中学校のトイレの洋式化\t教育総務課", ""));

		assertThat(statement.issues()).extracting(PolicyIssue::title, PolicyIssue::actions).containsExactly(
				tuple("確かな学力の育成とＩＣＴを活用した学びの充実", List.of("全国学力・学習状況調査の結果分析に基づく授業改善",
						"小学校高学年における教科担任制の拡充", "外国語指導助手（ＡＬＴ）の全校配置による英語教育の充実")),
				tuple("安全・安心で快適な学校環境の整備", List.of("避難所となる体育館への空調設備の設置", "小中学校のトイレの洋式化")));
		assertThat(statement.statistics()).extracting(Statistic::indicator, Statistic::fiscalYear, statistic -> statistic.value().number())
			.contains(tuple("市立中学校数", 2022, new java.math.BigDecimal("4")),
					tuple("不登校児童生徒数(小・中学校計)", 2023, new java.math.BigDecimal("236")));
	}

	private PolicyStatement readModel(String name, String text) {
		return this.reader.read(org.govreview.readers.document.DocumentModel.of(this.loader.load(write(name, text))), null);
	}

	@Test
	void aTablesFiguresDatedByANoteBelowAsOfEachFiscalYearsFirstDayIncludeTheStatementsOwnYear() {
		org.govreview.readers.recognition.DocumentRecognition.Recognition recognition = org.govreview.readers.recognition.DocumentRecognition
			.recognise(this.loader.load(write("kaizu.txt", """
				令和６年度　海津市消防本部運営方針

				１　消防本部の使命
				市民の生命と財産を災害から守り、安心して暮らせるまちをつくる。

				２　組織の概要
				区分\t単位\t令和５年度\t令和６年度
				消防職員数\t人\t88\t90
				消防車両数\t台\t31\t32
				※人数・台数は各年度４月１日現在

				３　重点目標と主な取組
				重点目標１　救急体制の充実
				・救命講習の拡充
				""")));

		assertThat(recognition.kind()).contains(org.govreview.domain.document.DocumentKind.POLICY_STATEMENT);
		PolicyStatement statement = this.reader.read(recognition.model(), null);

		assertThat(statement.statistics()).extracting(Statistic::indicator, Statistic::fiscalYear, statistic -> statistic.value().number())
			.contains(tuple("消防職員数", 2023, new BigDecimal("88")), tuple("消防職員数", 2024, new BigDecimal("90")),
					tuple("消防車両数", 2024, new BigDecimal("32")));
	}

	@Test
	void aFootnotesDigitAfterANameIsNoPartOfItAndAFigureNamedOnlyByWhenItWasIsNoStatistic() {
		org.govreview.readers.recognition.DocumentRecognition.Recognition recognition = org.govreview.readers.recognition.DocumentRecognition
			.recognise(this.loader.load(write("gero.txt", """
					令和６年度　下呂市上下水道部運営方針

					第１　部の使命
					安全な水を届け、使われた水をきれいにして川へ還します。

					第２　主要指標の推移
					区分\t単位\t令和４年度\t令和５年度
					有収率1\t％\t81.2\t82.0
					下水道普及率2\t％\t70.4\t71.1

					第３　課題
					　令和５年度の水道料金収入は812百万円と、５年前（平成30年度）の846百万円から減少しています。下水道事業の経費回収率3は令和５年度で88.5％です。

					第４　重点目標と主な取組
					重点目標１　安定給水の確保
					・老朽管の更新

					1 有収率：配水量に対する有収水量の割合
					2 下水道普及率：人口に対する処理区域内人口の割合
					3 経費回収率：汚水処理費に対する使用料の割合
					""")));

		assertThat(recognition.kind()).contains(org.govreview.domain.document.DocumentKind.POLICY_STATEMENT);
		PolicyStatement statement = this.reader.read(recognition.model(), null);
		assertThat(statement.statistics()).extracting(Statistic::indicator, Statistic::fiscalYear, statistic -> statistic.value().number())
			.contains(tuple("有収率", 2023, new BigDecimal("82.0")), tuple("下水道普及率", 2022, new BigDecimal("70.4")))
			.noneMatch(statistic -> statistic.toList().get(0).toString().matches(".*(?:年前|[0-9])$"));
	}

	private PolicyStatement read(String name, String text) {
		return this.reader.read(this.loader.load(write(name, text)), null);
	}

	private Path write(String name, String text) {
		try {
			return Files.writeString(this.directory.resolve(name), text, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String fixture(String name) {
		return resource("/policy/" + name);
	}

	private static String resource(String path) {
		try (InputStream in = PolicyStatementReaderTests.class.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("missing test resource " + path);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String replaceOnce(String text, String target, String replacement) {
		int at = text.indexOf(target);
		if (at < 0 || text.indexOf(target, at + 1) >= 0) {
			throw new IllegalArgumentException("not exactly once in the fixture: " + target);
		}
		return text.substring(0, at) + replacement + text.substring(at + target.length());
	}
}
