package org.govreview.readers.policy;

import java.util.ArrayList;
import java.util.List;

import org.govreview.domain.document.Finding;
import org.govreview.domain.fiscal.FiscalYear;
import org.govreview.domain.municipality.Municipality;
import org.govreview.domain.policy.PolicyIssue;
import org.govreview.domain.policy.PolicyStatement;
import org.govreview.domain.policy.Statistic;
import org.govreview.readers.document.DocumentModel;
import org.govreview.readers.municipality.MunicipalityMaster;
import org.govreview.readers.policy.Headings.Field;
import org.govreview.readers.source.RejectedDocumentException;
import org.govreview.readers.text.FiscalYears;
import org.govreview.readers.text.IssuedDates;
import org.govreview.readers.text.HtmlFragments;
import org.govreview.readers.text.SourceText;

/**
 * Reads a ward or bureau policy (区運営方針, 局運営方針, 部の運営方針, 経営方針, 組織目標) into a {@link PolicyStatement}:
 * the organisation, the fiscal year, the title, the mission, the issues with their actions and the statistics the
 * text states, each as an (indicator, period, value) fact attributed to the issue that states it.
 * <p>
 * {@link #read(DocumentModel, FiscalYear)} reads the document model by the words in {@code vocabulary.txt}, not by
 * layout (see {@code StatementModel}): the title is the first line naming a policy; the mission the text under a
 * 使命 or ミッション label, else under 目指す姿, 将来像, ビジョン …; the issues are headings labelled 経営課題, 重点課題,
 * 施策, 柱, 目標 …, numbered headings whose section holds a 取組 label, or the rows of a table with an issue column
 * and an action column; the actions are the items, headings and rows after a 取組, 主な戦略 or 主な事業 label and
 * headings labelled 戦略. Statistics come from sentences (the period nearest the figure, the indicator before は, が
 * or a colon) and from tables with a column per year, a row per year, the ward beside the city, or a date in each
 * label. A figure the document labels as the city's (市平均, 市全体, 名古屋市全体) is stored under the indicator with
 * the subject suffix （市全体）; an approximate, undated or bracketed reference figure, a target (以上, までに, a column
 * of 目標) and a figure for a fiscal year not yet ended when the statement is written are never statistics, the
 * undated ones become findings. The seed's own layout (組織の使命, 課題A（1） with ① 課題名 …) is still read line by
 * line through {@link #read(SourceText, FiscalYear)}.
 * <p>
 * The organisation is the one the title lines name, resolved with the {@link MunicipalityMaster}: a ward's bare name
 * (小倉北区) as the ward of the city the text names, or as the only ward of that name in the master; a bureau as its
 * city. The fiscal year is the 年度 the title lines state, else {@code fallbackFiscalYear}. A text with neither a
 * mission nor an issue, an organisation that resolves to no municipality or to several, and a statement without any
 * fiscal year are rejected with a {@link RejectedDocumentException}.
 * <p>
 * Thread-safe: it keeps no state between calls apart from the master and an index of the master's ward names, built
 * once (under a lock) the first time a bare ward name needs it; each {@link #read} works on its own objects.
 */
public final class PolicyStatementReader {

	/** （概要版）, （ふりがな・やさしい日本語版） after a title: the edition, no part of the title. */
	private static final java.util.regex.Pattern EDITION = java.util.regex.Pattern.compile("[\\s　]*[（(][^（）()]{0,20}版[）)]$");

	/** The title as printed, without the edition it names after it, whichever layout gave it. */
	private static String withoutEdition(String title) {
		return title == null ? null : EDITION.matcher(title).replaceFirst("");
	}

	/** How many non-blank lines of a document's top its cover may spread the title and the organisation over. */
	private static final int TITLE_LINES = 6;


	private final Organisations organisations;

	public PolicyStatementReader(MunicipalityMaster master) {
		this.organisations = new Organisations(master);
	}

	/**
	 * True when the text reads as a ward or bureau policy in the layout of 課題A（1）… headings: such issues, with the
	 * mission's heading (組織の使命), a ① 課題名 label or a title naming a 方針.
	 */
	public static boolean recognises(SourceText text) {
		boolean mission = false;
		boolean titled = false;
		boolean policyTitle = false;
		int issues = 0;
		for (String line : text.lines()) {
			if (line.isBlank()) {
				continue;
			}
			String normalized = Headings.normalized(line);
			mission |= Headings.mission(line).isPresent() && normalized.contains("使命");
			titled |= Headings.label(line).filter(label -> label.field() == Field.TITLE).isPresent();
			policyTitle |= normalized.contains("方針") && !normalized.contains("。") && normalized.length() <= 60;
			if (Headings.issue(line).filter(heading -> !heading.domain().isEmpty()).isPresent()) {
				issues++;
			}
		}
		return issues > 0 && (mission || titled || policyTitle);
	}

	/** Reads the document from its model, built once for recognition and reading. */
	public PolicyStatement read(DocumentModel model, FiscalYear fallbackFiscalYear) {
		if (recognises(model.source())) {
			return read(model.source(), fallbackFiscalYear);
		}
		SourceText text = model.source();
		StatementModel statement = new StatementModel(model);
		if (!statement.recognised() && statement.mission == null && statement.issues.isEmpty()) {
			throw new RejectedDocumentException(text.file(), "whole document",
					"not a policy statement: " + String.join("; ", statement.missing()), null);
		}
		List<StatementOutline.IndexedLine> titleLines = new ArrayList<>();
		// a cover spreads its title over lines (令和6年度 / 環境部 経営方針 / ～…～ / 2024.4 / 浜松市 環境部) until the text starts
		for (int i = 0; i < text.lines().size() && titleLines.size() < TITLE_LINES
				&& !(text.fromPdf() ? text.lines().get(i).strip() : HtmlFragments.shown(text.lines().get(i))).endsWith("。"); i++) {
			// a page saved as HTML: the text its cells show, not its tags, style sheet or metadata
			// (a PDF that prints a page's source is read as printed: its tags wrap with its text)
			String shown = text.fromPdf() ? text.lines().get(i) : HtmlFragments.shown(text.lines().get(i));
			if (!shown.isBlank() && (text.fromPdf() || HtmlFragments.hasJapanese(shown))) {
				titleLines.add(new StatementOutline.IndexedLine(i, shown));
			}
		}
		if (statement.title != null && titleLines.stream().noneMatch(line -> line.text().contains(statement.title))) {
			// the title stands below a web page's menus, past the cover's first lines
			String lastPart = statement.title.substring(statement.title.lastIndexOf('　') + 1);
			// the line that is the title, before one that holds it (the breadcrumbs above it end with it)
			int alone = -1;
			for (int i = 0; i < text.lines().size() && alone < 0; i++) {
				alone = text.lines().get(i).strip().equals(statement.title) ? i : -1;
			}
			for (int i = Math.max(0, alone); i < text.lines().size(); i++) {
				if (text.lines().get(i).contains(statement.title)) {
					titleLines.add(0, new StatementOutline.IndexedLine(i, text.lines().get(i)));
					break;
				}
				if (!lastPart.equals(statement.title) && text.lines().get(i).strip().equals(lastPart)) {
					// 令和６年度 / 岩槻区運営方針: a title set over two lines, its year on the first
					titleLines.add(0, new StatementOutline.IndexedLine(i, text.lines().get(i)));
					for (int above = i - 1; above >= 0; above--) {
						if (!text.lines().get(above).isBlank()) {
							titleLines.add(0, new StatementOutline.IndexedLine(above, text.lines().get(above)));
							break;
						}
					}
					break;
				}
			}
		}
		List<Finding> head = new ArrayList<>();
		Municipality organisation = this.organisations.resolve(text, model, titleLines, head);
		FiscalYear fiscalYear = titleLines.stream()
			.map(line -> FiscalYears.first(line.text()))
			.flatMap(java.util.Optional::stream)
			.findFirst()
			.orElse(fallbackFiscalYear);
		if (fiscalYear == null) {
			throw new RejectedDocumentException(text.file(), "title", "no fiscal year (年度) in the title lines", statement.title);
		}
		head.addAll(statement.findings);
		List<Statistic> statistics = new ArrayList<>();
		for (Statistic stated : statement.statistics) {
			Statistic statistic = new Statistic(IndicatorPhrases.plain(stated.indicator()), stated.period(), stated.fiscalYear(),
					stated.value(), stated.issueId());
			if (namesNoIndicator(statistic)) {
				head.add(Finding.warning("whole document", "figure " + statistic.value().display() + " is labelled only "
						+ statistic.indicator() + ": no indicator is named, so no statistic is stored", null));
			}
			else if (statistic.value() != null && statistic.value().raw() != null && statistic.value().raw().matches(".*[0-9０-９].*")
					&& (!statistic.value().isNumber() || statistic.value().unit() != null
							&& (statistic.value().unit().length() > MAX_UNIT || statistic.value().unit().matches(".*[、。,，].*")))) {
				// 3 -3耕作放棄地の再生面積: digits run into words, no figure read whole
				head.add(Finding.warning("whole document", "value " + statistic.value().raw() + " of " + statistic.indicator()
						+ " is no figure: not recorded as a statistic", null));
			}
			else if (isPlanned(statistic, fiscalYear)) {
				head.add(Finding.warning("whole document", "figure " + statistic.value().display() + " (" + statistic.indicator()
						+ ") is for " + statistic.period() + ", not before the statement's own fiscal year: a target, not a statistic",
						null));
			}
			else {
				statistics.add(statistic);
			}
		}
		return new PolicyStatement(organisation, fiscalYear, withoutEdition(statement.title), statement.mission, statement.issues,
				statistics, head, IssuedDates.in(text).orElse(null));
	}

	private static final List<String> LABELS = List.of("baseline", "target", "indicator", "action", "other-part");

	/** 実績値, スケジュール, 主な取組: a column's or a part's label read where an indicator's name belongs. */
	private static boolean namesNoIndicator(Statistic statistic) {
		String key = java.text.Normalizer.normalize(statistic.indicator(), java.text.Normalizer.Form.NFKC)
			.replaceAll("[(（][^()（）]*[)）]$", "")
			.replaceAll("[【】\\[\\]〔〕<>＜＞:：\\s]", "");
		// 市域の…減少したものの、: a clause of a sentence, whatever figure follows it
		// ５年前（平成30年度）の1,836百万円, 前年度の…: when the figure was, not what it measures
		// 令和7年度………… ⇥ 2,184,630千円 under the figure's name: the year a leader leads to its figure
		String name = java.text.Normalizer.normalize(statistic.indicator(), java.text.Normalizer.Form.NFKC).strip()
			.replaceAll("\\s*[.．…‥・]{3,}$", "");
		return LABELS.stream().anyMatch(concept -> StatementModel.VOCABULARY.is(concept, key)) || key.matches(".*[、。，,]$")
				|| key.contains("。") || key.matches("^(?:[0-9]*年前|前年度?比?|昨年度?比?|前年同期比?|同年度?|当該年度|合計|総計|計)$")
				// 地件数（令和３年度からの, 4-2, 令和5年度 実績: a name cut from its line, a number, a column's period
				|| unbalanced(name) || name.matches("^[0-9]+(?:[-－][0-9]+)*$")
				|| name.matches("^(?:令和|平成|R)?[0-9元]{1,4}年度?\\s*(?:実績|見込み?|目標|決算)?値?$")
				// 令和6年3月, ▲開業日の箕面萱野駅: a day, a photo's caption or a note's mark, no indicator
				|| name.matches("^(?:令和|平成|R)?[0-9元]{1,4}年(?:[0-9]{1,2}月)?(?:[0-9]{1,2}日)?$") || name.matches("^[▲△▼▽※].*");
	}

	/** The longest unit a figure is printed with (千t-CO2, 人/日, 経営体): longer, its words ran into it. */
	private static final int MAX_UNIT = 8;

	/** 地件数（令和３年度からの: a bracket opened and never closed, or closed and never opened. */
	private static boolean unbalanced(String name) {
		int depth = 0;
		for (char c : name.toCharArray()) {
			depth += c == '(' || c == '「' ? 1 : c == ')' || c == '」' ? -1 : 0;
			if (depth < 0) {
				return true;
			}
		}
		return depth != 0;
	}

	/** A figure for a whole fiscal year that has not ended when the statement is written is planned, not stated. */
	/** ふるさと納税寄附額, 市税収入, 観光消費額, 製造品出荷額: what a year brings in, counted after it. */
	private static final java.util.regex.Pattern BROUGHT_IN = java.util.regex.Pattern
		.compile("寄附|寄付|納税|税収|収入|歳入|売上|販売額|消費額|出荷額|生産額|経済効果|所得|賃金");

	private static boolean isPlanned(Statistic statistic, FiscalYear fiscalYear) {
		String period = statistic.period() == null ? "" : java.text.Normalizer.normalize(statistic.period(),
				java.text.Normalizer.Form.NFKC);
		// 令和７年度当初, 当初予算額, 令和６年度予算額: the year's budget, decided before the year begins
		// 令和６年度 486,200千円 for a project, a field or a department: an amount of the year's own is its budget; what
		// the year will bring in (a donation, a tax, sales) is still to come
		boolean money = statistic.value() != null && statistic.value().unit() != null && statistic.value().unit().endsWith("円")
				&& !BROUGHT_IN.matcher(statistic.indicator()).find();
		// 令和６年度実績 in a statement of 令和６年度: the year's outcome, which a report on the year's results states
		boolean dated = money || period.matches(".*(?:月|日|末|現在|時点|当初|予算|(?:実績|決算)(?!見込)|\\d+[./]\\d+).*") || statistic.indicator().contains("予算");
		// a figure as of a day in a later fiscal year than the statement's own has not been counted yet
		return statistic.fiscalYear() != null
				&& (dated ? statistic.fiscalYear() > fiscalYear.year() : statistic.fiscalYear() >= fiscalYear.year());
	}

	/**
	 * @param fallbackFiscalYear used when the text states and implies no fiscal year; may be null
	 * @throws RejectedDocumentException when the text is not a policy statement, names no resolvable organisation or
	 * has no fiscal year and none is given
	 */
	public PolicyStatement read(SourceText text, FiscalYear fallbackFiscalYear) {
		List<Finding> findings = new ArrayList<>();
		StatementOutline outline = StatementOutline.parse(text, findings);
		if (outline.mission == null && outline.issues.isEmpty()) {
			throw new RejectedDocumentException(text.file(), "whole document",
					"not a policy statement: no mission (組織の使命) and no issue (課題A（1）…)", null);
		}
		List<Finding> head = new ArrayList<>();
		Municipality organisation = this.organisations.resolve(text, outline.titleLines, head);

		String mission = mission(outline, findings);
		List<PolicyIssue> issues = new ArrayList<>();
		StatedFigures figures = new StatedFigures(findings);
		if (outline.mission != null) {
			figures.read(outline.mission, false, null);
		}
		for (IssueDraft draft : outline.issues) {
			PolicyIssue issue = draft.build(findings);
			if (issues.stream().anyMatch(other -> other.id().equals(issue.id()))) {
				findings.add(Finding.warning("line " + (draft.line + 1), "issue " + issue.id() + " appears twice",
						draft.headingText));
			}
			issues.add(issue);
			figures.read(draft.field(Field.TITLE), false, issue.id());
			figures.read(draft.field(Field.CONTENT), false, issue.id());
			figures.read(draft.field(Field.BACKGROUND), false, issue.id());
			figures.read(draft.field(Field.ACTIONS), true, issue.id());
		}
		if (issues.isEmpty()) {
			findings.add(Finding.warning("whole document", "no issue (課題A（1）…) found", null));
		}
		SummaryMatrix.check(outline.summaryLines, issues, findings);
		FiscalYear fiscalYear = PlanYear.decide(text, outline.headingLines, figures.datedFigures(), fallbackFiscalYear,
				head);
		// in document order: what concerns the whole document first, then by line
		findings.sort(java.util.Comparator.comparingInt(PolicyStatementReader::lineOf));
		head.addAll(findings);
		return new PolicyStatement(organisation, fiscalYear, withoutEdition(outline.title()), mission, issues, figures.statistics(), head,
				IssuedDates.in(text).orElse(null));
	}

	private static int lineOf(Finding finding) {
		String location = finding.location();
		return location != null && location.matches("line \\d+") ? Integer.parseInt(location.substring(5)) : 0;
	}

	private static String mission(StatementOutline outline, List<Finding> findings) {
		if (outline.mission == null) {
			findings.add(Finding.warning("whole document", "no mission (組織の使命) found", null));
			return null;
		}
		if (outline.mission.isEmpty()) {
			findings.add(Finding.warning("line " + (outline.missionLine + 1), "the mission (組織の使命) is empty", null));
			return null;
		}
		return outline.mission.text();
	}
}
