package org.govreview.readers.source;

import java.util.Collection;
import java.util.Map;

/**
 * What a run has done so far, by item key (a source file's stored path, a review subject's code and year) rather
 * than by position, so that a restart after items were added, removed or changed reads exactly the ones not done.
 * The job records an item as done in the same transaction that writes it; a reader asks at open what is done and
 * records the keys it listed, so that a listed key gone at a restart can be reported.
 * Implementations say their own thread-safety; readers call them from the step's thread only.
 */
public interface ItemLedger {

	/** Every key this run has recorded, listed or done. */
	Map<String, Entry> entries();

	/** Records keys as listed (not done); keys already recorded are left as they are. */
	void listed(Collection<String> keys);

	/** Records a key as done with the checksum of what was read ("" when the item has none). */
	void done(String key, String checksum);

	/** A key's state: done or only listed, and the checksum it was done with. */
	record Entry(String key, boolean done, String checksum) {
	}

	/** A ledger in memory, forgotten with the reader: for runs that are never restarted. Not thread-safe. */
	static ItemLedger inMemory() {
		return new InMemoryItemLedger();
	}
}
