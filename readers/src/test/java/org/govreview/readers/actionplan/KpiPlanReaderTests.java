package org.govreview.readers.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.govreview.domain.actionplan.AchievementCount;
import org.govreview.domain.actionplan.ActionPlan;
import org.govreview.domain.actionplan.Initiative;
import org.govreview.domain.document.Finding;
import org.govreview.domain.actionplan.InterimTarget;
import org.govreview.domain.actionplan.PolicyDirection;
import org.govreview.domain.fiscal.FiscalYear;
import org.govreview.domain.indicator.Indicator;
import org.govreview.domain.indicator.IndicatorValue;
import org.govreview.readers.document.DocumentModel;
import org.govreview.readers.municipality.MunicipalityMaster;
import org.govreview.readers.recognition.KindAssessment;
import org.govreview.readers.text.SourceTextLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * KPI plans in layouts other than the seed's, read from the document model by vocabulary: separate 現状値/目標値
 * columns with years in the cells, a combined 基準値→目標値 cell, a year-by-year series with a 単位 column,
 * label fields per indicator, and an achievement summary by band. Each plan is a few lines of our own.
 */
class KpiPlanReaderTests {

	private final ActionPlanReader reader = new ActionPlanReader(MunicipalityMaster.builtIn());

	private final SourceTextLoader loader = new SourceTextLoader();

	@TempDir
	Path directory;

	@Test
	void readsSeparateColumnsWithYearsInTheCellsAndAnAchievementSummary() {
		ActionPlan plan = read("""
				豊橋市総合計画 実施計画（令和6年度～令和8年度）
				前期計画の成果指標の評価
				達成度区分\t指標数
				80％以上\t57
				50％以上80％未満\t12
				政策1 安心して子どもを産み育てられるまち
				施策(1) 子育ての切れ目ない支援
				成果指標名\t現状値（年度）\t目標値（年度）\t担当課
				乳児家庭全戸訪問の実施率\t97.8%（R4）\t100%（R8）\tこども家庭課
				電子図書館の導入\t—\t導入（R7）\tこども家庭課
				""");

		assertThat(plan.fiscalYear()).isEqualTo(FiscalYear.of(2024));
		assertThat(plan.periodEnd()).isEqualTo(2026);
		assertThat(plan.achievementCounts()).containsExactly(new AchievementCount("80％以上", 57),
				new AchievementCount("50％以上80％未満", 12));
		PolicyDirection direction = plan.directions().get(0);
		assertThat(direction.title()).isEqualTo("安心して子どもを産み育てられるまち");
		Initiative initiative = direction.initiatives().get(0);
		assertThat(initiative.title()).isEqualTo("子育ての切れ目ない支援");
		assertThat(initiative.departments()).containsExactly("こども家庭課");
		Indicator rate = initiative.indicators().get(0);
		assertThat(rate.baselineYear()).isEqualTo(2022);
		assertThat(rate.baseline().number()).isEqualByComparingTo("97.8");
		assertThat(rate.targetYear()).isEqualTo(2026);
		Indicator library = initiative.indicators().get(1);
		assertThat(library.baseline().kind()).isEqualTo(IndicatorValue.Kind.ABSENT);
		assertThat(library.target().word()).isEqualTo("導入");
		assertThat(library.targetYear()).isEqualTo(2025);
	}

	@Test
	void readsAnIndicatorWhoseFiguresFollowItsNameEachAfterItsWordWithYearsFromTheNotes() {
		// 当初値 / 中間目標 / 最終目標 in one line; the years in ※ notes, one overridden in brackets; the result is no fact
		ActionPlan plan = read("""
				令和５年度実績　行政評価結果報告書（施策評価）
				第６次阿見町総合計画の進行管理（計画期間：平成29年度～令和８年度）
				※当初値は、特に記載のない限り平成27年度の値です。
				※中間目標は令和３年度、最終目標は令和８年度の目標値です。
				【基本目標１】健やかに安心して暮らせるまち
				◆施策１－１　子育て支援の充実
				担当課：子ども家庭課、保育課
				■目標指標
				①子育て支援センターの年間延べ利用者数：当初値８，９１２人、中間目標１万人、最終目標１万１千人（令和５年度実績９，６１０人／達成度Ｃ）
				②保育所等の待機児童数：当初値２３人（平成28年４月１日）、中間目標０人、最終目標０人（令和５年度実績０人／達成度Ａ）
				③町内事業所の従業者数：当初値１万７，２５０人（平成28年経済センサス）、中間目標１万８，０００人、最終目標１万８，５００人（令和３年経済センサス１万７，６００人）
				""");

		Initiative initiative = plan.directions().get(0).initiatives().get(0);
		assertThat(initiative.departments()).containsExactly("子ども家庭課", "保育課");
		assertThat(initiative.indicators()).extracting(Indicator::name, indicator -> indicator.baseline().number(),
				Indicator::baselineYear, indicator -> indicator.target().number(), Indicator::targetYear)
			.containsExactly(tuple("子育て支援センターの年間延べ利用者数", new BigDecimal("8912"), 2015, new BigDecimal("11000"), 2026),
					tuple("保育所等の待機児童数", new BigDecimal("23"), 2016, new BigDecimal("0"), 2026),
					tuple("町内事業所の従業者数", new BigDecimal("17250"), 2016, new BigDecimal("18500"), 2026));
		// a target on the way for a year the report has passed is still a target: its word says so
		assertThat(initiative.interimTargets()).extracting(InterimTarget::indicator, InterimTarget::year,
				target -> target.value().number())
			.containsExactly(tuple("子育て支援センターの年間延べ利用者数", 2021, new BigDecimal("10000")),
					tuple("保育所等の待機児童数", 2021, new BigDecimal("0")),
					tuple("町内事業所の従業者数", 2021, new BigDecimal("18000")));
	}

	@Test
	void readsALogicModelWhoseIndicatorsAreMarkedHeadingsOverTheirFigures() {
		// ◎ a KPI, ○ a reference figure with no target; a survey's calendar year; a gain printed with its sign
		ActionPlan plan = read("""
				第３期都城市まち・ひと・しごと創生総合戦略（2025年度～2029年度）
				基本目標Ⅰ　「稼ぐ力」を高め、安心して働ける都城をつくる
				最終アウトカム（数値目標）
				◎市内の従業者数
				基準値：68,412人（2021年経済センサス）
				目標値：70,000人（2028年）
				施策Ⅰ-１　農畜産業の生産性向上と担い手の確保
				所管：農政課、畜産課
				アウトプット
				◎新規就農者数
				基準値：31人（2023年度）
				目標値：40人（2029年度）
				➡
				中間アウトカム
				○農業産出額（推計）
				現状値：915億円（2022年）
				◎社会増減数（転入者数－転出者数）
				基準値：＋312人（2023年度）
				目標値：＋500人（2029年度）
				""");

		PolicyDirection direction = plan.directions().get(0);
		assertThat(direction.indicators()).extracting(Indicator::name, indicator -> indicator.baseline().number(),
				Indicator::baselineYear, indicator -> indicator.target().number(), Indicator::targetYear)
			.containsExactly(tuple("市内の従業者数", new BigDecimal("68412"), 2021, new BigDecimal("70000"), 2028));
		Initiative initiative = direction.initiatives().get(0);
		assertThat(initiative.code()).isEqualTo("Ⅰ-１");
		assertThat(initiative.title()).isEqualTo("農畜産業の生産性向上と担い手の確保");
		assertThat(initiative.departments()).containsExactly("農政課", "畜産課");
		assertThat(initiative.indicators()).extracting(Indicator::name, indicator -> indicator.baseline().number(),
				Indicator::baselineYear, Indicator::targetYear)
			.containsExactly(tuple("新規就農者数", new BigDecimal("31"), 2023, 2029),
					tuple("農業産出額（推計）", new BigDecimal("91500000000"), 2022, null),
					tuple("社会増減数（転入者数－転出者数）", new BigDecimal("312"), 2023, 2029));
		assertThat(initiative.indicators().get(2).target().number()).isEqualByComparingTo("500");
	}

	@Test
	void readsACombinedCellAndADirectionsOwnTarget() {
		ActionPlan plan = read("""
				上越市総合戦略（令和７年度～令和１１年度）
				基本目標Ⅱ 上越への新しい人の流れをつくる
				数値目標：社会増減数 ▲520人（R5）→ ±0人（R11）
				① 観光交流の推進
				KPI\t基準値→目標値\t担当部局
				観光入込客数\t562万人（R5）→ 650万人（R11）\t産業観光交流部
				遠隔相談窓口の設置\t—→ 設置（R9）\t総務管理部
				""");

		PolicyDirection direction = plan.directions().get(0);
		assertThat(direction.indicators()).extracting(Indicator::name, indicator -> indicator.baseline().number(),
				Indicator::baselineYear, indicator -> indicator.target().number(), Indicator::targetYear)
			.containsExactly(tuple("社会増減数", new BigDecimal("-520"), 2023, BigDecimal.ZERO, 2029));
		Initiative initiative = direction.initiatives().get(0);
		assertThat(initiative.departments()).containsExactly("産業観光交流部", "総務管理部");
		assertThat(initiative.indicators().get(0).target().number()).isEqualByComparingTo("6500000");
		assertThat(initiative.indicators().get(1).target().word()).isEqualTo("設置");
		assertThat(initiative.indicators().get(1).targetYear()).isEqualTo(2027);
	}

	@Test
	void readsAYearlySeriesScaledByItsUnitColumn() {
		ActionPlan plan = read("""
				松江市総合計画 実施計画（令和6年度～令和9年度）
				政策１ 観光のまち
				ア 松江城を核とした観光振興\t所管：観光振興部
				成果指標\t単位\t基準値(R4)\tR6\tR7\t目標(R9)
				観光入込客延べ数\t万人\t752\t800\t840\t920
				外国人宿泊者数\t人\t12,480\t30,000\t40,000\t60,000
				""");

		Initiative initiative = plan.directions().get(0).initiatives().get(0);
		assertThat(initiative.departments()).containsExactly("観光振興部");
		Indicator visitors = initiative.indicators().get(0);
		assertThat(visitors.baseline().number()).isEqualByComparingTo("7520000");
		assertThat(visitors.baseline().unit()).isEqualTo("人");
		assertThat(visitors.baselineYear()).isEqualTo(2022);
		assertThat(visitors.targetYear()).isEqualTo(2027);
		assertThat(initiative.interimTargets()).extracting(InterimTarget::indicator, InterimTarget::year,
				target -> target.value().number())
			.containsExactly(tuple("観光入込客延べ数", 2024, new BigDecimal("8000000")),
					tuple("観光入込客延べ数", 2025, new BigDecimal("8400000")), tuple("外国人宿泊者数", 2024, new BigDecimal("30000")),
					tuple("外国人宿泊者数", 2025, new BigDecimal("40000")));
	}

	@Test
	void readsAFiscalTargetTableAndAPlanPrintedOneCellPerLineWithItsScheduleAsNoTargets() {
		ActionPlan plan = read("""
				八戸市行財政改革大綱　実施計画（アクションプラン）
				計画期間　令和６年度～令和９年度

				Ⅱ　財政目標

				財政指標\t令和４年度決算\t令和９年度目標
				経常収支比率\t93.4％\t90.0％
				財政調整基金残高\t42億3,600万円\t50億円

				改革の柱１　市民サービスの質の向上とデジタル化の推進

				No.
				取組項目
				取組内容
				所管課
				指標
				現状値
				目標値
				（R9）
				年次計画
				R6
				R7
				R8
				R9
				1
				行政手続のオンライン化
				市民の利便性向上のため、申請件数の多い手続から
				順次オンライン化を進める。
				情報政策課
				オンライン化した手続数
				86手続（R4）
				250手続
				拡大
				拡大
				拡大
				拡大

				2
				「書かない窓口」の導入
				マイナンバーカード等の情報を活用し、申請書の
				記入が不要な窓口を本庁舎から導入する。
				市民課
				書かない窓口の対象手続数
				－
				40手続
				検討
				試行
				実施
				拡大
				""");

		List<Indicator> indicators = PlanIndicators.all(plan);
		assertThat(indicators).extracting(Indicator::name, Indicator::baselineYear, Indicator::targetYear)
			.containsExactly(tuple("経常収支比率", 2022, 2027), tuple("財政調整基金残高", 2022, 2027), tuple("オンライン化した手続数", 2022, 2027),
					tuple("書かない窓口の対象手続数", null, 2027));
		assertThat(indicators.get(1).baseline().number()).isEqualByComparingTo("4236000000");
		PolicyDirection reform = plan.directions().get(plan.directions().size() - 1);
		assertThat(reform.title()).isEqualTo("市民サービスの質の向上とデジタル化の推進");
		assertThat(reform.initiatives()).extracting(Initiative::title, Initiative::departments)
			.containsExactly(tuple("行政手続のオンライン化", List.of("情報政策課")), tuple("「書かない窓口」の導入", List.of("市民課")));
		assertThat(reform.initiatives()).allSatisfy(initiative -> assertThat(initiative.interimTargets()).isEmpty());
	}

	@Test
	void givesNoYearToAValueWhoseYearIsStatedNowhere() {
		ActionPlan plan = read("""
				盛岡市総合計画 実施計画（令和６年度～令和８年度）
				Ａ　安心して暮らせるまち
				1.　雪に強いまちづくり
				【担当部局】建設部 道路管理課
				【指標】除雪作業に対する市民満足度
				【基準値】41.5％（令和５年度）
				【目標値】50.0％
				【指標】除雪ボランティア団体数
				【基準値】24団体（令和４年度）
				【目標値】35団体（令和８年度）
				【指標】消雪設備の整備延長
				【基準値】12.4km（令和４年度）
				【目標値】15.0km（令和８年度）
				""");

		PolicyDirection direction = plan.directions().get(0);
		assertThat(direction.title()).isEqualTo("安心して暮らせるまち");
		List<Indicator> indicators = direction.initiatives().get(0).indicators();
		assertThat(indicators).extracting(Indicator::name, Indicator::baselineYear, Indicator::targetYear)
			.containsExactly(tuple("除雪作業に対する市民満足度", 2023, null), tuple("除雪ボランティア団体数", 2022, 2026),
					tuple("消雪設備の整備延長", 2022, 2026));
		assertThat(indicators.get(0).target()).as("a target is a figure for a year: without one it is a finding").isNull();
		assertThat(plan.findings()).extracting(Finding::message).contains("target without the year it is for: not kept");
	}

	@Test
	void takesEachRowsYearsFromItsOwnYearColumnsAndLeavesActualsOut() {
		ActionPlan plan = read("""
				鳥取市総合戦略 アクションプラン（2025年度～2029年度）
				基本目標1 しごとをつくる
				(1) 企業誘致の推進
				指標名\t基準値\t基準年度\t令和6年度実績\t目標値\t目標年度\t担当課
				誘致企業数\t12社\t2023年度\t14社\t30社\t2029年度\t企業立地課
				新規雇用者数\t240人\tR4\t260人\t600人\tR10\t企業立地課
				""");

		Initiative initiative = plan.directions().get(0).initiatives().get(0);
		assertThat(initiative.indicators()).extracting(Indicator::name, Indicator::baselineYear, Indicator::targetYear,
				indicator -> indicator.target().number())
			.containsExactly(tuple("誘致企業数", 2023, 2029, new BigDecimal("30")),
					tuple("新規雇用者数", 2022, 2028, new BigDecimal("600")));
		assertThat(initiative.interimTargets()).isEmpty();
	}

	@Test
	void readsIndicatorsListedAsBulletsWithArrows() {
		ActionPlan plan = read("""
				大分市総合計画 実施計画（令和7年度～令和9年度）
				政策1 にぎわいのあるまち
				(1) 中心市街地の活性化
				担当課：商工労政課
				・KPI：中心部の歩行者通行量 32,400人（R5）→ 36,000人（R9）
				・空き店舗への出店数 8件（R5）→ 20件（R9）
				""");

		assertThat(plan.directions().get(0).initiatives().get(0).indicators())
			.extracting(Indicator::name, Indicator::baselineYear, Indicator::targetYear)
			.containsExactly(tuple("中心部の歩行者通行量", 2023, 2027), tuple("空き店舗への出店数", 2023, 2027));
	}

	@Test
	void doesNotRecogniseABudgetSummaryWithoutIndicators() {
		DocumentModel model = model("""
				沼津市 令和7年度当初予算の概要
				柱1 子育て
				(1) 保育所整備事業
				担当：こども未来課
				事業費\t120,000千円
				""");

		KindAssessment assessment = ActionPlanRecognition.assess(model);

		assertThat(assessment.recognised()).isFalse();
		assertThat(assessment.missing()).anyMatch(missing -> missing.contains("no indicators with a target"));
	}

	@Test
	void aUnitWhereANameShouldBeIsNoIndicator() {
		ActionPlan plan = read("""
				坂出市まち・ひと・しごと創生総合戦略（令和７年度～令和11年度）
				基本目標１　しごとをつくる
				施策１　企業誘致
				指標名\t単位\t基準値（R5）\t目標値（R11）\t担当課
				新規雇用者数\t人\t45\t120\t産業振興課
				件\t3\t20\t産業振興課
				工業団地の分譲率\t％\t68.5\t100\t産業振興課
				""");

		assertThat(plan.directions().get(0).initiatives().get(0).indicators()).extracting(Indicator::name)
			.containsExactly("新規雇用者数", "工業団地の分譲率");
	}

	@Test
	void readsPerInitiativeSheetsOfLabelsAndValues() {
		ActionPlan plan = read("""
				第３次駒ヶ根市総合計画　実施計画（令和７年度～令和９年度）
				施策シート No.１
				政　　策\t１　安全・安心に暮らせるまち
				施 策 名\t１－１　消防・救急体制の充実
				所 管 課\t危機管理課
				成果指標
				\t◇ 救急隊の現場到着時間
				\t　　現状：８．６分（Ｒ５）／目標：８．０分（Ｒ９）
				\t◇ 住宅用火災警報器の設置率
				\t　　現状：８２．１％（Ｒ５）／目標：９０．０％（Ｒ９）
				主な事業\t・消防団装備更新事業
				""");

		PolicyDirection direction = plan.directions().get(0);
		assertThat(direction.title()).isEqualTo("安全・安心に暮らせるまち");
		Initiative initiative = direction.initiatives().get(0);
		assertThat(initiative.title()).isEqualTo("消防・救急体制の充実");
		assertThat(initiative.departments()).containsExactly("危機管理課");
		Indicator arrival = initiative.indicators().get(0);
		assertThat(arrival.name()).isEqualTo("救急隊の現場到着時間");
		assertThat(arrival.baseline().number()).isEqualByComparingTo("8.6");
		assertThat(arrival.baselineYear()).isEqualTo(2023);
		assertThat(arrival.target().number()).isEqualByComparingTo("8.0");
		assertThat(arrival.targetYear()).isEqualTo(2027);
	}

	@Test
	void aGoalColumnNamesTheDirectionOfEachIndicatorAndWrappedCellsJoinTheirRow() {
		ActionPlan plan = read("""
				第３期茅野市総合戦略（令和７年度～令和11年度）
				基本目標\t数値目標\t基準値\t目標値
				\t\t\t（R11）
				１ しごとをつくり、安心して働け\t市内事業所の従業者数\t21,480人\t22,000人
				るようにする\t\t（R3）
				\t新規創業件数（年間）\t18件\t25件
				\t\t（R5）
				""");

		PolicyDirection direction = plan.directions().get(0);
		assertThat(direction.title()).isEqualTo("しごとをつくり、安心して働けるようにする");
		assertThat(direction.indicators()).extracting(Indicator::name, Indicator::baselineYear, Indicator::targetYear)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("市内事業所の従業者数", 2021, 2029),
					org.assertj.core.groups.Tuple.tuple("新規創業件数（年間）", 2023, 2029));
	}

	@Test
	void readsValueFirstSentencesAndScalesBareFiguresByTheUnitCaption() {
		ActionPlan plan = read("""
				竹原市実施計画（令和６年度～令和８年度）
				■基本方針１　にぎわいをつくる
				◆施策１　観光の振興　　　　　　所管課：産業振興課
				【目指す成果】
				　○年間観光客数を 1,204千人（R5）から 1,300千人（R8）に増やします。
				観光の指標　　　　　　　　　　（単位：千人）
				指標\t現状（令和５年）\t目標（令和８年）
				宿泊者数\t212\t250
				""");

		Initiative initiative = plan.directions().get(0).initiatives().get(0);
		assertThat(initiative.indicators()).extracting(Indicator::name, indicator -> indicator.baseline().number().intValue(),
				Indicator::baselineYear, indicator -> indicator.target().number().intValue(), Indicator::targetYear)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("年間観光客数", 1_204_000, 2023, 1_300_000, 2026),
					org.assertj.core.groups.Tuple.tuple("宿泊者数", 212_000, 2023, 250_000, 2026));
	}

	@Test
	void readsPerProjectSheetsWithTheLastYearDoneAsBaselineAndYearlyTargets() {
		ActionPlan plan = read("""
				草津市実施計画（令和６年度～令和８年度）
				事業別調書

				草津市実施計画　事業別調書\t基本政策１
				No.\t1-01\t事業区分\t継続
				基本政策\t健やかに暮らせるまち
				事業名\t健康ポイント事業
				担当課\t健康福祉部　健康増進課
				事業概要\t健康づくりに取り組む市民にポイントを付与する。
				事業費（千円）\tR5\tR6\tR7\tR8
				\t12,000\t12,500\t12,500\t13,000
				指標\t単位\tR5実績\tR6\tR7\tR8目標
				アプリ登録者数\t人\t4,120\t5,000\t6,000\t7,000

				草津市実施計画　事業別調書\t基本政策１
				No.\t1-02\t事業区分\t新規
				基本政策\t健やかに暮らせるまち
				事業名\t１歳６か月児歯科健診事業
				担当課\t健康福祉部　健康増進課
				指標\t単位\tR5実績\tR6\tR7\tR8目標
				１歳６か月児歯科健診受診率\t％\t91.5\t93.0\t94.0\t95.0
				""");

		assertThat(plan.directions()).extracting(PolicyDirection::title).containsExactly("健やかに暮らせるまち");
		List<Initiative> initiatives = plan.directions().get(0).initiatives();
		assertThat(initiatives).extracting(Initiative::title, Initiative::departments).containsExactly(
				tuple("健康ポイント事業", List.of("健康福祉部 健康増進課")), tuple("１歳６か月児歯科健診事業", List.of("健康福祉部 健康増進課")));
		assertThat(initiatives.get(0).indicators()).extracting(Indicator::name, indicator -> indicator.baseline().number().intValue(),
				Indicator::baselineYear, indicator -> indicator.target().number().intValue(), Indicator::targetYear)
			.containsExactly(tuple("アプリ登録者数", 4_120, 2023, 7_000, 2026));
		assertThat(initiatives.get(0).interimTargets()).extracting(InterimTarget::year, target -> target.value().number().intValue())
			.containsExactly(tuple(2024, 5_000), tuple(2025, 6_000));
		assertThat(initiatives.get(1).indicators()).extracting(Indicator::name).containsExactly("１歳６か月児歯科健診受診率");
	}

	@Test
	void readsTargetsStatedInSentencesAndAProgressReportsOwnYear() {
		ActionPlan plan = read("""
				第２期鶴岡市総合戦略
				令和５年度 取組の進捗状況について

				本戦略（計画期間：令和２年度～令和６年度）の４年目の状況をまとめました。

				■基本目標Ⅰ　しごとをつくる

				〔数値目標〕
				　市内事業所の従業者数を令和６年度までに52,000人にします（基準値51,230人・令和元年度）。

				〔ＫＰＩの状況〕
				施策１　企業誘致（担当課：商工課）
				No.\tＫＰＩ\t基準値（R元）\t実績値（R5）\t目標値（R6）
				1\t新規立地件数（R2からの累計）\t－\t9件\t12件
				2\t創業支援件数\t30件\t41件\t200件（令和２～６年度の累計）

				■基本目標Ⅱ　子育ての希望をかなえる

				〔数値目標〕
				　年間の出生数について、令和６年に700人を確保することを目指します（基準値732人・令和元年）。
				""");

		assertThat(plan.fiscalYear()).isEqualTo(FiscalYear.of(2023));
		assertThat(plan.directions()).extracting(PolicyDirection::title).containsExactly("しごとをつくる", "子育ての希望をかなえる");
		assertThat(plan.directions().get(0).indicators()).extracting(Indicator::name, indicator -> indicator.baseline().number().intValue(),
				Indicator::baselineYear, indicator -> indicator.target().number().intValue(), Indicator::targetYear)
			.containsExactly(tuple("市内事業所の従業者数", 51_230, 2019, 52_000, 2024));
		assertThat(plan.directions().get(1).indicators()).extracting(Indicator::name, Indicator::baselineYear, Indicator::targetYear)
			.containsExactly(tuple("年間の出生数", 2019, 2024));
		List<Indicator> kpis = plan.directions().get(0).initiatives().get(0).indicators();
		assertThat(kpis).extracting(Indicator::name).containsExactly("新規立地件数（R2からの累計）", "創業支援件数");
		assertThat(kpis.get(1).target()).as("a sum over five years is for no one year: a finding, not a target").isNull();
		assertThat(kpis.get(1).baseline().number().intValue()).isEqualTo(30);
	}

	@Test
	void rowsUnderALaterHeadingKeepTheColumnsOfTheHeaderAboveAndATransitionSetApartInCells() {
		ActionPlan plan = read("""
				三次市総合戦略（令和７年度～令和11年度）

				基本目標１　しごとをつくる
				【数値目標】市内事業所の従業者数　　24,318人（Ｒ３）　→　24,500人（Ｒ８）

				No.\t施策\tＫＰＩ\t単位\t基準値\t\t目標値\t\t担当課
				\t\t\t\t年度\t数値\t年度\t数値
				1-1\t農業の担い手確保\t新規就農者数\t人\tR5\t6\tR11\t10\t農政課

				基本目標２　新しいひとの流れをつくる

				2-1\t移住・定住の促進\t移住相談窓口を通じた移住者数\t人\tR5\t87\tR11\t120\t地域振興課
				\t\t空き家バンク成約件数\t件\tR5\t41\tR11\t55
				""");

		assertThat(plan.directions().get(0).indicators()).extracting(Indicator::name, Indicator::baselineYear, Indicator::targetYear)
			.containsExactly(tuple("市内事業所の従業者数", 2021, 2026));
		assertThat(plan.directions().get(1).initiatives().get(0).indicators()).extracting(Indicator::name,
				indicator -> indicator.baseline().number().intValue(), Indicator::baselineYear,
				indicator -> indicator.target().number().intValue(), Indicator::targetYear)
			.containsExactly(tuple("移住相談窓口を通じた移住者数", 87, 2023, 120, 2029), tuple("空き家バンク成約件数", 41, 2023, 55, 2029));
	}

	@Test
	void aLegendGivesTheYearsOfColumnsWithoutOneAndARowOutOfItsColumnsIsLeftOut() {
		ActionPlan plan = read("""
				小山市前期基本計画（令和８年度～令和12年度）

				成果指標の見方
				・「現況値」は、原則として令和６年度の実績値です。
				・「目標値」は、計画の最終年度である令和12年度の数値です。

				政策１　安心して子どもを産み育てられるまち
				施策１－１　幼児教育・保育の充実
				主担当課　保育課
				指標名\t現況値\t目標値\t指標の説明
				保育所等利用待機児童数\t3人\t0人\t４月１日現在
				「子育てしやすいまち」と感じる\t保護者の割合\t58.4％\t70.0％
				放課後児童クラブの登録児童数\t2,318人\t2,600人\t５月１日現在
				""");

		List<Indicator> indicators = plan.directions().get(0).initiatives().get(0).indicators();
		assertThat(indicators).extracting(Indicator::name, Indicator::baselineYear, Indicator::targetYear)
			.containsExactly(tuple("保育所等利用待機児童数", 2024, 2030), tuple("放課後児童クラブの登録児童数", 2024, 2030));
	}

	@Test
	void readsProjectSheetsThatRepeatTheirPolicyAndMeasureOverEachSheet() {
		// ■政策 and ●施策 again over every sheet, like a running header, each naming its sheet's part; 担当部 over
		// 担当課: the section answers for the measure; a box drawn with characters holds the indicators
		ActionPlan plan = read("""
				郡山市実施計画（令和６年度～令和８年度）

				■政策１　活力あふれる産業と雇用を創出するまち
				　●施策１－１　地域産業の振興

				【事業シート No.1】
				事業名：企業立地促進事業
				担当部：産業観光部
				担当課：産業政策課

				成果指標
				┌──────────┬───┬───────┬───────┐
				│指標名              │単位  │現状値（R5）  │目標値（R8）  │
				├──────────┼───┼───────┼───────┤
				│企業立地件数（年間）│    件│             8│            10│
				└──────────┴───┴───────┴───────┘

				■政策１　活力あふれる産業と雇用を創出するまち
				　●施策１－１　地域産業の振興

				【事業シート No.2】
				事業名：創業支援事業
				担当部：産業観光部
				担当課：産業創出課

				成果指標
				┌──────────┬───┬───────┬───────┐
				│指標名              │単位  │現状値（R5）  │目標値（R8）  │
				├──────────┼───┼───────┼───────┤
				│創業者数（年間）    │    人│            42│            50│
				└──────────┴───┴───────┴───────┘

				■政策１　活力あふれる産業と雇用を創出するまち
				　●施策１－２　農業の振興

				【事業シート No.3】
				事業名：新規就農者支援事業
				担当部：保健所
				担当課：保健所健康振興課

				成果指標
				┌──────────┬───┬───────┬───────┐
				│指標名              │単位  │現状値（R5）  │目標値（R8）  │
				├──────────┼───┼───────┼───────┤
				│新規就農者数（年間）│    人│            21│            25│
				└──────────┴───┴───────┴───────┘
				""");

		assertThat(plan.directions()).singleElement().satisfies(direction -> {
			assertThat(direction.title()).isEqualTo("活力あふれる産業と雇用を創出するまち");
			assertThat(direction.initiatives()).extracting(Initiative::title).containsExactly("地域産業の振興", "農業の振興");
			assertThat(direction.initiatives().get(0).departments()).containsExactly("産業政策課", "産業創出課");
			assertThat(direction.initiatives().get(1).departments()).containsExactly("保健所健康振興課");
			assertThat(direction.initiatives().get(0).indicators()).extracting(Indicator::name, Indicator::baselineYear,
					Indicator::targetYear)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("企業立地件数（年間）", 2023, 2026),
						org.assertj.core.groups.Tuple.tuple("創業者数（年間）", 2023, 2026));
		});
	}

	@Test
	void anEffectReviewOfAStrategyReportsOnTheYearItsTitleNames() {
		ActionPlan plan = read("""
				第２期出雲市まち・ひと・しごと創生総合戦略
				令和５年度　効果検証報告書
				（計画期間：令和２年度～令和６年度）

				基本目標１　しごとをつくる
				施策\tKPI\t単位\t基準値（年度）\t目標値（R6）\t担当課
				(1)企業立地の推進\t誘致企業の立地件数\t件\t3（R1）\t15\t産業政策課
				\t新規雇用者数\t人\t86（R1）\t300\t産業政策課
				""");

		assertThat(plan.fiscalYear()).isEqualTo(FiscalYear.of(2023));
		assertThat(plan.periodStart()).isEqualTo(2020);
	}

	@Test
	void aReportsYearsBetweenBaselineAndTargetAreResultsAndItsDepartmentRowIsALabelAndItsValue() {
		ActionPlan plan = read("""
				第七次福井市総合計画
				令和５年度　施策評価結果
				（計画期間　令和２年度～令和６年度）

				政策１　危機に強く安全・安心に暮らせるまちをつくる

				  施策１　災害に強いまちをつくる
				      所管部・所管課      総務部　危機管理課

				      成果指標                              基準値（H30）      R3          R4          R5          目標値（R6）
				      防災士の資格取得者数                  412人              498人       541人       587人       600人
				      防災訓練を実施した組織の割合          58.2%              49.6%       61.3%       68.5%       75.0%
				""");

		assertThat(plan.fiscalYear()).isEqualTo(FiscalYear.of(2023));
		Initiative initiative = plan.directions().get(0).initiatives().get(0);
		assertThat(initiative.departments()).containsExactly("総務部 危機管理課");
		assertThat(initiative.indicators()).extracting(Indicator::name, Indicator::baselineYear, Indicator::targetYear)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("防災士の資格取得者数", 2018, 2024),
					org.assertj.core.groups.Tuple.tuple("防災訓練を実施した組織の割合", 2018, 2024));
		assertThat(initiative.interimTargets()).as("R3 to R5 are what the years gave, not targets").isEmpty();
	}

	@Test
	void readsAKpiTablePrintedOneCellPerLineWhoseGroupCellsBecameHeadings() {
		ActionPlan plan = read("""
				第２期宇都宮市まち・ひと・しごと創生総合戦略
				ＫＰＩ一覧
				（令和５年度版）
				（計画期間：令和２年度～令和６年度）

				２　ＫＰＩ一覧
				基本目標
				具体的施策
				ＫＰＩ
				基準値
				目標値（R6）
				所管課
				基本目標１　魅力ある雇用を創出し、安心して働けるまちをつくる
				(1) 企業立地・創業の促進
				産業団地への企業立地件数（累計）
				3件（R1）
				20件
				産業政策課
				創業支援事業計画に基づく支援による
				創業者数（累計）
				178人（R1）
				1,000人
				商工振興課
				(2) 農業の成長産業化の推進
				新規就農者数
				21人（R1）
				30人
				農業企画課・農林生産流通課
				""");

		assertThat(plan.fiscalYear()).isEqualTo(FiscalYear.of(2023));
		PolicyDirection direction = plan.directions().get(0);
		assertThat(direction.initiatives()).extracting(Initiative::title).containsExactly("企業立地・創業の促進", "農業の成長産業化の推進");
		assertThat(direction.initiatives().get(0).indicators())
			.extracting(Indicator::name, Indicator::baselineYear, indicator -> indicator.target().number(), Indicator::targetYear)
			.containsExactly(tuple("産業団地への企業立地件数（累計）", 2019, new java.math.BigDecimal("20"), 2024),
					tuple("創業支援事業計画に基づく支援による創業者数（累計）", 2019, new java.math.BigDecimal("1000"), 2024));
		assertThat(direction.initiatives().get(1).departments()).containsExactly("農業企画課", "農林生産流通課");
	}

	@Test
	void readsALandscapeTableFromPdftotextLayoutWhoseCellsWrapAtDifferentHeights() {
		// the legend at the right margin over the header; the directions' titles wrapped into the rows below; a note's
		// mark set apart after a name; a row whose target and mark sit on its second line; counts across a header of marks
		ActionPlan plan = read("""
				第２期米子市総合戦略　ＫＰＩの進捗状況（令和５年度実績）

				評価区分          ◎          ○          △          計
				指標数            2件        1件        1件        4件

				                                                          【評価】◎達成　○順調　△遅れ
				基本目標          施策                  成果指標                  基準値（年度）  目標値（R6）  R5実績      評価  担当課

				基本目標１        (1) 地域産業の活性    市内の新規雇用者数        210人           400人         380人       ○    商工振興
				雇用の場を        化と人材の確保        （累計）                  （H30）                                         課
				つくる
				                                        創業件数　※1             31件（R1）      60件          64件        ◎    商工振興課

				基本目標２        (2) 子育て世帯の      子育て支援センターの      12,400人                                        子育て支援課
				子育ての希望を    定住支援              利用者数（延べ）                          15,000人      13,100人    △
				かなえる
				                  (3) 移住の促進        移住相談件数（年間）      420件（R1）     600件         655件       ◎    地域振興課
				""");

		assertThat(plan.achievementCounts()).containsExactly(new AchievementCount("◎", 2), new AchievementCount("○", 1),
				new AchievementCount("△", 1));
		assertThat(plan.directions()).extracting(PolicyDirection::title).containsExactly("雇用の場をつくる", "子育ての希望をかなえる");
		PolicyDirection first = plan.directions().get(0);
		assertThat(first.initiatives()).extracting(Initiative::title).containsExactly("地域産業の活性化と人材の確保");
		assertThat(first.initiatives().get(0).departments()).containsExactly("商工振興課");
		assertThat(first.initiatives().get(0).indicators())
			.extracting(Indicator::name, Indicator::baselineYear, indicator -> indicator.target().number(), Indicator::targetYear)
			.containsExactly(tuple("市内の新規雇用者数（累計）", 2018, new java.math.BigDecimal("400"), 2024),
					tuple("創業件数", 2019, new java.math.BigDecimal("60"), 2024));
		PolicyDirection second = plan.directions().get(1);
		assertThat(second.initiatives()).extracting(Initiative::title).containsExactly("子育て世帯の定住支援", "移住の促進");
		Indicator users = second.initiatives().get(0).indicators().get(0);
		assertThat(users.name()).isEqualTo("子育て支援センターの利用者数（延べ）");
		assertThat(users.baseline().number()).isEqualByComparingTo("12400");
		assertThat(users.target().number()).isEqualByComparingTo("15000");
	}

	@Test
	void readsEvaluationSheetsWhoseIndicatorsAreCardsOfFields() {
		ActionPlan plan = read("""
				明石市総合計画 後期基本計画
				施策評価シート（令和５年度分）

				政策２　誰もが健康に暮らせるまち

				施策番号　２-１　　　施策名　健康づくりの推進
				主担当課　健康推進課
				関係課　国保年金課

				【成果指標】
				成果指標①　特定健康診査の受診率
				単位　％
				基　準　値　３８．２（令和４年度）
				中間目標値　４２．０（令和８年度）
				目　標　値　４５．０（令和１０年度）
				実　績　値　３９．０（令和５年度）

				成果指標②　運動習慣のある市民の割合
				単位　％
				基準値　31.5（令和４年度）
				目標値　40.0（令和１０年度）
				""");

		assertThat(plan.fiscalYear()).isEqualTo(FiscalYear.of(2023));
		Initiative initiative = plan.directions().get(0).initiatives().get(0);
		assertThat(initiative.title()).isEqualTo("健康づくりの推進");
		assertThat(initiative.departments()).containsExactly("健康推進課");
		Indicator rate = initiative.indicators().get(0);
		assertThat(rate.name()).isEqualTo("特定健康診査の受診率");
		assertThat(rate.baseline().unit()).isEqualTo("%");
		assertThat(rate.baselineYear()).isEqualTo(2022);
		assertThat(rate.target().number()).isEqualByComparingTo("45.0");
		assertThat(rate.targetYear()).isEqualTo(2028);
		assertThat(initiative.interimTargets()).extracting(InterimTarget::year).containsExactly(2026);
	}

	@Test
	void aSheetPerMeasureWithItsPolicyFieldAndIndicatorsAsColumnsOfPeriods() {
		ActionPlan plan = read(String.join("\n", "第五次長野市総合計画　後期基本計画", "施策評価シート（令和５年度）", "〔計画期間：令和４年度～令和８年度〕", "",
				"政策番号：２－１", "政策名：子どもを安心して産み育てられる環境の充実", "施策番号：２－１－１", "施策名：保育・幼児教育の充実",
				"主担当課：保育・幼稚園課", "関係課：子育て支援課", "", "１　成果指標の推移",
				"区分\t指標①　待機児童数（人）\t指標②　一時預かり事業の延べ利用者数（人）", "基準値（R2）\t3\t18,420", "R5実績\t0\t20,315",
				"目標値（R8）\t0\t22,000", ""));

		assertThat(plan.directions()).extracting(PolicyDirection::title).containsExactly("子どもを安心して産み育てられる環境の充実");
		Initiative initiative = plan.directions().get(0).initiatives().get(0);
		assertThat(initiative.title()).isEqualTo("保育・幼児教育の充実");
		assertThat(initiative.departments()).containsExactly("保育・幼稚園課");
		assertThat(initiative.indicators()).extracting(Indicator::name).containsExactly("待機児童数", "一時預かり事業の延べ利用者数");
		Indicator waiting = initiative.indicators().get(0);
		assertThat(waiting.baseline().unit()).isEqualTo("人");
		assertThat(waiting.baselineYear()).isEqualTo(2020);
		assertThat(waiting.targetYear()).isEqualTo(2026);
	}

	@Test
	void anIndicatorLineBehindADiamondGivesItsBaselineAndTargetWithoutTheirLabels() {
		ActionPlan plan = read(String.join("\n", "第2期 豊橋市まち・ひと・しごと創生総合戦略（令和2年度～令和6年度）", "", "基本目標１　しごとをつくる", "",
				"(1) 農業の振興と担い手の育成（担当：農業支援課、農業企画課）", "　新規就農者の確保・育成を図ります。",
				"　◆KPI：新規就農者数　基準値 25人（R1）→ 目標値 35人（R6）", "　◆KPI：担い手への農地集積率　現状 52.6％（H30年度）⇒ 目標 60.0％（令和6年度）", ""));

		Initiative initiative = plan.directions().get(0).initiatives().get(0);
		assertThat(initiative.indicators()).extracting(Indicator::name).containsExactly("新規就農者数", "担い手への農地集積率");
		assertThat(initiative.indicators().get(0).target().number()).isEqualByComparingTo("35");
		assertThat(initiative.indicators().get(1).baselineYear()).isEqualTo(2018);
		assertThat(initiative.indicators().get(1).target().number()).isEqualByComparingTo("60.0");
	}

	@Test
	void readsASpreadsheetSavedAsCsvWithQuotedCellsOverSeveralLinesAndYearsAsDatesOrSpans() {
		// a cell's line breaks kept inside quotes; the year column as a date the figure stands at (R6.3.31 is FY2023)
		// or as the span of years it sums (H27～R5 ends in FY2023); a bracket after a target with a figure of its own
		ActionPlan plan = read("""
				第2期静岡県森町総合戦略 KPI一覧,,,,,,,,
				計画期間：令和6年度～令和10年度,,,,,,,,
				,,,,,,,,
				No.,基本目標,施策,KPI,基準値,基準年度,目標値,目標年度,担当課
				1,"基本目標１
				しごとをつくる","(1) 企業誘致と
				創業の支援",新規立地企業数（累計）,12社,H27～R5,20社,R10,商工観光課
				2,,,創業支援による創業件数,8件,R5,"12件（中間目標R8：10件）",R10,商工観光課
				3,"基本目標２
				ひとの流れをつくる",(1) 移住の促進,移住相談件数,"1,204件",R6.3.31,"1,500件",R10,企画課
				,,,,,,,,
				""");

		assertThat(plan.periodEnd()).isEqualTo(2028);
		assertThat(plan.directions()).extracting(PolicyDirection::title).containsExactly("しごとをつくる",
				"ひとの流れをつくる");
		Initiative first = plan.directions().get(0).initiatives().get(0);
		assertThat(first.title()).isEqualTo("企業誘致と創業の支援");
		assertThat(first.departments()).containsExactly("商工観光課");
		assertThat(first.indicators()).extracting(Indicator::name, Indicator::baselineYear, Indicator::targetYear)
			.containsExactly(tuple("新規立地企業数（累計）", 2023, 2028), tuple("創業支援による創業件数", 2023, 2028));
		assertThat(first.indicators().get(0).baseline().number()).isEqualByComparingTo("12");
		assertThat(first.indicators().get(1).target().number()).isEqualByComparingTo("12");
		Indicator consultations = plan.directions().get(1).initiatives().get(0).indicators().get(0);
		assertThat(consultations.name()).isEqualTo("移住相談件数");
		assertThat(consultations.baseline().number()).isEqualByComparingTo("1204");
		assertThat(consultations.baselineYear()).isEqualTo(2023);
		assertThat(consultations.target().number()).isEqualByComparingTo("1500");
	}

	@Test
	void readsAPlanInProseWhoseChaptersAreItsDirectionsAndWhoseIndicatorsAreArrowLines() {
		// 第１章 chapters with 施策 under them; a line wrapped after its label; three figures in one chain; a bound after
		// a target (250件以下); a crop year (令和５年産); two departments joined by ・
		ActionPlan plan = read("""
				第２次弘前市総合計画　前期基本計画（令和７年度～令和11年度）
				第１章　安全・安心で災害に強いまち
				施策１－１　地域防災力の強化
				◇成果指標：交通事故発生件数（人身事故）　現状値（令和５年）312件　→　目標値（令和11年）250件以下
				◇成果指標：特定健康診査受診率　現状値（令和４年度）38.9％　→　中間目標値（令和９年度）50.0％
				　　　→　目標値（令和11年度）60.0％
				【担当】防災課・福祉総務課
				第２章　りんごと観光で活力あふれるまち
				施策２－１　りんご産業の振興
				◇成果指標：市民１人１日当たりのごみ排出量　現状値（令和５年度）
				　　　1,046ｇ　→　目標値（令和11年度）950ｇ
				◇成果指標：りんご生産量　現状値（令和５年産）146,300トン　→　目標値（令和11年産）160,000トン
				【担当】りんご課
				""");

		assertThat(plan.directions()).extracting(PolicyDirection::title).containsExactly("安全・安心で災害に強いまち",
				"りんごと観光で活力あふれるまち");
		Initiative safety = plan.directions().get(0).initiatives().get(0);
		assertThat(safety.departments()).containsExactly("防災課", "福祉総務課");
		assertThat(safety.indicators()).extracting(Indicator::name, indicator -> indicator.target().number().intValue(),
				indicator -> indicator.target().unit(), Indicator::targetYear)
			.containsExactly(tuple("交通事故発生件数（人身事故）", 250, "件", 2029), tuple("特定健康診査受診率", 60, "%", 2029));
		assertThat(safety.indicators().get(1).baselineYear()).isEqualTo(2022);
		assertThat(safety.interimTargets()).extracting(InterimTarget::year, target -> target.value().number().intValue())
			.containsExactly(tuple(2027, 50));
		Initiative apples = plan.directions().get(1).initiatives().get(0);
		assertThat(apples.indicators()).extracting(Indicator::name, Indicator::baselineYear, Indicator::targetYear)
			.containsExactly(tuple("市民１人１日当たりのごみ排出量", 2023, 2029), tuple("りんご生産量", 2023, 2029));
	}

	private ActionPlan read(String text) {
		DocumentModel model = model(text);
		assertThat(ActionPlanRecognition.assess(model).recognised()).isTrue();
		return reader.read(model, null);
	}

	private DocumentModel model(String text) {
		try {
			Path file = Files.writeString(directory.resolve("plan.txt"), text);
			return DocumentModel.of(loader.load(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
