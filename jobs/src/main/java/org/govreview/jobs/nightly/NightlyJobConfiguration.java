package org.govreview.jobs.nightly;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.govreview.domain.fiscal.FiscalYear;
import org.govreview.domain.municipality.LocalGovernmentCode;
import org.govreview.domain.rollup.RollupRule;
import org.govreview.jobs.system.FaultInjection;
import org.govreview.jobs.system.GovreviewProperties;
import org.govreview.readers.actionplan.ActionPlanReader;
import org.govreview.readers.inspection.InspectionReportReader;
import org.govreview.readers.municipality.MunicipalityMaster;
import org.govreview.readers.pledge.PledgeReportReader;
import org.govreview.readers.policy.PolicyStatementReader;
import org.govreview.readers.ratingsheet.RatingSheetReader;
import org.govreview.readers.source.SourceFile;
import org.govreview.readers.source.SourceFileItemReader;
import org.govreview.readers.text.SourceTextLoader;
import org.govreview.writers.pack.ExcelReviewPackWriter;
import org.govreview.writers.warehouse.ActionPlanWarehouseWriter;
import org.govreview.writers.warehouse.InspectionReportWarehouseWriter;
import org.govreview.writers.warehouse.PolicyStatementWarehouseWriter;
import org.govreview.writers.pack.JapaneseFontLocator;
import org.govreview.writers.pack.PdfReviewPackWriter;
import org.govreview.writers.warehouse.PledgeReportWarehouseWriter;
import org.govreview.writers.warehouse.PolicyTreeQuery;
import org.govreview.writers.warehouse.QuarantineWriter;
import org.govreview.writers.warehouse.RatingSheetWarehouseWriter;
import org.govreview.writers.warehouse.ReviewPackQuery;
import org.govreview.writers.warehouse.ReviewSubject;
import org.govreview.writers.warehouse.ReviewSubjects;
import org.govreview.writers.warehouse.RollupResultStore;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.listener.StepListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The nightly job: ingest (source files → warehouse or quarantine) → rollup (percentages and reconciliation) →
 * packs (Excel and PDF per municipality and fiscal year). Each step commits one item at a time and keeps its
 * position in the job repository, so a restarted execution resumes where the failed one stopped. The packs step
 * reads its subjects through a supplier so that it can be partitioned by municipality.
 */
@Configuration(proxyBeanMethods = false)
class NightlyJobConfiguration {

	static final String JOB_NAME = "nightly";

	@Bean
	Job nightlyJob(JobRepository jobRepository, Step ingestStep, Step rollupStep, Step packsStep) {
		return new JobBuilder(JOB_NAME, jobRepository).start(ingestStep).next(rollupStep).next(packsStep).build();
	}

	@Bean
	Step ingestStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			SourceFileItemReader sourceFileReader, IngestProcessor ingestProcessor, IngestWriter ingestWriter,
			StepItemLedger ingestLedger, FaultInjection faults) {
		return new StepBuilder("ingest", jobRepository).<SourceFile, IngestItem>chunk(1)
			.transactionManager(transactionManager)
			.reader(sourceFileReader)
			.processor(ingestProcessor)
			.writer(ingestWriter)
			.listener((StepListener) ingestLedger)
			.listener(ingestWriter)
			.listener((StepListener) faults)
			.build();
	}

	/** What this job instance has ingested, by stored path and checksum: a restart reads the files not done. */
	@Bean
	@StepScope
	StepItemLedger ingestLedger(DataSource dataSource) {
		return new StepItemLedger(dataSource);
	}

	@Bean
	@StepScope
	SourceFileItemReader sourceFileReader(@Value("#{jobParameters['source']}") String source, StepItemLedger ingestLedger) {
		return new SourceFileItemReader(Path.of(source), ingestLedger);
	}

	@Bean
	@StepScope
	IngestProcessor ingestProcessor(SourceTextLoader loader, DocumentReaders readers, MunicipalityMaster master,
			ReviewSubjects subjects, GovreviewProperties properties, @Value("${govreview.fault.read:}") String readFaults,
			@Value("#{jobParameters['fiscalYear']}") Long fiscalYear,
			@Value("#{jobParameters['municipality']}") String municipality) {
		if (municipality != null && !municipality.isBlank()) {
			readers = documentReaders(master.withChoice(Arrays.stream(municipality.split(","))
				.map(String::strip)
				.filter(code -> !code.isEmpty())
				.map(LocalGovernmentCode::of)
				.toList()));
		}
		return new IngestProcessor(loader, readers, master, subjects,
				fiscalYear == null ? null : FiscalYear.of(fiscalYear.intValue()),
				new ReadingBudget(properties.getIngest().getTimeBudget()), new ReadFaults(readFaults));
	}

	@Bean
	DocumentReaders documentReaders(MunicipalityMaster master) {
		return new DocumentReaders(new PledgeReportReader(master), new ActionPlanReader(master),
				new PolicyStatementReader(master), new InspectionReportReader(master), new RatingSheetReader());
	}

	@Bean
	PlanWriters planWriters(DataSource dataSource) {
		return new PlanWriters(new ActionPlanWarehouseWriter(dataSource), new PolicyStatementWarehouseWriter(dataSource),
				new InspectionReportWarehouseWriter(dataSource));
	}

	@Bean
	@StepScope
	IngestWriter ingestWriter(PledgeReportWarehouseWriter reports, RatingSheetWarehouseWriter sheets,
			QuarantineWriter quarantine, PlanWriters plans, StepItemLedger ingestLedger,
			PlatformTransactionManager transactionManager, DataSource dataSource) {
		return new IngestWriter(reports, sheets, quarantine, plans, ingestLedger, transactionManager, dataSource);
	}

	@Bean
	Step rollupStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ReviewSubjects subjects, RollupWriter rollupWriter, FaultInjection faults, DataSource dataSource) {
		return subjectStep("rollup", jobRepository, transactionManager, subjects::withPledgeReport, rollupWriter, faults,
				new StepItemLedger(dataSource));
	}

	/** A step over municipalities and fiscal years, one committed subject at a time, restartable by subject. */
	private static <W extends ItemWriter<ReviewSubject> & StepExecutionListener> Step subjectStep(String name,
			JobRepository jobRepository, PlatformTransactionManager transactionManager,
			Supplier<List<ReviewSubject>> subjects, W writer, FaultInjection faults, StepItemLedger ledger) {
		return new StepBuilder(name, jobRepository).<ReviewSubject, ReviewSubject>chunk(1)
			.transactionManager(transactionManager)
			.reader(new ReviewSubjectItemReader(subjects, ledger))
			.writer(new LedgerRecordingItemWriter<>(writer, ledger, ReviewSubjectItemReader::keyOf))
			.listener((StepListener) ledger)
			.listener((StepListener) writer)
			.listener((StepListener) faults)
			.build();
	}

	@Bean
	@StepScope
	RollupWriter rollupWriter(PolicyTreeQuery trees, RollupResultStore store, RollupRule rule) {
		return new RollupWriter(trees, store, rule);
	}

	@Bean
	Step packsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ReviewSubjects subjects, PackWriter packWriter, FaultInjection faults, DataSource dataSource) {
		return subjectStep("packs", jobRepository, transactionManager, subjects::all, packWriter, faults,
				new StepItemLedger(dataSource));
	}

	@Bean
	@StepScope
	PackWriter packWriter(ReviewPackQuery packs, GovreviewProperties properties, DataSource dataSource,
			@Value("#{jobParameters['out']}") String out) {
		Path font = JapaneseFontLocator.locate(properties.getPack().getFont())
			.orElseThrow(() -> new IllegalStateException(
					"no Japanese TrueType font found: set govreview.pack.font to a .ttf file (templates/fonts/fetch-font installs one)"));
		return new PackWriter(packs, new ExcelReviewPackWriter(), new PdfReviewPackWriter(font),
				out == null ? properties.getOut() : Path.of(out), dataSource);
	}
}
