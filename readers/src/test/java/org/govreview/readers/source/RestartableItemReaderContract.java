package org.govreview.readers.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * The contract every restartable reader of the project keeps: it reads its items in a stable order, then null;
 * and after a step fails, a new reader opened with the saved execution context and the run's ledger reads exactly
 * the items not committed yet, also when the source changed in between: an item added before or after the
 * position is read, a removed item is reported (when the reader reports removals) and never shifts what is read,
 * a changed item is read again (readers whose items carry content: {@link ChecksummedItemReaderContract}). "Committed" is what the step's writer does in the chunk's
 * transaction: it records the item in the ledger. An implementation's test supplies the reader, the source and
 * its changes.
 */
public abstract class RestartableItemReaderContract<T> {

	ItemLedger ledger;

	@BeforeEach
	void newLedger() {
		ledger = ItemLedger.inMemory();
	}

	/** A new, unopened reader over the scenario's source as it stands, restarting from {@code ledger}. */
	protected abstract ItemStreamReader<T> newReader(ItemLedger ledger);

	/** The items a full read returns, in order; at least four. */
	protected abstract List<T> expectedItems();

	/** Records {@code item} in the ledger as the step's writer does when the item's chunk commits. */
	protected abstract void commit(ItemLedger ledger, T item);

	/** Adds to the source an item that sorts before {@code item}, and returns it as the reader will. */
	protected abstract T addBefore(T item);

	/** Adds to the source an item that sorts after every item, and returns it as the reader will. */
	protected abstract T addAtTheEnd();

	/** Removes {@code item} from the source. */
	protected abstract void remove(T item);

	/** What the reader returns to report that {@code item}, listed before, is gone; empty when it reports nothing. */
	protected abstract Optional<T> removalReport(T item);

	@Test
	void readsEveryItemInOrderThenNull() throws Exception {
		ItemStreamReader<T> reader = newReader(ledger);
		reader.open(new ExecutionContext());

		assertThat(readAll(reader)).containsExactlyElementsOf(expectedItems());
		assertThat(reader.read()).isNull();
		reader.close();
	}

	@Test
	void resumesAtTheItemAfterTheLastCommittedOne() throws Exception {
		List<T> expected = expectedItems();
		assertThat(expected).as("items of the scenario").hasSizeGreaterThanOrEqualTo(4);
		ExecutionContext context = readAndCommit(2);

		ItemStreamReader<T> restarted = newReader(ledger);
		restarted.open(context);

		assertThat(readAll(restarted)).containsExactlyElementsOf(expected.subList(2, expected.size()));
		restarted.close();
	}

	@Test
	void readsAgainAnItemReadButNotCommitted() throws Exception {
		List<T> expected = expectedItems();
		ExecutionContext context = new ExecutionContext();
		ItemStreamReader<T> first = newReader(ledger);
		first.open(context);
		commit(ledger, first.read());
		first.read();
		first.update(context);
		first.close();

		ItemStreamReader<T> restarted = newReader(ledger);
		restarted.open(context);

		assertThat(readAll(restarted)).containsExactlyElementsOf(expected.subList(1, expected.size()));
		restarted.close();
	}

	@Test
	void startsOverWithAFreshLedger() throws Exception {
		readAndCommit(1);

		ItemStreamReader<T> again = newReader(ItemLedger.inMemory());
		again.open(new ExecutionContext());

		assertThat(again.read()).isEqualTo(expectedItems().get(0));
		again.close();
	}

	@Test
	void resumesAfterTheEndWithNothingLeft() throws Exception {
		ExecutionContext context = readAndCommit(expectedItems().size());

		ItemStreamReader<T> restarted = newReader(ledger);
		restarted.open(context);

		assertThat(restarted.read()).isNull();
		restarted.close();
	}

	@Test
	void readsAnItemAddedBeforeThePositionAndSkipsNothing() throws Exception {
		List<T> expected = expectedItems();
		ExecutionContext context = readAndCommit(2);
		T added = addBefore(expected.get(0));

		ItemStreamReader<T> restarted = newReader(ledger);
		restarted.open(context);

		List<T> rest = new ArrayList<>(List.of(added));
		rest.addAll(expected.subList(2, expected.size()));
		assertThat(readAll(restarted)).containsExactlyElementsOf(rest);
		restarted.close();
	}

	@Test
	void readsAnItemAddedAfterThePosition() throws Exception {
		List<T> expected = expectedItems();
		ExecutionContext context = readAndCommit(2);
		T added = addAtTheEnd();

		ItemStreamReader<T> restarted = newReader(ledger);
		restarted.open(context);

		List<T> rest = new ArrayList<>(expected.subList(2, expected.size()));
		rest.add(added);
		assertThat(readAll(restarted)).containsExactlyElementsOf(rest);
		restarted.close();
	}

	@Test
	void aRemovedCommittedItemShiftsNothing() throws Exception {
		List<T> expected = expectedItems();
		ExecutionContext context = readAndCommit(2);
		remove(expected.get(0));

		ItemStreamReader<T> restarted = newReader(ledger);
		restarted.open(context);

		assertThat(readAll(restarted)).containsExactlyElementsOf(expected.subList(2, expected.size()));
		restarted.close();
	}

	@Test
	void aRemovedItemNotYetReadIsReportedNotSkippedSilently() throws Exception {
		List<T> expected = expectedItems();
		ExecutionContext context = readAndCommit(2);
		T gone = expected.get(2);
		remove(gone);

		ItemStreamReader<T> restarted = newReader(ledger);
		restarted.open(context);

		List<T> rest = new ArrayList<>(expected.subList(3, expected.size()));
		removalReport(gone).ifPresent(rest::add);
		assertThat(readAll(restarted)).containsExactlyElementsOf(rest);
		restarted.close();
	}

	/** Opens a reader, reads and commits {@code count} items, saves the context as the step does, closes it. */
	ExecutionContext readAndCommit(int count) throws Exception {
		ExecutionContext context = new ExecutionContext();
		ItemStreamReader<T> first = newReader(ledger);
		first.open(context);
		for (int i = 0; i < count; i++) {
			T item = first.read();
			assertThat(item).isEqualTo(expectedItems().get(i));
			commit(ledger, item);
		}
		first.update(context);
		first.close();
		return context;
	}

	static <T> List<T> readAll(ItemStreamReader<T> reader) throws Exception {
		List<T> items = new ArrayList<>();
		for (T item = reader.read(); item != null; item = reader.read()) {
			items.add(item);
		}
		return items;
	}
}
