package org.govreview.readers.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * The contract every restartable reader of the project keeps: it reads its items in a stable order, then null;
 * and after a step fails, a new reader opened with the saved execution context resumes at the item after the last
 * one committed. An implementation's test supplies a fresh reader over the same source, and the items it expects.
 */
abstract class RestartableItemReaderContract<T> {

	/** A new, unopened reader over the scenario's source. */
	protected abstract ItemStreamReader<T> newReader();

	/** The items a full read returns, in order; at least three. */
	protected abstract List<T> expectedItems();

	@Test
	void readsEveryItemInOrderThenNull() throws Exception {
		ItemStreamReader<T> reader = newReader();
		reader.open(new ExecutionContext());

		assertThat(readAll(reader)).containsExactlyElementsOf(expectedItems());
		assertThat(reader.read()).isNull();
		reader.close();
	}

	@Test
	void resumesAtTheItemAfterTheLastSavedOne() throws Exception {
		List<T> expected = expectedItems();
		assertThat(expected).as("items of the scenario").hasSizeGreaterThanOrEqualTo(3);
		ExecutionContext context = new ExecutionContext();
		ItemStreamReader<T> first = newReader();
		first.open(context);
		assertThat(first.read()).isEqualTo(expected.get(0));
		assertThat(first.read()).isEqualTo(expected.get(1));
		first.update(context);
		first.close();

		ItemStreamReader<T> restarted = newReader();
		restarted.open(context);

		assertThat(restarted.read()).isEqualTo(expected.get(2));
		assertThat(readAll(restarted)).containsExactlyElementsOf(expected.subList(3, expected.size()));
		restarted.close();
	}

	@Test
	void startsOverWithAFreshContext() throws Exception {
		ExecutionContext context = new ExecutionContext();
		ItemStreamReader<T> first = newReader();
		first.open(context);
		first.read();
		first.update(context);
		first.close();

		ItemStreamReader<T> again = newReader();
		again.open(new ExecutionContext());

		assertThat(again.read()).isEqualTo(expectedItems().get(0));
		again.close();
	}

	@Test
	void resumesAfterTheEndWithNothingLeft() throws Exception {
		ExecutionContext context = new ExecutionContext();
		ItemStreamReader<T> first = newReader();
		first.open(context);
		readAll(first);
		first.update(context);
		first.close();

		ItemStreamReader<T> restarted = newReader();
		restarted.open(context);

		assertThat(restarted.read()).isNull();
		restarted.close();
	}

	private static <T> List<T> readAll(ItemStreamReader<T> reader) throws Exception {
		List<T> items = new ArrayList<>();
		for (T item = reader.read(); item != null; item = reader.read()) {
			items.add(item);
		}
		return items;
	}
}
