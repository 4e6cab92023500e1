package org.govreview.readers;

import java.util.function.Supplier;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * What a test needs from the machine it runs on (the seeds beside the clone, LibreOffice): without it the test is
 * skipped with the reason printed on a developer's machine, and fails on CI (the variable {@code CI} set to
 * {@code true}), where it must never be skipped. The jobs module has the same rule for its own tests.
 */
public final class CiPrerequisite {

	private CiPrerequisite() {
	}

	public static void require(boolean met, Supplier<String> why) {
		if (!met && "true".equalsIgnoreCase(System.getenv("CI"))) {
			Assertions.fail("CI must not skip this test: " + why.get());
		}
		Assumptions.assumeTrue(met, why);
	}
}
