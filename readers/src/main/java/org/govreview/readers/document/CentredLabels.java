package org.govreview.readers.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The values of a form whose labels stand in the middle of them (a vertically centred label cell, as pdftotext -layout
 * prints it: 現 状 と 課 題 on the fourth of six lines), where two labels' values meet with no line between: the lines
 * between two labels are shared so that each label stands nearest the middle of its own, and no sentence or list is
 * cut in two. Stateless.
 */
final class CentredLabels {

	/** A sentence's or an item's end: the next line may open another label's value. */
	private static final Pattern ENDS = Pattern.compile("[。．.）)」』]$");

	/** (ｱ), （イ）, ア　, ・, ①, (1), 1., ○ …: the marker a list's item starts with, by its kind. */
	private static final Pattern[] MARKERS = {
		Pattern.compile("^[(（][ｱ-ﾝア-ン][)）]|^[ア-ン][\\s　.．、]"),
		Pattern.compile("^[(（][0-9０-９]{1,2}[)）]|^[0-9０-９]{1,2}[.．、)）]"),
		Pattern.compile("^[①-⑳]"),
		Pattern.compile("^[・･]"),
		Pattern.compile("^[○●◆◇■□▶▷◎※]"),
	};

	private static final int MID_SENTENCE = 2;

	private static final int LIST_CUT = 3;

	private CentredLabels() {
	}

	/** For each label line whose value starts above it, the line its value starts on. */
	static Map<Integer, Integer> firsts(List<BoxRows.Printed> lines, TreeMap<Integer, LeftLabels.ValueColumn> labels) {
		Map<Integer, Integer> firsts = new HashMap<>();
		List<Integer> run = new ArrayList<>();
		for (int at : labels.keySet()) {
			if (!run.isEmpty() && !joined(lines, run.get(run.size() - 1), at, labels)) {
				solve(lines, run, labels, firsts);
				run.clear();
			}
			run.add(at);
		}
		if (!run.isEmpty()) {
			solve(lines, run, labels, firsts);
		}
		return firsts;
	}

	/** Whether every line between two labels is a value line of the lower one: their values meet. */
	private static boolean joined(List<BoxRows.Printed> lines, int upper, int lower,
			TreeMap<Integer, LeftLabels.ValueColumn> labels) {
		for (int i = upper + 1; i < lower; i++) {
			if (!LeftLabels.isValueLineOf(lines.get(i).text(), labels.get(lower))) {
				return false;
			}
		}
		return true;
	}

	/** What it costs to end the k-th label's value {@code taken} lines below the label. */
	interface CutCost {
		int after(int label, int above, int taken);
	}

	/**
	 * How many of each label's lines stand above it: {@code above} lines before the first label are its own,
	 * {@code gaps} the lines between each label and the next, {@code below} the lines after the last; each label as
	 * near the middle of its lines as the cuts between them allow.
	 */
	static int[] aboves(int above, int[] gaps, int below, CutCost cut) {
		int n = gaps.length + 1;
		int[][] cost = new int[n][];
		int[][] from = new int[n][];
		cost[0] = new int[above + 1];
		java.util.Arrays.fill(cost[0], Integer.MAX_VALUE);
		cost[0][above] = 0;
		for (int k = 0; k + 1 < n; k++) {
			int gap = gaps[k];
			cost[k + 1] = new int[gap + 1];
			from[k + 1] = new int[gap + 1];
			java.util.Arrays.fill(cost[k + 1], Integer.MAX_VALUE);
			for (int a = 0; a < cost[k].length; a++) {
				if (cost[k][a] == Integer.MAX_VALUE) {
					continue;
				}
				for (int taken = 0; taken <= gap; taken++) {
					int c = cost[k][a] + off(a, taken) + cut.after(k, a, taken);
					if (c < cost[k + 1][gap - taken]) {
						cost[k + 1][gap - taken] = c;
						from[k + 1][gap - taken] = a;
					}
				}
			}
		}
		int best = -1;
		int bestCost = Integer.MAX_VALUE;
		for (int a = 0; a < cost[n - 1].length; a++) {
			if (cost[n - 1][a] != Integer.MAX_VALUE && cost[n - 1][a] + off(a, below) < bestCost) {
				bestCost = cost[n - 1][a] + off(a, below);
				best = a;
			}
		}
		int[] aboves = new int[n];
		for (int k = n - 1; k >= 0 && best >= 0; k--) {
			aboves[k] = best;
			best = k > 0 ? from[k][best] : -1;
		}
		return aboves;
	}

	private static void solve(List<BoxRows.Printed> lines, List<Integer> run, TreeMap<Integer, LeftLabels.ValueColumn> labels,
			Map<Integer, Integer> firsts) {
		int n = run.size();
		if (n < 2) {
			return;
		}
		int first = run.get(0);
		int above = 0;
		while (first - above - 1 >= 0 && !labels.containsKey(first - above - 1)
				&& LeftLabels.isValueLineOf(lines.get(first - above - 1).text(), labels.get(first))) {
			above++;
		}
		int last = run.get(n - 1);
		int below = 0;
		while (last + below + 1 < lines.size() && !labels.containsKey(last + below + 1)
				&& LeftLabels.isValueLineOf(lines.get(last + below + 1).text(), labels.get(last))) {
			below++;
		}
		int[] gaps = new int[n - 1];
		for (int k = 0; k + 1 < n; k++) {
			gaps[k] = run.get(k + 1) - run.get(k) - 1;
		}
		int[] aboves = aboves(above, gaps, below,
				(k, up, taken) -> cut(lines, labels, run.get(k) - up, run.get(k) + taken));
		for (int k = 1; k < n; k++) {
			firsts.put(run.get(k), run.get(k) - aboves[k]);
		}
	}

	/** How far a label stands from the middle of its value: nothing on the middle line or the one below it. */
	private static int off(int above, int below) {
		int d = above - below;
		return d == 0 || d == 1 ? 0 : Math.abs(d);
	}

	/**
	 * What it costs to end a value on line {@code end} with the next value starting on the line after: nothing after a
	 * sentence's end or before a list item of another kind; more inside a sentence, most inside one list.
	 */
	private static int cut(List<BoxRows.Printed> lines, TreeMap<Integer, LeftLabels.ValueColumn> labels, int start, int end) {
		String upper = valueText(lines, labels, end);
		String lower = valueText(lines, labels, end + 1);
		int lowerMarker = marker(lower);
		int upperMarker = -1;
		for (int i = end; i >= start && upperMarker < 0; i--) {
			upperMarker = marker(valueText(lines, labels, i));
		}
		if (lowerMarker >= 0 && lowerMarker == upperMarker) {
			return LIST_CUT;
		}
		return lowerMarker >= 0 || ENDS.matcher(upper).find() ? 0 : MID_SENTENCE;
	}

	private static String valueText(List<BoxRows.Printed> lines, TreeMap<Integer, LeftLabels.ValueColumn> labels, int i) {
		String text = lines.get(i).text();
		LeftLabels.ValueColumn label = labels.get(i);
		return (label == null ? text : text.substring(label.valueStart())).strip();
	}

	private static int marker(String text) {
		for (int m = 0; m < MARKERS.length; m++) {
			if (MARKERS[m].matcher(text).find()) {
				return m;
			}
		}
		return -1;
	}
}
