package org.govreview.writers;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * writers/ is a plain library: it may implement Spring Batch's item interfaces, but Spring Boot, the job wiring and
 * the readers are not even on its class path.
 */
class ModuleBoundaryTests {

	@ParameterizedTest
	@ValueSource(strings = { "org.springframework.boot.SpringApplication", "org.govreview.jobs.GovreviewApplication",
			"org.govreview.readers.pledge.PledgeReportReader", "org.govreview.readers.text.SourceTextLoader" })
	void doesNotSee(String className) {
		assertThatExceptionOfType(ClassNotFoundException.class)
			.isThrownBy(() -> Class.forName(className, false, getClass().getClassLoader()));
	}
}
