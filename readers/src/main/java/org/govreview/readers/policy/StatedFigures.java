package org.govreview.readers.policy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.govreview.domain.document.Finding;
import org.govreview.domain.policy.Statistic;
import org.govreview.readers.policy.FigureTokens.Period;

/**
 * The statistics a statement states in its text, as (indicator, period, value) facts, however they are written:
 * in a sentence (取扱件数は、令和元年度の34,712件に対し、令和5年度は15,644件), in parentheses (コンビニ交付率は市全体で
 * 令和3年度：9.6%、令和4年度：15.2%), after the value (15,644件（令和5年度）), as a trend (令和3年度 9.6% → 令和5年度
 * 24.4%) or as a table whose heading row holds the periods (see {@link FigureSentence} and {@link FigureTable}).
 * <p>
 * A figure that has no indicator or no period, or that states a change (5%増), is not made a statistic but reported
 * as a warning with its line and sentence, so that nothing vanishes. One instance per document; not thread-safe.
 */
final class StatedFigures {

	private final List<Statistic> statistics = new ArrayList<>();

	private final Set<String> seen = new HashSet<>();

	private final List<Period> dated = new ArrayList<>();

	private final Set<String> scopes = new HashSet<>();

	private final List<Finding> findings;

	StatedFigures(List<Finding> findings) {
		this.findings = findings;
	}

	List<Statistic> statistics() {
		return List.copyOf(this.statistics);
	}

	/** The periods of every dated figure, whether or not it became a statistic: what the text knows about. */
	List<Period> datedFigures() {
		return List.copyOf(this.dated);
	}

	/** Reads the figures of a passage: its tables, then its paragraphs (or its items, for a list of actions). */
	void read(Passage passage, boolean asItems, String issueId) {
		Set<Integer> tableLines = FigureTable.read(passage, issueId, this);
		for (Passage.Paragraph paragraph : asItems ? passage.items() : passage.paragraphs()) {
			if (!tableLines.contains(paragraph.firstLine())) {
				read(paragraph, issueId);
			}
		}
	}

	private void read(Passage.Paragraph paragraph, String issueId) {
		NormalizedText text = new NormalizedText(paragraph.text());
		String normalized = text.normalized();
		int start = 0;
		for (int i = 0; i <= normalized.length(); i++) {
			if (i == normalized.length() || normalized.charAt(i) == '。') {
				if (i > start) {
					new FigureSentence(this, text, paragraph, start, i, issueId).read();
				}
				start = i + 1;
			}
		}
	}

	void statistic(Statistic statistic) {
		String key = statistic.indicator() + "|" + statistic.period() + "|" + statistic.value().display() + "|"
				+ statistic.issueId();
		if (this.seen.add(key)) {
			this.statistics.add(statistic);
		}
	}

	void datedFigure(Period period) {
		this.dated.add(period);
	}

	void finding(Finding finding) {
		this.findings.add(finding);
	}

	/** True the first time an indicator is seen stated for a scope (市全体), so that it is noted once. */
	boolean firstScope(String indicator, String scope) {
		return this.scopes.add(indicator + "|" + scope);
	}
}
