package org.govreview.domain.policy;

import java.util.List;

/**
 * 課題: {@code id} as printed and normalized ("A(1)"), its domain ("A"), number (1), ①課題名, ②課題の内容,
 * ③課題の背景 and ④課題に対する取組み (one entry per action).
 */
public record PolicyIssue(String id, String domain, int number, String title, String content, String background,
		List<String> actions) {

	public PolicyIssue {
		actions = List.copyOf(actions);
	}
}
