package org.govreview.readers.actionplan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govreview.domain.actionplan.WardGoal;
import org.govreview.domain.actionplan.WardPlan;
import org.govreview.domain.actionplan.WardProject;
import org.govreview.domain.document.Finding;
import org.govreview.domain.municipality.Municipality;

/**
 * Reads one ward's chapter, line by line: the narrative (概況, the previous plan's results) is passed over; from the
 * first 目標 on, each goal line opens a goal (目標1:title description; a single unnumbered 目標: is a goal too) and
 * each row under it is a project (name with funding markers, description); the note lines (注), ※1) say which
 * programme each marker stands for and are resolved when the chapter ends. One instance per chapter.
 */
final class WardChapterReader {

	private static final Pattern GOAL = Pattern
		.compile("^目標" + PlanText.WS + "*([0-9０-９]*)" + PlanText.WS + "*[:：]" + PlanText.WS + "*(.*)$");

	/** A heading that groups a goal's projects (手稲区: 取組1:安心して暮らせるまちづくりの取組). */
	private static final Pattern PROJECT_GROUP = Pattern
		.compile("^取組" + PlanText.WS + "*[0-9０-９]+" + PlanText.WS + "*[:：]" + PlanText.WS + "*(.*)$");

	private static final Pattern SECTION = Pattern.compile("^[<＜〈【].*[>＞〉】]$");

	private final Municipality ward;

	private final boolean tabbedDocument;

	private final List<Finding> findings;

	private final List<GoalDraft> goals = new ArrayList<>();

	private final List<PlanLine> notes = new ArrayList<>();

	WardChapterReader(Municipality ward, boolean tabbedDocument, List<Finding> findings) {
		this.ward = ward;
		this.tabbedDocument = tabbedDocument;
		this.findings = findings;
	}

	void accept(PlanLine line) {
		if (line.isBlank() || line.isFootnoteDefinition() || SECTION.matcher(line.lightFlat()).matches()) {
			return;
		}
		if (FundingNotes.isNoteLine(line)) {
			notes.add(line);
			return;
		}
		Matcher goal = GOAL.matcher(line.lightFlat());
		if (goal.matches()) {
			goals.add(GoalDraft.of(PlanText.digits(goal.group(1)), goal.group(2)));
			return;
		}
		GoalDraft current = goals.isEmpty() ? null : goals.get(goals.size() - 1);
		Matcher group = PROJECT_GROUP.matcher(line.lightFlat());
		if (group.matches() && current != null) {
			findings.add(Finding.info(line.location(), ward.name() + " 目標" + current.number
					+ ": project group heading kept only here (a ward goal has no groups)", PlanText.clean(line.raw())));
			return;
		}
		if (current == null) {
			if (line.isTableRow()) {
				findings.add(Finding.warning(line.location(), ward.name() + ": table row before any 目標 of the ward",
						PlanText.clean(line.raw())));
			}
			return;
		}
		if (KpiRow.isKpi(line) || line.flat().matches(".*(^| )所管( |$).*")) {
			findings.add(Finding.warning(line.location(), ward.name() + " 目標" + current.number
					+ ": a 目標 or 所管 row has no place in a ward's goal", PlanText.clean(line.raw())));
			return;
		}
		if (tabbedDocument && !line.hasTab()) {
			findings.add(Finding.warning(line.location(), ward.name() + " 目標" + current.number
					+ ": line without a project's cells under the goal", PlanText.clean(line.raw())));
			return;
		}
		current.projects.add(project(line));
	}

	private static ProjectDraft project(PlanLine line) {
		String printed = PlanText.withoutMarkup(line.raw());
		String name;
		String description;
		if (line.hasTab()) {
			List<String> cells = List.of(printed.split("\t", -1)).stream().filter(cell -> !cell.isBlank()).toList();
			name = cells.get(0);
			description = String.join(" ", cells.subList(1, cells.size()));
		}
		else {
			int end = FundingNotes.endOfMarkedName(printed);
			if (end < 0) {
				Matcher space = Pattern.compile(PlanText.WS + "+").matcher(printed.strip());
				end = space.find() ? space.start() : printed.strip().length();
				printed = printed.strip();
			}
			name = printed.substring(0, end);
			description = printed.substring(end);
		}
		return new ProjectDraft(FundingNotes.markedName(name), PlanText.cleanOrNull(description), line);
	}

	WardPlan finish() {
		Map<String, List<String>> programmes = FundingNotes.programmes(notes);
		for (Map.Entry<String, List<String>> note : programmes.entrySet()) {
			if (note.getValue().isEmpty()) {
				findings.add(Finding.warning(notes.get(0).location(), ward.name() + ": the note for " + marker(note.getKey())
						+ " names no programme in 「」", PlanText.clean(notes.get(0).raw())));
			}
		}
		List<WardGoal> resolved = new ArrayList<>();
		for (GoalDraft goal : goals) {
			List<WardProject> projects = new ArrayList<>();
			for (ProjectDraft project : goal.projects) {
				Set<String> funding = new LinkedHashSet<>(project.name.namedProgrammes());
				for (String key : project.name.keys()) {
					List<String> named = programmes.getOrDefault(key, List.of());
					if (named.isEmpty()) {
						findings.add(Finding.warning(project.line.location(), ward.name() + ": funding marker " + marker(key)
								+ " of " + project.name.name() + " has no note in the chapter", PlanText.clean(project.line.raw())));
					}
					funding.addAll(named);
				}
				projects.add(new WardProject(project.name.name(), project.description, project.name.markers(),
						List.copyOf(funding)));
			}
			resolved.add(new WardGoal(goal.number, goal.title, goal.description, projects));
		}
		return new WardPlan(ward, resolved);
	}

	private static String marker(String key) {
		return key.equals(FundingNotes.STAR) ? key : "※" + key;
	}

	private static final class GoalDraft {

		private final String number;

		private final String title;

		private final String description;

		private final List<ProjectDraft> projects = new ArrayList<>();

		private GoalDraft(String number, String title, String description) {
			this.number = number;
			this.title = title;
			this.description = description;
		}

		/** 目標1:title description: the title ends at the first space. */
		static GoalDraft of(String number, String body) {
			String text = body.strip();
			Matcher space = Pattern.compile(PlanText.WS + "+").matcher(text);
			if (space.find()) {
				return new GoalDraft(number, PlanText.clean(text.substring(0, space.start())),
						PlanText.cleanOrNull(text.substring(space.end())));
			}
			return new GoalDraft(number, PlanText.clean(text), null);
		}
	}

	private record ProjectDraft(FundingNotes.MarkedName name, String description, PlanLine line) {
	}
}
