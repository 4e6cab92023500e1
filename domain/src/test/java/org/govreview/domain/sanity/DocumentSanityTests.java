package org.govreview.domain.sanity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.govreview.domain.actionplan.AchievementCount;
import org.govreview.domain.actionplan.ActionPlan;
import org.govreview.domain.actionplan.Initiative;
import org.govreview.domain.actionplan.InterimTarget;
import org.govreview.domain.actionplan.PolicyDirection;
import org.govreview.domain.document.Finding;
import org.govreview.domain.fiscal.FiscalYear;
import org.govreview.domain.indicator.Indicator;
import org.govreview.domain.indicator.IndicatorValue;
import org.govreview.domain.inspection.InspectionReport;
import org.govreview.domain.inspection.InspectionVisit;
import org.govreview.domain.municipality.LocalGovernmentCode;
import org.govreview.domain.municipality.Municipality;
import org.govreview.domain.pledge.BasicPolicy;
import org.govreview.domain.pledge.Pledge;
import org.govreview.domain.pledge.PledgeReport;
import org.govreview.domain.policy.PolicyStatement;
import org.govreview.domain.policy.Statistic;
import org.govreview.domain.rating.IndicatorActual;
import org.govreview.domain.rating.RatingSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentSanityTests {

	private static final Municipality CITY = Municipality.of("012131", "苫小牧市");

	private static final Municipality NATORI = Municipality.of("042072", "名取市");

	/** 2026-12-01: next year is 2027. */
	private final DocumentSanity sanity = new DocumentSanity(
			Clock.fixed(Instant.parse("2026-12-01T03:00:00Z"), ZoneId.of("Asia/Tokyo")));

	@ParameterizedTest(name = "FY{0} is rejected")
	@ValueSource(ints = { 1868, 1988, 2028, 2099 })
	void rejectsAFiscalYearBeforeHeiseiOrAfterNextYear(int year) {
		assertThatThrownBy(() -> sanity.check(pledgeReport(FiscalYear.of(year), BigDecimal.TEN)))
			.isInstanceOf(ImplausibleDocumentException.class)
			.hasMessageStartingWith("fiscal year FY" + year)
			.hasMessageContaining(year < 1989 ? "before 平成 (FY1989)" : "after next year (2027)");
	}

	@ParameterizedTest(name = "FY{0} is kept")
	@ValueSource(ints = { 1989, 2023, 2027 })
	void keepsAFiscalYearFromHeiseiToNextYear(int year) {
		assertThat(sanity.check(pledgeReport(FiscalYear.of(year), BigDecimal.TEN)).fiscalYear().year()).isEqualTo(year);
	}

	@Test
	void leavesOutAPublishedPercentageOver100WithAFinding() {
		PledgeReport checked = sanity.check(pledgeReport(FiscalYear.of(2023), new BigDecimal("130")));
		assertThat(checked.pledges().get(0).publishedPercent()).isNull();
		assertThat(checked.basicPolicies().get(0).publishedPercent()).isEqualByComparingTo("60");
		assertThat(checked.publishedOverall()).isEqualByComparingTo("59.2");
		assertThat(checked.findings()).containsExactly(Finding.warning("pledge I-1",
				"published percentage outside the 0–100 scale: left out", "130%"));
	}

	@Test
	void keepsAPublishedPercentageOfExactly100() {
		PledgeReport checked = sanity.check(pledgeReport(FiscalYear.of(2023), new BigDecimal("100")));
		assertThat(checked.pledges().get(0).publishedPercent()).isEqualByComparingTo("100");
		assertThat(checked.findings()).isEmpty();
	}

	@ParameterizedTest(name = "visit on {0}: {1}")
	@CsvSource(delimiter = '|', value = {
			"1995-07-08 | visit date outside the report's fiscal year FY2025 (2025-04-01 – 2026-03-31): left out",
			"2026-04-01 | visit date outside the report's fiscal year FY2025 (2025-04-01 – 2026-03-31): left out",
			"2025-09-01 | visit date after the report's submission on 2025-08-19: left out" })
	void leavesOutAVisitDatedOutsideItsReport(LocalDate date, String message) {
		InspectionReport checked = sanity.check(inspection(LocalDate.of(2025, 8, 19), visit(2, date, 56_900L, 2_000L, "30.5")));
		assertThat(checked.visits().get(1).date()).isNull();
		assertThat(checked.visits().get(0).date()).isEqualTo(LocalDate.of(2025, 7, 8));
		assertThat(checked.findings()).containsExactly(Finding.warning("visit 2", message, date.toString()));
	}

	@Test
	void leavesOutAVisitDatedInTheFuture() {
		DocumentSanity early = new DocumentSanity(Clock.fixed(Instant.parse("2025-07-09T00:00:00Z"), ZoneId.of("UTC")));
		InspectionReport checked = early.check(inspection(null, visit(2, LocalDate.of(2025, 7, 20), 1L, 1L, "1")));
		assertThat(checked.visits().get(1).date()).isNull();
		assertThat(checked.findings()).extracting(Finding::message).containsExactly("visit date in the future: left out");
	}

	@Test
	void leavesOutAPopulationHouseholdsOrAreaOfZeroOrLess() {
		InspectionReport checked = sanity.check(inspection(LocalDate.of(2025, 8, 19),
				visit(2, LocalDate.of(2025, 7, 9), 0L, -5L, "0")));
		InspectionVisit visit = checked.visits().get(1);
		assertThat(visit.population()).isNull();
		assertThat(visit.households()).isNull();
		assertThat(visit.areaKm2()).isNull();
		assertThat(visit.date()).isEqualTo(LocalDate.of(2025, 7, 9));
		assertThat(checked.findings()).containsExactly(
				Finding.warning("visit 2", "population of zero or less: left out", "0"),
				Finding.warning("visit 2", "households of zero or less: left out", "-5"),
				Finding.warning("visit 2", "area of zero or less: left out", "0 km²"));
		assertThat(checked.visits().get(0).population()).isEqualTo(56_900L);
	}

	@Test
	void leavesOutAShareOver100ButKeepsAChangeOrAchievementRate() {
		PolicyStatement statement = new PolicyStatement(CITY, FiscalYear.of(2024), "局区方針", "使命", List.of(),
				List.of(statistic("コンビニ交付率", "130.5"), statistic("コンビニ交付率", "9.6"), statistic("達成率", "120"),
						statistic("前年度比増加率", "150"), statistic("交付件数", "150")),
				List.of());
		PolicyStatement checked = sanity.check(statement);
		assertThat(checked.statistics()).extracting(s -> s.value().display())
			.containsExactly("—", "9.6 %", "120 %", "150 %", "150 %");
		assertThat(checked.findings()).containsExactly(Finding.warning("statistic コンビニ交付率",
				"percentage outside the 0–100 scale of コンビニ交付率: left out", "130.5%"));
	}

	@Test
	void keepsADirectionsOwnIndicatorsInterimTargetsAndAchievementCounts() {
		Indicator own = new Indicator("社会増減数", 2023, IndicatorValue.number(new BigDecimal("-520"), "人", "▲520人"), 2029,
				IndicatorValue.number(BigDecimal.ZERO, "人", "±0人"));
		InterimTarget interim = new InterimTarget("電子申請率", 2025, percent("60"));
		ActionPlan plan = new ActionPlan(CITY, FiscalYear.of(2024), "実施計画", 2024, 2027, List.of(),
				List.of(new PolicyDirection("1", "方針", List.of(new Initiative("1-1", "取組", "", List.of("総務局"),
						List.of(new Indicator("電子申請率", 2022, percent("45"), 2027, percent("80"))), List.of(interim))),
						List.of(own))),
				List.of(), null, List.of(new AchievementCount("80％以上", 57)));

		ActionPlan checked = sanity.check(plan);

		assertThat(checked.directions().get(0).indicators()).containsExactly(own);
		assertThat(checked.initiatives().get(0).interimTargets()).containsExactly(interim);
		assertThat(checked.achievementCounts()).containsExactly(new AchievementCount("80％以上", 57));
	}

	@Test
	void checksTheSharesOfActionPlanIndicatorsAndRatingSheetActuals() {
		ActionPlan plan = new ActionPlan(CITY, FiscalYear.of(2024), "アクションプラン", 2024, 2027, List.of(),
				List.of(new PolicyDirection("1", "方針", List.of(new Initiative("1-1", "取組", "", List.of("総務局"),
						List.of(new Indicator("電子申請率", 2022, percent("45"), 2027, percent("180"))))))),
				List.of());
		ActionPlan checkedPlan = sanity.check(plan);
		Indicator indicator = checkedPlan.initiatives().get(0).indicators().get(0);
		assertThat(indicator.baseline().display()).isEqualTo("45 %");
		assertThat(indicator.target().kind()).isEqualTo(IndicatorValue.Kind.ABSENT);
		assertThat(checkedPlan.findings()).extracting(Finding::location).containsExactly("initiative 1-1 target");

		RatingSheet sheet = new RatingSheet(LocalGovernmentCode.of("012131"), FiscalYear.of(2024), "総務課", List.of(),
				List.of(new IndicatorActual("1-1", "電子申請率", 2024, percent("101"), "指標 row 5")), List.of());
		RatingSheet checkedSheet = sanity.check(sheet);
		assertThat(checkedSheet.actuals().get(0).value().kind()).isEqualTo(IndicatorValue.Kind.ABSENT);
		assertThat(checkedSheet.findings()).extracting(Finding::location).containsExactly("指標 row 5");
	}

	@Test
	void rejectsEveryKindWhoseFiscalYearIsImplausible() {
		RatingSheet sheet = new RatingSheet(LocalGovernmentCode.of("012131"), FiscalYear.of(1980), "総務課", List.of(),
				List.of());
		assertThatThrownBy(() -> sanity.check(sheet)).isInstanceOf(ImplausibleDocumentException.class);
		assertThatThrownBy(() -> sanity.check(inspectionOf(FiscalYear.of(2030))))
			.isInstanceOf(ImplausibleDocumentException.class);
	}

	private static PledgeReport pledgeReport(FiscalYear year, BigDecimal firstPledgePercent) {
		Pledge first = new Pledge("I-1", "公約", firstPledgePercent, List.of());
		Pledge second = new Pledge("I-2", "公約", new BigDecimal("55"), List.of());
		return new PledgeReport(CITY, year, List.of(new BasicPolicy("I", "基本政策", new BigDecimal("60"), List.of(first, second))),
				new BigDecimal("59.2"), List.of(), null);
	}

	private static InspectionReport inspection(LocalDate submitted, InspectionVisit second) {
		return new InspectionReport(CITY, FiscalYear.of(2025), submitted, "会派", "代表", "1", List.of("議員"),
				List.of(visit(1, LocalDate.of(2025, 7, 8), 56_900L, 24_000L, "30.5"), second), List.of());
	}

	private static InspectionReport inspectionOf(FiscalYear year) {
		return new InspectionReport(CITY, year, null, "会派", "代表", "1", List.of(), List.of(), List.of());
	}

	private static InspectionVisit visit(int sequence, LocalDate date, Long population, Long households, String area) {
		return new InspectionVisit(sequence, null, date, null, null, NATORI, population, households, new BigDecimal(area),
				null, "視察", "", "", List.of(), List.of(), List.of(), List.of());
	}

	private static Statistic statistic(String indicator, String value) {
		return new Statistic(indicator, "令和5年度", 2023, percent(value), "A(1)");
	}

	private static IndicatorValue percent(String value) {
		return IndicatorValue.number(new BigDecimal(value), "%", value + "%");
	}
}
