package org.govreview.jobs.cli;

import java.nio.file.Path;
import java.time.LocalDateTime;

import javax.sql.DataSource;

import org.govreview.jobs.system.GovreviewProperties;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** run nightly, restart and executions: the job operator's side of the command line. */
@Component
class JobCommands {

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Job nightlyJob;

	private final GovreviewProperties properties;

	private final JdbcClient jdbc;

	private final JobReport report;


	JobCommands(JobOperator jobOperator, JobRepository jobRepository, Job nightlyJob, GovreviewProperties properties,
			DataSource dataSource, JobReport report) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.nightlyJob = nightlyJob;
		this.properties = properties;
		this.jdbc = JdbcClient.create(dataSource);
		this.report = report;
	}

	int runNightly(CommandLine commandLine) throws Exception {
		Path source = Path.of(commandLine.option("source")).toAbsolutePath().normalize();
		if (!source.toFile().exists()) {
			throw new IllegalArgumentException("--source " + commandLine.option("source") + ": no such file or directory");
		}
		Path outDir = Path.of(commandLine.option("out") != null ? commandLine.option("out") : properties.getOut().toString())
			.toAbsolutePath().normalize();
		JobParametersBuilder parameters = new JobParametersBuilder()
			.addString("source", source.toString())
			.addString("out", outDir.toString(), false)
			.addLocalDateTime("requested", LocalDateTime.now());
		if (commandLine.option("fiscal-year") != null) {
			parameters.addLong("fiscalYear", Long.parseLong(commandLine.option("fiscal-year")));
		}
		if (commandLine.option("municipality") != null) {
			parameters.addString("municipality", commandLine.option("municipality"), false);
		}
		System.out.println("nightly: source " + source + ", packs to " + outDir);
		JobExecution execution = jobOperator.start(nightlyJob, parameters.toJobParameters());
		return report.print(execution);
	}

	int restart(long executionId) throws Exception {
		JobExecution execution;
		try {
			execution = jobRepository.getJobExecution(executionId);
		}
		catch (org.springframework.dao.EmptyResultDataAccessException ex) {
			execution = null;
		}
		if (execution == null) {
			throw new IllegalArgumentException("no job execution " + executionId + " (see 'govreview executions')");
		}
		if (execution.getStatus() == BatchStatus.COMPLETED) {
			throw new IllegalStateException("job execution " + executionId + " COMPLETED: nothing to restart");
		}
		if (execution.getStatus().isRunning()) {
			System.out.println("execution " + executionId + " is " + execution.getStatus()
					+ " but its process is gone: recovering it (marked FAILED) before the restart");
			execution = jobOperator.recover(execution);
		}
		System.out.println("restarting execution " + executionId + " (" + execution.getStatus() + ")");
		JobExecution restarted = jobOperator.restart(execution);
		return report.print(restarted);
	}

	int executions(String status) {
		if (status != null) {
			try {
				BatchStatus.valueOf(status.toUpperCase());
			}
			catch (IllegalArgumentException ex) {
				throw new CommandLine.UsageException("--status must be one of " + java.util.Arrays.toString(BatchStatus.values())
						+ ", was '" + status + "'");
			}
		}
		System.out.printf("%-6s %-10s %-10s %-19s %-19s %s%n", "ID", "JOB", "STATUS", "START", "END", "EXIT");
		jdbc.sql("""
				SELECT e.job_execution_id, i.job_name, e.status, to_char(e.start_time, 'YYYY-MM-DD HH24:MI:SS'),
				       to_char(e.end_time, 'YYYY-MM-DD HH24:MI:SS'), e.exit_code
				FROM batch_job_execution e JOIN batch_job_instance i ON i.job_instance_id = e.job_instance_id
				WHERE (CAST(? AS TEXT) IS NULL OR e.status = upper(?)) ORDER BY e.job_execution_id""")
			.params(status, status)
			.query(rs -> {
				System.out.printf("%-6d %-10s %-10s %-19s %-19s %s%n", rs.getLong(1), rs.getString(2), rs.getString(3),
						nullToDash(rs.getString(4)), nullToDash(rs.getString(5)), nullToDash(rs.getString(6)));
			});
		return 0;
	}

	private static String nullToDash(String value) {
		return value == null ? "-" : value;
	}
}
