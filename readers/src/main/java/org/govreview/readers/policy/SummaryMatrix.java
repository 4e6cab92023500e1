package org.govreview.readers.policy;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govreview.domain.document.Finding;
import org.govreview.domain.policy.PolicyIssue;
import org.govreview.readers.policy.StatementOutline.IndexedLine;

/**
 * The summary matrix (X方針の概要: areas × domains, each cell listing issues as (1)title and bullets) checked against
 * the issues read. Extraction shifts its cells, so an item's column does not tell its domain reliably; only its title
 * is compared. An item whose title no issue has is a warning: the summary and the detail disagree.
 */
final class SummaryMatrix {

	private static final Pattern TAG = Pattern.compile("<[^>]*>");

	private static final Pattern ITEM = Pattern.compile("\\((\\d{1,2})\\)\\s*(.+?)(?=\\s+・|\\s*\\(\\d{1,2}\\)|\\t|$)");

	private SummaryMatrix() {
	}

	static void check(List<IndexedLine> lines, List<PolicyIssue> issues, List<Finding> findings) {
		List<String> titles = issues.stream()
			.map(PolicyIssue::title)
			.filter(Objects::nonNull)
			.map(SummaryMatrix::key)
			.toList();
		for (IndexedLine line : lines) {
			String text = Headings.normalized(TAG.matcher(line.text()).replaceAll(" "));
			Matcher item = ITEM.matcher(text);
			while (item.find()) {
				String title = key(item.group(2));
				boolean known = titles.stream().anyMatch(t -> t.startsWith(title) || title.startsWith(t));
				if (title.length() >= 4 && !known) {
					findings.add(Finding.warning("line " + (line.index() + 1), "the summary lists (" + item.group(1) + ")"
							+ item.group(2).strip() + ", which no issue has as its title", line.text()));
				}
			}
		}
	}

	private static String key(String title) {
		return Headings.normalized(title).replaceAll("\\s+", "");
	}
}
