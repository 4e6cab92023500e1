package org.govreview.readers.policy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govreview.domain.indicator.IndicatorValue;
import org.govreview.domain.policy.Statistic;
import org.govreview.readers.policy.FigureTokens.Period;

/**
 * Figures in a table: a heading row of periods (指標 令和3年度 令和4年度 令和5年度), then rows of an indicator and one
 * value per period, cells separated by tabs or, once extraction has turned them into spaces, by spaces. A unit in
 * the indicator's parentheses (観光客数（万人）) applies to bare numbers; '—' is no figure.
 */
final class FigureTable {

	private static final Pattern UNIT_IN_NAME = Pattern.compile("^(.*?)\\s*[(（]([^()（）]{1,6})[)）]$");

	private FigureTable() {
	}

	/** Reads the tables of a passage into {@code sink}; returns the indexes of the lines they take. */
	static Set<Integer> read(Passage passage, String issueId, StatedFigures sink) {
		Set<Integer> read = new HashSet<>();
		for (int i = 0; i < passage.size(); i++) {
			List<Period> heading = headingPeriods(passage.line(i));
			if (heading.isEmpty()) {
				continue;
			}
			read.add(passage.lineIndex(i));
			while (i + 1 < passage.size() && row(passage.line(i + 1), heading, issueId, sink)) {
				i++;
				read.add(passage.lineIndex(i));
			}
		}
		return read;
	}

	private static boolean row(String line, List<Period> heading, String issueId, StatedFigures sink) {
		String[] cells = cells(line);
		int first = cells.length - heading.size();
		if (first < 1 || !Arrays.stream(cells, first, cells.length)
			.allMatch(cell -> FigureTokens.isCell(Headings.normalized(cell)))) {
			return false;
		}
		String name = String.join(" ", Arrays.copyOf(cells, first)).strip();
		String unit = null;
		Matcher unitInName = UNIT_IN_NAME.matcher(name);
		if (unitInName.matches()) {
			name = unitInName.group(1);
			unit = Headings.normalized(unitInName.group(2));
		}
		name = IndicatorPhrases.name(Headings.normalized(name));
		for (int k = 0; k < heading.size(); k++) {
			IndicatorValue value = FigureTokens.cell(cells[first + k], unit);
			if (value != null) {
				Period period = heading.get(k);
				sink.datedFigure(period);
				sink.statistic(new Statistic(name, period.printed(), period.fiscalYear(), value, issueId));
			}
		}
		return true;
	}

	/** The periods of a heading row: at most one label, then two or more periods and nothing else. */
	private static List<Period> headingPeriods(String line) {
		List<Period> periods = new ArrayList<>();
		int labels = 0;
		for (String cell : cells(line)) {
			NormalizedText text = new NormalizedText(cell.strip());
			if (FigureTokens.isWholePeriod(text)) {
				periods.add(FigureTokens.periods(text, 0, text.normalized().length()).get(0));
			}
			else if (periods.isEmpty() && !FigureTokens.isCell(text.normalized())) {
				labels++;
			}
			else {
				return List.of();
			}
		}
		return periods.size() >= 2 && labels <= 1 ? periods : List.of();
	}

	private static String[] cells(String line) {
		return line.strip().split(line.indexOf('\t') >= 0 ? "\t+" : "[\\s\u3000]+");
	}
}
