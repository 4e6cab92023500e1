package org.govreview.jobs.system;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import org.govreview.domain.rollup.RollupRule;
import org.govreview.readers.municipality.MunicipalityMaster;
import org.govreview.readers.text.SourceTextLoader;
import org.govreview.writers.warehouse.PledgeReportWarehouseWriter;
import org.govreview.writers.warehouse.PolicyTreeQuery;
import org.govreview.writers.warehouse.QuarantineWriter;
import org.govreview.writers.warehouse.RatingSheetRowsQuery;
import org.govreview.writers.warehouse.RatingSheetWarehouseWriter;
import org.govreview.writers.warehouse.ReviewPackQuery;
import org.govreview.writers.warehouse.ReviewSubjects;
import org.govreview.writers.warehouse.RollupResultStore;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

/** The readers and the warehouse, wired once for every job and command. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GovreviewProperties.class)
class WarehouseConfiguration {

	static final String DEFAULT_RULE = "templates/rollup/pledge-report.properties";

	@Bean
	MunicipalityMaster municipalityMaster(GovreviewProperties properties) {
		return MunicipalityMaster.load(properties.getMunicipalityMaster());
	}

	@Bean
	SourceTextLoader sourceTextLoader() {
		return new SourceTextLoader();
	}

	@Bean
	RollupRule rollupRule(GovreviewProperties properties) throws IOException {
		String configured = properties.getRollupRule();
		if (configured == null || configured.isBlank()) {
			try (Reader reader = new InputStreamReader(new ClassPathResource(DEFAULT_RULE).getInputStream(),
					StandardCharsets.UTF_8)) {
				return RollupRule.load(DEFAULT_RULE, reader);
			}
		}
		Path file = Path.of(configured);
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return RollupRule.load(file.toString(), reader);
		}
	}

	@Bean
	PledgeReportWarehouseWriter pledgeReportWarehouseWriter(DataSource dataSource) {
		return new PledgeReportWarehouseWriter(dataSource);
	}

	@Bean
	RatingSheetWarehouseWriter ratingSheetWarehouseWriter(DataSource dataSource) {
		return new RatingSheetWarehouseWriter(dataSource);
	}

	@Bean
	QuarantineWriter quarantineWriter(DataSource dataSource) {
		return new QuarantineWriter(dataSource);
	}

	@Bean
	ReviewSubjects reviewSubjects(DataSource dataSource) {
		return new ReviewSubjects(dataSource);
	}

	@Bean
	PolicyTreeQuery policyTreeQuery(DataSource dataSource) {
		return new PolicyTreeQuery(dataSource);
	}

	@Bean
	RollupResultStore rollupResultStore(DataSource dataSource) {
		return new RollupResultStore(dataSource);
	}

	@Bean
	ReviewPackQuery reviewPackQuery(DataSource dataSource) {
		return new ReviewPackQuery(dataSource);
	}

	@Bean
	RatingSheetRowsQuery ratingSheetRowsQuery(DataSource dataSource) {
		return new RatingSheetRowsQuery(dataSource);
	}
}
