package org.govreview.domain.actionplan;

import java.util.List;

/** 取組方針N: a policy direction of the administrative chapter and its initiatives. */
public record PolicyDirection(String number, String title, List<Initiative> initiatives) {

	public PolicyDirection {
		initiatives = List.copyOf(initiatives);
	}
}
