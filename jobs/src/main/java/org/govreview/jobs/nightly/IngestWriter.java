package org.govreview.jobs.nightly;

import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.govreview.domain.document.Finding;
import org.govreview.writers.warehouse.IngestOutcome;
import org.govreview.writers.warehouse.PledgeReportWarehouseWriter;
import org.govreview.writers.warehouse.QuarantineWriter;
import org.govreview.writers.warehouse.RatingSheetWarehouseWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes read documents into the warehouse and rejected ones into quarantine, in the chunk's transaction, records
 * each file in the step's ledger (by stored path and checksum) in the same transaction, and tallies the outcomes
 * in the step's execution context. Each document is stored under a savepoint: when storing fails (PostgreSQL refuses
 * a value, a writer throws), what it wrote is rolled back, the file is quarantined with the reason, and the step goes
 * on. The same bytes as a current document under another path are recorded as a duplicate of it.
 */
class IngestWriter implements ItemWriter<IngestItem>, StepExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(IngestWriter.class);

	static final String DUPLICATES = "ingest.duplicates";

	static final String REMOVED_LIST = "ingest.removed.list";

	private final PledgeReportWarehouseWriter reports;

	private final RatingSheetWarehouseWriter sheets;

	private final QuarantineWriter quarantine;

	private final PlanWriters plans;

	private final StepItemLedger ledger;

	private final TransactionTemplate savepoint;

	private final JdbcClient jdbc;

	private StepExecution stepExecution;

	IngestWriter(PledgeReportWarehouseWriter reports, RatingSheetWarehouseWriter sheets, QuarantineWriter quarantine,
			PlanWriters plans, StepItemLedger ledger, PlatformTransactionManager transactionManager, DataSource dataSource) {
		this.reports = reports;
		this.sheets = sheets;
		this.quarantine = quarantine;
		this.plans = plans;
		this.ledger = ledger;
		this.savepoint = new TransactionTemplate(transactionManager);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
		this.jdbc = JdbcClient.create(dataSource);
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.stepExecution = stepExecution;
	}

	@Override
	public void write(Chunk<? extends IngestItem> chunk) {
		for (IngestItem item : chunk) {
			String path = item.ref().path();
			if (item instanceof IngestItem.Removed) {
				removed(path);
			}
			else if (item instanceof IngestItem.Rejected rejected) {
				quarantine(path, rejected.ref().sha256(), rejected.reason());
			}
			else {
				IngestOutcome outcome;
				try {
					outcome = savepoint.execute(status -> store(item));
				}
				catch (RuntimeException | StackOverflowError ex) {
					quarantine(path, item.ref().sha256(), path + ": could not be stored: " + IngestProcessor.describe(ex));
					continue;
				}
				recordStored(item, outcome);
			}
		}
	}

	private IngestOutcome store(IngestItem item) {
		Long jobExecutionId = stepExecution.getJobExecutionId();
		IngestOutcome outcome;
		if (item instanceof IngestItem.Report report) {
			outcome = reports.write(report.report(), report.ref(), jobExecutionId);
			log.info("[ingest] {} → {}: pledge report of {} {}: {} pledges, {} measures, {} star ratings", report.ref().path(),
					outcome, report.report().municipality(), report.report().fiscalYear(), report.report().pledges().size(),
					report.report().measures().size(), report.report().ratedMeasureCount());
		}
		else if (item instanceof IngestItem.Sheet sheet) {
			outcome = sheets.write(sheet.sheet(), sheet.municipality(), sheet.ref(), jobExecutionId);
			long errors = sheet.sheet().findings().stream().filter(f -> f.severity() == Finding.Severity.ERROR).count();
			if (outcome != IngestOutcome.UNCHANGED) {
				StepTally.count(context(), StepTally.ROW_ERRORS, errors);
			}
			log.info("[ingest] {} → {}: rating sheet of {} ({}), {} ratings, {} rejected rows", sheet.ref().path(), outcome,
					sheet.municipality(), sheet.sheet().department(), sheet.sheet().ratings().size(), errors);
			sheet.sheet().findings().stream().filter(f -> f.severity() == Finding.Severity.ERROR)
				.forEach(f -> log.warn("[ingest]   rejected row: {}", f));
		}
		else if (item instanceof IngestItem.Plan plan) {
			outcome = plans.actionPlans().write(plan.plan(), plan.ref(), jobExecutionId);
			log.info("[ingest] {} → {}: action plan of {} {}: {} wards, {} policy directions, {} initiatives, {} indicators",
					plan.ref().path(), outcome, plan.plan().municipality(), plan.plan().fiscalYear(), plan.plan().wards().size(),
					plan.plan().directions().size(), plan.plan().initiatives().size(),
					plan.plan().initiatives().stream().mapToInt(i -> i.indicators().size()).sum());
		}
		else if (item instanceof IngestItem.Policy policy) {
			outcome = plans.policyStatements().write(policy.statement(), policy.ref(), jobExecutionId);
			log.info("[ingest] {} → {}: policy of {} {}: {} issues, {} statistics", policy.ref().path(), outcome,
					policy.statement().organisation(), policy.statement().fiscalYear(), policy.statement().issues().size(),
					policy.statement().statistics().size());
		}
		else if (item instanceof IngestItem.Inspection inspection) {
			outcome = plans.inspectionReports().write(inspection.report(), inspection.ref(), jobExecutionId);
			log.info("[ingest] {} → {}: inspection report of {} {}: {} visits, {} members", inspection.ref().path(), outcome,
					inspection.report().council(), inspection.report().fiscalYear(), inspection.report().visits().size(),
					inspection.report().members().size());
		}
		else {
			throw new IllegalArgumentException("not a document: " + item);
		}
		if (outcome != IngestOutcome.UNCHANGED && !item.textFindings().isEmpty()) {
			storedDocument(item.ref().sha256()).ifPresent(document -> textFindings(document.id(), item.textFindings()));
		}
		return outcome;
	}

	/** Tallies and records a stored document; the same bytes as a current document of another path is a duplicate. */
	private void recordStored(IngestItem item, IngestOutcome outcome) {
		String path = item.ref().path();
		Optional<StoredDocument> document = storedDocument(item.ref().sha256());
		if (outcome == IngestOutcome.UNCHANGED && document.isPresent() && !document.get().path().equals(path)) {
			StepTally.count(context(), DUPLICATES, 1);
			log.info("[ingest] {} → DUPLICATE of {} (same bytes): recorded, nothing stored twice", path, document.get().path());
			ledger.record(path, item.ref().sha256(), "DUPLICATE", null, document.get().id());
			return;
		}
		StepTally.count(context(), switch (outcome) {
			case NEW -> StepTally.NEW;
			case REPLACED -> StepTally.REPLACED;
			case SUPERSEDED -> StepTally.SUPERSEDED;
			case UNCHANGED -> StepTally.UNCHANGED;
		}, 1);
		ledger.record(path, item.ref().sha256(), outcome.name(), document.map(StoredDocument::id).orElse(null), null);
	}

	private void quarantine(String path, String sha256, String reason) {
		quarantine.quarantine(path, sha256, reason, stepExecution.getJobExecutionId());
		StepTally.quarantined(context(), path, reason);
		ledger.record(path, sha256, "QUARANTINED", null, null);
		log.warn("[ingest] {} → QUARANTINED: {}", path, reason);
	}

	private void removed(String path) {
		List<String> removed = new java.util.ArrayList<>(List.of(context().getString(REMOVED_LIST, "").split("\n")));
		removed.removeIf(String::isEmpty);
		removed.add(path);
		context().putString(REMOVED_LIST, String.join("\n", removed));
		ledger.record(path, "", "REMOVED", null, null);
		log.warn("[ingest] {} → REMOVED: listed when the run started, no longer there at the restart; not read", path);
	}

	private record StoredDocument(long id, String path) {
	}

	private Optional<StoredDocument> storedDocument(String sha256) {
		return jdbc.sql("SELECT id, path FROM source_document WHERE sha256 = ? ORDER BY superseded_at IS NULL DESC, id LIMIT 1")
			.param(sha256).query((rs, n) -> new StoredDocument(rs.getLong(1), rs.getString(2))).optional();
	}

	private void textFindings(long documentId, List<Finding> findings) {
		for (Finding finding : findings) {
			jdbc.sql("""
					INSERT INTO document_finding (document_id, severity, location, message, value, job_execution_id)
					VALUES (?, ?, ?, ?, ?, ?)""")
				.params(documentId, finding.severity().name(), finding.location(), finding.message(), finding.value(),
						stepExecution.getJobExecutionId())
				.update();
		}
	}

	private ExecutionContext context() {
		return stepExecution.getExecutionContext();
	}
}
