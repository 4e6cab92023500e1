package org.govreview.jobs.cli;

import org.govreview.jobs.export.ExportCommand;
import org.springframework.stereotype.Component;

/** Dispatches a parsed {@link CommandLine} to the command that carries it out. */
@Component
public class Commands {

	private final JobCommands jobs;

	private final RollupCommand rollup;

	private final SheetsCommand sheets;

	private final ExportCommand export;

	Commands(JobCommands jobs, RollupCommand rollup, SheetsCommand sheets, ExportCommand export) {
		this.jobs = jobs;
		this.rollup = rollup;
		this.sheets = sheets;
		this.export = export;
	}

	/** Runs the command; a failure is one line on standard error, and the {@link ExitStatus} says which kind. */
	public int execute(CommandLine commandLine) {
		try {
			return switch (commandLine.command()) {
				case "run nightly" -> jobs.runNightly(commandLine);
				case "restart" -> jobs.restart(Long.parseLong(commandLine.arguments().get(0)));
				case "executions" -> jobs.executions(commandLine.option("status"));
				case "rollup" -> rollup.print(commandLine);
				case "sheets" -> sheets.generate(commandLine);
				case "export" -> export.export(commandLine.arguments().get(0), commandLine.option("municipality"),
						commandLine.option("fiscal-year") == null ? null : Integer.valueOf(commandLine.option("fiscal-year")),
						commandLine.options().getOrDefault("format", "csv"));
				default -> throw new CommandLine.UsageException("unknown command " + commandLine.command());
			};
		}
		catch (Exception ex) {
			return ExitStatus.ofCommand(ex);
		}
	}
}
