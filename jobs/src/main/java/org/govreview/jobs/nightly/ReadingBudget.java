package org.govreview.jobs.nightly;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one document on a worker thread of its own, with a generous stack and a time budget, so that nothing a
 * document makes a reader do (unbounded recursion, a runaway regular expression, a loop that does not end, memory
 * exhausted) reaches the step's thread. The worker is a daemon thread: on timeout it is interrupted and abandoned.
 * What is left: a reader that never checks for interruption (a java.util.regex match does not) keeps its thread
 * busy until it ends on its own, or the process exits; the abandoned workers are counted in the log.
 */
final class ReadingBudget {

	private static final Logger log = LoggerFactory.getLogger(ReadingBudget.class);

	/** 64 times the default: deep enough for any real document, and a runaway recursion still overflows it in seconds. */
	static final long STACK_BYTES = 64L * 1024 * 1024;

	private static final AtomicInteger abandoned = new AtomicInteger();

	private final Duration budget;

	ReadingBudget(Duration budget) {
		this.budget = budget;
	}

	Duration budget() {
		return budget;
	}

	/**
	 * The reading's result.
	 * @throws TimeoutException when the budget ran out (the worker is interrupted and abandoned)
	 * @throws ExecutionException with what the reading threw, Errors included
	 */
	<T> T read(String name, Supplier<T> reading) throws TimeoutException, ExecutionException, InterruptedException {
		CompletableFuture<T> result = new CompletableFuture<>();
		Thread worker = new Thread(null, () -> {
			try {
				result.complete(reading.get());
			}
			catch (Throwable failure) {
				result.completeExceptionally(failure);
			}
		}, "ingest-reader", STACK_BYTES);
		worker.setDaemon(true);
		worker.start();
		try {
			return result.get(budget.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			worker.interrupt();
			log.warn("[ingest] {}: reading abandoned after {} s ({} reader thread(s) abandoned in this process)", name,
					budget.toSeconds(), abandoned.incrementAndGet());
			throw ex;
		}
		catch (InterruptedException ex) {
			worker.interrupt();
			throw ex;
		}
	}
}
