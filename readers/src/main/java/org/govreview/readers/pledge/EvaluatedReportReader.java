package org.govreview.readers.pledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.govreview.domain.document.Finding;
import org.govreview.domain.fiscal.FiscalYear;
import org.govreview.domain.municipality.Municipality;
import org.govreview.domain.pledge.BasicPolicy;
import org.govreview.domain.pledge.Measure;
import org.govreview.domain.pledge.Pledge;
import org.govreview.domain.pledge.PledgeReport;
import org.govreview.readers.document.Block;
import org.govreview.readers.document.DocumentModel;
import org.govreview.readers.document.Field;
import org.govreview.readers.document.Heading;
import org.govreview.readers.document.ListItem;
import org.govreview.readers.document.Paragraph;
import org.govreview.readers.document.Table;
import org.govreview.readers.municipality.IssuingMunicipality;
import org.govreview.readers.municipality.MunicipalityMaster;
import org.govreview.readers.source.RejectedDocumentException;
import org.govreview.readers.text.FiscalYears;
import org.govreview.readers.text.JapaneseDates;
import org.govreview.readers.text.IssuedDates;

/**
 * Reads a pledge or manifesto evaluation in any layout from its {@link DocumentModel} through an
 * {@link EvaluationScan}: the issuing municipality (the 市/町/村 the text names most, preferring the title), the fiscal
 * year (the one the title states, else the most stated), groups, items with their evaluations and departments,
 * published figures, counts per mark and the stated rule. One instance per document read: not thread-safe.
 */
final class EvaluatedReportReader {

	private static final int TITLE_BLOCKS = 4;

	private final MunicipalityMaster master;

	/** A name the text gives that several municipalities share, reported when no other name decides. */

	EvaluatedReportReader(MunicipalityMaster master) {
		this.master = master;
	}

	PledgeReport read(DocumentModel model, FiscalYear fallbackFiscalYear) {
		EvaluationScan scan = EvaluationScan.of(model);
		List<Finding> findings = new ArrayList<>();
		Municipality municipality = municipality(model);
		FiscalYear fiscalYear = fiscalYear(model, fallbackFiscalYear, findings);
		if (scan.itemCount() == 0 && scan.scoredGroups == 0) {
			throw new RejectedDocumentException(model.file(), null,
					"no evaluated item (★, score, S–D, ◎○△×, 達成/順調 …) and no published figure of a policy group", null);
		}
		List<BasicPolicy> policies = new ArrayList<>();
		int p = 0;
		for (EvaluationScan.Group policy : scan.policies) {
			String policyCode = String.valueOf(++p);
			List<Pledge> pledges = new ArrayList<>();
			int q = 0;
			List<EvaluationScan.Group> children = new ArrayList<>();
			for (EvaluationScan.Group pledge : policy.children) {
				EvaluationScan.Group last = children.isEmpty() ? null : children.get(children.size() - 1);
				if (last != null && last.title != null && last.title.equals(pledge.title)
						&& java.util.Objects.equals(last.figure, pledge.figure)) {
					// 公約1－2 in a cell spanning its items' rows, read again on each of them: one pledge with all its items
					last.items.addAll(pledge.items);
					continue;
				}
				children.add(pledge);
			}
			for (EvaluationScan.Group pledge : children) {
				String pledgeCode = policyCode + "-" + (++q);
				pledges.add(new Pledge(pledgeCode, pledge.title, pledge.figure, measures(pledgeCode, pledge.items), pledge.unit));
			}
			if (!policy.items.isEmpty()) {
				String pledgeCode = policyCode + "-0";
				pledges.add(0, new Pledge(pledgeCode, policy.title, null, measures(pledgeCode, policy.items), null));
			}
			policies.add(new BasicPolicy(policyCode, policy.title, policy.figure, pledges, policy.unit));
		}
		if (scan.overall == null) {
			findings.add(Finding.warning("whole document", "no overall figure (全体, 総合, 合計) found", null));
		}
		return new PledgeReport(municipality, fiscalYear, policies, scan.overall, findings,
				IssuedDates.in(model.source()).orElse(null), scan.overallUnit, scan.markCounts, scan.rule);
	}

	private static List<Measure> measures(String pledgeCode, List<EvaluationScan.Entry> items) {
		List<Measure> measures = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			EvaluationScan.Entry item = items.get(i);
			Integer rating = item.evaluation != null && item.evaluation.scale().equals("stars") && item.evaluation.levels() == 10
					? item.evaluation.level() : null;
			measures.add(new Measure(pledgeCode + "-" + (i + 1), item.title, item.departments.stream().distinct().toList(),
					rating, List.of(), item.evaluation == null ? null : PledgeText.toDomain(item.evaluation)));
		}
		return measures;
	}

	/** The municipality the title names, else the one the text names most (see {@link IssuingMunicipality}). */
	private Municipality municipality(DocumentModel model) {
		IssuingMunicipality.Found found = IssuingMunicipality.in(master, model.source().lines(),
				model.blocks().stream().map(EvaluatedReportReader::textOf).toList(), TITLE_BLOCKS);
		return found.municipality()
			.orElseThrow(() -> found.ambiguity() != null
					? new RejectedDocumentException(model.file(), "whole document", found.ambiguity().getMessage(), null,
							found.ambiguity())
					: new RejectedDocumentException(model.file(), "whole document",
							"no issuing municipality: no 市, 町 or 村 named in the text is in the municipality master", null));
	}

	private static final int TITLE_LENGTH = 60;

	private static final java.util.regex.Pattern SHEET_YEAR = java.util.regex.Pattern.compile("^(?:対象|評価|実施)?年度$");

	/**
	 * The fiscal year the title states; else the one a sheet's 年度 column gives every row; else the one the text states
	 * most; else the fallback, with a finding.
	 */
	private static FiscalYear fiscalYear(DocumentModel model, FiscalYear fallback, List<Finding> findings) {
		List<Block> blocks = model.blocks();
		for (int b = 0; b < Math.min(TITLE_BLOCKS, blocks.size()); b++) {
			Optional<FiscalYear> stated = FiscalYears.first(reported(textOf(blocks.get(b))));
			if (stated.isPresent()) {
				return stated.get();
			}
		}
		for (int b = 0; b < Math.min(TITLE_BLOCKS, blocks.size()); b++) {
			// （令和６年９月３０日現在）under the title: the progress of the fiscal year that date falls in
			Optional<java.time.LocalDate> asOf = JapaneseDates.asOf(textOf(blocks.get(b)), null);
			if (asOf.isPresent()) {
				return FiscalYear.of(FiscalYears.yearOfFigureAsOf(asOf.get()));
			}
		}
		Optional<java.util.OptionalInt> sheetYear = org.govreview.readers.document.SheetColumns.sameInEveryRow(model, SHEET_YEAR)
			.map(FiscalYears::yearOf);
		if (sheetYear.isPresent() && sheetYear.get().isPresent()) {
			// 年度 | 2024 on every row of an open-data sheet: the year it reports on
			return FiscalYear.of(sheetYear.get().getAsInt());
		}
		for (Block block : blocks) {
			// 市長公約の進捗状況（令和６年１１月末現在） heading a handout after the minutes it answers
			String text = textOf(block);
			Optional<java.time.LocalDate> asOf = PledgeText.WORDS.mentions("report", text) && text.length() <= TITLE_LENGTH
					? JapaneseDates.asOf(text, null) : Optional.empty();
			if (asOf.isPresent()) {
				return FiscalYear.of(FiscalYears.yearOfFigureAsOf(asOf.get()));
			}
		}
		Map<Integer, Integer> counts = new HashMap<>();
		for (Block block : blocks) {
			FiscalYears.all(reported(textOf(block))).forEach(year -> counts.merge(year.year().year(), 1, Integer::sum));
		}
		Optional<Integer> most = counts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
			.thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey);
		if (most.isPresent()) {
			return FiscalYear.of(most.get());
		}
		if (fallback != null) {
			findings.add(Finding.info("whole document", "no fiscal year (年度) stated; using --fiscal-year " + fallback.year(), null));
			return fallback;
		}
		throw new RejectedDocumentException(model.file(), "whole document",
				"no fiscal year (…年度) stated in the text and none given with --fiscal-year", null);
	}

	/** A report 令和5年度末時点 reports on FY2023: the year whose end it describes. */
	private static String reported(String text) {
		return TERM.matcher(PledgeText.nfkc(text)).replaceAll("").replaceAll("年\\s*度\\s*末", "年度");
	}

	/** 令和3年度～令和7年度: the mayor's term, the years the report's table runs over, not the year it reports on. */
	private static final java.util.regex.Pattern TERM = java.util.regex.Pattern.compile(
			"(?:令和|平成|R|H)?\\s*[0-9元]{1,4}\\s*年\\s*度\\s*[～〜~－-]\\s*(?:令和|平成|R|H)?\\s*[0-9元]{1,4}\\s*年\\s*度(?:まで)?");

	static String textOf(Block block) {
		if (block instanceof Paragraph paragraph) {
			return String.join(" ", paragraph.lines());
		}
		if (block instanceof Heading heading) {
			return heading.text();
		}
		if (block instanceof ListItem item) {
			return item.body();
		}
		if (block instanceof Field field) {
			return field.label() + " " + field.value();
		}
		if (block instanceof Table table) {
			return table.text();
		}
		return "";
	}
}
