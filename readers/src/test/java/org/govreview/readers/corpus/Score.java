package org.govreview.readers.corpus;

import java.util.ArrayList;
import java.util.List;

/** How a reader did on one document: the expected facts it stored, those it missed, and what it stored wrongly. */
record Score(int expected, int stored, List<Fact> missed, List<Fact> wrong) {

	static Score of(List<Fact> expected, List<Fact> stored) {
		List<Fact> unmatched = new ArrayList<>(stored);
		List<Fact> missed = new ArrayList<>();
		for (Fact fact : expected) {
			Fact match = unmatched.stream().filter(fact::matchedBy).findFirst().orElse(null);
			if (match == null) {
				missed.add(fact);
			}
			else {
				unmatched.remove(match);
			}
		}
		return new Score(expected.size(), stored.size(), missed, unmatched);
	}

	int matched() {
		return expected - missed.size();
	}

	Score plus(Score other) {
		List<Fact> allMissed = new ArrayList<>(missed);
		allMissed.addAll(other.missed);
		List<Fact> allWrong = new ArrayList<>(wrong);
		allWrong.addAll(other.wrong);
		return new Score(expected + other.expected, stored + other.stored, allMissed, allWrong);
	}

	double recall() {
		return expected == 0 ? 1 : (double) matched() / expected;
	}

	double precision() {
		int correct = stored - wrong.size();
		return stored == 0 ? 1 : (double) correct / stored;
	}
}
