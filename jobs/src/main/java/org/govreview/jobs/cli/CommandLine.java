package org.govreview.jobs.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.govreview.domain.municipality.LocalGovernmentCode;
import org.govreview.jobs.export.ExportCommand;
import org.govreview.jobs.system.DatabaseUse;
import org.govreview.jobs.system.RunningCommand;

/**
 * A parsed command line: the command (with its sub-command, as in {@code run nightly}), positional arguments,
 * {@code --option value} pairs and {@code --name=value} settings (any name with a dot, such as
 * {@code --govreview.out=packs}, handed to the application's configuration). Unknown commands and options are
 * rejected with a message naming them.
 */
public record CommandLine(String command, List<String> arguments, Map<String, String> options, List<String> settings) {

	public static final String USAGE = """
			usage:
			  govreview run nightly --source PATH [--out DIR] [--fiscal-year YYYY] [--municipality CODE[,CODE]] [--data-dir DIR]
			  govreview rollup --municipality CODE --fiscal-year YYYY [--format csv|json] [--data-dir DIR]
			  govreview executions [--status STATUS] [--data-dir DIR]
			  govreview restart EXECUTION_ID [--data-dir DIR]
			  govreview sheets --municipality CODE --fiscal-year YYYY --out DIR [--data-dir DIR]
			  govreview export TABLE [--municipality CODE] [--fiscal-year YYYY] [--format csv|json] [--data-dir DIR]
			    TABLE: documents, quarantine, measures, ratings, indicators, issues, statistics, visits
			every command also takes --db-url JDBC_URL (an external PostgreSQL instead of the embedded one)
			and settings as --name=value (e.g. --govreview.out=packs)""";

	private static final Map<String, Set<String>> OPTIONS = Map.of(
			"run nightly", Set.of("source", "out", "fiscal-year", "municipality"),
			"rollup", Set.of("municipality", "fiscal-year", "format"),
			"executions", Set.of("status"),
			"restart", Set.of(),
			"sheets", Set.of("municipality", "fiscal-year", "out"),
			"export", Set.of("municipality", "fiscal-year", "format"));

	private static final Set<String> GLOBAL = Set.of("data-dir", "db-url");

	/** Commands that only read the warehouse: they may use the server of another process on the same data directory. */
	private static final Set<String> READ_ONLY = Set.of("rollup", "executions", "sheets", "export");

	public static CommandLine parse(String[] args) {
		if (args.length == 0 || args[0].equals("help") || args[0].equals("--help")) {
			throw new UsageException("");
		}
		int next = 1;
		String command = args[0];
		if (command.equals("run")) {
			if (args.length < 2 || !args[1].equals("nightly")) {
				throw new UsageException("unknown job '" + (args.length < 2 ? "" : args[1]) + "': the job is 'nightly'");
			}
			command = "run nightly";
			next = 2;
		}
		if (!OPTIONS.containsKey(command)) {
			throw new UsageException("unknown command '" + args[0] + "'");
		}
		List<String> arguments = new ArrayList<>();
		Map<String, String> options = new LinkedHashMap<>();
		List<String> settings = new ArrayList<>();
		for (int i = next; i < args.length; i++) {
			String arg = args[i];
			if (arg.startsWith("--")) {
				String name = arg.substring(2);
				String value = null;
				int equals = name.indexOf('=');
				if (equals >= 0) {
					value = name.substring(equals + 1);
					name = name.substring(0, equals);
				}
				if (name.contains(".")) {
					if (value == null || name.startsWith(".") || name.endsWith(".")) {
						throw new UsageException("setting --" + name + " needs a value: --" + name + "=VALUE");
					}
					settings.add(name + "=" + value);
					continue;
				}
				if (!OPTIONS.get(command).contains(name) && !GLOBAL.contains(name)) {
					throw new UsageException("'" + command + "' has no option --" + name);
				}
				if (value == null) {
					if (i + 1 >= args.length) {
						throw new UsageException("--" + name + " needs a value");
					}
					value = args[++i];
				}
				if (name.equals("municipality") && command.equals("run nightly")) {
					options.merge(name, value, (earlier, later) -> earlier + "," + later);
				}
				else {
					options.put(name, value);
				}
			}
			else {
				arguments.add(arg);
			}
		}
		return new CommandLine(command, arguments, options, List.copyOf(settings)).validated();
	}

	private CommandLine validated() {
		switch (command) {
			case "run nightly" -> require("source");
			case "rollup" -> {
				require("municipality");
				year("fiscal-year", true);
				if (!options.getOrDefault("format", "table").matches("table|csv|json")) {
					throw new UsageException("--format must be csv or json, was '" + options.get("format") + "'");
				}
			}
			case "restart" -> {
				if (arguments.size() != 1 || !arguments.get(0).matches("\\d+")) {
					throw new UsageException("restart needs one EXECUTION_ID (a number), see 'govreview executions'");
				}
			}
			case "export" -> {
				if (arguments.size() != 1 || !ExportCommand.tables().contains(arguments.get(0).toLowerCase())) {
					throw new UsageException((arguments.size() == 1 ? "export has no table '" + arguments.get(0) + "'; "
							: "export needs one TABLE; ") + "tables: " + String.join(", ", ExportCommand.tables()));
				}
				year("fiscal-year", false);
				if (!options.getOrDefault("format", "csv").matches("csv|json")) {
					throw new UsageException("--format must be csv or json, was '" + options.get("format") + "'");
				}
			}
			case "sheets" -> {
				require("municipality");
				require("out");
				year("fiscal-year", true);
			}
			default -> {
			}
		}
		if (command.equals("run nightly")) {
			year("fiscal-year", false);
			if (options.containsKey("municipality")) {
				options.put("municipality", municipalityCodes(options.get("municipality")));
			}
		}
		if (!command.equals("restart") && !command.equals("export") && !arguments.isEmpty()) {
			throw new UsageException("unexpected argument '" + arguments.get(0) + "'");
		}
		return this;
	}

	private void require(String option) {
		if (!options.containsKey(option) || options.get(option).isBlank()) {
			throw new UsageException("'" + command + "' needs --" + option);
		}
	}

	private void year(String option, boolean required) {
		if (required) {
			require(option);
		}
		String value = options.get(option);
		if (value != null && !value.matches("(19|20|21)\\d\\d")) {
			throw new UsageException("--" + option + " must be a 4-digit year such as 2023, was '" + value + "'");
		}
	}

	/** {@code --municipality} of run nightly: one or more codes, comma-separated, each with a valid check digit. */
	private static String municipalityCodes(String value) {
		List<String> codes = Arrays.stream(value.split(",")).map(String::strip).filter(code -> !code.isEmpty()).toList();
		if (codes.isEmpty()) {
			throw new UsageException("--municipality needs a 6-digit local government code such as 042072");
		}
		for (String code : codes) {
			try {
				LocalGovernmentCode.of(code);
			}
			catch (IllegalArgumentException ex) {
				throw new UsageException("--municipality: " + ex.getMessage());
			}
		}
		return codes.stream().distinct().collect(Collectors.joining(","));
	}

	public String option(String name) {
		return options.get(name);
	}

	/** This command as other govreview processes see it, and what it needs of the database. */
	public RunningCommand running() {
		StringBuilder text = new StringBuilder(command);
		arguments.forEach(argument -> text.append(' ').append(argument));
		options.forEach((name, value) -> text.append(" --").append(name).append(' ').append(value));
		return new RunningCommand(text.toString(), READ_ONLY.contains(command) ? DatabaseUse.READ_ONLY : DatabaseUse.RUN_JOBS);
	}

	/** A command line that cannot be run; the message says why. */
	public static class UsageException extends RuntimeException {

		public UsageException(String message) {
			super(message);
		}
	}
}
