package org.govreview.writers.warehouse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How many facts of each sort a document version holds ("star ratings" → 33, "measures" → 50), stored with the
 * version so a later one can be checked for what it lost. Immutable; thread-safe.
 */
record FactCounts(Map<String, Integer> counts) {

	FactCounts {
		counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
	}

	static FactCounts of(Object... nameCountPairs) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (int i = 0; i < nameCountPairs.length; i += 2) {
			counts.put((String) nameCountPairs[i], ((Number) nameCountPairs[i + 1]).intValue());
		}
		return new FactCounts(counts);
	}

	/** Reads the stored form, e.g. {@code star ratings=33;measures=50}; empty text is no counts. */
	static FactCounts parse(String stored) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		if (stored != null && !stored.isBlank()) {
			for (String pair : stored.split(";")) {
				int equals = pair.lastIndexOf('=');
				counts.put(pair.substring(0, equals), Integer.parseInt(pair.substring(equals + 1)));
			}
		}
		return new FactCounts(counts);
	}

	String stored() {
		return String.join(";", counts.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
	}

	/**
	 * The sorts of fact this (earlier) version had that {@code later} lost most of: more than half gone, e.g.
	 * "star ratings 33 → 0", in this version's order.
	 */
	List<String> lostIn(FactCounts later) {
		List<String> lost = new ArrayList<>();
		counts.forEach((name, before) -> {
			int after = later.counts.getOrDefault(name, 0);
			if (before > 0 && after * 2 < before) {
				lost.add(name + " " + before + " → " + after);
			}
		});
		return lost;
	}
}
