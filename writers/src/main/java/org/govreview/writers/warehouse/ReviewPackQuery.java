package org.govreview.writers.warehouse;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.govreview.domain.document.Finding;
import org.govreview.domain.pack.MeasureDetail;
import org.govreview.domain.pack.MeasureDetail.ActivityDetail;
import org.govreview.domain.pack.MeasureDetail.DepartmentRating;
import org.govreview.domain.pack.ReviewPack;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Assembles a {@link ReviewPack} from the warehouse: the stored roll-up, the measure detail of the current
 * report with the current sheets' ratings, the source documents and their findings, and the indicators, issues,
 * statistics and visits of the municipality. Read-only; thread-safe.
 */
public final class ReviewPackQuery {

	private final JdbcClient jdbc;

	private final RollupResultStore rollups;

	private final PlanSectionsQuery sections;

	public ReviewPackQuery(DataSource dataSource) {
		this.jdbc = JdbcClient.create(dataSource);
		this.rollups = new RollupResultStore(dataSource);
		this.sections = new PlanSectionsQuery(dataSource);
	}

	public ReviewPack pack(ReviewSubject subject, Instant generatedAt) {
		String code = subject.municipality().code().value();
		int year = subject.fiscalYear().year();
		List<ReviewPack.SourceDocument> sources = jdbc.sql("""
				SELECT kind, path, sha256 FROM source_document d
				WHERE superseded_at IS NULL AND ((municipality_code = ? AND fiscal_year = ?) OR id IN (
				    SELECT document_id FROM inspection_visit
				    WHERE destination_code = ? AND visit_date BETWEEN make_date(?, 4, 1) AND make_date(? + 1, 3, 31)))
				ORDER BY kind, path""")
			.params(code, year, code, year, year)
			.query((rs, n) -> new ReviewPack.SourceDocument(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
		List<Finding> findings = jdbc.sql("""
				SELECT f.severity, f.location, f.message, f.value, d.path FROM document_finding f
				JOIN source_document d ON d.id = f.document_id
				WHERE d.municipality_code = ? AND d.fiscal_year = ? AND d.superseded_at IS NULL ORDER BY d.path, f.id""")
			.params(code, year)
			.query((rs, n) -> new Finding(Finding.Severity.valueOf(rs.getString(1)),
					fileName(rs.getString(5)) + ", " + rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
		return new ReviewPack(subject.municipality(), subject.fiscalYear(), rollups.ruleName(code, year),
				rollups.load(code, year), measures(code, year), sources, findings, generatedAt,
				sections.indicators(code, year), sections.issues(code, year), sections.statistics(code, year),
				sections.visits(code, year));
	}

	private List<MeasureDetail> measures(String code, int year) {
		Map<Long, MeasureDraft> drafts = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT me.id, me.code, me.title, me.star_rating, me.evaluation_printed, me.evaluation_scale FROM measure me
				JOIN pledge p ON p.id = me.pledge_id JOIN basic_policy b ON b.id = p.basic_policy_id
				JOIN source_document d ON d.id = me.document_id
				WHERE d.municipality_code = ? AND d.fiscal_year = ? AND d.superseded_at IS NULL
				ORDER BY b.position, p.position, me.position""")
			.params(code, year)
			.query(rs -> {
				drafts.put(rs.getLong(1), new MeasureDraft(rs.getString(2), rs.getString(3), (Integer) rs.getObject(4),
						"stars".equals(rs.getString(6)) ? null : rs.getString(5)));
			});
		jdbc.sql("""
				SELECT md.measure_id, dp.name FROM measure_department md JOIN department dp ON dp.id = md.department_id
				WHERE md.measure_id = ANY (?) ORDER BY md.measure_id, md.position""")
			.param(drafts.keySet().toArray(Long[]::new))
			.query(rs -> {
				drafts.get(rs.getLong(1)).departments.add(rs.getString(2));
			});
		Map<String, MeasureDraft> byCode = new LinkedHashMap<>();
		drafts.values().forEach(draft -> byCode.put(draft.code, draft));
		jdbc.sql("SELECT measure_id, code, text FROM activity WHERE measure_id = ANY (?) ORDER BY measure_id, position")
			.param(drafts.keySet().toArray(Long[]::new))
			.query(rs -> {
				drafts.get(rs.getLong(1)).activities.put(PolicyTreeQuery.key(rs.getString(3)),
						new ActivityDraft(rs.getString(2), rs.getString(3)));
			});
		jdbc.sql("""
				SELECT r.policy_code, r.activity, r.department, r.rating, r.comment FROM rating r
				JOIN source_document d ON d.id = r.document_id
				WHERE d.kind = 'rating_sheet' AND d.municipality_code = ? AND d.fiscal_year = ? AND d.superseded_at IS NULL
				ORDER BY r.policy_code, r.id""")
			.params(code, year)
			.query(rs -> {
				MeasureDraft measure = byCode.get(rs.getString(1));
				if (measure == null) {
					return;
				}
				String text = rs.getString(2);
				ActivityDraft activity = measure.activities.computeIfAbsent(PolicyTreeQuery.key(text),
						k -> new ActivityDraft("", text));
				activity.ratings.add(new DepartmentRating(rs.getString(3), rs.getInt(4), rs.getString(5)));
				measure.sheetRatings.add(rs.getInt(4));
			});
		List<MeasureDetail> details = new ArrayList<>();
		for (MeasureDraft draft : drafts.values()) {
			BigDecimal sheetRating = draft.sheetRatings.isEmpty() ? null
					: BigDecimal.valueOf(draft.sheetRatings.stream().mapToInt(Integer::intValue).sum())
						.divide(BigDecimal.valueOf(draft.sheetRatings.size()), 2, RoundingMode.HALF_UP);
			details.add(new MeasureDetail(draft.code, draft.title, draft.departments, draft.star, sheetRating,
					draft.activities.values().stream().map(a -> new ActivityDetail(a.code, a.text, a.ratings)).toList(),
					draft.evaluation));
		}
		return details;
	}

	private static String fileName(String path) {
		int slash = path.lastIndexOf('/');
		return slash < 0 ? path : path.substring(slash + 1);
	}

	private static final class MeasureDraft {

		final String code;

		final String title;

		final Integer star;

		final String evaluation;

		final List<String> departments = new ArrayList<>();

		final Map<String, ActivityDraft> activities = new LinkedHashMap<>();

		final List<Integer> sheetRatings = new ArrayList<>();

		MeasureDraft(String code, String title, Integer star, String evaluation) {
			this.code = code;
			this.title = title;
			this.star = star;
			this.evaluation = evaluation;
		}
	}

	private static final class ActivityDraft {

		final String code;

		final String text;

		final List<DepartmentRating> ratings = new ArrayList<>();

		ActivityDraft(String code, String text) {
			this.code = code;
			this.text = text;
		}
	}
}
