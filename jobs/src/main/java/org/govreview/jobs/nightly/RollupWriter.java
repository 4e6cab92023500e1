package org.govreview.jobs.nightly;

import java.util.ArrayList;
import java.util.List;

import org.govreview.domain.rollup.ReconciliationStatus;
import org.govreview.domain.rollup.RollupCalculator;
import org.govreview.domain.rollup.RollupRow;
import org.govreview.domain.rollup.RollupRule;
import org.govreview.domain.rollup.StatedEvaluations;
import org.govreview.domain.rollup.StatedRuleCheck;
import org.govreview.writers.warehouse.PolicyTreeQuery;
import org.govreview.writers.warehouse.ReviewSubject;
import org.govreview.writers.warehouse.RollupResultStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Rolls each subject up under the configured rule and stores the rows, in the chunk's transaction. */
class RollupWriter implements ItemWriter<ReviewSubject>, StepExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(RollupWriter.class);

	private final PolicyTreeQuery trees;

	private final RollupResultStore store;

	private final RollupRule rule;

	private StepExecution stepExecution;

	RollupWriter(PolicyTreeQuery trees, RollupResultStore store, RollupRule rule) {
		this.trees = trees;
		this.store = store;
		this.rule = rule;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.stepExecution = stepExecution;
	}

	@Override
	public void write(Chunk<? extends ReviewSubject> chunk) {
		RollupCalculator calculator = new RollupCalculator(rule);
		for (ReviewSubject subject : chunk) {
			List<RollupRow> rows = onItsOwnScale(calculator.calculate(trees.tree(subject)), trees.statedEvaluations(subject));
			store.save(subject, rows, rule.name(), stepExecution.getJobExecutionId());
			trees.earlierVersionOfLossyReport(subject).ifPresent(earlier -> store.recordLostReconciliation(earlier,
					calculator.calculate(trees.tree(subject, earlier.documentId())), rows, stepExecution.getJobExecutionId()));
			long disagreements = rows.stream().filter(row -> row.status() == ReconciliationStatus.DISAGREES).count();
			RollupRow overall = rows.get(rows.size() - 1);
			if (overall.note() != null && overall.note().startsWith("stated rule")) {
				log.info("[rollup] {}: {}", subject, overall.note());
			}
			StepTally.count(stepExecution.getExecutionContext(), "rollup.disagreements", disagreements);
			log.info("[rollup] {}: {} rows, overall computed {} published {}, {} disagreements", subject, rows.size(),
					overall.computed(), overall.published(), disagreements);
		}
	}

	/**
	 * A report that evaluates its items on a scale other than stars is not rolled up by the star rule: its overall
	 * row is computed by the rule the report states, or left uncomputed.
	 */
	private static List<RollupRow> onItsOwnScale(List<RollupRow> rows, StatedEvaluations report) {
		if (!report.onAnotherScale() || rows.isEmpty()) {
			return rows;
		}
		List<RollupRow> checked = new ArrayList<>(rows.subList(0, rows.size() - 1));
		checked.add(StatedRuleCheck.overall(report));
		return checked;
	}
}
