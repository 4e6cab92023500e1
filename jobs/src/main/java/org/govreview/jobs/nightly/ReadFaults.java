package org.govreview.jobs.nightly;

import java.util.ArrayList;
import java.util.List;

/**
 * Failure testing: {@code govreview.fault.read=overflow:TEXT,hang:TEXT} makes the reading of every source file whose
 * stored path contains TEXT recurse without end (StackOverflowError) or never end, ignoring interruption (as
 * a runaway regular expression does). Off unless the property is set.
 */
final class ReadFaults {

	private record Fault(String kind, String pathPart) {
	}

	private final List<Fault> faults = new ArrayList<>();

	ReadFaults(String setting) {
		if (setting == null || setting.isBlank()) {
			return;
		}
		for (String part : setting.split(",")) {
			String[] kindAndPath = part.strip().split(":", 2);
			if (kindAndPath.length != 2 || !List.of("overflow", "hang").contains(kindAndPath[0])) {
				throw new IllegalArgumentException(
						"govreview.fault.read must be overflow:TEXT or hang:TEXT, comma-separated; was '" + setting + "'");
			}
			faults.add(new Fault(kindAndPath[0], kindAndPath[1]));
		}
	}

	void apply(String storedPath) {
		for (Fault fault : faults) {
			if (storedPath.contains(fault.pathPart())) {
				if (fault.kind().equals("overflow")) {
					recurse(0);
				}
				else {
					spin();
				}
			}
		}
	}

	private static long recurse(long depth) {
		return recurse(depth + 1) + 1;
	}

	/** Never returns; clears every interruption, as code that does not check for it would, without burning a core. */
	private static void spin() {
		while (true) {
			Thread.interrupted();
			java.util.concurrent.locks.LockSupport.parkNanos(1_000_000_000L);
		}
	}
}
