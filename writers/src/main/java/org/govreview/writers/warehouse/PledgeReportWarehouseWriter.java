package org.govreview.writers.warehouse;

import java.util.List;

import javax.sql.DataSource;

import org.govreview.domain.document.DocumentKind;
import org.govreview.domain.pledge.Activity;
import org.govreview.domain.pledge.BasicPolicy;
import org.govreview.domain.pledge.ItemEvaluation;
import org.govreview.domain.pledge.MarkCount;
import org.govreview.domain.pledge.Measure;
import org.govreview.domain.pledge.Pledge;
import org.govreview.domain.pledge.PledgeReport;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes a {@link PledgeReport} into the warehouse: the hierarchy, departments, star ratings, evaluations on any
 * other scale, published figures with their units, counts per mark and the stated rule, each row linked to its
 * source document. Idempotent: the same bytes again change no row; a new version
 * of the report (same municipality and fiscal year) is current when its own date is later and kept as superseded when
 * it is earlier ({@link DocumentVersions}). Must run inside a transaction (a
 * chunk's), so a replacement is all or nothing. Thread-safe; holds no state besides the data source.
 */
public final class PledgeReportWarehouseWriter {

	private final JdbcClient jdbc;

	private final DocumentVersions versions;

	public PledgeReportWarehouseWriter(DataSource dataSource) {
		this.jdbc = JdbcClient.create(dataSource);
		this.versions = new DocumentVersions(jdbc);
	}

	public IngestOutcome write(PledgeReport report, DocumentRef ref, Long jobExecutionId) {
		if (versions.alreadyStored(DocumentKind.PLEDGE_REPORT, ref.sha256())) {
			return IngestOutcome.UNCHANGED;
		}
		String municipality = report.municipality().code().value();
		int fiscalYear = report.fiscalYear().year();
		versions.ensureFiscalYear(report.fiscalYear());
		versions.ensureMunicipality(report.municipality());
		DocumentVersions.Placed placed = versions.record(new DocumentVersions.Version(DocumentKind.PLEDGE_REPORT, ref,
				report.issuedOn(), municipality, fiscalYear, "", facts(report)), jobExecutionId);
		long documentId = placed.documentId();
		int policyPosition = 0;
		for (BasicPolicy policy : report.basicPolicies()) {
			long policyId = insert("INSERT INTO basic_policy (document_id, code, title, position) VALUES (?, ?, ?, ?) RETURNING id",
					documentId, policy.code(), policy.title(), policyPosition++);
			figure(documentId, "basic-policy", policy.code(), policy.publishedPercent(), policy.publishedUnit());
			int pledgePosition = 0;
			for (Pledge pledge : policy.pledges()) {
				long pledgeId = insert("""
						INSERT INTO pledge (document_id, basic_policy_id, code, title, position)
						VALUES (?, ?, ?, ?, ?) RETURNING id""", documentId, policyId, pledge.code(), pledge.title(), pledgePosition++);
				figure(documentId, "pledge", pledge.code(), pledge.publishedPercent(), pledge.publishedUnit());
				int measurePosition = 0;
				for (Measure measure : pledge.measures()) {
					ItemEvaluation evaluation = measure.evaluation();
					long measureId = insert("""
							INSERT INTO measure (document_id, pledge_id, code, title, star_rating, position, evaluation_scale,
							    evaluation_mark, evaluation_level, evaluation_levels, evaluation_printed)
							VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""", documentId, pledgeId, measure.code(),
							measure.title(), measure.rating(), measurePosition++,
							evaluation == null ? null : evaluation.scale(), evaluation == null ? null : evaluation.mark(),
							evaluation == null ? null : evaluation.level(), evaluation == null ? null : evaluation.levels(),
							evaluation == null ? null : evaluation.printed());
					departments(municipality, measureId, measure.departments());
					int activityPosition = 0;
					for (Activity activity : measure.activities()) {
						jdbc.sql("INSERT INTO activity (document_id, measure_id, code, text, position) VALUES (?, ?, ?, ?, ?)")
							.params(documentId, measureId, activity.code(), activity.text(), activityPosition++).update();
					}
				}
			}
		}
		figure(documentId, "overall", "overall", report.publishedOverall(), report.overallUnit());
		int countPosition = 0;
		for (MarkCount count : report.markCounts()) {
			jdbc.sql("INSERT INTO mark_count (document_id, mark, item_count, position) VALUES (?, ?, ?, ?)")
				.params(documentId, count.mark(), count.count(), countPosition++).update();
		}
		if (report.overallRule() != null) {
			jdbc.sql("INSERT INTO stated_rule (document_id, rule) VALUES (?, ?)")
				.params(documentId, report.overallRule().code()).update();
		}
		versions.findings(documentId, report.findings(), jobExecutionId);
		return placed.outcome();
	}

	static FactCounts facts(PledgeReport report) {
		long figures = report.basicPolicies().stream().filter(p -> p.publishedPercent() != null).count()
				+ report.pledges().stream().filter(p -> p.publishedPercent() != null).count()
				+ (report.publishedOverall() == null ? 0 : 1);
		long evaluations = report.measures().stream().filter(m -> m.evaluation() != null && m.rating() == null).count();
		return FactCounts.of("star ratings", report.ratedMeasureCount(), "measures", report.measures().size(), "activities",
				report.measures().stream().mapToInt(m -> m.activities().size()).sum(), "published figures", figures,
				"evaluations", evaluations);
	}

	private void departments(String municipality, long measureId, List<String> names) {
		int position = 0;
		for (String name : names) {
			jdbc.sql("INSERT INTO department (municipality_code, name) VALUES (?, ?) ON CONFLICT DO NOTHING")
				.params(municipality, name).update();
			jdbc.sql("""
					INSERT INTO measure_department (measure_id, department_id, position)
					SELECT ?, id, ? FROM department WHERE municipality_code = ? AND name = ?""")
				.params(measureId, position++, municipality, name).update();
		}
	}

	private void figure(long documentId, String level, String code, java.math.BigDecimal value, String unit) {
		if (value != null) {
			jdbc.sql("INSERT INTO published_figure (document_id, level, code, value, unit) VALUES (?, ?, ?, ?, ?)")
				.params(documentId, level, code, value, unit).update();
		}
	}

	private long insert(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}
}
