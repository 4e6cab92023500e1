package org.govreview.writers.pack;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.govreview.domain.document.Finding;
import org.govreview.domain.fiscal.FiscalYear;
import org.govreview.domain.indicator.IndicatorValue;
import org.govreview.domain.municipality.Municipality;
import org.govreview.domain.pack.MeasureDetail;
import org.govreview.domain.pack.MeasureDetail.ActivityDetail;
import org.govreview.domain.pack.MeasureDetail.DepartmentRating;
import org.govreview.domain.pack.IndicatorRow;
import org.govreview.domain.pack.ReviewPack;
import org.govreview.domain.pack.ReviewPack.SourceDocument;
import org.govreview.domain.pack.VisitRow;
import org.govreview.domain.policy.PolicyIssue;
import org.govreview.domain.policy.Statistic;
import org.govreview.domain.rollup.ReconciliationStatus;
import org.govreview.domain.rollup.RollupLevel;
import org.govreview.domain.rollup.RollupRow;

/** Test data: a review pack for 苫小牧市 FY2023 shaped like seed 004, with a disagreement and the usual trouble. */
final class ReviewPacks {

	static final String MUNICIPALITY = "苫小牧市";

	static final String BASIC_POLICY = "行革を進め、無駄のない効率的な都市機能をもつまち苫小牧 築きます！";

	static final String PLEDGE = "SDGsなど時代の変化を捉え、持続可能な行財政運営を行います";

	static final String DISAGREEING_PLEDGE = "あらゆる課題に対し、迅速に対応する柔軟な組織編成に取り組みます";

	static final String DISAGREEMENT_NOTE = "published 66 cannot follow from mean of I-2-1=★5, I-2-2=★6: gives 55, possible range 50–60";

	static final String FORMULA_TEXT = "=SUM(A1:A2)";

	static final String INDICATOR = "証明書のコンビニ交付の利用率";

	static final String MILESTONE_INDICATOR = "窓口DX推進拠点の設置";

	static final String ISSUE_TITLE = "行政手続のデジタル化の遅れ";

	static final String ISSUE_ACTION = "オンライン申請の対象手続を拡大します";

	static final String DESTINATION = "加賀市";

	static final String VISITING_COUNCIL = "小樽市";

	private ReviewPacks() {
	}

	static Builder aReviewPack() {
		return new Builder();
	}

	static RollupRow exact(RollupLevel level, String code, String name, String computed, String published,
			ReconciliationStatus status) {
		BigDecimal value = decimal(computed);
		return new RollupRow(level, code, name, value, true, value, value, decimal(published), value, status, null);
	}

	static RollupRow estimate(RollupLevel level, String code, String name, String computed, String low, String high,
			String published, ReconciliationStatus status, String note) {
		return new RollupRow(level, code, name, decimal(computed), false, decimal(low), decimal(high), decimal(published),
				decimal(published), status, note);
	}

	static MeasureDetail measure(String code, String title, Integer stars, String sheetRating,
			ActivityDetail... activities) {
		return new MeasureDetail(code, title, List.of("総合政策部 政策推進課", "財政部 財政課"), stars, decimal(sheetRating),
				List.of(activities));
	}

	static ActivityDetail activity(String code, String text, DepartmentRating... ratings) {
		return new ActivityDetail(code, text, List.of(ratings));
	}

	static IndicatorValue number(String number, String unit) {
		return IndicatorValue.number(new BigDecimal(number), unit, number + unit);
	}

	private static BigDecimal decimal(String value) {
		return value == null ? null : new BigDecimal(value);
	}

	static final class Builder {

		private List<RollupRow> rollup = new ArrayList<>(List.of(
				exact(RollupLevel.BASIC_POLICY, "I", BASIC_POLICY, "62", "62", ReconciliationStatus.MATCH),
				estimate(RollupLevel.PLEDGE, "I-1", PLEDGE, "75", "70", "80", "73", ReconciliationStatus.CONSISTENT, null),
				estimate(RollupLevel.MEASURE, "I-1-1", "持続可能な行財政運営の推進", "7", "6.5", "7.5", "7",
						ReconciliationStatus.CONSISTENT, null),
				estimate(RollupLevel.PLEDGE, "I-2", DISAGREEING_PLEDGE, "55", "50", "60", "66",
						ReconciliationStatus.DISAGREES, DISAGREEMENT_NOTE),
				exact(RollupLevel.OVERALL, "全体", "市長公約全体", "59.2", "59.2", ReconciliationStatus.MATCH)));

		private List<MeasureDetail> measures = new ArrayList<>(List.of(
				measure("I-1-1", "持続可能な行財政運営の推進", 7, "7.25",
						activity("I-1-1-1", "行政改革プランに基づく事務事業の見直しを実施しました。",
								new DepartmentRating("政策推進課", 8, "計画どおり"), new DepartmentRating("財政課", 7, "")),
						activity("I-1-1-2", FORMULA_TEXT, new DepartmentRating("財政課", 6, "+5% 改善"))),
				measure("I-2-1", "柔軟な組織編成", null, null)));

		private List<SourceDocument> sources = new ArrayList<>(List.of(
				new SourceDocument("pledge-report", "seeds/004_33cdc2aa51bc4c42.txt",
						"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"),
				new SourceDocument("rating-sheet", "sheets/財政課_2023.xlsx",
						"60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752")));

		private final List<IndicatorRow> indicators = new ArrayList<>();

		private final List<PolicyIssue> issues = new ArrayList<>();

		private final List<Statistic> statistics = new ArrayList<>();

		private final List<VisitRow> visits = new ArrayList<>();

		private final List<Finding> findings = new ArrayList<>(
				List.of(Finding.info("page 3, line 12", "OCR: 苦小牧 read as 苫小牧", "苦小牧"),
						Finding.warning("sheet 財政課, row 7", "rating outside 1–10", "@11"),
						Finding.error("sheet 財政課, row 9", "not a number", "-")));

		private Builder() {
		}

		Builder withFinding(Finding finding) {
			findings.add(finding);
			return this;
		}

		Builder withoutDisagreements() {
			rollup.removeIf(row -> row.status() == ReconciliationStatus.DISAGREES);
			return this;
		}

		/** Replaces the measures with {@code count} measures of two activities each, every text unique. */
		Builder withMeasures(int count) {
			measures = new ArrayList<>();
			for (int m = 1; m <= count; m++) {
				String code = "M-" + m;
				measures.add(measure(code, "施策" + m + " 市民サービスの向上と行政のデジタル化", m % 10 + 1, "6.5",
						activity(code + "-1", activityText(m, 1), new DepartmentRating("情報推進課", 7, "概ね順調")),
						activity(code + "-2", activityText(m, 2), new DepartmentRating("市民課", 6, "課題あり"))));
			}
			return this;
		}

		/**
		 * A pack of a municipality without a pledge report: no roll-up, no measures, no findings; its only source is an
		 * inspection report.
		 */
		Builder withoutPledgeReport() {
			rollup = new ArrayList<>();
			measures = new ArrayList<>();
			findings.clear();
			sources = new ArrayList<>(List.of(new SourceDocument("inspection-report", "inspections/視察報告_2023.pdf",
					"2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae")));
			return this;
		}

		/** A roll-up whose last row is not the overall one, and that has none. */
		Builder withoutOverall() {
			rollup.removeIf(row -> row.level() == RollupLevel.OVERALL);
			return this;
		}

		/**
		 * Two indicators of one initiative: {@link #INDICATOR}, numeric, baseline 12.5 % (2022), target 30 % (2027),
		 * actual 19.5 % (2024); and {@link #MILESTONE_INDICATOR}, baseline absent, target 設置, actual 検討 (2024).
		 */
		Builder withIndicators() {
			List<String> departments = List.of("総務局 行政部", "市民局 戸籍住民課");
			indicators.add(new IndicatorRow("1-II-2-①", "窓口手続のオンライン化", INDICATOR, departments, 2022,
					number("12.5", "%"), 2027, number("30", "%"), 2024, number("19.5", "%")));
			indicators.add(new IndicatorRow("1-II-2-①", "窓口手続のオンライン化", MILESTONE_INDICATOR, departments, 2022,
					IndicatorValue.absent("—"), 2027, IndicatorValue.milestone("設置", "設置"), 2024,
					IndicatorValue.milestone("検討", "検討中")));
			return this;
		}

		/** Issue A(1) with two actions, one looking like a formula, and three statistics: 9.6 %, 2億2千万枚 and 推進. */
		Builder withIssuesAndStatistics() {
			issues.add(new PolicyIssue("A(1)", "A", 1, ISSUE_TITLE, "来庁しなければできない手続が多く残っています。",
					"人口減少により窓口職員の確保が難しくなっています。", List.of(ISSUE_ACTION, FORMULA_TEXT)));
			statistics.add(new Statistic("コンビニ交付率", "令和3年度", 2021, number("9.6", "%"), "A(1)"));
			statistics.add(new Statistic("マイナンバーカード交付枚数", "令和5年3月末", null,
					IndicatorValue.number(new BigDecimal("220000000"), "枚", "2億2千万枚"), "A(1)"));
			statistics.add(new Statistic("窓口DX", "令和5年度", 2023, IndicatorValue.milestone("推進", "推進"), null));
			return this;
		}

		/** A visit the council made to {@link #DESTINATION}, then one it received from {@link #VISITING_COUNCIL}. */
		Builder withVisits() {
			visits.add(new VisitRow(true, "012131", MUNICIPALITY, "市民クラブ", LocalDate.of(2023, 7, 12), "172065",
					DESTINATION, "スマートシティの取組について", 63_000L, LocalDate.of(2023, 6, 1), List.of("山田太郎", "佐藤花子")));
			visits.add(new VisitRow(false, "012033", VISITING_COUNCIL, "新風会", LocalDate.of(2023, 10, 3), "012131",
					MUNICIPALITY, "港湾物流の現状と課題", null, null, List.of("鈴木一郎")));
			return this;
		}

		Builder withActivityText(String text) {
			measures.add(measure("X-1", "追加の施策", 5, "5.00", activity("X-1-1", text)));
			return this;
		}

		ReviewPack build() {
			return new ReviewPack(Municipality.of("012131", MUNICIPALITY), FiscalYear.of(2023), "苫小牧市 市長公約 10段階",
					rollup, measures, sources, findings, Instant.parse("2024-05-10T00:30:00Z"), indicators, issues,
					statistics, visits);
		}

		static String activityText(int measure, int activity) {
			return "取組事業" + measure + "の" + activity + "：窓口手続のオンライン化を進め、申請件数と処理時間を毎月公表しています（第"
					+ measure + "号" + activity + "）。";
		}
	}
}
