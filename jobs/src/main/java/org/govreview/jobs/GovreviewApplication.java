package org.govreview.jobs;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.govreview.jobs.cli.CommandLine;
import org.govreview.jobs.cli.Commands;
import org.govreview.jobs.cli.ExitStatus;
import org.govreview.jobs.system.RunningCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The govreview command line: parses the command, starts the application around it, exits with its status (see
 * {@link ExitStatus}). Data goes to standard output, UTF-8; logs and errors to standard error and the log file.
 */
@SpringBootApplication
public class GovreviewApplication {

	public static void main(String[] args) {
		System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8));
		System.setErr(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
		System.exit(run(args));
	}

	/** Runs one command and returns its {@link ExitStatus}. */
	public static int run(String[] args) {
		CommandLine commandLine;
		try {
			commandLine = CommandLine.parse(args);
		}
		catch (CommandLine.UsageException ex) {
			if (ex.getMessage().isEmpty()) {
				System.out.println(CommandLine.USAGE);
				return ExitStatus.OK;
			}
			System.err.println("govreview: " + ex.getMessage() + " (usage: govreview help)");
			return ExitStatus.USAGE;
		}
		SpringApplication application = new SpringApplication(GovreviewApplication.class);
		RunningCommand running = commandLine.running();
		application.addInitializers(context -> context.getBeanFactory().registerSingleton("runningCommand", running));
		List<String> properties = new ArrayList<>();
		commandLine.settings().forEach(setting -> properties.add("--" + setting));
		if (commandLine.option("data-dir") != null) {
			properties.add("--govreview.data-dir=" + commandLine.option("data-dir"));
		}
		if (commandLine.option("db-url") != null) {
			properties.add("--spring.datasource.url=" + commandLine.option("db-url"));
		}
		ConfigurableApplicationContext context;
		try {
			context = application.run(properties.toArray(String[]::new));
		}
		catch (RuntimeException ex) {
			return ExitStatus.ofStartup(ex, commandLine.option("db-url"));
		}
		try (context) {
			return context.getBean(Commands.class).execute(commandLine);
		}
	}
}
