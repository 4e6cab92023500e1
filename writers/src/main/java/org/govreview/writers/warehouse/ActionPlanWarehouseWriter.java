package org.govreview.writers.warehouse;

import java.util.List;

import javax.sql.DataSource;

import org.govreview.domain.actionplan.AchievementCount;
import org.govreview.domain.actionplan.ActionPlan;
import org.govreview.domain.actionplan.Initiative;
import org.govreview.domain.actionplan.InterimTarget;
import org.govreview.domain.actionplan.PolicyDirection;
import org.govreview.domain.actionplan.WardGoal;
import org.govreview.domain.actionplan.WardPlan;
import org.govreview.domain.actionplan.WardProject;
import org.govreview.domain.document.DocumentKind;
import org.govreview.domain.indicator.Indicator;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes an {@link ActionPlan}: ward goals and projects with their funding, policy directions (with their own
 * indicators), initiatives, indicators and year-by-year interim targets, and the counts of indicators per
 * achievement band. Idempotent and transactional like {@link PledgeReportWarehouseWriter}: the same bytes change no row,
 * versions are ordered by their own dates ({@link DocumentVersions}). Thread-safe.
 */
public final class ActionPlanWarehouseWriter {

	private final JdbcClient jdbc;

	private final DocumentVersions versions;

	public ActionPlanWarehouseWriter(DataSource dataSource) {
		this.jdbc = JdbcClient.create(dataSource);
		this.versions = new DocumentVersions(jdbc);
	}

	public IngestOutcome write(ActionPlan plan, DocumentRef ref, Long jobExecutionId) {
		if (versions.alreadyStored(DocumentKind.ACTION_PLAN, ref.sha256())) {
			return IngestOutcome.UNCHANGED;
		}
		String code = plan.municipality().code().value();
		int year = plan.fiscalYear().year();
		versions.ensureFiscalYear(plan.fiscalYear());
		versions.ensureMunicipality(plan.municipality());
		DocumentVersions.Placed placed = versions.record(new DocumentVersions.Version(DocumentKind.ACTION_PLAN, ref,
				plan.issuedOn(), code, year, "", facts(plan)), jobExecutionId);
		long documentId = placed.documentId();
		jdbc.sql("INSERT INTO action_plan (document_id, title, period_start, period_end) VALUES (?, ?, ?, ?)")
			.params(documentId, plan.title() == null ? "" : plan.title(), plan.periodStart(), plan.periodEnd()).update();
		int wardPosition = 0;
		for (WardPlan ward : plan.wards()) {
			versions.ensureMunicipality(ward.ward());
			long wardId = id("INSERT INTO ward_plan (document_id, ward_code, position) VALUES (?, ?, ?) RETURNING id",
					documentId, ward.ward().code().value(), wardPosition++);
			int goalPosition = 0;
			for (WardGoal goal : ward.goals()) {
				long goalId = id("""
						INSERT INTO ward_goal (document_id, ward_plan_id, number, title, description, position)
						VALUES (?, ?, ?, ?, ?, ?) RETURNING id""", documentId, wardId, text(goal.number()), text(goal.title()),
						text(goal.description()), goalPosition++);
				int projectPosition = 0;
				for (WardProject project : goal.projects()) {
					jdbc.sql("""
							INSERT INTO ward_project (document_id, ward_goal_id, name, description, funding_markers,
							    funding_programmes, position) VALUES (?, ?, ?, ?, ?, ?, ?)""")
						.params(documentId, goalId, text(project.name()), text(project.description()),
								project.fundingMarkers().toArray(String[]::new), project.fundingProgrammes().toArray(String[]::new),
								projectPosition++)
						.update();
				}
			}
		}
		int directionPosition = 0;
		for (PolicyDirection direction : plan.directions()) {
			long directionId = id("""
					INSERT INTO policy_direction (document_id, number, title, position) VALUES (?, ?, ?, ?) RETURNING id""",
					documentId, text(direction.number()), text(direction.title()), directionPosition++);
			int initiativePosition = 0;
			for (Initiative initiative : direction.initiatives()) {
				long initiativeId = id("""
						INSERT INTO initiative (document_id, policy_direction_id, code, title, description, departments, position)
						VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""", documentId, directionId, text(initiative.code()),
						text(initiative.title()), text(initiative.description()), initiative.departments().toArray(String[]::new),
						initiativePosition++);
				int indicatorPosition = 0;
				for (Indicator indicator : initiative.indicators()) {
					indicator(documentId, initiativeId, null, indicator, indicatorPosition++);
				}
				int interimPosition = 0;
				for (InterimTarget interim : initiative.interimTargets()) {
					Object[] value = ValueColumns.of(interim.value());
					jdbc.sql("""
							INSERT INTO interim_target (document_id, initiative_id, indicator, year, kind, value, unit, word, raw,
							    position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
						.params(documentId, initiativeId, interim.indicator(), interim.year(), value[0], value[1], value[2],
								value[3], value[4], interimPosition++)
						.update();
				}
			}
			int directionIndicatorPosition = 0;
			for (Indicator indicator : direction.indicators()) {
				indicator(documentId, null, directionId, indicator, directionIndicatorPosition++);
			}
		}
		int countPosition = 0;
		for (AchievementCount count : plan.achievementCounts()) {
			jdbc.sql("INSERT INTO achievement_count (document_id, band, indicator_count, position) VALUES (?, ?, ?, ?)")
				.params(documentId, count.band(), count.count(), countPosition++).update();
		}
		versions.findings(documentId, plan.findings(), jobExecutionId);
		return placed.outcome();
	}

	private void indicator(long documentId, Long initiativeId, Long directionId, Indicator indicator, int position) {
		Object[] baseline = ValueColumns.of(indicator.baseline());
		Object[] target = ValueColumns.of(indicator.target());
		jdbc.sql("""
				INSERT INTO indicator (document_id, initiative_id, policy_direction_id, name, baseline_year, baseline_kind,
				    baseline_value, baseline_unit, baseline_word, baseline_raw, target_year, target_kind, target_value,
				    target_unit, target_word, target_raw, position)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(documentId, initiativeId, directionId, text(indicator.name()), indicator.baselineYear(), baseline[0],
					baseline[1], baseline[2], baseline[3], baseline[4], indicator.targetYear(), target[0], target[1], target[2],
					target[3], target[4], position)
			.update();
	}

	static FactCounts facts(ActionPlan plan) {
		return FactCounts.of("initiatives", plan.initiatives().size(), "indicators",
				plan.initiatives().stream().mapToInt(i -> i.indicators().size()).sum(), "ward projects",
				plan.wards().stream().flatMap(w -> w.goals().stream()).mapToInt(g -> g.projects().size()).sum());
	}

	private long id(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}

	static String text(String value) {
		return value == null ? "" : value;
	}
}
