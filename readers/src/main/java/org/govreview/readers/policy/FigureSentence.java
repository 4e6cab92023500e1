package org.govreview.readers.policy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govreview.domain.document.Finding;
import org.govreview.domain.policy.Statistic;
import org.govreview.readers.policy.FigureTokens.Period;
import org.govreview.readers.policy.FigureTokens.Value;
import org.govreview.readers.policy.IndicatorPhrases.Phrase;

/**
 * The figures of one sentence, each given a period and an indicator. A value takes the period written just before
 * it since the previous value, or alone in parentheses right after it (15,644件（令和5年度）), or the one the
 * previous value had, or the first after it (…約7割あった（令和6年4月実績）). Its indicator is the phrase before it
 * (inside an open parenthesis first), else the previous value's. A share in brackets after a count ([31.9%]) and a
 * rank (7区中第1位) are the count's.
 */
final class FigureSentence {

	private static final Pattern CHANGE_AFTER = Pattern
		.compile("^\\s*(?:の|も)?(?:増加|減少|増|減|上昇|低下|改善|悪化|アップ|ダウン)");

	private static final Pattern CHANGE_BEFORE = Pattern.compile("(?:前年度?比|前年度?から|前回比|比べて?|より)\\s*[+\\-±]?\\s*$");

	private static final Pattern OPENS = Pattern.compile("^\\s*[(\\[]\\s*$");

	private static final Pattern CLOSES = Pattern.compile("^\\s*[)\\]]");

	private static final Pattern RANK_OF = Pattern.compile("(\\d+)\\s?(\\S{1,4}?)中\\s*$");

	private final StatedFigures sink;

	private final NormalizedText text;

	private final String normalized;

	private final Passage.Paragraph paragraph;

	private final int from;

	private final int to;

	private final String issueId;

	private final List<Period> periods;

	private final List<Value> values;

	/** The text with periods and values blanked out, where indicator phrases are looked for. */
	private final String masked;

	private final Set<Period> consumed = new HashSet<>();

	private Value previous;

	private int anchor;

	private Period lastPeriod;

	private String indicator;

	private String baseIndicator;

	FigureSentence(StatedFigures sink, NormalizedText text, Passage.Paragraph paragraph, int from, int to, String issueId) {
		this.sink = sink;
		this.text = text;
		this.normalized = text.normalized();
		this.paragraph = paragraph;
		this.from = from;
		this.to = to;
		this.issueId = issueId;
		this.periods = FigureTokens.periods(text, from, to);
		List<int[]> spans = new ArrayList<>(this.periods.stream().map(p -> new int[] { p.start(), p.end() }).toList());
		this.values = FigureTokens.values(text, FigureTokens.mask(this.normalized, spans), from, to);
		this.values.forEach(v -> spans.add(new int[] { v.start(), v.end() }));
		this.masked = FigureTokens.mask(this.normalized, spans);
		this.anchor = from;
	}

	private record Attribution(Period period, String indicator) {
	}

	void read() {
		for (Value value : this.values) {
			if (CHANGE_AFTER.matcher(this.normalized.substring(value.end(), this.to)).find()
					|| CHANGE_BEFORE.matcher(this.normalized.substring(this.anchor, value.start())).find()) {
				warn(value, "figure " + value.value().raw() + " states a change, not a level: not recorded as a statistic");
				advance(value, value.end(), null, this.indicator);
				continue;
			}
			Period post = periodInParenthesesAfter(value);
			Attribution attribution;
			if (this.previous != null && this.indicator != null && isShareOfPrevious(value)) {
				attribution = new Attribution(this.lastPeriod, this.baseIndicator + "（割合）");
			}
			else if (value.rank() && this.baseIndicator != null) {
				Matcher of = RANK_OF.matcher(this.normalized.substring(this.anchor, value.start()));
				String among = of.find() ? of.group(1) + of.group(2) + "中" : "";
				Period period = post != null ? post : this.lastPeriod;
				attribution = new Attribution(period, this.baseIndicator + "（" + among + "順位）");
			}
			else {
				attribution = ownAttribution(value, post);
			}
			record(value, attribution);
			advance(value, post == null ? value.end() : closingAfter(post), attribution.period(), attribution.indicator());
		}
	}

	private Attribution ownAttribution(Value value, Period post) {
		Period fresh = null;
		int groupStart = value.start();
		for (Period period : this.periods) {
			if (period.start() >= this.anchor && period.end() <= value.start() && !this.consumed.contains(period)) {
				groupStart = fresh == null ? period.start() : groupStart;
				fresh = period;
			}
		}
		Period period = post != null ? post : fresh;
		if (period == null) {
			period = this.lastPeriod != null ? this.lastPeriod : laterPeriod(value);
		}
		Optional<Phrase> phrase = indicatorBefore(groupStart, value.start());
		if (phrase.isEmpty()) {
			return new Attribution(period, this.indicator);
		}
		noteScope(phrase.get(), groupStart, value);
		this.baseIndicator = phrase.get().name();
		return new Attribution(period, phrase.get().name());
	}

	private void record(Value value, Attribution attribution) {
		Period period = attribution.period();
		if (period != null) {
			this.sink.datedFigure(period);
			this.consumed.add(period);
		}
		String raw = value.value().raw();
		if (attribution.indicator() != null && IndicatorPhrases.pointsElsewhere(attribution.indicator())) {
			// 市が管理する橋りょう262橋, その約６割: the sentence's subject points elsewhere, no indicator
			warn(value, "figure " + raw + " has no indicator of its own (" + attribution.indicator() + "): not recorded as a statistic");
		}
		else if (attribution.indicator() == null) {
			warn(value, "figure " + raw + (period == null ? "" : " (" + period.printed() + ")")
					+ " has no indicator (a phrase such as …率, …件数 or a topic before it)"
					+ (period == null ? " and states no period" : "") + ": not recorded as a statistic");
		}
		else if (period == null) {
			warn(value, "figure " + raw + " (" + attribution.indicator()
					+ ") states no period (年度, 年, 月): not recorded as a statistic");
		}
		else {
			this.sink.statistic(new Statistic(attribution.indicator(), period.printed(), period.fiscalYear(), value.value(),
					this.issueId));
		}
	}

	private void advance(Value value, int end, Period period, String indicator) {
		this.indicator = indicator;
		this.lastPeriod = period == null ? this.lastPeriod : period;
		this.previous = value;
		this.anchor = end;
	}

	/** The indicator phrase between the previous figure and this one's period: inside an open parenthesis first. */
	private Optional<Phrase> indicatorBefore(int groupStart, int valueStart) {
		int open = openParenthesis(valueStart);
		if (open < 0) {
			return IndicatorPhrases.find(this.masked, this.anchor, groupStart);
		}
		// 令和４年度（不登校児童数１０１人、…）: a period before the parenthesis, the figure's name inside it
		int insideEnd = groupStart > open ? groupStart : valueStart;
		Optional<Phrase> inside = IndicatorPhrases.find(this.masked, open + 1, insideEnd);
		if (inside.isPresent() || IndicatorPhrases.anyPhrase(this.masked, open + 1, insideEnd).isPresent()) {
			return inside;
		}
		return IndicatorPhrases.find(this.masked, this.anchor, open);
	}

	private int openParenthesis(int valueStart) {
		int depth = 0;
		for (int i = valueStart - 1; i >= this.anchor; i--) {
			char c = this.masked.charAt(i);
			if (c == ')' || c == ']') {
				depth++;
			}
			else if (c == '(' || c == '[') {
				if (depth == 0) {
					return i;
				}
				depth--;
			}
		}
		return -1;
	}

	/** コンビニ交付率は市全体で…: the figure is stated for a scope that the statistic has no field for. */
	private void noteScope(Phrase phrase, int groupStart, Value value) {
		IndicatorPhrases.anyPhrase(this.masked, phrase.end(), groupStart).ifPresent(scope -> {
			if (this.sink.firstScope(phrase.name(), scope)) {
				this.sink.finding(Finding.info(location(value), "statistic " + phrase.name() + " is stated for " + scope
						+ ", which the statistic does not record", sentence()));
			}
		});
	}

	/** 15,644件（令和5年度）: a period alone in the parentheses that follow the value. */
	private Period periodInParenthesesAfter(Value value) {
		for (Period period : this.periods) {
			if (period.start() >= value.end()
					&& OPENS.matcher(this.normalized.substring(value.end(), period.start())).matches()
					&& CLOSES.matcher(this.normalized.substring(period.end(), this.to)).find()) {
				return period;
			}
		}
		return null;
	}

	private int closingAfter(Period period) {
		Matcher closes = CLOSES.matcher(this.normalized.substring(period.end(), this.to));
		return closes.find() ? period.end() + closes.end() : period.end();
	}

	/** …約7割あった（令和6年4月実績）: the first period after the value, when no other value comes between. */
	private Period laterPeriod(Value value) {
		for (Period period : this.periods) {
			if (period.start() >= value.end() && !this.consumed.contains(period)) {
				boolean valueBetween = this.values.stream()
					.anyMatch(other -> other.start() >= value.end() && other.end() <= period.start());
				return valueBetween ? null : period;
			}
		}
		return null;
	}

	/** 22,334戸 [31.9%]: a percentage in brackets right after a count is the count's share. */
	private boolean isShareOfPrevious(Value value) {
		String between = this.normalized.substring(this.previous.end(), value.start());
		return "%".equals(value.unit()) && !"%".equals(this.previous.unit()) && OPENS.matcher(between).matches()
				&& CLOSES.matcher(this.normalized.substring(value.end(), this.to)).find();
	}

	private void warn(Value value, String message) {
		this.sink.finding(Finding.warning(location(value), message, sentence()));
	}

	private String location(Value value) {
		return "line " + (this.paragraph.lineAt(this.text.originalOffset(value.start())) + 1);
	}

	private String sentence() {
		return this.text.original(this.from, Math.min(this.to + 1, this.normalized.length())).strip();
	}
}
