package org.govreview.domain.rollup;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Test data for roll-ups: a fluent builder for a whole pledge report ({@link #aReport()}) and factories for single
 * nodes. Figures are written as strings ("59.2") so they stay exact; null means "not published".
 */
final class PolicyTrees {

	private PolicyTrees() {
	}

	/** A whole report: overall → basic policies → pledges (numbered I-1…) → two measures each (I-1-1, I-1-2). */
	static ReportBuilder aReport() {
		return new ReportBuilder();
	}

	/** A pledge of a report, with the star ratings of its measures (null: no stars printed). */
	static PledgeSpec pledge(String published, Integer firstMeasureStars, Integer secondMeasureStars) {
		return new PledgeSpec(published, Arrays.asList(firstMeasureStars, secondMeasureStars));
	}

	/** A pledge of a report whose measures printed no stars. */
	static PledgeSpec pledge(String published) {
		return pledge(published, null, null);
	}

	static PolicyNode anOverall(String published, PolicyNode... policies) {
		return PolicyNode.of(RollupLevel.OVERALL, "overall", "全体", decimal(published), List.of(policies));
	}

	static PolicyNode aBasicPolicy(String code, String published, PolicyNode... pledges) {
		return PolicyNode.of(RollupLevel.BASIC_POLICY, code, "基本政策 " + code, decimal(published), List.of(pledges));
	}

	static PolicyNode aPledge(String code, String published, PolicyNode... measures) {
		return PolicyNode.of(RollupLevel.PLEDGE, code, "公約 " + code, decimal(published), List.of(measures));
	}

	/** A measure with its printed figure (stars under the real rule; null: none) and its activities. */
	static PolicyNode aMeasure(String code, String published, PolicyNode... activities) {
		return PolicyNode.of(RollupLevel.MEASURE, code, "施策 " + code, decimal(published), List.of(activities));
	}

	static PolicyNode aMeasureWithStars(String code, int stars, PolicyNode... activities) {
		return aMeasure(code, String.valueOf(stars), activities);
	}

	/** An activity with a department's 10-level rating from the rating sheets (null: not rated). */
	static PolicyNode anActivity(String code, Integer rating) {
		return PolicyNode.of(RollupLevel.ACTIVITY, code, "取組 " + code,
				rating == null ? null : BigDecimal.valueOf(rating), List.of());
	}

	static PolicyNode weighted(PolicyNode node, String weight) {
		return new PolicyNode(node.level(), node.code(), node.name(), node.published(), new BigDecimal(weight),
				node.children());
	}

	static BigDecimal decimal(String text) {
		return text == null ? null : new BigDecimal(text);
	}

	record PledgeSpec(String published, List<Integer> measureStars) {
	}

	static final class ReportBuilder {

		private String overall;

		private final List<PolicyNode> policies = new ArrayList<>();

		ReportBuilder publishedOverall(String published) {
			this.overall = published;
			return this;
		}

		ReportBuilder basicPolicy(String code, String published, PledgeSpec... pledges) {
			List<PolicyNode> pledgeNodes = new ArrayList<>();
			for (int p = 0; p < pledges.length; p++) {
				String pledgeCode = code + "-" + (p + 1);
				List<PolicyNode> measures = new ArrayList<>();
				List<Integer> stars = pledges[p].measureStars();
				for (int m = 0; m < stars.size(); m++) {
					Integer star = stars.get(m);
					measures.add(aMeasure(pledgeCode + "-" + (m + 1), star == null ? null : String.valueOf(star)));
				}
				pledgeNodes.add(aPledge(pledgeCode, pledges[p].published(), measures.toArray(PolicyNode[]::new)));
			}
			policies.add(aBasicPolicy(code, published, pledgeNodes.toArray(PolicyNode[]::new)));
			return this;
		}

		PolicyNode build() {
			return anOverall(overall, policies.toArray(PolicyNode[]::new));
		}
	}
}
