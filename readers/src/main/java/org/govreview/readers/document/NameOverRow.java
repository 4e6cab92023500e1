package org.govreview.readers.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A row of an aligned table whose name the column's width wrapped, printed with the figures on the name's last line
 * (管内産肉用牛の枝肉格付４等級以上 / の割合　％　78.4　80.2): the line the row begins with a particle no name starts
 * with, the name's first part alone on the line above at the same indent. The two are one row, on the first line's
 * number. Stateless.
 */
final class NameOverRow {

	/** の割合, を受けた人数: a name's tail, begun by a particle. */
	private static final Pattern TAIL = Pattern.compile("^[のをにとやへがはで][^\\s　]{0,20}(?: {2,}|　|\\t)\\S.*[0-9０-９].*$");

	/** A line of one text, no gap and no figure at its end: a name's first part. */
	private static final Pattern HEAD = Pattern.compile("^[^\\t]{2,40}$");

	private NameOverRow() {
	}

	static List<BoxRows.Printed> joined(List<BoxRows.Printed> printed) {
		List<BoxRows.Printed> out = new ArrayList<>(printed.size());
		for (int i = 0; i < printed.size(); i++) {
			BoxRows.Printed line = printed.get(i);
			if (i + 1 < printed.size() && isHead(line.text()) && line.page() == printed.get(i + 1).page()) {
				String next = printed.get(i + 1).text();
				int indent = indent(line.text());
				if (Math.abs(indent - indent(next)) <= 1 && TAIL.matcher(next.strip()).matches()) {
					out.add(new BoxRows.Printed(line.text().stripTrailing() + next.stripLeading(), line.number(), line.page()));
					i++;
					continue;
				}
			}
			out.add(line);
		}
		return out;
	}

	private static boolean isHead(String text) {
		String stripped = text.strip();
		return !stripped.isEmpty() && HEAD.matcher(stripped).matches() && !stripped.contains("  ") && !stripped.contains("　")
				&& !stripped.endsWith("。") && !stripped.matches(".*[0-9０-９]$");
	}

	private static int indent(String text) {
		return org.govreview.readers.text.DisplayWidth.indent(text);
	}
}
