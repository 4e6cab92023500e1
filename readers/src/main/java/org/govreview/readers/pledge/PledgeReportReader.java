package org.govreview.readers.pledge;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govreview.domain.document.Finding;
import org.govreview.domain.fiscal.FiscalYear;
import org.govreview.domain.municipality.Municipality;
import org.govreview.domain.pledge.Activity;
import org.govreview.domain.pledge.BasicPolicy;
import org.govreview.domain.pledge.Measure;
import org.govreview.domain.pledge.Pledge;
import org.govreview.domain.pledge.PledgeReport;
import org.govreview.readers.document.DocumentModel;
import org.govreview.readers.municipality.AmbiguousMunicipalityException;
import org.govreview.readers.municipality.MunicipalityMaster;
import org.govreview.readers.municipality.UnknownMunicipalityException;
import org.govreview.readers.source.RejectedDocumentException;
import org.govreview.readers.text.FiscalYears;
import org.govreview.readers.text.IssuedDates;
import org.govreview.readers.text.JapaneseYears;
import org.govreview.readers.text.SourceText;

/**
 * Reads a pledge progress report (市長公約取組状況) from its extracted text: the municipality (resolved against
 * the {@link MunicipalityMaster}), the fiscal year (令和5年度末 → FY2023), the summary table of published
 * percentages, and per pledge its measures, activities, departments and star ratings.
 * <p>
 * It keys on meaning, not on layout: summary rows by their shape (numeral, title, figure), pledges in the detail
 * by their titles, measures by being stated intentions and activities by being things done. What it cannot place
 * becomes a {@link Finding}; a document without a municipality, fiscal year or summary table is rejected with a
 * {@link RejectedDocumentException}. Stateless apart from the master; thread-safe.
 */
public final class PledgeReportReader {

	/** 令和5年度末, also as PDF extraction spaces it out (令 和 5 年 度 末). */
	private static final Pattern FISCAL_YEAR_END = Pattern
		.compile("(\\p{IsHan})\\s*(\\p{IsHan})\\s*(元|\\d{1,2})\\s*年\\s*度\\s*末");

	private static final Pattern FISCAL_YEAR = Pattern
		.compile("(\\p{IsHan})\\s*(\\p{IsHan})\\s*(元|\\d{1,2})\\s*年\\s*度");

	private static final Pattern ISSUER = Pattern.compile("^[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ヶケ\\s]{2,20}[市町村区]$");

	private static final Pattern STATED_COUNTS = Pattern.compile("(\\d+)\\s*項目\\s*(\\d+)\\s*施策");

	private static final Pattern CJK_GAP = Pattern.compile(
			"(?<=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー、。「」（）])\\s+(?=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー、。「」（）])");

	private final MunicipalityMaster master;

	public PledgeReportReader(MunicipalityMaster master) {
		this.master = master;
	}

	/** True when the text reads as a pledge progress report: it speaks of 公約 and their progress. */
	public static boolean recognises(SourceText text) {
		int limit = Math.min(text.lines().size(), 80);
		String head = Normalizer.normalize(String.join("\n", text.lines().subList(0, limit)), Normalizer.Form.NFKC)
			.replaceAll("\\s+", "");
		return head.contains("公約") && (head.contains("取組状況") || head.contains("進捗"));
	}

	/**
	 * Reads the document from its model, built once for recognition and reading: a summary table of basic policies and
	 * pledges with star-rated measures as {@link #read(SourceText, FiscalYear)} does, any other layout and scale (scores,
	 * S–D grades, ◎○△×, progress words, points) by vocabulary from the model.
	 */
	public PledgeReport read(DocumentModel model, FiscalYear fallbackFiscalYear) {
		PledgeReport summaryAndStars = null;
		RejectedDocumentException summaryFailure = null;
		try {
			summaryAndStars = read(model.source(), fallbackFiscalYear);
			boolean stars = model.source().lines().stream().anyMatch(line -> line.contains("★") || line.contains("☆"));
			if (summaryAndStars.ratedMeasureCount() > 0 && stars) {
				return summaryAndStars;
			}
		}
		catch (RejectedDocumentException ex) {
			if (ex.getCause() instanceof AmbiguousMunicipalityException) {
				// the operator must choose the municipality whatever the layout
				throw ex;
			}
			summaryFailure = ex;
		}
		try {
			// not the summary-table-and-stars layout: read it as an evaluation on any scale
			return new EvaluatedReportReader(master).read(model, fallbackFiscalYear);
		}
		catch (RejectedDocumentException ex) {
			if (summaryAndStars != null) {
				// a summary table whose stars are gone: its published figures are still the report's
				return summaryAndStars;
			}
			if (summaryFailure != null && summaryFailure.getCause() instanceof UnknownMunicipalityException) {
				throw summaryFailure;
			}
			throw ex;
		}
	}

	/**
	 * @param extracted the text as extracted; wrapped lines and page furniture of a word processor's layout are
	 * undone first
	 * @param fallbackFiscalYear used when the text states no fiscal year; may be null
	 */
	public PledgeReport read(SourceText extracted, FiscalYear fallbackFiscalYear) {
		WrappedLines.Unwrapped unwrapped = WrappedLines.unwrap(extracted);
		SourceText text = unwrapped.text();
		List<Finding> findings = new ArrayList<>();
		Municipality municipality = municipality(text, findings);
		FiscalYear fiscalYear = fiscalYear(text, fallbackFiscalYear, findings);
		SummaryTable summary = SummaryTable.in(DocumentModel.of(text));
		if (summary.isEmpty()) {
			throw new RejectedDocumentException(text.file(), null,
					"no summary table: no row of a basic policy numeral (I, II …), a title and a percentage", null);
		}
		TextCleaner cleaner = new TextCleaner(master.ocrVariantsOf(baseName(municipality)), baseName(municipality));
		List<Segment> segments = SegmentSplitter.split(text.lines(), summary.firstLine, summary.lastLine);
		int afterSummary = firstSegmentAfter(segments, summary.lastLine);
		List<BasicPolicy> policies = new ArrayList<>();
		int cursor = 0;
		List<TitleMatch> titles = locatePledges(summary, segments, findings);
		for (SummaryTable.PolicyRow policyRow : summary.policies) {
			List<Pledge> pledges = new ArrayList<>();
			for (SummaryTable.PledgeRow pledgeRow : policyRow.pledges) {
				String pledgeCode = policyRow.code + "-" + pledgeRow.number();
				TitleMatch match = titles.get(cursor++);
				List<PledgeBlock.DraftMeasure> drafts = List.of();
				if (match.index >= 0) {
					PledgeBlock block = new PledgeBlock(pledgeCode, findings, unwrapped.flowed());
					int end = blockEnd(match.index + 1, titles, cursor, segments, summary);
					if (match.index < afterSummary) {
						end = Math.min(end, afterSummary);
					}
					Segment title = segments.get(match.index);
					String rest = afterTitle(title, pledgeRow.number() + titleKey(pledgeRow.title()));
					if (!rest.isEmpty()) {
						block.accept(new Segment(rest, title.line()));
					}
					for (int i = match.index + 1; i < end; i++) {
						block.accept(segments.get(i));
					}
					drafts = block.finish(end > 0 ? segments.get(end - 1).line() : 0);
					crossCheck(pledgeCode, pledgeRow, block.detailFigure, segments.get(match.index), findings);
				}
				pledges.add(new Pledge(pledgeCode, cleaner.clean(pledgeRow.title()), pledgeRow.percent(),
						measures(pledgeCode, drafts, cleaner)));
			}
			policies.add(new BasicPolicy(policyRow.code, cleaner.clean(policyRow.title), policyRow.percent, pledges));
		}
		if (summary.overall == null) {
			findings.add(Finding.warning("summary table", "no overall figure (全体) found", null));
		}
		checkStatedCounts(text, policies, findings);
		cleaner.report(findings);
		return new PledgeReport(municipality, fiscalYear, policies, summary.overall, findings, IssuedDates.in(text).orElse(null));
	}

	private List<Measure> measures(String pledgeCode, List<PledgeBlock.DraftMeasure> drafts, TextCleaner cleaner) {
		List<Measure> measures = new ArrayList<>();
		for (int m = 0; m < drafts.size(); m++) {
			PledgeBlock.DraftMeasure draft = drafts.get(m);
			String measureCode = pledgeCode + "-" + (m + 1);
			List<Activity> activities = new ArrayList<>();
			for (int a = 0; a < draft.activities.size(); a++) {
				activities.add(new Activity(measureCode + "-" + (a + 1), cleaner.clean(draft.activities.get(a))));
			}
			measures.add(new Measure(measureCode, cleaner.clean(draft.title), draft.departments.stream().distinct().toList(),
					draft.rating, activities));
		}
		return measures;
	}

	/** Finds each pledge's title in the detail, in order; a pledge not found keeps its summary figures only. */
	private List<TitleMatch> locatePledges(SummaryTable summary, List<Segment> segments, List<Finding> findings) {
		List<TitleMatch> matches = new ArrayList<>();
		int from = 0;
		for (SummaryTable.PolicyRow policy : summary.policies) {
			for (SummaryTable.PledgeRow pledge : policy.pledges) {
				String prefix = pledge.number() + titleKey(pledge.title());
				prefix = prefix.substring(0, Math.min(prefix.length(), 14));
				int found = find(segments, from, prefix);
				if (found < 0) {
					found = findSimilar(segments, from, pledge.number() + titleKey(pledge.title()));
					if (found >= 0) {
						findings.add(Finding.info(segments.get(found).location(), "pledge " + policy.code + "-"
								+ pledge.number() + ": detail title differs from the summary table's", segments.get(found).text()));
					}
				}
				if (found < 0) {
					findings.add(Finding.warning("line " + (pledge.line() + 1), "pledge " + policy.code + "-" + pledge.number()
							+ " has no detail section: its measures are unknown", pledge.title()));
				}
				else {
					from = found + 1;
				}
				matches.add(new TitleMatch(found));
			}
		}
		return matches;
	}

	private static int find(List<Segment> segments, int from, String prefix) {
		for (int i = from; i < segments.size(); i++) {
			if (itemKey(segments.get(i)).startsWith(prefix)) {
				return i;
			}
		}
		return -1;
	}

	/** A title that a typo or OCR changed: same number, most character pairs in common (Dice ≥ 0.6). */
	private static int findSimilar(List<Segment> segments, int from, String title) {
		int best = -1;
		double bestScore = 0.6;
		for (int i = from; i < segments.size(); i++) {
			String key = itemKey(segments.get(i));
			if (key.length() < 2 || key.charAt(0) != title.charAt(0)) {
				continue;
			}
			double score = TitleSimilarity.dice(title, key.substring(0, Math.min(key.length(), title.length() + 2)));
			if (score > bestScore) {
				best = i;
				bestScore = score;
			}
		}
		return best;
	}

	private static int firstSegmentAfter(List<Segment> segments, int line) {
		for (int i = 0; i < segments.size(); i++) {
			if (segments.get(i).line() > line) {
				return i;
			}
		}
		return segments.size();
	}

	/**
	 * What follows the pledge's title in its segment. In extracted PDF text a row's cells run together, separated by
	 * spaces (title, departments, figure), so the title ends at the space where the text is most like the summary's
	 * title; in tab-separated text the title is the whole segment and nothing follows.
	 */
	private static String afterTitle(Segment segment, String titleKey) {
		String text = segment.text();
		int end = text.length();
		double best = -1;
		for (int p = 1; p <= text.length(); p++) {
			if (p < text.length() && !Character.isWhitespace(text.charAt(p))) {
				continue;
			}
			double score = TitleSimilarity.dice(titleKey, itemKey(new Segment(text.substring(0, p), segment.line())));
			if (score > best) {
				best = score;
				end = p;
			}
		}
		return text.substring(end).strip();
	}

	/** The block runs to the next pledge's title, or to the next basic policy's heading. */
	private int blockEnd(int start, List<TitleMatch> titles, int nextTitle, List<Segment> segments, SummaryTable summary) {
		int end = segments.size();
		for (int t = nextTitle; t < titles.size(); t++) {
			if (titles.get(t).index >= 0) {
				end = titles.get(t).index;
				break;
			}
		}
		for (int i = start; i < end; i++) {
			if (isPolicyHeading(segments.get(i), summary)) {
				return i;
			}
		}
		return end;
	}

	private static boolean isPolicyHeading(Segment segment, SummaryTable summary) {
		String key = segment.key();
		if (!key.startsWith("政策")) {
			return false;
		}
		String body = key.substring(2).replaceAll("X|IX|VIII|VII|VI|V|IV|III|II|I", "");
		return summary.policies.stream()
			.map(policy -> titleKey(policy.title).replaceAll("X|IX|VIII|VII|VI|V|IV|III|II|I", ""))
			.anyMatch(title -> body.startsWith(title.substring(0, Math.min(6, title.length()))));
	}

	private static String titleKey(String title) {
		return Normalizer.normalize(title, Normalizer.Form.NFKC).replaceAll("\\s+", "");
	}

	private static String itemKey(Segment segment) {
		return segment.key().replaceFirst("^[●・･•]+", "");
	}

	private static void crossCheck(String pledgeCode, SummaryTable.PledgeRow row, BigDecimal detailFigure, Segment title,
			List<Finding> findings) {
		if (detailFigure != null && detailFigure.compareTo(row.percent()) != 0) {
			findings.add(Finding.warning(title.location(), "pledge " + pledgeCode + ": the detail prints " + detailFigure
					+ "% but the summary table " + row.percent() + "%", detailFigure.toPlainString()));
		}
	}

	private Municipality municipality(SourceText text, List<Finding> findings) {
		int limit = Math.min(text.lines().size(), 40);
		for (int i = 0; i < limit; i++) {
			String line = Normalizer.normalize(text.lines().get(i), Normalizer.Form.NFKC).strip();
			if (!ISSUER.matcher(line).matches()) {
				continue;
			}
			try {
				MunicipalityMaster.Resolution resolution = master.resolve(line, master.contextOf(text.lines()));
				if (resolution.corrected()) {
					findings.add(Finding.info(text.location(i), "municipality name corrected against the master to "
							+ resolution.municipality(), line));
				}
				return resolution.municipality();
			}
			catch (UnknownMunicipalityException ex) {
				throw new RejectedDocumentException(text.file(), text.location(i), ex.getMessage(), line, ex);
			}
		}
		throw new RejectedDocumentException(text.file(), "lines 1-" + limit,
				"no issuing municipality (a line naming a 市, 町, 村 or 区) near the top", null);
	}

	private FiscalYear fiscalYear(SourceText text, FiscalYear fallback, List<Finding> findings) {
		String all = Normalizer.normalize(String.join("\n", text.lines()), Normalizer.Form.NFKC);
		OptionalInt stated = mostFrequentYear(FISCAL_YEAR_END, all);
		if (stated.isEmpty()) {
			stated = mostFrequentYear(FISCAL_YEAR, all);
		}
		if (stated.isPresent()) {
			return FiscalYear.of(stated.getAsInt());
		}
		if (fallback != null) {
			findings.add(Finding.info("whole document", "no fiscal year (年度) stated; using --fiscal-year " + fallback.year(), null));
			return fallback;
		}
		throw new RejectedDocumentException(text.file(), "whole document",
				"no fiscal year (…年度) stated in the text and none given with --fiscal-year", null);
	}

	private static OptionalInt mostFrequentYear(Pattern pattern, String text) {
		Map<Integer, Integer> counts = new HashMap<>();
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			int yearOfEra = matcher.group(3).equals("元") ? 1 : Integer.parseInt(matcher.group(3));
			JapaneseYears.westernYear(matcher.group(1) + matcher.group(2), yearOfEra)
				.stream()
				.filter(FiscalYears::isPlausible)
				.forEach(year -> counts.merge(year, 1, Integer::sum));
		}
		return counts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
			.thenComparing(Map.Entry.comparingByKey())).map(e -> OptionalInt.of(e.getKey())).orElse(OptionalInt.empty());
	}

	private static void checkStatedCounts(SourceText text, List<BasicPolicy> policies, List<Finding> findings) {
		Matcher matcher = STATED_COUNTS.matcher(Normalizer.normalize(String.join("\n", text.lines()), Normalizer.Form.NFKC));
		if (matcher.find()) {
			int pledges = Integer.parseInt(matcher.group(1));
			int measures = Integer.parseInt(matcher.group(2));
			int pledgesRead = policies.stream().mapToInt(policy -> policy.pledges().size()).sum();
			int measuresRead = policies.stream().flatMap(policy -> policy.pledges().stream())
				.mapToInt(pledge -> pledge.measures().size()).sum();
			if (pledges != pledgesRead || measures != measuresRead) {
				findings.add(Finding.warning("introduction", "the report states " + pledges + " pledges and " + measures
						+ " measures, but " + pledgesRead + " and " + measuresRead + " were read", matcher.group()));
			}
		}
	}

	private static String baseName(Municipality municipality) {
		return municipality.name().replaceFirst("[市町村区]$", "");
	}

	private record TitleMatch(int index) {
	}

	/** Display text: spaces that extraction put between Japanese characters removed, OCR variants of the name fixed. */
	static final class TextCleaner {

		private final List<String> variants;

		private final String name;

		private final Map<String, Integer> corrections = new HashMap<>();

		TextCleaner(List<String> variants, String name) {
			this.variants = variants;
			this.name = name;
		}

		String clean(String text) {
			String cleaned = CJK_GAP.matcher(text.strip()).replaceAll("");
			for (String variant : variants) {
				if (cleaned.contains(variant)) {
					corrections.merge(variant, cleaned.split(Pattern.quote(variant), -1).length - 1, Integer::sum);
					cleaned = cleaned.replace(variant, name);
				}
			}
			return cleaned;
		}

		void report(List<Finding> findings) {
			corrections.forEach((variant, count) -> findings.add(Finding.info("whole document",
					"OCR variant " + variant + " corrected to " + name + " " + count + " times", variant)));
		}
	}
}
