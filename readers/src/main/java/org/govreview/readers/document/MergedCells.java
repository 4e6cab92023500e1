package org.govreview.readers.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A sheet's cell merged over several rows and centred in them (１－２ 学校教育 / の充実 beside two indicators), as a
 * table of bands reads it: its lines fall into the bands they stand beside, the first opening with the group's
 * number. Every band the merged cell covers gets its whole text: from the band after the group before (or after a
 * heading across the table) to as far below its text as it starts above it, short of the next group. A column any of
 * whose text neither opens a group nor goes on from the band above is no such column and is left alone. Stateless.
 */
final class MergedCells {

	/** １－２, 3-1: the number of a group of rows (a 施策 of a 政策). */
	private static final Pattern GROUP_NUMBER = Pattern.compile("^[0-9０-９]{1,2}[－\\-‐][0-9０-９]{1,2}(?![0-9０-９.．])");

	/** Groups a stray text may stand among at the least: a column of texts that open no group is no column of groups. */
	private static final int STRAY_SHARE = 3;

	private MergedCells() {
	}

	/**
	 * Spreads each merged cell over the bands it covers. {@code bands} are the table's rows by column, null where a
	 * band has no text in a column; {@code afterAcross} the bands that follow a line across the table (a heading).
	 */
	static void spread(List<String[]> bands, Set<Integer> afterAcross) {
		if (bands.isEmpty()) {
			return;
		}
		for (int c = 1; c < bands.get(0).length; c++) {
			spreadColumn(bands, afterAcross, c);
		}
	}

	private record Group(int first, int last, String text) {
	}

	private static void spreadColumn(List<String[]> bands, Set<Integer> afterAcross, int c) {
		List<Group> groups = new ArrayList<>();
		Set<Integer> stray = new java.util.HashSet<>();
		for (int b = 0; b < bands.size(); b++) {
			String cell = bands.get(b)[c];
			if (cell == null) {
				continue;
			}
			if (!GROUP_NUMBER.matcher(cell.strip()).lookingAt()) {
				// the rest of a group whose number a page's turn or a narrow gap put elsewhere: left as it is
				stray.add(b);
				continue;
			}
			StringBuilder text = new StringBuilder(cell);
			int last = b;
			while (last + 1 < bands.size() && !afterAcross.contains(last + 1) && bands.get(last + 1)[c] != null
					&& !GROUP_NUMBER.matcher(bands.get(last + 1)[c].strip()).lookingAt()) {
				last++;
				text.append(bands.get(last)[c].strip());
			}
			groups.add(new Group(b, last, text.toString()));
			b = last;
		}
		if (groups.size() < 2 || stray.size() * STRAY_SHARE > groups.size()) {
			return;
		}
		int end = -1;
		for (int g = 0; g < groups.size(); g++) {
			Group group = groups.get(g);
			int start = end + 1;
			for (int b = group.first(); b > start; b--) {
				if (afterAcross.contains(b)) {
					start = b;
					break;
				}
			}
			int limit = g + 1 < groups.size() ? groups.get(g + 1).first() - 1 : bands.size() - 1;
			for (int b = group.first() + 1; b <= limit; b++) {
				if (afterAcross.contains(b)) {
					limit = b - 1;
					break;
				}
			}
			end = Math.min(limit, Math.max(group.last(), group.first() + group.last() - start));
			for (int b = start; b <= end; b++) {
				if (!stray.contains(b)) {
					bands.get(b)[c] = group.text();
				}
			}
		}
	}
}
