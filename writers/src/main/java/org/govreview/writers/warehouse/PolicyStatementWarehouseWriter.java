package org.govreview.writers.warehouse;

import java.util.List;

import javax.sql.DataSource;

import org.govreview.domain.document.DocumentKind;
import org.govreview.domain.policy.PolicyIssue;
import org.govreview.domain.policy.PolicyStatement;
import org.govreview.domain.policy.Statistic;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes a {@link PolicyStatement}: mission, issues and statistics. Idempotent and transactional like
 * {@link PledgeReportWarehouseWriter}; versions (same organisation and fiscal year) are ordered
 * by their own dates ({@link DocumentVersions}).
 * Thread-safe.
 */
public final class PolicyStatementWarehouseWriter {

	private final JdbcClient jdbc;

	private final DocumentVersions versions;

	public PolicyStatementWarehouseWriter(DataSource dataSource) {
		this.jdbc = JdbcClient.create(dataSource);
		this.versions = new DocumentVersions(jdbc);
	}

	public IngestOutcome write(PolicyStatement statement, DocumentRef ref, Long jobExecutionId) {
		if (versions.alreadyStored(DocumentKind.POLICY_STATEMENT, ref.sha256())) {
			return IngestOutcome.UNCHANGED;
		}
		String code = statement.organisation().code().value();
		int year = statement.fiscalYear().year();
		versions.ensureFiscalYear(statement.fiscalYear());
		versions.ensureMunicipality(statement.organisation());
		DocumentVersions.Placed placed = versions.record(new DocumentVersions.Version(DocumentKind.POLICY_STATEMENT, ref,
				statement.issuedOn(), code, year, "", facts(statement)), jobExecutionId);
		long documentId = placed.documentId();
		jdbc.sql("INSERT INTO policy_statement (document_id, title, mission) VALUES (?, ?, ?)")
			.params(documentId, ActionPlanWarehouseWriter.text(statement.title()), ActionPlanWarehouseWriter.text(statement.mission()))
			.update();
		int position = 0;
		for (PolicyIssue issue : statement.issues()) {
			jdbc.sql("""
					INSERT INTO policy_issue (document_id, issue_id, domain, number, title, content, background, actions, position)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(documentId, issue.id(), ActionPlanWarehouseWriter.text(issue.domain()), issue.number(),
						ActionPlanWarehouseWriter.text(issue.title()), ActionPlanWarehouseWriter.text(issue.content()),
						ActionPlanWarehouseWriter.text(issue.background()), issue.actions().toArray(String[]::new), position++)
				.update();
		}
		position = 0;
		for (Statistic statistic : statement.statistics()) {
			Object[] value = ValueColumns.of(statistic.value());
			jdbc.sql("""
					INSERT INTO statistic (document_id, issue_id, indicator, period, fiscal_year, value_kind, value, unit, word,
					    raw, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(documentId, statistic.issueId(), statistic.indicator(), ActionPlanWarehouseWriter.text(statistic.period()),
						statistic.fiscalYear(), value[0] == null ? "ABSENT" : value[0], value[1], value[2], value[3], value[4],
						position++)
				.update();
		}
		versions.findings(documentId, statement.findings(), jobExecutionId);
		return placed.outcome();
	}

	static FactCounts facts(PolicyStatement statement) {
		return FactCounts.of("issues", statement.issues().size(), "statistics", statement.statistics().size());
	}
}
