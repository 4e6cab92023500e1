package org.govreview.readers.source;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@link ItemLedger#inMemory()}. Not thread-safe. */
final class InMemoryItemLedger implements ItemLedger {

	private final Map<String, Entry> entries = new LinkedHashMap<>();

	@Override
	public Map<String, Entry> entries() {
		return Map.copyOf(entries);
	}

	@Override
	public void listed(Collection<String> keys) {
		keys.forEach(key -> entries.putIfAbsent(key, new Entry(key, false, "")));
	}

	@Override
	public void done(String key, String checksum) {
		entries.put(key, new Entry(key, true, checksum));
	}
}
