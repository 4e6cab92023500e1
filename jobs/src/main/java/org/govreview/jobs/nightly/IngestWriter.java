package org.govreview.jobs.nightly;

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
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes read documents into the warehouse and rejected ones into quarantine, in the chunk's transaction, and
 * tallies the outcomes in the step's execution context.
 */
class IngestWriter implements ItemWriter<IngestItem>, StepExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(IngestWriter.class);

	private final PledgeReportWarehouseWriter reports;

	private final RatingSheetWarehouseWriter sheets;

	private final QuarantineWriter quarantine;

	private StepExecution stepExecution;

	IngestWriter(PledgeReportWarehouseWriter reports, RatingSheetWarehouseWriter sheets, QuarantineWriter quarantine) {
		this.reports = reports;
		this.sheets = sheets;
		this.quarantine = quarantine;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.stepExecution = stepExecution;
	}

	@Override
	public void write(Chunk<? extends IngestItem> chunk) {
		Long jobExecutionId = stepExecution.getJobExecutionId();
		var context = stepExecution.getExecutionContext();
		for (IngestItem item : chunk) {
			if (item instanceof IngestItem.Report report) {
					IngestOutcome outcome = reports.write(report.report(), report.ref(), jobExecutionId);
					tally(context, outcome);
					log.info("[ingest] {} → {}: pledge report of {} {}: {} pledges, {} measures, {} star ratings", report.ref().path(),
							outcome, report.report().municipality(), report.report().fiscalYear(), report.report().pledges().size(),
							report.report().measures().size(), report.report().ratedMeasureCount());
			}
			else if (item instanceof IngestItem.Sheet sheet) {
					IngestOutcome outcome = sheets.write(sheet.sheet(), sheet.municipality(), sheet.ref(), jobExecutionId);
					tally(context, outcome);
					long errors = sheet.sheet().findings().stream().filter(f -> f.severity() == Finding.Severity.ERROR).count();
					if (outcome != IngestOutcome.UNCHANGED) {
						IngestTally.count(context, IngestTally.ROW_ERRORS, errors);
					}
					log.info("[ingest] {} → {}: rating sheet of {} ({}), {} ratings, {} rejected rows", sheet.ref().path(), outcome,
							sheet.municipality(), sheet.sheet().department(), sheet.sheet().ratings().size(), errors);
					sheet.sheet().findings().stream().filter(f -> f.severity() == Finding.Severity.ERROR)
						.forEach(f -> log.warn("[ingest]   rejected row: {}", f));
			}
			else if (item instanceof IngestItem.Rejected rejected) {
					quarantine.quarantine(rejected.ref().path(), rejected.ref().sha256(), rejected.reason(), jobExecutionId);
					IngestTally.quarantined(context, rejected.ref().path(), rejected.reason());
					log.warn("[ingest] {} → QUARANTINED: {}", rejected.ref().path(), rejected.reason());
			}
		}
	}

	private static void tally(org.springframework.batch.infrastructure.item.ExecutionContext context, IngestOutcome outcome) {
		IngestTally.count(context, switch (outcome) {
			case NEW -> IngestTally.NEW;
			case REPLACED -> IngestTally.REPLACED;
			case UNCHANGED -> IngestTally.UNCHANGED;
		}, 1);
	}
}
