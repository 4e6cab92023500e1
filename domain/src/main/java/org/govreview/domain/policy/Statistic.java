package org.govreview.domain.policy;

import org.govreview.domain.indicator.IndicatorValue;

/**
 * A figure stated in running text: the indicator (コンビニ交付率), the period as printed (令和3年度) and as a fiscal
 * year when it is one (2021), and the typed value (9.6 %).
 */
public record Statistic(String indicator, String period, Integer fiscalYear, IndicatorValue value, String issueId) {
}
