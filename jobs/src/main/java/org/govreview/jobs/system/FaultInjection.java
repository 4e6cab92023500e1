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
 * Off unless the property is set.
 */
@Component
public class FaultInjection implements ItemWriteListener<Object>, StepExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(FaultInjection.class);

	static final int HALT_STATUS = 137;

	private final String step;

	private final int chunk;

	private final ConcurrentHashMap<String, AtomicInteger> writes = new ConcurrentHashMap<>();

	private volatile String currentStep;

	FaultInjection(@Value("${govreview.fault.halt-at:}") String haltAt) {
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
