package org.govreview.writers.warehouse;

import java.util.List;

import javax.sql.DataSource;

import org.govreview.domain.document.DocumentKind;
import org.govreview.domain.fiscal.FiscalYear;
import org.govreview.domain.inspection.InspectionReport;
import org.govreview.domain.inspection.InspectionVisit;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes an {@link InspectionReport}: the report, its visits with the destinations' stated figures, Q&A and
 * opinions. A council files several reports a year, so a report's version is per council, fiscal year, faction and
 * first visit date. Idempotent and transactional like {@link PledgeReportWarehouseWriter}. Thread-safe.
 */
public final class InspectionReportWarehouseWriter {

	private final JdbcClient jdbc;

	private final DocumentVersions versions;

	public InspectionReportWarehouseWriter(DataSource dataSource) {
		this.jdbc = JdbcClient.create(dataSource);
		this.versions = new DocumentVersions(jdbc);
	}

	public IngestOutcome write(InspectionReport report, DocumentRef ref, Long jobExecutionId) {
		if (versions.alreadyStored(DocumentKind.INSPECTION_REPORT, ref.sha256())) {
			return IngestOutcome.UNCHANGED;
		}
		String code = report.council().code().value();
		int year = report.fiscalYear().year();
		String scope = ActionPlanWarehouseWriter.text(report.faction()) + "|"
				+ report.visits().stream().map(InspectionVisit::date).filter(java.util.Objects::nonNull).findFirst()
					.map(Object::toString).orElse("");
		versions.ensureFiscalYear(report.fiscalYear());
		versions.ensureMunicipality(report.council());
		DocumentVersions.Placed placed = versions.record(new DocumentVersions.Version(DocumentKind.INSPECTION_REPORT, ref,
				report.issuedOn(), code, year, scope, facts(report)), jobExecutionId);
		long documentId = placed.documentId();
		jdbc.sql("""
				INSERT INTO inspection_report (document_id, submitted_on, faction, representative, expense_number, members)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(documentId, report.submitted(), report.faction(), report.representative(), report.expenseNumber(),
					report.members().toArray(String[]::new))
			.update();
		for (InspectionVisit visit : report.visits()) {
			if (visit.destination() != null) {
				versions.ensureMunicipality(visit.destination());
			}
			if (visit.date() != null) {
				versions.ensureFiscalYear(FiscalYear.containing(visit.date()));
			}
			long visitId = jdbc.sql("""
					INSERT INTO inspection_visit (document_id, sequence, report_number, visit_date, start_time, end_time,
					    destination_code, destination_name, population, households, area_km2, stated_as_of, topic, purpose,
					    home_situation, reporters, participants)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
				.params(documentId, visit.sequence(), visit.reportNumber(), visit.date(), visit.startTime(), visit.endTime(),
						visit.destination() == null ? null : visit.destination().code().value(),
						visit.destination() == null ? null : visit.destination().name(), visit.population(), visit.households(),
						visit.areaKm2(), visit.statedAsOf(), visit.topic(), visit.purpose(), visit.homeSituation(),
						visit.reporters().toArray(String[]::new), visit.participants().toArray(String[]::new))
				.query(Long.class).single();
			int position = 0;
			for (InspectionVisit.QuestionAnswer qa : visit.questions()) {
				jdbc.sql("INSERT INTO visit_question (document_id, visit_id, question, answer, position) VALUES (?, ?, ?, ?, ?)")
					.params(documentId, visitId, qa.question(), qa.answer(), position++).update();
			}
			position = 0;
			for (InspectionVisit.MemberOpinion opinion : visit.opinions()) {
				jdbc.sql("INSERT INTO visit_opinion (document_id, visit_id, member, opinion, position) VALUES (?, ?, ?, ?, ?)")
					.params(documentId, visitId, opinion.member(), opinion.opinion(), position++).update();
			}
		}
		versions.findings(documentId, report.findings(), jobExecutionId);
		return placed.outcome();
	}

	static FactCounts facts(InspectionReport report) {
		return FactCounts.of("visits", report.visits().size(), "questions and answers",
				report.visits().stream().mapToInt(v -> v.questions().size()).sum(), "opinions",
				report.visits().stream().mapToInt(v -> v.opinions().size()).sum());
	}
}
