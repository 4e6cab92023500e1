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

	private final PlanWriters plans;

	private StepExecution stepExecution;

	IngestWriter(PledgeReportWarehouseWriter reports, RatingSheetWarehouseWriter sheets, QuarantineWriter quarantine,
			PlanWriters plans) {
		this.reports = reports;
		this.sheets = sheets;
		this.quarantine = quarantine;
		this.plans = plans;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.stepExecution = stepExecution;
	}

	@Override
	public void write(Chunk<? extends IngestItem> chunk) {
		Long jobExecutionId = stepExecution.getJobExecutionId();
		var context = stepExecution.getExecutionContext();
		for (IngestItem read : chunk) {
			IngestItem item = SanityCheck.check(read);
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
						StepTally.count(context, StepTally.ROW_ERRORS, errors);
					}
					log.info("[ingest] {} → {}: rating sheet of {} ({}), {} ratings, {} rejected rows", sheet.ref().path(), outcome,
							sheet.municipality(), sheet.sheet().department(), sheet.sheet().ratings().size(), errors);
					sheet.sheet().findings().stream().filter(f -> f.severity() == Finding.Severity.ERROR)
						.forEach(f -> log.warn("[ingest]   rejected row: {}", f));
			}
			else if (item instanceof IngestItem.Plan plan) {
				IngestOutcome outcome = plans.actionPlans().write(plan.plan(), plan.ref(), jobExecutionId);
				tally(context, outcome);
				log.info("[ingest] {} → {}: action plan of {} {}: {} wards, {} policy directions, {} initiatives, {} indicators",
						plan.ref().path(), outcome, plan.plan().municipality(), plan.plan().fiscalYear(), plan.plan().wards().size(),
						plan.plan().directions().size(), plan.plan().initiatives().size(),
						plan.plan().initiatives().stream().mapToInt(i -> i.indicators().size()).sum());
			}
			else if (item instanceof IngestItem.Policy policy) {
				IngestOutcome outcome = plans.policyStatements().write(policy.statement(), policy.ref(), jobExecutionId);
				tally(context, outcome);
				log.info("[ingest] {} → {}: policy of {} {}: {} issues, {} statistics", policy.ref().path(), outcome,
						policy.statement().organisation(), policy.statement().fiscalYear(), policy.statement().issues().size(),
						policy.statement().statistics().size());
			}
			else if (item instanceof IngestItem.Inspection inspection) {
				IngestOutcome outcome = plans.inspectionReports().write(inspection.report(), inspection.ref(), jobExecutionId);
				tally(context, outcome);
				log.info("[ingest] {} → {}: inspection report of {} {}: {} visits, {} members", inspection.ref().path(), outcome,
						inspection.report().council(), inspection.report().fiscalYear(), inspection.report().visits().size(),
						inspection.report().members().size());
			}
			else if (item instanceof IngestItem.Rejected rejected) {
					quarantine.quarantine(rejected.ref().path(), rejected.ref().sha256(), rejected.reason(), jobExecutionId);
					StepTally.quarantined(context, rejected.ref().path(), rejected.reason());
					log.warn("[ingest] {} → QUARANTINED: {}", rejected.ref().path(), rejected.reason());
			}
		}
	}

	private static void tally(org.springframework.batch.infrastructure.item.ExecutionContext context, IngestOutcome outcome) {
		StepTally.count(context, switch (outcome) {
			case NEW -> StepTally.NEW;
			case REPLACED -> StepTally.REPLACED;
			case SUPERSEDED -> StepTally.SUPERSEDED;
			case UNCHANGED -> StepTally.UNCHANGED;
		}, 1);
	}
}
