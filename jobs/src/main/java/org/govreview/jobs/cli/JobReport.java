package org.govreview.jobs.cli;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Prints what a job execution did: its id and status, per-step counts and durations, quarantine, packs. */
@Component
class JobReport {

	private final JdbcClient jdbc;


	JobReport(DataSource dataSource) {
		this.jdbc = JdbcClient.create(dataSource);
	}

	/** @return the exit status: 0 only for COMPLETED */
	int print(JobExecution execution) {
		System.out.println();
		System.out.println("job execution " + execution.getId() + " (" + execution.getJobInstance().getJobName() + "): "
				+ execution.getStatus() + " in " + seconds(execution.getStartTime(), execution.getEndTime()));
		System.out.printf("  %-8s %-10s %6s %6s %6s %6s %9s%n", "STEP", "STATUS", "READ", "WRITE", "FILTER", "SKIP", "TIME");
		for (StepExecution step : execution.getStepExecutions()) {
			System.out.printf("  %-8s %-10s %6d %6d %6d %6d %9s%n", step.getStepName(), step.getStatus(), step.getReadCount(),
					step.getWriteCount(), step.getFilterCount(), step.getSkipCount(),
					seconds(step.getStartTime(), step.getEndTime()));
			var context = step.getExecutionContext();
			if (step.getStepName().equals("ingest")) {
				System.out.printf("           documents: %d new, %d replaced, %d superseded, %d unchanged, %d quarantined; "
						+ "%d sheet rows rejected%n", context.getLong("ingest.new", 0L), context.getLong("ingest.replaced", 0L),
						context.getLong("ingest.superseded", 0L), context.getLong("ingest.unchanged", 0L),
						context.getLong("ingest.quarantined", 0L), context.getLong("ingest.row-errors", 0L));
				if (context.getLong("ingest.duplicates", 0L) > 0) {
					System.out.printf("           %d duplicates (same bytes as a document under another path)%n",
							context.getLong("ingest.duplicates", 0L));
				}
				for (String removed : context.getString("ingest.removed.list", "").lines().toList()) {
					System.out.println("           removed since the run started, not read: " + removed);
				}
				supersededVersions(execution.getId());
				String quarantined = context.getString("ingest.quarantine.list", "");
				if (!quarantined.isEmpty()) {
					System.out.println("           quarantined:");
					for (String line : quarantined.split("\n")) {
						String[] parts = line.split("\t", 2);
						System.out.println("             " + parts[0]);
						System.out.println("               reason: " + (parts.length > 1 ? parts[1] : ""));
					}
				}
			}
			if (step.getStepName().equals("rollup")) {
				System.out.printf("           reconciliation: %d published figures disagree with the roll-up%n",
						context.getLong("rollup.disagreements", 0L));
			}
			for (Throwable failure : step.getFailureExceptions()) {
				System.out.println("           failed: " + failure);
			}
		}
		lostFacts(execution.getId());
		List<String> packs = jdbc.sql("SELECT path FROM review_pack WHERE job_execution_id = ? ORDER BY path")
			.param(execution.getId()).query(String.class).list();
		if (!packs.isEmpty()) {
			System.out.println("  review packs:");
			packs.forEach(path -> System.out.println("    " + path));
		}
		for (Throwable failure : execution.getFailureExceptions()) {
			System.out.println("  failed: " + failure);
		}
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			System.out.println("  restart it with: govreview restart " + execution.getId());
		}
		return execution.getStatus() == BatchStatus.COMPLETED ? 0 : 1;
	}

	/** Two versions of one document seen by this run: the earlier one, kept as superseded, and which is current. */
	private void supersededVersions(long executionId) {
		List<String> superseded = jdbc.sql("""
				SELECT d.path || ': ' || f.message FROM document_finding f JOIN source_document d ON d.id = f.document_id
				WHERE f.job_execution_id = ? AND f.location = 'versions' AND f.severity = 'WARNING'
				  AND d.superseded_at IS NOT NULL ORDER BY f.id""").param(executionId).query(String.class).list();
		if (!superseded.isEmpty()) {
			System.out.println("           versions (the earlier one kept, superseded):");
			superseded.forEach(line -> System.out.println("             " + line));
		}
	}

	/**
	 * Loudly: a current version that lost most of the facts of an earlier one, and the reconciliation findings that
	 * vanished with them.
	 */
	private void lostFacts(long executionId) {
		List<String> losses = jdbc.sql("""
				SELECT d.path || ': ' || f.message FROM document_finding f JOIN source_document d ON d.id = f.document_id
				WHERE f.job_execution_id = ? AND f.location = 'versions' AND f.severity = 'ERROR' ORDER BY f.id""")
			.param(executionId).query(String.class).list();
		for (String loss : losses) {
			System.out.println("  WARNING: " + loss);
		}
		if (!losses.isEmpty()) {
			System.out.println("  WARNING: a current document version lost most of the facts of an earlier version (kept, "
					+ "superseded): stored, but check it before using the packs");
		}
	}

	private static String seconds(LocalDateTime start, LocalDateTime end) {
		if (start == null) {
			return "-";
		}
		Duration duration = Duration.between(start, end == null ? LocalDateTime.now() : end);
		return String.format("%.1f s", duration.toMillis() / 1000.0);
	}
}
