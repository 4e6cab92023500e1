package org.govreview.readers.source;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads a listing in a stable order and restarts by key, not by position: at open it lists its items, asks the
 * {@link ItemLedger} which keys this run has done, and returns the others: items not done, items done whose
 * checksum has changed since, then one item per key listed by an earlier attempt and gone now
 * ({@link #removed(String)}, when the subclass reports removals). Nothing is kept in the execution context, whose
 * size would grow with the listing and be written at every commit. Not thread-safe (one instance per step
 * execution).
 */
public abstract class KeyedItemReader<T> implements ItemStreamReader<T> {

	private final ItemLedger ledger;

	private Deque<T> pending;

	protected KeyedItemReader(ItemLedger ledger) {
		this.ledger = Objects.requireNonNull(ledger, "ledger");
	}

	/** The items as they stand now, in the order to read them. */
	protected abstract List<T> list();

	/** The key the ledger knows the item by. */
	protected abstract String key(T item);

	/** The checksum of the item's content; "" (the default) when a done item can never change. */
	protected String checksum(T item) {
		return "";
	}

	/** Whether done items are checked for a changed checksum at a restart. */
	protected boolean checksChanges() {
		return false;
	}

	/** An item reporting that {@code key}, listed by an earlier attempt of this run, is gone; null: nothing to report. */
	protected T removed(String key) {
		return null;
	}

	@Override
	public void open(ExecutionContext executionContext) {
		List<T> items;
		try {
			items = list();
		}
		catch (RuntimeException ex) {
			throw new ItemStreamException("cannot list the items to read: " + ex.getMessage(), ex);
		}
		Map<String, ItemLedger.Entry> recorded = ledger.entries();
		pending = new ArrayDeque<>();
		Set<String> listed = new LinkedHashSet<>();
		for (T item : items) {
			String key = key(item);
			listed.add(key);
			ItemLedger.Entry entry = recorded.get(key);
			if (entry == null || !entry.done() || (checksChanges() && !entry.checksum().equals(checksum(item)))) {
				pending.add(item);
			}
		}
		for (ItemLedger.Entry entry : recorded.values()) {
			if (!entry.done() && !listed.contains(entry.key())) {
				T gone = removed(entry.key());
				if (gone != null) {
					pending.add(gone);
				}
			}
		}
		listed.removeAll(recorded.keySet());
		if (!listed.isEmpty()) {
			ledger.listed(listed);
		}
	}

	@Override
	public T read() {
		return pending == null ? null : pending.poll();
	}

	@Override
	public void update(ExecutionContext executionContext) {
	}

	@Override
	public void close() {
		pending = null;
	}

	/** How many items are left to read. */
	public int remaining() {
		return pending == null ? 0 : pending.size();
	}
}
