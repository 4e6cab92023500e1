package org.govreview.readers.policy;

import org.govreview.domain.document.Finding;

/** A heading the reader cannot place, with the text under it, reported whole so that nothing vanishes. */
final class Unplaced {

	final int line;

	final String heading;

	final String why;

	final Passage passage = new Passage();

	Unplaced(int line, String heading, String why) {
		this.line = line;
		this.heading = heading.strip();
		this.why = why;
	}

	Finding finding() {
		String text = this.passage.isEmpty() ? this.heading : this.heading + "\n" + this.passage.text();
		return Finding.warning("line " + (this.line + 1), this.why, text);
	}
}
