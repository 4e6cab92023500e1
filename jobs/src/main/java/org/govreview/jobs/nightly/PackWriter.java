package org.govreview.jobs.nightly;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import javax.sql.DataSource;

import org.govreview.domain.pack.ReviewPack;
import org.govreview.writers.pack.AtomicPackFile;
import org.govreview.writers.pack.ExcelReviewPackWriter;
import org.govreview.writers.pack.PdfReviewPackWriter;
import org.govreview.writers.warehouse.ReviewPackQuery;
import org.govreview.writers.warehouse.ReviewSubject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes the Excel and PDF review pack of each subject (each file to a temporary name, moved into place when
 * complete) and records them in the warehouse. Writing the same pack again replaces it whole. Before the step writes,
 * the temporary files of pack writes killed in an earlier run are removed.
 */
class PackWriter implements ItemWriter<ReviewSubject>, StepExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(PackWriter.class);

	private final ReviewPackQuery packs;

	private final ExcelReviewPackWriter excel;

	private final PdfReviewPackWriter pdf;

	private final Path outputDirectory;

	private final JdbcClient jdbc;

	private StepExecution stepExecution;

	PackWriter(ReviewPackQuery packs, ExcelReviewPackWriter excel, PdfReviewPackWriter pdf, Path outputDirectory,
			DataSource dataSource) {
		this.packs = packs;
		this.excel = excel;
		this.pdf = pdf;
		this.outputDirectory = outputDirectory;
		this.jdbc = JdbcClient.create(dataSource);
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.stepExecution = stepExecution;
		for (Path leftover : AtomicPackFile.removeLeftovers(outputDirectory)) {
			log.info("[packs] removed {}, left by a pack write that was killed before it completed", leftover.toAbsolutePath());
		}
	}

	@Override
	public void write(Chunk<? extends ReviewSubject> chunk) throws Exception {
		Files.createDirectories(outputDirectory);
		for (ReviewSubject subject : chunk) {
			ReviewPack pack = packs.pack(subject, Instant.now());
			record(subject, "xlsx", excel.write(pack, outputDirectory));
			record(subject, "pdf", pdf.write(pack, outputDirectory));
		}
	}

	private void record(ReviewSubject subject, String format, Path file) {
		String sha256 = IngestProcessor.sha256(file);
		jdbc.sql("""
				INSERT INTO review_pack (municipality_code, fiscal_year, format, path, sha256, job_execution_id)
				VALUES (?, ?, ?, ?, ?, ?)
				ON CONFLICT (municipality_code, fiscal_year, format) DO UPDATE SET path = EXCLUDED.path,
				    sha256 = EXCLUDED.sha256, job_execution_id = EXCLUDED.job_execution_id, written_at = now()""")
			.params(subject.municipality().code().value(), subject.fiscalYear().year(), format,
					file.toAbsolutePath().toString(), sha256, stepExecution.getJobExecutionId())
			.update();
		StepTally.count(stepExecution.getExecutionContext(), "packs.files", 1);
		log.info("[packs] {} → {}", subject, file.toAbsolutePath());
	}
}
