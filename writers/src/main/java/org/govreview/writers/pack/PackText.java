package org.govreview.writers.pack;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.govreview.domain.document.Finding;
import org.govreview.domain.pack.MeasureDetail;
import org.govreview.domain.pack.MeasureDetail.ActivityDetail;
import org.govreview.domain.pack.ReviewPack;
import org.govreview.domain.rollup.ReconciliationStatus;
import org.govreview.domain.rollup.RollupLevel;
import org.govreview.domain.rollup.RollupRow;

/**
 * The wording and number display both review packs share, so the workbook and the PDF say the same thing.
 * Percentages are on a 0–100 scale and shown as plain numbers; a missing figure is shown as nothing, never as 0.
 */
final class PackText {

	static final String TITLE = "行政評価レビューパック";

	static final String NO_DISAGREEMENTS = "不一致はありません No disagreements";

	static final String NO_ROLLUP = "公約報告の集計はありません No pledge report roll-up";

	static final String NO_FINDINGS = "指摘はありません No findings";

	static final String LOST_FACTS_NOTICE = "【注意】以前の版より多くの事実を失った文書があります "
			+ "WARNING: a current source document lost most of the facts of its earlier version";

	/** The location of the warehouse's findings on document versions; the pack query prefixes it with the file name. */
	private static final String VERSIONS_LOCATION = "versions";

	private static final Set<RollupLevel> SUMMARY_LEVELS = Set.of(RollupLevel.BASIC_POLICY, RollupLevel.PLEDGE,
			RollupLevel.OVERALL);

	private static final DateTimeFormatter GENERATED_AT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm 'JST'")
		.withZone(ZoneId.of("Asia/Tokyo"));

	private static final int STAR_SCALE = 10;

	private PackText() {
	}

	/**
	 * The findings a pack must show as a notice above its findings: a current document version that lost most of the
	 * facts of its earlier version, and the reconciliation findings that vanished with them, as "location: message".
	 */
	static List<String> lostFactNotices(ReviewPack pack) {
		return pack.documentFindings().stream()
			.filter(finding -> finding.severity() == Finding.Severity.ERROR && finding.location() != null
					&& (finding.location().equals(VERSIONS_LOCATION) || finding.location().endsWith(", " + VERSIONS_LOCATION)))
			.map(finding -> finding.location() + ": " + finding.message())
			.toList();
	}

	/** 行政評価レビューパック 苫小牧市 (012131) 令和5年度 FY2023 */
	static String title(ReviewPack pack) {
		return TITLE + " " + pack.municipality() + " " + pack.fiscalYear().japaneseLabel() + " " + pack.fiscalYear();
	}

	static String generatedAt(Instant instant) {
		return instant == null ? "" : GENERATED_AT.format(instant);
	}

	/** The basic policies and pledges in reading order, the overall figure last. */
	static List<RollupRow> summaryRows(ReviewPack pack) {
		return pack.rollup()
			.stream()
			.filter(row -> SUMMARY_LEVELS.contains(row.level()))
			.sorted(Comparator.comparing(row -> row.level() == RollupLevel.OVERALL))
			.toList();
	}

	static String level(RollupLevel level) {
		return switch (level) {
			case ACTIVITY -> "取組事業";
			case MEASURE -> "施策";
			case PLEDGE -> "公約";
			case BASIC_POLICY -> "基本政策";
			case OVERALL -> "全体";
		};
	}

	static String status(ReconciliationStatus status) {
		if (status == null) {
			return "";
		}
		String label = switch (status) {
			case MATCH -> "一致";
			case CONSISTENT -> "整合";
			case DISAGREES -> "不一致";
			case COMPUTED_ONLY -> "算出のみ";
			case PUBLISHED_ONLY -> "公表のみ";
			case NO_DATA -> "データなし";
		};
		return label + " " + status.name();
	}

	/** A figure as the packs print it: "62", "59.2"; empty when missing. */
	static String number(BigDecimal value) {
		return value == null ? "" : isIntegral(value) ? plain(value) : plain(value.setScale(1, RoundingMode.HALF_UP));
	}

	/** "50–60" for an estimate; empty when the computed figure is exact or missing. The range is rounded outwards. */
	static String range(RollupRow row) {
		if (row.exact() || row.computed() == null || row.lowerBound() == null || row.upperBound() == null) {
			return "";
		}
		return outward(row.lowerBound(), RoundingMode.FLOOR) + "–" + outward(row.upperBound(), RoundingMode.CEILING);
	}

	static boolean isIntegral(BigDecimal value) {
		return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
	}

	/** The measure's star rating as stars, else its evaluation on the report's own scale as printed. */
	static String evaluation(MeasureDetail measure) {
		if (measure.starRating() == null && measure.evaluation() != null) {
			return measure.evaluation();
		}
		return stars(measure.starRating());
	}

	/** ★★★★★★★☆☆☆ (7) on the 10-level scale; empty when the report gave no rating. */
	static String stars(Integer rating) {
		if (rating == null) {
			return "";
		}
		int filled = Math.max(0, Math.min(STAR_SCALE, rating));
		return "★".repeat(filled) + "☆".repeat(STAR_SCALE - filled) + " (" + rating + ")";
	}

	/** The mean of the sheet ratings with two decimals; empty when no sheet rated the measure. */
	static String sheetRating(BigDecimal rating) {
		return rating == null ? "" : rating.setScale(2, RoundingMode.HALF_UP).toPlainString();
	}

	static String departments(MeasureDetail measure) {
		return String.join("、", measure.departments());
	}

	/** One line per department: "財政課: 8 コメント". */
	static String departmentRatings(ActivityDetail activity) {
		return activity.ratings()
			.stream()
			.map(rating -> rating.department() + ": " + rating.rating()
					+ (rating.comment() == null || rating.comment().isBlank() ? "" : " " + rating.comment()))
			.collect(Collectors.joining("\n"));
	}

	static String orEmpty(String text) {
		return text == null ? "" : text;
	}

	private static String outward(BigDecimal value, RoundingMode mode) {
		return isIntegral(value) ? plain(value) : plain(value.setScale(1, mode));
	}

	/** The number without trailing zeros: "9.6", "220000000", "0". */
	static String plain(BigDecimal value) {
		return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
	}
}
