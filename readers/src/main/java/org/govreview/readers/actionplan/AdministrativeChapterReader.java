package org.govreview.readers.actionplan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govreview.domain.actionplan.Initiative;
import org.govreview.domain.actionplan.PolicyDirection;
import org.govreview.domain.document.Finding;
import org.govreview.domain.indicator.Indicator;
import org.govreview.domain.indicator.IndicatorValue;
import org.govreview.readers.text.JapaneseNumbers;

/**
 * Reads the administrative chapter line by line: the policy directions (取組方針, listed beforehand and found again
 * as the headings of their sections), group numerals (I, II, Ⅲ), numbered initiatives (1 …, with 所管 and the
 * departments), sub-numbered ones (①) under a numbered parent that has no 所管, each initiative's description
 * and its 目標 rows with the values on the same or the next row. What it cannot place becomes a warning. One
 * instance per document.
 */
final class AdministrativeChapterReader {

	private static final Pattern DIRECTION_ENTRY = Pattern.compile("^取組方針 ?(\\d{1,2}) ?[:.]? ?(\\S.*)$");

	private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,2}) (\\S.*)$");

	private static final Pattern LIGHT_ITEM = Pattern
		.compile("^" + PlanText.WS + "*([0-9０-９]{1,2}|[①-⑳])" + PlanText.WS + "*(.*)$");

	private static final Pattern CIRCLED = Pattern.compile("^([①-⑳]) ?(\\S.*)$");

	private static final Pattern GROUP = Pattern.compile("^(X|IX|VIII|VII|VI|V|IV|III|II|I) (\\S.*)$");

	private static final Pattern SUBSECTION = Pattern.compile("^(?:現状と課題|取組の方向性|取組内容|主な取組)$");

	private static final Pattern BULLET = Pattern.compile("^[-・•●○◆■]( |$)");

	private static final Pattern TOC = Pattern.compile("^[^\\t]+\\t+ *\\d{1,4} *$");

	private static final Pattern CHAPTER = Pattern.compile("^第 ?\\d+ ?章.*$");

	private static final Pattern RESPONSIBLE = Pattern.compile("(?:^| )所管(?: |$)");

	/** A heading with its number and title (取組方針1 行政サービスの高度化; 1 行政サービスの高度化). */
	record DirectionEntry(String number, String title) {
	}

	private final List<DirectionDraft> directions = new ArrayList<>();

	private final DepartmentAbbreviations abbreviations;

	private final List<Finding> findings;

	private DirectionDraft direction;

	private String group;

	private ItemDraft item;

	private InitiativeDraft current;

	private PendingKpi pending;

	AdministrativeChapterReader(List<DirectionEntry> listed, DepartmentAbbreviations abbreviations,
			List<Finding> findings) {
		for (DirectionEntry entry : listed) {
			directions.add(new DirectionDraft(entry.number(), entry.title()));
		}
		this.abbreviations = abbreviations;
		this.findings = findings;
	}

	/** The 取組方針 entries of a document, in order, each number once. */
	static List<DirectionEntry> listedDirections(List<PlanLine> lines) {
		List<DirectionEntry> entries = new ArrayList<>();
		for (PlanLine line : lines) {
			Matcher matcher = DIRECTION_ENTRY.matcher(line.flat());
			if (matcher.matches() && entries.stream().noneMatch(entry -> entry.number().equals(matcher.group(1)))) {
				Matcher light = Pattern.compile("^取組方針" + PlanText.WS + "*[0-9０-９]{1,2}" + PlanText.WS + "*[:：.．]?(.*)$")
					.matcher(line.lightFlat());
				entries.add(new DirectionEntry(matcher.group(1), PlanText.clean(light.matches() ? light.group(1) : matcher.group(2))));
			}
		}
		return entries;
	}

	/**
	 * Without a 取組方針 list: the numbered headings followed by 現状と課題, 取組の方向性 or 取組内容 (or a group
	 * numeral) within the next three lines that have text.
	 */
	static List<DirectionEntry> sectionHeadings(List<PlanLine> lines) {
		List<DirectionEntry> entries = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			PlanLine line = lines.get(i);
			Matcher matcher = NUMBERED.matcher(line.flat());
			if (line.isTableRow() || !matcher.matches() || RESPONSIBLE.matcher(line.flat()).find()) {
				continue;
			}
			int seen = 0;
			for (int j = i + 1; j < lines.size() && seen < 3; j++) {
				if (lines.get(j).isBlank()) {
					continue;
				}
				seen++;
				String next = lines.get(j).flat();
				if (SUBSECTION.matcher(next).matches() || GROUP.matcher(next).matches()) {
					if (entries.stream().noneMatch(entry -> entry.number().equals(matcher.group(1)))) {
						entries.add(new DirectionEntry(matcher.group(1), title(line)));
					}
					break;
				}
			}
		}
		return entries;
	}

	/** True when the line opens a direction's section: the administrative chapter goes on, a ward chapter ends. */
	boolean opensSection(PlanLine line) {
		String flat = line.flat();
		return DIRECTION_ENTRY.matcher(flat).matches() || CHAPTER.matcher(flat).matches() || heading(line) != null;
	}

	/** A ward chapter begins: what is open here is closed. */
	void interrupt() {
		closePending();
		finishItem();
		direction = null;
		group = null;
		current = null;
	}

	void accept(PlanLine line) {
		if (pending != null) {
			if (line.isBlank()) {
				return;
			}
			if (isValueRow(line)) {
				pending.complete(line);
				pending = null;
				return;
			}
			closePending();
		}
		if (line.isBlank() || line.isFootnoteDefinition()) {
			return;
		}
		String flat = line.flat();
		Matcher entry = DIRECTION_ENTRY.matcher(flat);
		DirectionDraft heading = entry.matches() ? byNumber(entry.group(1)) : heading(line);
		if (heading != null) {
			finishItem();
			direction = heading;
			group = null;
			current = null;
			return;
		}
		if (SUBSECTION.matcher(flat).matches() || CHAPTER.matcher(flat).matches()) {
			finishItem();
			current = null;
			return;
		}
		Matcher numeral = GROUP.matcher(flat);
		if (numeral.matches() && !line.isTableRow() && direction != null) {
			finishItem();
			group = numeral.group(1);
			current = null;
			return;
		}
		if (KpiRow.isKpi(line) || KpiRow.isProse(line)) {
			kpi(line);
			return;
		}
		if (KpiRow.isLabelled(line) || flat.matches("^目標 ?:.*")) {
			findings.add(Finding.warning(line.location(), "目標 without a baseline and target year: not read as an indicator",
					PlanText.clean(line.raw())));
			return;
		}
		boolean responsible = RESPONSIBLE.matcher(flat).find();
		if (responsible || NUMBERED.matcher(flat).matches() || CIRCLED.matcher(flat).matches()) {
			if (TOC.matcher(line.text()).matches() && !responsible) {
				return;
			}
			item(line, responsible);
			return;
		}
		if (BULLET.matcher(flat).find() || TOC.matcher(line.text()).matches()) {
			return;
		}
		if (line.isTableRow()) {
			findings.add(Finding.warning(line.location(), "unlabeled table row: neither initiative, description nor 目標",
					PlanText.clean(line.raw())));
			return;
		}
		describe(line);
	}

	private void describe(PlanLine line) {
		String text = PlanText.clean(line.raw());
		if (current != null && current.indicators.isEmpty()) {
			current.describe(text);
		}
		else if (item != null && item.isPendingParent() && item.children == 0) {
			item.describe(text);
		}
	}

	private void item(PlanLine line, boolean responsible) {
		if (direction == null) {
			if (responsible) {
				findings.add(Finding.warning(line.location(), "initiative outside any 取組方針 section", PlanText.clean(line.raw())));
			}
			return;
		}
		String left;
		String departments = null;
		if (responsible) {
			Matcher split = Pattern.compile("(?:^|" + PlanText.WS + ")所管(?:" + PlanText.WS + "|$)").matcher(line.light());
			split.find();
			left = line.light().substring(0, split.start());
			departments = PlanText.normalize(line.light().substring(split.end())).replaceAll("\\s+", " ").strip();
		}
		else {
			left = line.light();
		}
		Matcher numbered = LIGHT_ITEM.matcher(left.replace('\t', ' '));
		if (!numbered.matches()) {
			findings.add(Finding.warning(line.location(), "所管 row without an initiative number", PlanText.clean(line.raw())));
			return;
		}
		String number = numbered.group(1);
		String title = PlanText.clean(numbered.group(2));
		if (number.matches("[①-⑳]")) {
			String parent = item != null ? item.code : prefix();
			if (item != null) {
				item.children++;
			}
			current = initiative(parent + "-" + number, title, departments, line);
			return;
		}
		finishItem();
		String code = prefix() + "-" + PlanText.digits(number);
		item = new ItemDraft(code, title, line);
		current = departments == null ? null : initiative(code, title, departments, line);
		item.initiative = current;
	}

	private InitiativeDraft initiative(String code, String title, String departments, PlanLine line) {
		List<String> expanded = new ArrayList<>();
		if (departments == null) {
			findings.add(Finding.warning(line.location(), "initiative " + code + " has no 所管", title));
		}
		else {
			expanded = abbreviations.expand(departments,
					(abbreviation, department) -> findings.add(Finding.warning(line.location(), "initiative " + code
							+ ": unknown department abbreviation " + abbreviation + ") kept as printed", departments)),
					() -> findings.add(Finding.info(line.location(), "initiative " + code
							+ ": 所管 ends with ほか, other departments are not named", departments)));
			if (expanded.isEmpty()) {
				findings.add(Finding.warning(line.location(), "initiative " + code + ": empty 所管", title));
			}
		}
		InitiativeDraft initiative = new InitiativeDraft(code, title, expanded, line);
		direction.initiatives.add(initiative);
		return initiative;
	}

	private void kpi(PlanLine line) {
		InitiativeDraft target = current;
		if (target == null && item != null && item.isPendingParent() && item.children == 0 && direction != null) {
			target = initiative(item.code, item.title, null, item.line);
			target.describe(item.description);
			item.initiative = target;
			current = target;
		}
		KpiRow row = KpiRow.isKpi(line) ? KpiRow.parse(line) : KpiRow.prose(line);
		if (target == null) {
			findings.add(Finding.warning(line.location(), "目標 row outside any initiative", PlanText.clean(line.raw())));
		}
		if (row.needsValues()) {
			pending = new PendingKpi(target, row, line);
			return;
		}
		boolean yearMissing = row.baselineYear() == null || row.targetYear() == null;
		if (yearMissing) {
			findings.add(Finding.warning(line.location(), "目標 row without both a baseline and a target year: "
					+ row.name(), PlanText.clean(line.raw())));
		}
		add(target, row, row.baselineValue(), row.targetValue(), line, yearMissing);
	}

	/** Adds the indicator; a missing target or baseline value is reported unless the row was already reported. */
	private void add(InitiativeDraft initiative, KpiRow row, String baseline, String target, PlanLine line,
			boolean reported) {
		if (initiative == null) {
			return;
		}
		if (!reported && target == null) {
			findings.add(Finding.warning(line.location(), "initiative " + initiative.code + ": KPI without a target: "
					+ row.name(), PlanText.clean(line.raw())));
		}
		if (!reported && baseline == null && row.baselineYear() != null) {
			findings.add(Finding.warning(line.location(), "initiative " + initiative.code
					+ ": KPI without a baseline value: " + row.name(), PlanText.clean(line.raw())));
		}
		initiative.indicators.add(new Indicator(row.name(), row.baselineYear(), value(baseline), row.targetYear(),
				value(target)));
	}

	private static IndicatorValue value(String printed) {
		return printed == null ? null : JapaneseNumbers.value(printed);
	}

	/** The row after a 目標 row: values, unless it is something the chapter knows as structure. */
	private boolean isValueRow(PlanLine line) {
		String flat = line.flat();
		if (line.isFootnoteDefinition() || flat.endsWith("。") || KpiRow.isLabelled(line)
				|| RESPONSIBLE.matcher(flat).find() || NUMBERED.matcher(flat).matches() || CIRCLED.matcher(flat).matches()
				|| GROUP.matcher(flat).matches() || DIRECTION_ENTRY.matcher(flat).matches() || opensSection(line)
				|| SUBSECTION.matcher(flat).matches() || BULLET.matcher(flat).find()) {
			return false;
		}
		List<String> cells = line.hasTab() ? line.textCells() : List.of(flat.split(" "));
		return cells.stream().allMatch(cell -> cell.length() <= 40);
	}

	private void closePending() {
		if (pending != null) {
			findings.add(Finding.warning(pending.line.location(), "目標 row without values: " + pending.row.name(),
					PlanText.clean(pending.line.raw())));
			add(pending.target, pending.row, null, null, pending.line, true);
			pending = null;
		}
	}

	private void finishItem() {
		closePending();
		if (item != null && item.isPendingParent() && item.children == 0) {
			findings.add(Finding.warning(item.line.location(), "numbered row without 所管, sub-items or 目標: " + item.code,
					item.title));
		}
		item = null;
	}

	List<PolicyDirection> finish() {
		finishItem();
		List<PolicyDirection> result = new ArrayList<>();
		for (DirectionDraft draft : directions) {
			if (draft.initiatives.isEmpty()) {
				findings.add(Finding.info("取組方針" + draft.number, "policy direction " + draft.number
						+ " has no initiatives in the text", draft.title));
			}
			List<Initiative> initiatives = new ArrayList<>();
			for (InitiativeDraft initiative : draft.initiatives) {
				if (initiative.indicators.isEmpty()) {
					findings.add(Finding.warning(initiative.line.location(), "initiative " + initiative.code + " has no 目標 row",
							initiative.title));
				}
				initiatives.add(new Initiative(initiative.code, initiative.title, initiative.description(),
						initiative.departments, initiative.indicators));
			}
			result.add(new PolicyDirection(draft.number, draft.title, initiatives));
		}
		return result;
	}

	/** The direction whose section this line opens: its number and title as listed. */
	private DirectionDraft heading(PlanLine line) {
		Matcher matcher = NUMBERED.matcher(line.flat());
		if (!matcher.matches() || line.isTableRow() || RESPONSIBLE.matcher(line.flat()).find()) {
			return null;
		}
		DirectionDraft draft = byNumber(matcher.group(1));
		if (draft == null) {
			return null;
		}
		String key = PlanText.key(title(line));
		String listed = PlanText.key(draft.title);
		return !key.isEmpty() && (key.equals(listed) || key.startsWith(listed) || listed.startsWith(key)) ? draft : null;
	}

	private static String title(PlanLine line) {
		Matcher light = LIGHT_ITEM.matcher(line.light().replace('\t', ' '));
		return light.matches() ? PlanText.clean(light.group(2)) : PlanText.clean(line.raw());
	}

	private DirectionDraft byNumber(String number) {
		return directions.stream().filter(draft -> draft.number.equals(number)).findFirst().orElse(null);
	}

	private String prefix() {
		return direction.number + (group == null ? "" : "-" + group);
	}

	private final class PendingKpi {

		private final InitiativeDraft target;

		private final KpiRow row;

		private final PlanLine line;

		PendingKpi(InitiativeDraft target, KpiRow row, PlanLine line) {
			this.target = target;
			this.row = row;
			this.line = line;
		}

		void complete(PlanLine values) {
			String[] pair = row.valuesFrom(values);
			if (pair == null) {
				findings.add(Finding.warning(values.location(), "values row of 目標 " + row.name()
						+ " does not say which value is the baseline and which the target", PlanText.clean(values.raw())));
				add(target, row, null, null, line, true);
				return;
			}
			add(target, row, pair[0], pair[1], values, false);
		}
	}

	private static final class DirectionDraft {

		private final String number;

		private final String title;

		private final List<InitiativeDraft> initiatives = new ArrayList<>();

		DirectionDraft(String number, String title) {
			this.number = number;
			this.title = title;
		}
	}

	/** A numbered row: an initiative when it has 所管, else the parent of ① … rows (or, with a 目標, an initiative). */
	private static final class ItemDraft {

		private final String code;

		private final String title;

		private final PlanLine line;

		private final StringBuilder description = new StringBuilder();

		private InitiativeDraft initiative;

		private int children;

		ItemDraft(String code, String title, PlanLine line) {
			this.code = code;
			this.title = title;
			this.line = line;
		}

		boolean isPendingParent() {
			return initiative == null;
		}

		void describe(String text) {
			description.append(text);
		}
	}

	private static final class InitiativeDraft {

		private final String code;

		private final String title;

		private final List<String> departments;

		private final PlanLine line;

		private final StringBuilder description = new StringBuilder();

		private final List<Indicator> indicators = new ArrayList<>();

		InitiativeDraft(String code, String title, List<String> departments, PlanLine line) {
			this.code = code;
			this.title = title;
			this.departments = departments;
			this.line = line;
		}

		void describe(CharSequence text) {
			description.append(text);
		}

		String description() {
			return description.isEmpty() ? null : description.toString();
		}
	}
}
