package org.govreview.writers.warehouse;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.govreview.domain.pledge.ItemEvaluation;
import org.govreview.domain.pledge.MarkCount;
import org.govreview.domain.pledge.OverallRule;
import org.govreview.domain.rollup.PolicyNode;
import org.govreview.domain.rollup.RollupLevel;
import org.govreview.domain.rollup.StatedEvaluations;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Builds the roll-up tree of a {@link ReviewSubject} from the current pledge report (or a given version of it) and the
 * current rating sheets: overall → basic policies → pledges → measures (published = star rating) → the departments' ratings of
 * activities (published = rating). Read-only; thread-safe.
 */
public final class PolicyTreeQuery {

	/** No source_document has this id: the tree of a subject without a current pledge report is empty. */
	private static final long NO_DOCUMENT = -1;

	private final JdbcClient jdbc;

	public PolicyTreeQuery(DataSource dataSource) {
		this.jdbc = JdbcClient.create(dataSource);
	}

	/** An earlier, superseded version of a subject's current pledge report, which the current one lost most facts of. */
	public record EarlierVersion(long currentDocumentId, long documentId, String path) {
	}

	public PolicyNode tree(ReviewSubject subject) {
		long document = currentReport(subject);
		return tree(subject, document);
	}

	/** The id of the subject's current pledge report, {@code NO_DOCUMENT} when it has none. */
	private long currentReport(ReviewSubject subject) {
		return jdbc.sql("""
				SELECT id FROM source_document
				WHERE kind = 'pledge_report' AND municipality_code = ? AND fiscal_year = ? AND superseded_at IS NULL""")
			.params(subject.municipality().code().value(), subject.fiscalYear().year()).query(Long.class).optional()
			.orElse(NO_DOCUMENT);
	}

	/**
	 * What the subject's current pledge report gives to check its overall figure by the rule it states: the rule, its
	 * items' evaluations, its counts per mark, its basic policies' published figures and the published overall.
	 */
	public StatedEvaluations statedEvaluations(ReviewSubject subject) {
		long document = currentReport(subject);
		OverallRule rule = jdbc.sql("SELECT rule FROM stated_rule WHERE document_id = ?").param(document)
			.query(String.class).optional()
			.flatMap(code -> Arrays.stream(OverallRule.values()).filter(r -> r.code().equals(code)).findFirst())
			.orElse(null);
		List<ItemEvaluation> items = jdbc.sql("""
				SELECT evaluation_scale, evaluation_mark, evaluation_level, evaluation_levels, evaluation_printed
				FROM measure WHERE document_id = ? AND evaluation_scale IS NOT NULL ORDER BY id""")
			.param(document)
			.query((rs, n) -> new ItemEvaluation(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getString(5)))
			.list();
		List<MarkCount> counts = jdbc.sql("SELECT mark, item_count FROM mark_count WHERE document_id = ? ORDER BY position")
			.param(document).query((rs, n) -> new MarkCount(rs.getString(1), rs.getInt(2))).list();
		List<BigDecimal> groups = jdbc.sql("""
				SELECT f.value FROM published_figure f JOIN basic_policy b ON b.document_id = f.document_id AND b.code = f.code
				WHERE f.document_id = ? AND f.level = 'basic-policy' ORDER BY b.position""")
			.param(document).query(BigDecimal.class).list();
		record Overall(BigDecimal value, String unit) {
		}
		Overall overall = jdbc.sql("SELECT value, unit FROM published_figure WHERE document_id = ? AND level = 'overall'")
			.param(document).query((rs, n) -> new Overall(rs.getBigDecimal(1), rs.getString(2))).optional()
			.orElse(new Overall(null, null));
		return new StatedEvaluations(rule, items, counts, groups, overall.value(), overall.unit());
	}

	/**
	 * The subject's current pledge report's latest earlier version, when the current one was flagged for losing most of
	 * its facts against it ({@link DocumentVersions}).
	 */
	public Optional<EarlierVersion> earlierVersionOfLossyReport(ReviewSubject subject) {
		return jdbc.sql("""
				SELECT cur.id, old.id, old.path FROM source_document cur JOIN source_document old ON old.superseded_by = cur.id
				WHERE cur.kind = 'pledge_report' AND cur.municipality_code = ? AND cur.fiscal_year = ?
				  AND cur.superseded_at IS NULL AND EXISTS (SELECT 1 FROM document_finding f
				      WHERE f.document_id = cur.id AND f.location = ? AND f.severity = 'ERROR')
				ORDER BY old.id DESC LIMIT 1""")
			.params(subject.municipality().code().value(), subject.fiscalYear().year(), DocumentVersions.LOCATION)
			.query((rs, n) -> new EarlierVersion(rs.getLong(1), rs.getLong(2), rs.getString(3))).optional();
	}

	/** The tree of one version of the subject's pledge report (current or superseded) with the current rating sheets. */
	public PolicyNode tree(ReviewSubject subject, long pledgeDocumentId) {
		String code = subject.municipality().code().value();
		int year = subject.fiscalYear().year();
		Map<String, BigDecimal> figures = new HashMap<>();
		jdbc.sql("SELECT f.level, f.code, f.value FROM published_figure f WHERE f.document_id = ?")
			.param(pledgeDocumentId)
			.query(rs -> {
				figures.put(rs.getString(1) + ":" + rs.getString(2), rs.getBigDecimal(3));
			});
		Map<String, List<PolicyNode>> ratings = activityRatings(pledgeDocumentId, code, year);
		Map<String, List<PolicyNode>> measures = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT p.code, me.code, me.title, me.star_rating FROM measure me
				JOIN pledge p ON p.id = me.pledge_id WHERE me.document_id = ? ORDER BY p.id, me.position""")
			.param(pledgeDocumentId)
			.query(rs -> {
				Integer star = (Integer) rs.getObject(4);
				measures.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
					.add(PolicyNode.of(RollupLevel.MEASURE, rs.getString(2), rs.getString(3),
							star == null ? null : BigDecimal.valueOf(star), ratings.getOrDefault(rs.getString(2), List.of())));
			});
		Map<String, List<PolicyNode>> pledges = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT b.code, p.code, coalesce(p.title, p.code) FROM pledge p
				JOIN basic_policy b ON b.id = p.basic_policy_id WHERE p.document_id = ? ORDER BY b.position, p.position""")
			.param(pledgeDocumentId)
			.query(rs -> {
				pledges.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
					.add(PolicyNode.of(RollupLevel.PLEDGE, rs.getString(2), rs.getString(3), figures.get("pledge:" + rs.getString(2)),
							measures.getOrDefault(rs.getString(2), List.of())));
			});
		List<PolicyNode> policies = jdbc.sql("""
				SELECT b.code, coalesce(b.title, b.code) FROM basic_policy b WHERE b.document_id = ? ORDER BY b.position""")
			.param(pledgeDocumentId)
			.query((rs, n) -> PolicyNode.of(RollupLevel.BASIC_POLICY, rs.getString(1), rs.getString(2),
					figures.get("basic-policy:" + rs.getString(1)), pledges.getOrDefault(rs.getString(1), List.of())))
			.list();
		return PolicyNode.of(RollupLevel.OVERALL, "overall", subject.municipality().name(), figures.get("overall:overall"),
				policies);
	}

	/** Sheet ratings per measure code; each is matched to the report's activity by its normalized text. */
	private Map<String, List<PolicyNode>> activityRatings(long pledgeDocumentId, String code, int year) {
		Map<String, String> activityCodes = new HashMap<>();
		jdbc.sql("""
				SELECT me.code, a.code, a.text FROM activity a JOIN measure me ON me.id = a.measure_id WHERE a.document_id = ?""")
			.param(pledgeDocumentId)
			.query(rs -> {
				activityCodes.put(rs.getString(1) + "|" + key(rs.getString(3)), rs.getString(2));
			});
		Map<String, List<PolicyNode>> ratings = new HashMap<>();
		Map<String, Integer> unmatched = new HashMap<>();
		jdbc.sql("""
				SELECT r.policy_code, r.activity, r.department, r.rating FROM rating r
				JOIN source_document d ON d.id = r.document_id
				WHERE d.kind = 'rating_sheet' AND d.municipality_code = ? AND d.fiscal_year = ? AND d.superseded_at IS NULL
				ORDER BY r.policy_code, r.id""")
			.params(code, year)
			.query(rs -> {
				String measure = rs.getString(1);
				String activity = activityCodes.get(measure + "|" + key(rs.getString(2)));
				if (activity == null) {
					activity = measure + "-sheet" + unmatched.merge(measure, 1, Integer::sum);
				}
				ratings.computeIfAbsent(measure, k -> new ArrayList<>())
					.add(PolicyNode.of(RollupLevel.ACTIVITY, activity + "@" + rs.getString(3),
							rs.getString(2) + "（" + rs.getString(3) + "）", BigDecimal.valueOf(rs.getInt(4)), List.of()));
			});
		return ratings;
	}

	static String key(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
	}
}
