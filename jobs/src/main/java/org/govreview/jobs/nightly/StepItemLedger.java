package org.govreview.jobs.nightly;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.govreview.readers.source.ItemLedger;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@link ItemLedger} of one step of one job instance, in the processed_item table. Rows are recorded in the
 * caller's transaction, so an item's row commits with what was written for it. Keyed by job instance rather than
 * kept in the step's execution context: the context is serialized and written at every commit, and with 1,700 and
 * more files of one item per chunk a growing list of done paths there would be written over a million times; a row
 * per item is written once. Registered as a step listener: it learns its job instance and step before the reader
 * opens. Used by the step's thread only.
 */
class StepItemLedger implements ItemLedger, StepExecutionListener {

	private final JdbcClient jdbc;

	private Long jobInstanceId;

	private Long jobExecutionId;

	private String stepName;

	StepItemLedger(DataSource dataSource) {
		this.jdbc = JdbcClient.create(dataSource);
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		jobInstanceId = stepExecution.getJobExecution().getJobInstance().getInstanceId();
		jobExecutionId = stepExecution.getJobExecutionId();
		stepName = stepExecution.getStepName();
	}

	@Override
	public Map<String, Entry> entries() {
		Map<String, Entry> entries = new LinkedHashMap<>();
		jdbc.sql("SELECT item_key, outcome, checksum FROM processed_item WHERE job_instance_id = ? AND step_name = ?")
			.params(instance(), stepName)
			.query((rs, n) -> new Entry(rs.getString(1), !"LISTED".equals(rs.getString(2)), rs.getString(3)))
			.list()
			.forEach(entry -> entries.put(entry.key(), entry));
		return entries;
	}

	@Override
	public void listed(Collection<String> keys) {
		List<String> all = List.copyOf(keys);
		for (int from = 0; from < all.size(); from += 500) {
			List<String> batch = all.subList(from, Math.min(all.size(), from + 500));
			jdbc.sql("""
					INSERT INTO processed_item (job_instance_id, step_name, item_key, outcome, job_execution_id)
					SELECT ?, ?, key, 'LISTED', ? FROM unnest(?::text[]) AS key
					ON CONFLICT DO NOTHING""")
				.params(instance(), stepName, jobExecutionId, batch.toArray(String[]::new))
				.update();
		}
	}

	@Override
	public void done(String key, String checksum) {
		record(key, checksum, "DONE", null, null);
	}

	/** Records what was done with an item, in the caller's transaction. */
	void record(String key, String checksum, String outcome, Long documentId, Long duplicateOf) {
		jdbc.sql("""
				INSERT INTO processed_item (job_instance_id, step_name, item_key, checksum, outcome, document_id, duplicate_of,
				                            job_execution_id)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (job_instance_id, step_name, item_key) DO UPDATE SET checksum = EXCLUDED.checksum,
				    outcome = EXCLUDED.outcome, document_id = EXCLUDED.document_id, duplicate_of = EXCLUDED.duplicate_of,
				    job_execution_id = EXCLUDED.job_execution_id, recorded_at = now()""")
			.params(instance(), stepName, key, checksum, outcome, documentId, duplicateOf, jobExecutionId)
			.update();
	}

	private long instance() {
		if (jobInstanceId == null) {
			throw new IllegalStateException("the item ledger is not registered as a listener of its step");
		}
		return jobInstanceId;
	}
}
