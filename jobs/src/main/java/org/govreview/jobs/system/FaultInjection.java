package org.govreview.jobs.system;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Crash testing: with {@code govreview.fault.halt-at=STEP:N} the process halts at once (as a kill -9 would stop
 * it: no shutdown hooks, open transaction lost) after the N-th chunk of STEP is written and before it commits.
 * With {@code govreview.fault.wait-before=STEP:FILE} the job waits at the start of STEP until FILE exists (at most
 * ten minutes), to keep a run going while another command is tried. Off unless the properties are set.
 */
@Component
public class FaultInjection implements ItemWriteListener<Object>, StepExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(FaultInjection.class);

	static final int HALT_STATUS = 137;

	private final String step;

	private final int chunk;

	private final ConcurrentHashMap<String, AtomicInteger> writes = new ConcurrentHashMap<>();

	private volatile String currentStep;

	private final String waitStep;

	private final java.nio.file.Path waitFile;

	FaultInjection(@Value("${govreview.fault.halt-at:}") String haltAt,
			@Value("${govreview.fault.wait-before:}") String waitBefore) {
		int colon = waitBefore.indexOf(':');
		this.waitStep = colon > 0 ? waitBefore.substring(0, colon) : null;
		this.waitFile = colon > 0 ? java.nio.file.Path.of(waitBefore.substring(colon + 1)) : null;
		if (!waitBefore.isBlank() && colon <= 0) {
			throw new IllegalArgumentException("govreview.fault.wait-before must be STEP:FILE, was '" + waitBefore + "'");
		}
		if (haltAt.isBlank()) {
			this.step = null;
			this.chunk = 0;
		}
		else {
			String[] parts = haltAt.split(":");
			if (parts.length != 2 || !parts[1].matches("\\d+")) {
				throw new IllegalArgumentException("govreview.fault.halt-at must be STEP:N (e.g. packs:2), was '" + haltAt + "'");
			}
			this.step = parts[0];
			this.chunk = Integer.parseInt(parts[1]);
		}
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		currentStep = stepExecution.getStepName();
		if (currentStep.equals(waitStep)) {
			log.warn("fault injection: waiting before step {} until {} exists", waitStep, waitFile);
			long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(10);
			while (!java.nio.file.Files.exists(waitFile) && System.nanoTime() < deadline) {
				try {
					Thread.sleep(100);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	@Override
	public void afterWrite(Chunk<?> items) {
		if (step == null || !step.equals(currentStep)) {
			return;
		}
		if (writes.computeIfAbsent(currentStep, k -> new AtomicInteger()).incrementAndGet() == chunk) {
			log.warn("fault injection: halting in step {} after chunk {} was written, before it commits", step, chunk);
			System.out.flush();
			Runtime.getRuntime().halt(HALT_STATUS);
		}
	}
}
