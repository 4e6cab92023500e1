package org.govreview.domain.document;

/** The kinds of source document the pipeline recognises, in the order they are ingested. */
public enum DocumentKind {

	/** 市長公約取組状況: basic policies, pledges, measures, star ratings, published percentages. */
	PLEDGE_REPORT("pledge_report"),

	/** アクションプラン: ward goals and projects, policy directions, initiatives and their KPIs. */
	ACTION_PLAN("action_plan"),

	/** 局区X方針: a ward's or bureau's mission, issues (課題) and the statistics stated in its text. */
	POLICY_STATEMENT("policy_statement"),

	/** 政務活動報告書 / 行政視察報告書: a council's inspection visits to other municipalities. */
	INSPECTION_REPORT("inspection_report"),

	/** A department's filled-in rating sheet (10段階評価). Ingested after the reports it rates. */
	RATING_SHEET("rating_sheet");

	private final String id;

	DocumentKind(String id) {
		this.id = id;
	}

	/** The identifier stored in the warehouse and printed on the command line. */
	public String id() {
		return id;
	}

	public static DocumentKind fromId(String id) {
		for (DocumentKind kind : values()) {
			if (kind.id.equals(id)) {
				return kind;
			}
		}
		throw new IllegalArgumentException("unknown document kind: " + id);
	}
}
