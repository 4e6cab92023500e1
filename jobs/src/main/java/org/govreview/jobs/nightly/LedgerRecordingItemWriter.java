package org.govreview.jobs.nightly;

import java.util.function.Function;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Writes a chunk, then records its items as done in the step's ledger, in the same transaction. */
final class LedgerRecordingItemWriter<T> implements ItemWriter<T> {

	private final ItemWriter<T> delegate;

	private final StepItemLedger ledger;

	private final Function<T, String> key;

	LedgerRecordingItemWriter(ItemWriter<T> delegate, StepItemLedger ledger, Function<T, String> key) {
		this.delegate = delegate;
		this.ledger = ledger;
		this.key = key;
	}

	@Override
	public void write(Chunk<? extends T> chunk) throws Exception {
		delegate.write(chunk);
		for (T item : chunk) {
			ledger.done(key.apply(item), "");
		}
	}
}
