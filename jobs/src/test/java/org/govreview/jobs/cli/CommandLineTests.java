package org.govreview.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.govreview.jobs.system.DatabaseUse;
import org.junit.jupiter.api.Test;

class CommandLineTests {

	@Test
	void settingsWithADotAfterTheCommandGoToTheConfiguration() {
		CommandLine line = CommandLine.parse(new String[] { "run", "nightly", "--source", "x", "--govreview.out=packs",
				"--spring.datasource.username=reader" });
		assertThat(line.settings()).containsExactly("govreview.out=packs", "spring.datasource.username=reader");
		assertThat(line.options()).containsOnlyKeys("source");
	}

	@Test
	void unknownOptionsWithoutADotAreRefused() {
		assertThatThrownBy(() -> CommandLine.parse(new String[] { "export", "documents", "--formats", "csv" }))
			.isInstanceOf(CommandLine.UsageException.class).hasMessage("'export' has no option --formats");
		assertThatThrownBy(() -> CommandLine.parse(new String[] { "executions", "--govreview.out" }))
			.isInstanceOf(CommandLine.UsageException.class).hasMessageContaining("--govreview.out=VALUE");
	}

	@Test
	void municipalityOfTheNightlyIsRepeatableOrCommaSeparatedWithCheckDigits() {
		CommandLine line = CommandLine.parse(new String[] { "run", "nightly", "--source", "x", "--municipality",
				"042072, 012335", "--municipality=072133", "--municipality", "042072" });
		assertThat(line.option("municipality")).isEqualTo("042072,012335,072133");
		assertThatThrownBy(() -> CommandLine.parse(new String[] { "run", "nightly", "--source", "x", "--municipality", "042071" }))
			.isInstanceOf(CommandLine.UsageException.class).hasMessageContaining("042071 has check digit 1, expected 2");
		assertThatThrownBy(() -> CommandLine.parse(new String[] { "run", "nightly", "--source", "x", "--municipality", "名取市" }))
			.isInstanceOf(CommandLine.UsageException.class).hasMessageContaining("6 digits");
	}

	@Test
	void unknownExportTablesAreUsageErrors() {
		assertThatThrownBy(() -> CommandLine.parse(new String[] { "export", "nope" }))
			.isInstanceOf(CommandLine.UsageException.class).hasMessageContaining("export has no table 'nope'; tables: documents");
	}

	@Test
	void readOnlyCommandsMayShareTheServerJobCommandsMayNot() {
		assertThat(CommandLine.parse(new String[] { "executions" }).running().databaseUse()).isEqualTo(DatabaseUse.READ_ONLY);
		assertThat(CommandLine.parse(new String[] { "export", "documents" }).running().databaseUse()).isEqualTo(DatabaseUse.READ_ONLY);
		assertThat(CommandLine.parse(new String[] { "restart", "3" }).running().databaseUse()).isEqualTo(DatabaseUse.RUN_JOBS);
		assertThat(CommandLine.parse(new String[] { "run", "nightly", "--source", "in" }).running())
			.satisfies(running -> {
				assertThat(running.databaseUse()).isEqualTo(DatabaseUse.RUN_JOBS);
				assertThat(running.description()).isEqualTo("run nightly --source in");
			});
	}
}
