package org.govreview.writers.pack;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.govreview.domain.indicator.IndicatorValue;
import org.govreview.domain.pack.VisitRow;
import org.govreview.domain.policy.Statistic;

/**
 * The wording of the plan parts of both review packs (indicators, policy issues, statistics, visits), so the
 * workbook and the PDF say the same thing. A missing value is shown as nothing.
 */
final class PlanText {

	static final String MADE = "行った";

	static final String RECEIVED = "受けた";

	private PlanText() {
	}

	/** "総務局 行政部、財政局 財政課" */
	static String joined(List<String> items) {
		return String.join("、", items);
	}

	/** "30.8 %", "設置", "—"; empty when there is no value at all. */
	static String display(IndicatorValue value) {
		return value == null ? "" : PackText.orEmpty(value.display());
	}

	/** One action a line. */
	static String actions(List<String> actions) {
		return String.join("\n", actions);
	}

	static String direction(VisitRow visit) {
		return visit.made() ? MADE : RECEIVED;
	}

	/** "桜ヶ丘市 (999997)"; the name alone when the code is unknown. */
	static String place(String name, String code) {
		String shown = PackText.orEmpty(name);
		if (code == null || code.isBlank()) {
			return shown;
		}
		return shown.isEmpty() ? code : shown + " (" + code + ")";
	}

	static String date(LocalDate date) {
		return date == null ? "" : date.toString();
	}

	static String year(Integer year) {
		return year == null ? "" : year.toString();
	}

	/** "172,000"; empty when not stated. */
	static String count(Long count) {
		return count == null ? "" : NumberFormat.getIntegerInstance(Locale.ROOT).format(count);
	}

	/** The number of a numeric statistic; null for a word or an absent value. */
	static BigDecimal number(Statistic statistic) {
		IndicatorValue value = statistic.value();
		return value != null && value.isNumber() ? value.number() : null;
	}

	/** The number as stated: "9.6", "220000000"; empty for a word or an absent value. */
	static String numberText(Statistic statistic) {
		BigDecimal number = number(statistic);
		return number == null ? "" : PackText.plain(number);
	}

	/** The unit of a numeric statistic, else its word (or '—'). */
	static String unitOrWord(Statistic statistic) {
		IndicatorValue value = statistic.value();
		if (value == null) {
			return "";
		}
		return value.isNumber() ? PackText.orEmpty(value.unit()) : display(value);
	}

	/** An achievement rate with one decimal: "50.0"; empty when there is none. */
	static String rate(BigDecimal rate) {
		return rate == null ? "" : rate.setScale(1, RoundingMode.HALF_UP).toPlainString();
	}
}
