package org.govreview.domain.rollup;

/** The levels of the policy hierarchy, lowest first. */
public enum RollupLevel {

	ACTIVITY("activity"), MEASURE("measure"), PLEDGE("pledge"), BASIC_POLICY("basic-policy"), OVERALL("overall");

	private final String id;

	RollupLevel(String id) {
		this.id = id;
	}

	/** The name used in rule files, the warehouse and the command line. */
	public String id() {
		return id;
	}

	public static RollupLevel fromId(String id) {
		for (RollupLevel level : values()) {
			if (level.id.equals(id)) {
				return level;
			}
		}
		throw new IllegalArgumentException("unknown roll-up level '" + id + "'");
	}
}
