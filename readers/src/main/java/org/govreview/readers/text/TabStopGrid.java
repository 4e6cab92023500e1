package org.govreview.readers.text;

import java.util.Map;
import java.util.TreeMap;

/**
 * The default tab stops of the word processor that printed a PDF, inferred from where text continues on a line in a
 * new operation of the same font: LibreOffice (every 1.25 cm) and Word (every 4 characters or half an inch) print a
 * tab as a jump to the next multiple of one distance from the left margin, so a table typed with tabs has its cells
 * at multiples of that distance. The grid stands only when nearly every such continuation lies on one period, which a
 * producer that splits runs for other reasons (fonts, spell checking) never gives. One instance per document: not
 * thread-safe.
 */
final class TabStopGrid {

	private static final float TOLERANCE = 0.6f;

	private static final float SHORTEST = 20;

	private static final float LONGEST = 80;

	private static final int LONGEST_JUMP = 8;

	private final Map<Long, Integer> lineStarts = new TreeMap<>();

	private final Map<Long, Integer> cellStarts = new TreeMap<>();

	private boolean stale = true;

	private float margin = Float.NaN;

	private float period = Float.NaN;

	void lineStart(float x) {
		lineStarts.merge(bucket(x), 1, Integer::sum);
		stale = true;
	}

	void cellStart(float x) {
		cellStarts.merge(bucket(x), 1, Integer::sum);
		stale = true;
	}

	/** Whether x is one of the stops, past the margin. */
	boolean isStop(float x) {
		if (stale) {
			infer();
		}
		if (Float.isNaN(period)) {
			return false;
		}
		float offset = x - margin;
		return offset > period / 2 && distance(offset, period) <= TOLERANCE;
	}

	/** Whether the document's tabs were found to jump to a grid of stops. */
	boolean hasStops() {
		if (stale) {
			infer();
		}
		return !Float.isNaN(period);
	}

	/** How many stops from the margin x stands at, when it is one (the tabs that lead a line to it); else 0. */
	int stopsTo(float x) {
		if (!isStop(x)) {
			return 0;
		}
		return Math.round((x - margin) / period);
	}

	private void infer() {
		stale = false;
		period = Float.NaN;
		margin = lineStarts.entrySet()
			.stream()
			.max(Map.Entry.comparingByValue())
			.map(entry -> entry.getKey() / 4f)
			.orElse(Float.NaN);
		if (Float.isNaN(margin)) {
			return;
		}
		Map<Float, Integer> offsets = new TreeMap<>();
		cellStarts.forEach((key, count) -> {
			float offset = key / 4f - margin;
			if (offset > SHORTEST / 2) {
				offsets.merge(offset, count, Integer::sum);
			}
		});
		int all = offsets.values().stream().mapToInt(Integer::intValue).sum();
		if (all < 4) {
			return;
		}
		float best = Float.NaN;
		int bestScore = 0;
		for (float offset : offsets.keySet()) {
			for (int jump = 1; jump <= LONGEST_JUMP; jump++) {
				float candidate = refined(offsets, offset / jump);
				if (candidate < SHORTEST || candidate > LONGEST) {
					continue;
				}
				int score = score(offsets, candidate);
				if (score > bestScore || score == bestScore && candidate > best) {
					best = candidate;
					bestScore = score;
				}
			}
		}
		if (bestScore >= 0.8 * all && multiplesUsed(offsets, best) >= 2) {
			period = best;
		}
	}

	/** The period that fits the offsets on it best (least squares over their multiples). */
	private static float refined(Map<Float, Integer> offsets, float period) {
		double products = 0;
		double squares = 0;
		for (var entry : offsets.entrySet()) {
			if (distance(entry.getKey(), period) <= TOLERANCE) {
				long multiple = Math.round(entry.getKey() / period);
				products += entry.getValue() * multiple * entry.getKey();
				squares += entry.getValue() * multiple * multiple;
			}
		}
		return squares == 0 ? period : (float) (products / squares);
	}

	private static int score(Map<Float, Integer> offsets, float period) {
		int score = 0;
		for (var entry : offsets.entrySet()) {
			if (distance(entry.getKey(), period) <= TOLERANCE) {
				score += entry.getValue();
			}
		}
		return score;
	}

	private static long multiplesUsed(Map<Float, Integer> offsets, float period) {
		return offsets.keySet()
			.stream()
			.filter(offset -> distance(offset, period) <= TOLERANCE)
			.map(offset -> Math.round(offset / period))
			.distinct()
			.count();
	}

	private static float distance(float offset, float period) {
		float multiple = Math.round(offset / period);
		return multiple < 1 ? Float.MAX_VALUE : Math.abs(offset - multiple * period);
	}

	private static long bucket(float x) {
		return Math.round(x * 4);
	}

}
