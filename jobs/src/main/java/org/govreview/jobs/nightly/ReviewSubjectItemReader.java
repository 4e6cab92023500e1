package org.govreview.jobs.nightly;

import java.util.List;
import java.util.function.Supplier;

import org.govreview.readers.source.ItemLedger;
import org.govreview.readers.source.KeyedItemReader;
import org.govreview.writers.warehouse.ReviewSubject;

/**
 * The municipalities and fiscal years to roll up or to pack, listed when the step opens. Restartable by key
 * (municipality code and fiscal year, see {@link #key(ReviewSubject)}): a restart reads the subjects its ledger does
 * not hold as done, whatever was added or removed before or after them. A partitioned step gives each partition its
 * own subset through the supplier.
 */
class ReviewSubjectItemReader extends KeyedItemReader<ReviewSubject> {

	private final Supplier<List<ReviewSubject>> subjects;

	ReviewSubjectItemReader(Supplier<List<ReviewSubject>> subjects, ItemLedger ledger) {
		super(ledger);
		this.subjects = subjects;
	}

	@Override
	protected List<ReviewSubject> list() {
		return subjects.get();
	}

	@Override
	protected String key(ReviewSubject subject) {
		return keyOf(subject);
	}

	static String keyOf(ReviewSubject subject) {
		return subject.municipality().code().value() + ":" + subject.fiscalYear().year();
	}
}
