package org.govreview.jobs;

import java.util.ArrayList;
import java.util.List;

import org.govreview.jobs.cli.CommandLine;
import org.govreview.jobs.cli.Commands;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** The govreview command line: parses the command, starts the application around it, exits with its status. */
@SpringBootApplication
public class GovreviewApplication {

	public static void main(String[] args) {
		System.exit(run(args));
	}

	/** Runs one command; 0 when it succeeded (for a job: the execution COMPLETED), 1 when not, 2 on bad usage. */
	public static int run(String[] args) {
		CommandLine commandLine;
		try {
			commandLine = CommandLine.parse(args);
		}
		catch (CommandLine.UsageException ex) {
			if (!ex.getMessage().isEmpty()) {
				System.err.println("govreview: " + ex.getMessage());
			}
			System.err.println(CommandLine.USAGE);
			return ex.getMessage().isEmpty() ? 0 : 2;
		}
		SpringApplication application = new SpringApplication(GovreviewApplication.class);
		List<String> properties = new ArrayList<>();
		if (commandLine.option("data-dir") != null) {
			properties.add("--govreview.data-dir=" + commandLine.option("data-dir"));
		}
		if (commandLine.option("db-url") != null) {
			properties.add("--spring.datasource.url=" + commandLine.option("db-url"));
		}
		try (ConfigurableApplicationContext context = application.run(properties.toArray(String[]::new))) {
			return context.getBean(Commands.class).execute(commandLine);
		}
	}
}
