package org.govreview.domain.pledge;

import java.math.BigDecimal;
import java.util.List;

/** 基本政策: numbered I–V in the reports; {@code code} is the Roman numeral, e.g. "III". */
public record BasicPolicy(String code, String title, BigDecimal publishedPercent, List<Pledge> pledges) {

	public BasicPolicy {
		pledges = List.copyOf(pledges);
	}
}
