package org.govreview.readers.policy;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.govreview.domain.document.Finding;
import org.govreview.domain.fiscal.FiscalYear;
import org.govreview.readers.policy.FigureTokens.Period;
import org.govreview.readers.policy.StatementOutline.IndexedLine;
import org.govreview.readers.source.RejectedDocumentException;
import org.govreview.readers.text.FiscalYears;
import org.govreview.readers.text.SourceText;

/**
 * The fiscal year a statement is for, in this order: the 年度 its title or a heading states (令和6年度 局区運営方針);
 * else the year after the latest period its figures are stated for, since a plan cites the figures of the years that
 * have ended (令和5年度 → FY2024; a month, 令和6年4月 → the fiscal year it falls in, FY2024); else the 年度 its text
 * names most often, the latest on a tie; else the fallback. A 年度 outside {@link FiscalYears#isPlausible} (昭和19年度
 * in a history) is never the statement's year. Inferred and fallback years are reported as info.
 */
final class PlanYear {

	private PlanYear() {
	}

	static FiscalYear decide(SourceText text, List<IndexedLine> headings, List<Period> datedFigures,
			FiscalYear fallback, List<Finding> findings) {
		for (IndexedLine heading : headings) {
			NormalizedText line = new NormalizedText(heading.text());
			Optional<Period> stated = FigureTokens.periods(line, 0, line.normalized().length())
				.stream()
				.filter(Period::isFiscalYear)
				.filter(period -> FiscalYears.isPlausible(period.fiscalYear()))
				.findFirst();
			if (stated.isPresent()) {
				return FiscalYear.of(stated.get().fiscalYear());
			}
		}
		Optional<FiscalYear> latest = datedFigures.stream().map(Period::knownFrom).max(Comparator.naturalOrder());
		if (latest.isPresent()) {
			FiscalYear year = latest.get();
			String periods = String.join(", ", datedFigures.stream()
				.filter(period -> period.knownFrom().equals(year))
				.map(Period::printed)
				.distinct()
				.toList());
			findings.add(Finding.info("whole document", "no fiscal year stated in the title; " + year
					+ " inferred as the year the latest figures it cites are known in", periods));
			return year;
		}
		Optional<Map.Entry<Integer, Integer>> mostNamed = namedFiscalYears(text).entrySet()
			.stream()
			.max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()));
		if (mostNamed.isPresent()) {
			FiscalYear year = FiscalYear.of(mostNamed.get().getKey());
			findings.add(Finding.info("whole document", "no fiscal year stated in the title and no dated figure; " + year
					+ " inferred as the 年度 the text names most often (" + mostNamed.get().getValue() + " times)", null));
			return year;
		}
		if (fallback != null) {
			findings.add(Finding.info("whole document",
					"no fiscal year (…年度) stated in the text; using --fiscal-year " + fallback.year(), null));
			return fallback;
		}
		Path file = text.file();
		throw new RejectedDocumentException(file, "whole document",
				"no fiscal year (…年度) stated in the title or text and none given with --fiscal-year", null);
	}

	private static Map<Integer, Integer> namedFiscalYears(SourceText text) {
		Map<Integer, Integer> counts = new HashMap<>();
		for (String line : text.lines()) {
			NormalizedText normalized = new NormalizedText(line);
			for (Period period : FigureTokens.periods(normalized, 0, normalized.normalized().length())) {
				if (period.isFiscalYear() && FiscalYears.isPlausible(period.fiscalYear())) {
					counts.merge(period.fiscalYear(), 1, Integer::sum);
				}
			}
		}
		return counts;
	}
}
