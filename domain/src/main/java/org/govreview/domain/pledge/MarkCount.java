package org.govreview.domain.pledge;

/** How many items a report says got one mark, grade or word (達成 3 件 → mark "達成", count 3). */
public record MarkCount(String mark, int count) {

	public MarkCount {
		if (count < 0) {
			throw new IllegalArgumentException("mark " + mark + ": negative count " + count);
		}
	}
}
