package org.govreview.jobs.nightly;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.govreview.domain.fiscal.FiscalYear;
import org.govreview.domain.municipality.Municipality;
import org.govreview.readers.source.ItemLedger;
import org.govreview.readers.source.RestartableItemReaderContract;
import org.govreview.writers.warehouse.ReviewSubject;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * The subjects of the roll-up and packs steps as the warehouse lists them, ordered by municipality code and fiscal
 * year; "source changed" is a subject the warehouse gained or lost between the failed run and its restart.
 */
class ReviewSubjectItemReaderTests extends RestartableItemReaderContract<ReviewSubject> {

	private final List<ReviewSubject> warehouse = new ArrayList<>();

	@BeforeEach
	void subjects() {
		warehouse.clear();
		warehouse.addAll(List.of(subject("012131", "苫小牧市", 2023), subject("012131", "苫小牧市", 2024),
				subject("042072", "名取市", 2024), subject("131016", "千代田区", 2024), subject("999997", "桜ヶ丘市", 2024)));
	}

	@Override
	protected ItemStreamReader<ReviewSubject> newReader(ItemLedger ledger) {
		return new ReviewSubjectItemReader(() -> List.copyOf(warehouse), ledger);
	}

	@Override
	protected List<ReviewSubject> expectedItems() {
		return List.copyOf(warehouse);
	}

	@Override
	protected void commit(ItemLedger ledger, ReviewSubject item) {
		ledger.done(ReviewSubjectItemReader.keyOf(item), "");
	}

	@Override
	protected ReviewSubject addBefore(ReviewSubject item) {
		ReviewSubject added = subject("011002", "札幌市", 2024);
		warehouse.add(0, added);
		return added;
	}

	@Override
	protected ReviewSubject addAtTheEnd() {
		ReviewSubject added = subject("999997", "桜ヶ丘市", 2025);
		warehouse.add(added);
		return added;
	}

	@Override
	protected void remove(ReviewSubject item) {
		warehouse.remove(item);
	}

	@Override
	protected Optional<ReviewSubject> removalReport(ReviewSubject item) {
		return Optional.empty();
	}


	private static ReviewSubject subject(String code, String name, int year) {
		return new ReviewSubject(Municipality.of(code, name), FiscalYear.of(year));
	}
}
