package org.govreview.jobs.nightly;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.ExecutionContext;

/** What a step did (documents by outcome, quarantine, disagreements, pack files), kept in its execution context so a
 * restarted step goes on counting. */
final class StepTally {

	static final String NEW = "ingest.new";

	static final String REPLACED = "ingest.replaced";

	static final String UNCHANGED = "ingest.unchanged";

	static final String SUPERSEDED = "ingest.superseded";

	static final String QUARANTINED = "ingest.quarantined";

	static final String QUARANTINE_LIST = "ingest.quarantine.list";

	static final String ROW_ERRORS = "ingest.row-errors";

	private static final int LISTED = 500;

	private StepTally() {
	}

	static void count(ExecutionContext context, String key, long amount) {
		context.putLong(key, context.getLong(key, 0L) + amount);
	}

	static void quarantined(ExecutionContext context, String path, String reason) {
		count(context, QUARANTINED, 1);
		List<String> list = list(context);
		if (list.size() < LISTED) {
			list.add(path + "\t" + reason);
			context.putString(QUARANTINE_LIST, String.join("\n", list));
		}
	}

	static List<String> list(ExecutionContext context) {
		String joined = context.getString(QUARANTINE_LIST, "");
		return joined.isEmpty() ? new ArrayList<>() : new ArrayList<>(List.of(joined.split("\n")));
	}
}
