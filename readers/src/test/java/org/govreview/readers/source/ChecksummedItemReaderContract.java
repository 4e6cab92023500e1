package org.govreview.readers.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * The restart contract of a reader whose items carry content (a file's bytes): an item committed before the failure
 * whose content changed since is read again at the restart.
 */
public abstract class ChecksummedItemReaderContract<T> extends RestartableItemReaderContract<T> {

	/** Changes the content of {@code item} in the source and returns it as the reader will read it. */
	protected abstract T change(T item);

	@Test
	void readsAgainACommittedItemWhoseContentChanged() throws Exception {
		List<T> expected = expectedItems();
		ExecutionContext context = readAndCommit(2);
		T changed = change(expected.get(1));

		ItemStreamReader<T> restarted = newReader(ledger);
		restarted.open(context);

		List<T> rest = new ArrayList<>(List.of(changed));
		rest.addAll(expected.subList(2, expected.size()));
		assertThat(readAll(restarted)).containsExactlyElementsOf(rest);
		restarted.close();
	}
}
