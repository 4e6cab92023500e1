package org.govreview.jobs.nightly;

import java.util.List;
import java.util.function.Supplier;

import org.govreview.writers.warehouse.ReviewSubject;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * The municipalities and fiscal years to roll up or to pack, listed when the step opens. Restartable by count.
 * A partitioned step gives each partition its own subset through the supplier.
 */
class ReviewSubjectItemReader extends AbstractItemCountingItemStreamItemReader<ReviewSubject> {

	private final Supplier<List<ReviewSubject>> subjects;

	private List<ReviewSubject> list;

	ReviewSubjectItemReader(String name, Supplier<List<ReviewSubject>> subjects) {
		this.subjects = subjects;
		setName(name);
	}

	@Override
	protected void doOpen() {
		list = subjects.get();
	}

	@Override
	protected ReviewSubject doRead() {
		int index = getCurrentItemCount() - 1;
		return index < list.size() ? list.get(index) : null;
	}

	@Override
	protected void doClose() {
		list = null;
	}
}
