package org.govreview.readers;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Prints why a test was skipped (an assumption that failed, or a disabled test) on standard error, where the build's
 * log shows it: the test reports record only that it was skipped. Registered through the service loader, so every
 * module whose tests see the readers' test classes gets it.
 */
public final class SkipReasons implements TestExecutionListener {

	@Override
	public void executionSkipped(TestIdentifier test, String reason) {
		print(test, reason);
	}

	@Override
	public void executionFinished(TestIdentifier test, TestExecutionResult result) {
		if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
			print(test, result.getThrowable().map(Throwable::getMessage).orElse("no reason given"));
		}
	}

	private static void print(TestIdentifier test, String reason) {
		System.err.println("SKIPPED " + test.getLegacyReportingName() + " (" + test.getUniqueId()
			.replaceAll(".*\\[class:([^\\]]*)\\].*", "$1") + "): " + reason);
	}
}
